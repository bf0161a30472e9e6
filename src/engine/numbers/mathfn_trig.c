/* mathfn_trig: circular functions and their inverses in degrees, radians and
 * gradians.
 *
 * An angle is reduced to a quadrant k (0..3) and a fraction f in [0, 1) of a
 * quarter turn. Degrees and gradians reduce exactly in rationals (x mod 360
 * with 10^e mod 4*90*q by modular powering, so -1e9999 degrees is cheap and
 * exact) and recognise the special angles whose results are rational:
 * sin 30 = 0.5, tan 45 = 1, cos 90 = 0, tan 90 = Invalid input. Radians
 * reduce with pi to BF_WIDE limbs, which is exact enough for |x| < 1e100
 * (larger positive arguments are rejected as Windows does); an inexact
 * argument whose reduced angle is below its own noise (sin of the 128-digit
 * pi) counts as an exact multiple of pi/2, so sin pi = 0 and cos pi = -1.
 * sin and cos of the reduced angle in [0, pi/4] come from their Taylor series. */
#include <string.h>

#include "mathfn_internal.h"

#define WP BF_WP

/* ------------------------------------------------------------ cores */

void bf_sincos_small(bf *s, bf *c, const bf *a)
{
    const int p = WP + 1;
    bf a2, t, sum;
    bf_mul(&a2, a, a, p);
    if (s) {
        sum = *a;
        t = *a;
        for (uint32_t k = 2; k < 400; k += 2) {
            bf_mul(&t, &t, &a2, p);
            bf_div_small(&t, &t, k * (k + 1), p);
            if (t.n == 0 || bf_ilog10(&t) < bf_ilog10(&sum) - 9 * (p + 1))
                break;
            if (k % 4 == 2)
                bf_sub(&sum, &sum, &t, p);
            else
                bf_add(&sum, &sum, &t, p);
        }
        *s = sum;
    }
    if (c) {
        bf_from_u64(&sum, 1);
        bf_from_u64(&t, 1);
        for (uint32_t k = 1; k < 400; k += 2) {
            bf_mul(&t, &t, &a2, p);
            bf_div_small(&t, &t, k * (k + 1), p);
            if (t.n == 0 || bf_ilog10(&t) < -9 * (p + 1))
                break;
            if (k % 4 == 1)
                bf_sub(&sum, &sum, &t, p);
            else
                bf_add(&sum, &sum, &t, p);
        }
        *c = sum;
    }
}

void bf_atan(bf *r, const bf *x)
{
    const int p = WP + 1;
    bf one, y, t;
    bf_from_u64(&one, 1);
    if (x->n == 0) {
        bf_zero(r);
        return;
    }
    bool neg = x->neg;
    bf ax;
    bf_abs(&ax, x);
    bool inverted = bf_cmp(&ax, &one) > 0;
    if (inverted)
        bf_div(&ax, &one, &ax, p);
    /* four halvings: atan x = 2 atan(x / (1 + sqrt(1 + x^2))) */
    y = ax;
    for (int i = 0; i < 4; i++) {
        bf_mul(&t, &y, &y, p);
        bf_add(&t, &t, &one, p);
        bf_sqrt(&t, &t, p);
        bf_add(&t, &t, &one, p);
        bf_div(&y, &y, &t, p);
    }
    bf y2, term, sum = y;
    bf_mul(&y2, &y, &y, p);
    t = y;
    for (uint32_t k = 1; k < 1000; k++) {
        bf_mul(&t, &t, &y2, p);
        bf_div_small(&term, &t, 2 * k + 1, p);
        if (term.n == 0 || bf_ilog10(&term) < bf_ilog10(&sum) - 9 * (p + 1))
            break;
        if (k & 1u)
            bf_sub(&sum, &sum, &term, p);
        else
            bf_add(&sum, &sum, &term, p);
    }
    bf_mul_small(&sum, &sum, 16, p);
    if (inverted)
        bf_sub(&sum, bfc_half_pi(), &sum, p);
    sum.neg = neg && sum.n;
    *r = sum;
    bf_round(r, WP);
}

/* ------------------------------------------------------------ values */

