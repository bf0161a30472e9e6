/* mathfn_internal: the private working type of the math functions.
 *
 * bf is a decimal floating-point number: sign * mantissa * 10^(9*e), the
 * mantissa an integer of n limbs in base 10^9 (little-endian, top limb
 * nonzero, low zero limbs stripped). Every operation rounds its result to
 * `prec` limbs (half up on the first dropped limb), so a function evaluated at
 * BF_WP limbs (>= 171 digits) carries about 40 guard digits over the 128
 * digits a num keeps. Exponents are plain ints: intermediate values may go far
 * beyond the displayable range without wrapping; the caller range-checks.
 *
 * Not a public API: shared by the mathfn_*.c files only. */
#ifndef CALC_MATHFN_INTERNAL_H
#define CALC_MATHFN_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "mathfn.h"
#include "number.h"

#define BF_BASE 1000000000u
#define BF_CAP 48    /* limbs of storage */
#define BF_WP 20     /* working precision of function evaluation, limbs */
#define BF_WIDE 44   /* precision of cached constants and argument reduction */

typedef struct bf {
    int n;            /* limbs in use; 0 means zero */
    int32_t e;        /* value = mantissa * BF_BASE^e */
    bool neg;
    uint32_t d[BF_CAP];
} bf;

/* ---- core arithmetic (mathfn_bigfloat.c) ---- */
void bf_zero(bf *r);
void bf_from_u64(bf *r, uint64_t v);
void bf_from_int(bf *r, int64_t v);
/* Normalises and rounds r to prec limbs (half up on the dropped part). */
void bf_round(bf *r, int prec);
void bf_abs(bf *r, const bf *a);
int bf_cmp_abs(const bf *a, const bf *b);
int bf_cmp(const bf *a, const bf *b);
int bf_sign(const bf *a);
/* floor(log10|a|), a != 0 */
int32_t bf_ilog10(const bf *a);

void bf_add(bf *r, const bf *a, const bf *b, int prec);
void bf_sub(bf *r, const bf *a, const bf *b, int prec);
void bf_mul(bf *r, const bf *a, const bf *b, int prec);
void bf_div(bf *r, const bf *a, const bf *b, int prec);   /* b != 0 */
void bf_mul_small(bf *r, const bf *a, uint32_t m, int prec);
void bf_div_small(bf *r, const bf *a, uint32_t m, int prec); /* m != 0 */
void bf_mul_pow10(bf *r, const bf *a, int32_t k, int prec);  /* a * 10^k, any k */
void bf_sqrt(bf *r, const bf *a, int prec);                  /* a >= 0 */
/* Integer part toward zero / nearest integer (half away from zero). */
void bf_trunc(bf *r, const bf *a);
void bf_round_int(bf *r, const bf *a);
/* Integer value if |a| < 2^63 after truncation toward zero. */
bool bf_to_int64(const bf *a, int64_t *out);

/* conversions with num: from_num is exact when the value fits prec limbs;
 * to_num rounds half away from zero to NUM_PRECISION digits, marked inexact. */
void bf_from_num(bf *r, const num *x, int prec);
void bf_to_num(num *r, const bf *a);
void bf_from_bigint(bf *r, const bigint *b);
/* Exact integer conversion; false when a is not an integer or too large. */
bool bf_to_bigint(bigint *r, const bf *a);

/* ---- constants (mathfn_const.c), BF_WIDE limbs, computed once ---- */
const bf *bfc_pi(void);
const bf *bfc_half_pi(void);
const bf *bfc_ln2(void);
const bf *bfc_ln10(void);
const bf *bfc_e(void);

/* ---- elementary functions on bf at BF_WP (mathfn_explog.c) ---- */
/* exp(x); the caller keeps |x| below ~1e6 (range-checked before). */
void bf_exp(bf *r, const bf *x);
/* exp(x) - 1 without cancellation for small x */
void bf_expm1(bf *r, const bf *x);
/* ln(x), x > 0 */
void bf_ln(bf *r, const bf *x);
/* ln(1 + d), d > -1, accurate for tiny d */
void bf_log1p(bf *r, const bf *d);
/* atanh(z) by its series, |z| <= 1/2 */
void bf_atanh_series(bf *r, const bf *z);

/* ---- trig cores (mathfn_trig.c) ---- */
/* sin and cos of a in [0, pi/4] (either output may be NULL) */
void bf_sincos_small(bf *s, bf *c, const bf *a);
/* atan(x) in radians, any x */
void bf_atan(bf *r, const bf *x);

/* ---- result helpers (mathfn_result.c) ---- */
/* out = a rounded to NUM_PRECISION digits, inexact; range-checked. */
calc_status mf_finish(num *out, const bf *a);
/* range check of an exact result already in out */
calc_status mf_finish_num(num *out);
/* Exact rational p/q (q != 0) of small integers */
void mf_num_ratio(num *r, int64_t p, int64_t q);
/* Windows rejects x >= 1e100 (positive only) for every circular and
 * hyperbolic function and their inverses (the inverse keys are INV + the
 * same operation code, checked before the function runs). */
bool mf_too_big_for_trig(const num *x);
/* r = 1/x for the inverse reciprocal functions (asec, asech, ...): Invalid
 * input for x >= 1e100 as Windows checks the typed argument, and divide by
 * zero for 0, since Windows computes them as f(1/x). */
calc_status mf_recip_arg(num *r, const num *x);
/* Largest |x| (in powers of ten) beyond which results certainly overflow */
#define MF_EXP_LIMIT 10000

/* ---- digits of 2/pi (mathfn_twopi.c, packed) ---- */
/* How many digits after the point the table holds (10400). */
int mf_two_over_pi_count(void);
/* s[0..n-1] = the ASCII digits first .. first+n-1 (0-based, after the
 * point) of 2/pi, no terminator; 0 <= first, first + n <= the count. */
void mf_two_over_pi_digits(char *s, int first, int n);

/* ---- powers (mathfn_power.c) ---- */
/* x^n for an integer n with exact arithmetic when it fits, else inexact */
calc_status mf_pow_int(num *out, const num *x, int64_t n);

#endif
