/* finance_worksheet: Windows 7's mortgage and vehicle lease worksheets as
 * presets of the TVM solver. Their amounts are positive: the worksheet's
 * payment is -pmt of the loan pv = price - down (mortgage) or of the lease
 * pv = value, fv = -residual with payments in advance. */
#include "finance_internal.h"

static calc_status times(num *r, const num *a, int64_t k)
{
    num kk;
    num_from_int(&kk, k);
    return num_mul(r, a, &kk);
}

fin_status fin_mortgage_solve(const fin_mortgage *m, fin_mortgage_field field, char *out)
{
    num price, down, years, rate, payment, twelve;
    fin_tvm_num t;
    fin_status st;
    const char *zero = "0";
    out[0] = '\0';
    if (m == NULL || (unsigned)field > FIN_MORTGAGE_YEARS)
        return FIN_BAD_INPUT;
    if ((st = fin_parse(&price, field == FIN_MORTGAGE_PRICE ? zero : m->price, NULL)) != FIN_OK ||
        (st = fin_parse(&down, field == FIN_MORTGAGE_DOWN ? zero : m->down, NULL)) != FIN_OK ||
        (st = fin_parse(&years, field == FIN_MORTGAGE_YEARS ? zero : m->years, NULL)) != FIN_OK ||
        (st = fin_parse(&rate, m->rate, NULL)) != FIN_OK ||
        (st = fin_parse(&payment, field == FIN_MORTGAGE_PAYMENT ? zero : m->payment, NULL)) != FIN_OK)
        return st;
    num_from_int(&twelve, 12);
    if ((st = fin_period_rate(&t.i, &rate, &twelve)) != FIN_OK)
        return st;
    t.begin = false;
    num_zero(&t.fv);
    times(&t.n, &years, 12);
    num_sub(&t.pv, &price, &down);
    num_neg(&t.pmt, &payment);
    num r;
    switch (field) {
    case FIN_MORTGAGE_PAYMENT:
        if ((st = fin_tvm_solve_num(&t, FIN_PMT)) != FIN_OK)
            return st;
        num_neg(&r, &t.pmt);
        break;
    case FIN_MORTGAGE_PRICE:   /* price = pv + down */
    case FIN_MORTGAGE_DOWN:    /* down = price - pv */
        if ((st = fin_tvm_solve_num(&t, FIN_PV)) != FIN_OK)
            return st;
        if (field == FIN_MORTGAGE_PRICE)
            num_add(&r, &t.pv, &down);
        else
            num_sub(&r, &price, &t.pv);
        break;
    case FIN_MORTGAGE_YEARS:
        if ((st = fin_tvm_solve_num(&t, FIN_N)) != FIN_OK)
            return st;
        num_div(&r, &t.n, &twelve);
        break;
    default:
        return FIN_BAD_INPUT;
    }
    return fin_format(&r, out);
}

fin_status fin_lease_payment(const char *value, const char *residual, const char *years,
                             const char *rate, const char *ppy, char *out)
{
    num val, res, yrs, rt, py;
    fin_tvm_num t;
    fin_status st;
    out[0] = '\0';
    if ((st = fin_parse(&val, value, NULL)) != FIN_OK || (st = fin_parse(&res, residual, NULL)) != FIN_OK ||
        (st = fin_parse(&yrs, years, NULL)) != FIN_OK || (st = fin_parse(&rt, rate, NULL)) != FIN_OK ||
        (st = fin_parse(&py, ppy, "12")) != FIN_OK || (st = fin_period_rate(&t.i, &rt, &py)) != FIN_OK)
        return st;
    t.begin = true;
    t.pv = val;
    num_neg(&t.fv, &res);
    if (num_mul(&t.n, &yrs, &py) != CALC_OK)
        return FIN_BAD_INPUT;
    if ((st = fin_tvm_solve_num(&t, FIN_PMT)) != FIN_OK)
        return st;
    num_neg(&t.pmt, &t.pmt);
    return fin_format(&t.pmt, out);
}
