/* bench_engine_mpfr: time per operation of every math function of the engine
 * over a worst-case corpus (huge, tiny and near-singular arguments, long
 * mantissas), with GNU MPFR at 425 bits (~128 digits) on the same arguments
 * side by side. Benchmark only: MPFR is never linked into the product.
 *
 * Times are thread CPU time, so a busy machine's preemption does not count;
 * each (function, argument) pair runs REPS times after one warm-up call (the
 * very first calls, which compute pi, ln 2, ln 10 and the Bernoulli numbers
 * once, are reported separately as "cold start"). Prints a table and a final
 * line with the worst single operation against the 5 ms budget. */
#define _POSIX_C_SOURCE 199309L
#include <mpfr.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../tests/engine/mathfn_dispatch.h"

#define REPS 7
#define MAXCALLS 2048
#define BITS 425
#define BUDGET_MS 5.0

static double cpu_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* ------------------------------------------------------------ corpora */

static const char *trig_args[] = {
    "1e99", "9.9999999999999999999999999999999e99", "-1e9999", "-1.2345678901234567890123456789012e9999",
    "-7.7777777777777777777777777777777e5000", "0.78539816339744830961566084581988",
    "1.5707963267948966192313216916397", "89.999999999999999999999999999999", "1e-9999", "-45", "30",
    "1.2345678901234567890123456789012", "-314159.26535897932384626433832795", "1e-50", "359.99999999999",
    "3.1415926535897932384626433832795", "123456789012345678901234567890.12"};
static const char *inv_trig_args[] = {
    "0.99999999999999999999999999999999", "-0.99999999999999999999999999999999", "1e-9999", "0.5",
    "0.70710678118654752440084436210485", "-0.12345678901234567890123456789012", "1", "0.3", "-1e-30"};
static const char *inv_trig_big_args[] = {
    "1.0000000000000000000000000000001", "-1.0000000000000000000000000000001", "1e9999", "-2", "2",
    "1234567.8901234567890123456789012", "-9.9999999999999999999999999999999e9999", "1.4142135623730950488"};
static const char *atan_args[] = {
    "1e9999", "-1e-9999", "0.99999999999999999999999999999999", "1.0000000000000000000000000000001",
    "1.2345678901234567890123456789012", "-123456789.01234567890123456789012", "0.4142135623730950488", "3"};
static const char *hyp_args[] = {
    "23000.5", "-23025.123456789", "1e-9999", "0.5", "1e99", "-1e9999", "150.1", "0.0000001234",
    "-1.2345678901234567890123456789012", "710.5", "23026.5", "-0.99999999999999999999999999999999"};
static const char *asinh_args[] = {
    "1e9999", "-1e-9999", "0.5", "1.2345678901234567890123456789012", "-98765.432109876543210987654321098",
    "1e-30", "0.99999999999999999999999999999999"};
static const char *acosh_args[] = {
    "1e9999", "1.0000000000000000000000000000001", "2.5", "1.2345678901234567890123456789012",
    "98765.432109876543210987654321098", "1.5"};
static const char *atanh_args[] = {
    "0.99999999999999999999999999999999", "-0.99999999999999999999999999999999", "1e-9999", "0.5",
    "0.33333333333333333333333333333333", "-0.12345678901234567890123456789012", "0.9"};
static const char *unit_interval_args[] = {
    "0.99999999999999999999999999999999", "1e-9999", "0.5", "0.12345678901234567890123456789012", "1",
    "0.9999"};
static const char *big_recip_args[] = {
    "1.0000000000000000000000000000001", "-1.0000000000000000000000000000001", "1e9999", "-2", "2.5",
    "1234567.8901234567890123456789012", "-9.9999999999999999999999999999999e9999"};
static const char *exp_args[] = {
    "23025.850929940456840179914546844", "-23025.1", "1.2345678901234567890123456789012", "1e-9999",
    "-0.5", "2", "700.123456789", "-9999.1234567890123456789012345678", "0.69314718055994530941723212145818"};
static const char *pow10_args[] = {
    "9999.9999999999999999999999999999", "-9999.5", "1.2345678901234567890123456789012", "1e-9999",
    "0.30102999566398119521373889472449", "-0.5", "9999", "-9999", "1234.5678"};
static const char *pow2_args[] = {
    "33219.2", "-33219.2", "1.2345678901234567890123456789012", "1e-9999", "0.5", "-1.5", "33000",
    "-33000", "100.01"};
