/* Programmer mode through the public calc.h API: every case of
 * WINDOWS-CALCULATOR.md 3.10 (P01-P47) and the programmer facts of 3.11,
 * pressed key by key on a fresh calculator switched to programmer mode
 * (QWORD, DEC). Checks the display (engine form: no grouping, BIN not
 * padded, as 2.9 says of the engine), the expression line where the spec
 * gives it, and the four radix rows (calc_display_in_radix). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "calc.h"
#include "command_ids.h"

/* Compares a text; on a mismatch names the table row and counts it (every
 * row is run, then the test fails if any row did). */
static int check_text(const char *label, const char *what, const char *got, const char *want)
{
    if (got != NULL && strcmp(got, want) == 0)
        return 0;
    printf("case \"%s\": %s is \"%s\", want \"%s\"\n", label, what, got ? got : "(null)", want);
    return 1;
}

/* ---- keys --------------------------------------------------------------- */

static const struct { const char *token; int id; } key_words[] = {
    {"neg", CMD_NEGATE}, {".", CMD_DECIMAL}, {"+", CMD_ADD}, {"-", CMD_SUB},
    {"*", CMD_MUL}, {"/", CMD_DIV}, {"=", CMD_EQUALS}, {"mod", CMD_MOD},
    {"(", CMD_LPAREN}, {")", CMD_RPAREN}, {"back", CMD_BACK}, {"ce", CMD_CE},
    {"clear", CMD_CLEAR}, {"hex", CMD_HEX}, {"dec", CMD_DEC}, {"oct", CMD_OCT},
    {"bin", CMD_BIN}, {"qword", CMD_QWORD}, {"dword", CMD_DWORD}, {"word", CMD_WORD},
    {"byte", CMD_BYTE}, {"and", CMD_AND}, {"or", CMD_OR}, {"xor", CMD_XOR},
    {"not", CMD_NOT}, {"nand", CMD_NAND}, {"nor", CMD_NOR}, {"lsh", CMD_LSH},
    {"rsh", CMD_RSH}, {"rshl", CMD_RSHL}, {"rol", CMD_ROL}, {"ror", CMD_ROR},
    {"rolc", CMD_ROLC}, {"rorc", CMD_RORC}, {"ms", CMD_MS}, {"mr", CMD_MR},
};

static int digit_id(char ch)
{
    if (ch >= '0' && ch <= '9')
        return CMD_DIGIT_0 + (ch - '0');
    if (ch >= 'A' && ch <= 'F')
        return CMD_DIGIT_A + (ch - 'A');
    return -1;
}

/* Presses one token: a word of key_words, "bitN", or a run of digits 0-9 A-F
 * typed one by one. Fails the test on a token the table does not know. */
static void press_token(calc *c, const char *tok, size_t len, const char *label)
{
    for (size_t i = 0; i < sizeof key_words / sizeof key_words[0]; i++) {
        if (strlen(key_words[i].token) == len && strncmp(key_words[i].token, tok, len) == 0) {
            calc_execute(c, key_words[i].id);
            return;
        }
    }
    if (len > 3 && strncmp(tok, "bit", 3) == 0) {
        int n = 0;
        for (size_t i = 3; i < len; i++)
            n = n * 10 + (tok[i] - '0');
        calc_execute(c, CMD_BIT_0 + n);
        return;
    }
    for (size_t i = 0; i < len; i++) {
        if (digit_id(tok[i]) < 0) {
            printf("case \"%s\": unknown token \"%.*s\"\n", label, (int)len, tok);
            fail();
        }
    }
    for (size_t i = 0; i < len; i++)
        calc_execute(c, digit_id(tok[i]));
}

static void press(calc *c, const char *keys, const char *label)
{
    const char *p = keys;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *start = p;
        while (*p && *p != ' ')
            p++;
        if (p > start)
            press_token(c, start, (size_t)(p - start), label);
    }
}

/* The calculator of the running test, destroyed by the teardown even when an
 * assertion stops the test. */
static calc *current;

static int destroy_current(void **state)
{
    (void)state;
    calc_destroy(current);
    current = NULL;
    return 0;
}

/* A fresh calculator in programmer mode (QWORD, DEC). */
static calc *fresh_programmer(void)
{
    destroy_current(NULL);
    calc *c = current = calc_create();
    assert_non_null(c);
    calc_execute(c, CMD_PROGRAMMER);
    assert_int_equal(calc_get_mode(c), CALC_PROGRAMMER);
    return c;
}

/* ---- the table ---------------------------------------------------------- */

typedef struct prog_case {
    const char *label;
    const char *keys;
    const char *display;
    const char *expr;                   /* NULL: not asserted */
    const char *hex, *dec, *oct, *bin;  /* radix rows; NULL: not asserted */
} prog_case;

#define ONES59 "11111111111111111111111111111111111111111111111111111111111"
#define ZEROS59 "00000000000000000000000000000000000000000000000000000000000"
#define MIN64 "-9223372036854775808"
#define DIVIDE "\xC3\xB7"   /* ÷ */
#define TIMES "\xC3\x97"    /* × */

