/* Issue 16: the rules where Windows Calculator behaved otherwise than we did,
 * each as its general rule, with the examples and variations
 * (display and expression line). One table per rule. */
#include "calc_test_util.h"

#define S CALC_STANDARD
#define SC CALC_SCIENTIFIC
#define P CALC_PROGRAMMER

#define TIMES "\xC3\x97"      /* × */
#define DIVIDE "\xC3\xB7"     /* ÷ */
#define ROOT "\xE2\x88\x9A"   /* √ */

/* Rule 1: every memory key ends number entry (MC included, when memory is
 * not empty; MC is disabled otherwise and does nothing). */
static const key_case rule1_memory_ends_entry[] = {
    { "R1a", S, "5 ms 1 mc 7 =", "7", "7=" },
    { "R1b", S, "5 ms 1 mc 7", "7", "" },
    { "R1c", S, "5 ms 1 ms 7 =", "7", "7=" },
    { "R1d", S, "5 ms 1 m+ 7 =", "7", "7=" },
    { "R1e", S, "5 ms 1 m- 7 =", "7", "7=" },
    { "R1f", S, "5 ms 1 mr 7 =", "7", "7=" },
    { "R1g", S, "1 m+ 2 m- 3 =", "3", "3=" },
    { "R1h", SC, "5 ms 1 2 mc 3 + 1 =", "4", "3 + 1=" },
    { "R1i", P, "5 ms 1 mc 7 =", "7", "7=" },
    /* MC with empty memory is disabled: typing goes on */
    { "R1j", S, "1 mc 7", "17", "" },
    /* after MC the typed value is still the operand */
    { "R1k", S, "5 ms 2 mc + 3 =", "5", "2 + 3=" },
};

static void test_rule1_memory_ends_entry(void **state)
{
    (void)state;
    assert_int_equal(run_key_cases(rule1_memory_ends_entry, N_CASES(rule1_memory_ends_entry)), 0);
}

/* Rule 2: percent with no pending operator uses the last value the engine
 * kept, which after '=' is the result (x = % is x * x / 100); a fresh
 * percent still gives 0. */
static const key_case rule2_percent_after_equals[] = {
    { "R2a", S, "9 6 = %", "92.16", "92.16" },
    { "R2b", S, "0 . 0 0 0 0 0 0 7 5 = %", "5.625e-15", "5.625e-15" },
    { "R2c", S, "5 0 %", "0", "0" },
    { "R2d", S, "9 6 = 5 %", "4.8", "4.8" },                 /* 5 % of the kept 96 */
    { "R2e", S, "2 + 3 = 9 6 = %", "98.01", "98.01" },       /* 96 + 3 = 99 is kept */
    { "R2f", S, "1 0 = % =", "1", "1=" },
    { "R2g", S, "4 sqrt = %", "0.04", "0.04" },
    { "R2h", S, "1 0 + 5 = %", "2.25", "2.25" },             /* 15 = 15 * 15 / 100 */
    { "R2i", S, "2 0 0 + 1 0 % =", "220", "200 + 20=" },     /* pending + unchanged */
    { "R2j", S, "9 6 = clear 5 0 %", "0", "0" },             /* C forgets the kept value */
};

static void test_rule2_percent_after_equals(void **state)
{
    (void)state;
    assert_int_equal(run_key_cases(rule2_percent_after_equals, N_CASES(rule2_percent_after_equals)), 0);
}

/* Rule 3: integer powers of exact integers stay exact below 1e10000, and so
 * does the integer arithmetic that follows (expected values from exact
 * integer arithmetic). */
