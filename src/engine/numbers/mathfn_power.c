/* mathfn_power: squares, cubes, reciprocals, roots and powers.
 *
 * Exact where the mathematics is: integer powers multiply exactly while the
 * result fits the 128 digits of a num, or, for an exact integer base, while
 * the power stays below 10^NUM_WHOLE_DIGITS (exact_pow); a rational exponent a/b first tries an
 * exact b-th root (8^(2/3) = 4, 4^1.5 = 8, sqrt(2.25) = 1.5) and only then
 * falls back to exp(y ln|x|). A negative base is accepted when the exponent,
 * in lowest terms, has an odd denominator ((-8)^(1/3) = -2), as Windows does.
 * Overflow is decided from cheap magnitude bounds before any heavy work, so
 * 2^(10^9) answers at once. */
#include <string.h>

#include "mathfn_internal.h"

#define WP BF_WP

static bool num_is_one_mag(const num *x)
{
    return x->exp == 0 && x->p.n == 1 && x->p.d[0] == 1 && x->q.n == 1 && x->q.d[0] == 1;
}

static bool num_is_pow10_mag(const num *x)
{
    return x->p.n == 1 && x->p.d[0] == 1 && x->q.n == 1 && x->q.d[0] == 1;
}

static void num_one(num *r, bool neg)
{
    num_from_int(r, neg ? -1 : 1);
}

/* sign * e^t with t checked against the displayable range first */
static calc_status exp_signed(num *out, const bf *t, bool neg)
{
    bf lim, r;
    bf_from_u64(&lim, 23100);
    if (bf_cmp_abs(t, &lim) > 0)
        return CALC_ERR_OVERFLOW;
    bf_exp(&r, t);
    r.neg = neg && r.n;
    return mf_finish(out, &r);
}

/* |x|^n on the working type by squaring; n >= 1 */
static void bf_pow_u(bf *r, const bf *x, uint64_t n)
{
    bf acc, b = *x;
    bf_from_u64(&acc, 1);
    while (n) {
        if (n & 1u)
            bf_mul(&acc, &acc, &b, WP + 2);
        n >>= 1;
        if (n)
            bf_mul(&b, &b, &b, WP + 2);
    }
    *r = acc;
}

static bool is_whole(const num *v)
{
    return !v->inexact && v->exp >= 0 && v->q.n == 1 && v->q.d[0] == 1
        && (int64_t)bi_digits(&v->p) + v->exp <= NUM_WHOLE_DIGITS;
}

/* x^n (n >= 1) by squaring on exact nums. With whole, only while x is an
 * exact integer and every step stays below 10^NUM_WHOLE_DIGITS (number.h:
 * kept whole, as on Windows: 2^7886 is exact, and so is its mod 8038), false
 * otherwise: the squares never exceed the result, so the work is bounded by a
 * few products of at most NUM_WHOLE_DIGITS digits. */
static bool exact_pow(num *out, const num *x, uint64_t n, bool whole)
{
    num acc, b = *x, t;
    num_from_int(&acc, 1);
    while (n) {
        if (n & 1u) {
            num_mul(&acc, &acc, &b);
            if (whole && !is_whole(&acc))
                return false;
        }
        n >>= 1;
        if (n) {
            num_mul(&t, &b, &b);
            if (whole && !is_whole(&t))
                return false;
            b = t;
        }
    }
    *out = acc;
    return true;
}

