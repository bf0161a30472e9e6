/* mathfn_bigfloat: the decimal floating-point working type of the math
 * functions (see mathfn_internal.h).
 *
 * Its limbs are bigint's (base 10^9), so products and quotients use bigint's
 * limb kernels (schoolbook multiplication, Knuth's algorithm D): at 20-44
 * limbs they cost microseconds. Exact integers are bigints (bigint.h). */
#include <string.h>

#include "calc_check.h"
#include "mathfn_internal.h"

#define B BF_BASE
_Static_assert(BF_BASE == BI_BASE, "bf limbs are bigint limbs (bi_limbs_mul, bi_limbs_divmod)");

static int digits_u32(uint32_t v)
{
    int d = 1;
    while (v >= 10) {
        v /= 10;
        d++;
    }
    return d;
}

/* ------------------------------------------------------------ bf basics */

void bf_zero(bf *r)
{
    r->n = 0;
    r->e = 0;
    r->neg = false;
}

/* r = (d[0..n) as mantissa) * B^e, rounded to prec limbs. d may be long. */
static void set_limbs(bf *r, const uint32_t *d, int n, int32_t e, bool neg, int prec)
{
    while (n > 0 && d[n - 1] == 0)
        n--;
    if (prec > BF_CAP)
        prec = BF_CAP;
    bool up = false;
    if (n > prec) {
        up = d[n - prec - 1] >= B / 2;
        e += n - prec;
        d += n - prec;
        n = prec;
    }
    int lo = 0;
    while (lo < n && d[lo] == 0 && !up)
        lo++;
    uint32_t tmp[BF_CAP + 1];
    int m = n - lo;
    memcpy(tmp, d + lo, sizeof(uint32_t) * (size_t)m);
    e += lo;
    if (up) {
        int i = 0;
        while (i < m && tmp[i] == B - 1)
            tmp[i++] = 0;
        if (i == m)
            tmp[m++] = 1;
        else
            tmp[i]++;
        lo = 0;
        while (lo < m && tmp[lo] == 0)
            lo++;
        if (m > prec) { /* carry grew a limb: everything below is zero */
            lo = m - 1;
        }
        memmove(tmp, tmp + lo, sizeof(uint32_t) * (size_t)(m - lo));
        m -= lo;
        e += lo;
    }
    if (m == 0) {
        bf_zero(r);
        return;
    }
    memcpy(r->d, tmp, sizeof(uint32_t) * (size_t)m);
    r->n = m;
    r->e = e;
    r->neg = neg;
}

void bf_round(bf *r, int prec)
{
    bf t = *r;
    set_limbs(r, t.d, t.n, t.e, t.neg, prec);
}

void bf_from_u64(bf *r, uint64_t v)
{
    uint32_t d[3];
    int n = 0;
    while (v) {
        d[n++] = (uint32_t)(v % B);
        v /= B;
    }
    set_limbs(r, d, n, 0, false, BF_CAP);
}

void bf_from_int(bf *r, int64_t v)
{
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    bf_from_u64(r, m);
    r->neg = v < 0 && m != 0;
}

void bf_abs(bf *r, const bf *a)
{
    *r = *a;
    r->neg = false;
}

int bf_sign(const bf *a) { return a->n == 0 ? 0 : (a->neg ? -1 : 1); }

int bf_cmp_abs(const bf *a, const bf *b)
{
    if (a->n == 0 || b->n == 0)
        return (a->n != 0) - (b->n != 0);
    int32_t ta = a->e + a->n, tb = b->e + b->n;
    if (ta != tb)
        return ta > tb ? 1 : -1;
    int i = a->n - 1, j = b->n - 1;
    for (; i >= 0 && j >= 0; i--, j--) {
        if (a->d[i] != b->d[j])
            return a->d[i] > b->d[j] ? 1 : -1;
    }
    if (i >= 0)
        return 1; /* a has more nonzero low limbs */
    if (j >= 0)
        return -1;
    return 0;
}

int bf_cmp(const bf *a, const bf *b)
{
    int sa = bf_sign(a), sb = bf_sign(b);
    if (sa != sb)
        return sa > sb ? 1 : -1;
    int c = bf_cmp_abs(a, b);
    return sa < 0 ? -c : c;
}

int32_t bf_ilog10(const bf *a)
{
    return (a->e + a->n - 1) * 9 + digits_u32(a->d[a->n - 1]) - 1;
}

/* ------------------------------------------------------------ arithmetic */

