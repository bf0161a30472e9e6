/* Raw DEFLATE decoder (inflate.h). Huffman codes are decoded through a
 * 9-bit lookup table (most codes are that short), longer codes bit by bit
 * in canonical order. Every read of input and write of output is checked. */
#include "inflate.h"

#include <stdint.h>
#include <string.h>

enum {
    MAX_BITS = 15,   /* longest Huffman code */
    MAX_LITLEN = 288, /* literal/length symbols (286 and 287 never occur) */
    MAX_DIST = 32,   /* distance symbols (30 and 31 never occur) */
    FAST_BITS = 9,
    FAST_SIZE = 1 << FAST_BITS
};

struct bits {
    const unsigned char *in;
    size_t len, pos;
    uint64_t buf; /* unread bits, the next one lowest */
    unsigned cnt; /* how many bits of buf are valid */
};

struct out {
    unsigned char *p;
    size_t cap, len;
};

struct huff {
    uint16_t count[MAX_BITS + 1]; /* codes of each length */
    uint16_t symbol[MAX_LITLEN];  /* symbols in canonical code order */
    uint16_t fast[FAST_SIZE];     /* next FAST_BITS bits -> length << 9 | symbol; 0: decode slowly */
};

static void refill(struct bits *s)
{
    while (s->cnt <= 56 && s->pos < s->len) {
        s->buf |= (uint64_t)s->in[s->pos++] << s->cnt;
        s->cnt += 8;
    }
}

/* n <= 16 bits, first bit lowest; -1 when the input ends first. */
static int getbits(struct bits *s, unsigned n)
{
    if (s->cnt < n) refill(s);
    if (s->cnt < n) return -1;
    int v = (int)(s->buf & ((1u << n) - 1));
    s->buf >>= n;
    s->cnt -= n;
    return v;
}

/* Builds h from the code lengths of n symbols. Returns 0 for a complete code,
 * 1 for an incomplete one, -1 for an over-subscribed one or a bad length. */
static int build(struct huff *h, const uint8_t *lengths, unsigned n)
{
    memset(h, 0, sizeof *h);
    for (unsigned i = 0; i < n; i++) {
        if (lengths[i] > MAX_BITS) return -1;
        h->count[lengths[i]]++;
    }
    int left = 1;
    for (unsigned len = 1; len <= MAX_BITS; len++) {
        left = (left << 1) - h->count[len];
        if (left < 0) return -1;
    }
    uint16_t offs[MAX_BITS + 2];
    offs[1] = 0;
    for (unsigned len = 1; len < MAX_BITS + 1; len++) offs[len + 1] = (uint16_t)(offs[len] + h->count[len]);
    for (unsigned i = 0; i < n; i++)
        if (lengths[i]) h->symbol[offs[lengths[i]]++] = (uint16_t)i;
    /* Canonical codes in order; codes up to FAST_BITS long go into the table,
     * bit-reversed (DEFLATE sends a code's highest bit first). */
    unsigned code = 0, k = 0;
    for (unsigned len = 1; len <= MAX_BITS; len++) {
        for (unsigned j = 0; j < h->count[len]; j++, k++, code++) {
            if (len > FAST_BITS) continue;
            unsigned rev = 0;
            for (unsigned b = 0; b < len; b++) rev |= ((code >> b) & 1u) << (len - 1 - b);
            for (unsigned e = rev; e < FAST_SIZE; e += 1u << len)
                h->fast[e] = (uint16_t)(len << 9 | h->symbol[k]);
        }
        code <<= 1;
    }
    return left > 0 ? 1 : 0;
}

/* Codes whose lengths are all 0 or 1 may be incomplete (one used symbol, or
 * none: RFC 1951 3.2.7); any other incomplete code is an error. */
static int build_lax(struct huff *h, const uint8_t *lengths, unsigned n)
{
    int r = build(h, lengths, n);
    if (r < 0) return -1;
    if (r > 0 && h->count[0] + h->count[1] != n) return -1;
    return 0;
}

