/* Tests of calc_date: serials over the whole range, weekdays, leap years,
 * Windows Calculator's add / subtract order and month-end clamping, its
 * years/months/weeks/days split (Microsoft's own examples), the 1601 and 9999
 * edges, and round trips over pseudo-random dates. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "calc_date.h"

/* Names the case that failed, then fails (cmocka stops at the first). */
#define EXPECT(label, cond)                                              \
    do {                                                                 \
        if (!(cond)) {                                                   \
            printf("case \"%s\": expected %s\n", (label), #cond);      \
            fail();                                                      \
        }                                                                \
    } while (0)

static cdate D(int y, int m, int d)
{
    cdate r = { y, m, d };
    return r;
}

static bool same(cdate a, cdate b)
{
    return a.year == b.year && a.month == b.month && a.day == b.day;
}

static const char *iso(cdate d, char buf[11])
{
    cdate_format_iso(d, buf);
    return buf;
}

/* A small deterministic generator, so that failures reproduce. */
static uint32_t rng_state = 12345u;
static uint32_t rng(void)
{
    rng_state = rng_state * 1664525u + 1013904223u;
    return rng_state >> 8;
}

static cdate random_date(void)
{
    return cdate_from_serial((long)(rng() % (uint32_t)(cdate_serial_max() + 1)));
}

/* ---- add and subtract ------------------------------------------------------ */

typedef struct shift_case {
    const char *label;
    cdate from;
    int years, months, days;
    bool subtract;
    cdate want;
} shift_case;

static const shift_case shift_cases[] = {
    /* Microsoft's examples (the issue, DateCalculatorUnitTests.cpp) */
    { "ms add 31.03.2008 + 1 month 10 days", { 2008, 3, 31 }, 0, 1, 10, false, { 2008, 5, 10 } },
    { "ms sub 10.03.2008 - 1 month 10 days", { 2008, 3, 10 }, 0, 1, 10, true, { 2008, 1, 29 } },
    { "ms add 31.01.2008 + 1 month", { 2008, 1, 31 }, 0, 1, 0, false, { 2008, 2, 29 } },
    { "ms add 31.01.2008 + 1 month 10 days", { 2008, 1, 31 }, 0, 1, 10, false, { 2008, 3, 10 } },
    { "ms sub 31.03.2008 - 1 month", { 2008, 3, 31 }, 0, 1, 0, true, { 2008, 2, 29 } },
    { "ms sub 10.03.2007 - 1 month 10 days", { 2007, 3, 10 }, 0, 1, 10, true, { 2007, 1, 28 } },
    /* month-end clamping */
    { "jan 31 + 1 month, common year", { 2009, 1, 31 }, 0, 1, 0, false, { 2009, 2, 28 } },
    { "may 31 + 1 month", { 2008, 5, 31 }, 0, 1, 0, false, { 2008, 6, 30 } },
    { "dec 31 + 2 months", { 2008, 12, 31 }, 0, 2, 0, false, { 2009, 2, 28 } },
    { "jan 31 + 13 months", { 2008, 1, 31 }, 0, 13, 0, false, { 2009, 2, 28 } },
    { "jan 31 + 2 months: clamped once", { 2008, 1, 31 }, 0, 2, 0, false, { 2008, 3, 31 } },
    { "feb 29 + 1 year", { 2008, 2, 29 }, 1, 0, 0, false, { 2009, 2, 28 } },
    { "feb 29 + 4 years", { 2008, 2, 29 }, 4, 0, 0, false, { 2012, 2, 29 } },
    { "feb 29 - 1 year", { 2008, 2, 29 }, 1, 0, 0, true, { 2007, 2, 28 } },
    { "mar 1 - 1 day, leap", { 2008, 3, 1 }, 0, 0, 1, true, { 2008, 2, 29 } },
    { "mar 1 - 1 day, common", { 2009, 3, 1 }, 0, 0, 1, true, { 2009, 2, 28 } },
    /* the order of the units: add years, months, days, each from the last */
    { "add: months then days", { 2008, 1, 31 }, 0, 1, 1, false, { 2008, 3, 1 } },
    { "add: months then 30 days", { 2008, 1, 31 }, 0, 1, 30, false, { 2008, 3, 30 } },
    { "add: years clamp before months", { 2008, 2, 29 }, 1, 1, 0, false, { 2009, 3, 28 } },
    /* subtract days, months, years */
    { "sub: days then months", { 2008, 3, 30 }, 0, 1, 1, true, { 2008, 2, 29 } },
    { "sub: months clamp before years", { 2009, 3, 29 }, 1, 1, 0, true, { 2008, 2, 28 } },
    { "sub: days then years", { 2009, 3, 1 }, 1, 0, 1, true, { 2008, 2, 28 } },
    /* the edges */
    { "9999-12-31 + nothing", { 9999, 12, 31 }, 0, 0, 0, false, { 9999, 12, 31 } },
    { "to the last day", { 9999, 12, 1 }, 0, 0, 30, false, { 9999, 12, 31 } },
    { "to the last month", { 9999, 11, 30 }, 0, 1, 0, false, { 9999, 12, 30 } },
    { "1601-01-01 - nothing", { 1601, 1, 1 }, 0, 0, 0, true, { 1601, 1, 1 } },
    { "to the first day", { 1602, 1, 1 }, 1, 0, 0, true, { 1601, 1, 1 } },
    { "to the first day by days", { 1601, 1, 31 }, 0, 0, 30, true, { 1601, 1, 1 } },
    { "largest offsets", { 2000, 1, 1 }, 999, 999, 999, false, { 3084, 12, 25 } },
    { "largest offsets back", { 9000, 1, 1 }, 999, 999, 999, true, { 7915, 1, 7 } },
};

static void test_add_subtract(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof shift_cases / sizeof shift_cases[0]; i++) {
        const shift_case *c = &shift_cases[i];
        cdate got = { -1, -1, -1 };
        cdate_status st = c->subtract ? cdate_subtract(c->from, c->years, c->months, c->days, &got)
                                      : cdate_add(c->from, c->years, c->months, c->days, &got);
        char g[11], w[11];
        if (st != CDATE_OK || !same(got, c->want)) {
            printf("case \"%s\": status %d, got %s, want %s\n", c->label, (int)st, iso(got, g), iso(c->want, w));
            fail();
        }
    }
}

