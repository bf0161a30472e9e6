/* The app layer around the engine: recovery from errors (2.4 last
 * paragraph), mode switches that keep the value (our difference from
 * Windows), disabled keys, command table, and bounded work on long input. */
#include <time.h>

#include "calc_test_util.h"

#define S CALC_STANDARD
#define SC CALC_SCIENTIFIC

static const key_case app_cases[] = {
    /* after an error a digit or '.' clears and starts a new number */
    { "err-digit", S, "1 / 0 = 5", "5", "" },
    { "err-point", S, "1 / 0 = .", "0.", "" },
    { "err-digit-calc", S, "1 / 0 = 5 + 1 =", "6", "5 + 1=" },
    /* operators, functions, +/- and memory are disabled: nothing happens */
    { "err-op", S, "1 / 0 = +", "Cannot divide by zero", "1 \xC3\xB7 " },
    { "err-unary", S, "1 / 0 = sqrt", "Cannot divide by zero", "1 \xC3\xB7 " },
    { "err-neg", S, "1 / 0 = neg", "Cannot divide by zero", NULL },
    { "err-percent", S, "1 / 0 = %", "Cannot divide by zero", NULL },
    { "err-paren", SC, "1 / 0 = (", "Cannot divide by zero", NULL },
    { "err-pi", SC, "1 / 0 = pi", "Cannot divide by zero", NULL },
    { "err-ee", SC, "1 / 0 = ee", "Cannot divide by zero", NULL },
    /* other keys just clear */
    { "err-equals", S, "1 / 0 = =", "0", "" },
    { "err-back", S, "1 / 0 = back", "0", "" },
    { "err-ce", S, "1 / 0 = ce", "0", "" },
    { "err-clear", S, "1 / 0 = clear", "0", "" },
    { "err-fe", SC, "1 / 0 = fe", "0", "" },
    { "err-then-op", S, "1 / 0 = = 3 * 2 =", "6", NULL },
    /* the mode switch keeps the displayed value and clears what was pending */
    { "mode-typed", S, "1 2 . 5 scientific", "12.5", "" },
    { "mode-typed-calc", S, "1 2 . 5 scientific + 1 =", "13.5", "12.5 + 1=" },
    { "mode-result", S, "2 sqrt scientific", "1.4142135623730950488016887242097", "" },
    { "mode-pending", SC, "1 + 2 standard =", "2", "2=" },
    { "mode-back", SC, "1 ee 4 0 standard", "1.e+40", NULL },
    { "mode-to-prog", S, "1 2 . 7 programmer", "12", NULL },
    { "mode-to-prog-neg", S, "1 2 . 7 neg programmer", "-12", NULL },
    { "mode-from-prog", S, "programmer hex F F standard", "255", NULL },
    { "mode-error", S, "1 / 0 = scientific", "0", "" },
    { "mode-same", S, "5 standard 6", "56", NULL },
    { "mode-new-number", S, "7 scientific 8", "8", NULL },
    /* keys of another mode do nothing */
    { "hex-in-std", S, "1 A", "1", NULL },
    { "bit-in-std", S, "1 bit3", "1", NULL },
    { "mode-prog-dot", S, "programmer 1 . 5", "15", NULL },
    /* the engine works the same with scientific keys in standard mode */
    { "std-sci-key", S, "2 pow 1 0 =", "1024", "2 ^ 10=" },
    { "std-no-precedence", S, "2 + 3 pow 2 =", "25", NULL },
    { "std-paren", S, "2 * ( 3 + 4 ) =", "14", NULL },
    /* omitted multiplication before "(" also after a function */
    { "implicit-unary", SC, "4 sqrt ( 3 ) =", "6", "\xE2\x88\x9A(4) \xC3\x97 (3)=" },
    { "implicit-none-after-op", SC, "4 + ( 3 ) =", "7", "4 + (3)=" },
    /* deeper than 25 parentheses: the extra ones are ignored */
    { "paren-depth", SC,
      "( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( 1 + 1 =", "2", NULL },
    /* unmatched ')' is ignored */
    { "paren-extra", SC, "1 + 2 ) ) =", "3", "1 + 2=" },
    /* exponent entry */
    { "ee-max", SC, "1 ee 1 2 3 4 5", "1.e+1234", NULL },
    { "ee-back", SC, "1 ee 5 back back", "1.", NULL },
    { "ee-no-point", SC, "1 ee 2 .", "1.e+2", NULL },
    { "ee-after-result", SC, "2 + 3 = ee", "5", NULL },
    { "ee-overflow", SC, "9 9 ee 9 9 9 9 +", "Overflow", NULL },
    /* max digits in scientific: 32 */
    { "sci-digits", SC, "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4",
      "12345678901234567890123456789012", NULL },
    /* '=' closes every open parenthesis */
    { "equals-closes", SC, "2 * ( 3 + ( 4 =", "14", "2 \xC3\x97 (3 + (4))=" },
    /* programmer operands follow a radix change on the expression line */
    { "radix-expr", CALC_PROGRAMMER, "1 0 + 2 0 * hex", "14", "A + 14 \xC3\x97 " },
    { "radix-expr-not", CALC_PROGRAMMER, "1 0 not bin", "1111111111111111111111111111111111111111111111111111111111110101",
      "NOT(1010)" },
    /* precedence inversion brackets on the expression line */
    { "prec-inversion", SC, "1 * 2 + pow 3 =", "8", "(1 \xC3\x97 2) ^ 3=" },
};

