/* Standard mode: WINDOWS-CALCULATOR.md 3.1-3.4 (display and expression
 * line). Grouping separators of the spec are dropped: the engine display has
 * none. */
#include "calc_test_util.h"

#define S CALC_STANDARD

/* 3.1 arithmetic, display, clear, backspace */
static const key_case standard_cases[] = {
    { "S01", S, "1 2 3 . 4 5 6", "123.456", "" },
    { "S02", S, "+", "0", "0 + " },
    { "S03", S, "sqrt", "0", "\xE2\x88\x9A(0)" },
    { "S04", S, "2 + 3 = 4 =", "7", "4 + 3=" },
    { "S05", S, "4 =", "4", "4=" },
    { "S06", S, "2 5 6 sqrt sqrt sqrt", "2", "\xE2\x88\x9A(\xE2\x88\x9A(\xE2\x88\x9A(256)))" },
    { "S07", S, "3 - 6 = * 3 =", "-9", "-3 \xC3\x97 3=" },
    { "S08", S, "9 * 6 - ce 8 =", "46", "54 - 8=" },
    { "S09", S, "6 * 6 % =", "0.36", "6 \xC3\x97 0.06=" },
    { "S10", S, "5 0 + 2 0 % =", "60", "50 + 10=" },
    { "S11", S, "4 + =", "8", "4 + 4=" },
    { "S12", S, "5 + * 3", "3", "5 \xC3\x97 " },
    { "S13", S, "1 ee neg 9 9 9 9 / 1 0 =", "Overflow", "1.e-9999 \xC3\xB7 " },
    { "S14", S, "0 / 0 =", "Result is undefined", "0 \xC3\xB7 " },
    { "S15", S, "1 / 0 =", "Cannot divide by zero", "1 \xC3\xB7 " },
    { "S16", S, "1 2 + 5 ce 2 +", "14", "14 + " },
    { "S17", S, "1 0 0 neg recip", "-0.01", "1/(-100)" },
    { "S18", S, "1 2 3 back back", "1", "" },
    { "S19", S, "1 2 3 back back back", "0", "" },
    { "S20", S, "4 sqrt - 2 +", "0", "0 + " },
    { "S21", S, "1 0 2 4 sqrt - 3 2 +", "0", "0 + " },
    { "S22", S, "2 . 2 5 sqrt - 1 . 5 =", "0", "\xE2\x88\x9A(2.25) - 1.5=" },
    { "S23", S, "1 recip", "1", "1/(1)" },
    { "S24", S, "1 + 4 sqrt", "2", "1 + \xE2\x88\x9A(4)" },
    { "S25", S, "1 + 4 sqrt -", "3", "3 - " },
    { "S26", S, "2 * 4 recip", "0.25", "2 \xC3\x97 1/(4)" },
    { "S27", S, "5 / 6 %", "0.06", "5 \xC3\xB7 0.06" },
    { "S28", S, "4 sqrt -", "2", "\xE2\x88\x9A(4) - " },
    { "S29", S, "7 sqr /", "49", "sqr(7) \xC3\xB7 " },
    { "S30", S, "8 sqr sqrt", "8", "\xE2\x88\x9A(sqr(8))" },
    { "S31", S, "1 0 + 2 -", "12", "12 - " },
    { "S32", S, "3 * 4 /", "12", "12 \xC3\xB7 " },
    { "S33", S, "6 / 3 - +", "2", "2 + " },
    { "S34", S, "7 - 4 / *", "3", "3 \xC3\x97 " },
    { "S35", S, "8 * 2 + sqrt", "4", "16 + \xE2\x88\x9A(16)" },
    { "S36", S, "9 + 0 * neg", "-9", "9 \xC3\x97 negate(9)" },
    { "S37", S, "9 neg 0 + *", "-90", "-90 \xC3\x97 " },
    { "S38", S, "1 + 2 =", "3", "1 + 2=" },
    { "S39", S, "2 0 * 0 2 =", "40", "20 \xC3\x97 2=" },
    { "S40", S, "1 + 2 + back", "3", "3 + " },
    { "S41", S, "1 + 2 + clear", "0", "" },
    { "S42", S, "1 + 2 + ce", "0", "3 + " },
    { "S43", S, "1 + 2 clear", "0", "" },
    { "S44", S, "1 + 2 ce", "0", "1 + " },
    { "S45", S, "1 * 2 * 3 * 4 * 5 *", "120", "120 \xC3\x97 " },

    /* 3.2 view-model and UI tests (final displays) */
    { "V02", S, "1 3 .", "13.", NULL },
    { "V05", S, "1 - 2 =", "-1", NULL },
    { "V06", S, "3 * 5 =", "15", NULL },
    { "V06", S, "9 / 3 =", "3", NULL },
    { "V08", S, "7 / 0 =", "Cannot divide by zero", NULL },
    { "V09", S, "8 / 2 *", "4", NULL },
    { "V13", S, "9 1 - 6 8 clear", "0", NULL },
    { "V16", S, "1 6 sqrt", "4", NULL },
    { "V19", S, "4 * 5 /", "20", "20 \xC3\xB7 " },
    { "V19", S, "4 * 5 / 6 =", "3.333333333333333", "20 \xC3\xB7 6=" },
    { "V20", S, "7 recip", "0.1428571428571429", "1/(7)" },
    { "V21", S, "9 sqr", "81", "sqr(9)" },
    { "V22", S, "1 0 0 back", "10", NULL },
    { "V22", S, "1 0 0 back + %", "1", "10 + 1" },
    { "V22", S, "1 0 0 back + % %", "0.1", "10 + 0.1" },
    { "V22", S, "1 0 0 back + % % sqrt", "0.3162277660168379", "10 + \xE2\x88\x9A(0.1)" },
    { "V22", S, "1 0 0 back + % % sqrt .", "0.", NULL },
    { "V22", S, "1 0 0 back + % % sqrt . neg 1", "-0.1", NULL },
    { "V22", S, "1 0 0 back + % % sqrt . neg 1 =", "9.9", "10 + -0.1=" },
    { "V23", S, "1 0 - 1 0 % =", "9", NULL },
    { "V24", S, "1 0 * 1 0 % =", "1", NULL },
    { "V25", S, "3 - 2 neg =", "5", NULL },
    { "V26", S, "3 . 2 =", "3.2", NULL },
    { "V27", S, "2 + 2 =", "4", NULL },
    { "V27", S, "3 sqr =", "9", NULL },
    { "V27", S, "2 recip", "0.5", NULL },
    { "V28", S, "= =", "0", NULL },
    { "V30", S, "3 + 3 ce", "0", "3 + " },
    { "V30", S, "3 + 3 ce 9 - 6 ce", "0", "12 - " },
    { "V31", S, ". 1 back back 0 0 0", "0", NULL },
    { "V32", S, "/ 0 =", "Result is undefined", NULL },
    { "V33", S, "recip", "Cannot divide by zero", NULL },
    { "V34", S, "9 neg sqrt", "Invalid input", NULL },
    { "V35", S, "3 + 3 =", "6", NULL },
    { "V35", S, "4 - 2 =", "2", NULL },

    /* 3.3 maximum digits and display format */
    { "D01", S, "1 2 3 4 5 6 7 8 9 1 0 1 1 1 2 1 3", "1234567891011121", NULL },
    { "D02", S, "0 . 1 2 3 4 5 6 7 8 9 1 0 1 1 1 2 1 3", "0.1234567891011121", NULL },
    { "D03", S, "1 2 3 4 5 6 7 8 9 1 0 1 1 1 2 . 1 3", "123456789101112.1", NULL },
    { "D04", S, "0 . 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1", "0.0000000000000001", NULL },
    { "D05", S, "1 / 3 =", "0.3333333333333333", NULL },
    { "D06", S, "2 / 3 =", "0.6666666666666667", NULL },
    { "D07", S, "1 / 3 = * 3 =", "1", NULL },
    { "D08", S, "1 / 3 0 0 =", "0.0033333333333333", NULL },
    { "D09", S, "1 / 3 0 0 0 =", "3.333333333333333e-4", NULL },
    { "D10", S, "9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 + 1 =", "1.e+16", NULL },
    { "D11", S, "9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 * 1 0 =", "9.999999999999999e+16", NULL },
    { "D12", S, "1 0 0 0 0 0 0 sqr", "1000000000000", NULL },
    { "D12", S, "1 0 0 0 0 0 0 0 0 sqr", "1.e+16", NULL },
    { "D13", S, "2 sqr sqr sqr sqr sqr sqr", "1.844674407370955e+19", NULL },
    { "D14", S, "0 . 1 + 0 . 2 - 0 . 3 =", "0", NULL },
    { "D16", S, "9 9 9 9 9 9 9 9 * 9 9 9 9 9 9 9 9 =", "9999999800000001", NULL },
    { "D17", S, "1 ee 9 9 9 9 * 1 0 =", "Overflow", NULL },
    { "D18", S, "0 . 0 0", "0.00", NULL },
    { "D18", S, "1 . back 5", "15", NULL },
    { "D18", S, "0 0 7", "7", NULL },
    { "D20", S, "1 / 3 + 1 / 3 + 1 / 3 =", "0.4814814814814815", NULL },
    { "D21", S, "pi", "3.141592653589793", NULL },

    /* 3.4 repeat equals, operator replacement, CE, percent */
    { "R01", S, "1 + 2 = = =", "7", "5 + 2=" },
    { "R02", S, "5 - 2 = = =", "-1", "1 - 2=" },
    { "R03", S, "2 * 3 = = =", "54", "18 \xC3\x97 3=" },
    { "R04", S, "1 0 0 / 2 = = =", "12.5", "25 \xC3\xB7 2=" },
    { "R05", S, "2 * = = =", "16", "8 \xC3\x97 2=" },
    { "R06", S, "3 + 4 = 1 0 =", "14", "10 + 4=" },
    { "R07", S, "3 + * =", "9", "3 \xC3\x97 3=" },
    { "R08", S, "8 / 2 + * - 3 =", "1", "4 - 3=" },
    { "R09", S, "5 + 3 ce =", "5", "5 + 0=" },
    { "R10", S, "5 + 3 ce 4 =", "9", "5 + 4=" },
    { "R11", S, "1 + 2 = +", "3", "3 + " },
    { "R12", S, "1 + 2 = neg", "-3", "negate(3)" },
    { "R13", S, "1 + 2 = 5", "5", "" },
    { "R14", S, "5 0 %", "0", "0" },
    { "R15", S, "1 0 0 + 1 0 %", "10", "100 + 10" },
    { "R16", S, "1 0 0 * 1 0 %", "0.1", "100 \xC3\x97 0.1" },
    { "R17", S, "2 0 0 + 1 0 % = =", "240", "220 + 20=" },
    { "R18", S, "5 + 3 % =", "5.15", "5 + 0.15=" },
    { "R19", S, "0 recip", "Cannot divide by zero", "1/(0)" },
    { "R20", S, "2 neg log", "Invalid input", "log(-2)" },
};

