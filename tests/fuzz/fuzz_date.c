/* libFuzzer target: the date arguments of Contract 4 (calculatrice-cli date
 * diff|add|sub): calc_date.h's parser on arbitrary text, then add, subtract
 * and difference on what it accepts, with offsets from the input. Checks the
 * round trips and the range. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "calc_date.h"
#include "fuzz_invariants.h"
#include "fuzz_fields.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_date(cdate d, const char *what)
{
    if (!cdate_valid(d))
        inv_fail("an accepted or computed date is not valid", what);
    char iso[11];
    cdate_format_iso(d, iso);
    cdate back;
    if (!cdate_parse_iso(iso, &back) || back.year != d.year || back.month != d.month || back.day != d.day)
        inv_fail("format then parse is not the same date", iso);
    long s = cdate_to_serial(d);
    cdate again = cdate_from_serial(s);
    if (again.year != d.year || again.month != d.month || again.day != d.day)
        inv_fail("serial round trip", iso);
    int w = cdate_weekday(d);
    if (w < 0 || w > 6 || w != (int)((s + 1) % 7))   /* 1601-01-01 was a Monday */
        inv_fail("weekday", iso);
}

/* An offset from two input bytes: -100 ... 1099, mostly in 0 ... 999. */
static int offset_of(const uint8_t *data, size_t size, size_t at)
{
    if (at + 1 >= size)
        return 0;
    return (int)(((data[at] << 8) | data[at + 1]) % 1200) - 100;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    fuzz_fields ff;
    if (!fuzz_fields_split(data, size, 0, &ff))
        return 0;
    cdate a, b;
    bool ha = cdate_parse_iso(ff.f[0], &a), hb = cdate_parse_iso(ff.f[1], &b);
    if (ha) {
        if (strlen(ff.f[0]) != 10)
            inv_fail("accepted a date that is not YYYY-MM-DD", ff.f[0]);
        check_date(a, ff.f[0]);
    }
    if (hb)
        check_date(b, ff.f[1]);
    if (ha && hb) {
        cdate_diff d1 = cdate_difference(a, b), d2 = cdate_difference(b, a);
        long want = labs(cdate_to_serial(a) - cdate_to_serial(b));
        if (d1.total_days != want || d2.total_days != want)
            inv_fail("difference in days", ff.f[0]);
        if (d1.years != d2.years || d1.months != d2.months || d1.weeks != d2.weeks || d1.days != d2.days)
            inv_fail("difference depends on the order", ff.f[0]);
        /* 12 months happens: from a year pivot clamped to 28 February
         * (2024-02-29 to 7464-02-28 is 5439 years, 12 months: the years
         * step from 2024-02-29 stops at 7463-02-28, the months go on). */
        if (d1.years < 0 || d1.months < 0 || d1.months > 12 || d1.weeks < 0 || d1.weeks > 4 || d1.days < 0 || d1.days > 6)
            inv_fail("difference parts out of range", ff.f[0]);
    }
    if (ha) {
        int y = offset_of(data, size, size / 2), m = offset_of(data, size, size / 3), dd = offset_of(data, size, size / 4);
        cdate r;
        cdate_status st = cdate_add(a, y, m, dd, &r);
        if (st == CDATE_OK)
            check_date(r, "add");
        else if (st != CDATE_OUT_OF_RANGE && st != CDATE_BAD_INPUT)
            inv_fail("add status", ff.f[0]);
        st = cdate_subtract(a, y, m, dd, &r);
        if (st == CDATE_OK)
            check_date(r, "subtract");
        else if (st != CDATE_OUT_OF_RANGE && st != CDATE_BAD_INPUT)
            inv_fail("subtract status", ff.f[0]);
        /* Days alone go back exactly. */
        if (dd >= 0 && cdate_add(a, 0, 0, dd, &r) == CDATE_OK) {
            cdate back;
            if (cdate_subtract(r, 0, 0, dd, &back) != CDATE_OK || cdate_to_serial(back) != cdate_to_serial(a))
                inv_fail("add then subtract days", ff.f[0]);
            if (cdate_to_serial(r) - cdate_to_serial(a) != dd)
                inv_fail("add days moves by that many days", ff.f[0]);
        }
    }
    fuzz_fields_free(&ff);
    return 0;
}
