/* Exactness and composition tests of the math functions: results that
 * Windows shows exactly must be exact (or cancel to exactly 0 through the
 * noise-aware subtraction of number.h), special angles, the inexact pi key
 * in radians, bounded work on huge operands, and the constants' digits. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "mathfn_dispatch.h"

static num N(const char *s)
{
    num x;
    assert_int_equal(num_parse(&x, s), CALC_OK);
    return x;
}

static void expect_text(const num *x, int precision, const char *want)
{
    char buf[256];
    assert_true(num_format(x, precision, false, buf, sizeof buf) > 0);
    if (strcmp(buf, want) != 0)
        printf("got \"%s\", want \"%s\"\n", buf, want);
    assert_string_equal(buf, want);
}

static num ratio(int64_t p, int64_t q)
{
    num a, b, r;
    num_from_int(&a, p);
    num_from_int(&b, q);
    assert_int_equal(num_div(&r, &a, &b), CALC_OK);
    return r;
}

/* (sqrt 2)^2 - 2 = 0 and D15: sqrt 2 then x^2 shows 2 */
static void test_sqrt2_squared(void **state)
{
    (void)state;
    num x = N("2"), r, sq, two = N("2"), d;
    assert_int_equal(math_sqrt(&r, &x), CALC_OK);
    assert_true(r.inexact);
    expect_text(&r, 16, "1.414213562373095");
    assert_int_equal(math_sqr(&sq, &r), CALC_OK);
    expect_text(&sq, 16, "2");
    assert_int_equal(num_sub(&d, &sq, &two), CALC_OK);
    assert_true(num_is_zero(&d));
}

/* C27, C28: 8^(2/3) - 4 = 0, 4^(3/2) - 8 = 0, exactly */
static void test_rational_powers_exact(void **state)
{
    (void)state;
    num r, d, y = ratio(2, 3), x = N("8"), four = N("4"), eight = N("8");
    assert_int_equal(math_pow(&r, &x, &y), CALC_OK);
    assert_false(r.inexact);
    assert_int_equal(num_sub(&d, &r, &four), CALC_OK);
    assert_true(num_is_zero(&d));
    y = ratio(3, 2);
    assert_int_equal(math_pow(&r, &four, &y), CALC_OK);
    assert_false(r.inexact);
    assert_int_equal(num_sub(&d, &r, &eight), CALC_OK);
    assert_true(num_is_zero(&d));
    /* (-8)^(1/3) = -2 as Windows; (-8)^(2/3) = 4; 8^(-2/3) = 0.25 */
    num m8 = N("-8");
    y = ratio(1, 3);
    assert_int_equal(math_pow(&r, &m8, &y), CALC_OK);
    expect_text(&r, 32, "-2");
    y = ratio(2, 3);
    assert_int_equal(math_pow(&r, &m8, &y), CALC_OK);
    expect_text(&r, 32, "4");
    y = ratio(-2, 3);
    assert_int_equal(math_pow(&r, &x, &y), CALC_OK);
    assert_false(r.inexact);
    expect_text(&r, 32, "0.25");
    /* (-8)^(1/2) and (-8)^0.5 are invalid */
    y = ratio(1, 2);
    assert_int_equal(math_pow(&r, &m8, &y), CALC_ERR_INVALID);
}

/* C09, C10, C16 and friends */
static void test_root_chains(void **state)
{
    (void)state;
    num x = N("257"), r;
    assert_int_equal(math_sqrt(&r, &x), CALC_OK);
    assert_int_equal(math_sqrt(&r, &r), CALC_OK);
    assert_int_equal(math_sqrt(&r, &r), CALC_OK);
    expect_text(&r, 32, "2.0009748976330773374220277351385");
    /* log(sqrt(2.25) / 1.5) = 0 */
    num a = N("2.25"), b = N("1.5");
    assert_int_equal(math_sqrt(&r, &a), CALC_OK);
    assert_false(r.inexact);
    assert_int_equal(num_div(&r, &r, &b), CALC_OK);
    assert_int_equal(math_log10(&r, &r), CALC_OK);
    assert_true(num_is_zero(&r));
    /* cuberoot(cube(8)) = 8; cbrt(-27) = -3 exactly */
    x = N("8");
    assert_int_equal(math_cube(&r, &x), CALC_OK);
    assert_int_equal(math_cbrt(&r, &r), CALC_OK);
    assert_false(r.inexact);
    expect_text(&r, 32, "8");
    x = N("-27");
    assert_int_equal(math_cbrt(&r, &x), CALC_OK);
    assert_false(r.inexact);
    expect_text(&r, 32, "-3");
    /* exact roots of rationals: sqrt(1/4) = 0.5, root 5 of 1e-10 = 0.01 */
    a = ratio(1, 4);
    assert_int_equal(math_sqrt(&r, &a), CALC_OK);
    assert_false(r.inexact);
    expect_text(&r, 32, "0.5");
    a = N("1e-10");
    b = N("5");
    assert_int_equal(math_root(&r, &a, &b), CALC_OK);
    assert_false(r.inexact);
    expect_text(&r, 32, "0.01");
}

