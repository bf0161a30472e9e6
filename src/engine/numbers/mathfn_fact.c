/* mathfn_fact: n! for integers (exact products, 3248! at most) and
 * Gamma(x + 1) for the rest.
 *
 * Gamma: arguments below 1/2 use the reflection Gamma(z) Gamma(1-z) =
 * pi / sin(pi z), with sin(pi z) from the exact degree reduction (sin of
 * z * 180 degrees). Others are shifted up to z >= 200, where Stirling's
 * series with 70 terms is below 1e-190, then divided by the shift product.
 * The Bernoulli numbers come exactly from the tangent numbers (integer
 * recurrence) once, on first use. Limits follow Windows: x > 3248 or
 * x < -1000 is Overflow, negative integers are Invalid input. */
#include "mathfn_internal.h"

#define WP BF_WP
#define GP (BF_WP + 2)
#define STIRLING_TERMS 70
#define STIRLING_MIN 200

/* c_k = B_2k / (2k (2k - 1)), k = 1 .. STIRLING_TERMS */
static bf coef[STIRLING_TERMS + 1];
static bool have_coef;

static void init_coef(void)
{
    /* tangent numbers T_1 .. T_K: T_k = (k-1) T_{k-1}, then
     * T_j = (j-k) T_{j-1} + (j-k+2) T_j for k = 2..K, j = k..K */
    static bf T[STIRLING_TERMS + 1];
    const int K = STIRLING_TERMS;
    bf_from_u64(&T[1], 1);
    for (int k = 2; k <= K; k++)
        bf_mul_small(&T[k], &T[k - 1], (uint32_t)(k - 1), BF_CAP);
    for (int k = 2; k <= K; k++) {
        for (int j = k; j <= K; j++) {
            bf a, b;
            bf_mul_small(&a, &T[j - 1], (uint32_t)(j - k), BF_CAP);
            bf_mul_small(&b, &T[j], (uint32_t)(j - k + 2), BF_CAP);
            bf_add(&T[j], &a, &b, BF_CAP);
        }
    }
    /* B_2k = (-1)^(k-1) 2k T_k / (4^k (4^k - 1)), so
     * c_k = (-1)^(k-1) T_k / ((2k - 1) 4^k (4^k - 1)) */
    bf p4;
    bf_from_u64(&p4, 1);
    for (int k = 1; k <= K; k++) {
        bf_mul_small(&p4, &p4, 4, BF_CAP); /* 4^k exactly */
        bf one, den, c;
        bf_from_u64(&one, 1);
        bf_sub(&den, &p4, &one, BF_CAP);
        bf_mul(&den, &den, &p4, BF_CAP);
        bf_mul_small(&den, &den, (uint32_t)(2 * k - 1), BF_CAP);
        bf_div(&c, &T[k], &den, GP);
        c.neg = (k % 2 == 0);
        coef[k] = c;
    }
    have_coef = true;
}

/* ln Gamma(z) for z >= STIRLING_MIN */
static void lgamma_stirling(bf *r, const bf *z)
{
    if (!have_coef)
        init_coef();
    bf lz, t, half, sum, w, w2, term;
    bf_ln(&lz, z);
    bf_from_u64(&half, 1);
    bf_div_small(&half, &half, 2, GP);
    bf_sub(&t, z, &half, GP);
    bf_mul(&sum, &t, &lz, GP);
    bf_sub(&sum, &sum, z, GP);
    /* + ln(2 pi) / 2 */
    bf tp;
    bf_mul_small(&tp, bfc_pi(), 2, GP);
    bf_ln(&tp, &tp);
    bf_div_small(&tp, &tp, 2, GP);
    bf_add(&sum, &sum, &tp, GP);
    bf one;
    bf_from_u64(&one, 1);
    bf_div(&w, &one, z, GP);
    bf_mul(&w2, &w, &w, GP);
    for (int k = 1; k <= STIRLING_TERMS; k++) {
        bf_mul(&term, &coef[k], &w, GP);
        bf_add(&sum, &sum, &term, GP);
        bf_mul(&w, &w, &w2, GP);
    }
    *r = sum;
}

/* Gamma(z) for z >= 1/2 (non-integer or not: any) */
static void gamma_pos(bf *r, const bf *z)
{
    bf zz = *z, prod, one, lg;
    bf_from_u64(&one, 1);
    bf_from_u64(&prod, 1);
    bf lim;
    bf_from_u64(&lim, STIRLING_MIN);
    while (bf_cmp(&zz, &lim) < 0) {
        bf_mul(&prod, &prod, &zz, GP);
        bf_add(&zz, &zz, &one, GP);
    }
    lgamma_stirling(&lg, &zz);
    bf_exp(r, &lg);
    bf_div(r, r, &prod, WP + 1);
}

/* Gamma(z), z not a non-positive integer */
static calc_status gamma_num(bf *r, const num *z)
{
    num half;
    mf_num_ratio(&half, 1, 2);
    if (num_cmp(z, &half) >= 0) {
        bf Z;
        bf_from_num(&Z, z, GP);
        gamma_pos(r, &Z);
        return CALC_OK;
    }
    /* Gamma(z) = pi / (sin(pi z) Gamma(1 - z)) */
    num deg, s, one, omz;
    num_from_int(&deg, 180);
    num_mul(&deg, &deg, z);
    calc_status st = math_sin(&s, &deg, ANGLE_DEG);
    if (st != CALC_OK)
        return st;
    if (num_is_zero(&s))
        return CALC_ERR_INVALID;
    num_from_int(&one, 1);
    num_sub(&omz, &one, z);
    bf g, sb, den;
    bf_from_num(&g, &omz, GP);
    gamma_pos(&g, &g);
    bf_from_num(&sb, &s, GP);
    bf_mul(&den, &sb, &g, GP);
    bf_div(r, bfc_pi(), &den, WP + 1);
    return CALC_OK;
}

calc_status math_fact(num *out, const num *x)
{
    num hi, lo;
    num_from_int(&hi, 3248);
    num_from_int(&lo, -1000);
    if (num_cmp(x, &hi) > 0 || num_cmp(x, &lo) < 0)
        return CALC_ERR_OVERFLOW;
    if (num_is_integer(x)) {
        int64_t n;
        num_to_int64(x, &n);
        if (n < 0)
            return CALC_ERR_INVALID;
        /* exact while the product fits BF_CAP limbs, then rounded */
        bf acc;
        bf_from_u64(&acc, 1);
        bool exact = true;
        for (int64_t k = 2; k <= n; k++) {
            bf_mul_small(&acc, &acc, (uint32_t)k, exact ? BF_CAP : GP);
            if (exact && acc.n >= BF_CAP - 1)
                exact = false;
        }
        if (exact && bf_ilog10(&acc) < NUM_PRECISION) {
            bigint m;
            if (bf_to_bigint(&m, &acc)) {
                num_from_decimal(out, &m, 0, false, false);
                return mf_finish_num(out);
            }
        }
        return mf_finish(out, &acc);
    }
    num z, one;
    num_from_int(&one, 1);
    num_add(&z, x, &one);
    bf r;
    calc_status s = gamma_num(&r, &z);
    if (s != CALC_OK)
        return s;
    return mf_finish(out, &r);
}
