/* finance_tvm: the time-value-of-money equation (Contract 4)
 *     pv + pmt (1 + i due) (1 - (1+i)^-n) / i + fv (1+i)^-n = 0
 * solved for any one of n, i, pv, pmt, fv.
 *
 * Where the digits go:
 *   - (1+i)^n is exp(n log1p(i)) and (1+i)^n - 1 is expm1(n log1p(i)), so a
 *     tiny rate never meets 1 - (something close to 1): log1p and expm1
 *     (finance_num.c) keep all 128 digits there, and the division by i is of
 *     two numbers that both carry them. (1+i)^n itself comes from exp, never
 *     as 1 + expm1, which would lose it when it is tiny.
 *   - With A = pmt (1 + i due) / i the equation is (pv + A) + (fv - A) v^n = 0.
 *     pv + A and fv - A are exact (the inputs and i are), so this form keeps
 *     what pv g + pmt s would cancel away when (1+i)^+-n is large (an
 *     interest-only loan keeps fv = -pv exactly). A costs log10(1/i) digits,
 *     so rates per period below 10^-30 keep the expm1 form.
 *   - In the rate search a whole n up to POW_MAX uses binary powers of
 *     1/(1+i) with their sums (fin_pow_sum): no cancellation at any rate and
 *     about half the cost of ln and exp. */
#include "finance_internal.h"

#include <string.h>

/* below this rate per period (10^-30) the expm1 form replaces the A form */
#define A_FORM_BELOW (-30)
/* e^x for |x| beyond this is out of the engine's range (10^9999 ~ e^23024). */
#define EXP_LIMIT 23000

typedef enum { FIT, TOO_SMALL, TOO_LARGE } range;

static range exp_range(const num *x)
{
    num lim;
    num_from_int(&lim, EXP_LIMIT);
    if (num_cmp_abs(x, &lim) <= 0)
        return FIT;
    return num_sign(x) < 0 ? TOO_SMALL : TOO_LARGE;
}

/* x = n log1p(i) */
static calc_status n_log(num *x, const num *i, const num *n)
{
    num l;
    calc_status s = fin_log1p(&l, i);
    return s != CALC_OK ? s : num_mul(x, n, &l);
}

calc_status fin_growth(num *g, num *s, const num *i, const num *n)
{
    num one, x, e;
    num_from_int(&one, 1);
    if (num_is_zero(i)) {
        *g = one;
        *s = *n;
        return CALC_OK;
    }
    calc_status st = n_log(&x, i, n);
    if (st != CALC_OK)
        return st;
    switch (exp_range(&x)) {
    case TOO_LARGE:
        return CALC_ERR_OVERFLOW;
    case TOO_SMALL:   /* (1+i)^n vanishes */
        num_zero(g);
        num_neg(&e, &one);
        return num_div(s, &e, i);
    case FIT:
        break;
    }
    /* g straight from exp (1 + expm1 would lose a tiny g to cancellation);
     * g - 1 keeps >= 108 digits unless x is tiny, where expm1's series serves */
    if ((st = math_exp(g, &x)) != CALC_OK)
        return st;
    if (num_ilog10(&x) < -20)
        st = fin_expm1(&e, &x);
    else
        st = num_sub(&e, g, &one);
    return st != CALC_OK ? st : num_div(s, &e, i);
}

/* v = (1+i)^-n and a = (1 - v) / i */
static calc_status discount(num *v, num *a, const num *i, const num *n)
{
    num mn;
    num_neg(&mn, n);
    calc_status st = fin_growth(v, a, i, &mn);
    if (st == CALC_OK)
        num_neg(a, a);   /* ((1+i)^-n - 1) / i = -a */
    return st;
}

/* The same for a whole n up to POW_MAX: v^n and a = v (1 + v + ... + v^(n-1))
 * by binary powering (fin_pow_sum), about half the cost of ln and exp, with
 * no cancellation at any rate. */
