/* Tests for number.h: canonical form, exact arithmetic, trimming, range, parse. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "number.h"

static num P(const char *s)
{
    num r;
    calc_status st = num_parse(&r, s);
    if (st != CALC_OK)
        printf("num_parse(\"%s\") failed\n", s);
    assert_int_equal(st, CALC_OK);
    return r;
}

static void expect_text(const num *a, int precision, const char *text)
{
    char buf[256];
    num_format(a, precision, false, buf, sizeof buf);
    if (strcmp(buf, text) != 0)
        printf("got \"%s\", want \"%s\"\n", buf, text);
    assert_string_equal(buf, text);
}

/* parsed number with a stable address (a small ring of slots) */
static const num *Q(const char *s)
{
    static num slots[8];
    static int next;
    num *r = &slots[next];
    next = (next + 1) % 8;
    *r = P(s);
    return r;
}

typedef calc_status (*binop)(num *, const num *, const num *);

/* a op b shown with 32 digits */
static num check_op(binop op, const char *a, const char *b, const char *expect)
{
    num x = P(a), y = P(b), r;
    assert_int_equal(op(&r, &x, &y), CALC_OK);
    expect_text(&r, 32, expect);
    return r;
}

static void assert_bi_str(const bigint *b, const char *s)
{
    char buf[800];
    bi_to_string(b, buf, (int)sizeof buf);
    assert_string_equal(buf, s);
}

static void test_canonical_form(void **state)
{
    (void)state;
    num a = P("12000");
    assert_bi_str(&a.p, "12");
    assert_true(bi_is_one(&a.q));
    assert_int_equal(a.exp, 3);
    a = P("0.125");
    assert_bi_str(&a.p, "125");
    assert_int_equal(a.exp, -3);
    num one = P("1"), two = P("2"), three = P("3"), six = P("6"), r;
    num_div(&r, &one, &two); /* 1/2 is the decimal 5e-1 */
    assert_bi_str(&r.p, "5");
    assert_true(bi_is_one(&r.q));
    assert_int_equal(r.exp, -1);
    num_div(&r, &three, &six);
    assert_bi_str(&r.p, "5");
    assert_int_equal(r.exp, -1);
    num_div(&r, &two, &six); /* 1/3 */
    assert_bi_str(&r.p, "1");
    assert_bi_str(&r.q, "3");
    assert_int_equal(r.exp, 0);
    assert_false(r.inexact);
    a = P("1.5");
    num_div(&r, &a, &six); /* 0.25 */
    assert_bi_str(&r.p, "25");
    assert_int_equal(r.exp, -2);
    assert_true(bi_is_one(&r.q));
    a = P("-0");
    assert_false(a.neg);
    assert_int_equal(num_sign(&a), 0);
    assert_true(bi_is_one(&a.q));
    num_zero(&a);
    assert_true(num_is_zero(&a) && !a.neg && !a.inexact && a.exp == 0);
    num_from_int(&a, INT64_MIN);
    expect_text(&a, 32, "-9223372036854775808");
    num_from_int(&a, -120);
    assert_bi_str(&a.p, "12");
    assert_int_equal(a.exp, 1);
    assert_true(a.neg);
    num_from_u64(&a, UINT64_MAX, false);
    expect_text(&a, 32, "18446744073709551615");
    bigint m;
    bi_from_u64(&m, 12300);
    num_from_decimal(&a, &m, -2, true, false);
    assert_bi_str(&a.p, "123");
    assert_int_equal(a.exp, 0);
    assert_true(a.neg);
    bi_zero(&m);
    num_from_decimal(&a, &m, 7, true, true);
    assert_true(num_is_zero(&a) && !a.neg && !a.inexact);
}

