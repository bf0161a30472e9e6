/* calc_ops: what each operator and function computes, its precedence and
 * its text on the expression line (WINDOWS-CALCULATOR.md 2.4, 2.7-2.10). */
#include <stdio.h>
#include <string.h>

#include "calc_internal.h"

/* Scientific precedence (2.7): + - < x / mod < ^ yroot logy. */
int calc_op_precedence(const calc *c, int op)
{
    if (c->mode == CALC_PROGRAMMER)
        return prog_precedence(op);
    switch (op) {
    case CMD_ADD:
    case CMD_SUB:
        return 2;
    case CMD_MUL:
    case CMD_DIV:
    case CMD_MOD:
        return 3;
    case CMD_POW:
    case CMD_ROOT:
    case CMD_LOGY:
        return 4;
    default:
        return 0;
    }
}

const char *calc_binop_text(const calc *c, int op)
{
    if (c->mode == CALC_PROGRAMMER) {
        const char *t = prog_op_text(op);
        return t ? t : "?";
    }
    switch (op) {
    case CMD_ADD: return "+";
    case CMD_SUB: return "-";
    case CMD_MUL: return "\xC3\x97";         /* × */
    case CMD_DIV: return "\xC3\xB7";         /* ÷ */
    case CMD_MOD: return "Mod";
    case CMD_POW: return "^";
    case CMD_ROOT: return "yroot";
    case CMD_LOGY: return "log base";
    default: return "?";
    }
}

/* left OP right; Windows' DoOperation. No operator: right unchanged. */
calc_status calc_binary_op(calc *c, int op, const num *left, const num *right, num *out)
{
    calc_status s;
    if (c->mode == CALC_PROGRAMMER) {
        uint64_t r = 0;
        s = prog_binary(op, prog_bits_of(c, left), prog_bits_of(c, right), c->word, &r);
        if (s == CALC_OK)
            prog_num_of(c, r, out);
        return s;
    }
    num r;
    switch (op) {
    case CMD_ADD: s = num_add(&r, left, right); break;
    case CMD_SUB: s = num_sub(&r, left, right); break;
    case CMD_MUL: s = num_mul(&r, left, right); break;
    case CMD_DIV: s = num_div(&r, left, right); break;
    case CMD_MOD: s = num_mod(&r, left, right); break;
    case CMD_POW: s = math_pow(&r, left, right); break;
    case CMD_ROOT: s = math_root(&r, left, right); break;
    case CMD_LOGY: s = math_logy(&r, left, right); break;
    default:
        *out = *right;
        return CALC_OK;
    }
    if (s == CALC_OK)
        s = num_check_range_prec(&r, c->precision);
    if (s == CALC_OK)
        *out = r;
    return s;
}

