/* Tests for the statistics module (calc_stats.h, issue 13): every statistic
 * against exact values typed here, the cancellation case, one value, equal and
 * negative values, the list's edits (delete, clear, undo), errors, and random
 * lists (up to 10,000 values) against an independent two-pass computation
 * with the engine's exact numbers; the deviations are checked to be correctly
 * rounded at 32 digits by squaring the bounds of the shown value. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calc_stats.h"
#include "mathfn.h"
#include "number.h"

#define SCI 32
#define FULL 128
#define CAP (64 + FULL)

/* The statistic as text at `precision`, or "Invalid input" / "Overflow". */
static const char *stat(const calc_stats *s, stats_kind k, int precision)
{
    static char out[CAP];
    switch (stats_compute(s, k, precision, out, sizeof out)) {
    case STATS_OK:
        return out;
    case STATS_INVALID:
        return "Invalid input";
    case STATS_OVERFLOW:
        return "Overflow";
    default:
        return "error";
    }
}

static calc_stats *list_of(const char *const *values, int n)
{
    calc_stats *s = stats_create();
    assert_non_null(s);
    for (int i = 0; i < n; i++)
        assert_int_equal(stats_add(s, values[i]), STATS_OK);
    return s;
}

/* ------------------------------------------------------------ exact values */

static void test_empty_and_one(void **state)
{
    (void)state;
    calc_stats *s = stats_create();
    assert_string_equal(stat(s, STATS_COUNT, SCI), "0");
    assert_string_equal(stat(s, STATS_SUM, SCI), "0");
    assert_string_equal(stat(s, STATS_SUMSQ, SCI), "0");
    for (int k = STATS_MEAN; k < STATS_KIND_COUNT; k++)
        assert_string_equal(stat(s, (stats_kind)k, SCI), "Invalid input");
    assert_int_equal(stats_add(s, "-2.5"), STATS_OK);
    assert_string_equal(stat(s, STATS_COUNT, SCI), "1");
    assert_string_equal(stat(s, STATS_SUM, SCI), "-2.5");
    assert_string_equal(stat(s, STATS_SUMSQ, SCI), "6.25");
    assert_string_equal(stat(s, STATS_MEAN, SCI), "-2.5");
    assert_string_equal(stat(s, STATS_MEANSQ, SCI), "6.25");
    assert_string_equal(stat(s, STATS_SDEV, SCI), "Invalid input");
    assert_string_equal(stat(s, STATS_VAR, SCI), "Invalid input");
    assert_string_equal(stat(s, STATS_PSDEV, SCI), "0");
    assert_string_equal(stat(s, STATS_PVAR, SCI), "0");
    assert_string_equal(stat(s, STATS_MEDIAN, SCI), "-2.5");
    assert_string_equal(stat(s, STATS_MIN, SCI), "-2.5");
    assert_string_equal(stat(s, STATS_MAX, SCI), "-2.5");
    stats_destroy(s);
}

/* The case: squares near 1e32 cancel, the deviations do not. */
static void test_cancellation(void **state)
{
    (void)state;
    static const char *const v[] = { "10000000000000001", "10000000000000002", "10000000000000003" };
    calc_stats *s = list_of(v, 3);
    assert_string_equal(stat(s, STATS_SDEV, SCI), "1");
    assert_string_equal(stat(s, STATS_VAR, SCI), "1");
    assert_string_equal(stat(s, STATS_PVAR, SCI), "0.66666666666666666666666666666667");
    assert_string_equal(stat(s, STATS_PSDEV, SCI), "0.81649658092772603273242802490196");
    assert_string_equal(stat(s, STATS_MEAN, SCI), "10000000000000002");
    assert_string_equal(stat(s, STATS_SUM, SCI), "30000000000000006");
    assert_string_equal(stat(s, STATS_SUMSQ, FULL), "300000000000000120000000000000014");
    assert_string_equal(stat(s, STATS_SUMSQ, SCI), "3.0000000000000012000000000000001e+32");
    assert_string_equal(stat(s, STATS_MEANSQ, FULL), "100000000000000040000000000000004.66666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666667");
    assert_string_equal(stat(s, STATS_MEDIAN, SCI), "10000000000000002");
    stats_destroy(s);
    /* the same far beyond 32 digits: 1e60 + k */
    static const char *const w[] = { "1e60", "1000000000000000000000000000000000000000000000000000000000001",
                                     "1000000000000000000000000000000000000000000000000000000000002" };
    s = list_of(w, 3);
    assert_string_equal(stat(s, STATS_SDEV, SCI), "1");
    assert_string_equal(stat(s, STATS_PVAR, SCI), "0.66666666666666666666666666666667");
    stats_destroy(s);
}

