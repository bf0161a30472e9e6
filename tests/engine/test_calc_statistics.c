/* Statistics mode through the keys (calc_execute), DESIGN.md Contract 4: the
 * data list keys, every statistic, statistics as operands of scientific
 * arithmetic, too few values, the cancellation case, and the data list calls
 * the window uses (calc.h calc_data_*). Expected values come from an exact
 * reference (Python fractions; square roots of the exact variance rounded
 * half up to 32 digits), not from this engine. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "calc.h"
#include "calc_modes.h"
#include "commands.h"

static calc *fresh(void)
{
    calc *c = calc_create();
    assert_non_null(c);
    calc_execute(c, calc_mode_by_id(CALC_STATISTICS)->command);
    assert_int_equal(calc_get_mode(c), CALC_STATISTICS);
    return c;
}

/* Presses space-separated tokens; fails the test on an unknown one. */
static void keys(calc *c, const char *seq)
{
    char tok[32];
    for (const char *p = seq; *p;) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        if (n == 0)
            break;
        assert_true(n < sizeof tok);
        memcpy(tok, p, n);
        tok[n] = '\0';
        p += n;
        const command_info *ci = command_by_token(tok);
        if (ci == NULL)
            fail_msg("unknown token '%s'", tok);
        calc_execute(c, ci->id);
    }
}

/* On a fresh statistics calculator: the keys, then the display. */
static void expect(const char *seq, const char *display)
{
    calc *c = fresh();
    keys(c, seq);
    if (strcmp(calc_display(c), display) != 0)
        fail_msg("[%s]: display \"%s\", want \"%s\"", seq, calc_display(c), display);
    calc_destroy(c);
}

typedef struct stat_want { const char *token, *display; } stat_want;

