/* units_convert: lookup and exact conversion over the unit table.
 *
 * value -> base unit -> target unit, every step an exact rational operation
 * on the engine's numbers (number.h); pi (math_pi, NUM_PRECISION digits) is
 * the only inexact quantity, for radians. */
#include <string.h>

#include "mathfn.h"
#include "number.h"
#include "units_internal.h"

#define TERM_MAX 48   /* longest decimal literal in a factor text */

int units_count(void)
{
    return units_table_count;
}

const char *units_id(int index)
{
    return index >= 0 && index < units_table_count ? units_table[index].id : NULL;
}

units_category units_category_of(int index)
{
    return index >= 0 && index < units_table_count ? units_table[index].category
                                                   : UNITS_CATEGORY_COUNT;
}

int units_find(const char *id)
{
    for (int i = 0; i < units_table_count; i++)
        if (strcmp(units_table[i].id, id) == 0)
            return i;
    return -1;
}

/* One TERM of a definition text (units_internal.h) at *s; advances *s. */
static calc_status eval_term(num *r, const char **s)
{
    const char *p = *s;
    size_t len = strcspn(p, "*/^");
    if (len == 2 && strncmp(p, "pi", 2) == 0) {
        math_pi(r);
    } else {
        char lit[TERM_MAX];
        if (len == 0 || len >= sizeof lit)
            return CALC_ERR_INVALID;
        memcpy(lit, p, len);
        lit[len] = '\0';
        calc_status st = num_parse(r, lit);
        if (st != CALC_OK)
            return st;
    }
    p += len;
    if (*p == '^') {
        int power = 0;
        for (p++; *p >= '0' && *p <= '9'; p++)
            power = power * 10 + (*p - '0');
        num base = *r;
        num_from_int(r, 1);
        for (int i = 0; i < power; i++)
            num_mul(r, r, &base);
    }
    *s = p;
    return CALC_OK;
}

/* The value of a definition text; NULL is 0. */
static calc_status eval_definition(num *r, const char *text)
{
    if (text == NULL) {
        num_zero(r);
        return CALC_OK;
    }
    calc_status st = eval_term(r, &text);
    while (st == CALC_OK && (*text == '*' || *text == '/')) {
        char op = *text++;
        num t;
        st = eval_term(&t, &text);
        if (st == CALC_OK)
            st = op == '*' ? num_mul(r, r, &t) : num_div(r, r, &t);
    }
    if (st == CALC_OK && *text != '\0')
        st = CALC_ERR_INVALID;   /* a typo in the table: the table test walks every row */
    return st;
}

/* The factor and offset of a row. */
static calc_status eval_row(const units_row *u, num *factor, num *offset)
{
    calc_status st = eval_definition(factor, u->factor);
    return st == CALC_OK ? eval_definition(offset, u->offset) : st;
}

/* v in unit u -> base unit of u's category. */
static calc_status to_base(num *base, const units_row *u, const num *v)
{
    num factor, offset;
    calc_status st = eval_row(u, &factor, &offset);
    if (st != CALC_OK)
        return st;
    if (u->rule == UNITS_RULE_INVERSE)
        return num_div(base, &factor, v);
    st = num_add(base, v, &offset);
    return st == CALC_OK ? num_mul(base, base, &factor) : st;
}

/* base unit -> unit u (the inverse of to_base). */
static calc_status from_base(num *v, const units_row *u, const num *base)
{
    num factor, offset;
    calc_status st = eval_row(u, &factor, &offset);
    if (st != CALC_OK)
        return st;
    if (u->rule == UNITS_RULE_INVERSE)
        return num_div(v, &factor, base);
    st = num_div(v, base, &factor);
    return st == CALC_OK ? num_sub(v, v, &offset) : st;
}

static units_status from_calc(calc_status st)
{
    switch (st) {
    case CALC_OK:
        return UNITS_OK;
    case CALC_ERR_DIV_ZERO:
    case CALC_ERR_UNDEFINED:
        return UNITS_DIV_ZERO;
    case CALC_ERR_INVALID:
        return UNITS_BAD_VALUE;
    default:
        return UNITS_OVERFLOW;
    }
}

static units_status convert(const char *value, const char *from_id, const char *to_id,
                            int precision, char *out, size_t cap)
{
    int from = units_find(from_id), to = units_find(to_id);
    if (from < 0 || to < 0)
        return UNITS_UNKNOWN_UNIT;
    if (units_table[from].category != units_table[to].category)
        return UNITS_MISMATCH;
    if (precision < 1 || precision > NUM_PRECISION)
        return UNITS_BAD_VALUE;
    num v, base, r;
    if (num_parse(&v, value) != CALC_OK)
        return UNITS_BAD_VALUE;
    if (num_check_range(&v) != CALC_OK)
        return UNITS_OVERFLOW;
    if (from == to) {
        r = v;   /* also 0 l/100km in l/100km, which has no base value */
    } else {
        calc_status st = to_base(&base, &units_table[from], &v);
        if (st == CALC_OK)
            st = from_base(&r, &units_table[to], &base);
        if (st != CALC_OK)
            return from_calc(st);
    }
    if (num_check_range_prec(&r, precision) != CALC_OK)
        return UNITS_OVERFLOW;
    return num_format(&r, precision, false, out, cap) < 0 ? UNITS_NO_ROOM : UNITS_OK;
}

units_status units_convert(const char *value, const char *from_id, const char *to_id,
                           int precision, char *out, size_t cap)
{
    units_status st = convert(value, from_id, to_id, precision, out, cap);
    if (st != UNITS_OK && cap > 0)
        out[0] = '\0';
    return st;
}