static void test_small_lists(void **state)
{
    (void)state;
    static const char *const v[] = { "2", "4", "4", "4", "5", "5", "7", "9" };
    calc_stats *s = list_of(v, 8);
    assert_string_equal(stat(s, STATS_COUNT, SCI), "8");
    assert_string_equal(stat(s, STATS_SUM, SCI), "40");
    assert_string_equal(stat(s, STATS_SUMSQ, SCI), "232");
    assert_string_equal(stat(s, STATS_MEAN, SCI), "5");
    assert_string_equal(stat(s, STATS_MEANSQ, SCI), "29");
    assert_string_equal(stat(s, STATS_PVAR, SCI), "4");
    assert_string_equal(stat(s, STATS_PSDEV, SCI), "2");
    assert_string_equal(stat(s, STATS_VAR, SCI), "4.5714285714285714285714285714286");   /* 32/7 */
    assert_string_equal(stat(s, STATS_SDEV, SCI), "2.138089935299395077476427847038");
    assert_string_equal(stat(s, STATS_MEDIAN, SCI), "4.5");
    assert_string_equal(stat(s, STATS_MIN, SCI), "2");
    assert_string_equal(stat(s, STATS_MAX, SCI), "9");
    stats_destroy(s);

    static const char *const eq[] = { "0.1", "0.1", "0.1", "0.1" };
    s = list_of(eq, 4);
    assert_string_equal(stat(s, STATS_SUM, SCI), "0.4");
    assert_string_equal(stat(s, STATS_SDEV, SCI), "0");
    assert_string_equal(stat(s, STATS_PSDEV, SCI), "0");
    assert_string_equal(stat(s, STATS_MEAN, SCI), "0.1");
    assert_string_equal(stat(s, STATS_MEDIAN, SCI), "0.1");
    stats_destroy(s);

    static const char *const neg[] = { "-3", "-1.5", "-7", "-0.25", "-1e3" };
    s = list_of(neg, 5);
    assert_string_equal(stat(s, STATS_SUM, SCI), "-1011.75");
    assert_string_equal(stat(s, STATS_MEAN, SCI), "-202.35");
    assert_string_equal(stat(s, STATS_MEDIAN, SCI), "-3");
    assert_string_equal(stat(s, STATS_MIN, SCI), "-1000");
    assert_string_equal(stat(s, STATS_MAX, SCI), "-0.25");
    assert_string_equal(stat(s, STATS_SUMSQ, SCI), "1000060.3125");
    assert_string_equal(stat(s, STATS_VAR, SCI), "198833.175");   /* (5*1000060.3125 - 1011.75^2)/20 */
    assert_string_equal(stat(s, STATS_PVAR, SCI), "159066.54");
    stats_destroy(s);

    static const char *const third[] = { "1", "2" , "2" };
    s = list_of(third, 3);
    assert_string_equal(stat(s, STATS_MEAN, SCI), "1.6666666666666666666666666666667");
    assert_string_equal(stat(s, STATS_VAR, SCI), "0.33333333333333333333333333333333");
    stats_destroy(s);
}

