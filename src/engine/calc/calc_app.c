/* calc_app: the app layer around the engine (Windows' view model and
 * CalculatorManager): the public entry point calc_execute, which keys are
 * enabled, recovery from errors (WINDOWS-CALCULATOR.md 2.4), mode switches
 * that keep the displayed value, the life cycle and the accessors. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "calc_internal.h"
#include "commands.h"

/* ---- life cycle and modes ------------------------------------------------ */

/* The engine's working mode: a keypad mode's row. */
static void apply_mode(calc *c, const calc_mode_info *mi)
{
    c->mode = mi->id;
    c->shown = mi->id;
    c->precision = mi->precision;
    c->precedence = mi->precedence;
}

void calc_reset(calc *c)
{
    apply_mode(c, calc_mode_by_id(CALC_STANDARD));
    c->angle = ANGLE_DEG;
    c->fe = false;
    c->frac = false;
    c->mixed = false;
    c->radix = RADIX_DEC;
    c->word = WORD_QWORD;
    c->carry = false;
    c->memory_count = 0;
    c->revision++;
    for (int i = 0; i < CALC_HISTORY_SLOTS; i++)
        history_empty(&c->history[i]);
    calc_stats_reset(c);
    c->error = false;
    c->no_prev_equ = true;
    c->change_op = false;
    calc_engine_key(c, CMD_CLEAR);
    expr_show_text(&c->expr, "");
}

calc *calc_create(void)
{
    calc *c = calloc(1, sizeof *c);
    if (c == NULL)
        return NULL;
    if (!expr_init(&c->expr)) {
        free(c);
        return NULL;
    }
    c->rng = (uint64_t)time(NULL) ^ (uint64_t)(uintptr_t)c;
    calc_reset(c);
    return c;
}

void calc_destroy(calc *c)
{
    if (c == NULL)
        return;
    for (int i = 0; i < CALC_HISTORY_SLOTS; i++)
        history_free(&c->history[i]);
    calc_stats_reset(c);
    expr_free(&c->expr);
    free(c);
}

void calc_seed(calc *c, uint64_t seed)
{
    c->rng = seed;
}

/* Switching between keypad modes keeps the displayed value (we differ from
 * Windows, #114) and the memory; everything pending is cleared. A form mode
 * only changes what calc_get_mode says: the keypad's state waits untouched,
 * and coming back to the same keypad mode finds it as it was. */
static void switch_mode(calc *c, const calc_mode_info *mi)
{
    if (mi->kind == CALC_MODE_FORM) {
        c->shown = mi->id;
        return;
    }
    c->shown = c->mode;
    calc_mode m = mi->id;
    if (m == c->mode)
        return;
    num v;
    if (c->error) {
        num_zero(&v);
    } else if (c->record) {
        if (c->mode == CALC_PROGRAMMER) {
            prog_num_of(c, prog_entry_bits(&c->pentry, c->radix, c->word), &v);
        } else if (entry_value(&c->entry, &v) != CALC_OK) {
            num_zero(&v);
        }
    } else {
        v = c->cur;
    }
    calc_engine_key(c, CMD_CLEAR);
    apply_mode(c, mi);
    c->fe = false;
    if (m == CALC_PROGRAMMER)
        prog_normalize(c, &v);
    else if (num_check_range_prec(&v, c->precision) != CALC_OK)
        num_zero(&v);
    c->cur = v;
    if (!num_is_zero(&v))
        c->record = false;
    calc_display_num(c);
}

/* ---- the public entry point ---------------------------------------------- */

/* In error, the app turns digits (and '.', A-F, bit switches) into
 * "clear, then this key" (IsRecoverableCommand). */
static bool is_recoverable(int id)
{
    return calc_is_digit_cmd(id) || id == CMD_DECIMAL || calc_is_bit_cmd(id);
}

/* Omitted multiplication (scientific and programmer): "(" right after a
 * number, a function or ")" (Windows' engine does this), and a number right
 * after ")" (WINDOWS-CALCULATOR.md 2.7, C43). */
static bool implicit_multiply(const calc *c, int id)
{
    if (!c->precedence)
        return false;
    int prev = c->temp_com;
    /* Windows' list of finished operands: digits, the point, ')' and the
     * unary functions, but not the dms conversions (issue 16, rule 7) */
    if (id == CMD_LPAREN)
        return calc_is_digit_cmd(prev) || prev == CMD_DECIMAL || prev == CMD_RPAREN
            || (calc_is_unary(c, prev) && prev != CMD_DMS && prev != CMD_DEGREES);
    if (calc_is_digit_cmd(id) || id == CMD_DECIMAL)
        return prev == CMD_RPAREN;
    return false;
}

