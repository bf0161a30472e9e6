/* stats_compute: the statistics of the data list (calc_stats.h) from its
 * running sums and sorted order; exact rationals but for the two square roots. */
#include "mathfn.h"
#include "stats_internal.h"

/* Fewest values each statistic needs. */
static const int min_count[STATS_KIND_COUNT] = {
    [STATS_COUNT] = 0, [STATS_SUM] = 0, [STATS_SUMSQ] = 0, [STATS_MEAN] = 1,
    [STATS_MEANSQ] = 1, [STATS_SDEV] = 2, [STATS_PSDEV] = 1, [STATS_VAR] = 2,
    [STATS_PVAR] = 1, [STATS_MEDIAN] = 1, [STATS_MIN] = 1, [STATS_MAX] = 1,
};

/* n * sum(d^2) - (sum d)^2 = n^2 * population variance, exact and >= 0. */
static void scaled_variance(const calc_stats *s, num *out)
{
    num n, a, b;
    num_from_int(&n, s->list.count);
    num_mul(&a, &n, &s->dsumsq);
    num_mul(&b, &s->dsum, &s->dsum);
    num_sub(out, &a, &b);
    if (num_sign(out) < 0)
        num_zero(out);   /* only if the sums were rounded (values beyond 128 digits) */
}

/* variance = scaled / (n * (n - 1)) for the sample, / n^2 for the population */
static calc_status variance(const calc_stats *s, bool sample, num *out)
{
    num scaled, d;
    int64_t n = s->list.count;
    scaled_variance(s, &scaled);
    num_from_int(&d, n * (sample ? n - 1 : n));
    return num_div(out, &scaled, &d);
}

static const num *sorted(const calc_stats *s, int k)
{
    return &s->list.values[s->list.order[k]];
}

calc_status stats_compute_num(const calc_stats *s, stats_kind kind, num *out)
{
    if ((unsigned)kind >= STATS_KIND_COUNT || s->list.count < min_count[kind])
        return CALC_ERR_INVALID;
    int count = s->list.count;
    num n;
    num_from_int(&n, count);
    calc_status st = CALC_OK;
    switch (kind) {
    case STATS_COUNT:
        *out = n;
        break;
    case STATS_SUM:
        *out = s->sum;
        break;
    case STATS_SUMSQ:
        *out = s->sumsq;
        break;
    case STATS_MEAN:
        st = num_div(out, &s->sum, &n);
        break;
    case STATS_MEANSQ:
        st = num_div(out, &s->sumsq, &n);
        break;
    case STATS_VAR:
    case STATS_PVAR:
        st = variance(s, kind == STATS_VAR, out);
        break;
    case STATS_SDEV:
    case STATS_PSDEV:
        st = variance(s, kind == STATS_SDEV, out);
        if (st == CALC_OK)
            st = math_sqrt(out, out);
        break;
    case STATS_MEDIAN:
        if (count % 2 == 1) {
            *out = *sorted(s, count / 2);
        } else {
            num two;
            num_from_int(&two, 2);
            st = num_add(out, sorted(s, count / 2 - 1), sorted(s, count / 2));
            if (st == CALC_OK)
                st = num_div(out, out, &two);
        }
        break;
    case STATS_MIN:
        *out = *sorted(s, 0);
        break;
    case STATS_MAX:
        *out = *sorted(s, count - 1);
        break;
    default:
        return CALC_ERR_INVALID;
    }
    return st == CALC_OK ? num_check_range(out) : st;
}

stats_status stats_compute(const calc_stats *s, stats_kind kind, int precision, char *out,
                           size_t cap)
{
    if (cap > 0)
        out[0] = '\0';
    if (precision < 1 || precision > NUM_PRECISION)
        return STATS_BAD_VALUE;
    num r;
    calc_status st = stats_compute_num(s, kind, &r);
    if (st == CALC_OK)
        st = num_check_range_prec(&r, precision);
    if (st == CALC_ERR_INVALID)
        return STATS_INVALID;
    if (st != CALC_OK)
        return STATS_OVERFLOW;
    if (num_format(&r, precision, false, out, cap) < 0) {
        if (cap > 0)
            out[0] = '\0';
        return STATS_NO_ROOM;
    }
    return STATS_OK;
}
