/* libFuzzer target: a pasted statistics data list (Contract 4 and the
 * statistics mode's column paste): each line of the input is added to a
 * calc_stats list, a few are deleted, the list cleared and brought back, and
 * every statistic computed at a precision from the first byte. Checks counts,
 * statuses, result texts and order (min <= median <= max, mean in between). */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "calc_stats.h"
#include "fuzz_invariants.h"
#include "fuzz_fields.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define LINES_MAX 64

static int cmp_text(const char *a, const char *b)
{
    num x, y;
    if (num_parse(&x, a) != CALC_OK || num_parse(&y, b) != CALC_OK)
        inv_fail("statistic is not a number", a);
    return num_cmp(&x, &y);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 4096)
        return 0;
    calc_stats *s = stats_create();
    if (!s)
        return 0;
    int precision = 1 + data[0] % 128;
    /* the lines, as a paste brings them */
    char *text = malloc(size);
    if (!text) {
        stats_destroy(s);
        return 0;
    }
    memcpy(text, data + 1, size - 1);
    text[size - 1] = 0;
    int added = 0, lines = 0;
    for (char *p = text; *p && lines < LINES_MAX; lines++) {
        char *end = p + strcspn(p, "\r\n");
        char keep = *end;
        *end = 0;
        stats_status st = stats_add(s, p);
        if (st == STATS_OK)
            added++;
        else if (st != STATS_BAD_VALUE && st != STATS_OVERFLOW && st != STATS_FULL)
            inv_fail("add status", p);
        if (!keep)
            break;
        p = end + 1;
    }
    if (stats_count(s) != added)
        inv_fail("count is not the values added", text);
    if (data[0] & 0x80 && added > 0) {
        if (stats_delete_at(s, data[0] % added) != STATS_OK)
            inv_fail("delete_at a valid index", text);
        added--;
    }
    if (stats_delete_at(s, added) != STATS_BAD_INDEX || stats_delete_at(s, -1) != STATS_BAD_INDEX)
        inv_fail("delete_at out of range", text);
    stats_clear(s);
    if (stats_count(s) != 0)
        inv_fail("clear leaves values", text);
    if (stats_undo_clear(s) != (added > 0) || stats_count(s) != added)
        inv_fail("undo clear brings the values back", text);
    char r[STATS_KIND_COUNT][256];
    for (int k = 0; k < STATS_KIND_COUNT; k++) {
        memset(r[k], 'x', sizeof r[k]);
        stats_status st = stats_compute(s, (stats_kind)k, precision, r[k], sizeof r[k]);
        if (st != STATS_OK && st != STATS_INVALID && st != STATS_OVERFLOW)
            inv_fail("compute status", text);
        fuzz_check_result(st == STATS_OK, r[k], sizeof r[k], text);
        bool needs = k == STATS_SDEV || k == STATS_VAR ? added >= 2 : k == STATS_COUNT || k == STATS_SUM || k == STATS_SUMSQ ? true : added >= 1;
        if (needs && st == STATS_INVALID)
            inv_fail("enough values but invalid", text);
        if (!needs && st == STATS_OK)
            inv_fail("too few values but a result", text);
        if (st != STATS_OK)
            r[k][0] = 0;
    }
    if (added > 0 && r[STATS_MIN][0] && r[STATS_MAX][0] && r[STATS_MEDIAN][0] && r[STATS_MEAN][0]) {
        if (cmp_text(r[STATS_MIN], r[STATS_MEDIAN]) > 0 || cmp_text(r[STATS_MEDIAN], r[STATS_MAX]) > 0)
            inv_fail("min <= median <= max", text);
        /* rounded to precision digits, so only the order of the extremes */
        if (precision >= 40 && (cmp_text(r[STATS_MIN], r[STATS_MEAN]) > 0 || cmp_text(r[STATS_MEAN], r[STATS_MAX]) > 0))
            inv_fail("min <= mean <= max", text);
        if (r[STATS_VAR][0] && r[STATS_VAR][0] == '-')
            inv_fail("negative variance", r[STATS_VAR]);
    }
    free(text);
    stats_destroy(s);
    return 0;
}
