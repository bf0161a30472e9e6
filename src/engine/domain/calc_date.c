/* calc_date: proleptic Gregorian dates as day serials, and Windows
 * Calculator's add, subtract and difference (see calc_date.h). Integers only. */
#include <stddef.h>

#include "calc_date.h"

/* 1601 starts a 400-year Gregorian cycle (1601 = 1 mod 400), so a serial
 * splits into whole cycles of 146097 days, centuries of 36524, four-year
 * groups of 1461 and years of 365, the last of each group one day longer. */
#define DAYS_400 146097L
#define DAYS_100 36524L
#define DAYS_4 1461L
#define DAYS_1 365L
#define SERIAL_MAX 3067670L   /* 9999-12-31; checked by the tests against the formula */

/* Days before the first of each month in a common year. */
static const int days_before_month[13] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };

bool cdate_is_leap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int cdate_days_in_month(int year, int month)
{
    if (month < 1 || month > 12)
        return 0;
    if (month == 2 && cdate_is_leap(year))
        return 29;
    return days_before_month[month] - days_before_month[month - 1];
}

bool cdate_valid(cdate d)
{
    return d.year >= CDATE_MIN_YEAR && d.year <= CDATE_MAX_YEAR && d.month >= 1 && d.month <= 12
        && d.day >= 1 && d.day <= cdate_days_in_month(d.year, d.month);
}

long cdate_serial_max(void)
{
    return SERIAL_MAX;
}

long cdate_to_serial(cdate d)
{
    if (!cdate_valid(d))
        return -1;
    long y = d.year - CDATE_MIN_YEAR;   /* whole years since 1601 */
    long serial = y * DAYS_1 + y / 4 - y / 100 + y / 400;
    serial += days_before_month[d.month - 1] + (d.month > 2 && cdate_is_leap(d.year) ? 1 : 0);
    return serial + d.day - 1;
}

cdate cdate_from_serial(long serial)
{
    cdate d = { 0, 0, 0 };
    if (serial < 0 || serial > SERIAL_MAX)
        return d;
    long n = serial;
    long cycles = n / DAYS_400;
    n %= DAYS_400;
    long centuries = n / DAYS_100;
    if (centuries == 4)   /* 31 December of the cycle's leap 400th year */
        centuries = 3;
    n -= centuries * DAYS_100;
    long quads = n / DAYS_4;
    n %= DAYS_4;
    long years = n / DAYS_1;
    if (years == 4)       /* 31 December of the group's leap 4th year */
        years = 3;
    n -= years * DAYS_1;
    d.year = (int)(CDATE_MIN_YEAR + 400 * cycles + 100 * centuries + 4 * quads + years);
    int leap = cdate_is_leap(d.year) ? 1 : 0;
    int month = 1;
    while (month < 12 && n >= days_before_month[month] + (month >= 2 ? leap : 0))
        month++;
    d.month = month;
    d.day = (int)(n - days_before_month[month - 1] - (month > 2 ? leap : 0)) + 1;
    return d;
}

int cdate_weekday(cdate d)
{
    long s = cdate_to_serial(d);
    return s < 0 ? -1 : (int)((s + 1) % 7);   /* serial 0 was a Monday */
}

/* ---- calendar steps -------------------------------------------------------
 * Each step goes from a valid date by n units (n may be negative) and says
 * whether the result is in 1601-01-01 ... 9999-12-31. Month and year steps
 * clamp the day. */

typedef bool (*date_step)(cdate from, long n, cdate *out);

/* from + n months, clamped, with no range limit: the pivots tried while
 * counting may lie past 9999-12-31 (they are only compared with the end). */
static cdate months_later(cdate from, long n)
{
    long index = (long)from.year * 12 + (from.month - 1) + n;
    cdate r = { (int)(index / 12), (int)(index % 12) + 1, from.day };
    int last = cdate_days_in_month(r.year, r.month);
    if (r.day > last)
        r.day = last;
    return r;
}

static bool step_months(cdate from, long n, cdate *out)
{
    long index = (long)from.year * 12 + (from.month - 1) + n;   /* months since year 0 */
    if (index < (long)CDATE_MIN_YEAR * 12 || index > (long)CDATE_MAX_YEAR * 12 + 11)
        return false;
    *out = months_later(from, n);
    return true;
}

static bool step_years(cdate from, long n, cdate *out)
{
    if (n > CDATE_MAX_YEAR - CDATE_MIN_YEAR || n < CDATE_MIN_YEAR - CDATE_MAX_YEAR)
        return false;
    return step_months(from, n * 12, out);
}

static bool step_days(cdate from, long n, cdate *out)
{
    long s = cdate_to_serial(from) + n;
    if (s < 0 || s > SERIAL_MAX)
        return false;
    *out = cdate_from_serial(s);
    return true;
}

/* ---- add and subtract ------------------------------------------------------ */

