/* mathfn_explog: exp and ln on the working type, and e^x, ln, log10, log_y.
 *
 * exp: x = k ln10 + r with |r| <= 1.16 (ln10 kept to BF_WIDE limbs, so the
 * reduction is exact enough for |x| up to 10^6); e^r - 1 from its Taylor
 * series at r / 2^20 followed by 20 doublings em <- em (em + 2), which never
 * cancel. ln: x = 10^k 2^j m with m in [0.75, 1.5), ln m = 2 atanh((m-1)/(m+1)).
 * Arguments near 1 take the atanh path directly, so ln(1 + 1e-100) keeps all
 * its digits. */
#include "mathfn_internal.h"

#define WP BF_WP
#define HALVINGS 20

static bool negligible(const bf *term, const bf *sum, int prec)
{
    return term->n == 0 || (sum->n != 0 && bf_ilog10(term) < bf_ilog10(sum) - 9 * (prec + 1));
}

/* e^r - 1 for |r| <= ~1.2 */
static void expm1_reduced(bf *r, const bf *x)
{
    const int p = WP + 1;
    bf y, t, sum;
    bf_div_small(&y, x, 1u << HALVINGS, p);
    sum = y;
    t = y;
    for (uint32_t k = 2; k < 400; k++) {
        bf_mul(&t, &t, &y, p);
        bf_div_small(&t, &t, k, p);
        if (negligible(&t, &sum, p))
            break;
        bf_add(&sum, &sum, &t, p);
    }
    bf two;
    bf_from_u64(&two, 2);
    for (int i = 0; i < HALVINGS; i++) {
        bf_add(&t, &sum, &two, p);
        bf_mul(&sum, &sum, &t, p);
    }
    *r = sum;
}

void bf_expm1(bf *r, const bf *x)
{
    bf lim;
    bf_from_u64(&lim, 1);
    if (bf_cmp_abs(x, &lim) <= 0) {
        expm1_reduced(r, x);
        bf_round(r, WP);
        return;
    }
    bf one, e;
    bf_exp(&e, x);
    bf_from_u64(&one, 1);
    bf_sub(r, &e, &one, WP);
}

void bf_exp(bf *r, const bf *x)
{
    if (x->n == 0) {
        bf_from_u64(r, 1);
        return;
    }
    /* k = nearest integer to x / ln10 */
    bf q, k, rr;
    bf_div(&q, x, bfc_ln10(), 4);
    bf_round_int(&k, &q);
    int64_t ki = 0;
    bf_to_int64(&k, &ki);
    bf_mul(&q, &k, bfc_ln10(), BF_WIDE);
    bf_sub(&rr, x, &q, WP + 2);
    bf em, one;
    expm1_reduced(&em, &rr);
    bf_from_u64(&one, 1);
    bf_add(&em, &em, &one, WP + 1);
    bf_mul_pow10(r, &em, (int32_t)ki, WP);
}

void bf_atanh_series(bf *r, const bf *z)
{
    const int p = WP + 1;
    bf z2, t, term, sum;
    bf_mul(&z2, z, z, p);
    sum = *z;
    t = *z;
    for (uint32_t k = 1; k < 2000; k++) {
        bf_mul(&t, &t, &z2, p);
        bf_div_small(&term, &t, 2 * k + 1, p);
        if (negligible(&term, &sum, p))
            break;
        bf_add(&sum, &sum, &term, p);
    }
    *r = sum;
}

/* ln(1 + d) for |d| <= 1/2: 2 atanh(d / (2 + d)) */
static void log1p_small(bf *r, const bf *d)
{
    bf two, den, z;
    bf_from_u64(&two, 2);
    bf_add(&den, &two, d, WP + 2);
    bf_div(&z, d, &den, WP + 1);
    bf_atanh_series(r, &z);
    bf_mul_small(r, r, 2, WP);
}