static const prog_case cases[] = {
    {"P01", "53 nand 83 and", "-18", "53 NAND 83 AND ", NULL, NULL, NULL, NULL},
    {"P02", "53 nor 83 and", "-120", "53 NOR 83 AND ", NULL, NULL, NULL, NULL},
    {"P03", "5 lsh 1 and", "10", "5 Lsh 1 AND ", NULL, NULL, NULL, NULL},
    {"P04", "5 rshl 1 and", "2", "5 Rsh 1 AND ", NULL, NULL, NULL, NULL},
    {"P05", "bit63 rsh 56 and", "-128", MIN64 " Rsh 56 AND ", NULL, NULL, NULL, NULL},
    {"P06", "1 rol", "2", "RoL(1)", NULL, NULL, NULL, NULL},
    {"P07", "1 ror", MIN64, "RoR(1)", "8000000000000000", MIN64, "1000000000000000000000",
     "1" ZEROS59 "0000"},
    {"P08 once", "1 rorc", "0", "RoR(1)", NULL, NULL, NULL, NULL},
    {"P08 twice", "1 rorc rorc", MIN64, "RoR(RoR(1))", NULL, NULL, NULL, NULL},
    {"P09 a", "4294967296 / 255 =", "16843009", "4294967296 " DIVIDE " 255=", NULL, NULL, NULL,
     NULL},
    {"P09 b", "4294967303 / 255 =", "16843009", "4294967303 " DIVIDE " 255=", NULL, NULL, NULL,
     NULL},
    {"P10 a", "1000000000 / 64487 =", "15507", NULL, NULL, NULL, NULL, NULL},
    {"P10 b", "1000000000 / 64488 =", "15506", NULL, NULL, NULL, NULL, NULL},
    {"P11", "hex F", "F", NULL, "F", "15", "17", "1111"},
    {"P12", "123456789", "123456789", NULL, "75BCD15", "123456789", "726746425",
     "111010110111100110100010101"},
    {"P13", "1 not", "-2", "NOT(1)", "FFFFFFFFFFFFFFFE", "-2", "1777777777777777777776",
     "1" ONES59 "1110"},
    {"P14 or", "1 or 2 =", "3", NULL, NULL, NULL, NULL, NULL},
    {"P14 and", "1 and 2 =", "0", NULL, NULL, NULL, NULL, NULL},
    {"P15 ce", "1 or 2 ce", "0", "1 OR ", NULL, NULL, NULL, NULL},
    {"P15 c", "1 and 2 clear", "0", "", NULL, NULL, NULL, NULL},
    {"P16 lsh", "5 lsh 1 =", "10", NULL, NULL, NULL, NULL, NULL},
    {"P16 rsh", "25 neg rsh 1 =", "-13", NULL, NULL, NULL, NULL, NULL},
    {"P17 and", "25 and 7 =", "1", NULL, NULL, NULL, NULL, NULL},
    {"P17 nand", "25 nand 7 =", "-2", NULL, NULL, NULL, NULL, NULL},
    {"P17 or", "25 or 7 =", "31", NULL, NULL, NULL, NULL, NULL},
    {"P17 nor", "25 nor 7 =", "-32", NULL, NULL, NULL, NULL, NULL},
    {"P17 xor", "25 xor 7 =", "30", NULL, NULL, NULL, NULL, NULL},
    {"P17 not", "25 not =", "-26", NULL, NULL, NULL, NULL, NULL},
    {"P18", "bit63", MIN64, NULL, "8000000000000000", MIN64, NULL, NULL},
    {"P19 lsh", "oct 7 lsh 1 =", "16", NULL, "E", "14", "16", "1110"},
    {"P19 rsh", "oct 25 neg rsh 1 =", "1777777777777777777765", NULL, NULL, "-11", NULL, NULL},
    {"P20 and", "oct 16 and 7 =", "6", NULL, NULL, NULL, NULL, NULL},
    {"P20 nand", "oct 16 nand 7 =", "1777777777777777777771", NULL, NULL, NULL, NULL, NULL},
    {"P20 or", "oct 16 or 7 =", "17", NULL, NULL, NULL, NULL, NULL},
    {"P20 nor", "oct 16 nor 7 =", "1777777777777777777760", NULL, NULL, NULL, NULL, NULL},
    {"P20 xor", "oct 16 xor 7 =", "11", NULL, NULL, NULL, NULL, NULL},
    {"P20 not", "oct 16 not =", "1777777777777777777761", NULL, NULL, NULL, NULL, NULL},
    {"P21 lsh", "bin 1010 lsh 1 =", "10100", NULL, "14", "20", "24", "10100"},
    {"P21 rsh", "bin 1010 rsh 1 =", "101", NULL, NULL, NULL, NULL, NULL},
    {"P22 and", "bin 1010 and 1000 =", "1000", NULL, NULL, NULL, NULL, NULL},
    {"P22 nand", "bin 1010 nand 1000 =", "1" ONES59 "0111", NULL, NULL, "-9", NULL, NULL},
    {"P22 or", "bin 1010 or 1100 =", "1110", NULL, NULL, NULL, NULL, NULL},
    {"P22 nor", "bin 1010 nor 1100 =", "1" ONES59 "0001", NULL, NULL, "-15", NULL, NULL},
    {"P22 xor", "bin 1010 xor 1100 =", "110", NULL, NULL, NULL, NULL, NULL},
    {"P22 not", "bin 1010 not", "1" ONES59 "0101", NULL, NULL, "-11", NULL, NULL},
    {"P23 lsh", "hex A lsh B =", "5000", NULL, NULL, "20480", NULL, NULL},
    {"P23 rsh", "hex F rsh 2 =", "3", NULL, NULL, NULL, NULL, NULL},
    {"P24 and", "hex ABC and F =", "C", NULL, NULL, NULL, NULL, NULL},
    {"P24 nand", "hex ABC nand F =", "FFFFFFFFFFFFFFF3", NULL, NULL, "-13", NULL, NULL},
    {"P24 or", "hex ABC or F =", "ABF", NULL, NULL, NULL, NULL, NULL},
    {"P24 nor", "hex ABC nor F =", "FFFFFFFFFFFFF540", NULL, NULL, NULL, NULL, NULL},
    {"P24 xor", "hex ABC xor F =", "AB3", NULL, NULL, NULL, NULL, NULL},
    {"P24 not", "hex ABC not", "FFFFFFFFFFFFF543", NULL, NULL, NULL, NULL, NULL},
    {"P25 lsh", "7 lsh 1 =", "14", NULL, NULL, NULL, NULL, NULL},
    {"P25 rshl", "16 neg rshl 1 =", "9223372036854775800", NULL, NULL, NULL, NULL, NULL},
    {"P25 oct", "oct 16 neg rshl 1 =", "777777777777777777771", NULL, NULL, NULL, NULL, NULL},
    {"P25 hex", "hex F neg rshl 1 =", "7FFFFFFFFFFFFFF8", NULL, NULL, NULL, NULL, NULL},
    {"P26", "bin 1010 neg rshl 1 =", ONES59 "1011", NULL, "7FFFFFFFFFFFFFFB",
     "9223372036854775803", NULL, NULL},
    {"P27 rol", "7 rol =", "14", NULL, NULL, NULL, NULL, NULL},
    {"P27 ror", "16 neg ror =", "9223372036854775800", NULL, NULL, NULL, NULL, NULL},
    {"P27 oct rol", "oct 25 rol", "52", NULL, NULL, NULL, NULL, NULL},
    {"P27 oct ror", "oct 25 ror", "1000000000000000000012", NULL, NULL, NULL, NULL, NULL},
    {"P28 bin rol", "bin 1011 rol", "10110", NULL, NULL, NULL, NULL, NULL},
    {"P28 bin ror", "bin 1011 ror", "1" ZEROS59 "0101", NULL, NULL, NULL, NULL, NULL},
    {"P28 hex rol", "hex A rol", "14", NULL, NULL, "20", NULL, NULL},
    {"P28 hex ror", "hex F ror", "8000000000000007", NULL, NULL, NULL, NULL, NULL},
    {"P29 rolc", "7 neg rolc", "-14", NULL, NULL, NULL, NULL, NULL},
    {"P29 rorc", "17 rorc", "8", NULL, NULL, NULL, NULL, NULL},
    {"P29 oct rolc", "oct 111 rolc", "222", NULL, NULL, NULL, NULL, NULL},
    {"P29 oct rorc", "oct 111 rorc", "44", NULL, NULL, NULL, NULL, NULL},
    {"P30 bin rolc", "bin 1010 rolc", "10100", NULL, NULL, NULL, NULL, NULL},
    {"P30 bin rorc", "bin 1011 rorc", "101", NULL, NULL, NULL, NULL, NULL},
    {"P30 hex rolc", "hex 1010 rolc", "2020", NULL, NULL, NULL, NULL, NULL},
    {"P30 hex rorc", "hex 1010 rorc", "808", NULL, NULL, NULL, NULL, NULL},
    {"P32 and", "1 and 0 =", "0", NULL, NULL, NULL, NULL, NULL},
    {"P32 hex", "15 hex", "F", NULL, "F", "15", "17", "1111"},
    {"P33 a", "5 / 2 =", "2", "5 " DIVIDE " 2=", NULL, NULL, NULL, NULL},
    {"P33 b", "5 / 2 * 2 =", "4", NULL, NULL, NULL, NULL, NULL},
    {"P33 c", "7 neg / 2 =", "-3", NULL, NULL, NULL, NULL, NULL},
    {"P34 a", "7 mod 3 =", "1", "7 % 3=", NULL, NULL, NULL, NULL},
    {"P34 b", "7 neg mod 3 =", "-1", NULL, NULL, NULL, NULL, NULL},
    {"P34 c", "7 mod 0 =", "Result is undefined", NULL, NULL, NULL, NULL, NULL},
    {"P34 d", "7 / 0 =", "Cannot divide by zero", NULL, NULL, NULL, NULL, NULL},
    {"P35", "1 + 2 * 3 =", "7", NULL, NULL, NULL, NULL, NULL},
    {"P35 pending", "1 + 2 *", "2", "1 + 2 " TIMES " ", NULL, NULL, NULL, NULL},
    {"P36", "9223372036854775807", "9223372036854775807", NULL, "7FFFFFFFFFFFFFFF", NULL, NULL,
     NULL},
    {"P36 extra", "9223372036854775807 8", "9223372036854775807", NULL, NULL, NULL, NULL, NULL},
    {"P36 negative", "922337203685477580 neg 8", MIN64, NULL, "8000000000000000", NULL, NULL,
     NULL},
    {"P37 add", "9223372036854775807 + 1 =", MIN64, NULL, NULL, NULL, NULL, NULL},
    {"P37 mul", "9223372036854775807 * 2 =", "-2", NULL, NULL, NULL, NULL, NULL},
    {"P38 byte", "byte 127 + 1 =", "-128", NULL, "80", "-128", "200", "10000000"},
    {"P38 word", "word 32767 + 1 =", "-32768", NULL, "8000", NULL, NULL, NULL},
    {"P38 dword", "dword 2147483647 + 1 =", "-2147483648", NULL, "80000000", NULL, NULL, NULL},
    {"P39", "byte 255", "25", NULL, NULL, NULL, NULL, NULL},
    {"P40 300", "300 byte", "44", NULL, "2C", "44", NULL, NULL},
    {"P40 1000", "1000 byte", "-24", NULL, "E8", "-24", "350", "11101000"},
    {"P40 65537", "65537 word", "1", NULL, NULL, NULL, NULL, NULL},
    {"P41", "255 neg hex", "FFFFFFFFFFFFFF01", NULL, "FFFFFFFFFFFFFF01", "-255", NULL, NULL},
    {"P42 63", "1 lsh 63 =", MIN64, NULL, NULL, NULL, NULL, NULL},
    {"P42 64", "1 lsh 64 =", "Result not defined", NULL, NULL, NULL, NULL, NULL},
    {"P43 rsh", "8 neg rsh 1 =", "-4", NULL, NULL, NULL, NULL, NULL},
    {"P43 rshl", "8 neg rshl 1 =", "9223372036854775804", NULL, NULL, NULL, NULL, NULL},
    {"P43 byte", "byte 8 neg rshl 1 =", "124", NULL, NULL, NULL, NULL, NULL},
    {"P44 and", "12 and 10 =", "8", NULL, NULL, NULL, NULL, NULL},
    {"P44 or", "12 or 10 =", "14", NULL, NULL, NULL, NULL, NULL},
    {"P44 xor", "12 xor 10 =", "6", NULL, NULL, NULL, NULL, NULL},
    {"P44 nand", "12 nand 10 =", "-9", NULL, NULL, NULL, NULL, NULL},
    {"P44 nor", "12 nor 10 =", "-15", NULL, NULL, NULL, NULL, NULL},
    {"P44 not 12", "12 not", "-13", NULL, NULL, NULL, NULL, NULL},
    {"P44 not 0", "0 not", "-1", NULL, "FFFFFFFFFFFFFFFF", NULL, NULL, NULL},
    {"P45 hex", "hex A + 5 =", "F", NULL, NULL, NULL, NULL, NULL},
    {"P45 bin", "bin 1010 + 11 =", "1101", NULL, NULL, NULL, NULL, NULL},
    {"P45 oct", "oct 17 + 1 =", "20", NULL, NULL, NULL, NULL, NULL},
    {"P46", "hex FFFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFF", NULL, "FFFFFFFFFFFFFFFF", "-1", NULL,
     NULL},
    {"P47", "1 .", "1", NULL, NULL, NULL, NULL, NULL},
    {"P47 more", "1 . 5", "15", NULL, NULL, NULL, NULL, NULL},
    /* 3.11: remainder signs */
    {"3.11 25 % -4", "25 mod 4 neg =", "1", NULL, NULL, NULL, NULL, NULL},
    {"3.11 -25 % 4", "25 neg mod 4 =", "-1", NULL, NULL, NULL, NULL, NULL},
    /* 1.2 / DESIGN: digits the radix lacks are disabled and do nothing */
    {"hex digit in DEC", "1 A 2", "12", NULL, NULL, NULL, NULL, NULL},
    {"8 and 9 in OCT", "oct 1 8 9 7", "17", NULL, NULL, "15", NULL, NULL},
    {"2 in BIN", "bin 1 2 0", "10", NULL, NULL, "2", NULL, NULL},
    /* bit keypad: bits 0..63, only inside the word */
    {"bits 0 1 2", "bit0 bit1 bit2", "7", NULL, "7", "7", "7", "111"},
    {"bit toggled twice", "bit5 bit5", "0", NULL, NULL, NULL, NULL, NULL},
    {"bit beyond BYTE", "byte bit8", "0", NULL, NULL, NULL, NULL, NULL},
    {"bit 7 of BYTE", "byte bit7", "-128", NULL, "80", NULL, NULL, NULL},
    /* +/- in HEX/OCT/BIN negates the value (Windows commits the typed number first) */
    {"hex neg", "hex F neg", "FFFFFFFFFFFFFFF1", NULL, NULL, "-15", NULL, NULL},
    {"hex neg then digit", "hex F neg 1", "1", NULL, NULL, NULL, NULL, NULL},
    {"bin neg byte", "byte bin 1 neg", "11111111", NULL, NULL, "-1", NULL, NULL},
    /* C resets the rotate-through-carry bit (scicomm.cpp IDC_CLEAR) */
    {"carry reset by C", "1 rorc clear 2 rorc", "1", NULL, NULL, NULL, NULL, NULL},
    {"carry kept", "1 rorc 2 rorc", "-9223372036854775807", NULL, NULL, NULL, NULL, NULL},
    /* input limits of the other radixes and word sizes (1.2, 2.3) */
    {"BIN 64 digits", "bin 11111111111111111111111111111111111111111111111111111111111111111", "1111111111111111111111111111111111111111111111111111111111111111", NULL, "FFFFFFFFFFFFFFFF", "-1", NULL, NULL},
    {"OCT 22 digits", "oct 17777777777777777777777", "1777777777777777777777", NULL, NULL, "-1",
     NULL, NULL},
    {"OCT 2 then 21 more", "oct 2000000000000000000000", "200000000000000000000", NULL,
     "2000000000000000", NULL, NULL, NULL},
    {"DWORD DEC limit", "dword 21474836478", "2147483647", NULL, NULL, NULL, NULL, NULL},
    {"WORD HEX 4 digits", "word hex FFFFF", "FFFF", NULL, NULL, "-1", NULL, NULL},
    {"BYTE OCT 377", "byte oct 3777", "377", NULL, NULL, "-1", NULL, NULL},
    {"BYTE BIN 8 digits", "byte bin 111111111", "11111111", NULL, NULL, "-1", NULL, NULL},
    /* narrowing then widening keeps the truncated value */
    {"300 BYTE QWORD", "300 byte qword", "44", NULL, NULL, NULL, NULL, NULL},
    /* unary functions at smaller words */
    {"BYTE NOT 0", "byte 0 not", "-1", NULL, "FF", NULL, NULL, NULL},
    {"BYTE RoL bit 7", "byte bit7 rol", "1", NULL, NULL, NULL, NULL, NULL},
    {"WORD RoR 1", "word 1 ror", "-32768", NULL, "8000", NULL, NULL, NULL},
    /* = repeats the last operation (2.5) */
    {"repeat +", "1 + 2 = =", "5", NULL, NULL, NULL, NULL, NULL},
    {"repeat lsh", "2 lsh 1 = =", "8", NULL, NULL, NULL, NULL, NULL},
    {"repeat wraps", "byte 100 + 20 = =", "-116", NULL, NULL, NULL, NULL, NULL},
    /* word size change widens keeping the signed value */
    {"BYTE -24 to QWORD", "1000 byte qword", "-24", NULL, "FFFFFFFFFFFFFFE8", NULL, NULL, NULL},
    /* shifts by a negative count are not defined (the count is read unsigned) */
    {"lsh negative count", "1 lsh 1 neg =", "Result not defined", NULL, NULL, NULL, NULL, NULL},
    {"BYTE lsh 8", "byte 1 lsh 8 =", "Result not defined", NULL, NULL, NULL, NULL, NULL},
    /* precedence levels: OR, XOR < AND, NAND, NOR < +, - < *, /, mod, shifts */
    {"2.7 or and", "1 or 2 and 4 =", "1", NULL, NULL, NULL, NULL, NULL},
    {"2.7 and plus", "12 and 5 + 3 =", "8", NULL, NULL, NULL, NULL, NULL},
    {"2.7 plus lsh", "1 + 1 lsh 2 =", "5", NULL, NULL, NULL, NULL, NULL},
    {"2.7 xor or", "1 xor 1 or 1 =", "1", NULL, NULL, NULL, NULL, NULL},
    {"2.7 parentheses", "( 1 + 2 ) * 3 =", "9", NULL, NULL, NULL, NULL, NULL},
    /* 0 / 0 */
    {"0/0", "0 / 0 =", "Result is undefined", NULL, NULL, NULL, NULL, NULL},
};

