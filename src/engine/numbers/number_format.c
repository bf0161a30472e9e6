/* number_format: display text of a number (WINDOWS-CALCULATOR.md 2.2).
 *
 *   - round half away from zero to `precision` significant digits;
 *   - fixed form while the integer part has at most `precision` digits;
 *   - |x| < 1: fixed when its significant digits fit in `precision` places
 *     after the point, counted as Windows counts them (conv.cpp: the top
 *     precision + 2 digits, trailing zeros removed, at most `precision`), so
 *     2.0000000000000000001e-6 is 0.000002 at 16 digits; otherwise rounded
 *     to `precision` places, but only if at most 2 zeros follow the point
 *     and those places keep a significant digit (precisions below 3 only:
 *     0.05 at 1 digit is 5.e-2, never 0.1), else exponential;
 *   - exponential "d.ddde+N": the mantissa always has a point, the exponent a sign. */
#include "number_internal.h"

#include <string.h>

#define MAX_ZEROS_AFTER_POINT 2
#define FMT_MAX_PRECISION NUM_PRECISION

typedef struct text {
    char s[FMT_MAX_PRECISION + 96];
    int n;
} text;

static void put(text *t, char c)
{
    if (t->n < (int)sizeof t->s - 1)
        t->s[t->n++] = c;
}

static void put_str(text *t, const char *s, int len)
{
    for (int i = 0; i < len; i++)
        put(t, s[i]);
}

static void put_int(text *t, int64_t v)
{
    char d[24];
    int k = 0;
    uint64_t u = v < 0 ? (uint64_t)(-(v + 1)) + 1u : (uint64_t)v;
    do {
        d[k++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    while (k > 0)
        put(t, d[--k]);
}

/* digits of m without trailing zeros; returns the count */
static int sig_digits(const bigint *m, char *buf, int cap)
{
    int len = bi_to_string(m, buf, cap);
    if (len < 0)
        return 0;
    while (len > 1 && buf[len - 1] == '0')
        len--;
    buf[len] = '\0';
    return len;
}

static void put_exponential(text *t, const char *digits, int n, int64_t lead)
{
    put(t, digits[0]);
    put(t, '.');
    put_str(t, digits + 1, n - 1);
    put(t, 'e');
    put(t, lead < 0 ? '-' : '+');
    put_int(t, lead < 0 ? -lead : lead);
}

/* "0." then `zeros` zeros then the digits */
static void put_small_fixed(text *t, const char *digits, int n, int zeros)
{
    put(t, '0');
    put(t, '.');
    for (int i = 0; i < zeros; i++)
        put(t, '0');
    put_str(t, digits, n);
}

/* How many significant digits decide the form (Windows' NumberToString:
 * stripzeroesnum on the top precision + 2 digits, truncated): those digits
 * without their trailing zeros, at most `precision`. a != 0. */
static int kept_digits(const num *a, int precision)
{
    int want = precision + 2;
    int shift = want - 1 - numi_ilog10_ratio(&a->p, &a->q);
    bigint n, d, top, rem;
    if (shift >= 0) {
        if (!bi_mul_pow10(&n, &a->p, shift))
            return precision;
        d = a->q;
    } else {
        n = a->p;
        if (!bi_mul_pow10(&d, &a->q, -shift))
            return precision;
    }
    bi_divmod(&top, &rem, &n, &d);
    int len = bi_digits(&top) - bi_trailing_zeros(&top);
    return len < precision ? len : precision;
}

int num_format(const num *a, int precision, bool force_exp, char *buf, size_t cap)
{
    text t;
    char digits[BI_MAX_LIMBS * BI_BASE_DIGITS + 2];
    t.n = 0;
    if (precision < 1)
        precision = 1;
    if (precision > FMT_MAX_PRECISION)
        precision = FMT_MAX_PRECISION;

    if (num_is_zero(a)) {
        put_str(&t, force_exp ? "0.e+0" : "0", force_exp ? 5 : 1);
    } else {
        if (a->neg)
            put(&t, '-');
        int32_t exact_lead = num_ilog10(a);
        bool fits = exact_lead < 0 && (int64_t)-exact_lead - 1 + kept_digits(a, precision) <= precision;
        bigint m;
        int32_t lead;
        numi_round_digits(a, precision, &m, &lead, NULL);
        int n = sig_digits(&m, digits, (int)sizeof digits);

        if (force_exp || lead >= precision) {
            put_exponential(&t, digits, n, lead);
        } else if (fits && lead < 0) {
            put_small_fixed(&t, digits, n, -lead - 1);
        } else if (lead >= 0) {
            for (int i = 0; i <= lead; i++)
                put(&t, i < n ? digits[i] : '0');
            if (n > lead + 1) {
                put(&t, '.');
                put_str(&t, digits + lead + 1, n - lead - 1);
            }
        } else if (-lead - 1 > MAX_ZEROS_AFTER_POINT || -lead - 1 >= precision) {
            put_exponential(&t, digits, n, lead);
        } else {
            /* few leading zeros: round to `precision` places after the point */
            bigint f;
            numi_round_ratio(&f, &a->p, &a->q, a->exp + precision, NULL);
            if (bi_is_zero(&f)) {
                put_exponential(&t, digits, n, lead);
            } else {
                int len = sig_digits(&f, digits, (int)sizeof digits);
                int fdig = bi_digits(&f); /* f < 10^precision: its position fixes the zeros */
                put_small_fixed(&t, digits, len, precision - fdig);
            }
        }
    }

    t.s[t.n] = '\0';
    if (cap < (size_t)t.n + 1) {
        if (cap > 0)
            buf[0] = '\0';
        return -1;
    }
    memcpy(buf, t.s, (size_t)t.n + 1);
    return t.n;
}