calc_status mf_pow_int(num *out, const num *x, int64_t n)
{
    if (n == 0) {
        num_one(out, false);
        return CALC_OK;
    }
    if (num_is_zero(x)) {
        if (n < 0)
            return CALC_ERR_INVALID;
        num_zero(out);
        return CALC_OK;
    }
    bool neg = x->neg && (n & 1);
    uint64_t an = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
    if (num_is_one_mag(x)) {
        num_one(out, neg);
        out->inexact = x->inexact;
        return CALC_OK;
    }
    if (num_is_pow10_mag(x)) {
        int64_t k = x->exp;
        if (an > 100000)
            return CALC_ERR_OVERFLOW;
        int64_t e = k * (int64_t)an * (n < 0 ? -1 : 1);
        if (e > MF_EXP_LIMIT || e < -MF_EXP_LIMIT)
            return CALC_ERR_OVERFLOW;
        bigint one;
        bi_from_u64(&one, 1);
        num_from_decimal(out, &one, (int32_t)e, neg, x->inexact);
        return mf_finish_num(out);
    }
    /* cheap bounds: |x| in [10^L, 10^(L+1)) */
    int32_t L = num_ilog10(x);
    int64_t low = L >= 1 ? L : (L <= -2 ? -(int64_t)(L + 1) : 0); /* <= |log10|x|| */
    if (low > 0 && (an > 100000 || (int64_t)an * low > MF_EXP_LIMIT + 1))
        return CALC_ERR_OVERFLOW;
    int dp = bi_digits(&x->p), dq = bi_digits(&x->q);
    if (!x->inexact && x->exp >= 0 && dq == 1 && x->q.d[0] == 1 && n > 0
        && (uint64_t)L * an < NUM_WHOLE_DIGITS && exact_pow(out, x, an, true))
        return mf_finish_num(out);
    if (an <= 1000 && (uint64_t)(dp > dq ? dp : dq) * an <= 140) {
        /* exact rational powering */
        num acc;
        exact_pow(&acc, x, an, false);
        if (n < 0) {
            num one;
            num_one(&one, false);
            num_div(&acc, &one, &acc);
        }
        *out = acc;
        return mf_finish_num(out);
    }
    bf X, r;
    bf_from_num(&X, x, WP + 2);
    X.neg = false;
    if (an < ((uint64_t)1 << 31)) {
        bf_pow_u(&r, &X, an);
        if (n < 0) {
            bf one;
            bf_from_u64(&one, 1);
            bf_div(&r, &one, &r, WP);
        }
        r.neg = neg;
        return mf_finish(out, &r);
    }
    bf lx, nn, t;
    bf_ln(&lx, &X);
    bf_from_int(&nn, n);
    bf_mul(&t, &lx, &nn, WP);
    return exp_signed(out, &t, neg);
}

/* r = P^(1/b) when P is a perfect b-th power (b >= 2) */
static bool int_root(bigint *r, const bigint *P, uint64_t b)
{
    if (P->n == 1 && P->d[0] == 1) {
        *r = *P;
        return true;
    }
    int digits = bi_digits(P);
    if (b > (uint64_t)digits * 4 + 4)
        return false; /* 2^b > P */
    bf X, y;
    bf_from_bigint(&X, P);
    if (b == 2) {
        bf_sqrt(&y, &X, WP);
    } else {
        bf_ln(&y, &X);
        bf_div_small(&y, &y, (uint32_t)b, WP);
        bf_exp(&y, &y);
    }
    bf_round_int(&y, &y);
    bigint c;
    if (!bf_to_bigint(&c, &y) || c.n == 0)
        return false;
    /* verify c^b == P exactly, giving up as soon as it grows past P */
    bigint acc, base = c, t;
    bi_from_u64(&acc, 1);
    uint64_t m = b;
    while (m) {
        if (m & 1u) {
            if (!bi_mul(&t, &acc, &base) || t.n > P->n)
                return false;
            acc = t;
        }
        m >>= 1;
        if (m) {
            if (!bi_mul(&t, &base, &base) || t.n > P->n)
                return false;
            base = t;
        }
    }
    if (bi_cmp(&acc, P) != 0)
        return false;
    *r = c;
    return true;
}