static void test_programmer_cases(void **state)
{
    (void)state;
    static const struct { calc_radix r; const char *name; } rows[] = {
        {RADIX_HEX, "HEX row"}, {RADIX_DEC, "DEC row"}, {RADIX_OCT, "OCT row"}, {RADIX_BIN, "BIN row"},
    };
    int failures = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const prog_case *t = &cases[i];
        calc *c = fresh_programmer();
        press(c, t->keys, t->label);
        failures += check_text(t->label, "display", calc_display(c), t->display);
        if (t->expr != NULL)
            failures += check_text(t->label, "expression", calc_expression(c), t->expr);
        const char *want[4] = {t->hex, t->dec, t->oct, t->bin};
        for (size_t k = 0; k < 4; k++) {
            if (want[k] != NULL)
                failures += check_text(t->label, rows[k].name, calc_display_in_radix(c, rows[k].r),
                                       want[k]);
        }
    }
    printf("%d mismatches in %d cases\n", failures, (int)(sizeof cases / sizeof cases[0]));
    assert_int_equal(failures, 0);
}

/* Error states report their status; C clears them (2.4). */
static void test_errors(void **state)
{
    (void)state;
    static const struct { const char *keys; calc_status status; } errs[] = {
        {"7 mod 0 =", CALC_ERR_UNDEFINED},
        {"7 / 0 =", CALC_ERR_DIV_ZERO},
        {"1 lsh 64 =", CALC_ERR_NOT_DEFINED},
        {"5 rsh 64 =", CALC_ERR_NOT_DEFINED},
        {"5 rshl 100 =", CALC_ERR_NOT_DEFINED},
    };
    int failures = 0;
    for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        calc *c = fresh_programmer();
        press(c, errs[i].keys, errs[i].keys);
        if (!calc_in_error(c) || calc_error(c) != errs[i].status) {
            printf("case \"%s\": status %d, want %d\n", errs[i].keys, (int)calc_error(c),
                   (int)errs[i].status);
            failures++;
        }
        calc_execute(c, CMD_CLEAR);
        if (calc_in_error(c) || calc_error(c) != CALC_OK) {
            printf("case \"%s\": still in error after C\n", errs[i].keys);
            failures++;
        }
        failures += check_text(errs[i].keys, "display after C", calc_display(c), "0");
    }
    assert_int_equal(failures, 0);
}

