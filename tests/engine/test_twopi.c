/* The digits of 2/pi (numbers/mathfn_twopi.c), every one of them,
 * against pi computed here independently of the engine (Machin's formula in
 * base-10^4 fixed point): with T the table's N digits read as 0.T and P pi
 * truncated to Q >> N digits, 2 - T*P lies in [0, P 10^-N) up to Q's
 * rounding, and any wrong digit moves it out by at least 10^-N. The engine
 * computes the digits a read needs: a short read first (sin of 1e99 reads
 * these), then the whole, which computes them again to the end. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "mathfn_internal.h"

#define BASE 10000u
#define TABLE_DIGITS 10400
#define T_LIMBS (TABLE_DIGITS / 4)
/* pi with Q = 4 * (P_LIMBS - 1) digits after the point: 44 guard digits */
#define P_LIMBS (T_LIMBS + 12)
#define Q_DIGITS (4 * (P_LIMBS - 1))
#define PROD_LIMBS (T_LIMBS + P_LIMBS + 1)
/* |slack| < 10^SLACK_POW units of 10^-(N+Q): far below one unit of 10^-N */
#define SLACK_POW (Q_DIGITS - 16)

/* Fixed point, most significant limb first: a[0] is the integer part. */
static void fx_div_small(uint32_t *a, uint32_t d)
{
    uint64_t rem = 0;
    for (int i = 0; i < P_LIMBS; i++) {
        uint64_t cur = rem * BASE + a[i];
        a[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
}

static void fx_add(uint32_t *a, const uint32_t *b)
{
    uint32_t carry = 0;
    for (int i = P_LIMBS - 1; i >= 0; i--) {
        uint32_t v = a[i] + b[i] + carry;
        carry = v >= BASE;
        a[i] = carry ? v - BASE : v;
    }
}

static void fx_sub(uint32_t *a, const uint32_t *b)
{
    uint32_t borrow = 0;
    for (int i = P_LIMBS - 1; i >= 0; i--) {
        uint32_t sub = b[i] + borrow;
        borrow = a[i] < sub;
        a[i] = borrow ? a[i] + BASE - sub : a[i] - sub;
    }
    assert_int_equal(borrow, 0);
}

static bool fx_is_zero(const uint32_t *a)
{
    for (int i = 0; i < P_LIMBS; i++)
        if (a[i])
            return false;
    return true;
}

/* s = m * atan(1/x) = m * sum (-1)^k / ((2k+1) x^(2k+1)) */
static void fx_atan_inv(uint32_t *s, uint32_t x, uint32_t m)
{
    static uint32_t power[P_LIMBS], term[P_LIMBS];
    memset(s, 0, P_LIMBS * sizeof *s);
    memset(power, 0, sizeof power);
    power[0] = m;
    fx_div_small(power, x);
    for (uint32_t k = 0; !fx_is_zero(power); k++) {
        memcpy(term, power, sizeof term);
        fx_div_small(term, 2 * k + 1);
        if (k % 2)
            fx_sub(s, term);
        else
            fx_add(s, term);
        fx_div_small(power, x * x);
    }
}

/* Little-endian big integers in base 10^4 from here on. */
static int big_cmp(const uint32_t *a, const uint32_t *b, int n)
{
    for (int i = n - 1; i >= 0; i--)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* r = a - b, for a >= b */
static void big_sub(uint32_t *r, const uint32_t *a, const uint32_t *b, int n)
{
    uint32_t borrow = 0;
    for (int i = 0; i < n; i++) {
        uint32_t sub = b[i] + borrow;
        borrow = a[i] < sub;
        r[i] = borrow ? a[i] + BASE - sub : a[i] - sub;
    }
}

/* a < 10^(4k) */
static bool big_below_limb(const uint32_t *a, int n, int k)
{
    for (int i = k; i < n; i++)
        if (a[i])
            return false;
    return true;
}

static void test_every_digit_against_pi(void **state)
{
    (void)state;
    assert_int_equal(mf_two_over_pi_count(), TABLE_DIGITS);
    char early[350];
    mf_two_over_pi_digits(early, 98, (int)sizeof early);

    /* pi = 16 atan(1/5) - 4 atan(1/239) */
    static uint32_t pi[P_LIMBS], a239[P_LIMBS];
    fx_atan_inv(pi, 5, 16);
    fx_atan_inv(a239, 239, 4);
    fx_sub(pi, a239);
    assert_int_equal(pi[0], 3);
    assert_int_equal(pi[1], 1415);
    assert_int_equal(pi[2], 9265);

    /* the table as the integer T (N digits), pi as the integer P (Q digits) */
    static char text[TABLE_DIGITS];
    mf_two_over_pi_digits(text, 0, TABLE_DIGITS);
    static uint32_t t[PROD_LIMBS], p[PROD_LIMBS], prod[PROD_LIMBS];
    for (int i = 0; i < T_LIMBS; i++) {
        uint32_t v = 0;
        for (int j = 0; j < 4; j++) {
            char c = text[4 * i + j];
            assert_true(c >= '0' && c <= '9');
            v = v * 10 + (uint32_t)(c - '0');
        }
        t[T_LIMBS - 1 - i] = v;
    }
    for (int i = 0; i < P_LIMBS; i++)
        p[P_LIMBS - 1 - i] = pi[i];

    /* prod = T * P, schoolbook with 64-bit columns */
    static uint64_t col[PROD_LIMBS];
    memset(col, 0, sizeof col);
    for (int i = 0; i < T_LIMBS; i++)
        for (int j = 0; j < P_LIMBS; j++)
            col[i + j] += (uint64_t)t[i] * p[j];
    uint64_t carry = 0;
    for (int i = 0; i < PROD_LIMBS; i++) {
        uint64_t v = col[i] + carry;
        prod[i] = (uint32_t)(v % BASE);
        carry = v / BASE;
    }
    assert_true(carry == 0);

    /* two = 2 * 10^(N+Q); D = two - prod must lie in (-slack, P + slack) */
    static uint32_t two[PROD_LIMBS], d[PROD_LIMBS];
    memset(two, 0, sizeof two);
    two[(TABLE_DIGITS + Q_DIGITS) / 4] = 2;
    if (big_cmp(prod, two, PROD_LIMBS) > 0) {
        big_sub(d, prod, two, PROD_LIMBS);
        assert_true(big_below_limb(d, PROD_LIMBS, SLACK_POW / 4));
    } else {
        big_sub(d, two, prod, PROD_LIMBS);
        if (big_cmp(d, p, PROD_LIMBS) >= 0) {
            big_sub(d, d, p, PROD_LIMBS);
            assert_true(big_below_limb(d, PROD_LIMBS, SLACK_POW / 4));
        }
    }

    /* the short read and a window in the middle read the same digits as the whole */
    assert_memory_equal(early, text + 98, sizeof early);
    char mid[350];
    mf_two_over_pi_digits(mid, 5001, (int)sizeof mid);
    assert_memory_equal(mid, text + 5001, sizeof mid);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_digit_against_pi),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