typedef struct status_case {
    const char *label;
    cdate from;
    int years, months, days;
    bool subtract;
    cdate_status want;
} status_case;

static const status_case status_cases[] = {
    /* DateCalculatorUnitTests.cpp's out-of-bound cases (2008 years is past
     * the 999 that the offsets allow here, so 2 years instead) */
    { "ms 30.12.9999 + 2 days", { 9999, 12, 30 }, 0, 0, 2, false, CDATE_OUT_OF_RANGE },
    { "ms-like 31.12.9998 + 2 years", { 9998, 12, 31 }, 2, 0, 0, false, CDATE_OUT_OF_RANGE },
    { "ms 01.01.1601 - 2 days", { 1601, 1, 1 }, 0, 0, 2, true, CDATE_OUT_OF_RANGE },
    { "ms-like 31.03.2008 - 999 years", { 2008, 3, 31 }, 999, 0, 0, true, CDATE_OUT_OF_RANGE },
    { "last day + 1 day", { 9999, 12, 31 }, 0, 0, 1, false, CDATE_OUT_OF_RANGE },
    { "last day + 1 month", { 9999, 12, 31 }, 0, 1, 0, false, CDATE_OUT_OF_RANGE },
    { "last day + 1 year", { 9999, 12, 31 }, 1, 0, 0, false, CDATE_OUT_OF_RANGE },
    { "9999-12-01 + 31 days", { 9999, 12, 1 }, 0, 0, 31, false, CDATE_OUT_OF_RANGE },
    { "first day - 1 day", { 1601, 1, 1 }, 0, 0, 1, true, CDATE_OUT_OF_RANGE },
    { "first day - 1 month", { 1601, 1, 31 }, 0, 1, 0, true, CDATE_OUT_OF_RANGE },
    { "first day - 1 year", { 1601, 12, 31 }, 1, 0, 0, true, CDATE_OUT_OF_RANGE },
    { "largest add from the top", { 9999, 12, 31 }, 999, 999, 999, false, CDATE_OUT_OF_RANGE },
    { "largest sub from the bottom", { 1601, 1, 1 }, 999, 999, 999, true, CDATE_OUT_OF_RANGE },
    { "negative days", { 2000, 1, 1 }, 0, 0, -1, false, CDATE_BAD_INPUT },
    { "negative months", { 2000, 1, 1 }, 0, -1, 0, true, CDATE_BAD_INPUT },
    { "negative years", { 2000, 1, 1 }, -1, 0, 0, false, CDATE_BAD_INPUT },
    { "1000 days", { 2000, 1, 1 }, 0, 0, 1000, false, CDATE_BAD_INPUT },
    { "1000 months", { 2000, 1, 1 }, 0, 1000, 0, true, CDATE_BAD_INPUT },
    { "1000 years", { 2000, 1, 1 }, 1000, 0, 0, false, CDATE_BAD_INPUT },
    { "impossible date", { 2023, 2, 29 }, 0, 0, 1, false, CDATE_BAD_INPUT },
    { "before the range", { 1600, 12, 31 }, 0, 0, 1, false, CDATE_BAD_INPUT },
    { "after the range", { 10000, 1, 1 }, 0, 0, 1, true, CDATE_BAD_INPUT },
    { "month 13", { 2000, 13, 1 }, 0, 0, 0, false, CDATE_BAD_INPUT },
};

