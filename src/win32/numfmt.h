/* The user's number format (decimal separator, digit grouping) and the
 * localisation of engine texts: the engine writes "-1234.5" or "1.e+16"; the
 * window shows "-1 234,5" in fr-FR. Read from the locale at start and again on
 * WM_SETTINGCHANGE "intl". */
#ifndef CALC_NUMFMT_H
#define CALC_NUMFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#include "calc.h"

#define NUMFMT_MAX_GROUPS 8

typedef struct numfmt {
    wchar_t decimal[8];   /* LOCALE_SDECIMAL, e.g. L"." or L"," */
    wchar_t group[8];     /* LOCALE_STHOUSAND, e.g. L"," or U+202F */
    int sizes[NUMFMT_MAX_GROUPS]; /* LOCALE_SGROUPING, right to left */
    int nsizes;
    bool repeat_last;     /* "3;0": the last size repeats */
} numfmt;

/* The flag to OR into an LCTYPE when reading the user's locale: 0, or
 * LOCALE_NOUSEROVERRIDE when the saved user overrides belong to another
 * locale (Wine keeps them after LANG changed). Numbers and dates both use it. */
unsigned long numfmt_locale_flag(void);
/* The format of the user's locale; en-US values if the locale cannot be read. */
void numfmt_load_user(numfmt *f);
/* Sets f from explicit separators and a LOCALE_SGROUPING string ("3;0", "3;2;0"). */
void numfmt_set(numfmt *f, const wchar_t *decimal, const wchar_t *group, const wchar_t *grouping);

/* Localises every decimal number in a UTF-8 engine text (display, expression
 * line, history item): '.' becomes the locale's decimal separator and, if
 * group is true, the integer part is grouped (exponents and decimals never).
 * Writes a NUL-terminated wide string; truncates to cap. Returns its length. */
size_t numfmt_localize(const numfmt *f, const char *utf8, bool group, wchar_t *out, size_t cap);

/* Programmer display of a value in radix r (engine form, digits only): with
 * grouping, the engine's (calc_pad_binary, calc_group_digits: HEX and BIN in
 * blocks of 4, OCT in blocks of 3, BIN padded to whole nibbles); DEC as
 * numfmt_localize. */
size_t numfmt_radix(const numfmt *f, const char *utf8, calc_radix r, bool group, wchar_t *out, size_t cap);

#endif