#define POW_MAX 65536
static calc_status discount_whole(num *v, num *a, const num *i, uint64_t n)
{
    num one, w, sum;
    calc_status s;
    num_from_int(&one, 1);
    if ((s = num_add(&w, &one, i)) != CALC_OK || (s = num_div(&w, &one, &w)) != CALC_OK ||
        (s = fin_pow_sum(v, &sum, &w, n)) != CALC_OK)
        return s;
    return num_mul(a, &sum, &w);
}

/* k = 1 + i due */
static void due_factor(num *k, const num *i, bool begin)
{
    num one;
    num_from_int(&one, 1);
    if (begin)
        num_add(k, &one, i);
    else
        *k = one;
}

/* f(i) = pv + pmt k a + fv v (also the pv solve, with pv = 0), and when df is not NULL
 * f'(i) = pmt (due a + k a') + fv v' with v' = -n v / (1+i) and
 * a' = (n v / (1+i) - a) / i (-n (n+1) / 2 at i = 0). */
static calc_status residual_d(void *ctx, const num *i, num *out, num *df)
{
    const fin_tvm_num *t = ctx;
    num v, a, k, x, y;
    int64_t whole = 0;
    calc_status s;
    if (num_is_integer(&t->n) && num_to_int64(&t->n, &whole) && whole >= 1 && whole <= POW_MAX)
        s = discount_whole(&v, &a, i, (uint64_t)whole);
    else
        s = discount(&v, &a, i, &t->n);
    if (s != CALC_OK)
        return s;
    due_factor(&k, i, t->begin);
    if (df != NULL) {
        num one, w, da, dv;   /* w = n v / (1+i) */
        num_from_int(&one, 1);
        if ((s = num_add(&w, &one, i)) != CALC_OK || (s = num_div(&w, &v, &w)) != CALC_OK ||
            (s = num_mul(&w, &w, &t->n)) != CALC_OK)
            return s;
        num_neg(&dv, &w);
        if (num_is_zero(i)) {
            num_add(&da, &t->n, &one);
            num_mul(&da, &da, &t->n);
            num_from_int(&y, -2);
            num_div(&da, &da, &y);
        } else if ((s = num_sub(&da, &w, &a)) != CALC_OK || (s = num_div(&da, &da, i)) != CALC_OK) {
            return s;
        }
        if ((s = num_mul(&da, &da, &k)) != CALC_OK)
            return s;
        if (t->begin && (s = num_add(&da, &da, &a)) != CALC_OK)
            return s;
        if ((s = num_mul(&da, &da, &t->pmt)) != CALC_OK || (s = num_mul(&dv, &dv, &t->fv)) != CALC_OK ||
            (s = num_add(df, &da, &dv)) != CALC_OK)
            return s;
    }
    if (!num_is_zero(i) && num_ilog10(i) >= A_FORM_BELOW) {
        /* f = (pv + A) + v (fv - A) with A = pmt k / i: pmt k a and fv v,
         * which cancel when v is large, are never formed (as for fv) */
        if ((s = num_mul(&x, &t->pmt, &k)) != CALC_OK || (s = num_div(&x, &x, i)) != CALC_OK ||
            (s = num_sub(&y, &t->fv, &x)) != CALC_OK || (s = num_add(&x, &x, &t->pv)) != CALC_OK ||
            (s = num_mul(&v, &v, &y)) != CALC_OK)
            return s;
        return num_add(out, &x, &v);
    }
    if ((s = num_mul(&x, &t->pmt, &k)) != CALC_OK || (s = num_mul(&x, &x, &a)) != CALC_OK ||
        (s = num_add(&x, &x, &t->pv)) != CALC_OK || (s = num_mul(&v, &v, &t->fv)) != CALC_OK)
        return s;
    return num_add(out, &x, &v);
}

static calc_status residual(void *ctx, const num *i, num *out)
{
    return residual_d(ctx, i, out, NULL);
}

