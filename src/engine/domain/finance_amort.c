/* finance_amort: amortization as the BA II Plus does it, unrounded payments.
 *
 * Period k (payments at the end): interest INTk = -BAL(k-1) i, principal
 * PRNk = PMT - INTk, BAL(k) = BAL(k-1) + PRNk, BAL(0) = PV. Payments at the
 * beginning: the first payment is all principal (INT1 = 0), later periods as
 * above. So interest and principal carry the sign of the payment and the
 * balance that of the loan.
 *
 * A range P1..P2 uses the closed form of the balance (O(1) whatever P2),
 * which is -fv of the TVM equation (finance_tvm.c, and its care):
 *   end:   BAL(k) = PV (1+i)^k + PMT ((1+i)^k - 1) / i
 *   begin: BAL(k) = (PV + PMT) (1+i)^(k-1) + PMT ((1+i)^(k-1) - 1) / i
 * with principal = BAL(P2) - BAL(P1-1) and interest = (P2-P1+1) PMT - principal.
 * The schedule walks the recurrence row by row. */
#include "finance_internal.h"

#include <string.h>

#define MAX_RANGE 1000000000L
/* A payment solved here carries 128 digits: a final balance below 10^-100 of
 * the capital is its rounding, and shows as the 0 it is. */
#define SNAP_DIGITS 100

typedef struct loan {
    num i, pv, pmt;
    bool begin;
    bool pmt_solved;
    long periods;        /* 0: not known */
    bool adjust_last;    /* the last payment is the one that clears the balance */
} loan;

static fin_status whole_number(const num *x, long max, long *out)
{
    int64_t v;
    if (!num_is_integer(x) || !num_to_int64(x, &v) || v < 1 || v > max)
        return FIN_BAD_INPUT;
    *out = (long)v;
    return FIN_OK;
}

/* n that pays the loan off: rounded when within 10^-6 of a whole number
 * (a payment shown with 16 digits), else rounded up with a smaller last payment. */
static fin_status periods_to_payoff(loan *ln)
{
    fin_tvm_num t = { .i = ln->i, .pv = ln->pv, .pmt = ln->pmt, .begin = ln->begin };
    num_zero(&t.fv);
    fin_status st = fin_tvm_solve_num(&t, FIN_N);
    if (st != FIN_OK)
        return st;
    num r, d, tol, half, lim;
    num_parse(&half, "0.5");
    num_parse(&tol, "1e-6");
    num_from_int(&lim, FIN_MAX_PERIODS);
    if (num_sign(&t.n) <= 0)
        return FIN_NO_SOLUTION;
    if (num_cmp(&t.n, &lim) > 0)
        return FIN_BAD_INPUT;
    num_add(&r, &t.n, &half);
    num_floor(&r, &r);
    num_sub(&d, &t.n, &r);
    num_abs(&d, &d);
    if (num_cmp(&d, &tol) > 0) {
        num_ceil(&r, &t.n);
        ln->adjust_last = true;
    }
    int64_t v;
    num_to_int64(&r, &v);
    if (v < 1)
        v = 1;
    ln->periods = (long)v;
    return FIN_OK;
}

static fin_status loan_parse(const fin_loan *l, loan *ln)
{
    num rate, ppy, n;
    fin_status st;
    memset(ln, 0, sizeof *ln);
    if (l == NULL)
        return FIN_BAD_INPUT;
    if ((st = fin_parse(&rate, l->rate, NULL)) != FIN_OK || (st = fin_parse(&ln->pv, l->pv, NULL)) != FIN_OK ||
        (st = fin_parse(&ppy, l->ppy, "12")) != FIN_OK || (st = fin_period_rate(&ln->i, &rate, &ppy)) != FIN_OK)
        return st;
    ln->begin = l->begin;
    if (l->n != NULL && *l->n != '\0') {
        if ((st = fin_parse(&n, l->n, NULL)) != FIN_OK || (st = whole_number(&n, FIN_MAX_PERIODS, &ln->periods)) != FIN_OK)
            return st;
    }
    num mone;
    num_from_int(&mone, -1);
    if (num_cmp(&ln->i, &mone) <= 0)
        return FIN_NO_SOLUTION;
    if (l->pmt != NULL && *l->pmt != '\0')
        return fin_parse(&ln->pmt, l->pmt, NULL);
    if (ln->periods == 0)
        return FIN_BAD_INPUT;   /* neither the payment nor the term */
    fin_tvm_num t = { .i = ln->i, .pv = ln->pv, .begin = ln->begin };
    num_from_int(&t.n, ln->periods);
    num_zero(&t.fv);
    if ((st = fin_tvm_solve_num(&t, FIN_PMT)) != FIN_OK)
        return st;
    ln->pmt = t.pmt;
    ln->pmt_solved = true;
    return FIN_OK;
}

static void snap(const loan *ln, num *bal)
{
    if (ln->pmt_solved && !num_is_zero(bal) && !num_is_zero(&ln->pv) &&
        num_ilog10(bal) < num_ilog10(&ln->pv) - SNAP_DIGITS)
        num_zero(bal);
}

/* BAL(k), closed form: -fv of the first k periods (with payments at the
 * beginning, of the k-1 periods after the first payment) */