static void test_exactness(void **state)
{
    (void)state;
    num one = P("1"), three = P("3"), r;
    num_div(&r, &one, &three);
    num_mul(&r, &r, &three);
    assert_int_equal(num_cmp(&r, &one), 0);
    assert_false(r.inexact);
    assert_true(num_is_integer(&r));

    num a = P("0.1"), b = P("0.2"), c = P("0.3");
    num_add(&r, &a, &b);
    num_sub(&r, &r, &c);
    assert_true(num_is_zero(&r));

    /* 1/3 + 1/3 + 1/3 = 1 exactly */
    num t;
    num_div(&t, &one, &three);
    num_add(&r, &t, &t);
    num_add(&r, &r, &t);
    assert_int_equal(num_cmp(&r, &one), 0);

    /* exact operands never cancel to noise: 1e50 + 1 - 1e50 = 1 */
    a = P("1e50");
    num_add(&r, &a, &one);
    assert_false(r.inexact);
    num_sub(&r, &r, &a);
    assert_int_equal(num_cmp(&r, &one), 0);
    assert_false(r.inexact);
    /* 1 + 1e-121 - 1 = 1e-121 exactly (122 digits fit in 128) */
    a = P("1e-121");
    num_add(&r, &one, &a);
    assert_false(r.inexact);
    num_sub(&r, &r, &one);
    assert_int_equal(num_cmp(&r, &a), 0);
    assert_false(r.inexact);
    check_op(num_mul, "99999999", "99999999", "9999999800000001");
    check_op(num_sub, "5", "5", "0");
    check_op(num_div, "1", "8", "0.125");
}

static void test_trimming(void **state)
{
    (void)state;
    /* 1e200 + 1 is an integer below 1e10000: kept whole, all 201 digits */
    num a = P("1e200"), one = P("1"), r;
    num_add(&r, &a, &one);
    assert_false(r.inexact);
    assert_int_equal(bi_digits(&r.p), 201);
    /* 1e10000 + 1 is beyond whole integers: rounded to 128 digits, inexact */
    a = P("1e10000");
    num_add(&r, &a, &one);
    assert_true(r.inexact);
    assert_int_equal(num_cmp(&r, &a), 0);
    assert_true(bi_digits(&r.p) <= NUM_PRECISION);
    /* 129 significant digits round half away from zero to 128 */
    char s[200];
    s[0] = '1';
    memset(s + 1, '0', 127);
    strcpy(s + 128, "5");
    a = P(s);
    assert_true(a.inexact);
    assert_int_equal(bi_digits(&a.p), NUM_PRECISION);
    assert_int_equal(a.p.d[0] % 10, 1);
    assert_int_equal(a.exp, 1);
    s[128] = '4';
    a = P(s);
    assert_true(a.inexact);
    assert_true(bi_is_one(&a.p));
    assert_int_equal(a.exp, 128);
    /* exact rationals whose denominator outgrows NUM_PRECISION become decimals */
    num seven = P("7"), x;
    num_div(&x, &one, &seven);
    for (int i = 1; i < 151; i++)
        num_div(&x, &x, &seven);
    assert_false(x.inexact); /* 1/7^151: the denominator has 128 digits */
    num_div(&x, &x, &seven);
    assert_true(x.inexact); /* 1/7^152: 129 digits, now a decimal */
    assert_true(bi_is_one(&x.q));
    num_div(&x, &x, &seven); /* an inexact decimal / 7 is again a short rational */
    assert_true(x.inexact);
    assert_bi_str(&x.q, "7");
    assert_true(bi_digits(&x.p) <= NUM_PRECISION);
    /* 2^500 has 151 digits: a whole integer, exact */
    num two = P("2");
    num_from_int(&x, 1);
    for (int i = 0; i < 500; i++)
        num_mul(&x, &x, &two);
    assert_false(x.inexact);
    assert_int_equal(bi_digits(&x.p), 151);
    expect_text(&x, 32, "3.2733906078961418700131896968276e+150");
}

/* Whole integers (below 1e10000) stay exact through + - * mod; mixed with a
 * fraction they are trimmed first, so every result stays bounded. */