static void addsub(bf *r, const bf *a, const bf *b, bool bneg, int prec)
{
    if (b->n == 0) {
        *r = *a;
        bf_round(r, prec);
        return;
    }
    if (a->n == 0) {
        *r = *b;
        r->neg = bneg;
        bf_round(r, prec);
        return;
    }
    int32_t top = a->e + a->n > b->e + b->n ? a->e + a->n : b->e + b->n;
    int32_t lo = a->e < b->e ? a->e : b->e;
    if (top - lo > prec + 3)
        lo = top - (prec + 3); /* limbs below are far under the precision */
    int w = (int)(top - lo) + 1;
    uint32_t x[BF_CAP + 8], y[BF_CAP + 8];
    memset(x, 0, sizeof(uint32_t) * (size_t)w);
    memset(y, 0, sizeof(uint32_t) * (size_t)w);
    for (int i = 0; i < a->n; i++)
        if (a->e + i >= lo)
            x[a->e + i - lo] = a->d[i];
    for (int i = 0; i < b->n; i++)
        if (b->e + i >= lo)
            y[b->e + i - lo] = b->d[i];
    bool neg;
    if (a->neg == bneg) {
        uint32_t c = 0;
        for (int i = 0; i < w; i++) {
            uint32_t s = x[i] + y[i] + c;
            c = s >= B;
            x[i] = c ? s - B : s;
        }
        neg = a->neg;
    } else {
        int cmp = 0;
        for (int i = w - 1; i >= 0 && cmp == 0; i--)
            if (x[i] != y[i])
                cmp = x[i] > y[i] ? 1 : -1;
        if (cmp == 0) {
            bf_zero(r);
            return;
        }
        uint32_t *big = cmp > 0 ? x : y, *small = cmp > 0 ? y : x;
        int64_t br = 0;
        for (int i = 0; i < w; i++) {
            int64_t s = (int64_t)big[i] - small[i] - br;
            br = s < 0;
            x[i] = (uint32_t)(s < 0 ? s + B : s);
        }
        neg = cmp > 0 ? a->neg : bneg;
    }
    set_limbs(r, x, w, lo, neg, prec);
}

void bf_add(bf *r, const bf *a, const bf *b, int prec) { addsub(r, a, b, b->neg, prec); }

void bf_sub(bf *r, const bf *a, const bf *b, int prec) { addsub(r, a, b, !b->neg, prec); }

void bf_mul(bf *r, const bf *a, const bf *b, int prec)
{
    if (a->n == 0 || b->n == 0) {
        bf_zero(r);
        return;
    }
    uint32_t p[2 * BF_CAP];
    bi_limbs_mul(p, a->d, a->n, b->d, b->n);
    set_limbs(r, p, a->n + b->n, a->e + b->e, a->neg != b->neg, prec);
}

void bf_mul_small(bf *r, const bf *a, uint32_t m, int prec)
{
    uint32_t p[BF_CAP + 1];
    uint64_t c = 0;
    for (int i = 0; i < a->n; i++) {
        uint64_t t = (uint64_t)a->d[i] * m + c;
        p[i] = (uint32_t)(t % B);
        c = t / B;
    }
    p[a->n] = (uint32_t)c;
    set_limbs(r, p, a->n + 1, a->e, a->neg, prec);
}

void bf_div_small(bf *r, const bf *a, uint32_t m, int prec)
{
    CALC_REQUIRE(m != 0);
    if (a->n == 0) {
        bf_zero(r);
        return;
    }
    int k = prec + 2 - a->n;
    if (k < 0)
        k = 0;
    uint32_t q[BF_CAP + 4];
    uint64_t rem = 0;
    int un = a->n + k;
    for (int i = un - 1; i >= 0; i--) {
        uint64_t cur = rem * B + (i >= k ? a->d[i - k] : 0);
        q[i] = (uint32_t)(cur / m);
        rem = cur % m;
    }
    set_limbs(r, q, un, a->e - k, a->neg, prec);
}

void bf_div(bf *r, const bf *a, const bf *b, int prec)
{
    CALC_REQUIRE(b->n > 0);                     /* a division by a zero bf */
    if (a->n == 0) {
        bf_zero(r);
        return;
    }
    if (b->n == 1) {
        bf t;
        bf_div_small(&t, a, b->d[0], prec);
        t.e -= b->e;
        if (t.n)
            t.neg = a->neg != b->neg;
        *r = t;
        return;
    }
    int k = prec + 2 + b->n - a->n;
    if (k < 0)
        k = 0;
    uint32_t u[BI_KERNEL_MAX], q[BI_KERNEL_MAX];
    int un = a->n + k;
    memset(u, 0, sizeof(uint32_t) * (size_t)k);
    memcpy(u + k, a->d, sizeof(uint32_t) * (size_t)a->n);
    bi_limbs_divmod(q, NULL, u, un, b->d, b->n);
    set_limbs(r, q, un - b->n + 1, a->e - k - b->e, a->neg != b->neg, prec);
}

void bf_mul_pow10(bf *r, const bf *a, int32_t k, int prec)
{
    int32_t q = k >= 0 ? k / 9 : -((-k + 8) / 9);
    int s = (int)(k - 9 * q);
    bf t;
    if (s)
        bf_mul_small(&t, a, bi_pow10[s], prec);
    else {
        t = *a;
        bf_round(&t, prec);
    }
    if (t.n)
        t.e += q;
    *r = t;
}

static uint64_t isqrt_u64(uint64_t v)
{
    uint64_t res = 0, bit = (uint64_t)1 << 62;
    while (bit > v)
        bit >>= 2;
    while (bit) {
        if (v >= res + bit) {
            v -= res + bit;
            res = (res >> 1) + bit;
        } else {
            res >>= 1;
        }
        bit >>= 2;
    }
    return res;
}

