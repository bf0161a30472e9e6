/* mathfn_dispatch: calls a math function by name, for the table-driven tests
 * (tests/engine/test_math*.c) and the accuracy driver (tests/accuracy).
 * Header-only so each test program stays one file. */
#ifndef CALC_TEST_MATHFN_DISPATCH_H
#define CALC_TEST_MATHFN_DISPATCH_H

#include <stdio.h>
#include <string.h>

#include "mathfn.h"
#include "number.h"
#include "status.h"

typedef enum { MD_UNARY, MD_ANGLE, MD_BINARY, MD_CONST } md_kind;

typedef struct md_fn {
    const char *name;
    md_kind kind;
    calc_status (*unary)(num *, const num *);
    calc_status (*angle)(num *, const num *, angle_unit);
    calc_status (*binary)(num *, const num *, const num *);
    void (*constant)(num *);
} md_fn;

static const md_fn md_table[] = {
    {"pi", MD_CONST, NULL, NULL, NULL, math_pi},
    {"e", MD_CONST, NULL, NULL, NULL, math_e},
    {"sqr", MD_UNARY, math_sqr, NULL, NULL, NULL},
    {"cube", MD_UNARY, math_cube, NULL, NULL, NULL},
    {"recip", MD_UNARY, math_recip, NULL, NULL, NULL},
    {"sqrt", MD_UNARY, math_sqrt, NULL, NULL, NULL},
    {"cbrt", MD_UNARY, math_cbrt, NULL, NULL, NULL},
    {"pow10", MD_UNARY, math_pow10, NULL, NULL, NULL},
    {"pow2", MD_UNARY, math_pow2, NULL, NULL, NULL},
    {"exp", MD_UNARY, math_exp, NULL, NULL, NULL},
    {"ln", MD_UNARY, math_ln, NULL, NULL, NULL},
    {"log10", MD_UNARY, math_log10, NULL, NULL, NULL},
    {"sinh", MD_UNARY, math_sinh, NULL, NULL, NULL},
    {"cosh", MD_UNARY, math_cosh, NULL, NULL, NULL},
    {"tanh", MD_UNARY, math_tanh, NULL, NULL, NULL},
    {"sech", MD_UNARY, math_sech, NULL, NULL, NULL},
    {"csch", MD_UNARY, math_csch, NULL, NULL, NULL},
    {"coth", MD_UNARY, math_coth, NULL, NULL, NULL},
    {"asinh", MD_UNARY, math_asinh, NULL, NULL, NULL},
    {"acosh", MD_UNARY, math_acosh, NULL, NULL, NULL},
    {"atanh", MD_UNARY, math_atanh, NULL, NULL, NULL},
    {"asech", MD_UNARY, math_asech, NULL, NULL, NULL},
    {"acsch", MD_UNARY, math_acsch, NULL, NULL, NULL},
    {"acoth", MD_UNARY, math_acoth, NULL, NULL, NULL},
    {"fact", MD_UNARY, math_fact, NULL, NULL, NULL},
    {"dms", MD_UNARY, math_dms, NULL, NULL, NULL},
    {"degrees", MD_UNARY, math_degrees, NULL, NULL, NULL},
    {"sin", MD_ANGLE, NULL, math_sin, NULL, NULL},
    {"cos", MD_ANGLE, NULL, math_cos, NULL, NULL},
    {"tan", MD_ANGLE, NULL, math_tan, NULL, NULL},
    {"sec", MD_ANGLE, NULL, math_sec, NULL, NULL},
    {"csc", MD_ANGLE, NULL, math_csc, NULL, NULL},
    {"cot", MD_ANGLE, NULL, math_cot, NULL, NULL},
    {"asin", MD_ANGLE, NULL, math_asin, NULL, NULL},
    {"acos", MD_ANGLE, NULL, math_acos, NULL, NULL},
    {"atan", MD_ANGLE, NULL, math_atan, NULL, NULL},
    {"asec", MD_ANGLE, NULL, math_asec, NULL, NULL},
    {"acsc", MD_ANGLE, NULL, math_acsc, NULL, NULL},
    {"acot", MD_ANGLE, NULL, math_acot, NULL, NULL},
    {"pow", MD_BINARY, NULL, NULL, math_pow, NULL},
    {"root", MD_BINARY, NULL, NULL, math_root, NULL},
    {"logy", MD_BINARY, NULL, NULL, math_logy, NULL},
    /* the four operations and mod, for the benchmark's worst cases */
    {"add", MD_BINARY, NULL, NULL, num_add, NULL},
    {"sub", MD_BINARY, NULL, NULL, num_sub, NULL},
    {"mul", MD_BINARY, NULL, NULL, num_mul, NULL},
    {"div", MD_BINARY, NULL, NULL, num_div, NULL},
    {"mod", MD_BINARY, NULL, NULL, num_mod, NULL},
};

static inline const md_fn *md_find(const char *name)
{
    for (size_t i = 0; i < sizeof md_table / sizeof md_table[0]; i++)
        if (strcmp(md_table[i].name, name) == 0)
            return &md_table[i];
    return NULL;
}

static inline const char *md_error_text(calc_status s)
{
    switch (s) {
    case CALC_ERR_DIV_ZERO: return "Cannot divide by zero";
    case CALC_ERR_UNDEFINED: return "Result is undefined";
    case CALC_ERR_INVALID: return "Invalid input";
    case CALC_ERR_OVERFLOW: return "Overflow";
    case CALC_ERR_NOT_DEFINED: return "Result not defined";
    case CALC_ERR_NO_MEMORY: return "Not enough memory";
    default: return "?";
    }
}

/* unit: "deg", "rad", "grad" (NULL: degrees) */
static inline angle_unit md_unit(const char *u)
{
    if (u && strcmp(u, "rad") == 0)
        return ANGLE_RAD;
    if (u && strcmp(u, "grad") == 0)
        return ANGLE_GRAD;
    return ANGLE_DEG;
}

/* Evaluates fn on text arguments and writes the display text at `precision`
 * digits (or the error text) to buf. Returns false for an unknown function
 * or unparsable argument. */
static inline bool md_eval(const char *fn, const char *a, const char *b, const char *unit,
                           int precision, char *buf, size_t cap)
{
    const md_fn *f = md_find(fn);
    if (!f)
        return false;
    num x, y, r;
    num_zero(&x);
    num_zero(&y);
    if (f->kind != MD_CONST && (!a || num_parse(&x, a) != CALC_OK))
        return false;
    if (f->kind == MD_BINARY && (!b || num_parse(&y, b) != CALC_OK))
        return false;
    calc_status s = CALC_OK;
    switch (f->kind) {
    case MD_CONST: f->constant(&r); break;
    case MD_UNARY: s = f->unary(&r, &x); break;
    case MD_ANGLE: s = f->angle(&r, &x, md_unit(unit)); break;
    case MD_BINARY: s = f->binary(&r, &x, &y); break;
    }
    if (s != CALC_OK) {
        snprintf(buf, cap, "%s", md_error_text(s));
        return true;
    }
    if (num_format(&r, precision, false, buf, cap) < 0)
        snprintf(buf, cap, "(format error)");
    return true;
}

#endif