/* a trig value: an exact small rational n/d or a working bigfloat value */
typedef struct tv {
    bool exact;
    int n, d;
    bf v;
} tv;

static void tv_exact(tv *t, int n, int d)
{
    t->exact = true;
    t->n = n;
    t->d = d;
}

static void tv_bf(tv *t, const bf *v)
{
    t->exact = false;
    t->v = *v;
}

static void tv_neg(tv *t)
{
    if (t->exact)
        t->n = -t->n;
    else if (t->v.n)
        t->v.neg = !t->v.neg;
}

static bool tv_is_zero(const tv *t) { return t->exact ? t->n == 0 : t->v.n == 0; }

static void tv_to_bf(bf *r, const tv *t)
{
    if (!t->exact) {
        *r = t->v;
        return;
    }
    bf_from_int(r, t->n);
    bf_div_small(r, r, (uint32_t)t->d, WP + 1);
}

static calc_status tv_out(num *out, const tv *t)
{
    if (t->exact) {
        mf_num_ratio(out, t->n, t->d);
        return CALC_OK;
    }
    return mf_finish(out, &t->v);
}

/* 1/t; DIV_ZERO for an exact zero */
static calc_status tv_recip(tv *r, const tv *t)
{
    if (tv_is_zero(t))
        return CALC_ERR_DIV_ZERO;
    if (t->exact) {
        int n = t->n, d = t->d;
        tv_exact(r, n < 0 ? -d : d, n < 0 ? -n : n);
        return CALC_OK;
    }
    bf one, v;
    bf_from_u64(&one, 1);
    bf_div(&v, &one, &t->v, WP + 1);
    tv_bf(r, &v);
    return CALC_OK;
}

/* ------------------------------------------------------------ reduction */

enum { SP_NONE, SP_ZERO, SP_THIRD, SP_HALF, SP_TWO_THIRDS };

typedef struct reduced {
    bool neg;    /* argument was negative (sin, tan odd; cos even) */
    int k;       /* quadrant */
    int special; /* f is exactly 0, 1/3, 1/2 or 2/3 */
    bf f, g;     /* f and 1 - f, each accurate relative to itself */
} reduced;

static bool small_ratio_is(const bigint *n, const bigint *d, uint32_t a, uint32_t b)
{
    /* n / d == a / b  <=>  n*b == d*a */
    bigint x, y, ab, bb;
    bi_from_u64(&ab, a);
    bi_from_u64(&bb, b);
    if (!bi_mul(&x, n, &bb) || !bi_mul(&y, d, &ab))
        return false;
    return bi_cmp(&x, &y) == 0;
}

/* r = base^exp mod m (m > 1), by squaring; operands stay below m^2. */
static void powmod_small(bigint *r, uint32_t base, uint32_t exp, const bigint *m)
{
    bigint acc, b, t;
    bi_from_u64(&acc, 1);
    bi_from_u64(&b, base);
    bi_divmod(NULL, &b, &b, m);
    bi_divmod(NULL, &acc, &acc, m);
    while (exp) {
        if (exp & 1u) {
            bi_mul(&t, &acc, &b);
            bi_divmod(NULL, &acc, &t, m);
        }
        exp >>= 1;
        if (exp) {
            bi_mul(&t, &b, &b);
            bi_divmod(NULL, &b, &t, m);
        }
    }
    *r = acc;
}

