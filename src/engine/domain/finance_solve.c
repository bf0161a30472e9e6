/* finance_solve: the safeguarded root finder behind every rate (TVM rate,
 * IRR, APR).
 *
 * 1. Bracketing. From i = 0 outwards, both sides in turn: i = u and
 *    i = -u / (1+u) (so that ln(1+i) = +-ln(1+u)), u = 4^k / (16 n), k = 0, 1,
 *    ... (steps of 16 beyond u = 1) while u <= 10^6 (10^8 % a period) and,
 *    below 0 %, n log10(1+u) stays below REACH (beyond it (1+i)^n leaves any
 *    useful range). The first sign change between neighbouring
 *    points (0 included) is the bracket, so of several roots the one nearest
 *    0 % (in |ln(1+i)|) wins: 0 % is the guess (when both sides change sign in
 *    the same step, both are refined and the nearer is taken; two roots
 *    between neighbouring points cancel and go unseen). No sign change: no
 *    solution.
 * 2. Refinement. A first regula falsi step, then Newton steps (when f has
 *    a derivative; secant steps from the last two points otherwise) while
 *    they land strictly inside the bracket, a bisection otherwise. The bracket only
 *    shrinks, so the search always terminates (MAX_REFINE evaluations at most).
 *    A secant step that is not below half the step before last counts as no
 *    progress and is replaced by a bisection (Brent's test), so near the root
 *    Newton (order 2) or the secant (order 1.6) converge undisturbed. It stops
 *    after such a step below 10^-TOL_DIGITS of the root: the error left is
 *    about that step squared (Newton) or times the previous one (secant), far
 *    below the 16 digits shown. */
#include "finance_internal.h"

#define MAX_GRID 48
#define MAX_REFINE 160
#define TOL_DIGITS 22
#define REACH 9000
#define U_MAX_LOG10 6

/* |d| <= 10^-TOL_DIGITS |ref| */
static bool negligible(const num *d, const num *ref)
{
    if (num_is_zero(d))
        return true;
    if (num_is_zero(ref))
        return false;
    return num_ilog10(d) < num_ilog10(ref) - TOL_DIGITS;
}

/* u <= 10^U_MAX_LOG10 and, below 0 % (side 1) where (1+u)^n grows, also
 * n log10(1+u) <= REACH, judged on bounds (log10(1+u) <= u / 2.3 for u < 1,
 * <= ilog10(u) + 1 otherwise). Above 0 % (1+i)^-n only vanishes, harmlessly. */
static bool in_reach(const num *u, const num *scale, int side)
{
    num t, bound;
    if (num_ilog10(u) > U_MAX_LOG10)
        return false;
    if (side == 0)
        return true;
    num_from_int(&t, 1);
    if (num_cmp(u, &t) < 0) {   /* n u / 2.3 */
        num ten, k23;
        num_from_int(&ten, 10);
        num_from_int(&k23, 23);
        if (num_mul(&t, u, scale) != CALC_OK || num_mul(&t, &t, &ten) != CALC_OK ||
            num_div(&t, &t, &k23) != CALC_OK)
            return false;
    } else {                    /* n (ilog10(u) + 1) */
        num_from_int(&t, (int64_t)num_ilog10(u) + 1);
        if (num_mul(&t, &t, scale) != CALC_OK)
            return false;
    }
    num_from_int(&bound, REACH);
    return num_cmp(&t, &bound) <= 0;
}

static bool strictly_inside(const num *c, const num *a, const num *b)
{
    const num *lo = num_cmp(a, b) < 0 ? a : b, *hi = lo == a ? b : a;
    return num_cmp(c, lo) > 0 && num_cmp(c, hi) < 0;
}

/* x1 - f1 (x1 - x0) / (f1 - f0); false when it cannot be computed */
static bool secant(num *c, const num *x0, const num *f0, const num *x1, const num *f1)
{
    num dx, df;
    if (num_sub(&df, f1, f0) != CALC_OK || num_is_zero(&df) || num_sub(&dx, x1, x0) != CALC_OK ||
        num_mul(&dx, &dx, f1) != CALC_OK || num_div(&dx, &dx, &df) != CALC_OK)
        return false;
    return num_sub(c, x1, &dx) == CALC_OK;
}

/* x - f / df */
static bool newton_step(num *c, const num *x, const num *fx, const num *dfx)
{
    num d;
    if (num_is_zero(dfx) || num_div(&d, fx, dfx) != CALC_OK)
        return false;
    return num_sub(c, x, &d) == CALC_OK;
}

