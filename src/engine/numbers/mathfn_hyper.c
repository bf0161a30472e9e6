/* mathfn_hyper: hyperbolic functions and their inverses.
 *
 * Built on expm1 and log1p so that small arguments keep all their digits
 * (sinh 1e-50, asinh 1e-50, acosh(1 + 1e-60)). Arguments >= 1e100 are
 * rejected with Invalid input like the circular functions, inverses
 * included (Windows checks both families before computing); beyond |x| = 23100 e^x is past 1e10000 and the answer is
 * Overflow without computing, while tanh and coth are +-1 to 128 digits
 * from |x| = 150 on. Reciprocal functions divide as Windows does, so
 * csch 0 and coth 0 are "Cannot divide by zero". */
#include "mathfn_internal.h"

#define WP BF_WP


static bool beyond(const bf *ax, uint32_t limit)
{
    bf lim;
    bf_from_u64(&lim, limit);
    return bf_cmp_abs(ax, &lim) > 0;
}

typedef enum { H_SINH, H_COSH, H_TANH } hyp_fn;

/* sinh, cosh or tanh of x on the working type */
static calc_status hyp(bf *r, const num *x, hyp_fn fn)
{
    bf X, ax, one, em, t;
    bf_from_num(&X, x, WP + 1);
    bf_abs(&ax, &X);
    bf_from_u64(&one, 1);
    if (fn == H_TANH) {
        if (beyond(&ax, 150)) {
            *r = one;
        } else {
            bf_mul_small(&t, &ax, 2, WP + 1);
            bf_expm1(&em, &t);
            bf_add(&t, &em, &one, WP + 1);
            bf_add(&t, &t, &one, WP + 1);
            bf_div(r, &em, &t, WP + 1);
        }
        r->neg = X.neg && r->n;
        return CALC_OK;
    }
    if (beyond(&ax, 23100))
        return CALC_ERR_OVERFLOW;
    if (fn == H_SINH && bf_cmp(&ax, &one) < 0) {
        /* (em + em / (em + 1)) / 2 */
        bf_expm1(&em, &ax);
        bf_add(&t, &em, &one, WP + 1);
        bf_div(&t, &em, &t, WP + 1);
        bf_add(&t, &t, &em, WP + 1);
        bf_div_small(r, &t, 2, WP + 1);
        r->neg = X.neg && r->n;
        return CALC_OK;
    }
    bf E, inv;
    bf_exp(&E, &ax);
    bf_div(&inv, &one, &E, WP + 1);
    if (fn == H_SINH)
        bf_sub(&t, &E, &inv, WP + 1);
    else
        bf_add(&t, &E, &inv, WP + 1);
    bf_div_small(r, &t, 2, WP + 1);
    if (fn == H_SINH)
        r->neg = X.neg && r->n;
    return CALC_OK;
}

static calc_status hyp_out(num *out, const num *x, hyp_fn fn, bool recip)
{
    if (mf_too_big_for_trig(x))
        return CALC_ERR_INVALID;
    if (num_is_zero(x)) {
        if (fn == H_COSH) {
            num_from_int(out, 1);
            return CALC_OK;
        }
        if (recip)
            return CALC_ERR_DIV_ZERO;
        num_zero(out);
        return CALC_OK;
    }
    bf r;
    calc_status s = hyp(&r, x, fn);
    if (s != CALC_OK)
        return s;
    if (recip) {
        bf one;
        bf_from_u64(&one, 1);
        bf_div(&r, &one, &r, WP);
    }
    return mf_finish(out, &r);
}

calc_status math_sinh(num *out, const num *x) { return hyp_out(out, x, H_SINH, false); }
calc_status math_cosh(num *out, const num *x) { return hyp_out(out, x, H_COSH, false); }
calc_status math_tanh(num *out, const num *x) { return hyp_out(out, x, H_TANH, false); }
calc_status math_sech(num *out, const num *x) { return hyp_out(out, x, H_COSH, true); }
calc_status math_csch(num *out, const num *x) { return hyp_out(out, x, H_SINH, true); }
calc_status math_coth(num *out, const num *x) { return hyp_out(out, x, H_TANH, true); }

/* ------------------------------------------------------------ inverses */