static void test_add_subtract_status(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof status_cases / sizeof status_cases[0]; i++) {
        const status_case *c = &status_cases[i];
        cdate got = { -7, -7, -7 };
        cdate_status st = c->subtract ? cdate_subtract(c->from, c->years, c->months, c->days, &got)
                                      : cdate_add(c->from, c->years, c->months, c->days, &got);
        EXPECT(c->label, st == c->want);
        EXPECT(c->label, got.year == -7);   /* *out untouched unless CDATE_OK */
    }
    assert_int_equal(cdate_add(D(2000, 1, 1), 0, 0, 1, NULL), CDATE_BAD_INPUT);
    assert_int_equal(cdate_subtract(D(2000, 1, 1), 0, 0, 1, NULL), CDATE_BAD_INPUT);
}

/* Subtracting what was added (or adding what was subtracted) gives the date
 * back whenever no step clamped: a day of 1-28 never clamps. */
static void test_round_trips(void **state)
{
    (void)state;
    for (int i = 0; i < 20000; i++) {
        cdate d = random_date();
        if (d.day > 28)
            d.day = 28;
        int y = (int)(rng() % 1000), m = (int)(rng() % 1000), n = (int)(rng() % 1000);
        if (i % 3 == 0)
            y = 0;   /* keep many cases away from the edges */
        cdate there, back;
        char a[11];
        if (cdate_add(d, y, m, n, &there) == CDATE_OK) {
            if (cdate_subtract(there, y, m, n, &back) != CDATE_OK || !same(back, d)) {
                printf("add round trip from %s + %d %d %d\n", iso(d, a), y, m, n);
                fail();
            }
        }
        /* subtract takes the days first, so only months and years here: the
         * day (1-28) then never clamps on the way down or back */
        if (cdate_subtract(d, y, m, 0, &there) == CDATE_OK) {
            if (cdate_add(there, y, m, 0, &back) != CDATE_OK || !same(back, d)) {
                printf("sub round trip from %s - %d %d\n", iso(d, a), y, m);
                fail();
            }
        }
        /* days alone are always exact, clamping or not */
        cdate full = random_date();
        if (cdate_add(full, 0, 0, n, &there) == CDATE_OK) {
            assert_int_equal(cdate_subtract(there, 0, 0, n, &back), CDATE_OK);
            EXPECT("days round trip", same(back, full));
            EXPECT("days add", cdate_to_serial(there) == cdate_to_serial(full) + n);
        }
    }
}