static fin_status refine(fin_fn f, void *ctx, bool newton, num a, num fa, num b, num fb, num *root)
{
    num x0 = a, f0 = fa, x1 = b, f1 = fb, c, fc, two, step, d1, d2, df1;
    num_from_int(&two, 2);
    num_sub(&d1, &b, &a);   /* the last two steps, for the progress test */
    d2 = d1;
    for (int it = 0; it < MAX_REFINE; it++) {
        /* the first step is regula falsi (Newton from an end of a wide
         * bracket is poor); then Newton or the secant */
        bool ok = it == 0 ? secant(&c, &a, &fa, &b, &fb)
                  : newton ? newton_step(&c, &x1, &f1, &df1) : secant(&c, &x0, &f0, &x1, &f1);
        ok = ok && strictly_inside(&c, &a, &b);
        if (ok && it > 0) {   /* a step not below half the one before last is no progress */
            num h;
            num_sub(&step, &c, &x1);
            num_div(&h, &d2, &two);
            ok = num_cmp_abs(&step, &h) < 0;
        }
        if (!ok) {
            num_add(&c, &a, &b);
            num_div(&c, &c, &two);
        }
        if (f(ctx, &c, &fc, newton ? &df1 : NULL) != CALC_OK)
            return FIN_NO_SOLUTION;
        if (num_is_zero(&fc)) {
            *root = c;
            return FIN_OK;
        }
        num_sub(&step, &c, &x1);
        d2 = d1;
        d1 = step;
        if (num_sign(&fc) == num_sign(&fa)) {
            a = c;
            fa = fc;
        } else {
            b = c;
            fb = fc;
        }
        x0 = x1;
        f0 = f1;
        x1 = c;
        f1 = fc;
        num w;
        num_sub(&w, &b, &a);
        const num *big = num_cmp_abs(&a, &b) > 0 ? &a : &b;
        /* only a Newton or secant step measures the error left */
        if ((ok && it > 0 && negligible(&step, &c)) || negligible(&w, big))
            break;
    }
    *root = c;
    return FIN_OK;
}

int fin_side_hint(const int *signs, int count, int f0_sign)
{
    int changes = 0, last = 0;
    for (int k = 0; k < count; k++) {
        if (signs[k] != 0 && last != 0 && signs[k] != last)
            changes++;
        if (signs[k] != 0)
            last = signs[k];
    }
    int first = 0;   /* as i grows f takes the sign of its first nonzero flow */
    for (int k = 0; k < count && first == 0; k++)
        first = signs[k];
    if (changes != 1 || f0_sign == 0)
        return 0;
    return f0_sign != first ? 1 : -1;
}

fin_status fin_find_rate(fin_fn f, void *ctx, bool newton, const num *scale, int side_hint, num *root)
{
    num zero, f0, u, sixteen;
    num_zero(&zero);
    calc_status s = f(ctx, &zero, &f0, NULL);
    if (s != CALC_OK)
        return fin_from_calc(s);
    if (num_is_zero(&f0)) {
        num_zero(root);
        return FIN_OK;
    }
    num prev_i[2] = { zero, zero }, prev_f[2] = { f0, f0 };
    bool alive[2] = { side_hint >= 0, side_hint <= 0 };
    num_from_int(&sixteen, 16);
    num_from_int(&u, 1);
    if (num_mul(&sixteen, &sixteen, scale) != CALC_OK || num_div(&u, &u, &sixteen) != CALC_OK)
        return FIN_NO_SOLUTION;
    num four, one;
    num_from_int(&four, 4);
    num_from_int(&one, 1);
    for (int k = 0; k < MAX_GRID && (alive[0] || alive[1]); k++) {
        bool found[2] = { false, false };
        num r[2];
        for (int side = 0; side < 2; side++) {
            if (alive[side] && !in_reach(&u, scale, side))
                alive[side] = false;
            if (!alive[side])
                continue;
            num i, fi;
            if (side == 0) {
                i = u;
            } else {   /* 1 + i = 1 / (1 + u) */
                num d;
                num_add(&d, &one, &u);
                num_div(&i, &u, &d);
                num_neg(&i, &i);
            }
            if (f(ctx, &i, &fi, NULL) != CALC_OK) {
                alive[side] = false;
                continue;
            }
            if (num_is_zero(&fi)) {
                found[side] = true;
                r[side] = i;
            } else if (num_sign(&fi) != num_sign(&prev_f[side])) {
                found[side] = refine(f, ctx, newton, prev_i[side], prev_f[side], i, fi, &r[side]) == FIN_OK;
            }
            prev_i[side] = i;
            prev_f[side] = fi;
        }
        if (found[0] && found[1]) {
            /* a root on each side in the same step: the nearer in ln(1+i),
             * compared as u: r above 0, -r / (1+r) below */
            num d, ub;
            num_add(&d, &one, &r[1]);
            num_div(&ub, &r[1], &d);
            *root = num_cmp_abs(&r[0], &ub) <= 0 ? r[0] : r[1];
            return FIN_OK;
        }
        if (found[0] || found[1]) {
            *root = found[0] ? r[0] : r[1];
            return FIN_OK;
        }
        /* beyond 100 % a period the steps grow to 16: nothing lives there
         * but the search has to reach its end when there is no root */
        if (num_cmp(&u, &one) >= 0)
            num_mul(&u, &u, &four);
        num_mul(&u, &u, &four);
    }
    return FIN_NO_SOLUTION;
}
