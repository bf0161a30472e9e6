/* finance_cashflow: NPV and IRR of CF0, CF1, ... with repeat counts.
 *
 * NPV(i) = sum CFk v^k with v = 1 / (1+i). A run of m equal flows c from
 * period t contributes c v^t (1 + v + ... + v^(m-1)); fin_pow_sum gives v^m
 * and the sum by binary powering with additions of positive terms only, so a
 * run costs O(log m) and tiny rates lose nothing. */
#include "finance_internal.h"

#include <stdlib.h>
#include <string.h>

#define MAX_COUNT 1000000000ULL   /* one repeat count, and the whole stream */
#define MAX_ITEM 200              /* characters of one value */

void fin_flows_free(fin_flows *f)
{
    free(f->items);
    f->items = NULL;
    f->n = 0;
}

static bool parse_count(const char *s, size_t len, uint64_t *out)
{
    uint64_t v = 0;
    if (len == 0)
        return false;
    for (size_t k = 0; k < len; k++) {
        if (s[k] < '0' || s[k] > '9')
            return false;
        v = v * 10 + (uint64_t)(s[k] - '0');
        if (v > MAX_COUNT)
            return false;
    }
    *out = v;
    return v >= 1;
}

fin_status fin_flows_parse(fin_flows *f, const char *text)
{
    memset(f, 0, sizeof *f);
    if (text == NULL || *text == '\0')
        return FIN_BAD_INPUT;
    int cap = 1;
    for (const char *c = text; *c; c++)
        cap += *c == ',';
    f->items = malloc((size_t)cap * sizeof *f->items);
    if (f->items == NULL)
        return FIN_BAD_INPUT;
    uint64_t total = 0;
    const char *c = text;
    for (;;) {
        const char *end = strchr(c, ',');
        size_t len = end ? (size_t)(end - c) : strlen(c);
        const char *x = memchr(c, 'x', len);
        size_t vlen = x ? (size_t)(x - c) : len;
        char item[MAX_ITEM + 1];
        fin_flow *fl = &f->items[f->n];
        fl->count = 1;
        if (vlen == 0 || vlen > MAX_ITEM ||
            (x != NULL && !parse_count(x + 1, len - vlen - 1, &fl->count)))
            goto bad;
        memcpy(item, c, vlen);
        item[vlen] = '\0';
        if (fin_parse(&fl->value, item, NULL) != FIN_OK)
            goto bad;
        total += fl->count;
        if (total > MAX_COUNT)
            goto bad;
        f->n++;
        if (end == NULL)
            break;
        c = end + 1;
    }
    f->periods = total - 1;
    return FIN_OK;
bad:
    fin_flows_free(f);
    return FIN_BAD_INPUT;
}

calc_status fin_npv_num(const fin_flows *f, const num *i, num *out)
{
    num one, v, acc, t, pw, run;
    uint64_t have = 0;   /* the count whose v^m and sum are in pw, run */
    calc_status s;
    num_from_int(&one, 1);
    if ((s = num_add(&v, &one, i)) != CALC_OK)
        return s;
    if (num_sign(&v) <= 0)
        return CALC_ERR_INVALID;
    if ((s = num_div(&v, &one, &v)) != CALC_OK)
        return s;
    /* Horner from the last run: acc <- c (1 + ... + v^(m-1)) + v^m acc;
     * consecutive runs of the same length (monthly flows by year) share
     * their powers */
    num_zero(&acc);
    for (int k = f->n - 1; k >= 0; k--) {
        const fin_flow *fl = &f->items[k];
        if (fl->count != have) {
            if ((s = fin_pow_sum(&pw, &run, &v, fl->count)) != CALC_OK)
                return s;
            have = fl->count;
        }
        if ((s = num_mul(&acc, &acc, &pw)) != CALC_OK || (s = num_mul(&t, &fl->value, &run)) != CALC_OK ||
            (s = num_add(&acc, &acc, &t)) != CALC_OK)
            return s;
    }
    *out = acc;
    return CALC_OK;
}

static calc_status npv_fn(void *ctx, const num *i, num *out, num *dout)
{
    (void)dout;   /* passed with newton = false: never asked */
    return fin_npv_num(ctx, i, out);
}

fin_status fin_irr_num(const fin_flows *f, num *i)
{
    int last = 0;
    bool change = false;
    for (int k = 0; k < f->n; k++) {
        int sg = num_sign(&f->items[k].value);
        if (sg != 0 && last != 0 && sg != last)
            change = true;
        if (sg != 0)
            last = sg;
    }
    if (!change)
        return FIN_NO_SOLUTION;   /* every flow has the same sign: NPV never vanishes */
    num scale, zero, f0;
    num_from_u64(&scale, f->periods < 1 ? 1 : f->periods, false);
    num_zero(&zero);
    int signs[64], hint = 0;
    if (f->n <= 64 && fin_npv_num(f, &zero, &f0) == CALC_OK) {
        for (int k = 0; k < f->n; k++)
            signs[k] = num_sign(&f->items[k].value);
        hint = fin_side_hint(signs, f->n, num_sign(&f0));
    }
    return fin_find_rate(npv_fn, (void *)f, false, &scale, hint, i);
}

fin_status fin_npv(const char *rate, const char *flows, char *out)
{
    num r, i, hundred, v;
    fin_flows f;
    fin_status st;
    out[0] = '\0';
    if ((st = fin_parse(&r, rate, NULL)) != FIN_OK)
        return st;
    num_from_int(&hundred, 100);
    num_div(&i, &r, &hundred);
    if ((st = fin_flows_parse(&f, flows)) != FIN_OK)
        return st;
    calc_status s = fin_npv_num(&f, &i, &v);
    fin_flows_free(&f);
    if (s != CALC_OK)
        return fin_from_calc(s);
    return fin_format(&v, out);
}

fin_status fin_irr(const char *flows, char *out)
{
    num i, hundred;
    fin_flows f;
    fin_status st;
    out[0] = '\0';
    if ((st = fin_flows_parse(&f, flows)) != FIN_OK)
        return st;
    st = fin_irr_num(&f, &i);
    fin_flows_free(&f);
    if (st != FIN_OK)
        return st;
    num_from_int(&hundred, 100);
    if (num_mul(&i, &i, &hundred) != CALC_OK)
        return FIN_OVERFLOW;
    return fin_format(&i, out);
}
