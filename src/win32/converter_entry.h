/* The converter's typed value (converter_panel.c): an engine-form decimal
 * ("0", "12.", "-40", a pasted "2.5e3") edited key by key as Windows
 * Calculator's converter does, and the reading of a pasted number in the
 * user's format. Text only: no window, no engine. */
#ifndef CALC_CONVERTER_ENTRY_H
#define CALC_CONVERTER_ENTRY_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#define CONV_ENTRY_CAP 72     /* the text and its NUL */
#define CONV_ENTRY_DIGITS 16  /* digits one can type, as on the standard keypad */

typedef struct conv_entry {
    char text[CONV_ENTRY_CAP];
    bool fresh;               /* the next digit or '.' starts a new value */
} conv_entry;

/* "0", not fresh (CE, Esc, a new form). */
void conv_entry_clear(conv_entry *e);
/* Appends digit 0-9 (a leading "0" is replaced; at most CONV_ENTRY_DIGITS digits). */
void conv_entry_digit(conv_entry *e, int digit);
/* Appends '.' unless the value has one (or an exponent). */
void conv_entry_decimal(conv_entry *e);
/* Removes the last character, and an exponent left without digits; "0" when empty. */
void conv_entry_back(conv_entry *e);
/* Changes the sign of a value that is not "0". */
void conv_entry_negate(conv_entry *e);
/* Takes an engine-form text (a result after a swap, a paste) as a fresh value;
 * false, and e unchanged, if it does not fit. */
bool conv_entry_set(conv_entry *e, const char *text);

/* Reads one number written with decimal separator dec and group separator grp
 * ("1 234,5", "-3e5", "+12.5", surrounding blanks allowed) into engine form
 * in out[cap]; group separators count only between digits, and a space-like
 * group separator (fr-FR) also accepts a plain space. False if s is not one
 * number (an expression, text, an empty exponent). */
bool conv_parse_number(const wchar_t *s, const wchar_t *dec, const wchar_t *grp, char *out, size_t cap);

#endif
