/* calc_stats: the statistics mode's data list and its statistics (DESIGN.md
 * Contract 4, issue 13).
 *
 * A data list of exact numbers in the order they were added. Sums, means,
 * variances and the median are exact rationals (within the engine's 128
 * significant digits); the standard deviations are the square roots of the
 * exact variances, so the shown digits are correctly rounded (no cancellation:
 * 1e16+1, 1e16+2, 1e16+3 has a sample deviation of exactly 1). Every
 * statistic costs O(1) whatever the count (sums and the sorted order are kept
 * up to date as values come and go).
 *
 * The API speaks text: values in are engine-form decimals ('.' decimal point,
 * no grouping, optional "e" exponent, optional leading '-'); results out are
 * display texts in the same form, rounded to the precision asked for (32 in
 * the statistics mode; 128 gives the engine's full value back). */
#ifndef CALC_STATS_H
#define CALC_STATS_H

#include <stdbool.h>
#include <stddef.h>

#define STATS_MAX_COUNT 100000   /* values in one list */

typedef struct calc_stats calc_stats;

typedef enum stats_status {
    STATS_OK = 0,
    STATS_INVALID,     /* too few values for the statistic: "Invalid input" */
    STATS_OVERFLOW,    /* a value or a result beyond the engine's range: "Overflow" */
    STATS_BAD_VALUE,   /* the value is not an engine-form decimal */
    STATS_BAD_INDEX,   /* no value at that index (or the list is empty) */
    STATS_FULL,        /* STATS_MAX_COUNT values already, or out of memory */
    STATS_NO_ROOM      /* `out` is too small (cap >= 64 + precision is enough) */
} stats_status;

typedef enum stats_kind {
    STATS_COUNT = 0,   /* n */
    STATS_SUM,         /* sum of x */
    STATS_SUMSQ,       /* sum of x squared */
    STATS_MEAN,        /* x bar; n >= 1 */
    STATS_MEANSQ,      /* mean of the squares; n >= 1 */
    STATS_SDEV,        /* sample standard deviation, sigma n-1; n >= 2 */
    STATS_PSDEV,       /* population standard deviation, sigma n; n >= 1 */
    STATS_VAR,         /* sample variance; n >= 2 */
    STATS_PVAR,        /* population variance; n >= 1 */
    STATS_MEDIAN,      /* middle value, or the mean of the two middle ones; n >= 1 */
    STATS_MIN,         /* n >= 1 */
    STATS_MAX,         /* n >= 1 */
    STATS_KIND_COUNT
} stats_kind;

/* A new empty list, or NULL when out of memory. */
calc_stats *stats_create(void);
/* Frees the list (NULL is fine). */
void stats_destroy(calc_stats *s);

/* Appends `value`. STATS_BAD_VALUE, STATS_OVERFLOW (outside 1e-9999 … 1e+10000)
 * and STATS_FULL leave the list unchanged. */
stats_status stats_add(calc_stats *s, const char *value);
/* Removes the last value added; STATS_BAD_INDEX when the list is empty. */
stats_status stats_delete_last(calc_stats *s);
/* Removes the value at `index` (0 = first added); later values move down one. */
stats_status stats_delete_at(calc_stats *s, int index);
/* Empties the list, keeping its values for stats_undo_clear. An empty list is
 * left alone (so a second clear does not lose the values kept by the first). */
void stats_clear(calc_stats *s);
/* Brings back the values of the last clear, before any added since; false
 * when there is nothing to bring back. STATS_MAX_COUNT still holds: values
 * beyond it are dropped from the end. */
bool stats_undo_clear(calc_stats *s);
/* Number of values in the list. */
int stats_count(const calc_stats *s);

/* The value at `index` as display text at `precision` (1 … 128). */
stats_status stats_value(const calc_stats *s, int index, int precision, char *out, size_t cap);
/* The statistic `kind` as display text at `precision` (1 … 128); STATS_INVALID
 * with too few values. On any error out is "" (when cap > 0). */
stats_status stats_compute(const calc_stats *s, stats_kind kind, int precision, char *out,
                           size_t cap);

#endif
