/* calc_history: completed calculations per mode (WINDOWS-CALCULATOR.md 1.2,
 * 3.6). Standard and scientific keep separate lists, newest first, up to
 * CALC_HISTORY_MAX items (we keep 1,000 where Windows keeps 20); programmer
 * mode has none. A ring buffer makes adding an item O(1). */
#include <stdlib.h>
#include <string.h>

#include "calc_internal.h"

void history_empty(history_list *h)
{
    if (h->items != NULL) {
        for (int i = 0; i < h->count; i++)
            free(history_at(h, i)->expression);
    }
    h->head = 0;
    h->count = 0;
}

void history_free(history_list *h)
{
    history_empty(h);
    free(h->items);
    h->items = NULL;
}

history_item *history_at(const history_list *h, int index)
{
    if (h->items == NULL || index < 0 || index >= h->count)
        return NULL;
    int slot = (h->head - 1 - index + 2 * CALC_HISTORY_MAX) % CALC_HISTORY_MAX;
    return &h->items[slot];
}

static char *copy_text(const char *s)
{
    size_t len = strlen(s);
    char *p = malloc(len + 1);
    if (p != NULL)
        memcpy(p, s, len + 1);
    return p;
}

static void set_result(history_item *it, const char *result)
{
    size_t len = strlen(result);
    if (len >= sizeof it->result)
        len = sizeof it->result - 1;
    memcpy(it->result, result, len);
    it->result[len] = '\0';
}

bool history_push(history_list *h, const char *expression, const char *result, const num *value)
{
    if (h->items == NULL) {
        h->items = calloc(CALC_HISTORY_MAX, sizeof *h->items);
        if (h->items == NULL)
            return false;
        h->head = 0;
        h->count = 0;
    }
    char *text = copy_text(expression);
    if (text == NULL)
        return false;
    history_item *it = &h->items[h->head];
    if (h->count == CALC_HISTORY_MAX)
        free(it->expression);                /* the oldest item drops */
    else
        h->count++;
    it->expression = text;
    set_result(it, result);
    it->value = *value;
    it->tag = 0;
    h->head = (h->head + 1) % CALC_HISTORY_MAX;
    return true;
}

static const history_list *list_of(const calc *c, calc_mode m)
{
    int slot = calc_history_slot(m);
    return slot < 0 ? NULL : &c->history[slot];
}

int calc_history_count(const calc *c, calc_mode m)
{
    const history_list *h = list_of(c, m);
    return h ? h->count : 0;
}

const char *calc_history_expression(const calc *c, calc_mode m, int index)
{
    const history_list *h = list_of(c, m);
    history_item *it = h ? history_at(h, index) : NULL;
    return it ? it->expression : "";
}

const char *calc_history_result(const calc *c, calc_mode m, int index)
{
    const history_list *h = list_of(c, m);
    history_item *it = h ? history_at(h, index) : NULL;
    return it ? it->result : "";
}

/* Clicking an item loads its result as the current value (H11). */
void calc_history_recall(calc *c, int index)
{
    const history_list *h = list_of(c, c->shown);
    history_item *it = h ? history_at(h, index) : NULL;
    if (it == NULL)
        return;
    num v = it->value;
    if (c->error)
        calc_clear_all(c);
    calc_recall_value(c, &v);
}

void calc_history_delete(calc *c, calc_mode m, int index)
{
    int slot = calc_history_slot(m);
    if (slot < 0)
        return;
    history_list *h = &c->history[slot];
    if (index < 0 || index >= h->count)
        return;
    free(history_at(h, index)->expression);
    /* Shift the newer items one place toward the older end. */
    for (int i = index; i > 0; i--)
        *history_at(h, i) = *history_at(h, i - 1);
    h->head = (h->head - 1 + CALC_HISTORY_MAX) % CALC_HISTORY_MAX;
    h->count--;
    c->revision++;
}

void calc_history_clear(calc *c, calc_mode m)
{
    int slot = calc_history_slot(m);
    if (slot >= 0 && c->history[slot].count > 0) {
        history_empty(&c->history[slot]);
        c->revision++;
    }
}

/* Persistence: the window saves items and loads them back, oldest last. */
bool calc_history_load(calc *c, calc_mode m, const char *expression, const char *result)
{
    int slot = calc_history_slot(m);
    if (slot < 0 || expression == NULL || result == NULL)
        return false;
    num v;
    if (num_parse(&v, result) != CALC_OK || num_check_range(&v) != CALC_OK)
        return false;
    history_list *h = &c->history[slot];
    if (h->count == CALC_HISTORY_MAX)
        return false;                        /* full: older items do not fit */
    c->revision++;
    if (h->items == NULL)
        return history_push(h, expression, result, &v);
    char *text = copy_text(expression);
    if (text == NULL)
        return false;
    /* The oldest slot is just before the oldest item in the ring. */
    int slot_old = (h->head - 1 - h->count + 2 * CALC_HISTORY_MAX) % CALC_HISTORY_MAX;
    history_item *it = &h->items[slot_old];
    it->expression = text;
    set_result(it, result);
    it->value = v;
    it->tag = 0;
    h->count++;
    return true;
}

uint64_t calc_history_tag(const calc *c, calc_mode m, int index)
{
    const history_list *h = list_of(c, m);
    history_item *it = h ? history_at(h, index) : NULL;
    return it ? it->tag : 0;
}

void calc_history_set_tag(calc *c, calc_mode m, int index, uint64_t tag)
{
    const history_list *h = list_of(c, m);
    history_item *it = h ? history_at(h, index) : NULL;
    if (it)
        it->tag = tag;                       /* not a change of what is shown */
}

uint32_t calc_revision(const calc *c)
{
    return c->revision;
}
