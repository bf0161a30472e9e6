/* progint: programmer-mode integer operations (WINDOWS-CALCULATOR.md 1.2,
 * 2.1-2.4, 2.7, 2.10, 3.10). Pure and stateless: the caller (calc) keeps the
 * state, including the carry bit of RoLc/RoRc and the number being typed.
 *
 * A programmer value is a uint64_t BIT PATTERN kept masked to the word size
 * (bits above the word are zero). Its signed meaning is the two's-complement
 * value at that word size: at BYTE, 0xE8 means -24. This is how Windows'
 * engine stores programmer values (TruncateNumForIntMath), and it makes
 * + - x wrap for free. Every function below returns masked patterns.
 *
 * Word sizes and radixes are calc_types.h's calc_word / calc_radix; a calc_word
 * outside 8/16/32/64 acts as QWORD, a radix outside 2/8/10/16 is rejected by
 * the functions that take one (-1 or false or CALC_ERR_INVALID).
 *
 * Typical wiring in the state machine:
 *   typing      prog_entry_clear / _append / _toggle_sign (DEC only) /
 *               _backspace, then prog_entry_bits when the number is
 *               committed; +/- on a value: prog_negate;
 *   operators   prog_precedence(id) for the operator stack (2.7), then
 *               prog_binary(id, left, right, word, &r) -> calc_status;
 *   functions   prog_unary(id, x, word, &carry, &r) for not rol ror rolc rorc;
 *               the carry starts at 0 and C (clear all) resets it to 0, as
 *               in Windows (scicomm.cpp IDC_CLEAR);
 *   bit keypad  prog_toggle_bit;
 *   word size   prog_change_word(bits, old, new)  (300 -> BYTE -> 44);
 *   display     prog_format(bits, word, radix) for calc_display and the
 *               four rows; the window adds prog_pad_binary + prog_group;
 *   expression  prog_format(DEC or current radix) + prog_op_text(id);
 *   from a num  num_trunc, then prog_wrap_integer(&t.p, t.exp, t.neg, word);
 *   to a num    num_from_int(n, prog_sign_extend(bits, word));
 *   paste       prog_parse(text, radix, word, &bits). */
#ifndef CALC_PROGINT_H
#define CALC_PROGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bigint.h"
#include "calc_types.h"
#include "command_ids.h"
#include "status.h"

/* Enough for any text made here (calc_types.h says why). */
#define PROG_TEXT_MAX CALC_PROG_TEXT_MAX

/* ---- word size ---------------------------------------------------------- */

int prog_word_bits(calc_word w);                 /* 8, 16, 32 or 64 */
uint64_t prog_mask(calc_word w);                 /* 0xFF ... 0xFFFFFFFFFFFFFFFF */
bool prog_is_negative(uint64_t bits, calc_word w); /* sign bit (bit w-1) set */
/* Signed value of the pattern: prog_sign_extend(0xE8, WORD_BYTE) == -24. */
int64_t prog_sign_extend(uint64_t bits, calc_word w);
/* Wraps a signed value into the word: 300 -> 44, 1000 -> 0xE8 (-24),
 * 65537 at WORD -> 1, -1 at BYTE -> 0xFF. */
uint64_t prog_truncate_to_word(int64_t value, calc_word w);
/* Word-size change as Windows does it: the value keeps its signed meaning
 * when widening (BYTE -24 -> QWORD -24) and is truncated when narrowing
 * (QWORD 300 -> BYTE 44). */
uint64_t prog_change_word(uint64_t bits, calc_word from, calc_word to);
/* Integer +-magnitude * 10^exp10 (exp10 >= 0) reduced modulo 2^word, for
 * values from the rest of the calculator: truncate the num toward zero first
 * (num_trunc), then pass t.p, t.exp, t.neg. Values beyond int64 wrap modulo
 * 2^64 (then to the word), which is what Windows' engine does when it masks a
 * ratpak integer with the word's chop number: 18446744073709551617 -> 1,
 * 2^63 -> -9223372036854775808, 10^30 -> low 64 bits of 10^30. A negative
 * exp10 (not an integer in canonical form) divides by 10^-exp10 first, so
 * the result is still the truncated integer. */
