/* units_convert: lookup and exact conversion over the unit table.
 *
 * value -> base unit -> target unit, every step an exact rational operation
 * on the engine's numbers (number.h); pi (math_pi, NUM_PRECISION digits) is
 * the only inexact quantity, for radians. */
#include <stdbool.h>
#include <string.h>

#include "mathfn.h"
#include "number.h"
#include "units_internal.h"

#define TERM_MAX 48   /* longest decimal literal in a factor text */

/* One row of units_text (units_internal.h); category counts the '\1' marks
 * passed, starting from -1 before the table. */
typedef struct unit_ref {
    const char *id, *def;
    int category;
} unit_ref;

/* The row at *p into u, and *p past it; false at the end of the table. */
static bool next_unit(const char **p, unit_ref *u)
{
    const char *s = *p;
    if (*s == '\1') {
        u->category++;
        s++;
    }
    if (*s == '\0')
        return false;
    u->id = s;
    s += strlen(s) + 1;
    u->def = s;
    *p = s + strlen(s) + 1;
    return true;
}

/* Index of the unit whose id is `id` (NULL: none matches, so the count) and
 * its row in *u. -1 when there is no such unit. */
static int find_unit(const char *id, unit_ref *u)
{
    const char *p = units_text;
    u->category = -1;
    int i = 0;
    for (; next_unit(&p, u); i++)
        if (id && strcmp(u->id, id) == 0)
            return i;
    return id ? -1 : i;
}

/* Unit `index` into u; false when out of range. */
static bool unit_at(int index, unit_ref *u)
{
    const char *p = units_text;
    u->category = -1;
    for (int i = 0; next_unit(&p, u); i++)
        if (i == index)
            return true;
    return false;
}

int units_count(void)
{
    unit_ref u;
    return find_unit(NULL, &u);
}

const char *units_id(int index)
{
    unit_ref u;
    return unit_at(index, &u) ? u.id : NULL;
}

units_category units_category_of(int index)
{
    unit_ref u;
    return unit_at(index, &u) ? (units_category)u.category : UNITS_CATEGORY_COUNT;
}

int units_find(const char *id)
{
    unit_ref u;
    return id ? find_unit(id, &u) : -1;
}

static calc_status eval_product(num *r, const char **s);

/* One TERM of a definition text (units_internal.h) at *s; advances *s. */
static calc_status eval_term(num *r, const char **s)
{
    const char *p = *s;
    size_t len = strcspn(p, "*/^+");
    char lit[TERM_MAX];
    if (len == 0 || len >= sizeof lit)
        return CALC_ERR_INVALID;
    memcpy(lit, p, len);
    lit[len] = '\0';
    calc_status st;
    unit_ref u;
    if (strcmp(lit, "pi") == 0) {
        math_pi(r);
        st = CALC_OK;
    } else if ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') {
        /* another unit's factor ("12*in"): a linear unit's, with no offset */
        if (find_unit(lit, &u) < 0 || *u.def == '~')
            return CALC_ERR_INVALID;
        const char *d = u.def;
        st = eval_product(r, &d);
        if (st == CALC_OK && *d != '\0')
            st = CALC_ERR_INVALID;
    } else {
        st = num_parse(r, lit);
    }
    if (st != CALC_OK)
        return st;
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

/* The product TERM (('*' | '/') TERM)* at *s; advances *s. */
static calc_status eval_product(num *r, const char **s)
{
    calc_status st = eval_term(r, s);
    while (st == CALC_OK && (**s == '*' || **s == '/')) {
        char op = *(*s)++;
        num t;
        st = eval_term(&t, s);
        if (st == CALC_OK)
            st = op == '*' ? num_mul(r, r, &t) : num_div(r, r, &t);
    }
    return st;
}

/* The factor and offset of a row, and whether its rule is the inverse one. */
static calc_status eval_row(const unit_ref *u, num *factor, num *offset, bool *inverse)
{
    const char *s = u->def;
    *inverse = *s == '~';
    s += *inverse;
    num_zero(offset);
    calc_status st = eval_product(factor, &s);
    if (st == CALC_OK && *s == '+') {
        s++;
        st = eval_product(offset, &s);
    }
    if (st == CALC_OK && *s != '\0')
        st = CALC_ERR_INVALID;   /* a typo in the table: the table test walks every row */
    return st;
}

/* v in unit u -> base unit of u's category. */
static calc_status to_base(num *base, const unit_ref *u, const num *v)
{
    num factor, offset;
    bool inverse;
    calc_status st = eval_row(u, &factor, &offset, &inverse);
    if (st != CALC_OK)
        return st;
    if (inverse)
        return num_div(base, &factor, v);
    st = num_add(base, v, &offset);
    return st == CALC_OK ? num_mul(base, base, &factor) : st;
}

/* base unit -> unit u (the inverse of to_base). */
static calc_status from_base(num *v, const unit_ref *u, const num *base)
{
    num factor, offset;
    bool inverse;
    calc_status st = eval_row(u, &factor, &offset, &inverse);
    if (st != CALC_OK)
        return st;
    if (inverse)
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
    unit_ref from, to;
    if (find_unit(from_id, &from) < 0 || find_unit(to_id, &to) < 0)
        return UNITS_UNKNOWN_UNIT;
    if (from.category != to.category)
        return UNITS_MISMATCH;
    if (precision < 1 || precision > NUM_PRECISION)
        return UNITS_BAD_VALUE;
    num v, base, r;
    if (num_parse(&v, value) != CALC_OK)
        return UNITS_BAD_VALUE;
    if (num_check_range(&v) != CALC_OK)
        return UNITS_OVERFLOW;
    if (from.id == to.id) {
        r = v;   /* also 0 l/100km in l/100km, which has no base value */
    } else {
        calc_status st = to_base(&base, &from, &v);
        if (st == CALC_OK)
            st = from_base(&r, &to, &base);
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
