/* finance_num: text in and out, statuses, and the small math the solvers
 * share (log1p, expm1, rate per period, binary powers with their sums). */
#include "finance_internal.h"

#include <string.h>

/* Below this magnitude (10^-20) ln(1+x) and e^y - 1 use their series: 1 + x
 * would keep fewer than 108 of x's 128 digits once rounded. Above it the
 * rounding of 1 + x (or of e^y before subtracting 1) loses at most 20 of the
 * 128 digits, which leaves far more than the 16 we show. */
#define SERIES_BELOW (-20)

fin_status fin_parse(num *r, const char *s, const char *dflt)
{
    if (s == NULL || *s == '\0') {
        if (dflt == NULL)
            return FIN_BAD_INPUT;
        s = dflt;
    }
    if (num_parse(r, s) != CALC_OK || num_check_range(r) != CALC_OK)
        return FIN_BAD_INPUT;
    return FIN_OK;
}

bool fin_valid_number(const char *text)
{
    num r;
    return fin_parse(&r, text, NULL) == FIN_OK;
}

fin_status fin_format(const num *a, char *out)
{
    char buf[64 + NUM_PRECISION];
    out[0] = '\0';
    if (num_check_range_prec(a, FIN_DIGITS) != CALC_OK)
        return FIN_OVERFLOW;
    int len = num_format(a, FIN_DIGITS, false, buf, sizeof buf);
    if (len < 0 || len >= FIN_TEXT_MAX)
        return FIN_OVERFLOW;
    memcpy(out, buf, (size_t)len + 1);
    return FIN_OK;
}

fin_status fin_from_calc(calc_status s)
{
    switch (s) {
    case CALC_OK:
        return FIN_OK;
    case CALC_ERR_OVERFLOW:
        return FIN_OVERFLOW;
    default:
        return FIN_NO_SOLUTION;
    }
}

/* sum of sign * t^k / div(k) for k >= 1 until the terms stop mattering;
 * div(k) is k (log1p) or k! (expm1). */
static calc_status series(num *r, const num *x, bool alternate, bool factorial)
{
    num sum = *x, pw = *x, term, d;
    calc_status s = CALC_OK;
    int32_t lead = num_ilog10(x);
    num_from_int(&d, 1);
    for (int k = 2; k < 40 && s == CALC_OK; k++) {
        num kk;
        num_from_int(&kk, k);
        s = num_mul(&pw, &pw, x);
        if (s == CALC_OK && factorial)
            s = num_mul(&d, &d, &kk);
        if (s == CALC_OK)
            s = num_div(&term, &pw, factorial ? &d : &kk);
        if (s != CALC_OK || num_is_zero(&term))
            break;
        if (alternate && k % 2 == 0)
            num_neg(&term, &term);
        s = num_add(&sum, &sum, &term);
        if (num_ilog10(&term) < lead - NUM_PRECISION - 8)
            break;
    }
    *r = sum;
    return s;
}

calc_status fin_log1p(num *r, const num *x)
{
    if (num_is_zero(x)) {
        num_zero(r);
        return CALC_OK;
    }
    if (num_ilog10(x) < SERIES_BELOW)
        return series(r, x, true, false);
    num one, t;
    num_from_int(&one, 1);
    calc_status s = num_add(&t, &one, x);
    if (s != CALC_OK)
        return s;
    if (num_sign(&t) <= 0)
        return CALC_ERR_INVALID;
    return math_ln(r, &t);
}

calc_status fin_expm1(num *r, const num *y)
{
    if (num_is_zero(y)) {
        num_zero(r);
        return CALC_OK;
    }
    if (num_ilog10(y) < SERIES_BELOW)
        return series(r, y, false, true);
    num one, e;
    calc_status s = math_exp(&e, y);
    if (s != CALC_OK)
        return s;
    num_from_int(&one, 1);
    return num_sub(r, &e, &one);
}

fin_status fin_period_rate(num *i, const num *rate, const num *ppy)
{
    num hundred, d;
    if (num_sign(ppy) <= 0)
        return FIN_BAD_INPUT;
    num_from_int(&hundred, 100);
    if (num_mul(&d, &hundred, ppy) != CALC_OK || num_div(i, rate, &d) != CALC_OK)
        return FIN_BAD_INPUT;
    return FIN_OK;
}

calc_status fin_pow_sum(num *pw, num *sum, const num *v, uint64_t m)
{
    num p, s, one, t;
    calc_status st = CALC_OK;
    num_from_int(&p, 1);   /* v^k */
    num_zero(&s);          /* 1 + v + ... + v^(k-1) */
    num_from_int(&one, 1);
    int top = 63;
    while (top >= 0 && !((m >> top) & 1u))
        top--;
    for (int b = top; b >= 0 && st == CALC_OK; b--) {
        /* k -> 2k: S(2k) = S(k) (1 + v^k), v^2k = (v^k)^2 */
        st = num_add(&t, &one, &p);
        if (st == CALC_OK)
            st = num_mul(&s, &s, &t);
        if (st == CALC_OK)
            st = num_mul(&p, &p, &p);
        if (st == CALC_OK && ((m >> b) & 1u)) {
            /* k -> k+1: S(k+1) = S(k) + v^k, v^(k+1) = v^k v */
            st = num_add(&s, &s, &p);
            if (st == CALC_OK)
                st = num_mul(&p, &p, v);
        }
    }
    if (st != CALC_OK)
        return st;
    if (pw != NULL)
        *pw = p;
    if (sum != NULL)
        *sum = s;
    return CALC_OK;
}