static const char *log_args[] = {
    "1e9999", "1.2345678901234567890123456789012e-9999", "0.99999999999999999999999999999999",
    "1.0000000000000000000000000000001", "2", "7.9e33", "9.9999999999999999999999999999999e9999",
    "0.5", "1.2345678901234567890123456789012"};
static const char *root_args[] = {
    "2", "12345678901234567890123456789012", "1.2345678901234567890123456789012e-9999", "2.25",
    "9.8765432109876543210987654321098e9999", "0.5", "1e-9999", "3", "1.0000000000000000000000000000001"};
static const char *cbrt_args[] = {
    "2", "-12345678901234567890123456789012", "1.2345678901234567890123456789012e-9999", "-27",
    "9.8765432109876543210987654321098e9999", "0.5", "1e-9999", "-3", "1.0000000000000000000000000000001"};
static const char *fact_args[] = {
    "3248", "3247.5", "-999.5", "0.5", "150.25", "-0.0000000000000000000000000000001", "84",
    "1000.123456789", "-2.5", "2500.99999999999999999999999999"};
static const char *dms_args[] = {
    "123456789.12345678901234567890123", "2.999", "-2.999", "1e-9999", "1.2345678901234567890123456789012e20"};
static const char *const pow_args[][2] = {
    {"1.2345678901234567890123456789012", "9.8765432109876543210987654321098"},
    {"2", "1e9"},
    {"2", "123456789"},
    {"0.99999999999999999999999999999999", "1e30"},
    {"1.0000000000000000000000000000001", "1234567890123456789"},
    {"-8", "0.33333333333333333333333333333333"},
    {"8", "0.66666666666666666666666666666666666667"},
    {"1e-9999", "1e-9999"},
    {"9.9999999999999999999999999999999e9999", "0.99999999999999999999999999999999"},
    {"3", "-2000.5"},
    {"12345678901234567890123456789012", "311.5"},
    {"1.0000000001", "1000000000"},
    {"-1.2345678901234567890123456789012", "-301"},
    {"7", "0.5"},
};
static const char *const root2_args[][2] = {
    {"1e9999", "3"},
    {"12345678901234567890123456789012", "0.33333333333333333333333333333333"},
    {"2", "1e-30"},
    {"-27", "3"},
    {"1.5", "7.5"},
    {"-1.2345678901234567890123456789012e-9999", "12345"},
    {"1024", "10"},
};
static const char *const logy_args[][2] = {
    {"1.2345678901234567890123456789012", "9.8765432109876543210987654321098"},
    {"1e9999", "1.0000000000000000000000000000001"},
    {"2", "1e-9999"},
    {"16", "2"},
    {"0.99999999999999999999999999999999", "1.0000000000000000000000000000001"},
};

/* + - * / mod: far-apart exponents, 32-digit fractions, range edges */
static const char *const arith_args[][2] = {
    {"1e-9999", "1e9999"},
    {"9.9999999999999999999999999999999e9999", "1e-9999"},
    {"0.33333333333333333333333333333333", "0.14285714285714285714285714285714"},
    {"12345678901234567890123456789012", "0.00000000000000000000000000000001"},
    {"1.2345678901234567890123456789012e-5000", "9.8765432109876543210987654321098e4000"},
    {"-7", "3"},
    {"1e9999", "7"},
};

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ------------------------------------------------------------ MPFR side */

typedef enum { U_NONE, U_DEG, U_RAD, U_GRAD } bunit;

static unsigned long turn_of(bunit u) { return u == U_DEG ? 360 : 400; }

