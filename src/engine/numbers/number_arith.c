/* number_arith: exact rational arithmetic with 128-digit trimming (see number.h).
 * Every operation does bounded work whatever the exponents: operands are never
 * shifted by more than a few hundred digits. */
#include "number_internal.h"

static int64_t clamp64(int64_t e)
{
    if (e > NUMI_EXP_LIMIT)
        return NUMI_EXP_LIMIT;
    if (e < -NUMI_EXP_LIMIT)
        return -NUMI_EXP_LIMIT;
    return e;
}

void num_neg(num *r, const num *a)
{
    if (r != a)
        *r = *a;
    if (!num_is_zero(r))
        r->neg = !r->neg;
}

void num_abs(num *r, const num *a)
{
    if (r != a)
        *r = *a;
    r->neg = false;
}

/* Adds magnitudes-with-signs of x and y, |x| >= |y| > 0. */
static void add_ordered(num *r, const num *xin, const num *yin)
{
    num x = *xin, y = *yin;
    bool inexact = x.inexact || y.inexact;
    int64_t lx = num_ilog10(&x), ly = num_ilog10(&y);
    int64_t sticky_gap = NUM_PRECISION + 4 + bi_digits(&x.q);
    if (lx - ly > sticky_gap) {
        /* y lies far below x's last kept digit (and below x's distance to any
         * rounding boundary): replace it by a tiny value of the same sign, which
         * rounds identically but keeps the shifts below small. */
        bi_from_u64(&y.p, 1);
        bi_from_u64(&y.q, 1);
        y.exp = (int32_t)clamp64(lx - sticky_gap - 1);
        inexact = true;
    }
    int64_t e = x.exp < y.exp ? x.exp : y.exp;
    bigint t1, t2;
    bi_mul(&t1, &x.p, &y.q);
    bi_mul_pow10(&t1, &t1, (int)(x.exp - e));
    bi_mul(&t2, &y.p, &x.q);
    bi_mul_pow10(&t2, &t2, (int)(y.exp - e));
    bi_mul(&r->q, &x.q, &y.q);
    if (x.neg == y.neg) {
        bi_add(&r->p, &t1, &t2);
        r->neg = x.neg;
    } else if (bi_cmp(&t1, &t2) >= 0) {
        bi_sub(&r->p, &t1, &t2);
        r->neg = x.neg;
    } else {
        bi_sub(&r->p, &t2, &t1);
        r->neg = y.neg;
    }
    r->inexact = inexact;
    numi_finish(r, e, true);

    /* noise-aware cancellation: inexact operands that cancel almost completely give 0 */
    if ((xin->inexact || yin->inexact) && !num_is_zero(r)) {
        num t = *r;
        t.exp = (int32_t)clamp64((int64_t)t.exp + NUM_CANCEL_DIGITS);
        if (numi_cmp_mag(&t, xin) < 0)
            num_zero(r);
    }
}

calc_status num_add(num *r, const num *a, const num *b)
{
    if (num_is_zero(a)) {
        if (r != b)
            *r = *b;
        return CALC_OK;
    }
    if (num_is_zero(b)) {
        if (r != a)
            *r = *a;
        return CALC_OK;
    }
    num res;
    if (numi_cmp_mag(a, b) >= 0)
        add_ordered(&res, a, b);
    else
        add_ordered(&res, b, a);
    *r = res;
    return CALC_OK;
}

calc_status num_sub(num *r, const num *a, const num *b)
{
    num nb;
    num_neg(&nb, b);
    return num_add(r, a, &nb);
}