/* exact reduction of |x| / quarter (90 or 100) */
static bool reduce_exact(reduced *r, const num *x, uint32_t quarter)
{
    bigint D, A, R, Q4, k, four;
    int64_t e = x->exp;
    bi_from_u64(&Q4, quarter);
    if (e < 0) {
        if (-e > 300)
            return false; /* |x| < 1e-170: no reduction needed */
        bigint t;
        bi_from_u64(&t, 1);
        bi_mul_pow10(&t, &t, (int)-e);
        if (!bi_mul(&D, &x->q, &Q4) || !bi_mul(&D, &D, &t))
            return false;
        A = x->p;
    } else {
        if (!bi_mul(&D, &x->q, &Q4))
            return false;
        A = x->p;
    }
    bi_from_u64(&four, 4);
    bigint D4;
    if (!bi_mul(&D4, &D, &four))
        return false;
    bi_divmod(NULL, &R, &A, &D4);
    if (e > 0) {
        bigint pw, t;
        powmod_small(&pw, 10, (uint32_t)e, &D4);
        if (!bi_mul(&t, &R, &pw))
            return false;
        bi_divmod(NULL, &R, &t, &D4);
    }
    bigint Nf;
    bi_divmod(&k, &Nf, &R, &D);
    r->k = k.n ? (int)k.d[0] : 0;
    r->neg = x->neg;
    if (Nf.n == 0) {
        r->special = SP_ZERO;
        bf_zero(&r->f);
        bf_from_u64(&r->g, 1);
        return true;
    }
    r->special = small_ratio_is(&Nf, &D, 1, 3)   ? SP_THIRD
                 : small_ratio_is(&Nf, &D, 1, 2) ? SP_HALF
                 : small_ratio_is(&Nf, &D, 2, 3) ? SP_TWO_THIRDS
                                                 : SP_NONE;
    bigint G;
    bi_sub(&G, &D, &Nf);
    bf bn, bd;
    bf_from_bigint(&bn, &Nf);
    bf_from_bigint(&bd, &D);
    bf_div(&r->f, &bn, &bd, WP + 2);
    bf_from_bigint(&bn, &G);
    bf_div(&r->g, &bn, &bd, WP + 2);
    return true;
}

static const bf *two_over_pi(void)
{
    static bf v;
    static bool have;
    if (!have) {
        bf one;
        bf_from_u64(&one, 1);
        bf_div(&v, &one, bfc_half_pi(), BF_WIDE);
        have = true;
    }
    return &v;
}

/* Sets r->special from the reduced fraction f (and g = 1 - f) of a quarter turn.
 * An inexact argument whose distance to a multiple of pi/2 is below its own
 * rounding noise (128 digits) counts as that exact multiple. */
static void classify_reduced(reduced *r, bool inexact_arg, int32_t arg_log10)
{
    r->special = r->f.n == 0 ? SP_ZERO : SP_NONE;
    if (inexact_arg && r->special == SP_NONE) {
        int32_t noise = arg_log10 - NUM_CANCEL_DIGITS;
        if (bf_ilog10(&r->f) < noise) {
            r->special = SP_ZERO;
        } else if (bf_ilog10(&r->g) < noise) {
            r->special = SP_ZERO;
            r->k = (r->k + 1) % 4;
        }
    }
    if (r->special == SP_ZERO) {
        bf_zero(&r->f);
        bf_from_u64(&r->g, 1);
    }
}

static void reduce_float(reduced *r, const bf *ax, bool neg, bool inexact_arg, int32_t arg_log10)
{
    bf u, fl, one;
    bf_mul(&u, ax, two_over_pi(), BF_WIDE);
    bf_trunc(&fl, &u);
    int k = 0;
    if (fl.n && fl.e == 0)
        k = (int)(fl.d[0] % 4);
    bf_sub(&r->f, &u, &fl, BF_WIDE);
    bf_from_u64(&one, 1);
    bf_sub(&r->g, &one, &r->f, BF_WIDE);
    r->neg = neg;
    r->k = k;
    classify_reduced(r, inexact_arg, arg_log10);
}

/* Reduction of a huge |x| = M 10^E (M an integer of at most 128 digits,
 * E >= 2) with the digits of 2/pi: digits before position E-1 multiply M
 * by multiples of 100, which vanish mod 4, so only the HUGE_DIGITS digits
 * from there on are needed. False when the table is too short. */
#define HUGE_DIGITS 350