static bool is_trig_checked(int id)
{
    switch (id) {
    case CMD_SIN: case CMD_COS: case CMD_TAN:
    case CMD_SINH: case CMD_COSH: case CMD_TANH:
    case CMD_SEC: case CMD_CSC: case CMD_COT:
    case CMD_SECH: case CMD_CSCH: case CMD_COTH:
        return true;
    default:
        return false;
    }
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
    if (is_trig_checked(id) && too_big_for_trig(x))
        return CALC_ERR_INVALID;
    angle_unit u = c->angle;
    num r;
    calc_status s = CALC_OK;
    switch (id) {
    case CMD_SQRT: s = math_sqrt(&r, x); break;
    case CMD_SQR: s = math_sqr(&r, x); break;
    case CMD_CUBE: s = math_cube(&r, x); break;
    case CMD_RECIP: s = math_recip(&r, x); break;
    case CMD_POW10: s = math_pow10(&r, x); break;
    case CMD_EXP: s = math_exp(&r, x); break;
    case CMD_LN: s = math_ln(&r, x); break;
    case CMD_LOG: s = math_log10(&r, x); break;
    case CMD_FACT: s = math_fact(&r, x); break;
    case CMD_ABS: num_abs(&r, x); break;
    case CMD_FLOOR: num_floor(&r, x); break;
    case CMD_CEIL: num_ceil(&r, x); break;
    case CMD_CUBEROOT: s = math_cbrt(&r, x); break;
    case CMD_POW2: s = math_pow2(&r, x); break;
    case CMD_SIN: s = math_sin(&r, x, u); break;
    case CMD_COS: s = math_cos(&r, x, u); break;
    case CMD_TAN: s = math_tan(&r, x, u); break;
    case CMD_ASIN: s = math_asin(&r, x, u); break;
    case CMD_ACOS: s = math_acos(&r, x, u); break;
    case CMD_ATAN: s = math_atan(&r, x, u); break;
    case CMD_SINH: s = math_sinh(&r, x); break;
    case CMD_COSH: s = math_cosh(&r, x); break;
    case CMD_TANH: s = math_tanh(&r, x); break;
    case CMD_ASINH: s = math_asinh(&r, x); break;
    case CMD_ACOSH: s = math_acosh(&r, x); break;
    case CMD_ATANH: s = math_atanh(&r, x); break;
    case CMD_SEC: s = math_sec(&r, x, u); break;
    case CMD_CSC: s = math_csc(&r, x, u); break;
    case CMD_COT: s = math_cot(&r, x, u); break;
    case CMD_ASEC: s = math_asec(&r, x, u); break;
    case CMD_ACSC: s = math_acsc(&r, x, u); break;
    case CMD_ACOT: s = math_acot(&r, x, u); break;
    case CMD_SECH: s = math_sech(&r, x); break;
    case CMD_CSCH: s = math_csch(&r, x); break;
    case CMD_COTH: s = math_coth(&r, x); break;
    case CMD_ASECH: s = math_asech(&r, x); break;
    case CMD_ACSCH: s = math_acsch(&r, x); break;
    case CMD_ACOTH: s = math_acoth(&r, x); break;
    case CMD_DMS: s = math_dms(&r, x); break;
    case CMD_DEGREES: s = math_degrees(&r, x); break;
    case CMD_PERCENT: percent(c, x, &r); break;
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

#define INVERSE "\xE2\x81\xBB\xC2\xB9"        /* ⁻¹ */

static void trig_prefix(const calc *c, const char *name, bool inverse, char *buf, size_t cap)
{
    snprintf(buf, cap, "%s%s%s", name, angle_mark(c->angle), inverse ? INVERSE : "");
}

/* The function name written before "(x)" on the expression line. */
void calc_unary_prefix(const calc *c, int id, char *buf, size_t cap)
{
    const char *s = NULL;
    switch (id) {
    case CMD_SQRT: s = "\xE2\x88\x9A"; break;           /* √ */
    case CMD_SQR: s = "sqr"; break;
    case CMD_CUBE: s = "cube"; break;
    case CMD_CUBEROOT: s = "cuberoot"; break;
    case CMD_RECIP: s = "1/"; break;
    case CMD_NEGATE: s = "negate"; break;
    case CMD_FACT: s = "fact"; break;
    case CMD_LOG: s = "log"; break;
    case CMD_LN: s = "ln"; break;
    case CMD_POW10: s = "10^"; break;
    case CMD_EXP: s = "e^"; break;
    case CMD_POW2: s = "2^"; break;
    case CMD_ABS: s = "abs"; break;
    case CMD_FLOOR: s = "floor"; break;
    case CMD_CEIL: s = "ceil"; break;
    case CMD_DMS: s = "dms"; break;
    case CMD_DEGREES: s = "degrees"; break;
    case CMD_SIN: trig_prefix(c, "sin", false, buf, cap); return;
    case CMD_COS: trig_prefix(c, "cos", false, buf, cap); return;
    case CMD_TAN: trig_prefix(c, "tan", false, buf, cap); return;
    case CMD_ASIN: trig_prefix(c, "sin", true, buf, cap); return;
    case CMD_ACOS: trig_prefix(c, "cos", true, buf, cap); return;
    case CMD_ATAN: trig_prefix(c, "tan", true, buf, cap); return;
    case CMD_SEC: trig_prefix(c, "sec", false, buf, cap); return;
    case CMD_CSC: trig_prefix(c, "csc", false, buf, cap); return;
    case CMD_COT: trig_prefix(c, "cot", false, buf, cap); return;
    case CMD_ASEC: trig_prefix(c, "sec", true, buf, cap); return;
    case CMD_ACSC: trig_prefix(c, "csc", true, buf, cap); return;
    case CMD_ACOT: trig_prefix(c, "cot", true, buf, cap); return;
    case CMD_SINH: s = "sinh"; break;
    case CMD_COSH: s = "cosh"; break;
    case CMD_TANH: s = "tanh"; break;
    case CMD_SECH: s = "sech"; break;
    case CMD_CSCH: s = "csch"; break;
    case CMD_COTH: s = "coth"; break;
    case CMD_ASINH: s = "sinh" INVERSE; break;
    case CMD_ACOSH: s = "cosh" INVERSE; break;
    case CMD_ATANH: s = "tanh" INVERSE; break;
    case CMD_ASECH: s = "sech" INVERSE; break;
    case CMD_ACSCH: s = "csch" INVERSE; break;
    case CMD_ACOTH: s = "coth" INVERSE; break;
    default:
        s = prog_op_text(id);
        if (s == NULL)
            s = "?";
        break;
    }
    snprintf(buf, cap, "%s", s);
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