static bool offsets_ok(int years, int months, int days)
{
    return years >= 0 && years <= CDATE_OFFSET_MAX && months >= 0 && months <= CDATE_OFFSET_MAX
        && days >= 0 && days <= CDATE_OFFSET_MAX;
}

/* Applies the three steps in the given order with the given sign. */
static cdate_status apply(cdate d, const date_step steps[3], const int counts[3], long sign, cdate *out)
{
    if (out == NULL || !cdate_valid(d))
        return CDATE_BAD_INPUT;
    for (int i = 0; i < 3; i++) {
        /* every step moves the same way, so a date past the range never comes back */
        if (counts[i] != 0 && !steps[i](d, sign * counts[i], &d))
            return CDATE_OUT_OF_RANGE;
    }
    *out = d;
    return CDATE_OK;
}

cdate_status cdate_add(cdate d, int years, int months, int days, cdate *out)
{
    if (!offsets_ok(years, months, days))
        return CDATE_BAD_INPUT;
    static const date_step order[3] = { step_years, step_months, step_days };
    const int counts[3] = { years, months, days };
    return apply(d, order, counts, 1, out);
}

cdate_status cdate_subtract(cdate d, int years, int months, int days, cdate *out)
{
    if (!offsets_ok(years, months, days))
        return CDATE_BAD_INPUT;
    static const date_step order[3] = { step_days, step_months, step_years };
    const int counts[3] = { days, months, years };
    return apply(d, order, counts, -1, out);
}

/* ---- difference ------------------------------------------------------------ */

static bool date_after(cdate a, cdate b)
{
    if (a.year != b.year)
        return a.year > b.year;
    if (a.month != b.month)
        return a.month > b.month;
    return a.day > b.day;
}

/* The most n (>= 0) for which base + n * unit months does not pass end, found
 * as Windows does: from an estimate, step back while past the end, forward
 * while the next one still fits. Each candidate is stepped from base in one
 * go, so clamping happens once (2008-01-31 + 2 months = 2008-03-31, not
 * 2008-03-29). *pivot is base + n units. */
static long count_months(cdate base, cdate end, long unit, long estimate, cdate *pivot)
{
    long n = estimate > 0 ? estimate : 0;
    while (n > 0 && date_after(months_later(base, n * unit), end))
        n--;
    while (!date_after(months_later(base, (n + 1) * unit), end))
        n++;
    *pivot = months_later(base, n * unit);
    return n;
}

cdate_diff cdate_difference(cdate a, cdate b)
{
    cdate_diff r = { 0, 0, 0, 0, 0 };
    long sa = cdate_to_serial(a), sb = cdate_to_serial(b);
    if (sa < 0 || sb < 0)
        return r;
    cdate start = sa <= sb ? a : b, end = sa <= sb ? b : a;
    long end_serial = sa <= sb ? sb : sa;
    r.total_days = end_serial - cdate_to_serial(start);
    /* Windows' estimates: the end date's year length, the start date's month
     * length (both kept for the whole computation); they only pick where the
     * search starts. */
    cdate pivot = start;
    r.years = (int)count_months(pivot, end, 12, r.total_days / (cdate_is_leap(end.year) ? 366 : 365), &pivot);
    long left = end_serial - cdate_to_serial(pivot);
    r.months = (int)count_months(pivot, end, 1, left / cdate_days_in_month(start.year, start.month), &pivot);
    left = end_serial - cdate_to_serial(pivot);
    r.weeks = (int)(left / 7);   /* weeks are exact: no calendar in them */
    r.days = (int)(left % 7);
    return r;
}

/* ---- text ------------------------------------------------------------------ */

/* Reads exactly `width` digits. */
static bool read_digits(const char *s, int width, int *value)
{
    int v = 0;
    for (int i = 0; i < width; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return true;
}

bool cdate_parse_iso(const char *s, cdate *out)
{
    if (s == NULL || out == NULL)
        return false;
    cdate d;
    /* each check stops at the first mismatch, so a short string's NUL is
     * never read past */
    if (!read_digits(s, 4, &d.year) || s[4] != '-' || !read_digits(s + 5, 2, &d.month) || s[7] != '-'
        || !read_digits(s + 8, 2, &d.day) || s[10] != '\0' || !cdate_valid(d))
        return false;
    *out = d;
    return true;
}

static void write_digits(char *p, int width, int value)
{
    for (int i = width - 1; i >= 0; i--) {
        p[i] = (char)('0' + value % 10);
        value /= 10;
    }
}

void cdate_format_iso(cdate d, char out[11])
{
    if (!cdate_valid(d))
        d = (cdate){ 0, 0, 0 };
    write_digits(out, 4, d.year);
    out[4] = '-';
    write_digits(out + 5, 2, d.month);
    out[7] = '-';
    write_digits(out + 8, 2, d.day);
    out[10] = '\0';
}
