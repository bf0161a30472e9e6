/* number_internal: helpers shared by the number_*.c files (not a public API). */
#ifndef CALC_NUMBER_INTERNAL_H
#define CALC_NUMBER_INTERNAL_H

#include "number.h"

/* Exponents are kept within +-NUMI_EXP_LIMIT so sums of exponents never wrap;
 * anything that far out is an overflow for num_check_range anyway. */
#define NUMI_EXP_LIMIT 1000000000

/* Canonicalises r->p / r->q * 10^exp (q != 0) into r, with exp given wide.
 * reduce: divide by gcd(p, q) (skip when the caller knows they are coprime). */
void numi_finish(num *r, int64_t exp, bool reduce);

/* floor(log10(p / q)) for p, q != 0. */
int numi_ilog10_ratio(const bigint *p, const bigint *q);

/* m = round_half_away(p / q * 10^shift); *inexact = remainder was nonzero.
 * Callers keep the operand sizes bounded (a few hundred digits). */
void numi_round_ratio(bigint *m, const bigint *p, const bigint *q, int shift, bool *inexact);

/* Rounds |a| (nonzero) to `digits` significant digits: |a| ~ m * 10^(*lead - digits + 1)
 * where m has exactly `digits` digits (trailing zeros kept) and *lead is the decimal
 * exponent of the leading digit after rounding (a carry such as 9.99 -> 10.0 is
 * already folded in). *inexact tells whether anything nonzero was dropped. */
void numi_round_digits(const num *a, int digits, bigint *m, int32_t *lead, bool *inexact);

/* Compares p1/q1 * 10^e1 with p2/q2 * 10^e2 (all positive), bounded work. */
int numi_cmp_mag(const num *a, const num *b);

#endif
