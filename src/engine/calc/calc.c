/* calc: the state machine of Windows Calculator's engine (CCalcEngine's
 * ProcessCommand): typing, operators with or without precedence, '=',
 * parentheses, functions, the expression line and the history items they
 * make. The app layer on top (error recovery, memory list, mode switches,
 * the public entry point) is calc_app.c. WINDOWS-CALCULATOR.md 2.3-2.10 is
 * the specification; the engine's own quirks (operator replacement, repeated
 * '=', precedence inversion brackets on the expression line) are reproduced
 * on purpose. */
#include <stdlib.h>
#include <string.h>

#include "calc_internal.h"
#include "commands.h"

/* ---- classification ------------------------------------------------------ */

bool calc_is_digit_cmd(int id)
{
    return id >= CMD_DIGIT_0 && id <= CMD_DIGIT_F;
}

bool calc_is_bit_cmd(int id)
{
    return id >= CMD_BIT_0 && id <= CMD_BIT_63;
}

bool calc_is_binary(const calc *c, int id)
{
    if (c->mode == CALC_PROGRAMMER)
        return prog_is_binary(id);
    const command_info *ci = command_by_id(id);
    return ci != NULL && ci->kind == CMDK_BINARY && calc_op_precedence(c, id) > 0;
}

bool calc_is_unary(const calc *c, int id)
{
    if (c->mode == CALC_PROGRAMMER)
        return prog_is_unary(id);
    const command_info *ci = command_by_id(id);
    return ci != NULL && (ci->kind == CMDK_UNARY || id == CMD_PERCENT);
}

/* Windows' GUI-setting commands do not count as "the last command". */
static bool is_gui_setting(int id)
{
    switch (id) {
    case CMD_HEX: case CMD_DEC: case CMD_OCT: case CMD_BIN:
    case CMD_QWORD: case CMD_DWORD: case CMD_WORD: case CMD_BYTE:
    case CMD_DEG: case CMD_RAD: case CMD_GRAD:
    case CMD_FE: case CMD_MC: case CMD_BACK: case CMD_EE:
    case CMD_MS: case CMD_MPLUS: case CMD_MMINUS:
        return true;
    default:
        return false;
    }
}

/* ---- display ------------------------------------------------------------- */

void calc_format_value(const calc *c, const num *v, char *buf, size_t cap)
{
    if (c->mode == CALC_PROGRAMMER) {
        if (prog_format(prog_bits_of(c, v), c->word, c->radix, buf, cap) < 0)
            buf[0] = '\0';
        return;
    }
    if (num_format(v, c->precision, c->fe, buf, cap) < 0)
        memcpy(buf, "0", 2);
}

void calc_set_error(calc *c, calc_status s)
{
    c->error = true;
    c->err = s;
    c->frac_shown = false;
    const char *t = calc_status_text(s);
    size_t len = strlen(t);
    if (len >= sizeof c->display)
        len = sizeof c->display - 1;
    memcpy(c->display, t, len);
    c->display[len] = '\0';
}

void calc_display_num(calc *c)
{
    c->typed_text[0] = '\0';
    if (c->record) {
        int n = c->mode == CALC_PROGRAMMER
            ? prog_entry_text(&c->pentry, c->number_text, sizeof c->number_text)
            : entry_text(&c->entry, c->number_text, sizeof c->number_text);
        if (n < 0)
            memcpy(c->number_text, "0", 2);
    } else {
        calc_format_value(c, &c->cur, c->number_text, sizeof c->number_text);
    }
    memcpy(c->display, c->number_text, sizeof c->display);
    /* the fraction view replaces the display only (number_text, which the
     * expression line and history use, keeps the decimal) */
    c->frac_shown = c->frac && !c->record && c->mode != CALC_PROGRAMMER
        && calc_frac_text(c, &c->cur, c->display, sizeof c->display);
}

/* ---- history hooks ------------------------------------------------------- */

int calc_history_slot(calc_mode m)
{
    const calc_mode_info *mi = calc_mode_by_id(m);
    return mi != NULL ? mi->history_slot : -1;
}

/* Adds the expression tokens (plus "=" when the line lacks it) and the
 * current value as a history item of the current mode. */
