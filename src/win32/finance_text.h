/* Text of the Finance mode: what a person types read as engine text, and
 * engine results shown in the user's locale (money with two decimals and the
 * currency, rates with all their digits). The finance engine (calc_finance.h)
 * speaks engine-form decimal text; the few sums the form needs (a duration in
 * years times 12, capital plus cost) are the engine's too, through its
 * zero-rate TVM equation (pv + pmt n + fv = 0), so that no number is ever
 * rounded in the window before it is shown. */
#ifndef CALC_FINANCE_TEXT_H
#define CALC_FINANCE_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#include "calc_finance.h"
#include "numfmt.h"

#define FIN_IN_MAX 64   /* engine text of one typed number */

typedef enum fin_parse_result { FIN_PARSE_EMPTY, FIN_PARSE_OK, FIN_PARSE_BAD } fin_parse_result;

/* Reads one typed number: spaces and the locale's group separator are
 * skipped, the locale's decimal separator (and '.' or ',' when it is not the
 * group separator) is the decimal point, a sign, an exponent (1e6) and a
 * trailing %, currency symbol or unit are allowed. out[FIN_IN_MAX] gets the
 * engine text when the result is FIN_PARSE_OK. */
fin_parse_result fin_text_parse(const numfmt *f, const wchar_t *in, char *out);

/* in into out[FIN_TEXT_MAX], cut to fit (always terminated). */
void fin_text_copy(char *out, const char *in);

/* -x as text ("0" stays "0"). out may be in; cap FIN_TEXT_MAX. */
void fin_text_negate(const char *in, char *out);
/* a + b k exactly (16 significant digits), into out[FIN_TEXT_MAX]. */
fin_status fin_text_mul_add(const char *a, const char *b, const char *k, char *out);
/* a / k (k not 0), into out[FIN_TEXT_MAX]. */
fin_status fin_text_div(const char *a, const char *k, char *out);
/* true if the text is a number above 0 / equal to 0. */
bool fin_text_positive(const char *in);
bool fin_text_zero(const char *in);

/* in rounded half away from zero to `places` decimals, in plain fixed
 * notation ("1159.92", "0.00": never "-0.00"); false if in is not a number or
 * has more than 60 integer digits. */
bool fin_text_round(const char *in, int places, char *out, size_t cap);
/* in rounded to cents, as an integer number of cents; false beyond 10^17. */
bool fin_text_cents(const char *in, long long *out);

/* The locale's currency format (symbol, its place), read once per locale change. */
typedef struct fin_money_fmt {
    wchar_t symbol[16];
    unsigned positive_order, negative_order; /* LOCALE_ICURRENCY, LOCALE_INEGCURR */
} fin_money_fmt;
void fin_money_load(fin_money_fmt *m);

/* "1 159,92 €" / "$1,159.92": two decimals, grouped, the currency. */
void fin_text_money(const numfmt *f, const fin_money_fmt *m, const char *engine, wchar_t *out, size_t cap);
/* "1 159,92" (grouped) or "1159,92" (not): two decimals, no currency (tables). */
void fin_text_amount(const numfmt *f, const char *engine, bool group, wchar_t *out, size_t cap);
/* "3,556 7...%": every digit the engine gives, localised, with the percent sign. */
void fin_text_rate(const numfmt *f, const char *engine, wchar_t *out, size_t cap);
/* Every digit, localised and grouped (TVM values, counts). */
void fin_text_number(const numfmt *f, const char *engine, wchar_t *out, size_t cap);

#endif