/* Radix, word size and raw bits as the window reads them (P11, P18, P40). */
static void test_settings_and_bits(void **state)
{
    (void)state;
    calc *c = fresh_programmer();
    assert_int_equal(calc_get_radix(c), RADIX_DEC);
    assert_int_equal(calc_get_word(c), WORD_QWORD);
    assert_int_equal(calc_precision(c), 64);
    press(c, "bit63", "P18");
    assert_true(calc_bits(c) == UINT64_C(0x8000000000000000));
    press(c, "clear 300 byte", "P40");
    assert_int_equal(calc_get_word(c), WORD_BYTE);
    assert_true(calc_bits(c) == 44);
    press(c, "clear qword 1000 byte", "P40");
    assert_true(calc_bits(c) == 0xE8);
    press(c, "hex", "P11");
    assert_int_equal(calc_get_radix(c), RADIX_HEX);
    press(c, "oct", "oct");
    assert_int_equal(calc_get_radix(c), RADIX_OCT);
    press(c, "bin", "bin");
    assert_int_equal(calc_get_radix(c), RADIX_BIN);
    press(c, "word", "word");
    assert_int_equal(calc_get_word(c), WORD_WORD);
    press(c, "dword", "dword");
    assert_int_equal(calc_get_word(c), WORD_DWORD);
    press(c, "qword dec", "qword");
    assert_int_equal(calc_get_word(c), WORD_QWORD);
    assert_int_equal(calc_get_radix(c), RADIX_DEC);
}

