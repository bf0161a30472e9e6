/* calc_expr: the expression line above the display (WINDOWS-CALCULATOR.md
 * 2.10), built like Windows' history collector: a list of tokens where a
 * unary function wraps the last operand in place ("4" -> "√(4)") and a new
 * binary operator can replace the previous one. Indices into the list mark
 * where the last operand and the last operator start. */
#include <stdlib.h>
#include <string.h>

#include "calc_internal.h"

bool expr_init(expr_line *x)
{
    memset(x, 0, sizeof *x);
    x->cap = 32;
    x->tok = malloc((size_t)x->cap * sizeof *x->tok);
    x->shown_cap = 256;
    x->shown = malloc(x->shown_cap);
    if (x->tok == NULL || x->shown == NULL) {
        expr_free(x);
        return false;
    }
    x->shown[0] = '\0';
    expr_reset(x);
    return true;
}

void expr_free(expr_line *x)
{
    free(x->tok);
    free(x->shown);
    x->tok = NULL;
    x->shown = NULL;
}

void expr_reset(expr_line *x)
{
    x->n = 0;
    x->last_opnd_start = -1;
    x->last_binop_start = -1;
    x->opnd_depth = 0;
    x->last_opnd_brace = false;
    x->frozen = false;
    x->shown_current = false;
}

size_t expr_length(const expr_line *x)
{
    size_t len = 0;
    for (int i = 0; i < x->n; i++)
        len += strlen(x->tok[i].s);
    return len;
}

int expr_render(const expr_line *x, char *buf, size_t cap)
{
    size_t n = 0;
    for (int i = 0; i < x->n; i++) {
        size_t len = strlen(x->tok[i].s);
        if (n + len + 1 > cap)
            return -1;
        memcpy(buf + n, x->tok[i].s, len);
        n += len;
    }
    if (cap == 0)
        return -1;
    buf[n] = '\0';
    return (int)n;
}

static bool ensure_shown(expr_line *x, size_t need)
{
    if (need <= x->shown_cap)
        return true;
    size_t cap = x->shown_cap;
    while (cap < need)
        cap *= 2;
    char *p = realloc(x->shown, cap);
    if (p == NULL)
        return false;
    x->shown = p;
    x->shown_cap = cap;
    return true;
}

void expr_show(expr_line *x)
{
    if (x->shown_current)
        return;                              /* e.g. a frozen line: nothing changed */
    if (!ensure_shown(x, expr_length(x) + 1))
        return;
    expr_render(x, x->shown, x->shown_cap);
    x->shown_current = true;
}

void expr_show_text(expr_line *x, const char *s)
{
    size_t len = strlen(s);
    if (!ensure_shown(x, len + 1))
        return;
    memcpy(x->shown, s, len + 1);
    x->shown_current = false;
}

/* Inserts a token at index (== n appends). Returns its index, or -1 when the
 * line is full: it then freezes, so that the indices stay consistent. */
static int insert_token(expr_line *x, const char *s, int index)
{
    if (x->frozen)
        return -1;
    if (x->n >= EXPR_MAX_TOKENS) {
        x->frozen = true;
        return -1;
    }
    if (x->n == x->cap) {
        int cap = x->cap * 2;
        void *p = realloc(x->tok, (size_t)cap * sizeof *x->tok);
        if (p == NULL) {
            x->frozen = true;
            return -1;
        }
        x->tok = p;
        x->cap = cap;
    }
    if (index < 0 || index > x->n)
        index = x->n;
    memmove(x->tok + index + 1, x->tok + index, (size_t)(x->n - index) * sizeof *x->tok);
    size_t len = strlen(s);
    if (len >= EXPR_TOKEN_MAX)
        len = EXPR_TOKEN_MAX - 1;
    memcpy(x->tok[index].s, s, len);
    x->tok[index].s[len] = '\0';
    x->tok[index].operand = false;
    x->tok[index].bits = 0;
    x->n++;
    x->shown_current = false;
    return index;
}

static int append_token(expr_line *x, const char *s)
{
    return insert_token(x, s, x->n);
}