static void test_whole_integers(void **state)
{
    (void)state;
    num x, two = P("2"), one = P("1"), half = P("0.5"), r, m = P("8038");
    num_from_int(&x, 1);
    for (int i = 0; i < 7886; i++)
        num_mul(&x, &x, &two);
    assert_false(x.inexact);
    assert_int_equal(bi_digits(&x.p), 2374);
    num_mod(&r, &x, &m);
    expect_text(&r, 32, "6514");                   /* 2^7886 mod 8038 */
    num_add(&r, &x, &one);
    num_sub(&r, &r, &x);
    expect_text(&r, 32, "1");
    assert_false(r.inexact);
    num_mul(&r, &x, Q("1.5"));                      /* 3 * 2^7885: whole */
    assert_false(r.inexact);
    num_div(&r, &r, Q("3"));
    num_div(&r, &r, &x);
    expect_text(&r, 32, "0.5");
    num_add(&r, &x, &half);                         /* not an integer: trimmed */
    assert_true(r.inexact);
    assert_true(bi_digits(&r.p) <= NUM_PRECISION);
    num_div(&r, &one, &x);                          /* a long divisor is trimmed */
    assert_true(r.inexact);
    assert_true(bi_digits(&r.p) <= NUM_PRECISION && bi_digits(&r.q) <= NUM_PRECISION);
    num_mul(&r, &x, &x);                            /* 4748 digits: still whole */
    assert_false(r.inexact);
    num_mul(&r, &r, &r);                            /* 9495 digits */
    assert_false(r.inexact);
    num_mul(&r, &r, &x);                            /* past 1e10000: trimmed */
    assert_true(r.inexact);
    assert_int_equal(num_check_range(&r), CALC_ERR_OVERFLOW);
}

static void test_rounding_of_sums(void **state)
{
    (void)state;
    /* 1 + (5e-128 +- 1e-255): the exact sum has 256 digits; the 129th digit is a tie
     * broken by the far digit */
    char tie_plus[200] = "5.", tie_minus[200] = "4.";
    memset(tie_plus + 2, '0', 126);
    strcpy(tie_plus + 128, "1e-128"); /* 5e-128 + 1e-255 */
    memset(tie_minus + 2, '9', 127);
    strcpy(tie_minus + 129, "e-128"); /* 5e-128 - 1e-255 */
    num one = P("1"), r;
    num_add(&r, &one, Q(tie_plus));
    assert_true(r.inexact);
    assert_int_equal(bi_digits(&r.p), NUM_PRECISION);
    assert_int_equal(r.p.d[0] % 10, 1); /* 1.000...001: rounded up */
    num_add(&r, &one, Q(tie_minus));
    assert_true(r.inexact);
    assert_true(bi_is_one(&r.p) && r.exp == 0); /* rounded down to 1 */
    /* a tiny operand far below the last kept digit still tips a value just under a power of ten */
    num ten = P("10");
    num_sub(&r, &ten, Q("1e-400"));
    assert_true(r.inexact);
    assert_int_equal(num_cmp(&r, &ten), 0);
    /* and tiny operands of either sign never move an exact decimal */
    num x = P("1.25");
    num_add(&r, &x, Q("-3e-500"));
    assert_int_equal(num_cmp(&r, &x), 0);
    assert_true(r.inexact);
}

static void test_noise_cancellation(void **state)
{
    (void)state;
    /* sqrt(2) to 160 digits is trimmed (inexact); its square minus 2 is noise -> 0 */
    num s = P("1.414213562373095048801688724209698078569671875376948073176679737990732478462107038850387534327641572735013846230912297024924836055850737212644121497099935831413222665927505592755799950501152782060571");
    num two = P("2"), r;
    assert_true(s.inexact);
    num_mul(&r, &s, &s);
    num_sub(&r, &r, &two);
    assert_true(num_is_zero(&r));
    /* but a difference of 1e-110 is not noise */
    char buf[300] = "1.";
    memset(buf + 2, '0', 109);
    strcpy(buf + 111, "1234567890123456789012345678901234567890");
    num x = P(buf), one = P("1");
    assert_true(x.inexact);
    num_sub(&r, &x, &one);
    assert_false(num_is_zero(&r));
    expect_text(&r, 16, "1.234567890123457e-110");
    /* the rule applies to sums too (a + (-b)) */
    num ns;
    num_neg(&ns, &two);
    num_mul(&r, &s, &s);
    num_add(&r, &r, &ns);
    assert_true(num_is_zero(&r));
}

