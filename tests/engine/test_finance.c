/* Tests of the finance module (calc_finance.h, issue 14). Expected texts are
 * the true values rounded to 16 digits (computed with mpmath at 60 digits,
 * tests/cli/finance_reference.py checks hundreds more). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "calc_finance.h"

typedef struct tvm_case {
    const char *name;
    fin_field solve;
    fin_tvm in;
    fin_status status;
    const char *want;
} tvm_case;

/* one place for every TVM fact; the test walks the table */
static const tvm_case tvm_cases[] = {
    /* the four cases of the issue */
    { "mortgage 30 y", FIN_PMT, { .n = "360", .rate = "5", .pv = "175000", .fv = "0" }, FIN_OK, "-939.4378402712432" },
    { "penny a second", FIN_FV, { .n = "31536000", .rate = "10", .pv = "0", .pmt = "-0.01", .ppy = "31536000" }, FIN_OK,
      "331667.0066907769" },
    { "rate of savings", FIN_RATE, { .n = "360", .pv = "0", .pmt = "-1000", .fv = "1000000", .ppy = "1" }, FIN_OK,
      "0.4980365840090326" },
    { "100k over 20 y", FIN_PMT, { .n = "240", .rate = "2", .pv = "100000", .fv = "0" }, FIN_OK, "-505.8833350451171" },
    /* back again: every field from the other four */
    { "n back", FIN_N, { .rate = "5", .pv = "175000", .pmt = "-939.4378402712432", .fv = "0" }, FIN_OK, "360" },
    { "rate back", FIN_RATE, { .n = "360", .pv = "175000", .pmt = "-939.4378402712432", .fv = "0" }, FIN_OK, "5" },
    { "pv back", FIN_PV, { .n = "360", .rate = "5", .pmt = "-939.4378402712432", .fv = "0" }, FIN_OK, "175000" },
    /* zero rate */
    { "zero rate pmt", FIN_PMT, { .n = "10", .rate = "0", .pv = "1000", .fv = "0" }, FIN_OK, "-100" },
    { "zero rate n", FIN_N, { .rate = "0", .pv = "1000", .pmt = "-80", .fv = "0" }, FIN_OK, "12.5" },
    { "zero rate fv", FIN_FV, { .n = "12", .rate = "0", .pv = "-100", .pmt = "-10" }, FIN_OK, "220" },
    { "rate is zero", FIN_RATE, { .n = "10", .pv = "1000", .pmt = "-100", .fv = "0" }, FIN_OK, "0" },
    /* begin vs end */
    { "begin pmt", FIN_PMT, { .n = "360", .rate = "5", .pv = "175000", .fv = "0", .begin = true }, FIN_OK,
      "-935.5397579464663" },
    { "savings begin", FIN_FV, { .n = "120", .rate = "6", .pv = "0", .pmt = "-200", .begin = true }, FIN_OK,
      "32939.74870809899" },
    { "savings end", FIN_FV, { .n = "120", .rate = "6", .pv = "0", .pmt = "-200" }, FIN_OK, "32775.86936129253" },
    /* huge n: (1+i)^-n vanishes, (1+i)^n beyond e^800 */
    { "huge n pv", FIN_PV, { .n = "1e9", .rate = "5", .pmt = "-1", .fv = "0" }, FIN_OK, "240" },
    { "huge n fv", FIN_FV, { .n = "1e15", .rate = "1e-9", .pv = "0", .pmt = "-1" }, FIN_OK, "9.800528560133222e+373" },
    { "huge n overflow", FIN_FV, { .n = "1e20", .rate = "5", .pv = "0", .pmt = "-1" }, FIN_OVERFLOW, "" },
    /* tiny rates keep their digits */
    { "tiny rate 1e-9", FIN_PMT, { .n = "360", .rate = "1e-9", .pv = "175000", .fv = "0" }, FIN_OK, "-486.1111111842303" },
    { "tiny rate 1e-30", FIN_PMT, { .n = "360", .rate = "1e-30", .pv = "175000", .fv = "0" }, FIN_OK, "-486.1111111111111" },
    { "tiny rate 1e-200", FIN_PMT, { .n = "360", .rate = "1e-200", .pv = "175000", .fv = "0" }, FIN_OK, "-486.1111111111111" },
    { "tiny rate solved", FIN_RATE, { .n = "12", .pv = "1200", .pmt = "-100.0000000001", .fv = "0" }, FIN_OK,
      "1.846153846153325e-10" },
    /* interest-only: pv + pmt / i is exactly 0, so nothing may cancel */
    { "interest only fv", FIN_FV, { .n = "30903", .rate = "24.15", .pv = "913000", .pmt = "-220489.5", .ppy = "1" },
      FIN_OK, "-913000" },
    { "negative rate pv", FIN_PV, { .n = "60410", .rate = "-1.87", .pmt = "99.647625", .fv = "-21315", .ppy = "4" },
      FIN_OK, "21315" },
    { "negative rate", FIN_RATE, { .n = "1", .pv = "1000", .pmt = "0", .fv = "-900", .ppy = "1" }, FIN_OK, "-10" },
    /* a steep residual: fv 10^550 over 25,208 periods */
    { "steep rate", FIN_RATE,
      { .n = "25208", .pv = "-4.2", .pmt = "-0.558", .fv = "9.144995708270694e550", .ppy = "1", .begin = true }, FIN_OK,
      "5.15" },
    /* no solution */
    { "rate: same signs", FIN_RATE, { .n = "360", .pv = "1000", .pmt = "10", .fv = "5" }, FIN_NO_SOLUTION, "" },
    { "rate: n = 0", FIN_RATE, { .n = "0", .pv = "1000", .pmt = "-10", .fv = "5" }, FIN_NO_SOLUTION, "" },
    { "n: payment below interest", FIN_N, { .rate = "5", .pv = "175000", .pmt = "-500", .fv = "0" }, FIN_NO_SOLUTION, "" },
    { "n: zero rate no payment", FIN_N, { .rate = "0", .pv = "175000", .pmt = "0", .fv = "0" }, FIN_NO_SOLUTION, "" },
    { "pmt: n = 0", FIN_PMT, { .n = "0", .rate = "5", .pv = "1000", .fv = "0" }, FIN_NO_SOLUTION, "" },
    { "rate -100 %/period", FIN_PMT, { .n = "12", .rate = "-1200", .pv = "1000", .fv = "0" }, FIN_NO_SOLUTION, "" },
    /* malformed input */
    { "bad number", FIN_PMT, { .n = "12x", .rate = "5", .pv = "1000", .fv = "0" }, FIN_BAD_INPUT, "" },
    { "missing field", FIN_PMT, { .n = "12", .rate = "5", .pv = "1000" }, FIN_BAD_INPUT, "" },
    { "ppy zero", FIN_PMT, { .n = "12", .rate = "5", .pv = "1000", .fv = "0", .ppy = "0" }, FIN_BAD_INPUT, "" },
};