void bf_ln(bf *r, const bf *x)
{
    bf one, d;
    bf_from_u64(&one, 1);
    bf_sub(&d, x, &one, WP + 2);
    bf lo, hi;
    bf_from_u64(&lo, 3);
    bf_div_small(&lo, &lo, 4, WP); /* 0.75 */
    bf_from_u64(&hi, 3);
    bf_div_small(&hi, &hi, 2, WP); /* 1.5 */
    if (bf_cmp(x, &lo) >= 0 && bf_cmp(x, &hi) < 0) {
        log1p_small(r, &d);
        return;
    }
    int32_t k = bf_ilog10(x);
    bf m;
    bf_mul_pow10(&m, x, -k, WP + 2);
    int j = 0;
    bf lim;
    bf_from_u64(&lim, 3);
    bf_div_small(&lim, &lim, 2, WP); /* 1.5, 3, 6 */
    while (j < 3 && bf_cmp(&m, &lim) >= 0) {
        j++;
        bf_mul_small(&lim, &lim, 2, WP);
    }
    if (j)
        bf_div_small(&m, &m, 1u << j, WP + 2);
    bf_sub(&d, &m, &one, WP + 2);
    bf lm, t;
    log1p_small(&lm, &d);
    bf kk;
    bf_from_int(&kk, k);
    bf_mul(&t, &kk, bfc_ln10(), BF_WIDE);
    bf_add(&lm, &lm, &t, BF_WIDE);
    if (j) {
        bf_mul_small(&t, bfc_ln2(), (uint32_t)j, BF_WIDE);
        bf_add(&lm, &lm, &t, BF_WIDE);
    }
    *r = lm;
    bf_round(r, WP);
}

void bf_log1p(bf *r, const bf *d)
{
    bf half;
    bf_from_u64(&half, 1);
    bf_div_small(&half, &half, 2, WP);
    if (bf_cmp_abs(d, &half) <= 0) {
        log1p_small(r, d);
        return;
    }
    bf one, x;
    bf_from_u64(&one, 1);
    bf_add(&x, &one, d, WP + 2);
    bf_ln(r, &x);
}

/* ------------------------------------------------------------ public */

static bool is_one(const num *x)
{
    return !x->neg && x->exp == 0 && x->p.n == 1 && x->p.d[0] == 1 && x->q.n == 1 && x->q.d[0] == 1;
}

/* x == 10^k exactly (any k); *k receives it */
static bool is_pow10(const num *x, int32_t *k)
{
    if (x->neg || x->p.n != 1 || x->p.d[0] != 1 || x->q.n != 1 || x->q.d[0] != 1)
        return false;
    *k = x->exp;
    return true;
}

calc_status math_exp(num *out, const num *x)
{
    if (num_is_zero(x)) {
        num_from_int(out, 1);
        return CALC_OK;
    }
    /* |x| > 23100 is beyond 1e+-10000: answer before doing any work */
    if (num_ilog10(x) >= 5) {
        return CALC_ERR_OVERFLOW;
    }
    bf X, r;
    bf_from_num(&X, x, WP);
    bf lim;
    bf_from_u64(&lim, 23100);
    if (bf_cmp_abs(&X, &lim) > 0)
        return CALC_ERR_OVERFLOW;
    bf_exp(&r, &X);
    return mf_finish(out, &r);
}

calc_status math_ln(num *out, const num *x)
{
    if (num_sign(x) <= 0)
        return CALC_ERR_INVALID;
    if (is_one(x)) {
        num_zero(out);
        return CALC_OK;
    }
    bf X, r;
    bf_from_num(&X, x, WP);
    bf_ln(&r, &X);
    return mf_finish(out, &r);
}

calc_status math_log10(num *out, const num *x)
{
    if (num_sign(x) <= 0)
        return CALC_ERR_INVALID;
    int32_t k;
    if (is_pow10(x, &k)) {
        num_from_int(out, k);
        return CALC_OK;
    }
    bf X, r;
    bf_from_num(&X, x, WP);
    bf_ln(&r, &X);
    bf_div(&r, &r, bfc_ln10(), WP);
    return mf_finish(out, &r);
}

calc_status math_logy(num *out, const num *x, const num *y)
{
    if (num_sign(x) <= 0 || num_sign(y) <= 0)
        return CALC_ERR_INVALID;
    if (is_one(y))
        return is_one(x) ? CALC_ERR_UNDEFINED : CALC_ERR_DIV_ZERO;
    if (is_one(x)) {
        num_zero(out);
        return CALC_OK;
    }
    int32_t kx, ky;
    if (is_pow10(x, &kx) && is_pow10(y, &ky)) {
        mf_num_ratio(out, kx, ky);
        return mf_finish_num(out);
    }
    bf X, Y, lx, ly, r;
    bf_from_num(&X, x, WP);
    bf_from_num(&Y, y, WP);
    bf_ln(&lx, &X);
    bf_ln(&ly, &Y);
    bf_div(&r, &lx, &ly, WP);
    return mf_finish(out, &r);
}