/* r = (pa/qa * 10^ea) * (pb/qb * 10^eb) with each pair coprime. */
static void mul_parts(num *r, const bigint *pa, const bigint *qa, int64_t ea, const bigint *pb,
                      const bigint *qb, int64_t eb, bool neg, bool inexact)
{
    bigint g1, g2, x1, x2, y1, y2;
    /* cross-reduce so the product is already in lowest terms */
    bi_gcd(&g1, pa, qb);
    bi_gcd(&g2, pb, qa);
    bi_divmod(&x1, NULL, pa, &g1);
    bi_divmod(&y2, NULL, qb, &g1);
    bi_divmod(&x2, NULL, pb, &g2);
    bi_divmod(&y1, NULL, qa, &g2);
    bi_mul(&r->p, &x1, &x2);
    bi_mul(&r->q, &y1, &y2);
    r->neg = neg;
    r->inexact = inexact;
    numi_finish(r, clamp64(ea + eb), false);
}

calc_status num_mul(num *r, const num *a, const num *b)
{
    if (num_is_zero(a) || num_is_zero(b)) {
        num_zero(r);
        return CALC_OK;
    }
    num res;
    mul_parts(&res, &a->p, &a->q, a->exp, &b->p, &b->q, b->exp, a->neg != b->neg,
              a->inexact || b->inexact);
    *r = res;
    return CALC_OK;
}

calc_status num_div(num *r, const num *a, const num *b)
{
    if (num_is_zero(b))
        return num_is_zero(a) ? CALC_ERR_UNDEFINED : CALC_ERR_DIV_ZERO;
    if (num_is_zero(a)) {
        num_zero(r);
        return CALC_OK;
    }
    num res;
    mul_parts(&res, &a->p, &a->q, a->exp, &b->q, &b->p, -(int64_t)b->exp, a->neg != b->neg,
              a->inexact || b->inexact);
    *r = res;
    return CALC_OK;
}

/* r = 10^e mod m, by square and multiply (e up to ~2^31: ~31 steps). */
static void pow10_mod(bigint *r, int64_t e, const bigint *m)
{
    bigint base, t;
    bi_from_u64(r, 1);
    bi_from_u64(&base, 10);
    bi_divmod(NULL, &base, &base, m);
    bi_divmod(NULL, r, r, m);
    while (e > 0) {
        if (e & 1) {
            bi_mul(&t, r, &base);
            bi_divmod(NULL, r, &t, m);
        }
        e >>= 1;
        if (e) {
            bi_mul(&t, &base, &base);
            bi_divmod(NULL, &base, &t, m);
        }
    }
}

/* Truncated remainder a - b*trunc(a/b), b != 0, computed exactly even when
 * a/b is astronomically large: |rem| = |b| * frac(|a/b|). */
static void rem_core(num *r, const num *a, const num *b)
{
    if (num_is_zero(a) || numi_cmp_mag(a, b) < 0) {
        if (r != a)
            *r = *a;
        return;
    }
    bool inexact = a->inexact || b->inexact;
    bool neg = a->neg;
    bigint n, d, rn;
    bi_mul(&n, &a->p, &b->q);
    bi_mul(&d, &a->q, &b->p);
    int64_t e = (int64_t)a->exp - b->exp;
    if (e >= 0) {
        bigint nm, pw, t;
        bi_divmod(NULL, &nm, &n, &d);
        pow10_mod(&pw, e, &d);
        bi_mul(&t, &nm, &pw);
        bi_divmod(NULL, &rn, &t, &d);
    } else {
        /* |a| >= |b| keeps d * 10^-e no longer than n */
        bigint dd;
        bi_mul_pow10(&dd, &d, (int)-e);
        bi_divmod(NULL, &rn, &n, &dd);
    }
    /* |rem| = |b| * frac(|a/b|) = |b| * rn/(d*10^max(0,-e)), and the factor pb of |b| cancels against dd:
     * |rem| = rn / (qa*qb) * 10^min(ea, eb) */
    r->p = rn;
    bi_mul(&r->q, &a->q, &b->q);
    r->neg = neg;
    r->inexact = inexact;
    numi_finish(r, a->exp < b->exp ? a->exp : b->exp, true);
}

calc_status num_rem(num *r, const num *a, const num *b)
{
    if (num_is_zero(b))
        return CALC_ERR_UNDEFINED;
    num res;
    rem_core(&res, a, b);
    *r = res;
    return CALC_OK;
}

