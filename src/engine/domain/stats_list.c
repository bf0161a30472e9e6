/* stats_list: the statistics mode's data list (calc_stats.h): values in the
 * order added, their sorted order, and the running sums, all kept up to date
 * on every change so that each statistic is O(1). */
#include <stdlib.h>
#include <string.h>

#include "stats_internal.h"

calc_stats *stats_create(void)
{
    calc_stats *s = calloc(1, sizeof *s);
    if (s != NULL) {
        num_zero(&s->shift);
        num_zero(&s->sum);
        num_zero(&s->sumsq);
        num_zero(&s->dsum);
        num_zero(&s->dsumsq);
    }
    return s;
}

static void list_free(stats_list *l)
{
    free(l->values);
    free(l->order);
    memset(l, 0, sizeof *l);
}

void stats_destroy(calc_stats *s)
{
    if (s == NULL)
        return;
    list_free(&s->list);
    list_free(&s->cleared);
    free(s);
}

int stats_count(const calc_stats *s)
{
    return s->list.count;
}

static bool list_reserve(stats_list *l, int need)
{
    if (need <= l->cap)
        return true;
    if (need > STATS_MAX_COUNT)
        return false;
    int cap = l->cap ? l->cap : 64;
    while (cap < need)
        cap = cap > STATS_MAX_COUNT / 2 ? STATS_MAX_COUNT : cap * 2;
    num *v = realloc(l->values, sizeof *v * (size_t)cap);
    if (v == NULL)
        return false;
    l->values = v;
    int *o = realloc(l->order, sizeof *o * (size_t)cap);
    if (o == NULL)
        return false;
    l->order = o;
    l->cap = cap;
    return true;
}

/* Appends x (room reserved) and files it in the sorted order, after the
 * values equal to it. */
static void list_push(stats_list *l, const num *x)
{
    int lo = 0, hi = l->count;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (num_cmp(&l->values[l->order[mid]], x) <= 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    memmove(l->order + lo + 1, l->order + lo, sizeof *l->order * (size_t)(l->count - lo));
    l->order[lo] = l->count;
    l->values[l->count++] = *x;
}

static void list_remove(stats_list *l, int index)
{
    int j = 0;
    while (l->order[j] != index)
        j++;
    memmove(l->order + j, l->order + j + 1, sizeof *l->order * (size_t)(l->count - j - 1));
    memmove(l->values + index, l->values + index + 1,
            sizeof *l->values * (size_t)(l->count - index - 1));
    l->count--;
    for (int k = 0; k < l->count; k++)
        if (l->order[k] > index)
            l->order[k]--;
}

/* sums += sign * (x, x^2, d, d^2) with d = x - shift */
static void sums_apply(calc_stats *s, const num *x, int sign)
{
    calc_status (*op)(num *, const num *, const num *) = sign > 0 ? num_add : num_sub;
    num sq, d, dsq;
    num_mul(&sq, x, x);
    num_sub(&d, x, &s->shift);
    num_mul(&dsq, &d, &d);
    op(&s->sum, &s->sum, x);
    op(&s->sumsq, &s->sumsq, &sq);
    op(&s->dsum, &s->dsum, &d);
    op(&s->dsumsq, &s->dsumsq, &dsq);
}

/* Sums from scratch, shifted by the first value. */
static void sums_rebuild(calc_stats *s)
{
    num_zero(&s->sum);
    num_zero(&s->sumsq);
    num_zero(&s->dsum);
    num_zero(&s->dsumsq);
    if (s->list.count == 0)
        num_zero(&s->shift);
    else
        s->shift = s->list.values[0];
    for (int i = 0; i < s->list.count; i++)
        sums_apply(s, &s->list.values[i], +1);
}

stats_status stats_add_num(calc_stats *s, const num *value)
{
    num x = *value;
    if (num_check_range(&x) != CALC_OK)
        return STATS_OVERFLOW;
    if (!list_reserve(&s->list, s->list.count + 1))
        return STATS_FULL;
    if (s->list.count == 0)
        s->shift = x;
    list_push(&s->list, &x);
    sums_apply(s, &x, +1);
    return STATS_OK;
}

stats_status stats_add(calc_stats *s, const char *value)
{
    num x;
    if (num_parse(&x, value) != CALC_OK)
        return STATS_BAD_VALUE;
    return stats_add_num(s, &x);
}

stats_status stats_delete_at(calc_stats *s, int index)
{
    if (index < 0 || index >= s->list.count)
        return STATS_BAD_INDEX;
    num x = s->list.values[index];
    list_remove(&s->list, index);
    bool exact = !s->sum.inexact && !s->sumsq.inexact && !s->dsum.inexact && !s->dsumsq.inexact;
    if (exact && s->list.count > 0)
        sums_apply(s, &x, -1);   /* exact sums minus an exact value: still exact */
    else
        sums_rebuild(s);         /* rounded sums: do not carry the rounding on */
    return STATS_OK;
}

stats_status stats_delete_last(calc_stats *s)
{
    return stats_delete_at(s, s->list.count - 1);
}

void stats_clear(calc_stats *s)
{
    if (s->list.count == 0)
        return;
    list_free(&s->cleared);
    s->cleared = s->list;
    memset(&s->list, 0, sizeof s->list);
    sums_rebuild(s);
}

bool stats_undo_clear(calc_stats *s)
{
    if (s->cleared.count == 0)
        return false;
    stats_list back = s->cleared, since = s->list;
    memset(&s->cleared, 0, sizeof s->cleared);
    int total = back.count + since.count;
    if (total > STATS_MAX_COUNT)
        total = STATS_MAX_COUNT;
    if (list_reserve(&back, total)) {
        for (int i = 0; back.count < total; i++)
            list_push(&back, &since.values[i]);
        s->list = back;
        list_free(&since);
    } else {
        s->cleared = back;   /* out of memory: nothing changes */
        return false;
    }
    sums_rebuild(s);
    return true;
}

stats_status stats_value(const calc_stats *s, int index, int precision, char *out, size_t cap)
{
    if (cap > 0)
        out[0] = '\0';
    if (index < 0 || index >= s->list.count)
        return STATS_BAD_INDEX;
    if (precision < 1 || precision > NUM_PRECISION)
        return STATS_BAD_VALUE;
    return num_format(&s->list.values[index], precision, false, out, cap) < 0 ? STATS_NO_ROOM
                                                                           : STATS_OK;
}