static void truncate_at(expr_line *x, int index)
{
    if (x->frozen)
        return;
    if (index >= 0 && index < x->n) {
        x->n = index;
        x->shown_current = false;
    }
}

bool expr_operand_added(const expr_line *x)
{
    return x->last_opnd_start != -1;
}

void expr_add_operand(expr_line *x, const char *text, bool show)
{
    int at = append_token(x, text);
    if (at >= 0)
        x->tok[at].operand = true;
    if (x->frozen)
        at = x->last_opnd_start == -1 ? 0 : x->last_opnd_start;
    x->last_opnd_start = at;
    if (show)
        expr_show(x);
    x->last_opnd_brace = false;
    x->last_binop_start = -1;
}

void expr_remove_last_operand(expr_line *x)
{
    truncate_at(x, x->last_opnd_start);
    expr_show(x);
    x->last_opnd_start = -1;
}

void expr_add_binop(expr_line *x, const char *op_text, bool show)
{
    int at = append_token(x, " ");
    append_token(x, op_text);
    append_token(x, " ");
    x->last_binop_start = at;
    if (show)
        expr_show(x);
    x->last_opnd_start = -1;
}

void expr_enclose_prec_inversion(expr_line *x)
{
    int start = x->opnd_depth > 0 ? x->opnd_stack[x->opnd_depth - 1] : 0;
    insert_token(x, "(", start);
    append_token(x, ")");
}

void expr_change_last_binop(expr_line *x, const char *op_text, bool prec_inv)
{
    truncate_at(x, x->last_binop_start);
    if (prec_inv)
        expr_enclose_prec_inversion(x);
    expr_add_binop(x, op_text, true);
}

void expr_push_opnd_start(expr_line *x, int index)
{
    int at = index == -1 ? x->last_opnd_start : index;
    if (x->opnd_depth < CALC_MAX_DEPTH)
        x->opnd_stack[x->opnd_depth++] = at;
}

void expr_pop_opnd_start(expr_line *x)
{
    if (x->opnd_depth > 0)
        x->last_opnd_start = x->opnd_stack[--x->opnd_depth];
}

void expr_open_brace(expr_line *x)
{
    int at = append_token(x, "(");
    expr_push_opnd_start(x, at);
    expr_show(x);
    x->last_binop_start = -1;
}

void expr_close_brace(expr_line *x)
{
    append_token(x, ")");
    expr_show(x);
    expr_pop_opnd_start(x);
    x->last_binop_start = -1;
    x->last_opnd_brace = true;
}

/* "√" around the last operand: "√(" before it and ")" after, unless the
 * operand is already in parentheses ("log(√(2.25) ÷ 1.5)"). */
void expr_add_unary(expr_line *x, const char *prefix)
{
    char head[EXPR_TOKEN_MAX];
    size_t len = strlen(prefix);
    if (len > EXPR_TOKEN_MAX - 2)
        len = EXPR_TOKEN_MAX - 2;
    memcpy(head, prefix, len);
    if (!x->last_opnd_brace)
        head[len++] = '(';
    head[len] = '\0';
    int at = x->last_opnd_start;
    if (at < 0)
        at = x->n;
    insert_token(x, head, at);
    if (!x->last_opnd_brace)
        append_token(x, ")");
    expr_show(x);
    x->last_opnd_brace = false;
    x->last_binop_start = -1;
}

void expr_add_text(expr_line *x, const char *s)
{
    append_token(x, s);
}

void expr_tag_last_operand(expr_line *x, uint64_t bits)
{
    if (x->frozen || x->n == 0 || !x->tok[x->n - 1].operand)
        return;
    x->tok[x->n - 1].bits = bits;
}

void expr_reformat(expr_line *x, int (*format)(uint64_t bits, void *ctx, char *buf, size_t cap), void *ctx)
{
    x->shown_current = false;
    for (int i = 0; i < x->n; i++) {
        if (x->tok[i].operand && format(x->tok[i].bits, ctx, x->tok[i].s, sizeof x->tok[i].s) < 0)
            x->tok[i].s[0] = '\0';
    }
}
