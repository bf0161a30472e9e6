/* calc: the calculator state machine (Windows Calculator's key semantics).
 * One call drives it: calc_execute(c, command_id). Everything a front end
 * shows is read back through the accessors below. Texts are UTF-8; the
 * display text uses '.' and no grouping (front ends localise it). */
#ifndef CALC_CALC_H
#define CALC_CALC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "calc_types.h"
#include "command_ids.h"

#define CALC_MEMORY_MAX 100
#define CALC_HISTORY_MAX 1000

typedef struct calc calc;

calc *calc_create(void);            /* NULL only if out of memory */
void calc_destroy(calc *c);

/* Presses one key. Unknown ids and keys that are disabled at that moment
 * (e.g. mr with empty memory, A-F outside HEX) do nothing. */
void calc_execute(calc *c, int command_id);

/* What the user sees. Pointers stay valid until the next call that changes c. */
const char *calc_display(const calc *c);     /* number or error text, engine form */
const char *calc_expression(const calc *c);  /* expression line, UTF-8 */
bool calc_in_error(const calc *c);
calc_status calc_error(const calc *c);       /* CALC_OK unless in error */
calc_mode calc_get_mode(const calc *c);      /* the mode shown, keypad or form */
angle_unit calc_get_angle(const calc *c);
bool calc_get_fe(const calc *c);
/* Fraction view (issue 16): a display setting that CMD_FRAC (token "frac")
 * toggles in standard and scientific mode. While it is on, calc_display shows
 * every exact rational value whose reduced numerator and denominator have at
 * most calc_precision digits each (16 standard, 32 scientific) as "n/d"
 * ("3/4", "-5/2"), or as a mixed number "w n/d" ("3 1/7") when mixed numbers
 * are on; integers, inexact values (2 sqrt), longer fractions and the number
 * being typed keep the decimal form. The expression line, memory and history
 * keep decimals. The view stays on until frac is pressed again (C, CE, errors
 * and mode switches keep it); calc_reset turns it and mixed numbers off. */
bool calc_get_frac(const calc *c);
bool calc_showing_fraction(const calc *c);   /* calc_display is a fraction right now */
void calc_set_mixed(calc *c, bool on);       /* "3 1/7" instead of "22/7" */
bool calc_get_mixed(const calc *c);
int calc_precision(const calc *c);           /* the mode's row (calc_modes.h): 16, 32 or 64 */
/* true if the button for command_id should be enabled right now; in a form
 * mode (calc_modes.h) only the mode commands are */
bool calc_command_enabled(const calc *c, int command_id);

/* programmer mode */
calc_radix calc_get_radix(const calc *c);
calc_word calc_get_word(const calc *c);
/* current value in the given radix (engine form, no grouping); for the four live rows */
const char *calc_display_in_radix(const calc *c, calc_radix r);
uint64_t calc_bits(const calc *c);           /* current value as raw bits (word-size masked) */
/* Programmer texts as the window shows them (WINDOWS-CALCULATOR.md 2.2, 3.11),
 * for front ends: a BIN text left-padded with zeros to whole nibbles, and a
 * HEX/OCT/BIN text grouped with spaces (DEC is copied unchanged). Both return
 * the length, or -1 if cap (CALC_PROG_TEXT_MAX is always enough) is too small
 * or the text or radix is not valid. */
int calc_pad_binary(const char *text, char *out, size_t cap);
int calc_group_digits(const char *text, calc_radix r, char *out, size_t cap);

/* memory: item 0 is the newest (top of the list) */
int calc_memory_count(const calc *c);
const char *calc_memory_text(const calc *c, int index); /* display text in current mode */
void calc_memory_recall(calc *c, int index);
void calc_memory_add(calc *c, int index);
void calc_memory_subtract(calc *c, int index);
void calc_memory_clear_item(calc *c, int index);
/* For persistence: item index in engine form at full precision (whatever the
 * mode shows), its length; -1 if index is out of range or cap too small
 * (192 is always enough). */