/* the same function with MPFR; returns false when MPFR has no counterpart */
static bool mpfr_call(const char *fn, mpfr_t r, mpfr_t x, mpfr_t y, bunit u)
{
    mpfr_rnd_t R = MPFR_RNDN;
    bool rad = u == U_RAD;
    if (!strcmp(fn, "sin")) rad ? mpfr_sin(r, x, R) : mpfr_sinu(r, x, turn_of(u), R);
    else if (!strcmp(fn, "cos")) rad ? mpfr_cos(r, x, R) : mpfr_cosu(r, x, turn_of(u), R);
    else if (!strcmp(fn, "tan")) rad ? mpfr_tan(r, x, R) : mpfr_tanu(r, x, turn_of(u), R);
    else if (!strcmp(fn, "sec")) { if (rad) mpfr_sec(r, x, R); else { mpfr_cosu(r, x, turn_of(u), R); mpfr_ui_div(r, 1, r, R); } }
    else if (!strcmp(fn, "csc")) { if (rad) mpfr_csc(r, x, R); else { mpfr_sinu(r, x, turn_of(u), R); mpfr_ui_div(r, 1, r, R); } }
    else if (!strcmp(fn, "cot")) { if (rad) mpfr_cot(r, x, R); else { mpfr_tanu(r, x, turn_of(u), R); mpfr_ui_div(r, 1, r, R); } }
    else if (!strcmp(fn, "asin")) rad ? mpfr_asin(r, x, R) : mpfr_asinu(r, x, turn_of(u), R);
    else if (!strcmp(fn, "acos")) rad ? mpfr_acos(r, x, R) : mpfr_acosu(r, x, turn_of(u), R);
    else if (!strcmp(fn, "atan")) rad ? mpfr_atan(r, x, R) : mpfr_atanu(r, x, turn_of(u), R);
    else if (!strcmp(fn, "asec")) { mpfr_ui_div(r, 1, x, R); rad ? mpfr_acos(r, r, R) : mpfr_acosu(r, r, turn_of(u), R); }
    else if (!strcmp(fn, "acsc")) { mpfr_ui_div(r, 1, x, R); rad ? mpfr_asin(r, r, R) : mpfr_asinu(r, r, turn_of(u), R); }
    else if (!strcmp(fn, "acot")) { mpfr_ui_div(r, 1, x, R); rad ? mpfr_atan(r, r, R) : mpfr_atanu(r, r, turn_of(u), R); }
    else if (!strcmp(fn, "sinh")) mpfr_sinh(r, x, R);
    else if (!strcmp(fn, "cosh")) mpfr_cosh(r, x, R);
    else if (!strcmp(fn, "tanh")) mpfr_tanh(r, x, R);
    else if (!strcmp(fn, "sech")) mpfr_sech(r, x, R);
    else if (!strcmp(fn, "csch")) mpfr_csch(r, x, R);
    else if (!strcmp(fn, "coth")) mpfr_coth(r, x, R);
    else if (!strcmp(fn, "asinh")) mpfr_asinh(r, x, R);
    else if (!strcmp(fn, "acosh")) mpfr_acosh(r, x, R);
    else if (!strcmp(fn, "atanh")) mpfr_atanh(r, x, R);
    else if (!strcmp(fn, "asech")) { mpfr_ui_div(r, 1, x, R); mpfr_acosh(r, r, R); }
    else if (!strcmp(fn, "acsch")) { mpfr_ui_div(r, 1, x, R); mpfr_asinh(r, r, R); }
    else if (!strcmp(fn, "acoth")) { mpfr_ui_div(r, 1, x, R); mpfr_atanh(r, r, R); }
    else if (!strcmp(fn, "exp")) mpfr_exp(r, x, R);
    else if (!strcmp(fn, "pow10")) mpfr_exp10(r, x, R);
    else if (!strcmp(fn, "pow2")) mpfr_exp2(r, x, R);
    else if (!strcmp(fn, "ln")) mpfr_log(r, x, R);
    else if (!strcmp(fn, "log10")) mpfr_log10(r, x, R);
    else if (!strcmp(fn, "sqrt")) mpfr_sqrt(r, x, R);
    else if (!strcmp(fn, "cbrt")) mpfr_cbrt(r, x, R);
    else if (!strcmp(fn, "add")) mpfr_add(r, x, y, R);
    else if (!strcmp(fn, "sub")) mpfr_sub(r, x, y, R);
    else if (!strcmp(fn, "mul")) mpfr_mul(r, x, y, R);
    else if (!strcmp(fn, "div")) mpfr_div(r, x, y, R);
    else if (!strcmp(fn, "mod")) { mpfr_fmod(r, x, y, R); if (mpfr_sgn(r) && mpfr_sgn(r) != mpfr_sgn(y)) mpfr_add(r, r, y, R); }
    else if (!strcmp(fn, "pow")) mpfr_pow(r, x, y, R);
    else if (!strcmp(fn, "root")) { mpfr_ui_div(r, 1, y, R); mpfr_pow(r, x, r, R); }
    else if (!strcmp(fn, "logy")) { mpfr_t t; mpfr_init2(t, BITS); mpfr_log(r, x, R); mpfr_log(t, y, R); mpfr_div(r, r, t, R); mpfr_clear(t); }
    else if (!strcmp(fn, "fact")) {
        if (mpfr_integer_p(x) && mpfr_sgn(x) >= 0 && mpfr_cmp_ui(x, 100000) < 0)
            mpfr_fac_ui(r, mpfr_get_ui(x, R), R);
        else { mpfr_add_ui(r, x, 1, R); mpfr_gamma(r, r, R); }
    }
    else return false;
    return true;
}