uint64_t prog_wrap_integer(const bigint *magnitude, int32_t exp10, bool negative, calc_word w);

/* ---- operators ---------------------------------------------------------- */

/* Precedence of a programmer binary operator, low to high (2.7):
 * 1 CMD_OR CMD_XOR; 2 CMD_AND CMD_NAND CMD_NOR; 3 CMD_ADD CMD_SUB;
 * 4 CMD_MUL CMD_DIV CMD_MOD CMD_LSH CMD_RSH CMD_RSHL.
 * 0 for any other id (not a programmer binary operator). Same level is
 * left-associative. */
int prog_precedence(int command_id);
bool prog_is_binary(int command_id);             /* prog_precedence > 0 */
bool prog_is_unary(int command_id);              /* not rol ror rolc rorc */

/* left OP right at the word size, *result masked. Operators by command id:
 *   CMD_ADD CMD_SUB CMD_MUL      wrap (two's complement)
 *   CMD_DIV    signed, truncated toward zero (-7 / 2 = -3); x/0 ->
 *              CALC_ERR_DIV_ZERO, 0/0 -> CALC_ERR_UNDEFINED; MIN / -1 wraps to MIN
 *   CMD_MOD    remainder, sign of the dividend (-7 % 3 = -1, 25 % -4 = 1);
 *              x % 0 -> CALC_ERR_UNDEFINED
 *   CMD_AND CMD_OR CMD_XOR CMD_NAND CMD_NOR
 *   CMD_LSH    left shift; CMD_RSH arithmetic right shift (sign fills);
 *   CMD_RSHL   logical right shift (zero fills at the word size)
 * Shift counts are read as the unsigned pattern, as Windows does: a count
 * >= the word size -> CALC_ERR_NOT_DEFINED ("Result not defined"), and so is
 * any negative count (-1 at QWORD is 2^64-1).
 * Unknown id or NULL result -> CALC_ERR_INVALID. On error *result is untouched. */
calc_status prog_binary(int command_id, uint64_t left, uint64_t right, calc_word w,
                        uint64_t *result);

/* Unary functions, always CALC_OK for a known id:
 *   CMD_NOT   complement at the word size
 *   CMD_ROL / CMD_ROR    rotate by one bit inside the word
 *   CMD_ROLC / CMD_RORC  rotate by one bit through *carry: the bit shifted in
 *             is *carry, the bit shifted out becomes the new *carry (0 or 1).
 *             Windows' carry starts at 0: 1 RoRc -> 0 (carry 1), RoRc again
 *             -> -9223372036854775808 (carry 0). rol/ror leave *carry alone.
 * carry may be NULL for CMD_NOT / CMD_ROL / CMD_ROR. Unknown id, NULL result,
 * or NULL carry with ROLC/RORC -> CALC_ERR_INVALID. */
calc_status prog_unary(int command_id, uint64_t x, calc_word w, bool *carry, uint64_t *result);

/* Two's-complement negation at the word size (+/- on a value, negate(x)). */
uint64_t prog_negate(uint64_t bits, calc_word w);

/* Toggles bit `bit` (0 = least significant). false, and *bits unchanged, if
 * bit is outside 0..word-1 (those switches are disabled in the window). */
bool prog_toggle_bit(uint64_t *bits, int bit, calc_word w);

/* Expression-line text of an operator (2.10): binary "+", "-", "×", "÷",
 * "%", "AND", "OR", "XOR", "NAND", "NOR", "Lsh", "Rsh" (CMD_RSHL shows
 * "Rsh" too); unary function names "NOT", "RoL", "RoR" (RoLc/RoRc show as
 * "RoL"/"RoR"), to be written "NOT(x)". NULL for other ids. */
const char *prog_op_text(int command_id);

/* ---- texts -------------------------------------------------------------- */

/* Engine form of a value, no grouping, no padding: DEC signed ("-18"),
 * HEX upper case two's complement ("FFFFFFFFFFFFFFEE"), OCT, BIN ("10100"),
 * "0" for zero. Returns the length, or -1 if cap is too small or the radix
 * unknown (cap >= PROG_TEXT_MAX is always enough). */
