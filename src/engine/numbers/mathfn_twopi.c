/* mathfn_twopi: the first 10400 decimal digits of 2/pi (0.6366...), truncated,
 * for the reduction of huge radian arguments (Payne-Hanek style: only the
 * digits around the argument's exponent matter). Computed on first use, as
 * only arguments of 1e90 and more need them, by Ramanujan's rational series
 *   4/pi = sum_k (-1)^k (4k)! (1123 + 21460 k) / ((4^k k!)^4 882^(2k+1))
 * (about 5.9 digits a term) in fixed point on the engine's bigint, where a
 * table of the digits took 4.3 KB of the exe.
 * tests/engine/test_twopi.c checks every digit against pi computed by the
 * test itself, and tests/accuracy compares sin/cos of huge arguments with
 * mpmath. */
#include "bigint.h"
#include "mathfn_internal.h"

#define TWO_OVER_PI_COUNT 10400
/* fixed point: 2/pi as floor(2/pi 10^fx) for fx = the digits wanted plus
 * GUARD, which absorb the truncation of every term (each off by a few units,
 * times a coefficient below 4e7, over at most some 1800 terms: below 1e12
 * units) */
#define GUARD 31
_Static_assert(TWO_OVER_PI_COUNT + GUARD + 1 <= BI_MAX_LIMBS * BI_BASE_DIGITS,
               "10^(count + GUARD) fits a bigint");

static bigint two_over_pi; /* floor(2/pi 10^fx), fx digits */
static int fx;             /* 0 before the first use */

/* two_over_pi to at least `count` digits (<= TWO_OVER_PI_COUNT). The cost
 * grows as the square of the digits (25 ms for all of them), so the first
 * huge arguments, mostly far below 1e10000, compute only what they need, and
 * the count at least doubles when more is asked. */
static void compute_two_over_pi(int count)
{
    if (count < 2 * (fx - GUARD))
        count = 2 * (fx - GUARD);
    if (count > TWO_OVER_PI_COUNT)
        count = TWO_OVER_PI_COUNT;
    fx = count + GUARD;
    /* t = 10^fx (4k)! / ((4^k k!)^4 882^(2k+1)) / 2, the k-th term without
     * its sign and its coefficient */
    static bigint t, u;
    bigint *sum = &two_over_pi;
    bi_from_u64(&t, 1);
    bi_mul_pow10(&t, &t, fx);
    bi_divmod_small(&t, &t, 2 * 882);
    bi_zero(sum);
    for (uint32_t k = 0; t.n; k++) {
        bi_mul_small(&u, &t, 1123 + 21460 * k);
        if (k & 1u)
            bi_sub(sum, sum, &u); /* partial sums of the alternating series stay positive */
        else
            bi_add(sum, sum, &u);
        /* t_{k+1} / t_k = (4k+1)(4k+2)(4k+3)(4k+4) / (256 (k+1)^4 882^2)
         *              = (4k+1)(4k+3)(2k+1) / ((k+1)^3 2^7 3^4 7^4),
         * in factors below 2^32 for every k the loop reaches */
        bi_mul_small(&t, &t, (4 * k + 1) * (4 * k + 3));
        bi_mul_small(&t, &t, 2 * k + 1);
        bi_divmod_small(&t, &t, (k + 1) * (k + 1) * 384u);
        bi_divmod_small(&t, &t, (k + 1) * 64827u);
    }
}

int mf_two_over_pi_count(void)
{
    return TWO_OVER_PI_COUNT;
}

void mf_two_over_pi_digits(char *s, int first, int n)
{
    if (first + n > fx - GUARD)
        compute_two_over_pi(first + n);
    for (int i = 0; i < n; i++) {
        int place = fx - 1 - (first + i); /* digit i is that of 10^place */
        uint32_t limb = two_over_pi.d[place / BI_BASE_DIGITS];
        s[i] = (char)('0' + limb / bi_pow10[place % BI_BASE_DIGITS] % 10);
    }
}