/* C48: pi key in radians gives exact 0 / -1 / 0; sin(pi/2) = 1 */
static void test_pi_radians(void **state)
{
    (void)state;
    num pi, r, two = N("2"), half;
    math_pi(&pi);
    assert_true(pi.inexact);
    assert_int_equal(math_sin(&r, &pi, ANGLE_RAD), CALC_OK);
    expect_text(&r, 32, "0");
    assert_int_equal(math_cos(&r, &pi, ANGLE_RAD), CALC_OK);
    expect_text(&r, 32, "-1");
    assert_int_equal(math_tan(&r, &pi, ANGLE_RAD), CALC_OK);
    expect_text(&r, 32, "0");
    assert_int_equal(num_div(&half, &pi, &two), CALC_OK);
    assert_int_equal(math_sin(&r, &half, ANGLE_RAD), CALC_OK);
    expect_text(&r, 32, "1");
    /* asin 1 in radians is pi/2, and sin of it is 1 again */
    num one = N("1");
    assert_int_equal(math_asin(&r, &one, ANGLE_RAD), CALC_OK);
    assert_int_equal(math_sin(&r, &r, ANGLE_RAD), CALC_OK);
    expect_text(&r, 32, "1");
}

/* inverse functions give exact special angles; forward ones exact values */
static void test_special_angles(void **state)
{
    (void)state;
    num r, x;
    x = N("0.5");
    assert_int_equal(math_asin(&r, &x, ANGLE_DEG), CALC_OK);
    assert_false(r.inexact);
    expect_text(&r, 32, "30");
    assert_int_equal(math_sin(&r, &r, ANGLE_DEG), CALC_OK);
    assert_false(r.inexact);
    expect_text(&r, 32, "0.5");
    assert_int_equal(math_acos(&r, &x, ANGLE_GRAD), CALC_OK);
    expect_text(&r, 32, "66.666666666666666666666666666667");
    x = N("-0.5");
    assert_int_equal(math_acos(&r, &x, ANGLE_DEG), CALC_OK);
    expect_text(&r, 32, "120");
    x = N("-1");
    assert_int_equal(math_atan(&r, &x, ANGLE_DEG), CALC_OK);
    expect_text(&r, 32, "-45");
    assert_int_equal(math_acot(&r, &x, ANGLE_DEG), CALC_OK);
    expect_text(&r, 32, "-45");
    /* exact angles anywhere: sin(-1e9999 + 30...) via the exact reduction */
    x = N("-210");
    assert_int_equal(math_sin(&r, &x, ANGLE_DEG), CALC_OK);
    expect_text(&r, 32, "0.5");
    x = N("3630");
    assert_int_equal(math_sin(&r, &x, ANGLE_DEG), CALC_OK);
    expect_text(&r, 32, "0.5");
    x = N("135");
    assert_int_equal(math_tan(&r, &x, ANGLE_DEG), CALC_OK);
    expect_text(&r, 32, "-1");
    x = N("150");
    assert_int_equal(math_cot(&r, &x, ANGLE_GRAD), CALC_OK);
    expect_text(&r, 32, "-1");
    /* 1/3 of 100 gradians is 30 degrees */
    x = ratio(100, 3);
    assert_int_equal(math_sin(&r, &x, ANGLE_GRAD), CALC_OK);
    expect_text(&r, 32, "0.5");
}