static void test_errors(void **state)
{
    (void)state;
    num one = P("1"), zero = P("0"), r;
    assert_int_equal(num_div(&r, &one, &zero), CALC_ERR_DIV_ZERO);
    assert_int_equal(num_div(&r, &zero, &zero), CALC_ERR_UNDEFINED);
    assert_int_equal(num_div(&r, &zero, &one), CALC_OK);
    assert_true(num_is_zero(&r));
    assert_int_equal(num_rem(&r, &one, &zero), CALC_ERR_UNDEFINED);
    assert_string_equal(calc_status_text(CALC_ERR_DIV_ZERO), "Cannot divide by zero");
    assert_string_equal(calc_status_text(CALC_ERR_UNDEFINED), "Result is undefined");
    assert_string_equal(calc_status_text(CALC_ERR_INVALID), "Invalid input");
    assert_string_equal(calc_status_text(CALC_ERR_OVERFLOW), "Overflow");
    assert_string_equal(calc_status_text(CALC_ERR_NOT_DEFINED), "Result not defined");
    assert_string_equal(calc_status_text(CALC_ERR_NO_MEMORY), "Not enough memory");
}

static void test_mod_rem(void **state)
{
    (void)state;
    check_op(num_mod, "7", "3", "1");
    check_op(num_mod, "-7", "3", "2");
    check_op(num_mod, "7", "-3", "-2");
    check_op(num_mod, "7", "0", "7");
    check_op(num_mod, "-7.25", "0", "-7.25");
    check_op(num_mod, "7.5", "2", "1.5");
    check_op(num_mod, "25", "4", "1");
    check_op(num_mod, "25", "-4", "-3");
    check_op(num_mod, "-25", "-4", "-1");
    check_op(num_mod, "-25", "4", "3");
    check_op(num_mod, "6", "3", "0");
    check_op(num_mod, "-6", "3", "0");
    check_op(num_mod, "2", "7", "2");
    check_op(num_mod, "-2", "7", "5");
    check_op(num_mod, "1e9999", "7", "6");     /* 10^9999 mod 7, exactly */
    check_op(num_mod, "1e-9999", "1", "1.e-9999");
    check_op(num_mod, "-1e-9999", "1", "1");   /* 1 - 1e-9999 rounds to 1 at 32 digits */
    check_op(num_rem, "25", "-4", "1");
    check_op(num_rem, "-25", "4", "-1");
    check_op(num_rem, "-7", "3", "-1");
    check_op(num_rem, "7", "3", "1");
    check_op(num_rem, "5.5", "-2", "1.5");
    /* exact rationals: 1/3 mod 1/7 = 1/21 */
    num one = P("1"), three = P("3"), seven = P("7"), a, b, r, e;
    num_div(&a, &one, &three);
    num_div(&b, &one, &seven);
    num_mod(&r, &a, &b);
    num_div(&e, &one, Q("21"));
    assert_int_equal(num_cmp(&r, &e), 0);
    assert_false(r.inexact);
    /* aliasing */
    a = P("-25");
    b = P("4");
    num_mod(&a, &a, &b);
    expect_text(&a, 16, "3");
}

