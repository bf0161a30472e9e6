/* mathfn_result: turning working values into calculator numbers. */
#include "mathfn_internal.h"

calc_status mf_finish(num *out, const bf *a)
{
    bf_to_num(out, a);
    return num_check_range(out);
}

calc_status mf_finish_num(num *out) { return num_check_range(out); }

void mf_num_ratio(num *r, int64_t p, int64_t q)
{
    num a, b;
    num_from_int(&a, p);
    num_from_int(&b, q);
    num_div(r, &a, &b);
}

bool mf_too_big_for_trig(const num *x)
{
    num big;
    num_from_int(&big, 1);
    big.exp = 100;
    return num_cmp(x, &big) >= 0;
}

calc_status mf_recip_arg(num *r, const num *x)
{
    if (mf_too_big_for_trig(x))
        return CALC_ERR_INVALID;
    if (num_is_zero(x))
        return CALC_ERR_DIV_ZERO;
    num one;
    num_from_int(&one, 1);
    return num_div(r, &one, x);
}
