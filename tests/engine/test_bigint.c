/* Tests for bigint.h: base-1e9 fixed-capacity integers. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "bigint.h"

static bigint B(const char *s)
{
    bigint r;
    assert_true(bi_from_string(&r, s, (int)strlen(s)));
    return r;
}

static void assert_bi(const bigint *a, const char *expect)
{
    char buf[BI_MAX_LIMBS * BI_BASE_DIGITS + 2];
    assert_true(bi_to_string(a, buf, (int)sizeof buf) >= 0);
    assert_string_equal(buf, expect);
}

/* deterministic pseudo-random decimal strings (no rand(): same on every platform) */
static uint64_t lcg_state = 88172645463325252u;
static uint32_t next_rand(void)
{
    lcg_state = lcg_state * 6364136223846793005u + 1442695040888963407u;
    return (uint32_t)(lcg_state >> 33);
}

static void random_digits(char *buf, int len)
{
    for (int i = 0; i < len; i++)
        buf[i] = (char)('0' + next_rand() % 10);
    if (len > 0 && buf[0] == '0')
        buf[0] = '1';
    buf[len] = '\0';
}

static void test_u64_roundtrip(void **state)
{
    (void)state;
    bigint a;
    uint64_t v;
    bi_from_u64(&a, 0);
    assert_true(bi_is_zero(&a));
    assert_true(bi_to_u64(&a, &v));
    assert_true(v == 0);
    bi_from_u64(&a, UINT64_MAX);
    assert_bi(&a, "18446744073709551615");
    assert_true(bi_to_u64(&a, &v));
    assert_true(v == UINT64_MAX);
    a = B("18446744073709551616");
    assert_false(bi_to_u64(&a, &v));
    a = B("1000000000000000000000000000");
    assert_false(bi_to_u64(&a, &v));
    bi_from_u64(&a, 1000000000u);
    assert_int_equal(a.n, 2);
    assert_bi(&a, "1000000000");
}

static void test_predicates(void **state)
{
    (void)state;
    bigint a = B("1");
    assert_true(bi_is_one(&a));
    assert_false(bi_is_even(&a));
    a = B("1000000000");
    assert_false(bi_is_one(&a));
    assert_true(bi_is_even(&a));
    a = B("0");
    assert_true(bi_is_zero(&a));
    assert_true(bi_is_even(&a));
    assert_int_equal(bi_digits(&a), 0);
    assert_int_equal(bi_trailing_zeros(&a), 0);
    a = B("12300000000000000000000");
    assert_int_equal(bi_digits(&a), 23);
    assert_int_equal(bi_trailing_zeros(&a), 20);
    a = B("1000000000");
    assert_int_equal(bi_digits(&a), 10);
    assert_int_equal(bi_trailing_zeros(&a), 9);
}

