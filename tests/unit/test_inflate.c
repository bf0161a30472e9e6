/* src/win32/inflate.c against the system zlib: streams that zlib makes at
 * several levels, strategies and window sizes decode to the input exactly;
 * a too small output, every truncation and random corruption fail cleanly
 * (ASan/UBSan watch the buffers, which are allocated to their exact size);
 * hand-made malformed blocks give the documented error. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "inflate.h"

/* A small deterministic generator (xorshift), so that failures repeat. */
static uint32_t g_seed = 12345;
static uint32_t rnd(void)
{
    g_seed ^= g_seed << 13;
    g_seed ^= g_seed >> 17;
    g_seed ^= g_seed << 5;
    return g_seed;
}

typedef struct buf {
    unsigned char *p;
    size_t len;
} buf;

/* zlib's raw DEFLATE of data (negative window bits: no header). */
static buf zdeflate(const unsigned char *data, size_t len, int level, int strategy, int wbits)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, level, Z_DEFLATED, -wbits, 9, strategy), Z_OK);
    size_t cap = deflateBound(&z, (uLong)len) + 16;
    buf b = {malloc(cap), 0};
    assert_non_null(b.p);
    z.next_in = (Bytef *)(uintptr_t)data;
    z.avail_in = (uInt)len;
    z.next_out = b.p;
    z.avail_out = (uInt)cap;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    b.len = cap - z.avail_out;
    deflateEnd(&z);
    /* an exact-size copy, so that reading one byte past it is caught */
    unsigned char *exact = malloc(b.len ? b.len : 1);
    assert_non_null(exact);
    memcpy(exact, b.p, b.len);
    free(b.p);
    b.p = exact;
    return b;
}

/* inflate_raw into a buffer of exactly cap bytes. */
static int run(const buf *in, size_t in_len, size_t cap, unsigned char **out, size_t *out_len)
{
    *out = malloc(cap ? cap : 1);
    assert_non_null(*out);
    return inflate_raw(in->p, in_len, cap ? *out : NULL, cap, out_len);
}

static void check_roundtrip(const unsigned char *data, size_t len, int level, int strategy, int wbits)
{
    buf z = zdeflate(data, len, level, strategy, wbits);
    unsigned char *out;
    size_t got = 0;
    int r = run(&z, z.len, len, &out, &got);
    if (r != INFLATE_OK || got != len || (len && memcmp(out, data, len) != 0))
        fail_msg("level %d strategy %d wbits %d, %zu bytes: r=%d got=%zu", level, strategy, wbits, len, r, got);
    free(out);
    if (len > 0) {
        /* one byte too few: an output error, never a write past the buffer */
        r = run(&z, z.len, len - 1, &out, &got);
        assert_int_equal(r, INFLATE_ERR_OUTPUT);
        assert_true(got <= len - 1);
        free(out);
    }
    /* every strict prefix (sampled on long streams) is an error */
    size_t step = z.len > 600 ? z.len / 300 : 1;
    for (size_t cut = 0; cut < z.len; cut += step) {
        r = run(&z, cut, len, &out, &got);
        if (r == INFLATE_OK) fail_msg("prefix %zu of %zu decoded", cut, z.len);
        free(out);
    }
    free(z.p);
}

static unsigned char *random_bytes(size_t len)
{
    unsigned char *p = malloc(len ? len : 1);
    assert_non_null(p);
    for (size_t i = 0; i < len; i++) p[i] = (unsigned char)rnd();
    return p;
}

/* Words and numbers in UTF-16, as the string tables are: long matches. */
static unsigned char *text_bytes(size_t len)
{
    static const char *const words[] = {"Calculatrice", "mémoire", "Memory", "Square root", "&View",
                                        "Racine carrée", "Programmer", "\t", " ", "1234.5"};
    unsigned char *p = malloc(len ? len : 1);
    assert_non_null(p);
    size_t n = 0;
    while (n < len) {
        const char *w = words[rnd() % 10];
        for (; *w && n < len; w++) {
            p[n++] = (unsigned char)*w;
            if (n < len) p[n++] = 0;
        }
    }
    return p;
}

static const int LEVELS[] = {0, 1, 6, 9};
static const int STRATEGIES[] = {Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED};
static const size_t SIZES[] = {0, 1, 2, 17, 300, 5000, 70000};

static void test_roundtrip_all(unsigned char *(*make)(size_t))
{
    for (size_t s = 0; s < sizeof SIZES / sizeof SIZES[0]; s++) {
        unsigned char *data = make(SIZES[s]);
        for (size_t l = 0; l < sizeof LEVELS / sizeof LEVELS[0]; l++)
            for (size_t t = 0; t < sizeof STRATEGIES / sizeof STRATEGIES[0]; t++)
                check_roundtrip(data, SIZES[s], LEVELS[l], STRATEGIES[t], 15);
        free(data);
    }
}

static void test_random(void **state)
{
    (void)state;
    test_roundtrip_all(random_bytes);
}

static void test_text(void **state)
{
    (void)state;
    test_roundtrip_all(text_bytes);
}

/* Runs of one byte (distance 1, overlapping copies) and small windows. */
static void test_runs_and_windows(void **state)
{
    (void)state;
    size_t len = 100000;
    unsigned char *data = malloc(len);
    assert_non_null(data);
    for (size_t i = 0; i < len; i++) data[i] = (unsigned char)((i / 1000) % 3 == 0 ? 'a' : rnd() % 4);
    for (int w = 9; w <= 15; w += 3)
        for (size_t t = 0; t < sizeof STRATEGIES / sizeof STRATEGIES[0]; t++) check_roundtrip(data, len, 9, STRATEGIES[t], w);
    free(data);
}