static void test_tvm_table(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof tvm_cases / sizeof tvm_cases[0]; k++) {
        const tvm_case *c = &tvm_cases[k];
        char out[FIN_TEXT_MAX];
        fin_status st = fin_tvm_solve(&c->in, c->solve, out);
        if (st != c->status || strcmp(out, c->want) != 0)
            fail_msg("%s: got status %d '%s', want %d '%s'", c->name, st, out, c->status, c->want);
    }
}

/* The payment solved at full precision clears the loan: the last balance is 0. */
static void test_amort_schedule_clears(void **state)
{
    (void)state;
    fin_loan l = { .rate = "5", .pv = "175000", .n = "360" };
    fin_amort_totals t;
    assert_int_equal(fin_amort_schedule(&l, NULL, NULL, &t), FIN_OK);
    assert_int_equal(t.periods, 360);
    assert_string_equal(t.interest, "-163197.6224976476");   /* coût total du crédit */
    assert_string_equal(t.principal, "-175000");
    assert_string_equal(t.payments, "-338197.6224976476");
    fin_amort_result r;
    assert_int_equal(fin_amort(&l, 360, 360, &r), FIN_OK);
    assert_string_equal(r.balance, "0");
    assert_int_equal(fin_amort(&l, 1, 360, &r), FIN_OK);
    assert_string_equal(r.principal, "-175000");
    assert_string_equal(r.interest, "-163197.6224976476");
}

/* With the payment as shown (16 digits) the last balance is 0 to the digits
 * of the capital: below half a unit of its 16th digit (1e-10 here). */