static const key_case rule3_exact_integer_powers[] = {
    { "R3a", SC, "2 pow 7 8 8 6 mod 8 0 3 8 =", "6514", "2 ^ 7886 Mod 8038=" },
    { "R3b", SC, "9 pow 4 2 1 3 mod 2 8 7 . 1 7 9 6 =", "59.014", "9 ^ 4213 Mod 287.1796=" },
    { "R3c", SC, "3 pow 2 0 0 0 0 mod 1 0 0 0 =", "1", NULL },
    { "R3d", SC, "2 pow 3 3 2 1 9 mod 1 0 0 0 =", "288", NULL },          /* 2^33219 < 1e10000 */
    { "R3e", SC, "9 pow 1 0 4 7 9 = mod 9 8 7 6 5 4 3 2 1 =", "877017915", NULL },
    { "R3f", SC, "2 pow 1 0 0 0 + 1 - 2 pow 1 0 0 0 =", "1", "2 ^ 1000 + 1 - 2 ^ 1000=" },
    { "R3g", SC, "2 pow 7 8 8 6 / 2 pow 7 8 8 5 =", "2", NULL },
    { "R3h", SC, "1 0 pow 9 9 9 9 - 1 = mod 1 0 0 0 0 0 0 7 =", "8532277", "1.e+9999 Mod 10000007=" },
    { "R3i", SC, "2 neg pow 7 8 8 7 mod 8 0 3 8 =", "3048", NULL },       /* floored mod of -2^7887 */
    { "R3j", SC, "2 pow 1 6 6 0 9 = * 2 pow 1 6 6 0 9 = mod 1 0 0 0 0 0 0 0 0 7 =", "164614457", NULL },
    { "R3k", SC, "9 9 9 9 9 9 9 9 9 pow 1 1 1 1 = mod 9 9 9 9 9 9 9 9 7 =", "652367828", NULL },
    /* factorials are integer products: kept whole too */
    { "R3o", SC, "1 0 0 fact mod 1 0 0 0 0 0 0 0 0 7 =", "437918130", NULL },
    { "R3p", SC, "3 2 4 8 fact mod 1 0 0 0 0 0 0 0 0 7 =", "11353707", NULL },
    { "R3q", SC, "3 2 4 8 fact", "1.9736342530860425312047080034031e+9997", NULL },
    /* beyond the range: still Overflow */
    { "R3l", SC, "2 pow 3 3 2 2 0 =", "Overflow", NULL },
    { "R3m", SC, "2 pow 3 3 2 1 9 = * 2 =", "Overflow", NULL },
    /* the display of a long whole integer is rounded as any value */
    { "R3n", SC, "2 pow 7 8 8 6 =", "8.3665383513358642955581956579981e+2373", NULL },
};

static void test_rule3_exact_integer_powers(void **state)
{
    (void)state;
    assert_int_equal(run_key_cases(rule3_exact_integer_powers, N_CASES(rule3_exact_integer_powers)), 0);
}

/* Rule 4: fixed or exponential is decided on the significant digits left
 * after dropping trailing zeros (Windows: the top precision + 2 digits), so
 * an inexact 2.000...001e-6 shows as 0.000002 (WINDOWS-CALCULATOR.md 2.2). */
static const key_case rule4_fixed_or_exponential[] = {
    { "R4a", S, "2 sqrt sqr / 1 0 0 0 0 0 0 =", "0.000002", "sqr(" ROOT "(2)) " DIVIDE " 1000000=" },
    { "R4b", SC, "0 . 0 0 0 0 1 sinh", "0.0000100000000001666666666675", "sinh(0.00001)" },
    { "R4c", SC, "2 sqrt sqr / 1 0 0 0 0 0 0 =", "0.000002", NULL },
    { "R4d", S, "3 sqrt sqr / 1 0 0 0 0 0 0 =", "0.000003", NULL },
    { "R4e", S, "2 sqrt sqr / 1 0 0 0 0 0 0 = neg", "-0.000002", "negate(0.000002)" },
    /* 16 places after the point is the limit in standard mode */
    { "R4f", S, "2 sqrt sqr / 1 0 0 0 0 0 0 0 0 / 1 0 0 0 0 0 0 0 0 =", "0.0000000000000002", NULL },
    { "R4g", S, "2 sqrt sqr / 1 0 0 0 0 0 0 0 0 / 1 0 0 0 0 0 0 0 0 0 =", "2.e-17", NULL },
    /* digits that do not fit: exponential beyond 2 zeros after the point */
    { "R4h", S, "0 . 0 0 0 0 0 1 2 3 4 5 6 7 8 9 1 / 7 =", "1.763668415714286e-7", NULL },
    { "R4i", SC, "0 . 0 0 0 1 sinh", "1.0000000016666666675000000001984e-4", NULL },
    { "R4j", S, "1 / 3 0 0 =", "0.0033333333333333", NULL },
    { "R4k", S, "1 / 3 0 0 0 =", "3.333333333333333e-4", NULL },
};