/* Random bit flips and byte changes: either an error or a result within the
 * buffer; the sanitizers fail the test on any access outside it. */
static void test_corrupted(void **state)
{
    (void)state;
    unsigned char *data = text_bytes(4000);
    size_t errors = 0, tries = 0;
    for (size_t t = 0; t < sizeof STRATEGIES / sizeof STRATEGIES[0]; t++) {
        buf z = zdeflate(data, 4000, 6, STRATEGIES[t], 15);
        for (int k = 0; k < 400; k++) {
            buf c = {malloc(z.len), z.len};
            assert_non_null(c.p);
            memcpy(c.p, z.p, z.len);
            int flips = 1 + (int)(rnd() % 4);
            for (int f = 0; f < flips; f++) {
                size_t at = rnd() % z.len;
                if (rnd() & 1) c.p[at] ^= (unsigned char)(1u << (rnd() % 8));
                else c.p[at] = (unsigned char)rnd();
            }
            unsigned char *out;
            size_t got = 0;
            int r = run(&c, c.len, 4000, &out, &got);
            assert_true(r == INFLATE_OK || r == INFLATE_ERR_DATA || r == INFLATE_ERR_TRUNCATED || r == INFLATE_ERR_OUTPUT);
            assert_true(got <= 4000);
            errors += r != INFLATE_OK;
            tries++;
            free(out);
            free(c.p);
        }
        free(z.p);
    }
    free(data);
    /* most corruptions are caught by the format itself */
    assert_true(errors > tries / 4);
}

/* Pure noise as input never reads or writes outside the buffers. */
static void test_noise(void **state)
{
    (void)state;
    for (int k = 0; k < 3000; k++) {
        size_t len = rnd() % 200;
        buf in = {random_bytes(len), len};
        unsigned char *out;
        size_t got = 0;
        int r = run(&in, len, 1000, &out, &got);
        assert_true(r <= INFLATE_OK && r >= INFLATE_ERR_OUTPUT);
        assert_true(got <= 1000);
        free(out);
        free(in.p);
    }
}

static int inflate_bytes(const unsigned char *in, size_t len, size_t cap, size_t *got)
{
    buf b = {malloc(len ? len : 1), len};
    assert_non_null(b.p);
    if (len) memcpy(b.p, in, len);
    unsigned char *out;
    int r = run(&b, len, cap, &out, got);
    free(out);
    free(b.p);
    return r;
}

/* Hand-made streams for each documented error. Bits are packed first-lowest. */
static void test_malformed(void **state)
{
    (void)state;
    size_t got;
    assert_int_equal(inflate_bytes(NULL, 0, 10, &got), INFLATE_ERR_TRUNCATED);
    /* final block of type 3 (reserved) */
    static const unsigned char reserved[] = {0x07};
    assert_int_equal(inflate_bytes(reserved, 1, 10, &got), INFLATE_ERR_DATA);
    /* stored block, LEN 2 but NLEN not its complement */
    static const unsigned char bad_nlen[] = {0x01, 0x02, 0x00, 0xfd, 0xfe, 'a', 'b'};
    assert_int_equal(inflate_bytes(bad_nlen, sizeof bad_nlen, 10, &got), INFLATE_ERR_DATA);
    /* the same with a good NLEN decodes "ab"; cut inside the data: truncated */
    static const unsigned char good[] = {0x01, 0x02, 0x00, 0xfd, 0xff, 'a', 'b'};
    assert_int_equal(inflate_bytes(good, sizeof good, 10, &got), INFLATE_OK);
    assert_int_equal(got, 2);
    assert_int_equal(inflate_bytes(good, sizeof good - 1, 10, &got), INFLATE_ERR_TRUNCATED);
    /* a non-final empty stored block, then nothing */
    static const unsigned char no_final[] = {0x00, 0x00, 0x00, 0xff, 0xff};
    assert_int_equal(inflate_bytes(no_final, sizeof no_final, 10, &got), INFLATE_ERR_TRUNCATED);
    /* fixed block whose first symbol is a match (length 3, distance 1) with no output yet:
     * bits 1, 01 (fixed), code 257 = 0000001 (7 bits, sent high first), distance 00000 */
    static const unsigned char far[] = {0x03, 0x02, 0x00};
    assert_int_equal(inflate_bytes(far, sizeof far, 10, &got), INFLATE_ERR_DATA);
    /* zlib's stream for "a" followed by a match, checked against a too short output */
    static const unsigned char aaaa[] = {'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a'};
    buf z = zdeflate(aaaa, sizeof aaaa, 9, Z_DEFAULT_STRATEGY, 15);
    assert_int_equal(inflate_bytes(z.p, z.len, 8, &got), INFLATE_OK);
    assert_int_equal(got, 8);
    assert_int_equal(inflate_bytes(z.p, z.len, 3, &got), INFLATE_ERR_OUTPUT);
    free(z.p);
    /* dynamic block declaring 287 literal/length codes (more than 286) */
    static const unsigned char too_many[] = {0x05 | (30u << 3), 0x00, 0x00, 0x00};
    assert_int_equal(inflate_bytes(too_many, sizeof too_many, 10, &got), INFLATE_ERR_DATA);
    /* dynamic block whose code-length code is all zeros (incomplete) */
    static const unsigned char empty_code[] = {0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
    assert_int_equal(inflate_bytes(empty_code, sizeof empty_code, 10, &got), INFLATE_ERR_DATA);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_random),         cmocka_unit_test(test_text),      cmocka_unit_test(test_runs_and_windows),
        cmocka_unit_test(test_corrupted),      cmocka_unit_test(test_noise),     cmocka_unit_test(test_malformed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