static void test_range(void **state)
{
    (void)state;
    calc_stats *s = stats_create();
    assert_int_equal(stats_add(s, "1e10000"), STATS_OVERFLOW);
    assert_int_equal(stats_add(s, "1e-10000"), STATS_OVERFLOW);
    assert_int_equal(stats_add(s, "1,5"), STATS_BAD_VALUE);
    assert_int_equal(stats_add(s, ""), STATS_BAD_VALUE);
    assert_int_equal(stats_count(s), 0);
    assert_int_equal(stats_add(s, "1e9000"), STATS_OK);
    assert_string_equal(stat(s, STATS_SUM, SCI), "1.e+9000");
    assert_string_equal(stat(s, STATS_SUMSQ, SCI), "Overflow");
    assert_string_equal(stat(s, STATS_MEANSQ, SCI), "Overflow");
    assert_int_equal(stats_add(s, "9e9999"), STATS_OK);
    assert_string_equal(stat(s, STATS_MAX, SCI), "9.e+9999");
    assert_string_equal(stat(s, STATS_SUM, SCI), "9.e+9999");
    assert_int_equal(stats_add(s, "9e9999"), STATS_OK);
    assert_string_equal(stat(s, STATS_SUM, SCI), "Overflow");
    assert_string_equal(stat(s, STATS_MEAN, SCI), "6.e+9999");
    stats_destroy(s);

    /* 1e9999 + 1e-9999 needs 19999 digits: the sum is rounded; deleting the big
     * value gives the tiny one back exactly (the sums are rebuilt, not patched) */
    s = stats_create();
    assert_int_equal(stats_add(s, "1e-9999"), STATS_OK);
    assert_int_equal(stats_add(s, "1e9999"), STATS_OK);
    assert_string_equal(stat(s, STATS_SUM, SCI), "1.e+9999");
    assert_int_equal(stats_delete_last(s), STATS_OK);
    assert_string_equal(stat(s, STATS_SUM, SCI), "1.e-9999");
    assert_string_equal(stat(s, STATS_PSDEV, SCI), "0");
    stats_destroy(s);
}

static void test_edits(void **state)
{
    (void)state;
    char out[CAP];
    static const char *const v[] = { "5", "1", "3", "9", "7" };
    calc_stats *s = list_of(v, 5);
    assert_string_equal(stat(s, STATS_MEDIAN, SCI), "5");
    assert_int_equal(stats_delete_at(s, 0), STATS_OK);           /* 1 3 9 7 */
    assert_int_equal(stats_count(s), 4);
    assert_int_equal(stats_value(s, 0, SCI, out, sizeof out), STATS_OK);
    assert_string_equal(out, "1");
    assert_int_equal(stats_value(s, 3, SCI, out, sizeof out), STATS_OK);
    assert_string_equal(out, "7");
    assert_string_equal(stat(s, STATS_MEDIAN, SCI), "5");
    assert_string_equal(stat(s, STATS_SUM, SCI), "20");
    assert_string_equal(stat(s, STATS_MIN, SCI), "1");
    assert_int_equal(stats_delete_last(s), STATS_OK);            /* 1 3 9 */
    assert_string_equal(stat(s, STATS_MEDIAN, SCI), "3");
    assert_string_equal(stat(s, STATS_MAX, SCI), "9");
    assert_string_equal(stat(s, STATS_VAR, SCI), "17.333333333333333333333333333333");
    assert_int_equal(stats_delete_at(s, 3), STATS_BAD_INDEX);
    assert_int_equal(stats_delete_at(s, -1), STATS_BAD_INDEX);
    assert_int_equal(stats_value(s, 3, SCI, out, sizeof out), STATS_BAD_INDEX);

    stats_clear(s);
    assert_int_equal(stats_count(s), 0);
    assert_string_equal(stat(s, STATS_SUM, SCI), "0");
    assert_string_equal(stat(s, STATS_MEAN, SCI), "Invalid input");
    assert_int_equal(stats_delete_last(s), STATS_BAD_INDEX);
    stats_clear(s);                                              /* empty: keeps the undo */
    assert_int_equal(stats_add(s, "100"), STATS_OK);
    assert_true(stats_undo_clear(s));                            /* 1 3 9 100 */
    assert_false(stats_undo_clear(s));
    assert_int_equal(stats_count(s), 4);
    assert_int_equal(stats_value(s, 3, SCI, out, sizeof out), STATS_OK);
    assert_string_equal(out, "100");
    assert_string_equal(stat(s, STATS_SUM, SCI), "113");
    assert_string_equal(stat(s, STATS_MEDIAN, SCI), "6");
    assert_string_equal(stat(s, STATS_MAX, SCI), "100");

    /* texts: precision bounds and a small buffer */
    assert_int_equal(stats_compute(s, STATS_SUM, 0, out, sizeof out), STATS_BAD_VALUE);
    assert_int_equal(stats_compute(s, STATS_SUM, FULL + 1, out, sizeof out), STATS_BAD_VALUE);
    assert_int_equal(stats_compute(s, STATS_MEAN, SCI, out, 4), STATS_NO_ROOM);
    assert_string_equal(out, "");
    assert_int_equal(stats_compute(s, STATS_KIND_COUNT, SCI, out, sizeof out), STATS_INVALID);
    stats_destroy(s);
    stats_destroy(NULL);
}