/* The next symbol; -1 at the end of input, -2 for a code that is not in h. */
static int decode(struct bits *s, const struct huff *h)
{
    if (s->cnt < FAST_BITS) refill(s);
    if (s->cnt >= FAST_BITS) {
        unsigned e = h->fast[s->buf & (FAST_SIZE - 1)];
        if (e) {
            s->buf >>= e >> 9;
            s->cnt -= e >> 9;
            return (int)(e & 511u);
        }
    }
    int code = 0, first = 0, index = 0;
    for (unsigned len = 1; len <= MAX_BITS; len++) {
        int bit = getbits(s, 1);
        if (bit < 0) return -1;
        code |= bit;
        int count = h->count[len];
        if (code - first < count) return h->symbol[index + code - first];
        index += count;
        first = (first + count) << 1;
        code <<= 1;
    }
    return -2;
}

static int put(struct out *o, unsigned char c)
{
    if (o->len >= o->cap) return INFLATE_ERR_OUTPUT;
    o->p[o->len++] = c;
    return INFLATE_OK;
}

/* The error for a failed decode(). */
static int decode_error(int sym) { return sym == -1 ? INFLATE_ERR_TRUNCATED : INFLATE_ERR_DATA; }

static int stored(struct bits *s, struct out *o)
{
    s->buf >>= s->cnt & 7u; /* to the next byte boundary */
    s->cnt -= s->cnt & 7u;
    int len = getbits(s, 16), nlen = getbits(s, 16);
    if (len < 0 || nlen < 0) return INFLATE_ERR_TRUNCATED;
    if ((len ^ 0xffff) != nlen) return INFLATE_ERR_DATA;
    for (int i = 0; i < len; i++) {
        if (s->cnt == 0 && s->pos < s->len && o->len < o->cap) {
            /* the bit buffer is empty: copy the rest straight from the input */
            size_t n = (size_t)(len - i);
            if (n > s->len - s->pos) n = s->len - s->pos;
            if (n > o->cap - o->len) n = o->cap - o->len;
            memcpy(o->p + o->len, s->in + s->pos, n);
            o->len += n;
            s->pos += n;
            i += (int)n - 1;
            continue;
        }
        int c = getbits(s, 8);
        if (c < 0) return INFLATE_ERR_TRUNCATED;
        int r = put(o, (unsigned char)c);
        if (r) return r;
    }
    return INFLATE_OK;
}