static void test_app_cases(void **state)
{
    (void)state;
    assert_int_equal(run_key_cases(app_cases, N_CASES(app_cases)), 0);
}

static void test_error_state_api(void **state)
{
    (void)state;
    calc *c = calc_create();
    start(c, CALC_STANDARD);
    press(c, "1 / 0 =");
    assert_true(calc_in_error(c));
    assert_int_equal(calc_error(c), CALC_ERR_DIV_ZERO);
    assert_false(calc_command_enabled(c, CMD_ADD));
    assert_false(calc_command_enabled(c, CMD_SQRT));
    assert_false(calc_command_enabled(c, CMD_MS));
    assert_true(calc_command_enabled(c, CMD_DIGIT_1));
    assert_true(calc_command_enabled(c, CMD_CLEAR));
    press(c, "ce");
    assert_false(calc_in_error(c));
    assert_int_equal(calc_error(c), CALC_OK);
    /* angle buttons in error just clear (Windows' OnButtonPressed) */
    start(c, CALC_SCIENTIFIC);
    press(c, "1 / 0 = rad");
    assert_false(calc_in_error(c));
    assert_int_equal(calc_get_angle(c), ANGLE_DEG);
    /* the mode switch keeps memory and angle */
    start(c, CALC_SCIENTIFIC);
    press(c, "grad 5 ms standard");
    assert_int_equal(calc_get_mode(c), CALC_STANDARD);
    assert_int_equal(calc_precision(c), 16);
    assert_int_equal(calc_memory_count(c), 1);
    assert_int_equal(calc_get_angle(c), ANGLE_GRAD);
    calc_destroy(c);
}

static void test_command_table(void **state)
{
    (void)state;
    int n = command_count();
    assert_true(n > 150);
    for (int i = 0; i < n; i++) {
        const command_info *ci = command_at(i);
        assert_non_null(ci);
        /* the token fits in its entry with its terminator */
        assert_non_null(memchr(ci->token, '\0', sizeof ci->token));
        assert_true(ci->token[0] != '\0');
        assert_ptr_equal(command_by_id(ci->id), ci);
        assert_ptr_equal(command_by_token(ci->token), ci);
        assert_true(ci->modes != 0);
    }
    assert_null(command_at(n));
    assert_null(command_by_id(99999));
    assert_null(command_by_token("nope"));
    assert_int_equal(command_by_token("sqrt")->id, CMD_SQRT);
    assert_int_equal(command_by_token("bit63")->id, CMD_BIT_63);
    assert_int_equal(command_by_token("ee")->id, CMD_EE);
    assert_int_equal(command_by_token("exp")->id, CMD_EXP);
    /* every id of command_ids.h is in the table */
    int ids[] = { CMD_DIGIT_0, CMD_DIGIT_F, CMD_DECIMAL, CMD_NEGATE, CMD_ADD, CMD_PERCENT, CMD_MOD,
                  CMD_LPAREN, CMD_RPAREN, CMD_BACK, CMD_CE, CMD_CLEAR, CMD_SQRT, CMD_RAND, CMD_ACOTH,
                  CMD_DEG, CMD_DEGREES, CMD_MS, CMD_MMINUS, CMD_STANDARD, CMD_PROGRAMMER, CMD_HEX,
                  CMD_BYTE, CMD_AND, CMD_RORC, CMD_BIT_0 };
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
        assert_non_null(command_by_id(ids[i]));
}

/* Long or hostile sequences finish quickly and keep the state consistent. */
static void test_bounded_work(void **state)
{
    (void)state;
    calc *c = calc_create();
    clock_t t0 = clock();
    start(c, CALC_SCIENTIFIC);
    press(c, "2 5 6");
    for (int i = 0; i < 5000; i++)
        calc_execute(c, CMD_SQRT);
    assert_string_equal(calc_display(c), "1");
    start(c, CALC_SCIENTIFIC);
    for (int i = 0; i < 3000; i++)
        press(c, "1 +");
    press(c, "1 =");
    assert_string_equal(calc_display(c), "3001");
    start(c, CALC_STANDARD);
    for (int i = 0; i < 3000; i++)
        press(c, "2 *");
    assert_string_equal(calc_display(c), "1.230231922161117e+903");      /* 2^3000 */
    start(c, CALC_STANDARD);
    for (int i = 0; i < 3000; i++)
        press(c, "1 0 0 0 0 0 *");
    assert_false(calc_in_error(c));                     /* digits after Overflow start afresh */
    assert_string_equal(calc_display(c), "1.e+5000");
    press(c, "ce clear");
    /* every command id, in every mode, in a row */
    for (int m = 0; m < 3; m++) {
        start(c, (calc_mode)m);
        for (int round = 0; round < 3; round++)
            for (int id = CMD_FIRST - 1; id <= CMD_LAST + 1; id++)
                if (id < CMD_STANDARD || id > CMD_PROGRAMMER)
                    calc_execute(c, id);
        assert_non_null(calc_display(c));
        assert_non_null(calc_expression(c));
    }
    double seconds = (double)(clock() - t0) / CLOCKS_PER_SEC;
    printf("bounded work: %.2f s\n", seconds);
    assert_true(seconds < 20.0);
    calc_destroy(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_app_cases),
        cmocka_unit_test(test_error_state_api),
        cmocka_unit_test(test_command_table),
        cmocka_unit_test(test_bounded_work),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