static void test_amort_shown_payment(void **state)
{
    (void)state;
    fin_loan l = { .rate = "5", .pv = "175000", .pmt = "-939.4378402712432" };
    fin_amort_result r;
    assert_int_equal(fin_amort(&l, 1, 1, &r), FIN_OK);
    assert_string_equal(r.interest, "-729.1666666666667");
    assert_string_equal(r.principal, "-210.2711736045765");
    assert_string_equal(r.balance, "174789.7288263954");
    assert_int_equal(fin_amort(&l, 1, 360, &r), FIN_OK);
    const char *e = strstr(r.balance, "e-");
    assert_non_null(e);
    assert_true(atoi(e + 2) >= 11);
    assert_string_equal(r.interest, "-163197.6224976476");
}

typedef struct rows {
    long n;
    char first[FIN_TEXT_MAX], last_payment[FIN_TEXT_MAX], last_balance[FIN_TEXT_MAX];
} rows;

static bool collect(void *ctx, const fin_amort_row *r)
{
    rows *w = ctx;
    w->n++;
    if (r->period == 1)
        strcpy(w->first, r->interest);
    if (r->last) {
        strcpy(w->last_payment, r->payment);
        strcpy(w->last_balance, r->balance);
    }
    return true;
}

/* Without n the schedule runs until paid off; the last payment is smaller. */
static void test_amort_until_paid(void **state)
{
    (void)state;
    fin_loan l = { .rate = "5", .pv = "1000", .pmt = "-300" };
    rows w = { 0 };
    fin_amort_totals t;
    assert_int_equal(fin_amort_schedule(&l, collect, &w, &t), FIN_OK);
    assert_int_equal(w.n, 4);
    assert_string_equal(w.first, "-4.166666666666667");
    assert_string_equal(w.last_payment, "-109.2502679518711");
    assert_string_equal(w.last_balance, "0");
    assert_string_equal(t.principal, "-1000");
    assert_string_equal(t.interest, "-9.250267951871142");
    /* payments at the beginning: the first one has no interest */
    fin_loan b = { .rate = "12", .pv = "1000", .n = "3", .begin = true };
    rows wb = { 0 };
    assert_int_equal(fin_amort_schedule(&b, collect, &wb, NULL), FIN_OK);
    assert_string_equal(wb.first, "0");
    assert_string_equal(wb.last_balance, "0");
    /* interest only: the principal is exactly 0 in any range */
    fin_loan io = { .rate = "22.62", .pv = "536000", .pmt = "-121243.2", .ppy = "1" };
    fin_amort_result ior;
    assert_int_equal(fin_amort(&io, 268, 368, &ior), FIN_OK);
    assert_string_equal(ior.principal, "0");
    assert_string_equal(ior.balance, "536000");
    /* a payment below the interest never pays off */
    fin_loan never = { .rate = "5", .pv = "175000", .pmt = "-500" };
    assert_int_equal(fin_amort_schedule(&never, NULL, NULL, NULL), FIN_NO_SOLUTION);
    fin_amort_result r;
    assert_int_equal(fin_amort(&l, 3, 2, &r), FIN_BAD_INPUT);
}

static void test_npv_irr(void **state)
{
    (void)state;
    char out[FIN_TEXT_MAX];
    assert_int_equal(fin_npv("10", "-1000,300x3,500", out), FIN_OK);
    assert_string_equal(out, "87.56232497780206");
    assert_int_equal(fin_irr("-1000,300x3,500", out), FIN_OK);
    assert_string_equal(out, "13.66362084429301");
    /* round trip: the NPV at the IRR vanishes to the digits of the flows */
    char npv[FIN_TEXT_MAX];
    assert_int_equal(fin_npv(out, "-1000,300x3,500", npv), FIN_OK);
    const char *e = strstr(npv, "e-");
    assert_true(strcmp(npv, "0") == 0 || (e != NULL && atoi(e + 2) >= 11));
    /* exact: 10 % makes these flows worth 0 */
    assert_int_equal(fin_npv("10", "-1000,100x4,1100", out), FIN_OK);
    assert_string_equal(out, "0");
    assert_int_equal(fin_irr("-1000,100x4,1100", out), FIN_OK);
    assert_string_equal(out, "10");
    /* no sign change: no answer */
    assert_int_equal(fin_irr("1000,300x3", out), FIN_NO_SOLUTION);
    assert_int_equal(fin_irr("-1000,0x3,-5", out), FIN_NO_SOLUTION);
    /* two sign changes, roots at 10 % and 20 %: the one nearest 0 % */
    assert_int_equal(fin_irr("-1000,2300,-1320", out), FIN_OK);
    assert_string_equal(out, "10");
    /* roots at -20 % and 30 %, found in the same search step: -20 % is nearer */
    assert_int_equal(fin_irr("50,-105,52", out), FIN_OK);
    assert_string_equal(out, "-20");
    assert_int_equal(fin_irr("-1000,900", out), FIN_OK);
    assert_string_equal(out, "-10");
    /* malformed flows */
    assert_int_equal(fin_irr("-1000,x3", out), FIN_BAD_INPUT);
    assert_int_equal(fin_irr("-1000,300x0", out), FIN_BAD_INPUT);
    assert_int_equal(fin_irr("-1000,,300", out), FIN_BAD_INPUT);
    assert_int_equal(fin_npv("abc", "-1000,300", out), FIN_BAD_INPUT);
}