static void test_floor_ceil_trunc(void **state)
{
    (void)state;
    num a = P("-2.5"), r;
    num_floor(&r, &a);
    expect_text(&r, 16, "-3");
    num_ceil(&r, &a);
    expect_text(&r, 16, "-2");
    num_trunc(&r, &a);
    expect_text(&r, 16, "-2");
    a = P("2.5");
    num_floor(&r, &a);
    expect_text(&r, 16, "2");
    num_ceil(&r, &a);
    expect_text(&r, 16, "3");
    a = P("-0.5");
    num_ceil(&r, &a);
    assert_int_equal(num_sign(&r), 0);
    assert_false(r.neg);
    num_trunc(&r, &a);
    assert_int_equal(num_sign(&r), 0);
    num_floor(&r, &a);
    expect_text(&r, 16, "-1");
    a = P("1e-9999");
    num_ceil(&r, &a);
    expect_text(&r, 16, "1");
    num_floor(&r, &a);
    assert_true(num_is_zero(&r));
    a = P("-1e-9999");
    num_floor(&r, &a);
    expect_text(&r, 16, "-1");
    a = P("1.5e300"); /* an integer already */
    num_floor(&r, &a);
    assert_int_equal(num_cmp(&r, &a), 0);
    a = P("-7");
    num_floor(&a, &a);
    expect_text(&a, 16, "-7");
    num ten = P("10"), three = P("3"), x;
    num_div(&x, &ten, &three);
    num_floor(&r, &x);
    expect_text(&r, 16, "3");
    assert_true(num_is_integer(&r));
    num_ceil(&r, &x);
    expect_text(&r, 16, "4");
    /* a rational with hundreds of integer digits: result is a (trimmed) integer */
    num big = P("1e300");
    num_div(&x, &big, &three);
    num_floor(&r, &x);
    assert_true(num_is_integer(&r));
    expect_text(&r, 32, "3.3333333333333333333333333333333e+299");
}

static void test_compare_and_queries(void **state)
{
    (void)state;
    num one = P("1"), three = P("3"), t;
    num_div(&t, &one, &three);
    num a = P("0.3333333333333333");
    assert_int_equal(num_cmp(&t, &a), 1);
    assert_int_equal(num_cmp(&a, &t), -1);
    num m1 = P("-1");
    assert_int_equal(num_cmp(&m1, &one), -1);
    assert_int_equal(num_cmp_abs(&m1, &one), 0);
    num z = P("0"), tiny = P("1e-9999"), ntiny = P("-1e-9999");
    assert_int_equal(num_cmp(&tiny, &z), 1);
    assert_int_equal(num_cmp(&ntiny, &z), -1);
    assert_int_equal(num_cmp(&z, &z), 0);
    assert_int_equal(num_cmp_abs(&z, &ntiny), -1);
    num big = P("1e9999"), big2 = P("9.999e9998");
    assert_int_equal(num_cmp(&big, &big2), 1);
    num n5 = P("-5"), p3 = P("3");
    assert_int_equal(num_cmp_abs(&n5, &p3), 1);
    assert_int_equal(num_cmp(&n5, &p3), -1);

    assert_int_equal(num_ilog10(&one), 0);
    assert_int_equal(num_ilog10(Q("9.99")), 0);
    assert_int_equal(num_ilog10(Q("10")), 1);
    assert_int_equal(num_ilog10(Q("0.001")), -3);
    assert_int_equal(num_ilog10(&t), -1);
    assert_int_equal(num_ilog10(&tiny), -9999);
    assert_int_equal(num_ilog10(Q("-99999e-5")), -1);

    assert_true(num_is_integer(Q("120")));
    assert_false(num_is_integer(Q("12.5")));
    assert_false(num_is_integer(&t));
    assert_true(num_is_integer(&z));
    assert_int_equal(num_sign(&n5), -1);
    assert_int_equal(num_sign(&p3), 1);
}

static void test_to_int64(void **state)
{
    (void)state;
    int64_t v = 0;
    assert_true(num_to_int64(Q("9223372036854775807"), &v));
    assert_true(v == INT64_MAX);
    assert_true(num_to_int64(Q("-9223372036854775808"), &v));
    assert_true(v == INT64_MIN);
    assert_false(num_to_int64(Q("9223372036854775808"), &v));
    assert_false(num_to_int64(Q("-9223372036854775809"), &v));
    assert_true(num_to_int64(Q("-2.9"), &v));
    assert_true(v == -2);
    assert_true(num_to_int64(Q("1.2e3"), &v));
    assert_true(v == 1200);
    assert_false(num_to_int64(Q("1e30"), &v));
    assert_true(num_to_int64(Q("1e-30"), &v));
    assert_true(v == 0);
}

