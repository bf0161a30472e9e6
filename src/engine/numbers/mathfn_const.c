/* mathfn_const: pi, e, ln 2 and ln 10 to BF_WIDE limbs, computed once on
 * first use by fast-converging series (Machin's formula, atanh of small
 * fractions, sum of 1/k!): well under a millisecond, then cached. */
#include "mathfn_internal.h"

#define CP (BF_WIDE + 1) /* one guard limb while summing */

/* sum_{k>=0} sign^k / ((2k+1) m^(2k+1)): atan(1/m) (alternating) or atanh(1/m) */
static void inv_series(bf *r, uint32_t m, bool alternating)
{
    bf t, term, sum;
    bf_from_u64(&t, 1);
    bf_div_small(&t, &t, m, CP);
    sum = t;
    uint32_t m2 = m * m;
    for (uint32_t k = 1; k < 100000; k++) {
        bf_div_small(&t, &t, m2, CP);
        if (t.n == 0 || bf_ilog10(&t) < -9 * (CP + 1))
            break;
        bf_div_small(&term, &t, 2 * k + 1, CP);
        if (alternating && (k & 1u))
            bf_sub(&sum, &sum, &term, CP);
        else
            bf_add(&sum, &sum, &term, CP);
    }
    *r = sum;
}

static bf c_pi, c_half_pi, c_ln2, c_ln10, c_e;
static bool have_pi, have_logs, have_e;

static void init_pi(void)
{
    bf a, b;
    inv_series(&a, 5, true);
    inv_series(&b, 239, true);
    bf_mul_small(&a, &a, 16, CP);
    bf_mul_small(&b, &b, 4, CP);
    bf_sub(&c_pi, &a, &b, CP);
    bf_div_small(&c_half_pi, &c_pi, 2, BF_WIDE);
    bf_round(&c_pi, BF_WIDE);
    have_pi = true;
}

static void init_logs(void)
{
    bf a, b;
    /* ln 2 = 2 atanh(1/3); ln 10 = 3 ln 2 + ln(5/4) = 3 ln 2 + 2 atanh(1/9) */
    inv_series(&a, 3, false);
    bf_mul_small(&a, &a, 2, CP);
    inv_series(&b, 9, false);
    bf_mul_small(&b, &b, 2, CP);
    bf_mul_small(&c_ln10, &a, 3, CP);
    bf_add(&c_ln10, &c_ln10, &b, BF_WIDE);
    c_ln2 = a;
    bf_round(&c_ln2, BF_WIDE);
    have_logs = true;
}

static void init_e(void)
{
    bf t, sum;
    bf_from_u64(&t, 1);
    sum = t;
    for (uint32_t k = 1; k < 1000; k++) {
        bf_div_small(&t, &t, k, CP);
        if (t.n == 0 || bf_ilog10(&t) < -9 * (CP + 1))
            break;
        bf_add(&sum, &sum, &t, CP);
    }
    c_e = sum;
    bf_round(&c_e, BF_WIDE);
    have_e = true;
}

const bf *bfc_pi(void)
{
    if (!have_pi)
        init_pi();
    return &c_pi;
}

const bf *bfc_half_pi(void)
{
    if (!have_pi)
        init_pi();
    return &c_half_pi;
}

const bf *bfc_ln2(void)
{
    if (!have_logs)
        init_logs();
    return &c_ln2;
}

const bf *bfc_ln10(void)
{
    if (!have_logs)
        init_logs();
    return &c_ln10;
}

const bf *bfc_e(void)
{
    if (!have_e)
        init_e();
    return &c_e;
}

void math_pi(num *out) { bf_to_num(out, bfc_pi()); }

void math_e(num *out) { bf_to_num(out, bfc_e()); }
