/* Regressions found by fuzzing: each case is the key sequence of a fuzz_keys
 * finding (tests/fuzz/corpus/keys/issue*), replayed with a fixed rand seed.
 * The sanitizer build (CALC_CHECKED) aborts on the broken precondition, so a
 * return of the bug fails here before any wrong display is compared. (Named
 * without "fuzz" so that ctest -E 'soak|fuzz|accuracy' still runs it.) */
#include "calc_test_util.h"

/* Issue 17: atanh of an inexact x within the noise of 1 (it displays 1)
 * divided by a zero big-float (lb_divmod with no divisor limbs): 1 - x
 * cancels to 0 in the noise-aware subtraction while |x| < 1 exactly. Such an
 * x is 1 as far as the calculator is concerned: atanh(1) is Invalid input,
 * on both sides and through acoth (atanh of 1/x). */
static const key_case issue17[] = {
    /* tests/fuzz/corpus/keys/issue17-lb_divmod-zero-divisor-2, its first keys */
    { "17b", CALC_SCIENTIFIC, "+ fact sin asin", "1", NULL },
    { "17b", CALC_SCIENTIFIC, "+ fact sin asin atanh", "Invalid input", NULL },
    { "17b", CALC_SCIENTIFIC, "+ fact sin asin atanh cot cot cot cot pow2 cot cot cot cot cot cot cot cot cot cot cot",
      "Invalid input", NULL },
    /* issue17-lb_divmod-zero-divisor: rand led to cot -> 144.9, tanh -> 1, atanh */
    { "17a", CALC_SCIENTIFIC, "1 4 4 . 9 tanh", "1", NULL },
    { "17a", CALC_SCIENTIFIC, "1 4 4 . 9 tanh atanh", "Invalid input", NULL },
    { "17a", CALC_SCIENTIFIC, "1 4 4 . 9 neg tanh atanh", "Invalid input", NULL },
    { "17a", CALC_SCIENTIFIC, "1 4 4 tanh recip acoth", "Invalid input", NULL },
    { "17a", CALC_STANDARD, "1 4 4 . 9 tanh atanh", "Invalid input", NULL },
    /* farther from 1 than the noise, atanh still undoes tanh */
    { "17c", CALC_SCIENTIFIC, "1 0 0 tanh atanh", "100", NULL },
    { "17c", CALC_SCIENTIFIC, "1 0 0 neg tanh atanh", "-100", NULL },
    { "17c", CALC_SCIENTIFIC, "3 tanh atanh", "3", NULL },
    { "17c", CALC_SCIENTIFIC, ". 9 9 9 9 9 9 9 9 9 9 9 atanh", "13.010791601744723916807562811493", NULL },
};

static void test_issue17_atanh_near_one(void **state)
{
    (void)state;
    assert_int_equal(run_key_cases(issue17, sizeof issue17 / sizeof issue17[0]), 0);
}

/* The first finding pressed rand twice; replayed over many seeds it must
 * never break a precondition, and the atanh after tanh -> 1 is Invalid input. */
static void test_issue17_sequence_with_rand(void **state)
{
    (void)state;
    calc *c = calc_create();
    assert_non_null(c);
    const char *keys = "rand degrees ms asinh asinh asinh bit17 asinh asinh asinh asinh asinh asinh "
                       "asinh asinh asinh asinh atanh cot tanh atanh atanh atanh atanh atanh atanh "
                       "atanh atanh atanh atanh atanh atanh atanh atanh atanh abs rand m+ tan";
    for (uint64_t seed = 0; seed < 200; seed++) {
        calc_reset(c);
        calc_seed(c, seed);
        assert_true(press(c, keys));
    }
    /* seed 3 is a rand that leads to cot -> 144.9..., tanh -> 1 */
    calc_reset(c);
    calc_seed(c, 3);
    assert_true(press(c, "rand degrees ms asinh asinh asinh asinh asinh asinh asinh asinh asinh asinh "
                         "asinh asinh asinh atanh cot tanh"));
    assert_string_equal(calc_display(c), "1");
    assert_true(press(c, "atanh"));
    assert_string_equal(calc_display(c), "Invalid input");
    calc_destroy(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_issue17_atanh_near_one),
        cmocka_unit_test(test_issue17_sequence_with_rand),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