static bool reduce_huge(reduced *r, const bigint *M, int64_t E, bool neg, bool inexact_arg,
                        int32_t arg_log10)
{
    int64_t i0 = E - 1; /* 1-based position of the first digit needed */
    if (i0 < 1 || i0 - 1 + HUGE_DIGITS > mf_two_over_pi_count())
        return false;
    char s[HUGE_DIGITS + 1];
    mf_two_over_pi_digits(s, (int)(i0 - 1), HUGE_DIGITS);
    bigint S, P, I, R, den;
    if (!bi_from_string(&S, s, HUGE_DIGITS) || !bi_mul(&P, M, &S))
        return false;
    /* u = P * 10^(2 - HUGE_DIGITS) = I + R / 10^(HUGE_DIGITS - 2) */
    bi_from_u64(&den, 1);
    bi_mul_pow10(&den, &den, HUGE_DIGITS - 2);
    bi_divmod(&I, &R, &P, &den);
    bf fr, one;
    bf_from_bigint(&fr, &R);
    bf_mul_pow10(&r->f, &fr, -(HUGE_DIGITS - 2), BF_WIDE);
    bf_from_u64(&one, 1);
    bf_sub(&r->g, &one, &r->f, BF_WIDE);
    r->k = (int)bi_divmod_small(NULL, &I, 4);
    r->neg = neg;
    classify_reduced(r, inexact_arg, arg_log10);
    return true;
}

static calc_status reduce(reduced *r, const num *x, angle_unit unit)
{
    if (mf_too_big_for_trig(x))
        return CALC_ERR_INVALID;
    memset(r, 0, sizeof *r);
    if (num_is_zero(x)) {
        r->special = SP_ZERO;
        bf_from_u64(&r->g, 1);
        return CALC_OK;
    }
    if (unit == ANGLE_RAD && num_ilog10(x) >= 90) {
        /* |x| = M 10^E exactly when q = 1; otherwise its 128-digit decimal */
        num d = *x;
        if (!(x->q.n == 1 && x->q.d[0] == 1)) {
            bf t;
            bf_from_num(&t, x, BF_WIDE);
            bf_to_num(&d, &t);
        }
        if (reduce_huge(r, &d.p, d.exp, x->neg, x->inexact, num_ilog10(x)))
            return CALC_OK;
    }
    if (unit == ANGLE_RAD) {
        bf ax;
        bf_from_num(&ax, x, BF_WIDE);
        ax.neg = false;
        reduce_float(r, &ax, x->neg, x->inexact, num_ilog10(x));
        return CALC_OK;
    }
    uint32_t quarter = unit == ANGLE_DEG ? 90 : 100;
    if (!reduce_exact(r, x, quarter)) {
        /* tiny angle: f = |x| / quarter directly */
        bf ax;
        bf_from_num(&ax, x, WP + 1);
        ax.neg = false;
        bf_div_small(&r->f, &ax, quarter, WP + 1);
        bf_from_u64(&r->g, 1);
        r->neg = x->neg;
        r->k = 0;
        r->special = SP_NONE;
    }
    return CALC_OK;
}

/* S = sin(f pi/2), C = cos(f pi/2) */
static void inner(tv *S, tv *C, const reduced *r)
{
    bf s, c, a;
    switch (r->special) {
    case SP_ZERO:
        tv_exact(S, 0, 1);
        tv_exact(C, 1, 1);
        return;
    case SP_THIRD:
    case SP_TWO_THIRDS: {
        bf three;
        bf_from_u64(&three, 3);
        bf_sqrt(&s, &three, WP + 1);
        bf_div_small(&s, &s, 2, WP + 1);
        if (r->special == SP_THIRD) {
            tv_exact(S, 1, 2);
            tv_bf(C, &s);
        } else {
            tv_bf(S, &s);
            tv_exact(C, 1, 2);
        }
        return;
    }
    case SP_HALF: {
        bf two;
        bf_from_u64(&two, 2);
        bf_sqrt(&s, &two, WP + 1);
        bf_div_small(&s, &s, 2, WP + 1);
        tv_bf(S, &s);
        tv_bf(C, &s);
        return;
    }
    default:
        break;
    }
    bf half;
    bf_from_u64(&half, 1);
    bf_div_small(&half, &half, 2, WP);
    if (bf_cmp(&r->f, &half) <= 0) {
        bf_mul(&a, &r->f, bfc_half_pi(), WP + 1);
        bf_sincos_small(&s, &c, &a);
        tv_bf(S, &s);
        tv_bf(C, &c);
    } else {
        bf_mul(&a, &r->g, bfc_half_pi(), WP + 1);
        bf_sincos_small(&s, &c, &a);
        tv_bf(S, &c);
        tv_bf(C, &s);
    }
}