void calc_add_history(calc *c, const char *result_text)
{
    int slot = calc_history_slot(c->mode);
    if (slot < 0)
        return;
    size_t len = expr_length(&c->expr);
    char *text = malloc(len + 2);
    if (text == NULL)
        return;
    expr_render(&c->expr, text, len + 1);
    if (len == 0 || text[len - 1] != '=') {
        text[len] = '=';
        text[len + 1] = '\0';
    }
    if (history_push(&c->history[slot], text, result_text, &c->cur))
        c->revision++;
    free(text);
}

/* '=' ends the line: "1 + 2=" stays shown until the next key. */
static void complete_equation(calc *c)
{
    expr_add_text(&c->expr, "=");
    expr_show(&c->expr);
    calc_add_history(c, c->number_text);
    expr_reset(&c->expr);
}

/* The finished line ("√(5005)") stays shown while the next number is typed,
 * until an operator or '=' replaces it (Windows' CompleteHistoryLine). */
static void complete_history_line(calc *c)
{
    expr_show(&c->expr);
    calc_add_history(c, c->number_text);
    expr_reset(&c->expr);
}

/* Windows' CheckAndAddLastBinOpToHistory: a new operand replaces the last
 * one on the line ("1 + 4 √ 5" drops "√(4)"), or, after a finished
 * function such as "4 √", the line becomes a history item. */
void calc_check_and_add_last_binop(calc *c, bool add_to_history)
{
    if (c->change_op) {
        if (expr_operand_added(&c->expr))
            expr_remove_last_operand(&c->expr);
    } else if (expr_operand_added(&c->expr) && !c->error) {
        int lc = c->last_com;
        if ((calc_is_unary(c, lc) || lc == CMD_NEGATE || lc == CMD_RPAREN) && c->paren_count == 0) {
            if (add_to_history)
                complete_history_line(c);
        } else {
            expr_remove_last_operand(&c->expr);
        }
    }
}

/* The current value as the next operand of the expression line; in
 * programmer mode its bits are kept so that a radix change can re-show it. */
static void add_operand(calc *c, bool show)
{
    /* a number just typed goes on the line as typed ("551.60", "0.098e-349") */
    expr_add_operand(&c->expr, c->typed_text[0] ? c->typed_text : c->number_text, show);
    if (c->mode == CALC_PROGRAMMER)
        expr_tag_last_operand(&c->expr, prog_bits_of(c, &c->cur));
}

/* ---- typed entry --------------------------------------------------------- */

void calc_commit_entry(calc *c)
{
    c->record = false;
    if (c->mode == CALC_PROGRAMMER) {
        prog_num_of(c, prog_entry_bits(&c->pentry, c->radix, c->word), &c->cur);
    } else {
        num v;
        calc_status s = entry_value(&c->entry, &v);
        if (s == CALC_OK)
            s = num_check_range_prec(&v, c->precision);
        if (s != CALC_OK) {
            num_zero(&c->cur);
            calc_display_num(c);
            calc_set_error(c, s);
            return;
        }
        c->cur = v;
    }
    calc_display_num(c);
    /* in F-E mode the line shows the number as F-E shows it */
    if (c->mode != CALC_PROGRAMMER && !c->fe && entry_text(&c->entry, c->typed_text, sizeof c->typed_text) < 0)
        c->typed_text[0] = '\0';
}

static void clear_entry(calc *c)
{
    entry_clear(&c->entry);
    prog_entry_clear(&c->pentry);
}

/* A key that makes no sense now is forgotten, as if never pressed. */
static void handle_error_command(calc *c, int id)
{
    if (!is_gui_setting(id))
        c->temp_com = c->last_com;
}

/* ---- the engine ---------------------------------------------------------- */