/* ---- difference ------------------------------------------------------------ */

typedef struct diff_case {
    const char *label;
    cdate a, b;
    int years, months, weeks, days;
    long total;
} diff_case;

static const diff_case diff_cases[] = {
    /* Microsoft's examples */
    { "ms 31.03.2008 <-> 29.02.2008", { 2008, 3, 31 }, { 2008, 2, 29 }, 0, 1, 0, 2, 31 },
    { "ms 10.05.2007 <-> 10.03.2008", { 2007, 5, 10 }, { 2008, 3, 10 }, 0, 10, 0, 0, 305 },
    { "ms 29.01.2008 <-> 28.02.2007", { 2008, 1, 29 }, { 2007, 2, 28 }, 0, 11, 0, 1, 335 },
    { "ms 31.12.9999 <-> 31.12.9998", { 9999, 12, 31 }, { 9998, 12, 31 }, 1, 0, 0, 0, 365 },
    { "ms 31.12.9999 <-> 30.12.9999", { 9999, 12, 31 }, { 9999, 12, 30 }, 0, 0, 0, 1, 1 },
    { "ms 31.01.2008 <-> 31.12.9999", { 2008, 1, 31 }, { 9999, 12, 31 }, 7991, 11, 0, 0, 2918987 },
    { "ms 01.01.1601 <-> 31.12.9999", { 1601, 1, 1 }, { 9999, 12, 31 }, 8398, 11, 4, 2, 3067670 },
    /* small spans */
    { "one day", { 2020, 5, 5 }, { 2020, 5, 6 }, 0, 0, 0, 1, 1 },
    { "one week", { 2020, 5, 5 }, { 2020, 5, 12 }, 0, 0, 1, 0, 7 },
    { "one month", { 2020, 5, 5 }, { 2020, 6, 5 }, 0, 1, 0, 0, 31 },
    { "one year", { 2020, 5, 5 }, { 2021, 5, 5 }, 1, 0, 0, 0, 365 },
    { "all four units", { 2000, 1, 1 }, { 2001, 3, 26 }, 1, 2, 3, 4, 450 },
    /* month ends: each count is stepped from its pivot in one go */
    { "jan 31 <-> feb 29", { 2008, 1, 31 }, { 2008, 2, 29 }, 0, 1, 0, 0, 29 },
    { "jan 30 <-> feb 29", { 2008, 1, 30 }, { 2008, 2, 29 }, 0, 1, 0, 0, 30 },
    { "jan 31 <-> mar 29", { 2008, 1, 31 }, { 2008, 3, 29 }, 0, 1, 4, 1, 58 },
    { "jan 31 <-> mar 31", { 2008, 1, 31 }, { 2008, 3, 31 }, 0, 2, 0, 0, 60 },
    { "jan 31 <-> apr 30", { 2008, 1, 31 }, { 2008, 4, 30 }, 0, 3, 0, 0, 90 },
    { "feb 29 <-> feb 28 next year", { 2008, 2, 29 }, { 2009, 2, 28 }, 1, 0, 0, 0, 365 },
    { "feb 28 <-> feb 29 leap year", { 2007, 2, 28 }, { 2008, 2, 29 }, 1, 0, 0, 1, 366 },
    { "feb 29 <-> feb 29", { 2004, 2, 29 }, { 2008, 2, 29 }, 4, 0, 0, 0, 1461 },
    { "leap day crossing", { 2007, 3, 1 }, { 2008, 3, 1 }, 1, 0, 0, 0, 366 },
    /* the range's ends */
    { "first two days", { 1601, 1, 1 }, { 1601, 1, 2 }, 0, 0, 0, 1, 1 },
    { "last year", { 9999, 1, 1 }, { 9999, 12, 31 }, 0, 11, 4, 2, 364 },
    { "near the top", { 9998, 6, 15 }, { 9999, 12, 31 }, 1, 6, 2, 2, 564 },
};