static fin_status balance(const loan *ln, long k, num *out)
{
    fin_tvm_num t = { .i = ln->i, .pv = ln->pv, .pmt = ln->pmt, .begin = false };
    if (k == 0) {
        *out = ln->pv;
        return FIN_OK;
    }
    if (ln->begin) {
        k--;
        if (num_add(&t.pv, &ln->pv, &ln->pmt) != CALC_OK)
            return FIN_OVERFLOW;
    }
    num_from_int(&t.n, k);
    fin_status st = fin_tvm_solve_num(&t, FIN_FV);
    if (st == FIN_OK)
        num_neg(out, &t.fv);
    return st;
}

fin_status fin_amort(const fin_loan *l, long p1, long p2, fin_amort_result *r)
{
    loan ln;
    fin_status st;
    memset(r, 0, sizeof *r);
    if (p1 < 1 || p2 < p1 || p2 > MAX_RANGE)
        return FIN_BAD_INPUT;
    if ((st = loan_parse(l, &ln)) != FIN_OK)
        return st;
    num b0, b1, prn, intr, cnt;
    calc_status s;
    if ((st = balance(&ln, p1 - 1, &b0)) != FIN_OK || (st = balance(&ln, p2, &b1)) != FIN_OK)
        return st;
    if (ln.periods != 0 && p2 >= ln.periods)
        snap(&ln, &b1);
    num_from_int(&cnt, (int64_t)p2 - p1 + 1);
    if ((s = num_sub(&prn, &b1, &b0)) != CALC_OK || (s = num_mul(&intr, &cnt, &ln.pmt)) != CALC_OK ||
        (s = num_sub(&intr, &intr, &prn)) != CALC_OK)
        return fin_from_calc(s);
    if ((st = fin_format(&prn, r->principal)) != FIN_OK || (st = fin_format(&intr, r->interest)) != FIN_OK ||
        (st = fin_format(&b1, r->balance)) != FIN_OK)
        return st;
    return FIN_OK;
}

fin_status fin_amort_schedule(const fin_loan *l, bool (*row)(void *ctx, const fin_amort_row *r),
                              void *ctx, fin_amort_totals *totals)
{
    loan ln;
    fin_status st;
    if (totals != NULL)
        memset(totals, 0, sizeof *totals);
    if ((st = loan_parse(l, &ln)) != FIN_OK)
        return st;
    if (ln.periods == 0 && (st = periods_to_payoff(&ln)) != FIN_OK)
        return st;
    /* The walk stays on 128-digit decimals (i rounded once, each product
     * rounded by num_mul): rationals with growing denominators would cost a
     * gcd per step. 128 digits over FIN_MAX_PERIODS rows still leave > 100. */
    num bal = ln.pv, intr, prn, pay, i, tpay, tint, tprn, cnt;
    calc_status s = CALC_OK;
    num_round_sig(&i, &ln.i, NUM_PRECISION);
    num_round_sig(&bal, &bal, NUM_PRECISION);
    pay = ln.pmt;
    for (long k = 1; k <= ln.periods; k++) {
        fin_amort_row r;
        bool last = k == ln.periods;
        if (ln.begin && k == 1)
            num_zero(&intr);
        else if ((s = num_mul(&intr, &bal, &i)) != CALC_OK)
            break;
        else
            num_neg(&intr, &intr);
        if (last && ln.adjust_last)   /* pay what is owed: balance plus interest */
            s = num_sub(&pay, &intr, &bal);
        if (s != CALC_OK || (s = num_sub(&prn, &pay, &intr)) != CALC_OK || (s = num_add(&bal, &bal, &prn)) != CALC_OK)
            break;
        num_round_sig(&bal, &bal, NUM_PRECISION);
        if (last)
            snap(&ln, &bal);
        if (row == NULL)
            continue;
        r.period = k;
        r.last = last;
        if ((st = fin_format(&pay, r.payment)) != FIN_OK || (st = fin_format(&intr, r.interest)) != FIN_OK ||
            (st = fin_format(&prn, r.principal)) != FIN_OK || (st = fin_format(&bal, r.balance)) != FIN_OK)
            return st;
        if (!row(ctx, &r))
            return FIN_OK;   /* stopped by the caller: no totals */
    }
    /* totals: every payment but the last is pmt; principal is what the balance lost */
    num_from_int(&cnt, ln.periods - 1);
    if (s == CALC_OK && (s = num_mul(&tpay, &cnt, &ln.pmt)) == CALC_OK && (s = num_add(&tpay, &tpay, &pay)) == CALC_OK &&
        (s = num_sub(&tprn, &bal, &ln.pv)) == CALC_OK)
        s = num_sub(&tint, &tpay, &tprn);
    if (s != CALC_OK)
        return fin_from_calc(s);
    if (totals != NULL) {
        totals->periods = ln.periods;
        if ((st = fin_format(&tpay, totals->payments)) != FIN_OK || (st = fin_format(&tint, totals->interest)) != FIN_OK ||
            (st = fin_format(&tprn, totals->principal)) != FIN_OK)
            return st;
    }
    return FIN_OK;
}