static void test_round_sig(void **state)
{
    (void)state;
    num one = P("1"), three = P("3"), t, r;
    num_div(&t, &one, &three);
    num_round_sig(&r, &t, 5);
    expect_text(&r, 32, "0.33333");
    assert_false(r.inexact); /* the flag is kept, not set */
    num a = P("9.9999");
    num_round_sig(&r, &a, 3);
    expect_text(&r, 32, "10");
    a = P("-2.5");
    num_round_sig(&r, &a, 1);
    expect_text(&r, 32, "-3");
    a = P("123");
    num_round_sig(&a, &a, 10);
    expect_text(&a, 32, "123");
}

static void test_range(void **state)
{
    (void)state;
    num ten = P("10"), r;
    assert_int_equal(num_check_range(Q("1e-9999")), CALC_OK);
    assert_int_equal(num_check_range(Q("9.99e9999")), CALC_OK);
    assert_int_equal(num_check_range(Q("1e10000")), CALC_ERR_OVERFLOW);
    assert_int_equal(num_check_range(Q("1e-10000")), CALC_ERR_OVERFLOW);
    assert_int_equal(num_check_range(Q("-1e-10000")), CALC_ERR_OVERFLOW);
    assert_int_equal(num_check_range(Q("0")), CALC_OK);
    num a = P("1e-9999");
    num_div(&r, &a, &ten);
    assert_int_equal(num_check_range(&r), CALC_ERR_OVERFLOW);
    a = P("1e9999");
    num_mul(&r, &a, &ten);
    assert_int_equal(num_check_range(&r), CALC_ERR_OVERFLOW);
    /* far beyond the range: no wrap-around, no hang */
    num b = P("1e-9999"), c = P("1e9999");
    num_div(&r, &b, &c);
    assert_int_equal(num_ilog10(&r), -19998);
    assert_int_equal(num_check_range(&r), CALC_ERR_OVERFLOW);
    a = P("1e999999999999999");
    assert_int_equal(num_check_range(&a), CALC_ERR_OVERFLOW);
    num_mul(&r, &a, &a);
    assert_true(num_ilog10(&r) > 0);
    assert_int_equal(num_check_range(&r), CALC_ERR_OVERFLOW);
    a = P("1e-999999999999999");
    num_mul(&r, &a, &a);
    assert_true(num_ilog10(&r) < 0);
    assert_int_equal(num_check_range(&r), CALC_ERR_OVERFLOW);
    /* rounding for display can push a value out of range */
    a = P("9.99999999999999999e9999");
    assert_int_equal(num_check_range(&a), CALC_OK);
    assert_int_equal(num_check_range_prec(&a, 16), CALC_ERR_OVERFLOW);
    assert_int_equal(num_check_range_prec(&a, 32), CALC_OK);
    a = P("9.99999999999999999e-10000");
    assert_int_equal(num_check_range_prec(&a, 16), CALC_OK);
}

static void test_far_apart_operands(void **state)
{
    (void)state;
    num big = P("1e9999"), tiny = P("1e-9999"), r;
    num_add(&r, &big, &tiny);
    assert_true(r.inexact);
    assert_int_equal(num_cmp(&r, &big), 0);
    num_sub(&r, &tiny, &big);
    assert_true(r.neg);
    num_abs(&r, &r);
    assert_int_equal(num_cmp(&r, &big), 0);
    num one = P("1"), three = P("3"), t;
    num_div(&t, &one, &three);
    num_mul(&t, &t, &big); /* 1e9999/3 exact rational */
    assert_false(t.inexact);
    num_add(&r, &t, &tiny);
    assert_true(r.inexact);
    expect_text(&r, 32, "3.3333333333333333333333333333333e+9998");
    num_mod(&r, &t, &tiny); /* bounded even with a 20000-digit quotient */
    assert_int_equal(num_check_range(&r), CALC_ERR_OVERFLOW);
}

