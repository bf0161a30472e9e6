/* stats_internal: the data list's representation, shared by stats_list.c
 * (keeping it) and stats_compute.c (reading it); and the statistics as
 * numbers, for engine code that computes with them. Not a public header. */
#ifndef CALC_STATS_INTERNAL_H
#define CALC_STATS_INTERNAL_H

#include "calc_stats.h"
#include "number.h"

typedef struct stats_list {
    num *values;      /* in the order added */
    int *order;       /* indices into values, sorted by value (equal values by age) */
    int count, cap;
} stats_list;

struct calc_stats {
    stats_list list;
    stats_list cleared;    /* the values of the last clear, for undo */
    /* Running sums, updated on every add and delete. The deviations d = x - shift
     * from the first value added keep the variance free of cancellation:
     * n*sum(d^2) - (sum d)^2 is exact and small even when x^2 is huge. */
    num shift;
    num sum, sumsq;        /* sum of x, of x^2 */
    num dsum, dsumsq;      /* sum of d, of d^2 */
};

/* The statistic `kind` as an exact (or, for roots, correctly rounded) number;
 * CALC_ERR_INVALID with too few values, CALC_ERR_OVERFLOW out of range. */
calc_status stats_compute_num(const calc_stats *s, stats_kind kind, num *out);

/* Appends the number itself (exact rationals such as 1/3 stay exact, where
 * stats_add's text would be a decimal); errors as stats_add. */
stats_status stats_add_num(calc_stats *s, const num *value);

#endif