void bf_sqrt(bf *r, const bf *a, int prec)
{
    if (a->n == 0) {
        bf_zero(r);
        return;
    }
    /* overestimate within a factor 2 from the top limb(s), then Newton,
     * which decreases monotonically to the root from above */
    int32_t E = a->e + a->n - 1;
    uint64_t t = a->d[a->n - 1];
    int32_t h;
    if (E % 2 != 0) {
        t = t * B + (a->n >= 2 ? a->d[a->n - 2] : 0);
        h = (E - 1) / 2;
        if (E < 0)
            h = -((1 - E) / 2);
    } else {
        h = E / 2;
    }
    bf x, y, q;
    bf_from_u64(&x, isqrt_u64(t) + 1);
    x.e += h;
    int wp = prec + 1;
    for (int it = 0; it < 80; it++) {
        bf_div(&q, a, &x, wp);
        bf_add(&y, &x, &q, wp);
        bf_div_small(&y, &y, 2, wp);
        if (bf_cmp(&y, &x) >= 0)
            break;
        x = y;
    }
    *r = x;
    bf_round(r, prec);
}

void bf_trunc(bf *r, const bf *a)
{
    if (a->n == 0 || a->e >= 0) {
        *r = *a;
        return;
    }
    int drop = -a->e;
    if (drop >= a->n) {
        bf_zero(r);
        return;
    }
    bf t;
    set_limbs(&t, a->d + drop, a->n - drop, 0, a->neg, BF_CAP);
    *r = t;
}

void bf_round_int(bf *r, const bf *a)
{
    bf half, t;
    half.n = 1;
    half.e = -1;
    half.neg = a->neg;
    half.d[0] = B / 2;
    bf_add(&t, a, &half, BF_CAP);
    bf_trunc(r, &t);
}

bool bf_to_int64(const bf *a, int64_t *out)
{
    bf t;
    bf_trunc(&t, a);
    if (t.n == 0) {
        *out = 0;
        return true;
    }
    if (t.e + t.n > 3)
        return false;
    uint64_t v = 0;
    for (int i = t.e + t.n - 1; i >= 0; i--) {
        uint64_t limb = (i >= t.e) ? t.d[i - t.e] : 0;
        if (v > (UINT64_MAX - limb) / B)
            return false;
        v = v * B + limb;
    }
    if (v > (uint64_t)INT64_MAX)
        return false;
    *out = t.neg ? -(int64_t)v : (int64_t)v;
    return true;
}

/* ------------------------------------------------------------ conversions */

void bf_from_bigint(bf *r, const bigint *b)
{
    set_limbs(r, b->d, b->n, 0, false, BF_CAP);
}

bool bf_to_bigint(bigint *r, const bf *a)
{
    if (a->n == 0) {
        r->n = 0;
        return true;
    }
    if (a->e < 0 || a->e + a->n > BI_MAX_LIMBS)
        return false;
    memset(r->d, 0, sizeof(uint32_t) * (size_t)a->e);
    memcpy(r->d + a->e, a->d, sizeof(uint32_t) * (size_t)a->n);
    r->n = a->e + a->n;
    return true;
}

void bf_from_num(bf *r, const num *x, int prec)
{
    if (num_is_zero(x)) {
        bf_zero(r);
        return;
    }
    bf p;
    set_limbs(&p, x->p.d, x->p.n, 0, false, prec + 2);
    if (!(x->q.n == 1 && x->q.d[0] == 1)) {
        bf q;
        set_limbs(&q, x->q.d, x->q.n, 0, false, prec + 2);
        bf_div(&p, &p, &q, prec + 1);
    }
    bf_mul_pow10(r, &p, x->exp, prec);
    r->neg = x->neg;
}

void bf_to_num(num *r, const bf *a)
{
    if (a->n == 0) {
        num_zero(r);
        return;
    }
    int digits = (a->n - 1) * 9 + digits_u32(a->d[a->n - 1]);
    int k = digits - NUM_PRECISION;
    if (k < 0)
        k = 0;
    int kl = k / 9, kr = k % 9;
    bigint m;
    bool up = false;
    if (k > 0) {
        /* first dropped digit decides: half away from zero */
        int pos = k - 1;
        uint32_t limb = a->d[pos / 9];
        up = (limb / bi_pow10[pos % 9]) % 10 >= 5;
    }
    int n = 0;
    for (int i = kl; i < a->n; i++) {
        uint64_t lowpart = a->d[i] / bi_pow10[kr];
        uint64_t hi = (i + 1 < a->n) ? (a->d[i + 1] % bi_pow10[kr]) : 0;
        m.d[n++] = (uint32_t)(lowpart + hi * bi_pow10[9 - kr]);
    }
    while (n > 0 && m.d[n - 1] == 0)
        n--;
    if (up) {
        int i = 0;
        while (i < n && m.d[i] == B - 1)
            m.d[i++] = 0;
        if (i == n)
            m.d[n++] = 1;
        else
            m.d[i]++;
    }
    m.n = n;
    num_from_decimal(r, &m, a->e * 9 + k, a->neg, true);
}