static void test_difference(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof diff_cases / sizeof diff_cases[0]; i++) {
        const diff_case *c = &diff_cases[i];
        for (int order = 0; order < 2; order++) {
            cdate_diff r = order ? cdate_difference(c->b, c->a) : cdate_difference(c->a, c->b);
            if (r.years != c->years || r.months != c->months || r.weeks != c->weeks || r.days != c->days
                || r.total_days != c->total) {
                printf("case \"%s\" (order %d): got %d y %d m %d w %d d (%ld), want %d y %d m %d w %d d (%ld)\n",
                       c->label, order, r.years, r.months, r.weeks, r.days, r.total_days, c->years, c->months,
                       c->weeks, c->days, c->total);
                fail();
            }
        }
    }
}

static void test_same_dates(void **state)
{
    (void)state;
    const cdate dates[] = { { 1601, 1, 1 }, { 2008, 2, 29 }, { 9999, 12, 31 } };
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        cdate_diff r = cdate_difference(dates[i], dates[i]);
        EXPECT("same dates", r.years == 0 && r.months == 0 && r.weeks == 0 && r.days == 0 && r.total_days == 0);
    }
    /* invalid dates give all zero, not garbage */
    cdate_diff r = cdate_difference(D(2023, 2, 29), D(2000, 1, 1));
    EXPECT("invalid", r.years == 0 && r.months == 0 && r.weeks == 0 && r.days == 0 && r.total_days == 0);
}

/* d + n years, the day clamped to the month's end (may leave the range). */
static cdate years_later(cdate d, int n)
{
    cdate r = { d.year + n, d.month, d.day };
    int last = cdate_days_in_month(r.year, r.month);
    if (r.day > last)
        r.day = last;
    return r;
}

/* Over random pairs: the order does not matter; the split adds back up to the
 * later date with cdate_add (the split walks years, months, then days from
 * the earlier date, the same steps as add); every count is the most that
 * fits; the total is the serial difference. */
static void test_difference_properties(void **state)
{
    (void)state;
    for (int i = 0; i < 20000; i++) {
        cdate a = random_date(), b;
        if (i % 2 == 0) {
            b = random_date();
        } else {   /* near pairs, where the month ends matter */
            long s = cdate_to_serial(a) + (long)(rng() % 800);
            b = cdate_from_serial(s > cdate_serial_max() ? cdate_serial_max() : s);
        }
        cdate_diff r = cdate_difference(a, b), r2 = cdate_difference(b, a);
        EXPECT("symmetry", r.years == r2.years && r.months == r2.months && r.weeks == r2.weeks
                               && r.days == r2.days && r.total_days == r2.total_days);
        long sa = cdate_to_serial(a), sb = cdate_to_serial(b);
        cdate lo = sa <= sb ? a : b, hi = sa <= sb ? b : a;
        EXPECT("total", r.total_days == (sa <= sb ? sb - sa : sa - sb));
        EXPECT("ranges", r.months >= 0 && r.months <= 11 && r.weeks >= 0 && r.weeks <= 4 && r.days >= 0
                             && r.days <= 6 && r.years >= 0);
        char x[11], y[11];
        /* the years' pivot, by the definition (the day clamped once), then
         * cdate_add walks the months, weeks and days up to the later date */
        cdate py = years_later(lo, r.years), q;
        if (cdate_add(py, 0, r.months, r.weeks * 7 + r.days, &q) != CDATE_OK || !same(q, hi)) {
            printf("walk %s -> %s: %d y %d m %d w %d d\n", iso(lo, x), iso(hi, y), r.years, r.months, r.weeks,
                   r.days);
            fail();
        }
        /* one more year, or one more month, passes the later date */
        cdate more = years_later(lo, r.years + 1);
        EXPECT("years are the most", !cdate_valid(more) || cdate_to_serial(more) > cdate_to_serial(hi));
        if (cdate_add(py, 0, r.months + 1, 0, &q) == CDATE_OK)
            EXPECT("months are the most", cdate_to_serial(q) > cdate_to_serial(hi));
    }
}