/* Buttons the window disables (1.2): digits outside the radix, '.', bit
 * switches beyond the word. */
static void test_enabled_buttons(void **state)
{
    (void)state;
    calc *c = fresh_programmer();
    assert_true(calc_command_enabled(c, CMD_DIGIT_9));
    assert_false(calc_command_enabled(c, CMD_DIGIT_A));
    assert_false(calc_command_enabled(c, CMD_DECIMAL));
    assert_true(calc_command_enabled(c, CMD_BIT_0 + 63));
    press(c, "hex", "hex");
    assert_true(calc_command_enabled(c, CMD_DIGIT_F));
    press(c, "oct", "oct");
    assert_true(calc_command_enabled(c, CMD_DIGIT_7));
    assert_false(calc_command_enabled(c, CMD_DIGIT_8));
    press(c, "bin", "bin");
    assert_true(calc_command_enabled(c, CMD_DIGIT_1));
    assert_false(calc_command_enabled(c, CMD_DIGIT_2));
    press(c, "byte", "byte");
    assert_true(calc_command_enabled(c, CMD_BIT_0 + 7));
    assert_false(calc_command_enabled(c, CMD_BIT_0 + 8));
}

/* P31: a QWORD minimum pasted at DWORD is refused and changes nothing. */
static void test_paste(void **state)
{
    (void)state;
    calc *c = fresh_programmer();
    press(c, "bit63", "P31");
    char copied[64];
    snprintf(copied, sizeof copied, "%s", calc_display(c));
    assert_string_equal(copied, MIN64);
    press(c, "clear dword 5", "P31");
    assert_int_equal(calc_paste(c, copied, ".", ","), CALC_ERR_INVALID);
    assert_string_equal(calc_display(c), "5");
    assert_int_equal(calc_get_word(c), WORD_DWORD);
    /* a value that fits is accepted */
    assert_int_equal(calc_paste(c, "-2147483648", ".", ","), CALC_OK);
    assert_string_equal(calc_display(c), "-2147483648");
}