static void test_rule4_fixed_or_exponential(void **state)
{
    (void)state;
    assert_int_equal(run_key_cases(rule4_fixed_or_exponential, N_CASES(rule4_fixed_or_exponential)), 0);
}

/* Rule 5: the expression line keeps the last unary expression while a new
 * number is typed, until an operator or '=' replaces it; a typed number goes
 * on the line as it was typed, and in F-E mode as F-E shows it. */
static const key_case rule5_expression_line[] = {
    { "R5a", S, "5 0 0 5 sqrt 5 5 7 2", "5572", ROOT "(5005)" },
    { "R5b", S, "5 0 0 5 sqrt 5 5 7 2 +", "5572", "5572 + " },
    { "R5c", S, "5 0 0 5 sqrt 5 5 7 2 =", "5572", "5572=" },
    { "R5d", SC, "4 sqr sqrt 3", "3", ROOT "(sqr(4))" },
    { "R5e", S, "4 sqrt 5 ce", "0", ROOT "(4)" },
    { "R5f", S, "4 sqrt 5 clear", "0", "" },
    { "R5g", S, "1 + 4 sqrt 5", "5", "1 + " },               /* a pending operator: replaced */
    { "R5h", S, "5 5 1 . 6 0 +", "551.6", "551.60 + " },
    { "R5i", SC, "0 . 0 9 8 ee neg 3 4 9 +", "9.8e-351", "0.098e-349 + " },
    { "R5j", S, "1 . 5 0 sqr", "2.25", "sqr(1.50)" },
    { "R5k", S, "0 0 7 + 1 =", "8", "7 + 1=" },                /* leading zeros are not typed digits */
    { "R5l", S, "1 . 2 0 neg *", "-1.2", "-1.20 " TIMES " " },
    { "R5m", SC, "fe 1 2 3 +", "1.23e+2", "1.23e+2 + " },
    { "R5n", SC, "fe 1 . 5 0 sqrt", "1.2247448713915890490986420373529e+0", ROOT "(1.5e+0)" },
    { "R5o", S, "2 + 3 = 4 . 0 =", "7", "4.0 + 3=" },
};

static void test_rule5_expression_line(void **state)
{
    (void)state;
    assert_int_equal(run_key_cases(rule5_expression_line, N_CASES(rule5_expression_line)), 0);
}

/* Rule 6: programmer parentheses work as in scientific mode (a parenthesis
 * holding one number or a unary result is a value; '=' closes them all), and
 * a word-size change keeps the pending operands' bit patterns (Windows holds
 * them unsigned; only the displayed value is sign-extended). The engine
 * display is not padded; the CLI and the window pad BIN to whole nibbles. */
static const key_case rule6_programmer_parentheses[] = {
    { "R6a", P, "( 5 )", "5", "(5)" },
    { "R6b", P, "1 + ( 2 ) =", "3", "1 + (2)=" },
    { "R6c", P, "( 5 not )", "-6", "(NOT(5))" },
    { "R6d", P, "5 xor ( 7 =", "2", "5 XOR (7)=" },
    { "R6e", P, "oct 3 7 5 ( =", "175011", "375 " TIMES " (375)=" },
    { "R6f", P, "( ( 4 ) ) * 3 =", "12", NULL },
    { "R6g", P, "5 not ( 2 ) =", "-12", "NOT(5) " TIMES " (2)=" },
    { "R6h", P, "hex A ( 2 ) =", "14", "A " TIMES " (2)=" },
    { "R6i", P, "( 2 + 3 ) * 4 =", "20", "(2 + 3) " TIMES " 4=" },
    { "R6j", P, "2 * ( 3 + 4 =", "14", NULL },
    { "R6k", P, "bin byte 1 0 1 neg lsh 1 qword or 0 =", "111110110", NULL },
    { "R6l", P, "byte 5 neg + qword 1 =", "252", "-5 + 1=" },
    { "R6m", P, "5 neg + dword 1 =", "-4", NULL },
    { "R6n", P, "word 1 0 0 0 0 + byte 1 =", "17", NULL },
    { "R6o", P, "byte 5 neg qword", "-5", NULL },           /* the display sign-extends */
    { "R6p", SC, "( 5 )", "5", "(5)" },
};