/* ---- serials, weekdays, leap years ----------------------------------------- */

/* Every day of the range: from_serial and to_serial are inverse, and the
 * dates follow one another (the next day, or the first of the next month). */
static void test_serial_every_day(void **state)
{
    (void)state;
    assert_int_equal(cdate_to_serial(D(1601, 1, 1)), 0);
    cdate prev = cdate_from_serial(0);
    assert_true(same(prev, D(1601, 1, 1)));
    for (long s = 1; s <= cdate_serial_max(); s++) {
        cdate d = cdate_from_serial(s);
        bool next_day = d.year == prev.year && d.month == prev.month && d.day == prev.day + 1;
        bool next_month = d.day == 1 && prev.day == cdate_days_in_month(prev.year, prev.month)
                          && ((d.year == prev.year && d.month == prev.month + 1)
                              || (d.year == prev.year + 1 && d.month == 1 && prev.month == 12));
        if (!(next_day || next_month) || cdate_to_serial(d) != s) {
            char a[11], b[11];
            printf("serial %ld: %s after %s\n", s, iso(d, a), iso(prev, b));
            fail();
        }
        prev = d;
    }
    assert_true(same(prev, D(9999, 12, 31)));
    /* outside the range */
    assert_false(cdate_valid(cdate_from_serial(-1)));
    assert_false(cdate_valid(cdate_from_serial(cdate_serial_max() + 1)));
    assert_int_equal(cdate_to_serial(D(1600, 12, 31)), -1);
    assert_int_equal(cdate_to_serial(D(10000, 1, 1)), -1);
}

static void test_weekday(void **state)
{
    (void)state;
    static const struct { cdate d; int weekday; } known[] = {
        { { 1601, 1, 1 }, 1 },    /* Monday (the FILETIME epoch) */
        { { 1601, 1, 2 }, 2 },
        { { 1752, 9, 14 }, 4 },   /* Thursday, proleptic Gregorian */
        { { 1900, 1, 1 }, 1 },
        { { 1970, 1, 1 }, 4 },
        { { 2000, 1, 1 }, 6 },
        { { 2007, 1, 28 }, 0 },   /* DateCalculatorUnitTests.cpp's wDayOfWeek */
        { { 2008, 2, 29 }, 5 },
        { { 2008, 3, 10 }, 1 },
        { { 2008, 5, 10 }, 6 },
        { { 2026, 12, 1 }, 2 },
        { { 9999, 12, 30 }, 4 },
        { { 9999, 12, 31 }, 5 },
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        char a[11];
        EXPECT(iso(known[i].d, a), cdate_weekday(known[i].d) == known[i].weekday);
    }
    assert_int_equal(cdate_weekday(D(2023, 2, 29)), -1);
}

