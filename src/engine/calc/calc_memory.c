/* calc_memory: the memory list (WINDOWS-CALCULATOR.md 1.2, 3.5). Item 0 is
 * the newest; at most CALC_MEMORY_MAX items (the oldest drops). Shared by
 * every mode; shown and recalled truncated to an integer in programmer mode.
 * Memory keys are disabled while an error shows (calc_command_enabled). */
#include <string.h>

#include "calc_internal.h"

static void push_front(calc *c, const num *v)
{
    int keep = c->memory_count < CALC_MEMORY_MAX ? c->memory_count : CALC_MEMORY_MAX - 1;
    memmove(&c->memory[1], &c->memory[0], (size_t)keep * sizeof c->memory[0]);
    c->memory[0] = *v;
    c->memory_count = keep + 1;
    c->revision++;
}

/* The value a memory key works with: the display, with a number being typed
 * committed first (Windows sends IDC_STORE / IDC_MPLUS to its engine). */
static bool display_value(calc *c, int key, num *out)
{
    if (c->error)
        return false;
    calc_engine_key(c, key);
    if (c->error)
        return false;
    *out = c->cur;
    if (c->mode == CALC_PROGRAMMER)
        prog_normalize(c, out);
    return true;
}

void calc_memory_store(calc *c)
{
    num v;
    if (display_value(c, CMD_MS, &v))
        push_front(c, &v);
}

void calc_memory_recall_top(calc *c)
{
    calc_memory_recall(c, 0);
}

static void change_item(calc *c, int index, bool subtract, int key)
{
    num v, r;
    if (!display_value(c, key, &v))
        return;
    calc_status s = subtract ? num_sub(&r, &c->memory[index], &v)
                             : num_add(&r, &c->memory[index], &v);
    if (s == CALC_OK)
        s = num_check_range_prec(&r, c->precision);
    if (s != CALC_OK)
        return;                              /* an overflowing sum leaves the item */
    if (c->mode == CALC_PROGRAMMER)
        prog_normalize(c, &r);
    c->memory[index] = r;
    c->revision++;
}

/* M+ / M- change the newest item, or create it (as +x / -x) when empty. */
void calc_memory_plus(calc *c, bool subtract)
{
    int key = subtract ? CMD_MMINUS : CMD_MPLUS;
    if (c->memory_count == 0) {
        num v;
        if (!display_value(c, key, &v))
            return;
        if (subtract)
            num_neg(&v, &v);
        push_front(c, &v);
        return;
    }
    change_item(c, 0, subtract, key);
}

/* MC is a memory key like the others: it ends the number being typed
 * (Windows sends IDC_MCLEAR to its engine), so "5 ms 1 mc 7" shows 7. */
void calc_memory_clear_all(calc *c)
{
    if (c->memory_count > 0)
        c->revision++;
    if (!c->error)
        calc_engine_key(c, CMD_MC);
    c->memory_count = 0;
}

int calc_memory_count(const calc *c)
{
    return c->memory_count;
}

const char *calc_memory_text(const calc *c, int index)
{
    if (index < 0 || index >= c->memory_count)
        return "";
    calc *m = (calc *)c;                     /* a cache of text, not state */
    num v = c->memory[index];
    if (c->mode == CALC_PROGRAMMER)
        prog_normalize(c, &v);
    calc_format_value(c, &v, m->memory_text, sizeof m->memory_text);
    return m->memory_text;
}

void calc_memory_recall(calc *c, int index)
{
    if (index < 0 || index >= c->memory_count || c->error)
        return;
    num v = c->memory[index];
    calc_recall_value(c, &v);
}

void calc_memory_add(calc *c, int index)
{
    if (index >= 0 && index < c->memory_count)
        change_item(c, index, false, CMD_MPLUS);
}

void calc_memory_subtract(calc *c, int index)
{
    if (index >= 0 && index < c->memory_count)
        change_item(c, index, true, CMD_MMINUS);
}

void calc_memory_clear_item(calc *c, int index)
{
    if (index < 0 || index >= c->memory_count)
        return;
    memmove(&c->memory[index], &c->memory[index + 1],
            (size_t)(c->memory_count - index - 1) * sizeof c->memory[0]);
    c->memory_count--;
    c->revision++;
}

/* Full precision, whatever the mode: what is saved must be what was stored. */
#define MEMORY_SAVE_DIGITS 128

int calc_memory_value(const calc *c, int index, char *buf, size_t cap)
{
    if (index < 0 || index >= c->memory_count || buf == NULL)
        return -1;
    return num_format(&c->memory[index], MEMORY_SAVE_DIGITS, false, buf, cap);
}

bool calc_memory_load(calc *c, const char *text)
{
    num v;
    if (text == NULL || c->memory_count >= CALC_MEMORY_MAX || num_parse(&v, text) != CALC_OK ||
        num_check_range(&v) != CALC_OK)
        return false;
    c->memory[c->memory_count++] = v;
    c->revision++;
    return true;
}