static void test_parse_accepts(void **state)
{
    (void)state;
    expect_text(Q("1.5e-3"), 16, "0.0015");
    expect_text(Q("-3e5"), 16, "-300000");
    expect_text(Q(".5"), 16, "0.5");
    expect_text(Q("-.5"), 16, "-0.5");
    expect_text(Q("1."), 16, "1");
    expect_text(Q("007"), 16, "7");
    expect_text(Q("0.000"), 16, "0");
    expect_text(Q("1E5"), 16, "100000");
    expect_text(Q("1e+5"), 16, "100000");
    expect_text(Q("2.50e-0"), 16, "2.5");
    expect_text(Q("123456789012345678901234567890"), 32, "123456789012345678901234567890");
    assert_false(P("123456789012345678901234567890").inexact);
}

static void test_parse_rejects(void **state)
{
    (void)state;
    static const char *bad[] = {"1..2", "e5", "", "abc", "-", ".", "-.", "1e", "1e+", "1e-",
                                "1.2.3", " 1", "1 ", "+1", "1e5.5", "--1", "1-", "1,5",
                                "0x10", "1e5e5", "inf", "nan", ".e1"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        num r;
        if (num_parse(&r, bad[i]) != CALC_ERR_INVALID)
            printf("accepted \"%s\"\n", bad[i]);
        assert_int_equal(num_parse(&r, bad[i]), CALC_ERR_INVALID);
    }
}

static void test_parse_huge_inputs(void **state)
{
    (void)state;
    enum { N = 100000 };
    char *s = malloc(N + 16);
    num r;
    assert_non_null(s);
    /* 100,000 nines: rounds up to 1e100000 (out of range, but parsed quickly) */
    memset(s, '9', N);
    s[N] = '\0';
    assert_int_equal(num_parse(&r, s), CALC_OK);
    assert_true(r.inexact);
    assert_int_equal(num_ilog10(&r), N);
    assert_int_equal(num_check_range(&r), CALC_ERR_OVERFLOW);
    /* 0.000...0001 with 100,000 zeros */
    s[0] = '0';
    s[1] = '.';
    memset(s + 2, '0', N);
    strcpy(s + 2 + N, "1");
    assert_int_equal(num_parse(&r, s), CALC_OK);
    assert_int_equal(num_ilog10(&r), -N - 1);
    assert_false(r.inexact);
    /* 1 followed by zeros then a 1: the last 1 is dropped, inexact */
    s[0] = '1';
    memset(s + 1, '0', N);
    strcpy(s + 1 + N, "1");
    assert_int_equal(num_parse(&r, s), CALC_OK);
    assert_true(r.inexact);
    assert_true(bi_is_one(&r.p));
    /* an exponent with 50 digits saturates instead of wrapping */
    assert_int_equal(num_parse(&r, "1e99999999999999999999999999999999999999999999999999"), CALC_OK);
    assert_int_equal(num_check_range(&r), CALC_ERR_OVERFLOW);
    assert_true(num_ilog10(&r) > 0);
    assert_int_equal(num_parse(&r, "-1e-99999999999999999999999999999999999999999999999999"), CALC_OK);
    assert_true(num_ilog10(&r) < 0);
    /* garbage at the end of a huge string is still rejected */
    memset(s, '5', N);
    strcpy(s + N, "x");
    assert_int_equal(num_parse(&r, s), CALC_ERR_INVALID);
    free(s);
}

static void test_aliasing(void **state)
{
    (void)state;
    num a = P("1.5");
    num_add(&a, &a, &a);
    expect_text(&a, 16, "3");
    num_mul(&a, &a, &a);
    expect_text(&a, 16, "9");
    num_div(&a, &a, &a);
    expect_text(&a, 16, "1");
    num_sub(&a, &a, &a);
    assert_true(num_is_zero(&a));
    a = P("-4");
    num_abs(&a, &a);
    expect_text(&a, 16, "4");
    num_neg(&a, &a);
    expect_text(&a, 16, "-4");
    num z = P("0");
    num_neg(&z, &z);
    assert_false(z.neg);
}

/* deterministic pseudo-random exact rationals: +-p/q * 10^e, p and q up to 12 digits */
static uint64_t lcg = 0x9E3779B97F4A7C15u;
static uint64_t next_u64(void)
{
    lcg = lcg * 6364136223846793005u + 1442695040888963407u;
    return lcg >> 11;
}