static void test_strings(void **state)
{
    (void)state;
    bigint a = B("000000000000123");
    char buf[8];
    assert_bi(&a, "123");
    a = B("0000");
    assert_bi(&a, "0");
    assert_false(bi_from_string(&a, "12a3", 4));
    assert_false(bi_from_string(&a, "-1", 2));
    /* exactly the capacity, then one digit too many */
    char big[BI_MAX_LIMBS * BI_BASE_DIGITS + 2];
    memset(big, '9', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_true(bi_from_string(&a, big, BI_MAX_LIMBS * BI_BASE_DIGITS));
    assert_int_equal(bi_digits(&a), BI_MAX_LIMBS * BI_BASE_DIGITS);
    assert_false(bi_from_string(&a, big, BI_MAX_LIMBS * BI_BASE_DIGITS + 1));
    /* leading zeros do not count against the capacity */
    char padded[BI_MAX_LIMBS * BI_BASE_DIGITS + 12];
    memset(padded, '0', 10);
    memcpy(padded + 10, big, BI_MAX_LIMBS * BI_BASE_DIGITS);
    assert_true(bi_from_string(&a, padded, BI_MAX_LIMBS * BI_BASE_DIGITS + 10));
    /* a too-small buffer is reported, not overrun */
    a = B("12345678901");
    assert_int_equal(bi_to_string(&a, buf, (int)sizeof buf), -1);
    a = B("1234567");
    assert_int_equal(bi_to_string(&a, buf, (int)sizeof buf), 7);
    assert_string_equal(buf, "1234567");
}

static void test_add_sub(void **state)
{
    (void)state;
    bigint a = B("999999999999999999999999999"), b = B("1"), r;
    assert_true(bi_add(&r, &a, &b));
    assert_bi(&r, "1000000000000000000000000000");
    bi_sub(&r, &r, &b);
    assert_bi(&r, "999999999999999999999999999");
    bi_sub(&r, &a, &a);
    assert_true(bi_is_zero(&r));
    a = B("1000000000000000000000000000000");
    b = B("999999999");
    bi_sub(&r, &a, &b);
    assert_bi(&r, "999999999999999999999000000001");
    assert_true(bi_add_small(&r, &r, 999999999u));
    assert_bi(&r, "1000000000000000000000000000000");
    /* capacity overflow is reported */
    char big[BI_MAX_LIMBS * BI_BASE_DIGITS + 1];
    memset(big, '9', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    a = B(big);
    assert_false(bi_add(&r, &a, &b));
    assert_false(bi_add_small(&r, &a, 1));
}

static void test_mul(void **state)
{
    (void)state;
    bigint a = B("123456789123456789123456789"), b = B("987654321987654321987654321"), r;
    assert_true(bi_mul(&r, &a, &b));
    assert_bi(&r, "121932631356500531591068431581771069347203169112635269");
    assert_true(bi_mul(&a, &a, &a)); /* aliasing */
    assert_true(bi_mul_small(&r, &b, 999999999u));
    assert_bi(&r, "987654320999999999999999999012345679");
    b = B("0");
    assert_true(bi_mul(&r, &a, &b));
    assert_true(bi_is_zero(&r));
    /* a square of more than half the capacity does not fit; one of less does */
    enum { CAP = BI_MAX_LIMBS * BI_BASE_DIGITS };
    static char s[CAP + 1];
    random_digits(s, CAP / 2 + 40);
    a = B(s);
    assert_false(bi_mul(&r, &a, &a));
    random_digits(s, CAP / 2 - 25);
    a = B(s);
    assert_true(bi_mul(&r, &a, &a));
    assert_true(bi_digits(&r) >= CAP - 51);
}

static void test_divmod_known(void **state)
{
    (void)state;
    bigint a = B("2037035976334486086268445688409378161051468393665936250636140449354381299763336706183397376");
    bigint b = B("369988485035126972924700782451696644186473100389722973815184405301748249");
    bigint q, r;
    bi_divmod(&q, &r, &a, &b);
    assert_bi(&q, "5505673983721651297");
    assert_bi(&r, "234710701834534789952413521193175490372634629212793836448050638925068423");
    /* a case that needs the "add back" step of algorithm D */
    a = B("999999999999999999999999999509279872000000000");
    b = B("500000000500000000999999999");
    bi_divmod(&q, &r, &a, &b);
    assert_bi(&q, "1999999997999999998");
    assert_bi(&r, "4509279871999999998");
    /* a < b, single-limb divisor, NULL outputs, aliasing */
    bi_divmod(&q, &r, &b, &a);
    assert_true(bi_is_zero(&q));
    assert_bi(&r, "500000000500000000999999999");
    b = B("7");
    bi_divmod(&q, NULL, &a, &b);
    assert_bi(&q, "142857142857142857142857142787039981714285714");
    bi_divmod(NULL, &r, &a, &b);
    assert_bi(&r, "2");
    bi_divmod(&a, &b, &a, &b);
    assert_bi(&a, "142857142857142857142857142787039981714285714");
    assert_bi(&b, "2");
    a = B("123456789012345678901234567890");
    assert_int_equal(bi_divmod_small(&q, &a, 1000000000u), 234567890);
    assert_bi(&q, "123456789012345678901");
}

/* q*b + r == a and r < b over many shapes of operands */
static void test_divmod_identity(void **state)
{
    (void)state;
    static const int lens[] = {1, 9, 10, 18, 19, 27, 60, 128, 200, 256, 300};
    char sa[400], sb[400];
    for (int i = 0; i < 300; i++) {
        int la = lens[next_rand() % 11], lb = lens[next_rand() % 11];
        random_digits(sa, la);
        random_digits(sb, lb);
        if (i % 5 == 0) /* runs of nines stress the quotient estimate */
            memset(sb + 1, '9', (size_t)(lb > 3 ? lb - 3 : 0));
        bigint a = B(sa), b = B(sb), q, r, t;
        bi_divmod(&q, &r, &a, &b);
        assert_true(bi_cmp(&r, &b) < 0);
        assert_true(bi_mul(&t, &q, &b));
        assert_true(bi_add(&t, &t, &r));
        assert_int_equal(bi_cmp(&t, &a), 0);
    }
}

static void test_pow10(void **state)
{
    (void)state;
    bigint a = B("123456789"), r;
    bool inexact;
    assert_true(bi_mul_pow10(&r, &a, 0));
    assert_bi(&r, "123456789");
    assert_true(bi_mul_pow10(&r, &a, 13));
    assert_bi(&r, "1234567890000000000000");
    assert_false(bi_mul_pow10(&r, &a, BI_MAX_LIMBS * BI_BASE_DIGITS));
    assert_false(bi_mul_pow10(&r, &a, 2000000000));
    a = B("0");
    assert_true(bi_mul_pow10(&r, &a, 100000));
    assert_true(bi_is_zero(&r));

    a = B("1234567891234567895");
    bi_div_pow10(&r, &a, 1, true, &inexact);
    assert_bi(&r, "123456789123456790");
    assert_true(inexact);
    bi_div_pow10(&r, &a, 1, false, &inexact);
    assert_bi(&r, "123456789123456789");
    bi_div_pow10(&r, &a, 9, true, &inexact);
    assert_bi(&r, "1234567891");
    bi_div_pow10(&r, &a, 10, true, &inexact);
    assert_bi(&r, "123456789");
    bi_div_pow10(&r, &a, 19, true, &inexact);
    assert_bi(&r, "0");
    assert_true(inexact);
    a = B("5000000000000000000");
    bi_div_pow10(&r, &a, 19, true, &inexact);
    assert_bi(&r, "1"); /* half rounds away from zero */
    bi_div_pow10(&r, &a, 20, true, &inexact);
    assert_bi(&r, "0");
    bi_div_pow10(&r, &a, 18, true, &inexact);
    assert_bi(&r, "5");
    assert_false(inexact);
    a = B("1000000000000000000000000000000000000");
    bi_div_pow10(&r, &a, 36, true, &inexact);
    assert_bi(&r, "1");
    assert_false(inexact);
    bi_div_pow10(&r, &a, 1000000, true, &inexact);
    assert_true(bi_is_zero(&r));
    a = B("4999999999999999999");
    bi_div_pow10(&a, &a, 19, true, NULL);
    assert_true(bi_is_zero(&a));
}

static void test_gcd_isqrt(void **state)
{
    (void)state;
    bigint a = B("6370306705001504841329309692739796427449006822279610368");
    bigint b = B("31745359921898919620357211189155282420297482962468864"), r;
    bool exact;
    bi_gcd(&r, &a, &b);
    assert_bi(&r, "827680028123918398098574950867493164417024");
    bi_gcd(&r, &b, &a);
    assert_bi(&r, "827680028123918398098574950867493164417024");
    b = B("0");
    bi_gcd(&r, &a, &b);
    assert_int_equal(bi_cmp(&r, &a), 0);
    a = B("17");
    b = B("5");
    bi_gcd(&r, &a, &b);
    assert_bi(&r, "1");

    char s[202] = "2";
    memset(s + 1, '0', 200);
    s[201] = '\0';
    a = B(s);
    bi_isqrt(&r, &a, &exact);
    assert_bi(&r, "14142135623730950488016887242096980785696718753769480731766797379907324784621070388503875343276415727");
    assert_false(exact);
    s[0] = '1';
    a = B(s);
    bi_isqrt(&r, &a, &exact);
    assert_int_equal(bi_digits(&r), 101);
    assert_int_equal(bi_trailing_zeros(&r), 100);
    assert_true(exact);
    a = B("99999999999999999999");
    bi_isqrt(&r, &a, &exact);
    assert_bi(&r, "9999999999");
    assert_false(exact);
    a = B("0");
    bi_isqrt(&r, &a, &exact);
    assert_true(bi_is_zero(&r));
    assert_true(exact);
    a = B("1");
    bi_isqrt(&r, &a, &exact);
    assert_true(bi_is_one(&r));
    assert_true(exact);
}

static void test_cmp(void **state)
{
    (void)state;
    bigint a = B("1000000000"), b = B("999999999"), z = B("0");
    assert_int_equal(bi_cmp(&a, &b), 1);
    assert_int_equal(bi_cmp(&b, &a), -1);
    assert_int_equal(bi_cmp(&a, &a), 0);
    assert_int_equal(bi_cmp(&z, &b), -1);
    a = B("123456789123456789");
    b = B("123456789123456788");
    assert_int_equal(bi_cmp(&a, &b), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_u64_roundtrip), cmocka_unit_test(test_predicates),
        cmocka_unit_test(test_strings),       cmocka_unit_test(test_add_sub),
        cmocka_unit_test(test_mul),           cmocka_unit_test(test_divmod_known),
        cmocka_unit_test(test_divmod_identity), cmocka_unit_test(test_pow10),
        cmocka_unit_test(test_gcd_isqrt),     cmocka_unit_test(test_cmp),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