static bool ends_entry(const calc *c, int id)
{
    if (calc_is_binary(c, id) || calc_is_unary(c, id))
        return true;
    switch (id) {
    case CMD_FE: case CMD_MS: case CMD_MR: case CMD_MC: case CMD_MPLUS: case CMD_MMINUS:
    case CMD_LPAREN: case CMD_RPAREN: case CMD_EQUALS:
    case CMD_HEX: case CMD_DEC: case CMD_OCT: case CMD_BIN:
    case CMD_QWORD: case CMD_DWORD: case CMD_WORD: case CMD_BYTE:
    case CMD_DEG: case CMD_RAD: case CMD_GRAD:
    case CMD_RAND: case CMD_EULER: case CMD_PI:
        return true;
    case CMD_NEGATE:
        return c->mode == CALC_PROGRAMMER && c->radix != RADIX_DEC;
    default:
        return calc_is_bit_cmd(id);
    }
}

/* Common prologue of every engine command. false: the command stops here. */
static bool begin_command(calc *c, int *pid)
{
    int id = *pid;
    if (!is_gui_setting(id)) {
        c->last_com = c->temp_com;
        c->temp_com = id;
    }
    if (!c->no_prev_equ)
        expr_show_text(&c->expr, "");     /* the "1 + 2=" line goes at the next key */
    if (c->error) {
        if (id == CMD_CE) {
            *pid = CMD_CLEAR;
        } else if (id != CMD_CLEAR) {
            handle_error_command(c, id);
            return false;
        }
    }
    if (c->record) {
        if (ends_entry(c, id))
            calc_commit_entry(c);
    } else if (calc_is_digit_cmd(id) || id == CMD_DECIMAL) {
        c->record = true;
        clear_entry(c);
        calc_check_and_add_last_binop(c, true);
    }
    return true;
}

static void do_binary(calc *c, int op)
{
    num r;
    calc_status s = calc_binary_op(c, op, &c->last, &c->cur, &r);
    if (s != CALC_OK)
        calc_set_error(c, s);
    else
        c->cur = r;
}

static void resolve_highest(calc *c)
{
    if (c->op != 0) {
        if (c->no_prev_equ) {
            c->hold = c->cur;
        } else {
            c->cur = c->hold;
            calc_display_num(c);
            expr_add_binop(&c->expr, calc_binop_text(c, c->op), false);
            add_operand(c, false);
        }
        do_binary(c, c->op);
        c->prev_op = c->op;
        c->last = c->cur;
        if (!c->error)
            calc_display_num(c);
        c->no_prev_equ = false;
    } else if (!c->error) {
        c->last = c->cur;       /* "96 =": the value kept, which a later % uses (96 = % is 92.16) */
        calc_display_num(c);
    }
}

static void cmd_binary(calc *c, int id)
{
    int nx, ni;
    if (calc_is_binary(c, c->last_com)) {
        bool inversion = false;
        c->op = id;
        if (c->precedence && c->prev_op != 0) {
            int nprev = calc_op_precedence(c, c->prev_op);
            nx = calc_op_precedence(c, c->last_com);
            ni = calc_op_precedence(c, c->op);
            if (nx <= nprev && ni > nprev) {
                inversion = true;
                c->prev_op = 0;
            }
        }
        expr_change_last_binop(&c->expr, calc_binop_text(c, id), inversion);
        return;
    }
    if (!expr_operand_added(&c->expr))
        add_operand(c, false);

    if (c->change_op) {
        for (;;) {
            nx = calc_op_precedence(c, id);
            ni = calc_op_precedence(c, c->op);
            if (nx > ni && c->precedence) {
                if (c->prec_count < CALC_MAX_DEPTH) {
                    c->prec_vals[c->prec_count] = c->last;
                    c->prec_ops[c->prec_count] = c->op;
                    expr_push_opnd_start(&c->expr, -1);
                    c->prec_count++;
                } else {
                    handle_error_command(c, id);
                }
                break;
            }
            do_binary(c, c->op);
            c->prev_op = c->op;
            if (!c->error) {
                calc_display_num(c);
                if (!c->precedence) {
                    complete_equation(c);
                    add_operand(c, false);
                }
            }
            if (c->prec_count == 0 || c->prec_ops[c->prec_count - 1] == 0)
                break;
            c->prec_count--;
            c->op = c->prec_ops[c->prec_count];
            c->last = c->prec_vals[c->prec_count];
            nx = calc_op_precedence(c, c->op);
            if (ni <= nx)
                expr_enclose_prec_inversion(&c->expr);
            expr_pop_opnd_start(&c->expr);
        }
    }
    c->last = c->cur;
    c->op = id;
    expr_add_binop(&c->expr, calc_binop_text(c, id), true);
    c->no_prev_equ = true;
    c->change_op = true;
}

