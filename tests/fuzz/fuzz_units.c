/* libFuzzer target: the converter's arguments of Contract 4 (calculatrice-cli
 * convert VALUE FROM TO): units_convert with value text from the input and
 * unit ids picked by the first two bytes (or taken as text from the input),
 * at a precision from the third. Checks the statuses and the result text. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "calc_units.h"
#include "fuzz_invariants.h"
#include "fuzz_fields.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3 || size > 4096)
        return 0;
    fuzz_fields ff;
    if (!fuzz_fields_split(data, size, 3, &ff))
        return 0;
    int n = units_count();
    int from = data[0] % (n + 1), to = data[1] % (n + 1);
    /* n: the id is the input's second or third field (unknown ids, odd text) */
    const char *from_id = from < n ? units_id(from) : ff.f[1];
    const char *to_id = to < n ? units_id(to) : ff.f[2];
    int precision = data[2] % 136;          /* 0 and beyond 128: refused */
    char out[256];
    memset(out, 'x', sizeof out);
    units_status st = units_convert(ff.f[0], from_id, to_id, precision, out, sizeof out);
    if (st < UNITS_OK || st > UNITS_NO_ROOM)
        inv_fail("units status out of range", ff.f[0]);
    fuzz_check_result(st == UNITS_OK, out, sizeof out, ff.f[0]);
    int fi = units_find(from_id), ti = units_find(to_id);
    if ((fi < 0 || ti < 0) && st != UNITS_UNKNOWN_UNIT)
        inv_fail("unknown unit not reported first", from_id);
    if (fi >= 0 && ti >= 0 && units_category_of(fi) != units_category_of(ti) && st != UNITS_MISMATCH)
        inv_fail("category mismatch not reported", from_id);
    if (st == UNITS_OK && (precision < 1 || precision > 128))
        inv_fail("precision out of bounds accepted", ff.f[0]);
    /* Converting a unit to itself gives the value back, rounded: the same
     * number again (not always the same text: the display rule writes a value
     * whose digits do not all fit as "4.4e-4" and the rounded one as "0.00044"). */
    if (st == UNITS_OK && fi == ti) {
        char again[256];
        num x, y;
        if (units_convert(out, from_id, to_id, precision, again, sizeof again) != UNITS_OK ||
            num_parse(&x, out) != CALC_OK || num_parse(&y, again) != CALC_OK || num_cmp(&x, &y) != 0)
            inv_fail("a unit to itself is not stable", out);
    }
    /* A small buffer is refused, never overrun (ASan watches). */
    char tiny[8];
    units_status small = units_convert(ff.f[0], from_id, to_id, precision, tiny, sizeof tiny);
    if (small == UNITS_OK && strlen(tiny) >= sizeof tiny)
        inv_fail("tiny buffer overrun", tiny);
    fuzz_fields_free(&ff);
    return 0;
}