/* Each statistic of the data entered by `data`, one at a time after it. */
static void expect_all(const char *data, const stat_want *want, size_t n)
{
    calc *c = fresh();
    keys(c, data);
    for (size_t i = 0; i < n; i++) {
        keys(c, want[i].token);
        if (strcmp(calc_display(c), want[i].display) != 0)
            fail_msg("[%s] %s: display \"%s\", want \"%s\"", data, want[i].token, calc_display(c),
                     want[i].display);
    }
    calc_destroy(c);
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

static void test_every_statistic(void **state)
{
    (void)state;
    static const stat_want w[] = {
        { "count", "8" }, { "sum", "40" }, { "sumsq", "232" }, { "mean", "5" }, { "meansq", "29" },
        { "pvar", "4" }, { "psdev", "2" }, { "var", "4.5714285714285714285714285714286" },
        { "sdev", "2.138089935299395077476427847038" }, { "median", "4.5" }, { "min", "2" }, { "max", "9" },
    };
    expect_all("2 add 4 add 4 add 4 add 5 add 5 add 7 add 9 add", w, N(w));
}

static void test_negative_and_fractional_values(void **state)
{
    (void)state;
    static const stat_want w[] = {
        { "count", "5" }, { "sum", "-2.749" }, { "sumsq", "32.812501" }, { "mean", "-0.5498" },
        { "meansq", "6.5625002" }, { "pvar", "6.26022016" }, { "psdev", "2.5020431970691473255557902838575" },
        { "var", "7.8252752" }, { "sdev", "2.7973693356437579996181619038745" }, { "median", "-1.5" },
        { "min", "-3.25" }, { "max", "4" },
    };
    expect_all("1 . 5 neg add 2 neg add 3 . 2 5 neg add 4 add 0 . 0 0 1 add", w, N(w));
}

/* 1e16+1, 1e16+2, 1e16+3: the squares cancel catastrophically in a naive sum. */
static void test_cancellation(void **state)
{
    (void)state;
    static const stat_want w[] = {
        { "sdev", "1" }, { "var", "1" }, { "pvar", "0.66666666666666666666666666666667" },
        { "psdev", "0.81649658092772603273242802490196" }, { "mean", "10000000000000002" },
        { "median", "10000000000000002" }, { "min", "10000000000000001" }, { "max", "10000000000000003" },
    };
    expect_all("1 ee 1 6 + 1 = add 1 ee 1 6 + 2 = add 1 ee 1 6 + 3 = add", w, N(w));
}

static void test_one_value_and_equal_values(void **state)
{
    (void)state;
    static const stat_want one[] = {
        { "count", "1" }, { "mean", "5" }, { "psdev", "0" }, { "pvar", "0" }, { "median", "5" },
        { "min", "5" }, { "max", "5" }, { "sumsq", "25" }, { "meansq", "25" },
    };
    expect_all("5 add", one, N(one));
    static const stat_want same[] = { { "sdev", "0" }, { "var", "0" }, { "psdev", "0" }, { "mean", "3" } };
    expect_all("3 add 3 add 3 add", same, N(same));
}

/* Values that are not decimals stay exact: three thirds sum to 1. */
static void test_exact_rationals(void **state)
{
    (void)state;
    static const stat_want w[] = {
        { "sum", "1" }, { "mean", "0.33333333333333333333333333333333" }, { "pvar", "0" }, { "sdev", "0" },
    };
    expect_all("3 recip add 3 recip add 3 recip add", w, N(w));
    static const stat_want two[] = {
        { "sdev", "0.23570226039551584146694812070162" }, { "median", "0.5" },
        { "sumsq", "0.55555555555555555555555555555556" },
    };
    expect_all("3 recip add 2 / 3 = add", two, N(two));
}

static void test_too_few_values(void **state)
{
    (void)state;
    static const char *const need_one[] = { "mean", "meansq", "psdev", "pvar", "median", "min", "max" };
    for (size_t i = 0; i < N(need_one); i++)
        expect(need_one[i], "Invalid input");
    expect("count", "0");
    expect("sum", "0");
    expect("sumsq", "0");
    expect("5 add sdev", "Invalid input");
    expect("5 add var", "Invalid input");
    /* the error clears like any other: the next number starts afresh */
    expect("mean 7 add count", "1");
    expect("mean 7 add mean", "7");
}

static void test_statistics_in_expressions(void **state)
{
    (void)state;
    expect("1 add 2 add 3 add mean + 1 =", "3");
    expect("1 add 2 add 3 add 1 + mean * 2 =", "5");              /* precedence: 1 + (2 * 2) */
    expect("1 add 2 add 3 add ( max - min ) / sdev =", "2");
    expect("1 add 2 add 3 add mean sqr", "4");
    expect("1 add 2 add 3 add 2 * sum =", "12");
    expect("4 add 9 add max sqrt + min sqrt =", "5");
    expect("1 add 2 add 3 add sum mean", "2");                    /* a statistic replaces the last */
    calc *c = fresh();
    keys(c, "1 add 2 add 3 add mean + 1 =");
    assert_string_equal(calc_expression(c), "2 + 1=");
    calc_destroy(c);
}

/* add ends the entry: the next digit starts a new number; it appends the
 * value shown, a result included. */
static void test_add_ends_entry(void **state)
{
    (void)state;
    expect("1 2 add 3 add sum", "15");
    expect("1 2 add 3 add count", "2");
    expect("2 + 3 = add 1 add sum", "6");
    expect("1 2 add add count", "2");                             /* the same value twice */
    expect("7 add", "7");                                        /* the display keeps it */
    expect("1 + 2 add 4 =", "5");                                 /* the pending + stays */
    expect("3 add ( 2 ) =", "2");                                 /* no implicit 3 x (2) */
}

static void test_delete_and_cad(void **state)
{
    (void)state;
    expect("1 add 2 add 3 add delete sum", "3");
    expect("1 add 2 add 3 add delete count", "2");
    expect("delete count", "0");
    expect("1 add delete delete count", "0");
    expect("1 add 2 add cad count", "0");
    expect("1 add 2 add cad mean", "Invalid input");
    expect("1 add 2 add cad 5 add mean", "5");
    calc *c = fresh();
    keys(c, "1 add 2 add cad 5 add");
    assert_true(calc_data_undo_clear(c));                         /* Ctrl+Z in the window */
    keys(c, "count");
    assert_string_equal(calc_display(c), "3");
    keys(c, "sum");
    assert_string_equal(calc_display(c), "8");
    assert_false(calc_data_undo_clear(c));
    calc_destroy(c);
}

/* The list belongs to the calculator, not to the keypad: a mode switch keeps
 * it, calc_reset empties it, and the keys do nothing in other modes. */
static void test_modes_and_reset(void **state)
{
    (void)state;
    expect("1 add 2 add scientific statistics count", "2");
    expect("1 add 2 add date statistics sum", "3");
    calc *c = fresh();
    keys(c, "1 add 2 add");
    calc_reset(c);
    assert_int_equal(calc_data_count(c), 0);
    keys(c, "scientific 5 add");                                  /* disabled outside statistics */
    assert_int_equal(calc_data_count(c), 0);
    assert_string_equal(calc_display(c), "5");
    assert_false(calc_command_enabled(c, CMD_STAT_MEAN));
    keys(c, "statistics");
    assert_true(calc_command_enabled(c, CMD_STAT_MEAN));
    assert_true(calc_command_enabled(c, CMD_SIN));                 /* scientific's keys */
    assert_true(calc_command_enabled(c, CMD_LPAREN));
    assert_int_equal(calc_precision(c), 32);
    calc_destroy(c);
}

static void test_ten_thousand_values(void **state)
{
    (void)state;
    calc *c = fresh();
    char seq[16];
    for (int i = 1; i <= 10000; i++) {
        snprintf(seq, sizeof seq, "%d", i);
        for (const char *p = seq; *p; p++)
            calc_execute(c, CMD_DIGIT_0 + (*p - '0'));
        calc_execute(c, CMD_STAT_ADD);
    }
    static const stat_want w[] = {
        { "count", "10000" }, { "sum", "50005000" }, { "sumsq", "333383335000" }, { "mean", "5000.5" },
        { "meansq", "33338333.5" }, { "pvar", "8333333.25" }, { "psdev", "2886.7513315143720567207077850075" },
        { "var", "8334166.6666666666666666666666667" }, { "sdev", "2886.8956799071674572352487613391" },
        { "median", "5000.5" }, { "min", "1" }, { "max", "10000" },
    };
    for (size_t i = 0; i < N(w); i++) {
        keys(c, w[i].token);
        if (strcmp(calc_display(c), w[i].display) != 0)
            fail_msg("%s: \"%s\", want \"%s\"", w[i].token, calc_display(c), w[i].display);
    }
    calc_destroy(c);
}

/* The window's view of the list: item texts, delete at an index, load. */
static void test_data_list_calls(void **state)
{
    (void)state;
    calc *c = fresh();
    char t[200];
    keys(c, "3 recip add 2 neg add 1 ee 4 0 add");
    assert_int_equal(calc_data_count(c), 3);
    assert_true(calc_data_text(c, 0, 0, t, sizeof t));
    assert_string_equal(t, "0.33333333333333333333333333333333");
    assert_true(calc_data_text(c, 1, 0, t, sizeof t));
    assert_string_equal(t, "-2");
    assert_true(calc_data_text(c, 2, 0, t, sizeof t));
    assert_string_equal(t, "1.e+40");
    assert_false(calc_data_text(c, 3, 0, t, sizeof t));
    assert_false(calc_data_text(c, -1, 0, t, sizeof t));
    assert_true(calc_data_delete(c, 1));
    assert_false(calc_data_delete(c, 2));
    keys(c, "count");
    assert_string_equal(calc_display(c), "2");
    assert_true(calc_data_text(c, 1, 0, t, sizeof t));
    assert_string_equal(t, "1.e+40");
    /* saved at full precision and loaded back: the same value */
    assert_true(calc_data_text(c, 0, 128, t, sizeof t));
    calc *d = fresh();
    assert_true(calc_data_load(d, t));
    assert_true(calc_data_load(d, "-2.5e-3"));
    assert_false(calc_data_load(d, "1,5"));
    assert_false(calc_data_load(d, "1e10000"));
    assert_false(calc_data_load(d, ""));
    assert_int_equal(calc_data_count(d), 2);
    assert_true(calc_data_text(d, 0, 0, t, sizeof t));
    assert_string_equal(t, "0.33333333333333333333333333333333");
    assert_true(calc_data_text(d, 1, 0, t, sizeof t));
    assert_string_equal(t, "-0.0025");
    calc_data_clear(d);
    assert_int_equal(calc_data_count(d), 0);
    assert_true(calc_data_undo_clear(d));
    assert_int_equal(calc_data_count(d), 2);
    calc_destroy(d);
    calc_destroy(c);
}

/* A spreadsheet column or row: newlines, tabs, semicolons, the locale's separators. */
static void test_paste_a_column(void **state)
{
    (void)state;
    calc *c = fresh();
    assert_int_equal(calc_data_paste(c, "1\r\n2\r\n3\r\n", ".", ","), 3);
    assert_int_equal(calc_data_paste(c, "4\t5;6\n\n 7 \t", ".", ","), 4);
    assert_int_equal(calc_data_paste(c, "1,000.5\n-2E1\n+3", ".", ","), 3);
    assert_int_equal(calc_data_count(c), 10);
    keys(c, "sum");
    assert_string_equal(calc_display(c), "1011.5");              /* 28 + 1000.5 - 20 + 3 */
    calc_destroy(c);

    c = fresh();
    assert_int_equal(calc_data_paste(c, "1,5;2,5\n1\xE2\x80\xAF" "000", ",", "\xE2\x80\xAF"), 3);  /* fr-FR */
    keys(c, "sum");
    assert_string_equal(calc_display(c), "1004");
    assert_int_equal(calc_data_paste(c, "\xE2\x88\x92" "4\n4", ",", "\xE2\x80\xAF"), 2);         /* U+2212 minus */
    keys(c, "count");
    assert_string_equal(calc_display(c), "5");
    /* anything not a number: nothing added at all */
    assert_int_equal(calc_data_paste(c, "1\n2\nabc\n", ".", ","), -1);
    assert_int_equal(calc_data_paste(c, "1\n2+3\n", ".", ","), -1);
    assert_int_equal(calc_data_paste(c, "1\n1e10000\n", ".", ","), -1);
    assert_int_equal(calc_data_count(c), 5);
    /* one number is not a list: the window pastes it as keys */
    assert_int_equal(calc_data_paste(c, "12.5\r\n", ".", ","), 0);
    assert_int_equal(calc_data_paste(c, "", ".", ","), 0);
    assert_int_equal(calc_data_count(c), 5);
    calc_destroy(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_statistic),
        cmocka_unit_test(test_negative_and_fractional_values),
        cmocka_unit_test(test_cancellation),
        cmocka_unit_test(test_one_value_and_equal_values),
        cmocka_unit_test(test_exact_rationals),
        cmocka_unit_test(test_too_few_values),
        cmocka_unit_test(test_statistics_in_expressions),
        cmocka_unit_test(test_add_ends_entry),
        cmocka_unit_test(test_delete_and_cad),
        cmocka_unit_test(test_modes_and_reset),
        cmocka_unit_test(test_ten_thousand_values),
        cmocka_unit_test(test_data_list_calls),
        cmocka_unit_test(test_paste_a_column),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