static void cmd_unary(calc *c, int id)
{
    if (calc_is_binary(c, c->last_com))
        c->cur = c->last;
    if (id != CMD_PERCENT) {
        char prefix[EXPR_TOKEN_MAX];
        if (!expr_operand_added(&c->expr))
            add_operand(c, false);
        calc_unary_prefix(c, id, prefix, sizeof prefix);
        expr_add_unary(&c->expr, prefix);
    }
    num r;
    calc_status s = calc_unary_op(c, id, &c->cur, &r);
    if (s != CALC_OK) {
        if (s == CALC_ERR_INVALID)
            num_zero(&c->cur);
        calc_set_error(c, s);
        return;
    }
    c->cur = r;
    calc_display_num(c);
    if (id == CMD_PERCENT) {
        calc_check_and_add_last_binop(c, true);
        add_operand(c, true);
    }
}

static void cmd_negate(calc *c)
{
    if (c->record) {
        if (c->mode == CALC_PROGRAMMER) {
            if (!prog_entry_toggle_sign(&c->pentry, c->radix, c->word)) {
                handle_error_command(c, CMD_NEGATE);
                return;
            }
        } else {
            entry_toggle_sign(&c->entry);
        }
        calc_display_num(c);
        return;
    }
    if (calc_is_binary(c, c->last_com))
        c->cur = c->last;
    if (!expr_operand_added(&c->expr))
        add_operand(c, false);
    num_neg(&c->cur, &c->cur);
    if (c->mode == CALC_PROGRAMMER)
        prog_normalize(c, &c->cur);
    calc_display_num(c);
    char prefix[EXPR_TOKEN_MAX];
    calc_unary_prefix(c, CMD_NEGATE, prefix, sizeof prefix);
    expr_add_unary(&c->expr, prefix);
}

static void clear_temporary(calc *c)
{
    clear_entry(c);
    c->record = true;
    calc_check_and_add_last_binop(c, true);
    c->error = false;
    c->err = CALC_OK;
    calc_display_num(c);
}

static void cmd_clear(calc *c)
{
    if (!c->change_op)
        calc_check_and_add_last_binop(c, false);
    num_zero(&c->last);
    num_zero(&c->cur);
    c->change_op = false;
    c->paren_count = 0;
    c->prec_count = 0;
    c->temp_com = c->last_com = c->op = 0;
    c->prev_op = 0;
    c->no_prev_equ = true;
    c->carry = false;
    expr_show_text(&c->expr, "");
    expr_reset(&c->expr);
    clear_temporary(c);
}

static void engine(calc *c, int id);

static void cmd_equals(calc *c)
{
    while (c->paren_count > 0) {
        if (c->error)
            break;
        c->temp_com = c->last_com;
        engine(c, CMD_RPAREN);
        c->last_com = c->temp_com;
        c->temp_com = CMD_EQUALS;
    }
    if (!c->no_prev_equ)
        c->last = c->cur;
    if (calc_is_binary(c, c->last_com))
        c->cur = c->last;
    if (!expr_operand_added(&c->expr))
        add_operand(c, false);
    resolve_highest(c);
    while (c->precedence && c->prec_count > 0) {
        c->prec_count--;
        c->op = c->prec_ops[c->prec_count];
        c->last = c->prec_vals[c->prec_count];
        int ni = calc_op_precedence(c, c->prev_op);
        int nx = calc_op_precedence(c, c->op);
        if (ni <= nx)
            expr_enclose_prec_inversion(&c->expr);
        expr_pop_opnd_start(&c->expr);
        c->no_prev_equ = true;
        resolve_highest(c);
    }
    if (!c->error)
        complete_equation(c);
    c->change_op = false;
    c->prev_op = 0;
}

