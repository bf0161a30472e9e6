/* calc_optable: the operations table (calc_optable.h). A new operator or
 * function is one row here; tests/engine/test_optable.c checks that every
 * binary and unary command has its row. */
#include "calc_optable.h"

#include <stddef.h>

#include "command_ids.h"

#define INVERSE CALC_OP_INVERSE

/* num's functions that cannot fail, in the table's shape */
static calc_status op_abs(num *out, const num *x) { num_abs(out, x); return CALC_OK; }
static calc_status op_floor(num *out, const num *x) { num_floor(out, x); return CALC_OK; }
static calc_status op_ceil(num *out, const num *x) { num_ceil(out, x); return CALC_OK; }

#define ROW(i, fo, p, t, fl, fn_) { .id = i, .form = fo, .precedence = p, .text = t, .flags = fl, .fn = { fn_ } }
#define BIN(i, p, t, f) ROW(i, OPF_BINARY, p, t, 0, .binary = f)
#define UN(i, t, f) ROW(i, OPF_UNARY, 0, t, 0, .unary = f)
#define HYP(i, t, f) ROW(i, OPF_UNARY, 0, t, OPF_TRIG_GUARD, .unary = f)
#define TRIG(i, t, f) ROW(i, OPF_ANGLE, 0, t, OPF_TRIG_GUARD | OPF_ANGLE_MARK, .angle = f)
#define ATRIG(i, t, f) ROW(i, OPF_ANGLE, 0, t, OPF_ANGLE_MARK | OPF_INVERSE, .angle = f)
#define PROG(i) ROW(i, OPF_PROGRAMMER, 0, "", 0, .unary = NULL)

static const calc_op table[] = {
    /* binary operators, scientific precedence (2.7) */
    BIN(CMD_ADD, 2, "+", num_add),
    BIN(CMD_SUB, 2, "-", num_sub),
    BIN(CMD_MUL, 3, "\xC3\x97", num_mul),       /* × */
    BIN(CMD_DIV, 3, "\xC3\xB7", num_div),       /* ÷ */
    BIN(CMD_MOD, 3, "Mod", num_mod),
    BIN(CMD_POW, 4, "^", math_pow),
    BIN(CMD_ROOT, 4, "yroot", math_root),
    BIN(CMD_LOGY, 4, "log base", math_logy),

    /* functions of the display */
    UN(CMD_SQRT, "\xE2\x88\x9A", math_sqrt),    /* √ */
    UN(CMD_SQR, "sqr", math_sqr),
    UN(CMD_CUBE, "cube", math_cube),
    UN(CMD_RECIP, "1/", math_recip),
    UN(CMD_POW10, "10^", math_pow10),
    UN(CMD_EXP, "e^", math_exp),
    UN(CMD_LN, "ln", math_ln),
    UN(CMD_LOG, "log", math_log10),
    UN(CMD_FACT, "fact", math_fact),
    UN(CMD_ABS, "abs", op_abs),
    UN(CMD_FLOOR, "floor", op_floor),
    UN(CMD_CEIL, "ceil", op_ceil),
    UN(CMD_CUBEROOT, "cuberoot", math_cbrt),
    UN(CMD_POW2, "2^", math_pow2),
    UN(CMD_DMS, "dms", math_dms),
    UN(CMD_DEGREES, "degrees", math_degrees),

    /* circular functions: the argument (or the inverse's result) in the angle unit */
    TRIG(CMD_SIN, "sin", math_sin),
    TRIG(CMD_COS, "cos", math_cos),
    TRIG(CMD_TAN, "tan", math_tan),
    TRIG(CMD_SEC, "sec", math_sec),
    TRIG(CMD_CSC, "csc", math_csc),
    TRIG(CMD_COT, "cot", math_cot),
    ATRIG(CMD_ASIN, "sin", math_asin),
    ATRIG(CMD_ACOS, "cos", math_acos),
    ATRIG(CMD_ATAN, "tan", math_atan),
    ATRIG(CMD_ASEC, "sec", math_asec),
    ATRIG(CMD_ACSC, "csc", math_acsc),
    ATRIG(CMD_ACOT, "cot", math_acot),

    /* hyperbolic functions (the 1e100 guard applies, the angle unit does not) */
    HYP(CMD_SINH, "sinh", math_sinh),
    HYP(CMD_COSH, "cosh", math_cosh),
    HYP(CMD_TANH, "tanh", math_tanh),
    HYP(CMD_SECH, "sech", math_sech),
    HYP(CMD_CSCH, "csch", math_csch),
    HYP(CMD_COTH, "coth", math_coth),
    UN(CMD_ASINH, "sinh" INVERSE, math_asinh),
    UN(CMD_ACOSH, "cosh" INVERSE, math_acosh),
    UN(CMD_ATANH, "tanh" INVERSE, math_atanh),
    UN(CMD_ASECH, "sech" INVERSE, math_asech),
    UN(CMD_ACSCH, "csch" INVERSE, math_acsch),
    UN(CMD_ACOTH, "coth" INVERSE, math_acoth),

    /* percent of the pending operation (2.9), and negate's expression text */
    ROW(CMD_PERCENT, OPF_PERCENT, 0, "", 0, .unary = NULL),
    ROW(CMD_NEGATE, OPF_TEXT, 0, "negate", 0, .unary = NULL),

    /* programmer only: progint computes them and gives their texts */
    PROG(CMD_AND), PROG(CMD_OR), PROG(CMD_XOR), PROG(CMD_NAND), PROG(CMD_NOR),
    PROG(CMD_LSH), PROG(CMD_RSH), PROG(CMD_RSHL),
    PROG(CMD_NOT), PROG(CMD_ROL), PROG(CMD_ROR), PROG(CMD_ROLC), PROG(CMD_RORC),
};

#define COUNT ((int)(sizeof table / sizeof table[0]))

int calc_op_count(void)
{
    return COUNT;
}

const calc_op *calc_op_at(int index)
{
    return index >= 0 && index < COUNT ? &table[index] : NULL;
}

/* A linear search: about sixty rows, a few hundred nanoseconds per key. */
const calc_op *calc_op_find(int id)
{
    for (int i = 0; i < COUNT; i++)
        if (table[i].id == id)
            return &table[i];
    return NULL;
}