calc_status num_mod(num *r, const num *a, const num *b)
{
    if (num_is_zero(b)) {
        if (r != a)
            *r = *a;
        return CALC_OK;
    }
    num res;
    rem_core(&res, a, b);
    if (!num_is_zero(&res) && res.neg != b->neg) {
        num bb = *b;
        num_add(&res, &res, &bb);
    }
    *r = res;
    return CALC_OK;
}

/* |trunc(a)| into r (sign of a kept); *had_frac tells whether a fraction was cut. */
static void trunc_core(num *r, const num *a, bool *had_frac)
{
    *had_frac = false;
    if (num_is_integer(a)) {
        if (r != a)
            *r = *a;
        return;
    }
    bool neg = a->neg, inexact = a->inexact;
    int32_t l = num_ilog10(a);
    if (l < 0) {
        num_zero(r);
        *had_frac = true;
        return;
    }
    if (l >= NUM_PRECISION) {
        /* more integer digits than we keep: the fraction lies below the trimming */
        bigint m;
        int32_t lead;
        numi_round_digits(a, NUM_PRECISION, &m, &lead, NULL);
        num_from_decimal(r, &m, lead - NUM_PRECISION + 1, neg, true);
        return;
    }
    bigint ip, rm, t;
    if (a->exp >= 0) {
        bi_mul_pow10(&t, &a->p, a->exp);
        bi_divmod(&ip, &rm, &t, &a->q);
    } else {
        bi_mul_pow10(&t, &a->q, -a->exp);
        bi_divmod(&ip, &rm, &a->p, &t);
    }
    *had_frac = !bi_is_zero(&rm);
    num_from_decimal(r, &ip, 0, neg, inexact);
}

void num_trunc(num *r, const num *a)
{
    bool f;
    trunc_core(r, a, &f);
}

/* r = trunc(a) moved one unit away from zero */
static void away_by_one(num *r, const num *a)
{
    bool neg = a->neg, inexact = a->inexact;
    num t;
    num_trunc(&t, a);
    num one;
    num_from_int(&one, neg ? -1 : 1);
    num_add(r, &t, &one);
    r->inexact = inexact && !num_is_zero(r);
}

void num_floor(num *r, const num *a)
{
    bool f;
    num t;
    trunc_core(&t, a, &f);
    if (f && a->neg)
        away_by_one(&t, a);
    *r = t;
}

void num_ceil(num *r, const num *a)
{
    bool f;
    num t;
    trunc_core(&t, a, &f);
    if (f && !a->neg)
        away_by_one(&t, a);
    *r = t;
}

void num_round_sig(num *r, const num *a, int digits)
{
    if (digits < 1)
        digits = 1;
    if (num_is_zero(a) || (bi_is_one(&a->q) && bi_digits(&a->p) <= digits)) {
        if (r != a)
            *r = *a;
        return;
    }
    bigint m;
    int32_t lead;
    bool neg = a->neg, inexact = a->inexact;
    numi_round_digits(a, digits, &m, &lead, NULL);
    num_from_decimal(r, &m, (int32_t)clamp64((int64_t)lead - digits + 1), neg, inexact);
}

calc_status num_check_range(const num *a)
{
    if (num_is_zero(a))
        return CALC_OK;
    int32_t l = num_ilog10(a);
    if (l > NUM_MAX_EXP || l < -NUM_MAX_EXP)
        return CALC_ERR_OVERFLOW;
    return CALC_OK;
}

calc_status num_check_range_prec(const num *a, int precision)
{
    if (num_is_zero(a))
        return CALC_OK;
    bigint m;
    int32_t lead;
    numi_round_digits(a, precision < 1 ? 1 : precision, &m, &lead, NULL);
    if (lead > NUM_MAX_EXP || lead < -NUM_MAX_EXP)
        return CALC_ERR_OVERFLOW;
    return CALC_OK;
}