static void cmd_paren(calc *c, int id)
{
    bool open = id == CMD_LPAREN;
    if ((c->paren_count >= CALC_MAX_DEPTH && open) || (c->paren_count == 0 && !open)
        || (c->prec_count >= CALC_MAX_DEPTH && c->prec_ops[c->prec_count - 1] != 0)) {
        handle_error_command(c, id);
        return;
    }
    if (open) {
        calc_check_and_add_last_binop(c, true);
        expr_open_brace(&c->expr);
        c->paren_vals[c->paren_count] = c->last;
        c->paren_ops[c->paren_count++] = c->change_op ? c->op : 0;
        if (c->prec_count < CALC_MAX_DEPTH)
            c->prec_ops[c->prec_count++] = 0;   /* marker: the parenthesis */
        num_zero(&c->last);
        if (calc_is_binary(c, c->last_com))
            num_zero(&c->cur);                  /* "1 + (" starts as "1 + (0" */
        c->temp_com = 0;
        c->op = 0;
        c->change_op = false;
    } else {
        if (calc_is_binary(c, c->last_com))
            c->cur = c->last;
        if (!expr_operand_added(&c->expr))
            add_operand(c, false);
        do_binary(c, c->op);
        c->prev_op = c->op;
        for (c->op = c->prec_count > 0 ? c->prec_ops[--c->prec_count] : 0; c->op != 0;
             c->op = c->prec_count > 0 ? c->prec_ops[--c->prec_count] : 0) {
            int ni = calc_op_precedence(c, c->prev_op);
            int nx = calc_op_precedence(c, c->op);
            if (ni <= nx)
                expr_enclose_prec_inversion(&c->expr);
            expr_pop_opnd_start(&c->expr);
            c->last = c->prec_vals[c->prec_count];
            do_binary(c, c->op);
            c->prev_op = c->op;
        }
        expr_close_brace(&c->expr);
        c->paren_count--;
        c->last = c->paren_vals[c->paren_count];
        c->op = c->paren_ops[c->paren_count];
        c->change_op = c->op != 0;
    }
    if (!c->error)
        calc_display_num(c);
}

static void cmd_constant(calc *c, int id)
{
    if (c->mode == CALC_PROGRAMMER) {
        handle_error_command(c, id);
        return;
    }
    calc_check_and_add_last_binop(c, true);
    if (id == CMD_PI)
        math_pi(&c->cur);
    else if (id == CMD_EULER)
        math_e(&c->cur);
    else
        calc_random(c, &c->cur);
    calc_display_num(c);
}

static void cmd_digit(calc *c, int id)
{
    int v = id - CMD_DIGIT_0;
    bool ok;
    if (c->mode == CALC_PROGRAMMER)
        ok = prog_entry_append(&c->pentry, v, c->radix, c->word);
    else
        ok = v < 10 && entry_add_digit(&c->entry, v, c->precision);
    if (!ok) {
        handle_error_command(c, id);
        return;
    }
    calc_display_num(c);
}

static void cmd_bit(calc *c, int id)
{
    if (calc_is_binary(c, c->last_com))
        c->cur = c->last;
    calc_check_and_add_last_binop(c, true);
    uint64_t bits = prog_bits_of(c, &c->cur);
    if (prog_toggle_bit(&bits, id - CMD_BIT_0, c->word)) {
        prog_num_of(c, bits, &c->cur);
        calc_display_num(c);
    }
}

static int format_in_radix(uint64_t bits, void *ctx, char *buf, size_t cap)
{
    const calc *c = ctx;
    return prog_format(bits, c->word, c->radix, buf, cap);
}

static void set_radix(calc *c, calc_radix r)
{
    c->radix = r;
    calc_display_num(c);
    expr_reformat(&c->expr, format_in_radix, c);
    if (c->expr.n > 0)
        expr_show(&c->expr);
}

/* A pending operand keeps its bit pattern in the new word size (Windows
 * holds them as unsigned patterns): BYTE -5 (0xFB) waiting for Lsh is 251 in
 * QWORD. Only the displayed value is sign-extended. */
static void keep_pattern(num *v, calc_word from, calc_word to)
{
    num t;
    num_trunc(&t, v);
    uint64_t bits = prog_wrap_integer(&t.p, t.exp, t.neg, from) & prog_mask(to);
    num_from_int(v, prog_sign_extend(bits, to));
}