/* ------------------------------------------------------------ random lists */

static uint64_t rng = 20261201;

static uint64_t next(void)
{
    rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
    return rng >> 17;
}

/* a random decimal of up to 14 digits, exponent -12 … 12, either sign (so
 * that sums, means and the median stay exact within 128 digits);
 * `cluster` puts it near 1e20 (cancellation) */
static void random_value(char *buf, size_t cap, bool cluster)
{
    uint64_t m = next() % 100000000000000ULL;
    if (cluster)
        snprintf(buf, cap, "1000000%014llu", (unsigned long long)m);
    else
        snprintf(buf, cap, "%s%llue%d", next() % 3 == 0 ? "-" : "", (unsigned long long)(m % (1ULL << (next() % 47))),
                 (int)(next() % 25) - 12);
}

static num NUM(const char *s)
{
    num r;
    assert_int_equal(num_parse(&r, s), CALC_OK);
    return r;
}

/* A statistic as a number, through the public text API at full precision;
 * exact for these lists (their values need far fewer than 128 digits). */
static bool stat_num(const calc_stats *s, stats_kind k, num *out)
{
    const char *t = stat(s, k, FULL);
    return num_parse(out, t) == CALC_OK;
}

/* want and got agree to `precision` digits (128: the exact statistics; 32,
 * as shown, for the variances, whose two computations round differently). */
static void same_at(const char *what, const num *want, const num *got, int precision, int *bad)
{
    char a[CAP], b[CAP];
    num_format(want, precision, false, a, sizeof a);
    num_format(got, precision, false, b, sizeof b);
    if (strcmp(a, b) != 0) {
        if (*bad < 10)
            printf("%s: got %s, want %s\n", what, b, a);
        (*bad)++;
    }
}

static void same(const char *what, const num *want, const num *got, int *bad)
{
    same_at(what, want, got, FULL, bad);
}

/* The shown root r (32 digits) of v is correctly rounded: (r - u/2)^2 <= v <= (r + u/2)^2. */
static void check_root(const char *what, const char *shown, const num *v, int *bad)
{
    num r = NUM(shown);
    if (num_is_zero(&r)) {
        if (!num_is_zero(v)) {
            printf("%s: 0 for %s\n", what, shown);
            (*bad)++;
        }
        return;
    }
    num half, lo, hi, ten;
    num_from_int(&ten, 10);
    num_from_int(&half, 5);
    for (int32_t e = num_ilog10(&r) - SCI; e < 0; e++)
        num_div(&half, &half, &ten);
    for (int32_t e = num_ilog10(&r) - SCI; e > 0; e--)
        num_mul(&half, &half, &ten);
    num_sub(&lo, &r, &half);
    num_add(&hi, &r, &half);
    num_mul(&lo, &lo, &lo);
    num_mul(&hi, &hi, &hi);
    if (num_cmp(&lo, v) > 0 || num_cmp(v, &hi) > 0) {
        if (*bad < 10)
            printf("%s: %s is not the rounded root\n", what, shown);
        (*bad)++;
    }
}

static int cmp_num(const void *a, const void *b)
{
    return num_cmp(a, b);
}

/* Two passes over the values, each statistic by its textbook definition, and
 * a sorted copy for the median: a different road to the same values. */