static void test_apr(void **state)
{
    (void)state;
    char out[FIN_TEXT_MAX];
    /* one month at 0.5 %: (1.005)^12 - 1 */
    assert_int_equal(fin_apr("1000", "-1005", "1", NULL, NULL, out), FIN_OK);
    assert_string_equal(out, "6.167781186449957");
    /* the same with 5 of fees: 995 received for 1005 repaid */
    assert_int_equal(fin_apr("1000", "-1005", "1", "5", NULL, out), FIN_OK);
    assert_string_equal(out, "12.74979790937038");
    assert_int_equal(fin_apr("10000", "-300", "36", "200", "12", out), FIN_OK);
    assert_string_equal(out, "6.611482746781807");
    assert_int_equal(fin_apr("10000", "300", "36", "200", NULL, out), FIN_NO_SOLUTION);
    assert_int_equal(fin_apr("10000", "-300", "36.5", NULL, NULL, out), FIN_BAD_INPUT);
}

static void test_worksheets(void **state)
{
    (void)state;
    char out[FIN_TEXT_MAX];
    fin_mortgage m = { .price = "250000", .down = "50000", .years = "30", .rate = "6", .payment = NULL };
    assert_int_equal(fin_mortgage_solve(&m, FIN_MORTGAGE_PAYMENT, out), FIN_OK);
    assert_string_equal(out, "1199.101050305505");
    fin_mortgage p = { .down = "50000", .years = "30", .rate = "6", .payment = "1199.101050305505" };
    assert_int_equal(fin_mortgage_solve(&p, FIN_MORTGAGE_PRICE, out), FIN_OK);
    assert_string_equal(out, "250000");
    fin_mortgage d = { .price = "250000", .years = "30", .rate = "6", .payment = "1199.101050305505" };
    assert_int_equal(fin_mortgage_solve(&d, FIN_MORTGAGE_DOWN, out), FIN_OK);
    assert_string_equal(out, "49999.99999999996");   /* the payment as shown, 16 digits */
    fin_mortgage y = { .price = "250000", .down = "50000", .rate = "6", .payment = "1199.101050305505" };
    assert_int_equal(fin_mortgage_solve(&y, FIN_MORTGAGE_YEARS, out), FIN_OK);
    assert_string_equal(out, "29.99999999999999");   /* 29.999999999999985246 */
    fin_mortgage never = { .price = "250000", .down = "50000", .rate = "6", .payment = "900" };
    assert_int_equal(fin_mortgage_solve(&never, FIN_MORTGAGE_YEARS, out), FIN_NO_SOLUTION);
    assert_int_equal(fin_lease_payment("30000", "12000", "3", "5", NULL, out), FIN_OK);
    assert_string_equal(out, "587.0301887641279");
    assert_int_equal(fin_lease_payment("30000", "12000", "3", "5", "x", out), FIN_BAD_INPUT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tvm_table),
        cmocka_unit_test(test_amort_schedule_clears),
        cmocka_unit_test(test_amort_shown_payment),
        cmocka_unit_test(test_amort_until_paid),
        cmocka_unit_test(test_npv_irr),
        cmocka_unit_test(test_apr),
        cmocka_unit_test(test_worksheets),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