/* P36, P39, P46 with backspace: the limit is re-checked on every digit. */
static void test_input_limits(void **state)
{
    (void)state;
    calc *c = fresh_programmer();
    press(c, "byte 12", "P39");
    calc_execute(c, CMD_DIGIT_8);
    assert_string_equal(calc_display(c), "12");
    calc_execute(c, CMD_DIGIT_7);
    assert_string_equal(calc_display(c), "127");
    calc_execute(c, CMD_BACK);
    assert_string_equal(calc_display(c), "12");
    calc_execute(c, CMD_NEGATE);
    calc_execute(c, CMD_DIGIT_8);
    assert_string_equal(calc_display(c), "-128");
    calc_execute(c, CMD_EQUALS);
    assert_string_equal(calc_display(c), "-128");
}

/* ---- random arguments against an independent model ---------------------- */

/* The model below is written from the spec (2.1, 2.4, 2.7, 3.10), not from
 * progint: C integer arithmetic on the signed value, wrapped to the word. */

typedef struct model_op { const char *token; int level; } model_op;

static const model_op model_ops[] = {
    {"+", 3}, {"-", 3}, {"*", 4}, {"/", 4}, {"mod", 4}, {"and", 2}, {"or", 1},
    {"xor", 1}, {"nand", 2}, {"nor", 2}, {"lsh", 4}, {"rsh", 4}, {"rshl", 4},
};

