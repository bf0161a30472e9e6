/* number_core: construction, canonical form, comparisons (see number.h).
 *
 * Canonical form is unique: q is coprime to 10 (factors 2 and 5 of a
 * denominator are moved into p and exp, so terminating decimals always have
 * q = 1), gcd(p, q) = 1 and p does not end in 0. Hence "integer" simply means
 * q = 1 and exp >= 0. */
#include "number_internal.h"

static int64_t clamp_exp(int64_t e)
{
    if (e > NUMI_EXP_LIMIT)
        return NUMI_EXP_LIMIT;
    if (e < -NUMI_EXP_LIMIT)
        return -NUMI_EXP_LIMIT;
    return e;
}

static void one(bigint *b)
{
    bi_from_u64(b, 1);
}

/* Moves the factors 2 and 5 of q into p and exp: 1/(2^x 5^y) = 2^(c-x) 5^(c-y) / 10^c.
 * Returns false (r untouched) if p would outgrow the bigint capacity; the caller
 * then rounds the value to a decimal instead. */
static bool move_2_5_out_of_q(num *r, int64_t *exp)
{
    bigint q = r->q, p = r->p;
    int x = 0, y = 0;
    for (;;) { /* q mod 2^k is decided by the low limb since 2^9 divides 10^9 */
        uint32_t low = q.d[0];
        int k = 0;
        while (k < 9 && (low & 1u) == 0) {
            low >>= 1;
            k++;
        }
        if (k == 0)
            break;
        bi_divmod_small(&q, &q, 1u << k);
        x += k;
    }
    for (;;) { /* same for 5^k: 5^9 divides 10^9 */
        uint32_t low = q.d[0], f = 1;
        int k = 0;
        while (k < 9 && low % 5 == 0) {
            low /= 5;
            f *= 5;
            k++;
        }
        if (k == 0)
            break;
        bi_divmod_small(&q, &q, f);
        y += k;
    }
    if (x == 0 && y == 0)
        return true;
    int c = x > y ? x : y;
    int twos = c - x, fives = c - y;
    while (twos > 0) {
        int k = twos > 29 ? 29 : twos;
        if (!bi_mul_small(&p, &p, 1u << k))
            return false;
        twos -= k;
    }
    while (fives > 0) {
        int k = fives > 12 ? 12 : fives;
        uint32_t f = 1;
        for (int i = 0; i < k; i++)
            f *= 5;
        if (!bi_mul_small(&p, &p, f))
            return false;
        fives -= k;
    }
    r->p = p;
    r->q = q;
    *exp -= c;
    return true;
}

void num_zero(num *r)
{
    bi_zero(&r->p);
    one(&r->q);
    r->exp = 0;
    r->neg = false;
    r->inexact = false;
}

int numi_ilog10_ratio(const bigint *p, const bigint *q)
{
    int t = bi_digits(p) - bi_digits(q);
    bigint tmp;
    if (t >= 0) {
        bi_mul_pow10(&tmp, q, t);
        return bi_cmp(p, &tmp) >= 0 ? t : t - 1;
    }
    bi_mul_pow10(&tmp, p, -t);
    return bi_cmp(&tmp, q) >= 0 ? t : t - 1;
}

void numi_round_ratio(bigint *m, const bigint *p, const bigint *q, int shift, bool *inexact)
{
    bigint num_, den, rem;
    bool ok = true;
    if (bi_is_one(q) && shift <= 0) {
        bi_div_pow10(m, p, -shift, true, inexact);
        return;
    }
    if (shift >= 0) {
        ok = bi_mul_pow10(&num_, p, shift);
        den = *q;
    } else {
        num_ = *p;
        ok = bi_mul_pow10(&den, q, -shift);
        if (!ok) { /* the quotient is far below 1/2: it rounds to 0 */
            bi_zero(m);
            if (inexact)
                *inexact = true;
            return;
        }
    }
    if (!ok) { /* callers keep sizes bounded; never reached in practice */
        bi_zero(m);
        if (inexact)
            *inexact = true;
        return;
    }
    bi_divmod(m, &rem, &num_, &den);
    if (inexact)
        *inexact = !bi_is_zero(&rem);
    if (!bi_is_zero(&rem)) {
        bi_add(&rem, &rem, &rem);
        if (bi_cmp(&rem, &den) >= 0)
            bi_add_small(m, m, 1);
    }
}

