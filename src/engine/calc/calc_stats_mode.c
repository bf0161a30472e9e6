/* calc_stats_mode: the statistics mode in the state machine (DESIGN.md
 * Contract 4, issue 13). The data list is a calc_stats (domain/stats_*.c)
 * owned by the calculator; the keys act on it:
 *   add     commits the number being typed and appends the displayed value
 *           (the exact value: 1/3 stays 1/3), as MS stores it;
 *   delete  removes the last value, cad clears the list (undo: calc.h);
 *   count … max replace the display with the statistic, like a constant or
 *           a memory recall, so that a statistic is an operand ("mean + 1");
 *           with too few values the display says "Invalid input".
 * The arithmetic around them is scientific mode's (the mode's row). */
#include <stdlib.h>
#include <string.h>

#include "calc_internal.h"
#include "stats_internal.h"

/* The list, made on first use; NULL only when out of memory. */
static calc_stats *data(calc *c)
{
    if (c->stats == NULL)
        c->stats = stats_create();
    return c->stats;
}

void calc_stats_reset(calc *c)
{
    if (c->stats != NULL)
        c->data_revision++;
    stats_destroy(c->stats);
    c->stats = NULL;
}

static void add_displayed(calc *c)
{
    calc_engine_key(c, CMD_MS);                 /* ends entry, as MS does */
    if (c->error)
        return;
    c->temp_com = CMD_STAT_ADD;                 /* the value is used: "(" next is no implicit "x" */
    calc_stats *s = data(c);
    if (s == NULL) {
        calc_set_error(c, CALC_ERR_NO_MEMORY);
        return;
    }
    if (stats_add_num(s, &c->cur) == STATS_OK)  /* a full list stays as it is */
        c->data_revision++;
}

static void show_statistic(calc *c, stats_kind kind)
{
    calc_stats *s = data(c);
    num v;
    calc_status st = s != NULL ? stats_compute_num(s, kind, &v) : CALC_ERR_NO_MEMORY;
    if (st == CALC_OK)
        st = num_check_range_prec(&v, c->precision);
    if (st != CALC_OK) {
        num_zero(&v);
        calc_recall_value(c, &v);               /* the prologue of a key, then the error */
        calc_set_error(c, st);
        return;
    }
    calc_recall_value(c, &v);
}

bool calc_stats_key(calc *c, int id)
{
    if (id >= CMD_STAT_COUNT && id <= CMD_STAT_MAX) {
        show_statistic(c, (stats_kind)(STATS_COUNT + (id - CMD_STAT_COUNT)));
        return true;
    }
    calc_stats *s;
    switch (id) {
    case CMD_STAT_ADD:
        add_displayed(c);
        return true;
    case CMD_STAT_DELETE:
        if ((s = data(c)) != NULL && stats_delete_last(s) == STATS_OK)
            c->data_revision++;
        return true;
    case CMD_STAT_CAD:
        calc_data_clear(c);
        return true;
    default:
        return false;
    }
}

/* ---- the window's data list (calc.h) ------------------------------------- */

int calc_data_count(const calc *c)
{
    return c->stats != NULL ? stats_count(c->stats) : 0;
}

bool calc_data_text(const calc *c, int index, int precision, char *out, size_t cap)
{
    if (c->stats == NULL)
        return false;
    const calc_mode_info *mi = calc_mode_by_id(CALC_STATISTICS);
    if (precision == 0)
        precision = mi != NULL ? mi->precision : 32;
    return stats_value(c->stats, index, precision, out, cap) == STATS_OK;
}

/* Every change of the list counts (calc_data_revision: the window saves it). */
static bool changed(calc *c, bool ok)
{
    if (ok)
        c->data_revision++;
    return ok;
}

bool calc_data_delete(calc *c, int index)
{
    return changed(c, c->stats != NULL && stats_delete_at(c->stats, index) == STATS_OK);
}

void calc_data_clear(calc *c)
{
    if (c->stats != NULL && changed(c, stats_count(c->stats) > 0))
        stats_clear(c->stats);
}

bool calc_data_undo_clear(calc *c)
{
    return changed(c, c->stats != NULL && stats_undo_clear(c->stats));
}

bool calc_data_load(calc *c, const char *value)
{
    calc_stats *s = data(c);
    return changed(c, s != NULL && value != NULL && stats_add(s, value) == STATS_OK);
}

uint32_t calc_data_revision(const calc *c)
{
    return c->data_revision;
}

/* ---- paste of a column ----------------------------------------------------- */

static bool is_field_sep(char ch)
{
    return ch == '\n' || ch == '\r' || ch == '\t' || ch == ';';
}

static bool is_blank(char ch)
{
    return ch == ' ' || ch == '\t';
}

/* One field [s, end) with the given separators as an engine-form decimal in
 * out: grouping separators dropped, the decimal separator made '.', 'E' made
 * 'e', a leading '+' dropped and a U+2212 minus made '-'. false if it is not
 * a number. */
static bool field_number(const char *s, const char *end, const char *dec, const char *grp, char *out,
                         size_t cap, num *value)
{
    size_t dl = dec != NULL ? strlen(dec) : 0, gl = grp != NULL ? strlen(grp) : 0, n = 0;
    if (s < end && *s == '+')
        s++;
    else if (end - s >= 3 && memcmp(s, "\xE2\x88\x92", 3) == 0) {
        out[n++] = '-';
        s += 3;
    }
    while (s < end) {
        if (n + 2 > cap)
            return false;
        if (dl > 0 && (size_t)(end - s) >= dl && memcmp(s, dec, dl) == 0) {
            out[n++] = '.';
            s += dl;
        } else if (gl > 0 && (size_t)(end - s) >= gl && memcmp(s, grp, gl) == 0) {
            s += gl;
        } else {
            out[n++] = *s == 'E' ? 'e' : *s;
            s++;
        }
    }
    out[n] = '\0';
    return n > 0 && num_parse(value, out) == CALC_OK && num_check_range(value) == CALC_OK;
}

/* The next non-blank field of *p, [*start, *end) without surrounding spaces;
 * false at the end of the text. */
static bool next_field(const char **p, const char **start, const char **end)
{
    while (**p) {
        const char *a = *p, *b;
        while (**p && !is_field_sep(**p))
            (*p)++;
        b = *p;
        if (**p)
            (*p)++;
        while (a < b && is_blank(*a))
            a++;
        while (b > a && is_blank(b[-1]))
            b--;
        if (a < b) {                            /* skips blank lines, "\r\n", a trailing tab */
            *start = a;
            *end = b;
            return true;
        }
    }
    return false;
}

int calc_data_paste(calc *c, const char *utf8, const char *decimal_sep, const char *group_sep)
{
    if (utf8 == NULL)
        return -1;
    char buf[CALC_TEXT_MAX];
    num v;
    const char *p = utf8, *start, *end;
    /* First pass: every field must be a number, and there must be room. */
    int fields = 0;
    while (next_field(&p, &start, &end)) {
        if ((size_t)(end - start) >= sizeof buf
            || !field_number(start, end, decimal_sep, group_sep, buf, sizeof buf, &v))
            return -1;
        fields++;
    }
    if (fields < 2)
        return 0;
    calc_stats *s = data(c);
    if (s == NULL || stats_count(s) + fields > STATS_MAX_COUNT)
        return -1;
    int added = 0;
    for (p = utf8; next_field(&p, &start, &end);)
        if (field_number(start, end, decimal_sep, group_sep, buf, sizeof buf, &v) && stats_add_num(s, &v) == STATS_OK)
            added++;
    changed(c, added > 0);
    return added;
}