int calc_memory_value(const calc *c, int index, char *buf, size_t cap);
/* For persistence: appends a value as the oldest item; false if the text is
 * not an engine-form number in range, or the list is full. */
bool calc_memory_load(calc *c, const char *text);

/* history of a mode (each mode with a history_slot in calc_modes.h keeps its
 * own list; the others have none); item 0 is the newest */
int calc_history_count(const calc *c, calc_mode m);
const char *calc_history_expression(const calc *c, calc_mode m, int index);
const char *calc_history_result(const calc *c, calc_mode m, int index);
void calc_history_recall(calc *c, int index);            /* current mode's list */
void calc_history_delete(calc *c, calc_mode m, int index);
void calc_history_clear(calc *c, calc_mode m);
/* For persistence: appends an item as the oldest of mode m's list. The result
 * text is parsed back into a number; false if it is not a valid number. */
bool calc_history_load(calc *c, calc_mode m, const char *expression, const char *result);
/* For persistence: a front end's id per history item (to merge the lists of
 * two windows). New items have tag 0 until the front end sets one; setting a
 * tag is not a change (calc_revision). Out-of-range indexes: 0 / nothing. */
uint64_t calc_history_tag(const calc *c, calc_mode m, int index);
void calc_history_set_tag(calc *c, calc_mode m, int index, uint64_t tag);
/* Goes up on every change of the memory list or of a history list (a key, a
 * pane action, a load): the front end saves when it differs from what it saved. */
uint32_t calc_revision(const calc *c);

/* Paste: text typed as keys. Accepts numbers and simple expressions
 * ("12.5", "-3e5", "2+3*4=", surrounding spaces, one trailing newline), with
 * the given decimal and grouping separators ("1 234,5" with ',' and ' ').
 * On anything else, and in a form mode, returns CALC_ERR_INVALID and leaves the
 * calculator as it was (the front end then shows "Invalid input"). */
calc_status calc_paste(calc *c, const char *utf8, const char *decimal_sep, const char *group_sep);

/* Statistics mode's data list (calc_stats.h holds the arithmetic). The keys
 * CMD_STAT_* act on it in statistics mode; these calls are the window's data
 * list view and its persistence. Values are in the order added (0 = first).
 * The list survives mode switches; calc_reset empties it. */
int calc_data_count(const calc *c);
/* Value `index` as engine-form text at `precision` significant digits (0:
 * the statistics mode's 32; 128: the full value, for saving). false if there
 * is no such value or cap is too small (64 + precision is enough). */
bool calc_data_text(const calc *c, int index, int precision, char *out, size_t cap);
/* Removes value `index`; false if there is none. */
bool calc_data_delete(calc *c, int index);
/* Clears the list (the CAD key), keeping the values for calc_data_undo_clear. */
void calc_data_clear(calc *c);
/* Brings back the values of the last clear (before any added since); false if
 * there is nothing to bring back. */
bool calc_data_undo_clear(calc *c);
/* Appends an engine-form decimal (a saved list); false if it is not a number
 * in range or the list is full. */
bool calc_data_load(calc *c, const char *value);
/* Goes up on every change of the data list (keys, the calls above, a paste):
 * the window saves the list when it differs from what it saved. */
uint32_t calc_data_revision(const calc *c);
/* Paste of a spreadsheet column or row: numbers separated by newlines, tabs
 * or semicolons, written with the given decimal and grouping separators (as
 * calc_paste). Returns the number of values added; 0 when the text holds fewer
 * than two numbers (paste it as keys with calc_paste instead); -1 when a field
 * is not a number or the list would overflow: then nothing is added. */
int calc_data_paste(calc *c, const char *utf8, const char *decimal_sep, const char *group_sep);

/* Random source for rand (tests may seed it). */
void calc_seed(calc *c, uint64_t seed);

/* Back to a fresh calculator (standard mode, memory and history empty)
 * without reallocating: the command-line front end reuses one calculator
 * for every input line. */
void calc_reset(calc *c);

#endif
