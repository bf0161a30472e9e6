/* number_parse: "[-]digits[.digits][e[+-]digits]" to a number.
 * One pass, constant memory: mantissas longer than NUM_PRECISION significant
 * digits are rounded (half away from zero) and marked inexact; exponents of any
 * length saturate far outside the displayable range (num_check_range reports it). */
#include "number_internal.h"

#include <string.h>

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

calc_status num_parse(num *r, const char *s)
{
    char kept[NUM_PRECISION + 1];
    int nkept = 0, first_dropped = -1;
    bool dropped_nonzero = false;
    bool neg = false, any_digit = false, seen_point = false;
    int64_t scale = 0; /* value = kept digits * 10^scale (before the 'e' part) */
    const char *c = s;

    if (s == NULL)
        return CALC_ERR_INVALID;
    if (*c == '-') {
        neg = true;
        c++;
    }
    for (; *c; c++) {
        if (*c == '.') {
            if (seen_point)
                return CALC_ERR_INVALID;
            seen_point = true;
            continue;
        }
        if (!is_digit(*c))
            break;
        any_digit = true;
        if (nkept == 0 && *c == '0') {
            if (seen_point && scale > -NUMI_EXP_LIMIT)
                scale--; /* a leading zero after the point only shifts the scale */
            continue;
        }
        if (nkept < NUM_PRECISION) {
            kept[nkept++] = *c;
            if (seen_point && scale > -NUMI_EXP_LIMIT)
                scale--;
        } else {
            /* digits beyond NUM_PRECISION are rounded away */
            if (first_dropped < 0)
                first_dropped = *c - '0';
            if (*c != '0')
                dropped_nonzero = true;
            if (!seen_point && scale < NUMI_EXP_LIMIT)
                scale++;
        }
    }
    if (!any_digit)
        return CALC_ERR_INVALID;

    if (*c == 'e' || *c == 'E') {
        bool eneg = false;
        int64_t ev = 0;
        c++;
        if (*c == '+' || *c == '-') {
            eneg = *c == '-';
            c++;
        }
        if (!is_digit(*c))
            return CALC_ERR_INVALID;
        for (; is_digit(*c); c++) {
            if (ev < NUMI_EXP_LIMIT)
                ev = ev * 10 + (*c - '0');
        }
        scale += eneg ? -ev : ev;
    }
    if (*c != '\0')
        return CALC_ERR_INVALID;

    bigint m;
    if (nkept == 0) {
        num_zero(r);
        return CALC_OK;
    }
    bi_from_string(&m, kept, nkept);
    if (first_dropped >= 5)
        bi_add_small(&m, &m, 1);
    if (scale > NUMI_EXP_LIMIT)
        scale = NUMI_EXP_LIMIT;
    if (scale < -NUMI_EXP_LIMIT)
        scale = -NUMI_EXP_LIMIT;
    num_from_decimal(r, &m, (int32_t)scale, neg, dropped_nonzero);
    return CALC_OK;
}