static void test_leap_years(void **state)
{
    (void)state;
    assert_false(cdate_is_leap(1900));
    assert_true(cdate_is_leap(2000));
    assert_true(cdate_is_leap(2008));
    assert_false(cdate_is_leap(2009));
    assert_false(cdate_is_leap(2100));
    assert_true(cdate_is_leap(1600));   /* outside the range, but the rule holds */
    assert_false(cdate_valid(D(1900, 2, 29)));
    assert_true(cdate_valid(D(2000, 2, 29)));
    assert_false(cdate_valid(D(2023, 2, 29)));
    assert_true(cdate_valid(D(2024, 2, 29)));
    assert_int_equal(cdate_days_in_month(2000, 2), 29);
    assert_int_equal(cdate_days_in_month(1900, 2), 28);
    assert_int_equal(cdate_days_in_month(2001, 4), 30);
    assert_int_equal(cdate_days_in_month(2001, 12), 31);
    assert_int_equal(cdate_days_in_month(2001, 0), 0);
    assert_int_equal(cdate_days_in_month(2001, 13), 0);
    /* a leap year has 366 days by serial */
    assert_int_equal(cdate_to_serial(D(2001, 1, 1)) - cdate_to_serial(D(2000, 1, 1)), 366);
    assert_int_equal(cdate_to_serial(D(1901, 1, 1)) - cdate_to_serial(D(1900, 1, 1)), 365);
}

static void test_valid_edges(void **state)
{
    (void)state;
    assert_true(cdate_valid(D(1601, 1, 1)));
    assert_true(cdate_valid(D(9999, 12, 31)));
    assert_false(cdate_valid(D(1600, 12, 31)));
    assert_false(cdate_valid(D(10000, 1, 1)));
    assert_false(cdate_valid(D(2000, 0, 1)));
    assert_false(cdate_valid(D(2000, 1, 0)));
    assert_false(cdate_valid(D(2000, 4, 31)));
    assert_false(cdate_valid(D(-2000, 1, 1)));
}

/* ---- text ------------------------------------------------------------------ */

static void test_parse_format(void **state)
{
    (void)state;
    cdate d = { 0, 0, 0 };
    assert_true(cdate_parse_iso("2008-02-29", &d));
    assert_true(same(d, D(2008, 2, 29)));
    assert_true(cdate_parse_iso("1601-01-01", &d));
    assert_true(cdate_parse_iso("9999-12-31", &d));
    static const char *const bad[] = {
        "2023-02-29", "1600-12-31", "10000-01-01", "2008-2-29", "2008-02-9", " 2008-02-29", "2008-02-29 ",
        "2008-02-29x", "", "2008", "2008-02", "2008-02-", "+008-02-29", "2008/02/29", "2008-13-01",
        "2008-00-10", "2008-01-00", "0000-01-01", "20080229", "2008-02-2\xd9",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        d = D(1, 2, 3);
        EXPECT(bad[i], !cdate_parse_iso(bad[i], &d));
        EXPECT(bad[i], same(d, D(1, 2, 3)));
    }
    assert_false(cdate_parse_iso(NULL, &d));
    assert_false(cdate_parse_iso("2008-02-29", NULL));
    char buf[11];
    assert_string_equal(iso(D(1601, 1, 1), buf), "1601-01-01");
    assert_string_equal(iso(D(9999, 12, 31), buf), "9999-12-31");
    assert_string_equal(iso(D(2008, 2, 29), buf), "2008-02-29");
    assert_string_equal(iso(D(2023, 2, 29), buf), "0000-00-00");
    for (int i = 0; i < 5000; i++) {
        cdate r = random_date(), back;
        assert_true(cdate_parse_iso(iso(r, buf), &back));
        assert_true(same(r, back));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_add_subtract),
        cmocka_unit_test(test_add_subtract_status),
        cmocka_unit_test(test_round_trips),
        cmocka_unit_test(test_difference),
        cmocka_unit_test(test_same_dates),
        cmocka_unit_test(test_difference_properties),
        cmocka_unit_test(test_serial_every_day),
        cmocka_unit_test(test_weekday),
        cmocka_unit_test(test_leap_years),
        cmocka_unit_test(test_valid_edges),
        cmocka_unit_test(test_parse_format),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