static void check_list(calc_stats *s, num *x, int n, int *bad)
{
    num nn, sum, sumsq, mean, dev, dsq, t;
    num_from_int(&nn, n);
    num_zero(&sum);
    num_zero(&sumsq);
    for (int i = 0; i < n; i++) {
        num_add(&sum, &sum, &x[i]);
        num_mul(&t, &x[i], &x[i]);
        num_add(&sumsq, &sumsq, &t);
    }
    num_div(&mean, &sum, &nn);
    num_zero(&dev);
    for (int i = 0; i < n; i++) {
        num_sub(&t, &x[i], &mean);
        num_mul(&t, &t, &t);
        num_add(&dev, &dev, &t);
    }
    num got;
    assert_true(stat_num(s, STATS_COUNT, &got));
    same("count", &nn, &got, bad);
    assert_true(stat_num(s, STATS_SUM, &got));
    same("sum", &sum, &got, bad);
    assert_true(stat_num(s, STATS_SUMSQ, &got));
    same("sumsq", &sumsq, &got, bad);
    assert_true(stat_num(s, STATS_MEAN, &got));
    same("mean", &mean, &got, bad);
    num_div(&t, &sumsq, &nn);
    assert_true(stat_num(s, STATS_MEANSQ, &got));
    same("meansq", &t, &got, bad);
    num_div(&dsq, &dev, &nn);
    assert_true(stat_num(s, STATS_PVAR, &got));
    same_at("pvar", &dsq, &got, SCI, bad);
    check_root("psdev", stat(s, STATS_PSDEV, SCI), &dsq, bad);
    if (n >= 2) {
        num_from_int(&t, n - 1);
        num_div(&dsq, &dev, &t);
        assert_true(stat_num(s, STATS_VAR, &got));
        same_at("var", &dsq, &got, SCI, bad);
        check_root("sdev", stat(s, STATS_SDEV, SCI), &dsq, bad);
    }
    num *sorted = malloc(sizeof *sorted * (size_t)n);
    assert_non_null(sorted);
    memcpy(sorted, x, sizeof *sorted * (size_t)n);
    qsort(sorted, (size_t)n, sizeof *sorted, cmp_num);
    assert_true(stat_num(s, STATS_MIN, &got));
    same("min", &sorted[0], &got, bad);
    assert_true(stat_num(s, STATS_MAX, &got));
    same("max", &sorted[n - 1], &got, bad);
    if (n % 2) {
        t = sorted[n / 2];
    } else {
        num two;
        num_from_int(&two, 2);
        num_add(&t, &sorted[n / 2 - 1], &sorted[n / 2]);
        num_div(&t, &t, &two);
    }
    assert_true(stat_num(s, STATS_MEDIAN, &got));
    same("median", &t, &got, bad);
    free(sorted);
}

static void test_random_lists(void **state)
{
    (void)state;
    int bad = 0;
    num *x = malloc(sizeof *x * 64);
    assert_non_null(x);
    for (int list = 0; list < 300; list++) {
        int n = 1 + (int)(next() % 40);
        bool cluster = list % 3 == 0;
        calc_stats *s = stats_create();
        for (int i = 0; i < n; i++) {
            char buf[64];
            random_value(buf, sizeof buf, cluster);
            assert_int_equal(stats_add(s, buf), STATS_OK);
            x[i] = NUM(buf);
        }
        /* delete a few at random positions, and the list follows */
        for (int d = (int)(next() % 3); d > 0 && n > 1; d--) {
            int at = (int)(next() % (uint64_t)n);
            assert_int_equal(stats_delete_at(s, at), STATS_OK);
            memmove(x + at, x + at + 1, sizeof *x * (size_t)(n - at - 1));
            n--;
        }
        check_list(s, x, n, &bad);
        stats_destroy(s);
    }
    free(x);
    assert_int_equal(bad, 0);
}

static void test_ten_thousand(void **state)
{
    (void)state;
    enum { N = 10000 };
    int bad = 0;
    num *x = malloc(sizeof *x * N);
    assert_non_null(x);
    calc_stats *s = stats_create();
    for (int i = 0; i < N; i++) {
        char buf[64];
        random_value(buf, sizeof buf, i % 2 == 0);
        assert_int_equal(stats_add(s, buf), STATS_OK);
        x[i] = NUM(buf);
    }
    check_list(s, x, N, &bad);
    stats_clear(s);
    assert_true(stats_undo_clear(s));
    check_list(s, x, N, &bad);
    stats_destroy(s);
    free(x);
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty_and_one),
        cmocka_unit_test(test_cancellation),
        cmocka_unit_test(test_small_lists),
        cmocka_unit_test(test_range),
        cmocka_unit_test(test_edits),
        cmocka_unit_test(test_random_lists),
        cmocka_unit_test(test_ten_thousand),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
