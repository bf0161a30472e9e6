/* calc_finance: time value of money, amortization, cash flows, APR and the
 * Windows 7 worksheets (issue 14; DESIGN.md Contract 4, "Finance").
 *
 * The API speaks text: every number goes in as engine-form decimal text ('.'
 * decimal point, no grouping, optional `e` exponent, e.g. "-939.44", "1e6")
 * and comes out as display text with the standard mode's rule (16 significant
 * digits, WINDOWS-CALCULATOR.md 2.2). Inside, the exact numbers of the engine.
 *
 * Conventions (HP 12C, BA II Plus): rates are annual percentages, `ppy`
 * payments per year (default 12) with one compounding per payment, cash paid
 * out is negative and cash received positive. The TVM equation, with
 * i = rate / (100 ppy) and due = 1 for payments at the beginning of periods:
 *     pv + pmt (1 + i due) (1 - (1+i)^-n) / i + fv (1+i)^-n = 0
 * (pv + pmt n + fv = 0 when i = 0).
 *
 * Every function returns a status: FIN_OK, FIN_BAD_INPUT (malformed or out of
 * range argument: the command line says "error: ..." and exits 2),
 * FIN_NO_SOLUTION (the problem has no answer: the window shows "Invalid
 * input") or FIN_OVERFLOW (the answer exceeds the calculator's range:
 * "Overflow"). Output buffers are left empty unless FIN_OK. Output texts fit
 * in FIN_TEXT_MAX characters. */
#ifndef CALC_FINANCE_H
#define CALC_FINANCE_H

#include <stdbool.h>
#include <stddef.h>

#define FIN_DIGITS 16       /* significant digits of every result */
#define FIN_TEXT_MAX 40     /* "-d.ddddddddddddddde-NNNN" (25) fits with room */
#define FIN_MAX_PERIODS 100000L  /* longest amortization schedule */

typedef enum fin_status {
    FIN_OK = 0,
    FIN_BAD_INPUT,
    FIN_NO_SOLUTION,
    FIN_OVERFLOW
} fin_status;

/* true when `text` is an engine-form number (what every argument must be). */
bool fin_valid_number(const char *text);

/* ------------------------------------------------------------------ TVM */
typedef enum fin_field { FIN_N = 0, FIN_RATE, FIN_PV, FIN_PMT, FIN_FV } fin_field;

typedef struct fin_tvm {
    const char *n, *rate, *pv, *pmt, *fv;  /* the solved field is ignored (may be NULL) */
    const char *ppy;                       /* NULL or "": 12 */
    bool begin;                            /* payments at the beginning of each period */
} fin_tvm;

/* Solves the TVM equation for `field` from the other four and writes it to
 * out[FIN_TEXT_MAX]. n may be fractional. The rate comes from a bracketing
 * search plus safeguarded secant steps (bounded, always terminates); when the
 * equation has several rates, the one nearest 0 % is returned. */
fin_status fin_tvm_solve(const fin_tvm *t, fin_field field, char *out);

/* ------------------------------------------------------------------ amortization */
typedef struct fin_loan {
    const char *rate, *pv, *pmt;  /* pmt NULL or "": solved from n with fv = 0 */
    const char *n;                /* NULL or "": the schedule runs until paid off */
    const char *ppy;              /* NULL or "": 12 */
    bool begin;
} fin_loan;

/* Periods p1..p2 (1 <= p1 <= p2 <= FIN_MAX_PERIODS) of a loan, as the BA II
 * Plus: principal and interest paid in those periods (same sign as pmt) and
 * the balance after p2 (same sign as pv). Unrounded payments. */
typedef struct fin_amort_result {
    char principal[FIN_TEXT_MAX], interest[FIN_TEXT_MAX], balance[FIN_TEXT_MAX];
} fin_amort_result;
fin_status fin_amort(const fin_loan *l, long p1, long p2, fin_amort_result *r);

/* One row of the schedule; `last` is set on the final row. */
typedef struct fin_amort_row {
    long period;
    bool last;
    char payment[FIN_TEXT_MAX], interest[FIN_TEXT_MAX], principal[FIN_TEXT_MAX],
        balance[FIN_TEXT_MAX];
} fin_amort_row;
/* Totals of the whole schedule: interest is the cost of the credit ("coût
 * total du crédit" without fees). */
typedef struct fin_amort_totals {
    long periods;
    char payments[FIN_TEXT_MAX], interest[FIN_TEXT_MAX], principal[FIN_TEXT_MAX];
} fin_amort_totals;
/* Calls row(ctx, r) for every period of the whole schedule (row may be NULL;
 * when it returns false the walk stops and totals stay empty) and fills
 * totals (may be NULL). Without n, the number of
 * periods is the n that pays the loan off (fv = 0), rounded up; when that n
 * is not a whole number the last payment is the smaller one that clears the
 * balance. */
fin_status fin_amort_schedule(const fin_loan *l, bool (*row)(void *ctx, const fin_amort_row *r),
                              void *ctx, fin_amort_totals *totals);

/* ------------------------------------------------------------------ cash flows */
/* `flows` is "CF0,CF1,..." where an item may repeat as "VALUExCOUNT"
 * ("-1000,300x3,500"); CF0 is at time 0, CFk at the end of period k. */
fin_status fin_npv(const char *rate, const char *flows, char *out);  /* rate % per period */
/* IRR in percent per period. No sign change: FIN_NO_SOLUTION. Several sign
 * changes: the rate nearest 0 % (the search walks outwards from 0 % on both
 * sides at once and the first bracketed root wins), which is the guess-free
 * choice and the one an IRR without guess usually means. */
fin_status fin_irr(const char *flows, char *out);

/* ------------------------------------------------------------------ APR */
/* TAEG (EU directive 2008/48/EC, annex I, standard periods: a month is a
 * twelfth of a year): the annual actuarial rate X, in percent, at which the n
 * payments pmt, the k-th one k/ppy years after the loan, have a present value
 * equal to the capital pv less the fees. fees NULL or "": 0. ppy NULL: 12. */
fin_status fin_apr(const char *pv, const char *pmt, const char *n, const char *fees,
                   const char *ppy, char *out);

/* ------------------------------------------------------------------ Windows 7 worksheets */
typedef enum fin_mortgage_field {
    FIN_MORTGAGE_PAYMENT = 0, FIN_MORTGAGE_PRICE, FIN_MORTGAGE_DOWN, FIN_MORTGAGE_YEARS
} fin_mortgage_field;
/* Mortgage: purchase price, down payment, term in years, annual rate %, and
 * the monthly payment (positive), paid at the end of each month. Solves one
 * of payment, price, down, years from the others (the solved one is ignored). */
typedef struct fin_mortgage {
    const char *price, *down, *years, *rate, *payment;
} fin_mortgage;
fin_status fin_mortgage_solve(const fin_mortgage *m, fin_mortgage_field field, char *out);

/* Vehicle lease: value, residual value at the end, term in years, annual
 * rate %, ppy payments per year (NULL: 12) paid in advance: the payment
 * (positive). */
fin_status fin_lease_payment(const char *value, const char *residual, const char *years,
                             const char *rate, const char *ppy, char *out);

#endif