static fin_status solve_rate(fin_tvm_num *t)
{
    int sp = num_sign(&t->pv), sm = num_sign(&t->pmt), sf = num_sign(&t->fv);
    if (num_sign(&t->n) <= 0)
        return FIN_NO_SOLUTION;
    /* every term has the sign of its amount (a, v, k > 0): no change, no root */
    if ((sp >= 0 && sm >= 0 && sf >= 0) || (sp <= 0 && sm <= 0 && sf <= 0))
        return FIN_NO_SOLUTION;
    num scale, one;
    num_from_int(&one, 1);
    scale = num_cmp(&t->n, &one) < 0 ? one : t->n;
    /* a whole n makes the problem the flows (pv + pmt due, pmt x (n-1),
     * pmt (1-due) + fv): with one sign change the root is unique */
    int hint = 0;
    if (num_is_integer(&t->n)) {
        num zero, f0, c0, cn;
        num_zero(&zero);
        num_zero(&c0);
        if (t->begin)
            c0 = t->pmt;
        num_add(&c0, &c0, &t->pv);
        cn = t->fv;
        if (!t->begin)
            num_add(&cn, &cn, &t->pmt);
        int signs[3] = { num_sign(&c0), num_cmp(&t->n, &one) > 0 ? num_sign(&t->pmt) : 0, num_sign(&cn) };
        if (residual(t, &zero, &f0) == CALC_OK)
            hint = fin_side_hint(signs, 3, num_sign(&f0));
    }
    return fin_find_rate(residual_d, t, true, &scale, hint, &t->i);
}

static fin_status solve_n(fin_tvm_num *t)
{
    calc_status s;
    num a, d, l;
    if (num_is_zero(&t->i)) {   /* pv + pmt n + fv = 0 */
        if (num_is_zero(&t->pmt))
            return FIN_NO_SOLUTION;
        if ((s = num_add(&a, &t->pv, &t->fv)) != CALC_OK || (s = num_div(&t->n, &a, &t->pmt)) != CALC_OK)
            return fin_from_calc(s);
        num_neg(&t->n, &t->n);
        return FIN_OK;
    }
    /* (1+i)^n (pv + A) = A - fv with A = pmt k / i, so
     * (1+i)^n - 1 = -(pv + fv) / (pv + A) and n = log1p(that) / log1p(i). */
    due_factor(&a, &t->i, t->begin);
    if ((s = num_mul(&a, &a, &t->pmt)) != CALC_OK || (s = num_div(&a, &a, &t->i)) != CALC_OK ||
        (s = num_add(&a, &a, &t->pv)) != CALC_OK)
        return fin_from_calc(s);
    if (num_is_zero(&a))
        return FIN_NO_SOLUTION;
    if ((s = num_add(&d, &t->pv, &t->fv)) != CALC_OK || (s = num_div(&d, &d, &a)) != CALC_OK)
        return fin_from_calc(s);
    num_neg(&d, &d);
    num mone;
    num_from_int(&mone, -1);
    if (num_cmp(&d, &mone) <= 0)
        return FIN_NO_SOLUTION;   /* (1+i)^n would be <= 0 */
    if ((s = fin_log1p(&d, &d)) != CALC_OK || (s = fin_log1p(&l, &t->i)) != CALC_OK ||
        (s = num_div(&t->n, &d, &l)) != CALC_OK)
        return fin_from_calc(s);
    return FIN_OK;
}