static void sin_cos_of(tv *sn, tv *cs, const reduced *r)
{
    tv S, C;
    inner(&S, &C, r);
    switch (r->k) {
    case 0:
        *sn = S;
        *cs = C;
        break;
    case 1:
        *sn = C;
        *cs = S;
        tv_neg(cs);
        break;
    case 2:
        *sn = S;
        *cs = C;
        tv_neg(sn);
        tv_neg(cs);
        break;
    default:
        *sn = C;
        tv_neg(sn);
        *cs = S;
        break;
    }
    if (r->neg)
        tv_neg(sn);
}

static calc_status tan_of(tv *t, const reduced *r)
{
    tv sn, cs;
    sin_cos_of(&sn, &cs, r);
    if (tv_is_zero(&cs))
        return CALC_ERR_INVALID;
    if (r->special == SP_HALF) {
        int v = (r->k % 2 == 0) ? 1 : -1;
        tv_exact(t, r->neg ? -v : v, 1);
        return CALC_OK;
    }
    if (tv_is_zero(&sn)) {
        tv_exact(t, 0, 1);
        return CALC_OK;
    }
    bf a, b, q;
    tv_to_bf(&a, &sn);
    tv_to_bf(&b, &cs);
    bf_div(&q, &a, &b, WP + 1);
    tv_bf(t, &q);
    return CALC_OK;
}

typedef enum { F_SIN, F_COS, F_TAN, F_SEC, F_CSC, F_COT } trig_fn;

static calc_status trig(num *out, const num *x, angle_unit u, trig_fn fn)
{
    reduced r;
    calc_status s = reduce(&r, x, u);
    if (s != CALC_OK)
        return s;
    tv sn, cs, t, res;
    switch (fn) {
    case F_SIN:
    case F_CSC:
    case F_COS:
    case F_SEC:
        sin_cos_of(&sn, &cs, &r);
        t = (fn == F_SIN || fn == F_CSC) ? sn : cs;
        if (fn == F_SIN || fn == F_COS) {
            res = t;
        } else if ((s = tv_recip(&res, &t)) != CALC_OK) {
            return s;
        }
        break;
    default:
        if ((s = tan_of(&t, &r)) != CALC_OK)
            return s;
        if (fn == F_TAN)
            res = t;
        else if ((s = tv_recip(&res, &t)) != CALC_OK)
            return s;
        break;
    }
    return tv_out(out, &res);
}

calc_status math_sin(num *out, const num *x, angle_unit u) { return trig(out, x, u, F_SIN); }
calc_status math_cos(num *out, const num *x, angle_unit u) { return trig(out, x, u, F_COS); }
calc_status math_tan(num *out, const num *x, angle_unit u) { return trig(out, x, u, F_TAN); }
calc_status math_sec(num *out, const num *x, angle_unit u) { return trig(out, x, u, F_SEC); }
calc_status math_csc(num *out, const num *x, angle_unit u) { return trig(out, x, u, F_CSC); }
calc_status math_cot(num *out, const num *x, angle_unit u) { return trig(out, x, u, F_COT); }

/* ------------------------------------------------------------ inverses */

/* an angle given as an exact fraction of a turn (n/d) in the unit */
static calc_status turn_out(num *out, int n, int d, angle_unit u)
{
    if (u == ANGLE_RAD) {
        bf v;
        bf_mul_small(&v, bfc_pi(), (uint32_t)(n < 0 ? -n : n) * 2, WP + 1);
        bf_div_small(&v, &v, (uint32_t)d, WP);
        v.neg = n < 0 && v.n;
        return mf_finish(out, &v);
    }
    mf_num_ratio(out, (int64_t)n * (u == ANGLE_DEG ? 360 : 400), d);
    return mf_finish_num(out);
}

/* radians -> unit */
static calc_status angle_out(num *out, const bf *rad, angle_unit u)
{
    if (u == ANGLE_RAD)
        return mf_finish(out, rad);
    bf v;
    bf_mul_small(&v, rad, u == ANGLE_DEG ? 180 : 200, WP + 1);
    bf_div(&v, &v, bfc_pi(), WP);
    return mf_finish(out, &v);
}