static uint64_t rng_state = 0x243F6A8885A308D3ull;

static uint64_t rng_next(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static uint64_t word_mask(int bits)
{
    return bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;
}

static int64_t as_signed(uint64_t x, int bits)
{
    x &= word_mask(bits);
    if (bits < 64 && (x >> (bits - 1)) & 1)
        x |= ~word_mask(bits);
    return x > (uint64_t)INT64_MAX ? -(int64_t)(~x) - 1 : (int64_t)x;
}

/* One step of the model; returns 0 or an error text. */
static const char *model_apply(const char *op, uint64_t a, uint64_t b, int bits, uint64_t *out)
{
    uint64_t m = word_mask(bits);
    int64_t sa = as_signed(a, bits), sb = as_signed(b, bits);
    a &= m;
    b &= m;
    uint64_t r;
    if (strcmp(op, "+") == 0) r = a + b;
    else if (strcmp(op, "-") == 0) r = a - b;
    else if (strcmp(op, "*") == 0) r = a * b;
    else if (strcmp(op, "and") == 0) r = a & b;
    else if (strcmp(op, "or") == 0) r = a | b;
    else if (strcmp(op, "xor") == 0) r = a ^ b;
    else if (strcmp(op, "nand") == 0) r = ~(a & b);
    else if (strcmp(op, "nor") == 0) r = ~(a | b);
    else if (strcmp(op, "/") == 0 || strcmp(op, "mod") == 0) {
        bool is_div = op[0] == '/';
        if (sb == 0)
            return (!is_div || sa == 0) ? "Result is undefined" : "Cannot divide by zero";
        if (sa == INT64_MIN && sb == -1)
            r = is_div ? (uint64_t)INT64_MIN : 0; /* the one C overflow: wraps */
        else
            r = (uint64_t)(is_div ? sa / sb : sa % sb); /* C99: truncation, sign of dividend */
    } else {
        if (b >= (uint64_t)bits)
            return "Result not defined"; /* also negative counts, read unsigned */
        if (strcmp(op, "lsh") == 0)
            r = a << b;
        else if (strcmp(op, "rshl") == 0)
            r = a >> b;
        else /* arithmetic: floor(sa / 2^b) */
            r = (uint64_t)(sa >= 0 ? sa >> b : -1 - ((-1 - sa) >> b));
    }
    *out = r & m;
    return NULL;
}

/* Types a word-sized pattern in DEC (signed, +/- before the last digit so
 * that the most negative value fits) or in HEX (the pattern itself). */
static void type_value(calc *c, uint64_t x, int bits, bool hex, char *expr_text, size_t cap)
{
    char digits[32];
    if (hex) {
        snprintf(digits, sizeof digits, "%llX", (unsigned long long)(x & word_mask(bits)));
        snprintf(expr_text, cap, "%s", digits);
        press(c, digits, "random operand");
        return;
    }
    int64_t v = as_signed(x, bits);
    unsigned long long mag = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    snprintf(digits, sizeof digits, "%llu", mag);
    snprintf(expr_text, cap, "%s%s", v < 0 ? "-" : "", digits);
    size_t n = strlen(digits);
    for (size_t i = 0; i + 1 < n; i++)
        calc_execute(c, digit_id(digits[i]));
    if (v < 0 && n > 1)
        calc_execute(c, CMD_NEGATE);
    calc_execute(c, digit_id(digits[n - 1]));
    if (v < 0 && n == 1)
        calc_execute(c, CMD_NEGATE);
}

static uint64_t random_operand(int bits)
{
    uint64_t r = rng_next();
    switch (r % 5) {
    case 0: return r >> 60;                                   /* small */
    case 1: return (uint64_t)-(int64_t)(r >> 60);             /* small negative */
    case 2: return (word_mask(bits) >> 1) + (r >> 62) - 1;    /* near the sign bit */
    default: return rng_next() & word_mask(bits);
    }
}

static void format_expected(uint64_t r, int bits, bool hex, char *buf, size_t cap)
{
    if (hex)
        snprintf(buf, cap, "%llX", (unsigned long long)(r & word_mask(bits)));
    else
        snprintf(buf, cap, "%lld", (long long)as_signed(r, bits));
}

/* a OP1 b OP2 c = with random operands, operators, word sizes and radix
 * (DEC or HEX), against the model with the precedence levels of 2.7. */
static void test_random_expressions(void **state)
{
    (void)state;
    static const struct { const char *key; int bits; } words[] = {
        {"qword", 64}, {"dword", 32}, {"word", 16}, {"byte", 8},
    };
    const size_t nops = sizeof model_ops / sizeof model_ops[0];
    int failures = 0;
    for (int i = 0; i < 600; i++) {
        int bits = words[i % 4].bits;
        bool hex = (i / 4) % 2 == 1;
        const model_op *op1 = &model_ops[rng_next() % nops];
        const model_op *op2 = &model_ops[rng_next() % nops];
        uint64_t a = random_operand(bits), b = random_operand(bits), cc = random_operand(bits);
        if (op1->level == 4 && op1->token[1] == 's')
            b = rng_next() % (uint64_t)(bits + 3); /* shift counts near the word size */
        if (op2->level == 4 && op2->token[1] == 's')
            cc = rng_next() % (uint64_t)(bits + 3);

        /* the model */
        uint64_t r = 0, t = 0;
        const char *err;
        if (op2->level > op1->level) {
            err = model_apply(op2->token, b, cc, bits, &t);
            if (err == NULL)
                err = model_apply(op1->token, a, t, bits, &r);
        } else {
            err = model_apply(op1->token, a, b, bits, &t);
            if (err == NULL) {
                err = model_apply(op2->token, t, cc, bits, &r);
            } else {
                /* The error shows when op2 is pressed; then, as in the app
                 * (2.4), typing c clears it and starts afresh: "c =" shows c. */
                err = NULL;
                r = cc;
            }
        }
        char want[48];
        if (err != NULL)
            snprintf(want, sizeof want, "%s", err);
        else
            format_expected(r, bits, hex, want, sizeof want);

        /* the calculator */
        calc *c = fresh_programmer();
        press(c, words[i % 4].key, "word");
        if (hex)
            press(c, "hex", "hex");
        char ta[48], tb[48], tc[48], label[200];
        type_value(c, a, bits, hex, ta, sizeof ta);
        press(c, op1->token, "op1");
        type_value(c, b, bits, hex, tb, sizeof tb);
        press(c, op2->token, "op2");
        type_value(c, cc, bits, hex, tc, sizeof tc);
        press(c, "=", "=");
        snprintf(label, sizeof label, "%s %s%s %s %s %s %s =", words[i % 4].key, hex ? "hex " : "",
                 ta, op1->token, tb, op2->token, tc);
        failures += check_text(label, "display", calc_display(c), want);
    }
    printf("%d mismatches in 600 random expressions\n", failures);
    assert_int_equal(failures, 0);
}

/* Unary functions and the carry on random values against the model. */
static void test_random_unary(void **state)
{
    (void)state;
    static const struct { const char *key; int bits; } words[] = {
        {"qword", 64}, {"dword", 32}, {"word", 16}, {"byte", 8},
    };
    int failures = 0;
    for (int i = 0; i < 200; i++) {
        int bits = words[i % 4].bits;
        uint64_t m = word_mask(bits), top = UINT64_C(1) << (bits - 1);
        uint64_t x = random_operand(bits) & m, r = x, carry = 0;
        char keys[160] = "", ta[48];
        calc *c = fresh_programmer();
        press(c, words[i % 4].key, "word");
        type_value(c, x, bits, false, ta, sizeof ta);
        snprintf(keys, sizeof keys, "%s %s", words[i % 4].key, ta);
        for (int k = 0; k < 4; k++) {
            static const char *const fns[] = {"not", "rol", "ror", "rolc", "rorc"};
            const char *fn = fns[rng_next() % 5];
            uint64_t msb = (r & top) ? 1 : 0, lsb = r & 1;
            if (strcmp(fn, "not") == 0) r = ~r;
            else if (strcmp(fn, "rol") == 0) r = (r << 1) | msb;
            else if (strcmp(fn, "ror") == 0) r = (r >> 1) | (lsb ? top : 0);
            else if (strcmp(fn, "rolc") == 0) { r = (r << 1) | carry; carry = msb; }
            else { r = (r >> 1) | (carry ? top : 0); carry = lsb; }
            r &= m;
            press(c, fn, "unary");
            strncat(keys, " ", sizeof keys - strlen(keys) - 1);
            strncat(keys, fn, sizeof keys - strlen(keys) - 1);
        }
        char want[48];
        format_expected(r, bits, false, want, sizeof want);
        failures += check_text(keys, "display", calc_display(c), want);
    }
    printf("%d mismatches in 200 random function chains\n", failures);
    assert_int_equal(failures, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_programmer_cases, destroy_current),
        cmocka_unit_test_teardown(test_errors, destroy_current),
        cmocka_unit_test_teardown(test_settings_and_bits, destroy_current),
        cmocka_unit_test_teardown(test_enabled_buttons, destroy_current),
        cmocka_unit_test_teardown(test_paste, destroy_current),
        cmocka_unit_test_teardown(test_input_limits, destroy_current),
        cmocka_unit_test_teardown(test_random_expressions, destroy_current),
        cmocka_unit_test_teardown(test_random_unary, destroy_current),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