static void test_rule6_programmer_parentheses(void **state)
{
    (void)state;
    assert_int_equal(run_key_cases(rule6_programmer_parentheses, N_CASES(rule6_programmer_parentheses)), 0);
}

/* Rule 7: a finished operand before '(' means an omitted multiplication:
 * digits, the point, ')' and the unary functions, not the dms conversions. */
static const key_case rule7_implicit_multiplication[] = {
    { "R7a", SC, "2 ( 3 ) =", "6", "2 " TIMES " (3)=" },
    { "R7b", SC, "2 . ( 3 ) =", "6", "2. " TIMES " (3)=" },
    { "R7c", SC, "( 2 ) ( 3 ) =", "6", "(2) " TIMES " (3)=" },
    { "R7d", SC, "4 sqrt ( 3 ) =", "6", ROOT "(4) " TIMES " (3)=" },
    { "R7e", SC, "3 fact ( 2 ) =", "12", "fact(3) " TIMES " (2)=" },
    { "R7f", SC, "2 dms ( 3 ) =", "3", "(3)=" },
    { "R7g", SC, "2 degrees ( 3 ) =", "3", "(3)=" },
    { "R7h", SC, "1 . 5 dms ( 4 ) =", "4", "(4)=" },
    { "R7i", SC, "2 neg ( 3 ) =", "3", "(3)=" },
    { "R7j", SC, "pi ( 3 ) =", "3", "(3)=" },
};

static void test_rule7_implicit_multiplication(void **state)
{
    (void)state;
    assert_int_equal(run_key_cases(rule7_implicit_multiplication, N_CASES(rule7_implicit_multiplication)), 0);
}

/* Rule 8: error texts as Windows words them. atanh(x) is ln((1 + x) / (1 - x)) / 2
 * there: x = 1 divides by zero, x = -1 is the log of 0 (Invalid input); acoth
 * is atanh of 1/x. Far beyond the range we keep "Overflow". */
static const key_case rule8_error_texts[] = {
    { "R8a", SC, "1 atanh", "Cannot divide by zero", "tanh\xE2\x81\xBB\xC2\xB9(1)" },
    { "R8b", SC, "1 neg atanh", "Invalid input", "tanh\xE2\x81\xBB\xC2\xB9(-1)" },
    { "R8c", SC, "2 atanh", "Invalid input", NULL },
    { "R8d", SC, "1 acoth", "Cannot divide by zero", NULL },
    { "R8e", SC, "1 neg acoth", "Invalid input", NULL },
    { "R8f", SC, "0 acoth", "Cannot divide by zero", NULL },
    { "R8g", SC, "0 . 5 atanh", "0.54930614433405484569762261846126", NULL },
    { "R8h", SC, "3 / 3 = atanh", "Cannot divide by zero", NULL },   /* exactly 1 */
    { "R8i", SC, "1 0 pow 5 0 0 0 = sqr", "Overflow", NULL },
};

static void test_rule8_error_texts(void **state)
{
    (void)state;
    assert_int_equal(run_key_cases(rule8_error_texts, N_CASES(rule8_error_texts)), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rule1_memory_ends_entry),
        cmocka_unit_test(test_rule2_percent_after_equals),
        cmocka_unit_test(test_rule3_exact_integer_powers),
        cmocka_unit_test(test_rule4_fixed_or_exponential),
        cmocka_unit_test(test_rule5_expression_line),
        cmocka_unit_test(test_rule6_programmer_parentheses),
        cmocka_unit_test(test_rule7_implicit_multiplication),
        cmocka_unit_test(test_rule8_error_texts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
