/* calc_ops: operators and functions applied through the operations table
 * (calc_optable.c: what each computes, its precedence, its expression text;
 * WINDOWS-CALCULATOR.md 2.4, 2.7-2.10), programmer mode through progint. */
#include <string.h>

#include "calc_internal.h"
#include "calc_optable.h"

/* Precedence of a binary operator, 0 for anything else: scientific (2.7)
 * from the table, programmer from progint. */
int calc_op_precedence(const calc *c, int op)
{
    if (c->mode == CALC_PROGRAMMER)
        return prog_precedence(op);
    const calc_op *o = calc_op_find(op);
    return o != NULL && o->form == OPF_BINARY ? o->precedence : 0;
}

const char *calc_binop_text(const calc *c, int op)
{
    if (c->mode == CALC_PROGRAMMER) {
        const char *t = prog_op_text(op);
        return t ? t : "?";
    }
    const calc_op *o = calc_op_find(op);
    return o != NULL && o->form == OPF_BINARY ? o->text : "?";
}

/* left OP right; Windows' DoOperation. No operator: right unchanged. */
calc_status calc_binary_op(calc *c, int op, const num *left, const num *right, num *out)
{
    calc_status s;
    if (op == 0) {              /* "( 5 )": no operator, the value itself (every mode) */
        *out = *right;
        return CALC_OK;
    }
    if (c->mode == CALC_PROGRAMMER) {
        uint64_t r = 0;
        s = prog_binary(op, prog_bits_of(c, left), prog_bits_of(c, right), c->word, &r);
        if (s == CALC_OK)
            prog_num_of(c, r, out);
        return s;
    }
    const calc_op *o = calc_op_find(op);
    if (o == NULL || o->form != OPF_BINARY) {
        *out = *right;
        return CALC_OK;
    }
    num r;
    s = o->fn.binary(&r, left, right);
    if (s == CALC_OK)
        s = num_check_range_prec(&r, c->precision);
    if (s == CALC_OK)
        *out = r;
    return s;
}

/* Windows rejects these functions for x >= 1e100 before computing (2.8);
 * negative arguments of any size are computed. */
static bool too_big_for_trig(const num *x)
{
    return num_sign(x) > 0 && num_ilog10(x) >= 100;
}

static void percent(const calc *c, const num *x, num *out)
{
    num hundred, t;
    num_from_int(&hundred, 100);
    if (c->op == CMD_MUL || c->op == CMD_DIV) {
        num_div(out, x, &hundred);
    } else {
        num_div(&t, &c->last, &hundred);
        num_mul(out, x, &t);
    }
}

calc_status calc_unary_op(calc *c, int id, const num *x, num *out)
{
    if (c->mode == CALC_PROGRAMMER) {
        uint64_t r = 0;
        calc_status ps = prog_unary(id, prog_bits_of(c, x), c->word, &c->carry, &r);
        if (ps == CALC_OK)
            prog_num_of(c, r, out);
        return ps;
    }
    const calc_op *o = calc_op_find(id);
    if (o == NULL)
        return CALC_ERR_INVALID;
    if ((o->flags & OPF_TRIG_GUARD) && too_big_for_trig(x))
        return CALC_ERR_INVALID;
    num r;
    calc_status s = CALC_OK;
    switch (o->form) {
    case OPF_UNARY: s = o->fn.unary(&r, x); break;
    case OPF_ANGLE: s = o->fn.angle(&r, x, c->angle); break;
    case OPF_PERCENT: percent(c, x, &r); break;
    default:
        return CALC_ERR_INVALID;
    }
    if (s == CALC_OK)
        s = num_check_range_prec(&r, c->precision);
    if (s == CALC_OK)
        *out = r;
    return s;
}

/* Angle subscripts of the expression line: ₀ degrees, ᵣ radians, ₉ gradians. */
static const char *angle_mark(angle_unit u)
{
    switch (u) {
    case ANGLE_RAD: return "\xE1\xB5\xA3";    /* ᵣ U+1D63 */
    case ANGLE_GRAD: return "\xE2\x82\x89";   /* ₉ U+2089 */
    default: return "\xE2\x82\x80";           /* ₀ U+2080 */
    }
}

/* buf = a b c, cut to cap - 1 bytes (nothing written if cap is 0). Not snprintf: the window's
 * only use of the C library's formatter was here and in finance, and mingw's
 * wrapper of it costs calculatrice.exe 1 KB of unwind sections. */
static void join3(char *buf, size_t cap, const char *a, const char *b, const char *c)
{
    const char *parts[3] = { a, b, c };
    size_t n = 0;
    if (cap == 0)
        return;
    for (int i = 0; i < 3; i++)
        for (const char *p = parts[i]; *p && n + 1 < cap; p++)
            buf[n++] = *p;
    buf[n] = 0;
}

/* The function name written before "(x)" on the expression line. */
void calc_unary_prefix(const calc *c, int id, char *buf, size_t cap)
{
    const calc_op *o = calc_op_find(id);
    const char *s = o != NULL && o->text[0] ? o->text : NULL;
    if (s != NULL && (o->flags & OPF_ANGLE_MARK)) {
        join3(buf, cap, s, angle_mark(c->angle), (o->flags & OPF_INVERSE) ? CALC_OP_INVERSE : "");
        return;
    }
    if (s == NULL)
        s = prog_op_text(id);
    join3(buf, cap, s != NULL ? s : "?", "", "");
}

/* rand: a uniform number in [0, 1) with as many decimals as the display
 * precision (Windows prints its random value with `precision` decimals).
 * splitmix64 keeps the engine portable and seedable. */
static uint64_t next_random(calc *c)
{
    uint64_t z = (c->rng += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void calc_random(calc *c, num *out)
{
    char s[CALC_TEXT_MAX];
    int digits = c->precision > 32 ? 32 : c->precision;
    int n = 0;
    s[n++] = '0';
    s[n++] = '.';
    while (n < digits + 2) {
        uint64_t r = next_random(c);
        for (int k = 0; k < 16 && n < digits + 2; k++) {
            s[n++] = (char)('0' + (int)(r % 10u));
            r /= 10u;
        }
    }
    s[n] = '\0';
    if (num_parse(out, s) != CALC_OK)
        num_zero(out);
}
