/* finance_internal: what the finance_*.c files share (not for front ends). */
#ifndef CALC_FINANCE_INTERNAL_H
#define CALC_FINANCE_INTERNAL_H

#include "calc_finance.h"
#include "mathfn.h"
#include "number.h"

/* ---- finance_num.c: text in and out, status mapping, small math */

/* Parses engine-form text; NULL/"" gives `dflt` when dflt != NULL, else BAD_INPUT. */
fin_status fin_parse(num *r, const char *s, const char *dflt);
/* Display text at FIN_DIGITS (out[FIN_TEXT_MAX]); OVERFLOW beyond the range. */
fin_status fin_format(const num *a, char *out);
/* calc_status of the arithmetic to a fin_status (divisions by zero and domain
 * errors mean the problem has no answer). */
fin_status fin_from_calc(calc_status s);
/* ln(1 + x), x > -1, and e^y - 1, keeping their digits for tiny x and y. */
calc_status fin_log1p(num *r, const num *x);
calc_status fin_expm1(num *r, const num *y);
/* i = rate / (100 ppy): the rate per period from an annual percentage. */
fin_status fin_period_rate(num *i, const num *rate, const num *ppy);
/* v^m and 1 + v + ... + v^(m-1) for a whole m >= 0, by binary powering with
 * only multiplications and additions of positive terms (v > 0): nothing
 * cancels, so tiny rates keep every digit. pw or sum may be NULL. */
calc_status fin_pow_sum(num *pw, num *sum, const num *v, uint64_t m);

/* ---- finance_tvm.c: the equation on numbers */

typedef struct fin_tvm_num {
    num n, i, pv, pmt, fv;  /* i: rate per period */
    bool begin;
} fin_tvm_num;
/* Solves t for `field` in place (t->i for FIN_RATE). */
fin_status fin_tvm_solve_num(fin_tvm_num *t, fin_field field);
/* The growth factor g = (1+i)^n and s = ((1+i)^n - 1) / i (n when i = 0). */
calc_status fin_growth(num *g, num *s, const num *i, const num *n);

/* ---- finance_solve.c: the safeguarded root finder over rates per period */

/* f(ctx, i, out, dout): the function whose root is sought, for i > -1, and
 * when dout is not NULL its derivative (functions without one are passed to
 * fin_find_rate with newton = false and never get a dout). */
typedef calc_status (*fin_fn)(void *ctx, const num *i, num *out, num *dout);
/* Finds i > -1 with f(i) = 0. `scale` (>= 1) is the problem's number of
 * periods: the search steps outwards from 0 in n ln(1+i) by factors of 4,
 * alternating sides, and refines the first sign change (Newton steps when
 * `newton`, secant steps otherwise). side = +1 or -1 searches one side only
 * (a unique root known to lie there), 0 both. FIN_NO_SOLUTION when
 * no sign change exists in the searched range. */
fin_status fin_find_rate(fin_fn f, void *ctx, bool newton, const num *scale, int side, num *root);
/* The side hint for a stream of flows with exactly one sign change (then
 * the root is unique, Descartes): +1 when it lies above 0 %, -1 below, from
 * f(0) and the first flow (the limit of f as i grows); 0 (search both
 * sides) otherwise. signs: the signs of the flows in time order. */
int fin_side_hint(const int *signs, int count, int f0_sign);

/* ---- finance_cashflow.c */
typedef struct fin_flow {
    num value;
    uint64_t count;
} fin_flow;
typedef struct fin_flows {
    fin_flow *items;
    int n;
    uint64_t periods;   /* CF0 is period 0; the last flow's period */
} fin_flows;
/* Parses "CF0,CF1x3,..." (malloc'ed items; fin_flows_free). */
fin_status fin_flows_parse(fin_flows *f, const char *text);
void fin_flows_free(fin_flows *f);
/* NPV at i per period; IRR as i per period. */
calc_status fin_npv_num(const fin_flows *f, const num *i, num *out);
fin_status fin_irr_num(const fin_flows *f, num *i);

#endif
