/* mathfn: every function of the calculator on numbers (number.h).
 *
 * Exact in, exact out wherever the mathematics allows (integer powers, exact
 * roots such as sqrt(2.25) = 1.5 or cbrt(-27) = -3, trig at special angles in
 * degrees and gradians, 10^n, 2^n, n! for integers). Otherwise the result is
 * computed to more than NUM_PRECISION digits and rounded to an inexact decimal
 * with NUM_PRECISION significant digits, so the 32-digit display is the
 * correctly rounded true value.
 *
 * Domains and errors follow WINDOWS-CALCULATOR.md 2.4 and 2.8. Every function
 * also range-checks its result (CALC_ERR_OVERFLOW beyond +-1e9999) and has
 * bounded cost whatever its operands (budget: 5 ms worst case natively).
 * `out` may alias an input. On error `out` is left unspecified. */
#ifndef CALC_MATHFN_H
#define CALC_MATHFN_H

#include "calc_types.h"
#include "number.h"

/* constants, NUM_PRECISION digits */
void math_pi(num *out);
void math_e(num *out);

/* powers and roots */
calc_status math_sqr(num *out, const num *x);
calc_status math_cube(num *out, const num *x);
calc_status math_recip(num *out, const num *x);               /* 1/0: DIV_ZERO */
calc_status math_sqrt(num *out, const num *x);                /* x<0: INVALID */
calc_status math_cbrt(num *out, const num *x);
calc_status math_pow(num *out, const num *x, const num *y);   /* x^y */
calc_status math_root(num *out, const num *x, const num *y);  /* y-th root of x; y=0: DIV_ZERO */
calc_status math_pow10(num *out, const num *x);
calc_status math_pow2(num *out, const num *x);
calc_status math_exp(num *out, const num *x);

/* logarithms */
calc_status math_ln(num *out, const num *x);
calc_status math_log10(num *out, const num *x);
calc_status math_logy(num *out, const num *x, const num *y);  /* log base y of x */

/* trigonometry; the angle unit applies to arguments of sin/cos/tan/sec/csc/cot
 * and to results of their inverses */
calc_status math_sin(num *out, const num *x, angle_unit u);
calc_status math_cos(num *out, const num *x, angle_unit u);
calc_status math_tan(num *out, const num *x, angle_unit u);
calc_status math_sec(num *out, const num *x, angle_unit u);
calc_status math_csc(num *out, const num *x, angle_unit u);
calc_status math_cot(num *out, const num *x, angle_unit u);
calc_status math_asin(num *out, const num *x, angle_unit u);
calc_status math_acos(num *out, const num *x, angle_unit u);
calc_status math_atan(num *out, const num *x, angle_unit u);
calc_status math_asec(num *out, const num *x, angle_unit u);
calc_status math_acsc(num *out, const num *x, angle_unit u);
calc_status math_acot(num *out, const num *x, angle_unit u);

/* hyperbolic */
calc_status math_sinh(num *out, const num *x);
calc_status math_cosh(num *out, const num *x);
calc_status math_tanh(num *out, const num *x);
calc_status math_sech(num *out, const num *x);
calc_status math_csch(num *out, const num *x);
calc_status math_coth(num *out, const num *x);
calc_status math_asinh(num *out, const num *x);
calc_status math_acosh(num *out, const num *x);
calc_status math_atanh(num *out, const num *x);
calc_status math_asech(num *out, const num *x);
calc_status math_acsch(num *out, const num *x);
calc_status math_acoth(num *out, const num *x);

/* others */
calc_status math_fact(num *out, const num *x);     /* n! exact to 3248, Gamma(x+1) otherwise */
calc_status math_dms(num *out, const num *x);      /* degrees -> d.mmss... */
calc_status math_degrees(num *out, const num *x);  /* d.mmss... -> degrees */

#endif
