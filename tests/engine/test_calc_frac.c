/* The fraction view (issue 16, calc.h): the frac token toggles the display
 * between the decimal and the exact fraction of rational values whose
 * numerator and denominator have at most the mode's precision in digits. */
#include "calc_test_util.h"

#define S CALC_STANDARD
#define SC CALC_SCIENTIFIC
#define P CALC_PROGRAMMER

static const key_case frac_cases[] = {
    /* the examples */
    { "F01", S, "1 / 3 = frac", "1/3", "1 \xC3\xB7 3=" },
    { "F02", S, "0 . 7 5 frac", "3/4", "" },
    { "F03", S, "2 . 5 neg frac", "-5/2", "" },
    { "F04", S, "2 2 / 7 = frac", "22/7", "2" "2 \xC3\xB7 7=" },
    { "F05", S, "2 sqrt frac", "1.414213562373095", "\xE2\x88\x9A(2)" },
    /* a display setting: on until pressed again, for every value */
    { "F06", S, "1 / 3 = frac frac", "0.3333333333333333", NULL },
    { "F07", S, "frac 1 / 3 =", "1/3", NULL },
    { "F08", S, "1 / 3 = frac + 1 =", "4/3", "0.3333333333333333 + 1=" },
    { "F09", S, "1 / 3 = frac 5", "5", NULL },              /* typing shows decimals */
    { "F10", S, "frac 1 . 2 5", "1.25", NULL },
    { "F11", S, "frac 1 . 2 5 +", "5/4", "1.25 + " },
    { "F12", S, "frac 6 / 3 =", "2", NULL },                  /* integers stay integers */
    { "F13", S, "frac 0 . 1 + 0 . 2 =", "3/10", NULL },
    { "F14", S, "frac 1 / 0 =", "Cannot divide by zero", NULL },
    { "F15", S, "frac 1 / 0 = 3 / 4 =", "3/4", NULL },        /* the error keeps the view */
    { "F16", S, "1 / 3 = frac clear 1 / 4 =", "1/4", NULL },  /* C keeps it */
    { "F17", S, "frac 1 / 8 = ms clear mr", "1/8", NULL },
    { "F18", S, "frac 0 . 0 0 0 0 0 0 0 0 0 1 =", "1/10000000000", NULL },
    /* at most 16 digits each in standard mode, 32 in scientific */
    { "F19", S, "frac 1 / 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 =", "1/9999999999999999", NULL },
    { "F20", S, "frac 1 / 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 / 7 =", "1.428571428571429e-17", NULL },
    { "F21", SC, "frac 1 / 3 pow 6 7 =", "1/92709463147897837085761925410587", NULL },
    { "F22", SC, "frac 1 / 3 pow 6 8 =", "3.595461800933657761028850347139e-33", NULL },
    { "F23", SC, "frac 2 pow 1 0 0 = recip", "1/1267650600228229401496703205376", NULL },
    { "F24", SC, "frac 1 / 3 + 1 / 6 =", "1/2", NULL },
    { "F25", SC, "frac pi", "3.1415926535897932384626433832795", NULL },
    { "F26", SC, "frac 3 0 sin", "1/2", NULL },               /* sin 30° is exact */
    { "F27", SC, "frac 1 . 5 ee neg 3", "1.5e-3", NULL },
    { "F28", SC, "frac 1 . 5 ee neg 3 =", "3/2000", NULL },
    /* the view carries over a mode switch; programmer mode shows integers */
    { "F29", S, "1 / 3 = frac scientific", "1/3", NULL },
    { "F30", S, "frac programmer 7", "7", NULL },
};

static void test_frac_cases(void **state)
{
    (void)state;
    assert_int_equal(run_key_cases(frac_cases, N_CASES(frac_cases)), 0);
}

/* The accessors the window uses: the setting, whether the display shows a
 * fraction right now, and the mixed-number option. */
static void test_frac_accessors(void **state)
{
    (void)state;
    calc *c = calc_create();
    assert_non_null(c);
    assert_false(calc_get_frac(c));
    assert_false(calc_get_mixed(c));
    press(c, "2 2 / 7 =");
    assert_false(calc_showing_fraction(c));
    press(c, "frac");
    assert_true(calc_get_frac(c));
    assert_true(calc_showing_fraction(c));
    assert_string_equal(calc_display(c), "22/7");
    calc_set_mixed(c, true);
    assert_true(calc_get_mixed(c));
    assert_string_equal(calc_display(c), "3 1/7");
    press(c, "neg");
    assert_string_equal(calc_display(c), "-3 1/7");
    press(c, "neg 7 / 2 0 =");
    assert_string_equal(calc_display(c), "7/20");               /* proper: no whole part */
    press(c, "2 sqrt");
    assert_false(calc_showing_fraction(c));
    assert_true(calc_get_frac(c));
    calc_set_mixed(c, false);
    press(c, "clear 1 1 / 4 =");
    assert_string_equal(calc_display(c), "11/4");
    /* the memory list and history keep decimals */
    press(c, "ms");
    assert_string_equal(calc_memory_text(c, 0), "2.75");
    assert_string_equal(calc_history_result(c, CALC_STANDARD, 0), "2.75");
    /* the fraction view is the only text that changes: the value is the same */
    press(c, "frac");
    assert_false(calc_get_frac(c));
    assert_string_equal(calc_display(c), "2.75");
    /* calc_reset turns the view and mixed numbers off */
    press(c, "frac");
    calc_set_mixed(c, true);
    calc_reset(c);
    assert_false(calc_get_frac(c));
    assert_false(calc_get_mixed(c));
    calc_destroy(c);
}

/* frac exists in standard and scientific mode only, as a setting. */
static void test_frac_command(void **state)
{
    (void)state;
    const command_info *ci = command_by_token("frac");
    assert_non_null(ci);
    assert_int_equal(ci->id, CMD_FRAC);
    assert_int_equal(ci->id, 197);
    assert_int_equal(ci->kind, CMDK_SETTING);
    assert_int_equal(ci->modes, CMD_IN_STANDARD | CMD_IN_SCIENTIFIC);
    calc *c = calc_create();
    assert_non_null(c);
    assert_true(calc_command_enabled(c, CMD_FRAC));
    calc_execute(c, CMD_PROGRAMMER);
    assert_false(calc_command_enabled(c, CMD_FRAC));
    calc_destroy(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_frac_cases),
        cmocka_unit_test(test_frac_accessors),
        cmocka_unit_test(test_frac_command),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
