/* calc_date: dates of the Date calculation mode (DESIGN.md Contract 4).
 *
 * Pure integer day arithmetic on the proleptic Gregorian calendar, from
 * 1601-01-01 to 9999-12-31 (Windows Calculator's range): no C library clock,
 * no time zone. Dates are counted as serials, days since 1601-01-01.
 *
 * The years/months/weeks/days split of a difference and the order of the
 * units in add and subtract are Windows Calculator's (DateCalculator.cpp):
 *   add       years, then months, then days, each step from the previous
 *             step's date; a month or year step clamps the day to the last
 *             day of the month reached (2008-01-31 + 1 month = 2008-02-29,
 *             2008-02-29 + 1 year = 2009-02-28);
 *   subtract  days, then months, then years, clamped the same way;
 *   difference from the earlier date: the most whole years that do not pass
 *             the later date, then from there the most whole months, then
 *             weeks, and the days left. Each count is stepped from that
 *             unit's starting pivot in one go (pivot + n months, clamped), not
 *             month after month.
 * Every function is total: invalid input gives a status or a documented
 * value, never undefined behaviour. */
#ifndef CALC_DATE_H
#define CALC_DATE_H

#include <stdbool.h>

typedef struct cdate { int year, month, day; } cdate;          /* proleptic Gregorian */
#define CDATE_MIN_YEAR 1601
#define CDATE_MAX_YEAR 9999
#define CDATE_OFFSET_MAX 999   /* years, months and days offsets are 0 ... 999 */

/* true if d is a real day in 1601-01-01 ... 9999-12-31. */
bool cdate_valid(cdate d);

/* Days since 1601-01-01 (that day = 0; 9999-12-31 = cdate_serial_max()).
 * d must be valid; an invalid d gives -1. */
long cdate_to_serial(cdate d);

/* The inverse of cdate_to_serial. serial must be in 0 ... cdate_serial_max();
 * outside it gives {0, 0, 0} (not a valid date). */
cdate cdate_from_serial(long serial);

/* The serial of 9999-12-31. */
long cdate_serial_max(void);

/* 0 = Sunday ... 6 = Saturday (1601-01-01 was a Monday: 1).
 * An invalid d gives -1. */
int cdate_weekday(cdate d);

/* true for the Gregorian leap years (2000 yes, 1900 no). Any year. */
bool cdate_is_leap(int year);

/* 28 ... 31; 0 for a month outside 1 ... 12. Any year. */
int cdate_days_in_month(int year, int month);

typedef struct cdate_diff { int years, months, weeks, days; long total_days; } cdate_diff;

/* The difference between a and b in Windows Calculator's units (see the top
 * of this file); order does not matter, total_days >= 0. All zero for equal
 * dates ("Same dates"). Pivots tried past 9999-12-31 are only compared, so
 * spans ending near the top of the range split like any other
 * (1601-01-01 to 9999-12-31: 8398 years, 11 months, 4 weeks, 2 days).
 * Both dates must be valid; otherwise the result is all zero. */
cdate_diff cdate_difference(cdate a, cdate b);

typedef enum cdate_status { CDATE_OK = 0, CDATE_OUT_OF_RANGE, CDATE_BAD_INPUT } cdate_status;

/* d + years, then + months, then + days, into *out.
 * CDATE_BAD_INPUT: d invalid, an offset outside 0 ... CDATE_OFFSET_MAX, or out
 * NULL; CDATE_OUT_OF_RANGE: the result is after 9999-12-31. *out is written
 * only on CDATE_OK. */
cdate_status cdate_add(cdate d, int years, int months, int days, cdate *out);      /* y, m, d */

/* d - days, then - months, then - years, into *out. Statuses as cdate_add
 * (CDATE_OUT_OF_RANGE: before 1601-01-01). */
cdate_status cdate_subtract(cdate d, int years, int months, int days, cdate *out); /* d, m, y */

/* Parses exactly "YYYY-MM-DD" (four, two and two digits) naming a valid
 * date. false (and *out untouched) for anything else: other lengths, signs,
 * blanks, 2023-02-29, 1600-12-31. */
bool cdate_parse_iso(const char *s, cdate *out);

/* "YYYY-MM-DD" and a NUL. An invalid d gives "0000-00-00". */
void cdate_format_iso(cdate d, char out[11]);

#endif