/* out = |x|^(1/b) when it is rational; x != 0 */
static bool exact_root(num *out, const num *x, uint64_t b)
{
    int64_t e = x->exp;
    int64_t bb = (int64_t)b;
    if (((e % bb) + bb) % bb != 0)
        return false;
    bigint rp, rq;
    if (!int_root(&rp, &x->p, b) || !int_root(&rq, &x->q, b))
        return false;
    num a, q;
    num_from_decimal(&a, &rp, (int32_t)(e / bb), false, false);
    num_from_decimal(&q, &rq, 0, false, false);
    num_div(out, &a, &q);
    out->inexact = x->inexact;
    return true;
}

/* Exponent structure of a non-integer y = N / D in lowest terms.
 * Returns false when N or D do not fit the small integers tried exactly. */
typedef struct ratio_info {
    bool den_odd;     /* D odd: a negative base is allowed */
    bool num_odd;     /* N odd: the result of a negative base is negative */
    bool small;       /* N and D fit: n_val, d_val are valid */
    int64_t n_val;
    uint64_t d_val;
} ratio_info;

/* Exponent of the largest power of p (2 or 5) dividing a (a != 0), capped
 * at cap; cap for a = 0. */
static int valuation(const bigint *a, uint32_t p, int cap)
{
    if (a->n == 0)
        return cap;
    bigint t = *a, q;
    int v = 0;
    while (v < cap && bi_divmod_small(&q, &t, p) == 0) {
        t = q;
        v++;
    }
    return v;
}

static void exponent_ratio(ratio_info *ri, const num *y)
{
    memset(ri, 0, sizeof *ri);
    int64_t E = y->exp;
    int cap = 40000;
    int v2 = valuation(&y->p, 2, cap), v5 = valuation(&y->p, 5, cap);
    /* q is coprime to 10 in canonical form (odd); only 10^-E brings 2s */
    bool q_odd = (y->q.d[0] & 1u) != 0;
    if (E >= 0) {
        ri->den_odd = q_odd;
        ri->num_odd = E == 0 && (y->p.d[0] & 1u);
    } else {
        ri->den_odd = q_odd && v2 >= -E;
        ri->num_odd = v2 <= -E;
    }
    /* small integers N and D for the exact-root attempt */
    uint64_t d;
    if (y->q.n > 2 || !bi_to_u64(&y->q, &d) || d > (1u << 31))
        return;
    if (E > 0) { /* N = p 10^E, D = q (coprime to 10) */
        uint64_t p;
        if (E > 18 || !bi_to_u64(&y->p, &p))
            return;
        for (int64_t i = 0; i < E; i++) {
            if (p > ((uint64_t)1 << 62) / 10)
                return;
            p *= 10;
        }
        ri->small = true;
        ri->n_val = y->neg ? -(int64_t)p : (int64_t)p;
        ri->d_val = d;
        return;
    }
    int64_t mE = -E;
    int drop2 = v2 < mE ? v2 : (int)mE, drop5 = v5 < mE ? v5 : (int)mE;
    for (int64_t i = drop2; i < mE; i++) {
        d *= 2;
        if (d > (1u << 31))
            return;
    }
    for (int64_t i = drop5; i < mE; i++) {
        d *= 5;
        if (d > (1u << 31))
            return;
    }
    uint64_t p;
    if (!bi_to_u64(&y->p, &p))
        return;
    for (int i = 0; i < drop2; i++)
        p /= 2;
    for (int i = 0; i < drop5; i++)
        p /= 5;
    if (p > ((uint64_t)1 << 62))
        return;
    ri->small = true;
    ri->n_val = y->neg ? -(int64_t)p : (int64_t)p;
    ri->d_val = d;
}