/* ------------------------------------------------------------ timing */

typedef struct stats {
    double median, worst;
    const char *worst_arg;
    bool have;
} stats;

static double samples[MAXCALLS];

static void finish_stats(stats *s, int n)
{
    qsort(samples, (size_t)n, sizeof(double), cmp_double);
    s->median = n ? samples[n / 2] : 0;
    s->have = n > 0;
}

static double overall_worst;
static const char *overall_fn, *overall_arg, *overall_unit;

static void bench(const char *fn, const char *unit, const char *const *a, const char *const *b, int n)
{
    char out[256];
    stats ours = {0, 0, "", false}, ref = {0, 0, "", false};
    /* ours */
    int k = 0;
    for (int i = 0; i < n; i++) {
        md_eval(fn, a[i], b ? b[i] : NULL, unit, 32, out, sizeof out); /* warm-up */
        for (int r = 0; r < REPS && k < MAXCALLS; r++) {
            double t0 = cpu_ms();
            md_eval(fn, a[i], b ? b[i] : NULL, unit, 32, out, sizeof out);
            double dt = cpu_ms() - t0;
            samples[k++] = dt;
            if (dt > ours.worst) {
                ours.worst = dt;
                ours.worst_arg = a[i];
            }
        }
    }
    finish_stats(&ours, k);
    if (ours.worst > overall_worst) {
        overall_worst = ours.worst;
        overall_fn = fn;
        overall_arg = ours.worst_arg;
        overall_unit = unit;
    }
    /* MPFR */
    bunit u = !unit ? U_NONE : !strcmp(unit, "deg") ? U_DEG : !strcmp(unit, "rad") ? U_RAD : U_GRAD;
    mpfr_t x, y, r;
    mpfr_inits2(BITS, x, y, r, (mpfr_ptr)0);
    k = 0;
    bool supported = true;
    for (int i = 0; i < n && supported; i++) {
        mpfr_set_str(x, a[i], 10, MPFR_RNDN);
        mpfr_set_str(y, b ? b[i] : "0", 10, MPFR_RNDN);
        supported = mpfr_call(fn, r, x, y, u);
        for (int rep = 0; rep < REPS && supported && k < MAXCALLS; rep++) {
            double t0 = cpu_ms();
            mpfr_call(fn, r, x, y, u);
            double dt = cpu_ms() - t0;
            samples[k++] = dt;
            if (dt > ref.worst) {
                ref.worst = dt;
                ref.worst_arg = a[i];
            }
        }
    }
    mpfr_clears(x, y, r, (mpfr_ptr)0);
    if (supported)
        finish_stats(&ref, k);
    char name[32];
    snprintf(name, sizeof name, "%s%s%s", fn, unit ? " " : "", unit ? unit : "");
    char worst_arg[40];
    snprintf(worst_arg, sizeof worst_arg, "%.36s", ours.worst_arg);
    if (ref.have)
        printf("%-11s %4d %9.3f %9.3f %s  %-36s %9.3f %9.3f\n", name, n, ours.median, ours.worst,
               ours.worst > BUDGET_MS ? "!" : " ", worst_arg, ref.median, ref.worst);
    else
        printf("%-11s %4d %9.3f %9.3f %s  %-36s %9s %9s\n", name, n, ours.median, ours.worst,
               ours.worst > BUDGET_MS ? "!" : " ", worst_arg, "-", "-");
}

static void bench1(const char *fn, const char *unit, const char *const *a, int n) { bench(fn, unit, a, NULL, n); }

static void bench2(const char *fn, const char *const (*ab)[2], int n)
{
    const char *a[64], *b[64];
    for (int i = 0; i < n && i < 64; i++) {
        a[i] = ab[i][0];
        b[i] = ab[i][1];
    }
    bench(fn, NULL, a, b, n);
}

