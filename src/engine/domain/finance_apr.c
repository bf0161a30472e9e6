/* finance_apr: TAEG / APR of EU directive 2008/48/EC (annex I).
 *
 * With standard periods (a month is a twelfth of a year, a week 1/52) the
 * k-th of n payments falls k/ppy years after the loan, so the equation
 *     pv - fees + sum_k pmt (1+X)^(-k/ppy) = 0
 * is the IRR equation of the flows (pv - fees, pmt x n) at the rate per
 * period j = (1+X)^(1/ppy) - 1, and X = expm1(ppy log1p(j)). */
#include "finance_internal.h"

fin_status fin_apr(const char *pv, const char *pmt, const char *n, const char *fees,
                   const char *ppy, char *out)
{
    num p, m, nn, fe, y, hundred;
    int64_t count;
    fin_status st;
    out[0] = '\0';
    if ((st = fin_parse(&p, pv, NULL)) != FIN_OK || (st = fin_parse(&m, pmt, NULL)) != FIN_OK ||
        (st = fin_parse(&nn, n, NULL)) != FIN_OK || (st = fin_parse(&fe, fees, "0")) != FIN_OK ||
        (st = fin_parse(&y, ppy, "12")) != FIN_OK)
        return st;
    if (!num_is_integer(&nn) || !num_to_int64(&nn, &count) || count < 1 || count > 1000000000 ||
        num_sign(&y) <= 0)
        return FIN_BAD_INPUT;
    /* the fees come off the capital the borrower actually receives */
    num net;
    if (num_sign(&p) < 0)
        num_add(&net, &p, &fe);
    else
        num_sub(&net, &p, &fe);
    fin_flow items[2] = { { net, 1 }, { m, (uint64_t)count } };
    fin_flows f = { items, 2, (uint64_t)count };
    num j, x;
    if ((st = fin_irr_num(&f, &j)) != FIN_OK)
        return st;
    calc_status s;
    if ((s = fin_log1p(&x, &j)) != CALC_OK || (s = num_mul(&x, &x, &y)) != CALC_OK ||
        (s = fin_expm1(&x, &x)) != CALC_OK)
        return fin_from_calc(s);
    num_from_int(&hundred, 100);
    if (num_mul(&x, &x, &hundred) != CALC_OK)
        return FIN_OVERFLOW;
    return fin_format(&x, out);
}