/* displays after every key */
static const trace_case standard_traces[] = {
    { "V01", S, "1 3 5", "1|13|135" },
    { "V03", S, "1 3 = =", "1|13|13|13" },
    { "V04", S, "1 3 + 8 0 1", "1|13|13|8|80|801" },
    { "V07", S, "7 . 5 5 5 * 3 =", "7|7.|7.5|7.55|7.555|7.555|3|22.665" },
    { "V10", S, "8 / + * 2 *", "8|8|8|8|2|16" },
    { "V11", S, "8 * 2 = =", "8|8|2|16|32" },
    { "V12", S, "7 - 6 back back", "7|7|6|0|0" },
    { "V14", S, "1 + 2 * 3 =", "1|1|2|3|3|9" },
    { "V15", S, "5 recip =", "5|0.2|0.2" },
    { "V17", S, "6 neg 9", "6|-6|-69" },
    { "V18", S, "1 0 0 1", "1|10|100|1001" },
    { "V29", S, "3 3 back back", "3|33|3|0" },
    { "D15", S, "2 sqrt sqr", "2|1.414213562373095|2" },
    { "D19", S, "1 2 neg back back", "1|12|-12|-1|0" },
    { "C50", S, "1 + 2 * 3 =", "1|1|2|3|3|9" },
};

static void test_standard_cases(void **state)
{
    (void)state;
    assert_int_equal(run_key_cases(standard_cases, N_CASES(standard_cases)), 0);
}

static void test_standard_traces(void **state)
{
    (void)state;
    assert_int_equal(run_trace_cases(standard_traces, N_CASES(standard_traces)), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_standard_cases),
        cmocka_unit_test(test_standard_traces),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