int main(void)
{
    char out[256];
    /* cold start: the first calls compute and cache the constants */
    double t0 = cpu_ms();
    md_eval("pi", NULL, NULL, NULL, 32, out, sizeof out);
    double t_pi = cpu_ms() - t0;
    t0 = cpu_ms();
    md_eval("ln", "3", NULL, NULL, 32, out, sizeof out);
    double t_ln = cpu_ms() - t0;
    t0 = cpu_ms();
    md_eval("fact", "0.5", NULL, NULL, 32, out, sizeof out);
    double t_fact = cpu_ms() - t0;
    t0 = cpu_ms();
    md_eval("sin", "-1e9999", NULL, "rad", 32, out, sizeof out);
    double t_sin = cpu_ms() - t0;

    printf("Engine operations and math functions, thread CPU time per operation in ms (median / worst over a worst-case\n"
           "corpus, %d runs per argument); GNU MPFR %s at %d bits on the same arguments. '!' = over %.0f ms.\n",
           REPS, mpfr_get_version(), BITS, BUDGET_MS);
    printf("cold start (first call, computes cached constants): pi %.3f, ln %.3f, Gamma %.3f, sin(-1e9999 rad) %.3f\n\n",
           t_pi, t_ln, t_fact, t_sin);
    printf("%-11s %4s %9s %9s    %-36s %9s %9s\n", "function", "args", "median", "worst", "slowest argument",
           "mpfr med", "mpfr wst");
    static const char *units[] = {"deg", "rad", "grad"};
    static const char *trig[] = {"sin", "cos", "tan", "sec", "csc", "cot"};
    for (int f = 0; f < 6; f++)
        for (int u = 0; u < 3; u++)
            bench1(trig[f], units[u], trig_args, COUNT(trig_args));
    for (int u = 0; u < 3; u++) {
        bench1("asin", units[u], inv_trig_args, COUNT(inv_trig_args));
        bench1("acos", units[u], inv_trig_args, COUNT(inv_trig_args));
        bench1("atan", units[u], atan_args, COUNT(atan_args));
        bench1("asec", units[u], inv_trig_big_args, COUNT(inv_trig_big_args));
        bench1("acsc", units[u], inv_trig_big_args, COUNT(inv_trig_big_args));
        bench1("acot", units[u], atan_args, COUNT(atan_args));
    }
    static const char *hyp[] = {"sinh", "cosh", "tanh", "sech", "csch", "coth"};
    for (int f = 0; f < 6; f++)
        bench1(hyp[f], NULL, hyp_args, COUNT(hyp_args));
    bench1("asinh", NULL, asinh_args, COUNT(asinh_args));
    bench1("acosh", NULL, acosh_args, COUNT(acosh_args));
    bench1("atanh", NULL, atanh_args, COUNT(atanh_args));
    bench1("asech", NULL, unit_interval_args, COUNT(unit_interval_args));
    bench1("acsch", NULL, big_recip_args, COUNT(big_recip_args));
    bench1("acoth", NULL, big_recip_args, COUNT(big_recip_args));
    bench1("exp", NULL, exp_args, COUNT(exp_args));
    bench1("pow10", NULL, pow10_args, COUNT(pow10_args));
    bench1("pow2", NULL, pow2_args, COUNT(pow2_args));
    bench1("ln", NULL, log_args, COUNT(log_args));
    bench1("log10", NULL, log_args, COUNT(log_args));
    bench1("sqrt", NULL, root_args, COUNT(root_args));
    bench1("cbrt", NULL, cbrt_args, COUNT(cbrt_args));
    bench1("fact", NULL, fact_args, COUNT(fact_args));
    bench1("dms", NULL, dms_args, COUNT(dms_args));
    bench1("degrees", NULL, dms_args, COUNT(dms_args));
    bench2("pow", pow_args, COUNT(pow_args));
    bench2("root", root2_args, COUNT(root2_args));
    bench2("logy", logy_args, COUNT(logy_args));
    static const char *arith[] = {"add", "sub", "mul", "div", "mod"};
    for (int f = 0; f < 5; f++)
        bench2(arith[f], arith_args, COUNT(arith_args));
    printf("\nworst single operation: %.3f ms (%s %s%s%s), budget %.0f ms: %s\n", overall_worst, overall_fn,
           overall_arg, overall_unit ? " " : "", overall_unit ? overall_unit : "", BUDGET_MS,
           overall_worst <= BUDGET_MS ? "within" : "EXCEEDED");
    return overall_worst <= BUDGET_MS ? 0 : 1;
}