fin_status fin_tvm_solve_num(fin_tvm_num *t, fin_field field)
{
    num mone, v, a, k, x;
    calc_status s = CALC_OK;
    num_from_int(&mone, -1);
    if (field != FIN_RATE && num_cmp(&t->i, &mone) <= 0)
        return FIN_NO_SOLUTION;   /* (1+i)^n is not defined */
    switch (field) {
    case FIN_RATE:
        return solve_rate(t);
    case FIN_N:
        return solve_n(t);
    case FIN_PV:   /* pv = -(pmt k a + fv v) */
        num_zero(&t->pv);
        if ((s = residual(t, &t->i, &x)) == CALC_OK)
            num_neg(&t->pv, &x);
        return fin_from_calc(s);
    case FIN_PMT:  /* pmt = -(pv + fv v) / (k a) */
        if ((s = discount(&v, &a, &t->i, &t->n)) != CALC_OK)
            return fin_from_calc(s);
        due_factor(&k, &t->i, t->begin);
        if ((s = num_mul(&v, &v, &t->fv)) != CALC_OK || (s = num_add(&v, &v, &t->pv)) != CALC_OK ||
            (s = num_mul(&a, &a, &k)) != CALC_OK)
            return fin_from_calc(s);
        if (num_is_zero(&a))
            return FIN_NO_SOLUTION;
        if ((s = num_div(&t->pmt, &v, &a)) != CALC_OK)
            return fin_from_calc(s);
        num_neg(&t->pmt, &t->pmt);
        return FIN_OK;
    case FIN_FV: { /* fv = -(pv g + pmt k s) with g = (1+i)^n, s = (g - 1) / i */
        num g, sg;
        if ((s = fin_growth(&g, &sg, &t->i, &t->n)) != CALC_OK)
            return fin_from_calc(s);
        due_factor(&k, &t->i, t->begin);
        if (!num_is_zero(&t->i) && num_ilog10(&t->i) >= A_FORM_BELOW) {
            /* fv = A - g (pv + A) with A = pmt k / i, where pv + A is exact
             * (pv, pmt, i are), so pv g and pmt k s, which may cancel far
             * below their size (an interest-only loan keeps fv = -pv exactly),
             * are never formed; A is at most 10^30 times the payments, which
             * costs at most 30 of the 128 digits */
            if ((s = num_mul(&x, &t->pmt, &k)) != CALC_OK || (s = num_div(&x, &x, &t->i)) != CALC_OK ||
                (s = num_add(&a, &t->pv, &x)) != CALC_OK || (s = num_mul(&a, &a, &g)) != CALC_OK ||
                (s = num_sub(&t->fv, &x, &a)) != CALC_OK)
                return fin_from_calc(s);
            return FIN_OK;
        }
        if ((s = num_mul(&g, &g, &t->pv)) != CALC_OK || (s = num_mul(&sg, &sg, &k)) != CALC_OK ||
            (s = num_mul(&sg, &sg, &t->pmt)) != CALC_OK || (s = num_add(&t->fv, &g, &sg)) != CALC_OK)
            return fin_from_calc(s);
        num_neg(&t->fv, &t->fv);
        return FIN_OK;
    }
    }
    return FIN_BAD_INPUT;
}

fin_status fin_tvm_solve(const fin_tvm *in, fin_field field, char *out)
{
    fin_tvm_num t;
    num rate, ppy, hundred;
    fin_status st = FIN_OK;
    const char *zero = "0";
    out[0] = '\0';
    if (in == NULL || (unsigned)field > FIN_FV)
        return FIN_BAD_INPUT;
    /* the solved field is not read */
    if ((st = fin_parse(&t.n, field == FIN_N ? zero : in->n, NULL)) != FIN_OK ||
        (st = fin_parse(&rate, field == FIN_RATE ? zero : in->rate, NULL)) != FIN_OK ||
        (st = fin_parse(&t.pv, field == FIN_PV ? zero : in->pv, NULL)) != FIN_OK ||
        (st = fin_parse(&t.pmt, field == FIN_PMT ? zero : in->pmt, NULL)) != FIN_OK ||
        (st = fin_parse(&t.fv, field == FIN_FV ? zero : in->fv, NULL)) != FIN_OK ||
        (st = fin_parse(&ppy, in->ppy, "12")) != FIN_OK ||
        (st = fin_period_rate(&t.i, &rate, &ppy)) != FIN_OK)
        return st;
    t.begin = in->begin;
    if ((st = fin_tvm_solve_num(&t, field)) != FIN_OK)
        return st;
    const num *r = field == FIN_N ? &t.n : field == FIN_PV ? &t.pv : field == FIN_PMT ? &t.pmt : &t.fv;
    if (field == FIN_RATE) {   /* annual percentage = 100 ppy i */
        num_from_int(&hundred, 100);
        if (num_mul(&rate, &t.i, &hundred) != CALC_OK || num_mul(&rate, &rate, &ppy) != CALC_OK)
            return FIN_OVERFLOW;
        r = &rate;
    }
    return fin_format(r, out);
}