void numi_finish(num *r, int64_t exp, bool reduce)
{
    if (bi_is_zero(&r->p)) {
        num_zero(r);
        return;
    }
    int tz = bi_trailing_zeros(&r->p);
    if (tz) {
        bi_div_pow10(&r->p, &r->p, tz, false, NULL);
        exp += tz;
    }
    tz = bi_trailing_zeros(&r->q);
    if (tz) {
        bi_div_pow10(&r->q, &r->q, tz, false, NULL);
        exp -= tz;
    }
    /* when p/q >= 10^NUM_PRECISION the reduced p is too long anyway: skip the gcd */
    bool must_trim = bi_digits(&r->p) - bi_digits(&r->q) > NUM_PRECISION + 1;
    if (!must_trim && !bi_is_one(&r->q)) {
        if (reduce) {
            bigint g;
            bi_gcd(&g, &r->p, &r->q);
            if (!bi_is_one(&g)) {
                bi_divmod(&r->p, NULL, &r->p, &g);
                bi_divmod(&r->q, NULL, &r->q, &g);
            }
        }
        if (!bi_is_one(&r->q) && !move_2_5_out_of_q(r, &exp))
            must_trim = true;
    }
    if (must_trim || bi_digits(&r->p) > NUM_PRECISION || bi_digits(&r->q) > NUM_PRECISION) {
        bigint m;
        int shift = NUM_PRECISION - 1 - numi_ilog10_ratio(&r->p, &r->q);
        numi_round_ratio(&m, &r->p, &r->q, shift, NULL);
        exp -= shift;
        tz = bi_trailing_zeros(&m);
        if (tz) {
            bi_div_pow10(&m, &m, tz, false, NULL);
            exp += tz;
        }
        r->p = m;
        one(&r->q);
        r->inexact = true;
    }
    r->exp = (int32_t)clamp_exp(exp);
}

void num_from_u64(num *r, uint64_t v, bool neg)
{
    bi_from_u64(&r->p, v);
    one(&r->q);
    r->neg = neg;
    r->inexact = false;
    numi_finish(r, 0, false);
}

void num_from_int(num *r, int64_t v)
{
    uint64_t mag = v < 0 ? (uint64_t)(-(v + 1)) + 1u : (uint64_t)v;
    num_from_u64(r, mag, v < 0);
}

void num_from_decimal(num *r, const bigint *m, int32_t e10, bool neg, bool inexact)
{
    if (&r->p != m)
        r->p = *m;
    one(&r->q);
    r->neg = neg;
    r->inexact = inexact;
    numi_finish(r, e10, false);
}

bool num_is_zero(const num *a)
{
    return bi_is_zero(&a->p);
}

bool num_is_integer(const num *a)
{
    return bi_is_zero(&a->p) || (bi_is_one(&a->q) && a->exp >= 0);
}

int num_sign(const num *a)
{
    if (bi_is_zero(&a->p))
        return 0;
    return a->neg ? -1 : 1;
}

int32_t num_ilog10(const num *a)
{
    if (bi_is_zero(&a->p))
        return 0; /* undefined for 0; a harmless answer */
    int64_t l = (int64_t)numi_ilog10_ratio(&a->p, &a->q) + a->exp;
    return (int32_t)l;
}

int numi_cmp_mag(const num *a, const num *b)
{
    int32_t la = num_ilog10(a), lb = num_ilog10(b);
    if (la != lb)
        return la < lb ? -1 : 1;
    /* same leading position: exponents differ by at most a few hundred */
    bigint x, y;
    bi_mul(&x, &a->p, &b->q);
    bi_mul(&y, &b->p, &a->q);
    int64_t d = (int64_t)a->exp - b->exp;
    if (d > 0)
        bi_mul_pow10(&x, &x, (int)d);
    else if (d < 0)
        bi_mul_pow10(&y, &y, (int)-d);
    return bi_cmp(&x, &y);
}

int num_cmp_abs(const num *a, const num *b)
{
    bool za = num_is_zero(a), zb = num_is_zero(b);
    if (za || zb)
        return za && zb ? 0 : (za ? -1 : 1);
    return numi_cmp_mag(a, b);
}

int num_cmp(const num *a, const num *b)
{
    int sa = num_sign(a), sb = num_sign(b);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    if (sa == 0)
        return 0;
    int c = numi_cmp_mag(a, b);
    return sa > 0 ? c : -c;
}

void numi_round_digits(const num *a, int digits, bigint *m, int32_t *lead, bool *inexact)
{
    int lr = numi_ilog10_ratio(&a->p, &a->q);
    int shift = digits - 1 - lr;
    numi_round_ratio(m, &a->p, &a->q, shift, inexact);
    int64_t l = (int64_t)lr + a->exp;
    if (bi_digits(m) > digits) { /* rounding carried into a new digit: m = 10^digits */
        bi_div_pow10(m, m, 1, false, NULL);
        l++;
    }
    *lead = (int32_t)l;
}

bool num_to_int64(const num *a, int64_t *out)
{
    num t;
    uint64_t v;
    num_trunc(&t, a);
    if (num_is_zero(&t)) {
        *out = 0;
        return true;
    }
    if (t.exp > 19 || !bi_to_u64(&t.p, &v))
        return false;
    for (int i = 0; i < t.exp; i++) {
        if (v > UINT64_MAX / 10)
            return false;
        v *= 10;
    }
    if (t.neg) {
        if (v > (uint64_t)INT64_MAX + 1u)
            return false;
        *out = v == (uint64_t)INT64_MAX + 1u ? INT64_MIN : -(int64_t)v;
    } else {
        if (v > (uint64_t)INT64_MAX)
            return false;
        *out = (int64_t)v;
    }
    return true;
}