static const uint16_t LEN_BASE[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                      31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t LEN_EXTRA[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                      2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t DIST_BASE[30] = {1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
                                       193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
static const uint8_t DIST_EXTRA[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6,
                                       6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

/* The symbols of one Huffman-coded block, up to its end-of-block code. */
static int codes(struct bits *s, struct out *o, const struct huff *lit, const struct huff *dist)
{
    for (;;) {
        int sym = decode(s, lit);
        if (sym < 0) return decode_error(sym);
        if (sym < 256) {
            int r = put(o, (unsigned char)sym);
            if (r) return r;
            continue;
        }
        if (sym == 256) return INFLATE_OK;
        sym -= 257;
        if (sym >= 29) return INFLATE_ERR_DATA;
        int extra = getbits(s, LEN_EXTRA[sym]);
        if (extra < 0) return INFLATE_ERR_TRUNCATED;
        size_t len = (size_t)LEN_BASE[sym] + (size_t)extra;
        int dsym = decode(s, dist);
        if (dsym < 0) return decode_error(dsym);
        if (dsym >= 30) return INFLATE_ERR_DATA;
        extra = getbits(s, DIST_EXTRA[dsym]);
        if (extra < 0) return INFLATE_ERR_TRUNCATED;
        size_t d = (size_t)DIST_BASE[dsym] + (size_t)extra;
        if (d > o->len) return INFLATE_ERR_DATA;
        if (len > o->cap - o->len) return INFLATE_ERR_OUTPUT;
        /* byte by byte: the copy may overlap what it writes */
        unsigned char *to = o->p + o->len;
        const unsigned char *from = to - d;
        for (size_t i = 0; i < len; i++) to[i] = from[i];
        o->len += len;
    }
}

static int fixed(struct bits *s, struct out *o)
{
    uint8_t lengths[MAX_LITLEN];
    struct huff lit, dist;
    unsigned i = 0;
    for (; i < 144; i++) lengths[i] = 8;
    for (; i < 256; i++) lengths[i] = 9;
    for (; i < 280; i++) lengths[i] = 7;
    for (; i < MAX_LITLEN; i++) lengths[i] = 8;
    build(&lit, lengths, MAX_LITLEN);
    for (i = 0; i < MAX_DIST; i++) lengths[i] = 5;
    build(&dist, lengths, MAX_DIST);
    return codes(s, o, &lit, &dist);
}

static int dynamic(struct bits *s, struct out *o)
{
    static const uint8_t ORDER[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    int nlen = getbits(s, 5), ndist = getbits(s, 5), ncode = getbits(s, 4);
    if (nlen < 0 || ndist < 0 || ncode < 0) return INFLATE_ERR_TRUNCATED;
    nlen += 257;
    ndist += 1;
    ncode += 4;
    if (nlen > 286 || ndist > 30) return INFLATE_ERR_DATA;
    uint8_t lengths[286 + 30] = {0};
    for (int i = 0; i < ncode; i++) {
        int l = getbits(s, 3);
        if (l < 0) return INFLATE_ERR_TRUNCATED;
        lengths[ORDER[i]] = (uint8_t)l;
    }
    struct huff lit, dist;
    if (build(&lit, lengths, 19) != 0) return INFLATE_ERR_DATA; /* must be complete */
    int n = 0;
    while (n < nlen + ndist) {
        int sym = decode(s, &lit);
        if (sym < 0) return decode_error(sym);
        if (sym < 16) {
            lengths[n++] = (uint8_t)sym;
            continue;
        }
        uint8_t value = 0;
        int repeat;
        if (sym == 16) {
            if (n == 0) return INFLATE_ERR_DATA;
            value = lengths[n - 1];
            repeat = getbits(s, 2);
            repeat = repeat < 0 ? -1 : 3 + repeat;
        } else if (sym == 17) {
            repeat = getbits(s, 3);
            repeat = repeat < 0 ? -1 : 3 + repeat;
        } else {
            repeat = getbits(s, 7);
            repeat = repeat < 0 ? -1 : 11 + repeat;
        }
        if (repeat < 0) return INFLATE_ERR_TRUNCATED;
        if (n + repeat > nlen + ndist) return INFLATE_ERR_DATA;
        while (repeat--) lengths[n++] = value;
    }
    if (lengths[256] == 0) return INFLATE_ERR_DATA; /* no end-of-block code */
    if (build_lax(&lit, lengths, (unsigned)nlen) < 0) return INFLATE_ERR_DATA;
    if (build_lax(&dist, lengths + nlen, (unsigned)ndist) < 0) return INFLATE_ERR_DATA;
    return codes(s, o, &lit, &dist);
}

int inflate_raw(const unsigned char *in, size_t in_len, unsigned char *out, size_t out_cap, size_t *out_len)
{
    struct bits s = {in, in ? in_len : 0, 0, 0, 0};
    struct out o = {out, out ? out_cap : 0, 0};
    int r = INFLATE_OK, last = 0;
    while (r == INFLATE_OK && !last) {
        last = getbits(&s, 1);
        int type = getbits(&s, 2);
        if (last < 0 || type < 0) {
            r = INFLATE_ERR_TRUNCATED;
            break;
        }
        if (type == 0) r = stored(&s, &o);
        else if (type == 1) r = fixed(&s, &o);
        else if (type == 2) r = dynamic(&s, &o);
        else r = INFLATE_ERR_DATA;
    }
    if (out_len) *out_len = o.len;
    return r;
}