static void random_rational(num *r)
{
    num p, q, scale;
    num_from_u64(&p, next_u64() % 1000000000000u + 1u, next_u64() % 2 == 0);
    num_from_u64(&q, next_u64() % 1000000000000u + 1u, false);
    num_div(r, &p, &q);
    num_from_int(&scale, 1);
    scale.exp = (int32_t)(next_u64() % 61) - 30;
    num_mul(r, r, &scale);
}

static void test_properties(void **state)
{
    (void)state;
    for (int i = 0; i < 300; i++) {
        num a, b, t, u, one;
        random_rational(&a);
        random_rational(&b);
        num_from_int(&one, 1);
        assert_false(a.inexact || b.inexact);
        /* (a + b) - b == a and (a * b) / b == a, exactly */
        num_add(&t, &a, &b);
        num_sub(&t, &t, &b);
        assert_int_equal(num_cmp(&t, &a), 0);
        assert_false(t.inexact);
        num_mul(&t, &a, &b);
        assert_int_equal(num_div(&t, &t, &b), CALC_OK);
        assert_int_equal(num_cmp(&t, &a), 0);
        /* the order agrees with the sign of the difference */
        num_sub(&t, &a, &b);
        assert_int_equal(num_cmp(&a, &b), num_sign(&t));
        assert_int_equal(num_cmp(&b, &a), -num_sign(&t));
        /* mod: same sign as b, smaller than |b|, and (a - mod) / b is an integer */
        num_mod(&t, &a, &b);
        assert_true(num_sign(&t) == 0 || num_sign(&t) == num_sign(&b));
        assert_int_equal(num_cmp_abs(&t, &b), -1);
        num_sub(&u, &a, &t);
        num_div(&u, &u, &b);
        assert_true(num_is_integer(&u));
        /* rem: same sign as a */
        num_rem(&t, &a, &b);
        assert_true(num_sign(&t) == 0 || num_sign(&t) == num_sign(&a));
        assert_int_equal(num_cmp_abs(&t, &b), -1);
        num_sub(&u, &a, &t);
        num_div(&u, &u, &b);
        assert_true(num_is_integer(&u));
        /* floor(a) <= a < floor(a) + 1, ceil(a) - 1 < a <= ceil(a) */
        num_floor(&t, &a);
        assert_true(num_is_integer(&t));
        assert_true(num_cmp(&t, &a) <= 0);
        num_add(&u, &t, &one);
        assert_int_equal(num_cmp(&a, &u), -1);
        num_ceil(&t, &a);
        assert_true(num_is_integer(&t));
        assert_true(num_cmp(&t, &a) >= 0);
        num_sub(&u, &t, &one);
        assert_int_equal(num_cmp(&u, &a), -1);
        /* format and parse round-trip at 32 digits stays within the rounding */
        char buf[128];
        num_format(&a, 32, true, buf, sizeof buf);
        assert_int_equal(num_parse(&t, buf), CALC_OK);
        num_round_sig(&u, &a, 32);
        assert_int_equal(num_cmp(&t, &u), 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_canonical_form),   cmocka_unit_test(test_exactness),
        cmocka_unit_test(test_trimming),         cmocka_unit_test(test_whole_integers),         cmocka_unit_test(test_rounding_of_sums),
        cmocka_unit_test(test_noise_cancellation), cmocka_unit_test(test_errors),
        cmocka_unit_test(test_mod_rem),          cmocka_unit_test(test_floor_ceil_trunc),
        cmocka_unit_test(test_compare_and_queries), cmocka_unit_test(test_to_int64),
        cmocka_unit_test(test_round_sig),        cmocka_unit_test(test_range),
        cmocka_unit_test(test_far_apart_operands), cmocka_unit_test(test_parse_accepts),
        cmocka_unit_test(test_parse_rejects),    cmocka_unit_test(test_parse_huge_inputs),
        cmocka_unit_test(test_aliasing),         cmocka_unit_test(test_properties),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