calc_status math_pow(num *out, const num *x, const num *y)
{
    if (num_is_zero(y)) {
        num_one(out, false);
        return CALC_OK;
    }
    if (num_is_zero(x)) {
        if (num_sign(y) < 0)
            return CALC_ERR_INVALID;
        num_zero(out);
        return CALC_OK;
    }
    int64_t n;
    if (num_is_integer(y)) {
        if (num_to_int64(y, &n))
            return mf_pow_int(out, x, n);
        /* |y| >= 2^63: parity from the last digit (10^e, e > 0, is even) */
        bool odd = y->exp == 0 && (y->p.d[0] & 1u);
        bool neg = x->neg && odd;
        if (num_is_one_mag(x)) {
            num_one(out, neg);
            return CALC_OK;
        }
        int32_t L = num_ilog10(x);
        if (L >= 1 || L <= -2)
            return CALC_ERR_OVERFLOW;
        bf X, Y, t;
        bf_from_num(&X, x, WP + 1);
        X.neg = false;
        bf_from_num(&Y, y, WP);
        bf_ln(&t, &X);
        bf_mul(&t, &t, &Y, WP);
        return exp_signed(out, &t, neg);
    }
    ratio_info ri;
    exponent_ratio(&ri, y);
    bool neg = false;
    if (x->neg) {
        if (!ri.den_odd)
            return CALC_ERR_INVALID;
        neg = ri.num_odd;
    }
    num ax;
    num_abs(&ax, x);
    if (num_is_one_mag(&ax)) {
        num_one(out, neg);
        return CALC_OK;
    }
    if (ri.small) {
        num root;
        if (exact_root(&root, &ax, ri.d_val)) {
            calc_status s = mf_pow_int(out, &root, ri.n_val);
            if (s == CALC_OK && neg)
                num_neg(out, out);
            return s;
        }
    }
    bf X, Y, t;
    bf_from_num(&X, &ax, WP + 1);
    bf_from_num(&Y, y, WP + 1);
    /* cheap range bound before the logarithm: |y log10 x| >= |y| * low */
    int32_t L = num_ilog10(&ax);
    int64_t low = L >= 1 ? L : (L <= -2 ? -(int64_t)(L + 1) : 0);
    if (low > 0 && num_ilog10(y) >= 5)
        return CALC_ERR_OVERFLOW;
    bf_ln(&t, &X);
    bf_mul(&t, &t, &Y, WP);
    return exp_signed(out, &t, neg);
}

calc_status math_root(num *out, const num *x, const num *y)
{
    if (num_is_zero(y))
        return CALC_ERR_DIV_ZERO;
    num one, inv;
    num_from_int(&one, 1);
    calc_status s = num_div(&inv, &one, y);
    if (s != CALC_OK)
        return s;
    return math_pow(out, x, &inv);
}

calc_status math_sqr(num *out, const num *x)
{
    calc_status s = num_mul(out, x, x);
    return s != CALC_OK ? s : mf_finish_num(out);
}

calc_status math_cube(num *out, const num *x)
{
    num t;
    calc_status s = num_mul(&t, x, x);
    if (s == CALC_OK)
        s = num_mul(out, &t, x);
    return s != CALC_OK ? s : mf_finish_num(out);
}

calc_status math_recip(num *out, const num *x)
{
    if (num_is_zero(x))
        return CALC_ERR_DIV_ZERO;
    num one;
    num_from_int(&one, 1);
    calc_status s = num_div(out, &one, x);
    return s != CALC_OK ? s : mf_finish_num(out);
}

calc_status math_sqrt(num *out, const num *x)
{
    if (num_sign(x) < 0)
        return CALC_ERR_INVALID;
    if (num_is_zero(x)) {
        num_zero(out);
        return CALC_OK;
    }
    if (exact_root(out, x, 2))
        return mf_finish_num(out);
    bf X, r;
    bf_from_num(&X, x, WP + 1);
    bf_sqrt(&r, &X, WP);
    return mf_finish(out, &r);
}

calc_status math_cbrt(num *out, const num *x)
{
    num third;
    mf_num_ratio(&third, 1, 3);
    return math_pow(out, x, &third);
}

calc_status math_pow10(num *out, const num *x)
{
    num ten;
    num_from_int(&ten, 10);
    return math_pow(out, &ten, x);
}

calc_status math_pow2(num *out, const num *x)
{
    num two;
    num_from_int(&two, 2);
    return math_pow(out, &two, x);
}