static calc_status asinh_core(num *out, const num *x)
{
    if (num_is_zero(x)) {
        num_zero(out);
        return CALC_OK;
    }
    bf X, a, one, t, r;
    bf_from_num(&X, x, WP + 1);
    bf_abs(&a, &X);
    bf_from_u64(&one, 1);
    bf_mul(&t, &a, &a, WP + 1);
    bf_add(&t, &t, &one, WP + 1);
    bf_sqrt(&t, &t, WP + 1); /* sqrt(1 + a^2) */
    bf half;
    bf_from_u64(&half, 1);
    bf_div_small(&half, &half, 2, WP);
    if (bf_cmp(&a, &half) < 0) {
        /* log1p(a + a^2 / (1 + sqrt(1 + a^2))) */
        bf a2, d;
        bf_add(&d, &t, &one, WP + 1);
        bf_mul(&a2, &a, &a, WP + 1);
        bf_div(&d, &a2, &d, WP + 1);
        bf_add(&d, &d, &a, WP + 1);
        bf_log1p(&r, &d);
    } else {
        bf_add(&t, &t, &a, WP + 1);
        bf_ln(&r, &t);
    }
    r.neg = X.neg && r.n;
    return mf_finish(out, &r);
}

static calc_status acosh_core(num *out, const num *x)
{
    num one;
    num_from_int(&one, 1);
    int c = num_cmp(x, &one);
    if (c < 0)
        return CALC_ERR_INVALID;
    if (c == 0) {
        num_zero(out);
        return CALC_OK;
    }
    /* log1p(d + sqrt(d (d + 2))) with d = x - 1 exact */
    num dn;
    num_sub(&dn, x, &one);
    bf d, t, two, r;
    bf_from_num(&d, &dn, WP + 1);
    bf_from_u64(&two, 2);
    bf_add(&t, &d, &two, WP + 1);
    bf_mul(&t, &t, &d, WP + 1);
    bf_sqrt(&t, &t, WP + 1);
    bf_add(&t, &t, &d, WP + 1);
    bf_log1p(&r, &t);
    return mf_finish(out, &r);
}

static calc_status atanh_core(num *out, const num *x)
{
    num one, ax, rest;
    num_from_int(&one, 1);
    num_abs(&ax, x);
    /* 1 - |x| as the calculator subtracts, noise aware (number.h): an inexact
     * x within the noise of +-1 (tanh 144, asin(sin 1) in degrees; both show
     * 1) is +-1, and the 1 - x divided by below would be 0 (issue 17). */
    num_sub(&rest, &one, &ax);
    if (num_sign(&rest) <= 0)
        return CALC_ERR_INVALID; /* +-1 would be infinite */
    if (num_is_zero(x)) {
        num_zero(out);
        return CALC_OK;
    }
    bf X, r;
    bf_from_num(&X, x, WP + 1);
    bf third;
    bf_from_u64(&third, 1);
    bf_div_small(&third, &third, 3, WP);
    if (bf_cmp_abs(&X, &third) <= 0) {
        bf_atanh_series(&r, &X);
    } else {
        /* log1p(2x / (1 - x)) / 2; 1 - x is not 0 (rest > 0 above for x > 0) */
        num omx;
        num_sub(&omx, &one, x);
        bf den, t;
        bf_from_num(&den, &omx, WP + 1);
        bf_mul_small(&t, &X, 2, WP + 1);
        bf_div(&t, &t, &den, WP + 1);
        bf_log1p(&r, &t);
        bf_div_small(&r, &r, 2, WP + 1);
    }
    return mf_finish(out, &r);
}

static calc_status via_recip(num *out, const num *x, calc_status (*fn)(num *, const num *))
{
    num r;
    calc_status s = mf_recip_arg(&r, x);
    return s != CALC_OK ? s : fn(out, &r);
}

/* the 1e100 check applies to the argument as typed, not to its reciprocal */
static calc_status checked(num *out, const num *x, calc_status (*fn)(num *, const num *))
{
    if (mf_too_big_for_trig(x))
        return CALC_ERR_INVALID;
    return fn(out, x);
}

calc_status math_asinh(num *out, const num *x) { return checked(out, x, asinh_core); }
calc_status math_acosh(num *out, const num *x) { return checked(out, x, acosh_core); }
calc_status math_atanh(num *out, const num *x) { return checked(out, x, atanh_core); }
calc_status math_asech(num *out, const num *x) { return via_recip(out, x, acosh_core); }
calc_status math_acsch(num *out, const num *x) { return via_recip(out, x, asinh_core); }
calc_status math_acoth(num *out, const num *x) { return via_recip(out, x, atanh_core); }