/* exact integer results stay exact: powers, 10^n, n!, log of powers of ten */
static void test_exact_integers(void **state)
{
    (void)state;
    num r, x, y;
    x = N("2");
    y = N("100");
    assert_int_equal(math_pow(&r, &x, &y), CALC_OK);
    assert_false(r.inexact);
    expect_text(&r, 32, "1267650600228229401496703205376");
    x = N("25");
    assert_int_equal(math_fact(&r, &x), CALC_OK);
    assert_false(r.inexact);
    x = N("-3");
    assert_int_equal(math_pow10(&r, &x), CALC_OK);
    assert_false(r.inexact);
    expect_text(&r, 32, "0.001");
    x = N("1e-300");
    assert_int_equal(math_log10(&r, &x), CALC_OK);
    assert_false(r.inexact);
    expect_text(&r, 32, "-300");
    x = N("1e100");
    y = N("1e10");
    assert_int_equal(math_logy(&r, &x, &y), CALC_OK);
    expect_text(&r, 32, "10");
    x = N("-2");
    y = N("63");
    assert_int_equal(math_pow(&r, &x, &y), CALC_OK);
    expect_text(&r, 32, "-9223372036854775808");
}

/* huge operands answer at once (the budget is 5 ms; a hang would time out) */
static void test_bounded_work(void **state)
{
    (void)state;
    num r, x, y;
    x = N("1.5");
    y = N("1e18");
    assert_int_equal(math_pow(&r, &x, &y), CALC_ERR_OVERFLOW);
    x = N("0.5");
    assert_int_equal(math_pow(&r, &x, &y), CALC_ERR_OVERFLOW);
    x = N("1.0000000000000000000000000000001");
    y = N("1234567890123456789");
    assert_int_equal(math_pow(&r, &x, &y), CALC_OK);
    expect_text(&r, 32, "1.0000000000001234567890123532997");
    x = N("-1");
    y = N("1e9999");
    assert_int_equal(math_pow(&r, &x, &y), CALC_OK);
    expect_text(&r, 32, "1");
    x = N("1e-9999");
    y = N("1e9999");
    assert_int_equal(math_sin(&r, &x, ANGLE_RAD), CALC_OK);
    expect_text(&r, 32, "1.e-9999");
    assert_int_equal(math_tanh(&r, &y), CALC_ERR_INVALID);
    num_neg(&y, &y);
    assert_int_equal(math_tanh(&r, &y), CALC_OK);
    expect_text(&r, 32, "-1");
    assert_int_equal(math_exp(&r, &y), CALC_ERR_OVERFLOW);
    assert_int_equal(math_sinh(&r, &y), CALC_ERR_OVERFLOW);
    assert_int_equal(math_asinh(&r, &y), CALC_OK);
    expect_text(&r, 32, "-23024.24149202802273980531378751");
    assert_int_equal(math_cos(&r, &y, ANGLE_RAD), CALC_OK);
    assert_int_equal(math_ln(&r, &x), CALC_OK);
    expect_text(&r, 32, "-23023.548344847462794495896555389");
    x = N("2");
    y = N("-1e20");
    assert_int_equal(math_pow(&r, &x, &y), CALC_ERR_OVERFLOW);
    x = N("3248.5");
    assert_int_equal(math_fact(&r, &x), CALC_ERR_OVERFLOW);
}

/* mode precisions: standard 16 digits */
static void test_standard_precision(void **state)
{
    (void)state;
    num r, x = N("10");
    assert_int_equal(math_ln(&r, &x), CALC_OK);
    expect_text(&r, 16, "2.302585092994046");
    math_e(&r);
    expect_text(&r, 16, "2.718281828459045");
    x = N("64");
    assert_int_equal(math_pow2(&r, &x), CALC_OK);
    expect_text(&r, 16, "1.844674407370955e+19");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sqrt2_squared),
        cmocka_unit_test(test_rational_powers_exact),
        cmocka_unit_test(test_root_chains),
        cmocka_unit_test(test_pi_radians),
        cmocka_unit_test(test_special_angles),
        cmocka_unit_test(test_exact_integers),
        cmocka_unit_test(test_bounded_work),
        cmocka_unit_test(test_standard_precision),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
