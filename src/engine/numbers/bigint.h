/* bigint: fixed-capacity non-negative integers in base 10^9.
 * Decimal limbs make decimal rounding, trimming and printing exact and cheap.
 * Capacity is fixed (no malloc, plain value semantics); every operation that
 * could exceed it reports failure instead of writing past the end, and callers
 * keep operands small by trimming numbers to NUM_PRECISION digits (whole
 * integers below 1e10000 excepted, number.h). */
#ifndef CALC_BIGINT_H
#define CALC_BIGINT_H

#include <stdbool.h>
#include <stdint.h>

#define BI_BASE 1000000000u
#define BI_BASE_DIGITS 9
#define BI_MAX_LIMBS 1160 /* 10440 decimal digits: whole integers below 1e10000 (number.h), with room for one short operand */

/* 10^k for k = 0 .. BI_BASE_DIGITS: the engine's one table of them */
extern const uint32_t bi_pow10[BI_BASE_DIGITS + 1];

typedef struct bigint {
    int n;                      /* limbs in use; 0 means the value 0 */
    uint32_t d[BI_MAX_LIMBS];   /* little-endian limbs, each < BI_BASE; d[n-1] != 0 */
} bigint;

void bi_zero(bigint *r);
void bi_from_u64(bigint *r, uint64_t v);
bool bi_to_u64(const bigint *a, uint64_t *out);   /* false if it does not fit */
bool bi_is_zero(const bigint *a);
bool bi_is_one(const bigint *a);
bool bi_is_even(const bigint *a);
int bi_cmp(const bigint *a, const bigint *b);      /* -1, 0, 1 */
int bi_digits(const bigint *a);                    /* decimal digits; 0 for 0 */
int bi_trailing_zeros(const bigint *a);            /* decimal trailing zeros; 0 for 0 */

/* All return false (and leave r unspecified) on capacity overflow.
 * r may alias an operand unless stated otherwise. */
bool bi_add(bigint *r, const bigint *a, const bigint *b);
void bi_sub(bigint *r, const bigint *a, const bigint *b);  /* requires a >= b */
bool bi_mul(bigint *r, const bigint *a, const bigint *b);
bool bi_mul_small(bigint *r, const bigint *a, uint32_t m); /* m < BI_BASE */
bool bi_add_small(bigint *r, const bigint *a, uint32_t m);
/* q = a / b, rem = a % b (truncating). b != 0. q or rem may be NULL. */
void bi_divmod(bigint *q, bigint *rem, const bigint *a, const bigint *b);
uint32_t bi_divmod_small(bigint *q, const bigint *a, uint32_t m); /* returns a % m */
bool bi_mul_pow10(bigint *r, const bigint *a, int k);      /* a * 10^k, k >= 0 */
/* a / 10^k, rounded half away from zero when round is true, truncated otherwise.
 * *inexact (may be NULL) is set true when a nonzero remainder was dropped. */
void bi_div_pow10(bigint *r, const bigint *a, int k, bool round, bool *inexact);
void bi_gcd(bigint *r, const bigint *a, const bigint *b);
/* floor(sqrt(a)) ; *exact (may be NULL) tells whether a was a perfect square. */
void bi_isqrt(bigint *r, const bigint *a, bool *exact);
/* Decimal text without sign; returns the length written (buf needs bi_digits+1, min 2). */
int bi_to_string(const bigint *a, char *buf, int cap);
/* Parses decimal digits only; false on non-digit or capacity overflow. */
bool bi_from_string(bigint *r, const char *s, int len);

/* ---- limb kernels ----------------------------------------------------------
 * The engine's one schoolbook multiplication and one Knuth division, on
 * little-endian arrays of base-BI_BASE limbs: bigint is built on them, and so
 * is the math functions' bigfloat (mathfn_bigfloat.c), whose operands are
 * longer than a bigint when padded. */
/* limbs: the longest dividend bi_limbs_divmod takes, plus one: a bigint's
 * (whole integers, number.h) or the bigfloat's padded 111 */
#define BI_KERNEL_MAX (BI_MAX_LIMBS + 1 > 112 ? BI_MAX_LIMBS + 1 : 112)

/* r[0 .. an+bn) = a * b (the top limb may be 0); r must not overlap a or b. */
void bi_limbs_mul(uint32_t *r, const uint32_t *a, int an, const uint32_t *b, int bn);
/* q[0 .. un-vn] = u / v, rem[0 .. vn) = u % v (rem may be NULL), Knuth TAOCP
 * 4.3.1 D. Requires vn >= 1, v[vn-1] != 0, vn <= un < BI_KERNEL_MAX; q and rem
 * must not overlap u or v. */
void bi_limbs_divmod(uint32_t *q, uint32_t *rem, const uint32_t *u, int un, const uint32_t *v, int vn);

#endif