/* x is 0, +-1/2 or +-1 exactly: returns 2x (0, +-1, +-2) in *twice */
static bool half_steps(const num *x, int *twice)
{
    num two, t;
    num_from_int(&two, 2);
    num_mul(&t, x, &two);
    int64_t v;
    if (!num_is_integer(&t) || !num_to_int64(&t, &v) || v < -2 || v > 2)
        return false;
    *twice = (int)v;
    return true;
}

/* t = sqrt((1 - x)(1 + x)) = cos(asin x), without cancellation near |x| = 1;
 * X = x as a working value. */
static void cosine_of_asin(bf *t, bf *X, const num *x)
{
    bf one_b, a, b;
    bf_from_num(X, x, WP + 1);
    bf_from_u64(&one_b, 1);
    bf_sub(&a, &one_b, X, WP + 2);
    bf_add(&b, &one_b, X, WP + 2);
    bf_mul(t, &a, &b, WP + 1);
    bf_sqrt(t, t, WP + 1);
}

static calc_status asin_core(num *out, const num *x, angle_unit u)
{
    num one;
    num_from_int(&one, 1);
    if (num_cmp_abs(x, &one) > 0)
        return CALC_ERR_INVALID;
    int tw;
    if (half_steps(x, &tw)) {
        static const int turns12[5] = {-3, -1, 0, 1, 3}; /* asin in twelfths of a turn */
        return turn_out(out, turns12[tw + 2], 12, u);
    }
    bf X, t;
    cosine_of_asin(&t, &X, x);
    bf_div(&t, &X, &t, WP + 1);
    bf_atan(&t, &t);
    return angle_out(out, &t, u);
}

static calc_status acos_core(num *out, const num *x, angle_unit u)
{
    num one;
    num_from_int(&one, 1);
    if (num_cmp_abs(x, &one) > 0)
        return CALC_ERR_INVALID;
    int tw;
    if (half_steps(x, &tw)) {
        static const int turns12[5] = {6, 4, 3, 2, 0}; /* acos in twelfths of a turn */
        return turn_out(out, turns12[tw + 2], 12, u);
    }
    bf X, t;
    cosine_of_asin(&t, &X, x);
    bool neg = X.neg;
    X.neg = false;
    bf_div(&t, &t, &X, WP + 1);
    bf_atan(&t, &t);
    if (neg)
        bf_sub(&t, bfc_pi(), &t, WP + 1);
    return angle_out(out, &t, u);
}

static calc_status atan_core(num *out, const num *x, angle_unit u)
{
    num one;
    num_from_int(&one, 1);
    if (num_is_zero(x))
        return turn_out(out, 0, 1, u);
    if (num_cmp_abs(x, &one) == 0)
        return turn_out(out, x->neg ? -1 : 1, 8, u);
    bf X, t;
    bf_from_num(&X, x, WP + 1);
    bf_atan(&t, &X);
    return angle_out(out, &t, u);
}

static calc_status via_recip(num *out, const num *x, angle_unit u,
                             calc_status (*fn)(num *, const num *, angle_unit))
{
    num r;
    calc_status s = mf_recip_arg(&r, x);
    return s != CALC_OK ? s : fn(out, &r, u);
}

/* the 1e100 check applies to the argument as typed, not to its reciprocal */
static calc_status checked(num *out, const num *x, angle_unit u,
                           calc_status (*fn)(num *, const num *, angle_unit))
{
    if (mf_too_big_for_trig(x))
        return CALC_ERR_INVALID;
    return fn(out, x, u);
}

calc_status math_asin(num *out, const num *x, angle_unit u) { return checked(out, x, u, asin_core); }
calc_status math_acos(num *out, const num *x, angle_unit u) { return checked(out, x, u, acos_core); }
calc_status math_atan(num *out, const num *x, angle_unit u) { return checked(out, x, u, atan_core); }
calc_status math_asec(num *out, const num *x, angle_unit u) { return via_recip(out, x, u, acos_core); }
calc_status math_acsc(num *out, const num *x, angle_unit u) { return via_recip(out, x, u, asin_core); }
calc_status math_acot(num *out, const num *x, angle_unit u) { return via_recip(out, x, u, atan_core); }