static void set_word(calc *c, calc_word w)
{
    uint64_t bits = prog_bits_of(c, &c->cur);
    bits = prog_change_word(bits, c->word, w);
    keep_pattern(&c->last, c->word, w);
    keep_pattern(&c->hold, c->word, w);
    for (int i = 0; i < c->prec_count; i++)
        keep_pattern(&c->prec_vals[i], c->word, w);
    for (int i = 0; i < c->paren_count; i++)
        keep_pattern(&c->paren_vals[i], c->word, w);
    c->word = w;
    prog_num_of(c, bits, &c->cur);
    calc_display_num(c);
}

static void engine(calc *c, int id)
{
    if (!begin_command(c, &id))
        return;
    if (calc_is_digit_cmd(id)) {
        cmd_digit(c, id);
        return;
    }
    if (calc_is_binary(c, id)) {
        cmd_binary(c, id);
        return;
    }
    if (calc_is_unary(c, id)) {
        cmd_unary(c, id);
        return;
    }
    if (calc_is_bit_cmd(id)) {
        cmd_bit(c, id);
        return;
    }
    switch (id) {
    case CMD_CLEAR: cmd_clear(c); break;
    case CMD_CE: clear_temporary(c); break;
    case CMD_BACK:
        if (c->record) {
            if (c->mode == CALC_PROGRAMMER)
                prog_entry_backspace(&c->pentry);
            else
                entry_backspace(&c->entry);
            calc_display_num(c);
        } else {
            handle_error_command(c, id);
        }
        break;
    case CMD_EQUALS: cmd_equals(c); break;
    case CMD_LPAREN:
    case CMD_RPAREN: cmd_paren(c, id); break;
    case CMD_HEX: set_radix(c, RADIX_HEX); break;
    case CMD_DEC: set_radix(c, RADIX_DEC); break;
    case CMD_OCT: set_radix(c, RADIX_OCT); break;
    case CMD_BIN: set_radix(c, RADIX_BIN); break;
    case CMD_QWORD: set_word(c, WORD_QWORD); break;
    case CMD_DWORD: set_word(c, WORD_DWORD); break;
    case CMD_WORD: set_word(c, WORD_WORD); break;
    case CMD_BYTE: set_word(c, WORD_BYTE); break;
    case CMD_DEG: c->angle = ANGLE_DEG; break;
    case CMD_RAD: c->angle = ANGLE_RAD; break;
    case CMD_GRAD: c->angle = ANGLE_GRAD; break;
    case CMD_NEGATE: cmd_negate(c); break;
    case CMD_PI:
    case CMD_EULER:
    case CMD_RAND: cmd_constant(c, id); break;
    case CMD_FE:
        c->fe = !c->fe;
        calc_display_num(c);
        break;
    case CMD_EE:
        if (c->record && c->mode != CALC_PROGRAMMER && entry_begin_exponent(&c->entry))
            calc_display_num(c);
        else
            handle_error_command(c, id);
        break;
    case CMD_DECIMAL:
        if (c->record && c->mode != CALC_PROGRAMMER && entry_add_point(&c->entry))
            calc_display_num(c);
        else
            handle_error_command(c, id);
        break;
    case CMD_MS: case CMD_MPLUS: case CMD_MMINUS: case CMD_MC:
        break;                                  /* the prologue committed the entry */
    default:
        handle_error_command(c, id);
        break;
    }
}

/* Windows' IDC_RECALL: memory and history recall load a value like typing it. */
void calc_recall_value(calc *c, const num *v)
{
    int id = CMD_MR;
    if (!begin_command(c, &id))
        return;
    c->cur = *v;
    if (c->mode == CALC_PROGRAMMER)
        prog_normalize(c, &c->cur);
    calc_check_and_add_last_binop(c, true);
    calc_display_num(c);
}

/* One key for the engine alone (no app-layer error recovery or memory list). */
void calc_engine_key(calc *c, int id)
{
    engine(c, id);
}

void calc_clear_all(calc *c)
{
    engine(c, CMD_CLEAR);
}
