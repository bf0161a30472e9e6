/* calc_optable: what each operator and function does, one row per command
 * (WINDOWS-CALCULATOR.md 2.4, 2.7-2.10): its form, its precedence, its text
 * on the expression line and the function that computes it in standard and
 * scientific mode. Programmer mode computes with progint (prog_binary,
 * prog_unary, prog_precedence, prog_op_text) for every operator; rows of
 * programmer-only commands say so. Used by calc_ops.c; not a public header. */
#ifndef CALC_CALC_OPTABLE_H
#define CALC_CALC_OPTABLE_H

#include "mathfn.h"
#include "number.h"

typedef enum calc_op_form {
    OPF_BINARY,       /* left op right: fn.binary                       */
    OPF_UNARY,        /* f(x): fn.unary                                 */
    OPF_ANGLE,        /* f(x) in the angle unit: fn.angle               */
    OPF_PERCENT,      /* needs the pending operator (calc_ops.c)        */
    OPF_TEXT,         /* only a prefix on the expression line (negate)  */
    OPF_PROGRAMMER    /* programmer only: progint computes and names it */
} calc_op_form;

/* flags */
#define OPF_TRIG_GUARD 0x1u   /* Invalid input for x >= 1e100, before computing (2.8) */
#define OPF_ANGLE_MARK 0x2u   /* prefix: text + the angle unit's subscript ("sin₀") */
#define OPF_INVERSE    0x4u   /* prefix ends in ⁻¹ after the mark ("sin₀⁻¹")       */

#define CALC_OP_INVERSE "\xE2\x81\xBB\xC2\xB9"   /* ⁻¹, UTF-8 */

typedef calc_status (*calc_binary_fn)(num *out, const num *left, const num *right);
typedef calc_status (*calc_unary_fn)(num *out, const num *x);
typedef calc_status (*calc_angle_fn)(num *out, const num *x, angle_unit u);

/* The function first, the text in place (no pointer to relocate) and the
 * small fields after it: 24 bytes a row and no separate string. */
#define CALC_OP_TEXT_MAX 10       /* "sinh⁻¹" and its terminator */
typedef struct calc_op {
    union {
        calc_binary_fn binary;
        calc_unary_fn unary;
        calc_angle_fn angle;
    } fn;
    char text[CALC_OP_TEXT_MAX]; /* binary: " op " text; others: prefix or its name; "": progint's */
    unsigned short id;        /* command id */
    unsigned char form;       /* calc_op_form */
    unsigned char precedence; /* OPF_BINARY (2.7): 2 + -, 3 × ÷ Mod, 4 ^ yroot log base */
    unsigned char flags;
} calc_op;

/* The row of command id, NULL if it is not an operation. */
const calc_op *calc_op_find(int id);
/* The rows, for tests: calc_op_at(0 .. calc_op_count()-1), NULL outside. */
int calc_op_count(void);
const calc_op *calc_op_at(int index);

#endif