void calc_execute(calc *c, int id)
{
    if (c == NULL || !calc_command_enabled(c, id))
        return;
    const calc_mode_info *mi = calc_mode_by_command(id);
    if (mi != NULL) {
        switch_mode(c, mi);
        return;
    }
    if (id == CMD_FRAC) {
        calc_frac_toggle(c);
        return;
    }
    if (c->error) {
        calc_engine_key(c, CMD_CLEAR);
        c->fe = false;
        if (!is_recoverable(id))
            return;
    }
    if (calc_stats_key(c, id))
        return;                                 /* data list keys, statistics (calc_stats_mode.c) */
    switch (id) {
    case CMD_MS: calc_memory_store(c); return;
    case CMD_MR: calc_memory_recall_top(c); return;
    case CMD_MPLUS: calc_memory_plus(c, false); return;
    case CMD_MMINUS: calc_memory_plus(c, true); return;
    case CMD_MC: calc_memory_clear_all(c); return;
    case CMD_CLEAR:
    case CMD_CE:
        c->fe = false;                          /* C and CE turn F-E off (UISc) */
        break;
    default:
        break;
    }
    if (implicit_multiply(c, id)) {
        int prev = c->temp_com;
        calc_engine_key(c, CMD_MUL);
        if (id == CMD_LPAREN && !c->error)
            c->temp_com = prev;                 /* "12 (" keeps showing 12 */
        if (c->error)
            return;
    }
    calc_engine_key(c, id);
}

bool calc_command_enabled(const calc *c, int id)
{
    const command_info *ci = command_by_id(id);
    if (c == NULL || ci == NULL)
        return false;
    if (calc_mode_by_command(id) != NULL)
        return true;                            /* mode switches, in every mode */
    if (!(ci->modes & calc_mode_by_id(c->shown)->accepts))
        return false;                           /* none at all in a form mode */
    if (c->mode == CALC_PROGRAMMER) {
        if (calc_is_digit_cmd(id) && id - CMD_DIGIT_0 >= (int)c->radix)
            return false;
        if (calc_is_bit_cmd(id) && id - CMD_BIT_0 >= prog_word_bits(c->word))
            return false;
    }
    if ((id == CMD_MR || id == CMD_MC) && c->memory_count == 0)
        return false;
    if (c->error) {
        /* Windows greys out operators, functions and memory while an error shows. */
        switch (ci->kind) {
        case CMDK_BINARY: case CMDK_UNARY: case CMDK_CONSTANT: case CMDK_PAREN:
        case CMDK_PERCENT: case CMDK_MEMORY:
            return false;
        default:
            break;
        }
        if (id == CMD_NEGATE || id == CMD_EE)
            return false;
    }
    return true;
}

/* ---- accessors ----------------------------------------------------------- */

const char *calc_display(const calc *c)
{
    return c->display;
}

const char *calc_expression(const calc *c)
{
    return c->expr.shown;
}

bool calc_in_error(const calc *c)
{
    return c->error;
}

calc_status calc_error(const calc *c)
{
    return c->error ? c->err : CALC_OK;
}

calc_mode calc_get_mode(const calc *c)
{
    return c->shown;
}

angle_unit calc_get_angle(const calc *c)
{
    return c->angle;
}

bool calc_get_fe(const calc *c)
{
    return c->fe;
}

int calc_precision(const calc *c)
{
    return calc_mode_by_id(c->shown)->precision;
}

calc_radix calc_get_radix(const calc *c)
{
    return c->radix;
}

calc_word calc_get_word(const calc *c)
{
    return c->word;
}

static uint64_t current_bits(const calc *c)
{
    if (c->record) {
        if (c->mode == CALC_PROGRAMMER)
            return prog_entry_bits(&c->pentry, c->radix, c->word);
        num v;
        if (entry_value(&c->entry, &v) == CALC_OK)
            return prog_bits_of(c, &v);
        return 0;
    }
    return prog_bits_of(c, &c->cur);
}

uint64_t calc_bits(const calc *c)
{
    if (c->error)
        return 0;
    return current_bits(c);
}

const char *calc_display_in_radix(const calc *c, calc_radix r)
{
    calc *m = (calc *)c;                        /* a cache of text, not state */
    if (prog_format(calc_bits(c), c->word, r, m->radix_text, sizeof m->radix_text) < 0)
        m->radix_text[0] = '\0';
    return m->radix_text;
}
