/* number: the calculator's numbers.
 *
 * value = (neg ? -1 : +1) * p / q * 10^exp, exactly, with p, q bigints.
 * Canonical form (every function returns canonical numbers):
 *   - zero is p = 0, q = 1, exp = 0, neg = false, inexact = false;
 *   - q >= 1, gcd(p, q) = 1, neither p nor q ends in a decimal 0 (factors of
 *     10 live in exp).
 *   (number_core.c also moves factors 2 and 5 of q into p and exp, so the form
 *   is unique: terminating decimals always have q = 1, integers are exactly
 *   q = 1 with exp >= 0.)
 * Exact where mathematics is exact: + - * / of exact numbers stay exact
 * rationals. When p or q would need more than NUM_PRECISION digits, the value
 * is rounded (half away from zero) to a decimal p * 10^exp (q = 1) with
 * NUM_PRECISION significant digits, like Windows' 128-digit trimming, and is
 * marked inexact. Results of transcendental functions are inexact decimals too.
 *
 * An inexact operand makes a sum "noise aware": if a + b cancels to below
 * 10^-NUM_CANCEL_DIGITS of the larger operand, the result is exactly 0
 * (so (sqrt 2)^2 - 2 = 0 as on Windows).
 *
 * Range: nonzero magnitudes must satisfy 1e-9999 <= |x| < 1e10000 once rounded
 * for display; num_check_range reports CALC_ERR_OVERFLOW otherwise. Arithmetic
 * itself keeps going far beyond that range (exp is a 32-bit int and results are
 * range-checked by the caller), so intermediate values never wrap.
 *
 * Portable C11; no <windows.h>, no binary floating point on the path from key to display. */
#ifndef CALC_NUMBER_H
#define CALC_NUMBER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bigint.h"
#include "status.h"

#define NUM_PRECISION 128       /* significant digits kept for inexact values */
#define NUM_CANCEL_DIGITS 120   /* see "noise aware" above */
#define NUM_MAX_EXP 9999        /* largest displayable decimal exponent */

typedef struct num {
    bigint p, q;
    int32_t exp;
    bool neg;
    bool inexact;
} num;

/* construction */
void num_zero(num *r);
void num_from_int(num *r, int64_t v);
void num_from_u64(num *r, uint64_t v, bool neg);
/* r = m * 10^e10 (m a decimal magnitude), marked inexact if requested; canonicalises. */
void num_from_decimal(num *r, const bigint *m, int32_t e10, bool neg, bool inexact);
/* Parses "[-]digits[.digits][e[+-]digits]" ('.' decimal point, no grouping).
 * Returns CALC_OK or CALC_ERR_INVALID. Leading/trailing spaces are not accepted. */
calc_status num_parse(num *r, const char *s);

/* queries */
bool num_is_zero(const num *a);
bool num_is_integer(const num *a);
int num_sign(const num *a);                    /* -1, 0, 1 */
int num_cmp(const num *a, const num *b);       /* -1, 0, 1 by value */
int num_cmp_abs(const num *a, const num *b);
/* Decimal exponent of the leading digit: floor(log10|a|); a != 0. */
int32_t num_ilog10(const num *a);
/* Truncates toward zero and converts; false if out of int64 range. */
bool num_to_int64(const num *a, int64_t *out);

/* arithmetic; r may alias a or b. Errors: divide by zero, undefined (0/0). */
void num_neg(num *r, const num *a);
void num_abs(num *r, const num *a);
calc_status num_add(num *r, const num *a, const num *b);
calc_status num_sub(num *r, const num *a, const num *b);
calc_status num_mul(num *r, const num *a, const num *b);
calc_status num_div(num *r, const num *a, const num *b);
calc_status num_mod(num *r, const num *a, const num *b); /* floored, sign of b; x mod 0 = x */
calc_status num_rem(num *r, const num *a, const num *b); /* truncated, sign of a */
void num_floor(num *r, const num *a);
void num_ceil(num *r, const num *a);
void num_trunc(num *r, const num *a);
/* Rounds to `digits` significant digits, half away from zero (keeps the flag). */
void num_round_sig(num *r, const num *a, int digits);
/* CALC_OK, or CALC_ERR_OVERFLOW when a's display exponent is outside +-9999. */
calc_status num_check_range(const num *a);
/* Same, but judged on the value rounded to `precision` significant digits, as
 * the display shows it (9.99999999999999999e+9999 is 1.e+10000 at 16 digits). */
calc_status num_check_range_prec(const num *a, int precision);

/* Display text (WINDOWS-CALCULATOR.md 2.2): rounded half away from zero to
 * `precision` significant digits, '.' as decimal point, no grouping, trailing
 * zeros removed, exponential form "d.ddde+N" when needed or when force_exp
 * (F-E) is set. Returns the length, or -1 if cap is too small (cap >= 64 plus
 * precision is always enough). */
int num_format(const num *a, int precision, bool force_exp, char *buf, size_t cap);

#endif