int prog_format(uint64_t bits, calc_word w, calc_radix r, char *buf, size_t cap);

/* The window's BIN padding (2.2): left-pads the digits with zeros to a
 * multiple of 4, except "0": "10100" -> "00010100", "1111" unchanged. A
 * leading '-' (a negative number being typed) stays in front. Returns the
 * length or -1 (cap too small). */
int prog_pad_binary(const char *text, char *out, size_t cap);

/* The window's grouping of a programmer text (2.2, 3.11): HEX and BIN in
 * groups of 4 from the right, OCT in groups of 3, separated by one space
 * ("1234567890" HEX -> "12 3456 7890", OCT "1234567" -> "1 234 567"); a
 * leading '-' stays in front. DEC is copied unchanged (the locale groups it).
 * Returns the length, or -1 if cap is too small or the radix unknown. */
int prog_group(const char *text, calc_radix r, char *out, size_t cap);

/* ---- the number being typed --------------------------------------------- */

/* Digits as typed (upper case, no leading zeros; "" is 0) and the sign from
 * +/-. Plain value, caller-owned; no allocation. */
typedef struct prog_entry {
    char digits[65];
    int len;
    bool negative;
} prog_entry;

void prog_entry_clear(prog_entry *e);
/* Appends digit value 0..15 if the radix has it and the entry still fits
 * the word (2.3, 1.2), like Windows' CalcInput::TryAddDigit:
 *   DEC  signed range: QWORD <= 9223372036854775807, or 9223372036854775808
 *        when negative; BYTE 127 / -128 (P36, P39: BYTE 255 -> 25);
 *   HEX/OCT/BIN  unsigned pattern of the word: QWORD 16 / 22 (first digit 1)
 *        / 64 digits (P46).
 * A leading zero is accepted and changes nothing. Returns false when the
 * digit is rejected (the entry is unchanged). */
bool prog_entry_append(prog_entry *e, int digit, calc_radix r, calc_word w);
/* +/- while typing in DEC (CalcInput::TryToggleSign). Zero stays positive.
 * A negative entry whose magnitude does not fit as a positive value (BYTE
 * -128) cannot be toggled: returns false, unchanged. (Windows compares only
 * the last digit there and also refuses e.g. BYTE -118; we refuse only what
 * cannot fit.)
 * In HEX/OCT/BIN Windows never toggles the typed number: +/- first commits
 * it and then negates the value like negate(x) (scicomm.cpp: IDC_SIGN with
 * radix != 10 leaves record mode), so `HEX F +/-` shows FFFFFFFFFFFFFFF1.
 * For those radixes this returns false and changes nothing: commit the entry
 * (prog_entry_bits) and use prog_negate. */
bool prog_entry_toggle_sign(prog_entry *e, calc_radix r, calc_word w);
/* Removes the last digit; an entry left empty becomes positive 0.
 * false if there was nothing to remove. */
bool prog_entry_backspace(prog_entry *e);
bool prog_entry_is_empty(const prog_entry *e);
/* Value of the entry as a masked pattern (negative entries negated modulo
 * the word). */
uint64_t prog_entry_bits(const prog_entry *e, calc_radix r, calc_word w);
/* Text shown while typing (Windows echoes the input): "0", "-12", "-F".
 * Returns the length or -1 (cap too small). */
int prog_entry_text(const prog_entry *e, char *buf, size_t cap);

/* ---- paste -------------------------------------------------------------- */

/* Parses one programmer operand as pasted: optional '+' or '-', then digits
 * of the radix (hex letters in either case). Leading zeros are ignored. As in
 * Windows' paste check, the magnitude may use the whole unsigned word (at
 * most the word's digit count: DEC 19/10/5/3, HEX word/4, OCT 22/11/6/3, BIN
 * word) and a '-' negates it modulo the word. So "-9223372036854775808" is
 * CALC_ERR_INVALID at DWORD (P31) and "FFFFFFFFFFFFFFFF" is -1 at QWORD.
 * Anything else (empty, spaces, other characters) -> CALC_ERR_INVALID with
 * *bits untouched. */
calc_status prog_parse(const char *text, calc_radix r, calc_word w, uint64_t *bits);

#endif
