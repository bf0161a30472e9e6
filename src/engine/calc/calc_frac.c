/* calc_frac: the fraction view (issue 16, calc.h). The numbers are exact
 * rationals, so the display can show 1/3 as "1/3": a display setting, toggled
 * by CMD_FRAC, applied by calc_display_num to every value that qualifies
 * (exact, not an integer, numerator and denominator of at most the mode's
 * precision in digits once reduced). Windows has no such view: the rules
 * (stays on until pressed again, decimals while typing) are ours. */
#include <string.h>

#include "calc_internal.h"

/* Pressing frac: a number being typed is finished first (as F-E does), then
 * the view flips and the display is redrawn. Not a "last command": the
 * operator state and the expression line are untouched. */
void calc_frac_toggle(calc *c)
{
    if (c->error) {             /* the error text stays; the setting flips */
        c->frac = !c->frac;
        return;
    }
    if (c->record)
        calc_commit_entry(c);
    c->frac = !c->frac;
    calc_display_num(c);
}

/* Appends the digits of b; false if they do not fit. */
static bool put_bigint(char *buf, size_t cap, size_t *len, const bigint *b)
{
    int room = (int)(cap - *len);
    int n = bi_to_string(b, buf + *len, room);
    if (n < 0 || n >= room)
        return false;
    *len += (size_t)n;
    return true;
}

static bool put_char(char *buf, size_t cap, size_t *len, char ch)
{
    if (*len + 1 >= cap)
        return false;
    buf[(*len)++] = ch;
    buf[*len] = '\0';
    return true;
}

bool calc_frac_text(const calc *c, const num *v, char *buf, size_t cap)
{
    int limit = c->precision;
    if (num_is_zero(v) || v->inexact || cap < 4)
        return false;
    int pd = bi_digits(&v->p);
    /* value = p / q * 10^exp, p and q coprime: the numerator is p * 10^exp
     * (exp >= 0) or p over q * 10^-exp (exp < 0), which the gcd reduces by at
     * most p's own digits, so a far negative exp cannot qualify */
    if ((v->exp >= 0 && (int64_t)pd + v->exp > limit) || (v->exp < 0 && -(int64_t)v->exp > pd + limit + 1))
        return false;
    bigint n, d, g;
    if (v->exp >= 0) {
        if (!bi_mul_pow10(&n, &v->p, v->exp))
            return false;
        d = v->q;
    } else {
        n = v->p;
        if (!bi_mul_pow10(&d, &v->q, -v->exp))
            return false;
        bi_gcd(&g, &n, &d);
        if (!bi_is_one(&g)) {
            bi_divmod(&n, NULL, &n, &g);
            bi_divmod(&d, NULL, &d, &g);
        }
    }
    if (bi_is_one(&d) || bi_digits(&n) > limit || bi_digits(&d) > limit)
        return false;                       /* an integer, or too long */
    char text[CALC_TEXT_MAX];
    size_t len = 0;
    text[0] = '\0';
    bool ok = !v->neg || put_char(text, sizeof text, &len, '-');
    if (ok && c->mixed && bi_cmp(&n, &d) > 0) {
        bigint whole, rest;
        bi_divmod(&whole, &rest, &n, &d);
        ok = put_bigint(text, sizeof text, &len, &whole) && put_char(text, sizeof text, &len, ' ');
        n = rest;
    }
    ok = ok && put_bigint(text, sizeof text, &len, &n) && put_char(text, sizeof text, &len, '/')
        && put_bigint(text, sizeof text, &len, &d);
    if (!ok || len + 1 > cap)
        return false;
    memcpy(buf, text, len + 1);
    return true;
}

bool calc_get_frac(const calc *c)
{
    return c->frac;
}

bool calc_showing_fraction(const calc *c)
{
    return c->frac_shown;
}

void calc_set_mixed(calc *c, bool on)
{
    c->mixed = on;
    if (!c->error)
        calc_display_num(c);
}

bool calc_get_mixed(const calc *c)
{
    return c->mixed;
}
