/* Tests of progint: programmer-mode integer operations, texts and input
 * limits, at the operation level of WINDOWS-CALCULATOR.md 3.10 (P01-P47) and
 * the remainder / grouping facts of 3.11. Table-driven. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "progint.h"

#define Q WORD_QWORD
#define D WORD_DWORD
#define W WORD_WORD
#define B WORD_BYTE

/* Names the table row that failed, then fails (cmocka stops at the first). */
#define EXPECT(label, cond)                                              \
    do {                                                                 \
        if (!(cond)) {                                                   \
            printf("case \"%s\": expected %s\n", (label), #cond);      \
            fail();                                                      \
        }                                                                \
    } while (0)
#define EXPECT_STR(label, got, want)                                     \
    do {                                                                 \
        if (strcmp((got), (want)) != 0) {                                \
            printf("case \"%s\": got \"%s\", want \"%s\"\n", (label), (got), (want)); \
            fail();                                                      \
        }                                                                \
    } while (0)

#define I64_MIN INT64_MIN
#define I64_MAX INT64_MAX

/* ---- word size ---------------------------------------------------------- */

typedef struct trunc_case {
    int64_t value;
    calc_word word;
    int64_t signed_result;
    uint64_t bits;
} trunc_case;

static const trunc_case trunc_cases[] = {
    {300, B, 44, 0x2C},                       /* P40 */
    {1000, B, -24, 0xE8},                     /* P40 */
    {65537, W, 1, 1},                         /* P40 */
    {-1, B, -1, 0xFF},
    {-1, Q, -1, UINT64_MAX},
    {128, B, -128, 0x80},
    {255, B, -1, 0xFF},
    {256, B, 0, 0},
    {32768, W, -32768, 0x8000},
    {2147483648LL, D, -2147483647LL - 1, 0x80000000u},
    {4294967296LL, D, 0, 0},
    {-2147483649LL, D, 2147483647LL, 0x7FFFFFFFu},
    {I64_MIN, Q, I64_MIN, UINT64_C(0x8000000000000000)},
    {I64_MAX, Q, I64_MAX, UINT64_C(0x7FFFFFFFFFFFFFFF)},
    {I64_MIN, B, 0, 0},
    {-129, B, 127, 0x7F},
};

static void test_truncate_to_word(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof trunc_cases / sizeof trunc_cases[0]; i++) {
        const trunc_case *t = &trunc_cases[i];
        uint64_t bits = prog_truncate_to_word(t->value, t->word);
        char label[64];
        snprintf(label, sizeof label, "%lld at %d bits", (long long)t->value, (int)t->word);
        EXPECT(label, bits == t->bits);
        EXPECT(label, prog_sign_extend(bits, t->word) == t->signed_result);
        EXPECT(label, prog_is_negative(bits, t->word) == (t->signed_result < 0));
    }
}

static void test_word_basics(void **state)
{
    (void)state;
    assert_int_equal(prog_word_bits(Q), 64);
    assert_int_equal(prog_word_bits(D), 32);
    assert_int_equal(prog_word_bits(W), 16);
    assert_int_equal(prog_word_bits(B), 8);
    assert_int_equal(prog_word_bits((calc_word)12), 64); /* unknown acts as QWORD */
    assert_true(prog_mask(B) == 0xFFu);
    assert_true(prog_mask(W) == 0xFFFFu);
    assert_true(prog_mask(D) == 0xFFFFFFFFu);
    assert_true(prog_mask(Q) == UINT64_MAX);
    /* sign extension ignores stray bits above the word */
    assert_true(prog_sign_extend(0x1E8, B) == -24);
}

typedef struct change_case {
    int64_t value;
    calc_word from, to;
    int64_t result;
} change_case;

static const change_case change_cases[] = {
    {300, Q, B, 44},      /* P40: 300 then BYTE */
    {1000, Q, B, -24},    /* P40 */
    {65537, Q, W, 1},     /* P40: 65537 then WORD */
    {-24, B, Q, -24},     /* widening keeps the signed value */
    {-128, B, W, -128},
    {127, B, D, 127},
    {-1, Q, B, -1},
    {-9223372036854775807LL - 1, Q, D, 0},
    {4294967295LL, Q, D, -1},
    {-32768, W, B, 0},
};

static void test_change_word(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof change_cases / sizeof change_cases[0]; i++) {
        const change_case *t = &change_cases[i];
        uint64_t bits = prog_truncate_to_word(t->value, t->from);
        uint64_t out = prog_change_word(bits, t->from, t->to);
        char label[64];
        snprintf(label, sizeof label, "%lld %d -> %d bits", (long long)t->value, (int)t->from,
                 (int)t->to);
        EXPECT(label, out == (out & prog_mask(t->to)));
        EXPECT(label, prog_sign_extend(out, t->to) == t->result);
    }
}

/* ---- wrapping numbers from the rest of the calculator ------------------- */

/* Builds a bigint from decimal text by filling its base-1e9 limbs directly. */
static void bigint_from_text(bigint *m, const char *s)
{
    memset(m, 0, sizeof *m);
    int len = (int)strlen(s);
    for (int end = len; end > 0; end -= BI_BASE_DIGITS) {
        int start = end - BI_BASE_DIGITS < 0 ? 0 : end - BI_BASE_DIGITS;
        uint32_t limb = 0;
        for (int i = start; i < end; i++)
            limb = limb * 10u + (uint32_t)(s[i] - '0');
        m->d[m->n++] = limb;
    }
    while (m->n > 0 && m->d[m->n - 1] == 0)
        m->n--;
}

typedef struct wrap_case {
    const char *magnitude;
    int32_t exp10;
    bool negative;
    calc_word word;
    uint64_t bits;
} wrap_case;

static const wrap_case wrap_cases[] = {
    {"0", 0, false, Q, 0},
    {"0", 5, true, Q, 0},
    {"300", 0, false, B, 44},
    {"1", 3, false, B, 0xE8},                       /* 1000 -> -24 */
    {"9223372036854775807", 0, false, Q, UINT64_C(0x7FFFFFFFFFFFFFFF)},
    {"9223372036854775808", 0, false, Q, UINT64_C(0x8000000000000000)},
    {"9223372036854775808", 0, true, Q, UINT64_C(0x8000000000000000)},
    {"18446744073709551615", 0, false, Q, UINT64_MAX},
    {"18446744073709551616", 0, false, Q, 0},
    {"18446744073709551617", 0, false, Q, 1},
    {"18446744073709551617", 0, true, Q, UINT64_MAX},
    {"1", 30, false, Q, UINT64_C(0x4674EDEA40000000) /* 10^30 mod 2^64 */},
    {"1", 64, false, Q, 0},                        /* 2^64 divides 10^64 */
    {"1", 9999, false, Q, 0},
    {"123456789", 0, true, Q, (uint64_t)-123456789LL},
    {"255", 0, true, Q, UINT64_C(0xFFFFFFFFFFFFFF01)}, /* P41 */
    /* a non-canonical negative exponent truncates: 12345 * 10^-2 -> 123 */
    {"12345", -2, false, Q, 123},
    {"12345", -5, false, Q, 0},
    {"12345", -2000000000, true, Q, 0},
    /* 2^64 * 10^200 reduced: 10^200 is divisible by 2^64 -> 0 */
    {"18446744073709551616", 200, false, Q, 0},
    {"123456789012345678901234567890123456789012345678901234567890", 0, false, Q,
     UINT64_C(0x8CCFF196CE3F0AD2) /* low 64 bits, checked below */},
};

/* Independent check of the low 64 bits of a decimal text: schoolbook base-2^16 limbs. */
static uint64_t low64_of_decimal(const char *s)
{
    uint32_t limbs[16] = {0}; /* base 2^16, little endian: plenty for 60 digits */
    for (; *s; s++) {
        uint32_t carry = (uint32_t)(*s - '0');
        for (int i = 0; i < 16; i++) {
            uint32_t v = limbs[i] * 10u + carry;
            limbs[i] = v & 0xFFFFu;
            carry = v >> 16;
        }
    }
    return (uint64_t)limbs[0] | (uint64_t)limbs[1] << 16 | (uint64_t)limbs[2] << 32 |
           (uint64_t)limbs[3] << 48;
}

static void test_wrap_integer(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof wrap_cases / sizeof wrap_cases[0]; i++) {
        const wrap_case *t = &wrap_cases[i];
        bigint m;
        bigint_from_text(&m, t->magnitude);
        EXPECT(t->magnitude, prog_wrap_integer(&m, t->exp10, t->negative, t->word) == t->bits);
    }
    assert_true(low64_of_decimal("123456789012345678901234567890123456789012345678901234567890") ==
                UINT64_C(0x8CCFF196CE3F0AD2));
    assert_true(low64_of_decimal("1000000000000000000000000000000") == UINT64_C(0x4674EDEA40000000));
    assert_true(prog_wrap_integer(NULL, 0, false, Q) == 0);
}

/* ---- binary operators --------------------------------------------------- */

typedef struct binary_case {
    const char *label;
    int op;
    int64_t left, right;
    calc_word word;
    calc_status status;
    int64_t result; /* signed meaning at the word size */
} binary_case;

static const binary_case binary_cases[] = {
    {"P01", CMD_NAND, 53, 83, Q, CALC_OK, -18},
    {"P02", CMD_NOR, 53, 83, Q, CALC_OK, -120},
    {"P03", CMD_LSH, 5, 1, Q, CALC_OK, 10},
    {"P04", CMD_RSHL, 5, 1, Q, CALC_OK, 2},
    {"P05", CMD_RSH, I64_MIN, 56, Q, CALC_OK, -128},
    {"P09a", CMD_DIV, 4294967296LL, 255, Q, CALC_OK, 16843009},
    {"P09b", CMD_DIV, 4294967303LL, 255, Q, CALC_OK, 16843009},
    {"P10a", CMD_DIV, 1000000000, 64487, Q, CALC_OK, 15507},
    {"P10b", CMD_DIV, 1000000000, 64488, Q, CALC_OK, 15506},
    {"P14 or", CMD_OR, 1, 2, Q, CALC_OK, 3},
    {"P14 and", CMD_AND, 1, 2, Q, CALC_OK, 0},
    {"P16 lsh", CMD_LSH, 5, 1, Q, CALC_OK, 10},
    {"P16 rsh", CMD_RSH, -25, 1, Q, CALC_OK, -13},
    {"P17 and", CMD_AND, 25, 7, Q, CALC_OK, 1},
    {"P17 nand", CMD_NAND, 25, 7, Q, CALC_OK, -2},
    {"P17 or", CMD_OR, 25, 7, Q, CALC_OK, 31},
    {"P17 nor", CMD_NOR, 25, 7, Q, CALC_OK, -32},
    {"P17 xor", CMD_XOR, 25, 7, Q, CALC_OK, 30},
    {"P19 lsh", CMD_LSH, 7, 1, Q, CALC_OK, 14},            /* OCT 16 */
    {"P19 rsh", CMD_RSH, -21, 1, Q, CALC_OK, -11},         /* OCT 25 ± */
    {"P20 and", CMD_AND, 14, 7, Q, CALC_OK, 6},
    {"P20 nand", CMD_NAND, 14, 7, Q, CALC_OK, -7},
    {"P20 or", CMD_OR, 14, 7, Q, CALC_OK, 15},
    {"P20 nor", CMD_NOR, 14, 7, Q, CALC_OK, -16},
    {"P20 xor", CMD_XOR, 14, 7, Q, CALC_OK, 9},
    {"P21 lsh", CMD_LSH, 10, 1, Q, CALC_OK, 20},
    {"P21 rsh", CMD_RSH, 10, 1, Q, CALC_OK, 5},
    {"P22 and", CMD_AND, 10, 8, Q, CALC_OK, 8},
    {"P22 nand", CMD_NAND, 10, 8, Q, CALC_OK, -9},
    {"P22 or", CMD_OR, 10, 12, Q, CALC_OK, 14},
    {"P22 nor", CMD_NOR, 10, 12, Q, CALC_OK, -15},
    {"P22 xor", CMD_XOR, 10, 12, Q, CALC_OK, 6},
    {"P23 lsh", CMD_LSH, 0xA, 0xB, Q, CALC_OK, 0x5000},
    {"P23 rsh", CMD_RSH, 0xF, 2, Q, CALC_OK, 3},
    {"P24 and", CMD_AND, 0xABC, 0xF, Q, CALC_OK, 0xC},
    {"P24 nand", CMD_NAND, 0xABC, 0xF, Q, CALC_OK, -13},
    {"P24 or", CMD_OR, 0xABC, 0xF, Q, CALC_OK, 0xABF},
    {"P24 nor", CMD_NOR, 0xABC, 0xF, Q, CALC_OK, -0xAC0},
    {"P24 xor", CMD_XOR, 0xABC, 0xF, Q, CALC_OK, 0xAB3},
    {"P25 lsh", CMD_LSH, 7, 1, Q, CALC_OK, 14},
    {"P25 rshl", CMD_RSHL, -16, 1, Q, CALC_OK, 9223372036854775800LL},
    {"P25 oct", CMD_RSHL, -14, 1, Q, CALC_OK, 9223372036854775801LL},
    {"P25 hex", CMD_RSHL, -15, 1, Q, CALC_OK, 0x7FFFFFFFFFFFFFF8LL},
    {"P26", CMD_RSHL, -10, 1, Q, CALC_OK, 9223372036854775803LL},
    {"P33a", CMD_DIV, 5, 2, Q, CALC_OK, 2},
    {"P33b", CMD_MUL, 2, 2, Q, CALC_OK, 4},
    {"P33c", CMD_DIV, -7, 2, Q, CALC_OK, -3},
    {"P34a", CMD_MOD, 7, 3, Q, CALC_OK, 1},
    {"P34b", CMD_MOD, -7, 3, Q, CALC_OK, -1},
    {"P34c", CMD_MOD, 7, 0, Q, CALC_ERR_UNDEFINED, 0},
    {"P34d", CMD_DIV, 7, 0, Q, CALC_ERR_DIV_ZERO, 0},
    {"0/0", CMD_DIV, 0, 0, Q, CALC_ERR_UNDEFINED, 0},
    {"0%0", CMD_MOD, 0, 0, Q, CALC_ERR_UNDEFINED, 0},
    {"-5/0", CMD_DIV, -5, 0, B, CALC_ERR_DIV_ZERO, 0},
    {"P35 mul", CMD_MUL, 2, 3, Q, CALC_OK, 6},
    {"P35 add", CMD_ADD, 1, 6, Q, CALC_OK, 7},
    {"P37 add", CMD_ADD, I64_MAX, 1, Q, CALC_OK, I64_MIN},
    {"P37 mul", CMD_MUL, I64_MAX, 2, Q, CALC_OK, -2},
    {"P38 byte", CMD_ADD, 127, 1, B, CALC_OK, -128},
    {"P38 word", CMD_ADD, 32767, 1, W, CALC_OK, -32768},
    {"P38 dword", CMD_ADD, 2147483647, 1, D, CALC_OK, -2147483647LL - 1},
    {"P42 63", CMD_LSH, 1, 63, Q, CALC_OK, I64_MIN},
    {"P42 64", CMD_LSH, 1, 64, Q, CALC_ERR_NOT_DEFINED, 0},
    {"P43 rsh", CMD_RSH, -8, 1, Q, CALC_OK, -4},
    {"P43 rshl", CMD_RSHL, -8, 1, Q, CALC_OK, 9223372036854775804LL},
    {"P43 byte", CMD_RSHL, -8, 1, B, CALC_OK, 124},
    {"P44 and", CMD_AND, 12, 10, Q, CALC_OK, 8},
    {"P44 or", CMD_OR, 12, 10, Q, CALC_OK, 14},
    {"P44 xor", CMD_XOR, 12, 10, Q, CALC_OK, 6},
    {"P44 nand", CMD_NAND, 12, 10, Q, CALC_OK, -9},
    {"P44 nor", CMD_NOR, 12, 10, Q, CALC_OK, -15},
    {"P45 hex", CMD_ADD, 0xA, 5, Q, CALC_OK, 0xF},
    {"P45 bin", CMD_ADD, 10, 3, Q, CALC_OK, 13},
    {"P45 oct", CMD_ADD, 15, 1, Q, CALC_OK, 16},
    /* 3.11 remainder facts */
    {"25%-4", CMD_MOD, 25, -4, Q, CALC_OK, 1},
    {"-25%4", CMD_MOD, -25, 4, Q, CALC_OK, -1},
    {"-25%-4", CMD_MOD, -25, -4, Q, CALC_OK, -1},
    {"25%4", CMD_MOD, 25, 4, Q, CALC_OK, 1},
    /* signed division edge cases */
    {"MIN/-1", CMD_DIV, I64_MIN, -1, Q, CALC_OK, I64_MIN},
    {"MIN%-1", CMD_MOD, I64_MIN, -1, Q, CALC_OK, 0},
    {"MIN/1", CMD_DIV, I64_MIN, 1, Q, CALC_OK, I64_MIN},
    {"MIN/2", CMD_DIV, I64_MIN, 2, Q, CALC_OK, -4611686018427387904LL},
    {"-7/-2", CMD_DIV, -7, -2, Q, CALC_OK, 3},
    {"7/-2", CMD_DIV, 7, -2, Q, CALC_OK, -3},
    {"byte -128/-1", CMD_DIV, -128, -1, B, CALC_OK, -128},
    {"byte -100/7", CMD_DIV, -100, 7, B, CALC_OK, -14},
    {"byte -100%7", CMD_MOD, -100, 7, B, CALC_OK, -2},
    {"word 200*200", CMD_MUL, 200, 200, W, CALC_OK, -25536},
    {"byte 0-1", CMD_SUB, 0, 1, B, CALC_OK, -1},
    {"qword MIN-1", CMD_SUB, I64_MIN, 1, Q, CALC_OK, I64_MAX},
    /* shifts at the word size; negative counts are huge unsigned counts */
    {"byte 1 lsh 7", CMD_LSH, 1, 7, B, CALC_OK, -128},
    {"byte 1 lsh 8", CMD_LSH, 1, 8, B, CALC_ERR_NOT_DEFINED, 0},
    {"byte rsh 8", CMD_RSH, -1, 8, B, CALC_ERR_NOT_DEFINED, 0},
    {"rshl 64", CMD_RSHL, 5, 64, Q, CALC_ERR_NOT_DEFINED, 0},
    {"lsh -1", CMD_LSH, 5, -1, Q, CALC_ERR_NOT_DEFINED, 0},
    {"rsh -1 byte", CMD_RSH, 5, -1, B, CALC_ERR_NOT_DEFINED, 0},
    {"dword rsh 31", CMD_RSH, -2147483647LL - 1, 31, D, CALC_OK, -1},
    {"dword rshl 31", CMD_RSHL, -2147483647LL - 1, 31, D, CALC_OK, 1},
    {"word lsh 15", CMD_LSH, 3, 15, W, CALC_OK, -32768},
    {"rsh 0", CMD_RSH, -5, 0, Q, CALC_OK, -5},
    {"rsh 63", CMD_RSH, -5, 63, Q, CALC_OK, -1},
    {"rshl 63", CMD_RSHL, -5, 63, Q, CALC_OK, 1},
    {"byte nand", CMD_NAND, 0, 0, B, CALC_OK, -1},
    {"word nor", CMD_NOR, 0xFF, 0xFF00, W, CALC_OK, 0},
};

static void test_binary(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof binary_cases / sizeof binary_cases[0]; i++) {
        const binary_case *t = &binary_cases[i];
        uint64_t a = prog_truncate_to_word(t->left, t->word);
        uint64_t b = prog_truncate_to_word(t->right, t->word);
        uint64_t r = 0xDEADu;
        calc_status s = prog_binary(t->op, a, b, t->word, &r);
        EXPECT(t->label, s == t->status);
        if (s == CALC_OK) {
            EXPECT(t->label, r == (r & prog_mask(t->word)));
            EXPECT(t->label, prog_sign_extend(r, t->word) == t->result);
        } else {
            EXPECT(t->label, r == 0xDEADu); /* untouched on error */
        }
    }
}

static void test_binary_rejects(void **state)
{
    (void)state;
    uint64_t r = 7;
    assert_int_equal(prog_binary(CMD_POW, 1, 2, Q, &r), CALC_ERR_INVALID);
    assert_int_equal(prog_binary(CMD_NOT, 1, 2, Q, &r), CALC_ERR_INVALID);
    assert_int_equal(prog_binary(CMD_ADD, 1, 2, Q, NULL), CALC_ERR_INVALID);
    assert_true(r == 7);
    /* operands with stray high bits are read at the word size */
    assert_int_equal(prog_binary(CMD_ADD, 0x1FF, 1, B, &r), CALC_OK);
    assert_true(r == 0);
}

/* P35 and 2.7: precedence levels, and evaluating 1 + 2 × 3 with them. */
static void test_precedence(void **state)
{
    (void)state;
    static const struct { int op; int level; } levels[] = {
        {CMD_OR, 1}, {CMD_XOR, 1}, {CMD_AND, 2}, {CMD_NAND, 2}, {CMD_NOR, 2},
        {CMD_ADD, 3}, {CMD_SUB, 3}, {CMD_MUL, 4}, {CMD_DIV, 4}, {CMD_MOD, 4},
        {CMD_LSH, 4}, {CMD_RSH, 4}, {CMD_RSHL, 4},
        {CMD_NOT, 0}, {CMD_ROL, 0}, {CMD_POW, 0}, {CMD_EQUALS, 0}, {CMD_PERCENT, 0}, {-1, 0},
    };
    for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++) {
        assert_int_equal(prog_precedence(levels[i].op), levels[i].level);
        assert_int_equal(prog_is_binary(levels[i].op), levels[i].level > 0);
    }
    assert_true(prog_precedence(CMD_MUL) > prog_precedence(CMD_ADD));
    uint64_t product, sum;
    assert_int_equal(prog_binary(CMD_MUL, 2, 3, Q, &product), CALC_OK);
    assert_int_equal(prog_binary(CMD_ADD, 1, product, Q, &sum), CALC_OK);
    assert_true(sum == 7);
    assert_true(prog_is_unary(CMD_NOT) && prog_is_unary(CMD_ROL) && prog_is_unary(CMD_ROR) &&
                prog_is_unary(CMD_ROLC) && prog_is_unary(CMD_RORC));
    assert_false(prog_is_unary(CMD_AND));
    assert_false(prog_is_unary(CMD_SQRT));
}

/* ---- unary functions and the carry -------------------------------------- */

typedef struct unary_case {
    const char *label;
    int op;
    int64_t x;
    calc_word word;
    bool carry_in;
    int64_t result;
    bool carry_out;
} unary_case;

static const unary_case unary_cases[] = {
    {"P06", CMD_ROL, 1, Q, false, 2, false},
    {"P07", CMD_ROR, 1, Q, false, I64_MIN, false},
    {"P08 first", CMD_RORC, 1, Q, false, 0, true},
    {"P08 second", CMD_RORC, 0, Q, true, I64_MIN, false},
    {"P13", CMD_NOT, 1, Q, false, -2, false},
    {"P17 not", CMD_NOT, 25, Q, false, -26, false},
    {"P20 not", CMD_NOT, 14, Q, false, -15, false},
    {"P22 not", CMD_NOT, 10, Q, false, -11, false},
    {"P24 not", CMD_NOT, 0xABC, Q, false, -0xABD, false},
    {"P27 rol", CMD_ROL, 7, Q, false, 14, false},
    {"P27 ror", CMD_ROR, -16, Q, false, 9223372036854775800LL, false},
    {"P27 oct rol", CMD_ROL, 21, Q, false, 42, false},
    {"P27 oct ror", CMD_ROR, 21, Q, false, I64_MIN + 10, false},
    {"P28 bin rol", CMD_ROL, 11, Q, false, 22, false},
    {"P28 bin ror", CMD_ROR, 11, Q, false, I64_MIN + 5, false},
    {"P28 hex rol", CMD_ROL, 0xA, Q, false, 0x14, false},
    {"P28 hex ror", CMD_ROR, 0xF, Q, false, I64_MIN + 7, false},
    {"P29 rolc", CMD_ROLC, -7, Q, false, -14, true},
    {"P29 rorc", CMD_RORC, 17, Q, false, 8, true},
    {"P29 oct rolc", CMD_ROLC, 0111, Q, false, 0222, false},
    {"P29 oct rorc", CMD_RORC, 0111, Q, false, 044, true},
    {"P30 bin rolc", CMD_ROLC, 10, Q, false, 20, false},
    {"P30 bin rorc", CMD_RORC, 11, Q, false, 5, true},
    {"P30 hex rolc", CMD_ROLC, 0x1010, Q, false, 0x2020, false},
    {"P30 hex rorc", CMD_RORC, 0x1010, Q, false, 0x808, false},
    {"P44 not 12", CMD_NOT, 12, Q, false, -13, false},
    {"P44 not 0", CMD_NOT, 0, Q, false, -1, false},
    /* rotates stay inside the word */
    {"byte rol msb", CMD_ROL, -128, B, false, 1, false},
    {"byte ror lsb", CMD_ROR, 1, B, false, -128, false},
    {"word rolc", CMD_ROLC, -32768, W, true, 1, true},
    {"dword rorc", CMD_RORC, 1, D, true, -2147483647LL - 1, true},
    {"byte not", CMD_NOT, 0, B, false, -1, false},
    {"rol keeps carry", CMD_ROL, 1, Q, true, 2, true},
    {"ror keeps carry", CMD_ROR, 2, Q, true, 1, true},
    {"rolc carry in", CMD_ROLC, 0, Q, true, 1, false},
};

static void test_unary(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof unary_cases / sizeof unary_cases[0]; i++) {
        const unary_case *t = &unary_cases[i];
        bool carry = t->carry_in;
        uint64_t r = 0;
        calc_status s = prog_unary(t->op, prog_truncate_to_word(t->x, t->word), t->word, &carry, &r);
        EXPECT(t->label, s == CALC_OK);
        EXPECT(t->label, r == (r & prog_mask(t->word)));
        EXPECT(t->label, prog_sign_extend(r, t->word) == t->result);
        EXPECT(t->label, carry == t->carry_out);
    }
}

/* P08 as a chain: the carry the caller keeps flows from one press to the next. */
static void test_carry_chain(void **state)
{
    (void)state;
    bool carry = false; /* Windows starts with carry 0 */
    uint64_t x = 1;
    assert_int_equal(prog_unary(CMD_RORC, x, Q, &carry, &x), CALC_OK);
    assert_true(x == 0 && carry);
    assert_int_equal(prog_unary(CMD_RORC, x, Q, &carry, &x), CALC_OK);
    assert_true(prog_sign_extend(x, Q) == I64_MIN && !carry);
    /* 65 rotates through carry at QWORD bring a value back (65-bit ring) */
    x = 0x123456789ABCDEFull;
    carry = true;
    uint64_t r = x;
    for (int i = 0; i < 65; i++)
        assert_int_equal(prog_unary(CMD_ROLC, r, Q, &carry, &r), CALC_OK);
    assert_true(r == x && carry);
    /* 9 rotates through carry at BYTE likewise */
    x = 0xA5;
    carry = false;
    r = x;
    for (int i = 0; i < 9; i++)
        assert_int_equal(prog_unary(CMD_RORC, r, B, &carry, &r), CALC_OK);
    assert_true(r == x && !carry);
}

static void test_unary_rejects(void **state)
{
    (void)state;
    uint64_t r = 9;
    bool carry = false;
    assert_int_equal(prog_unary(CMD_ROLC, 1, Q, NULL, &r), CALC_ERR_INVALID);
    assert_int_equal(prog_unary(CMD_RORC, 1, Q, NULL, &r), CALC_ERR_INVALID);
    assert_int_equal(prog_unary(CMD_AND, 1, Q, &carry, &r), CALC_ERR_INVALID);
    assert_int_equal(prog_unary(CMD_NOT, 1, Q, &carry, NULL), CALC_ERR_INVALID);
    assert_true(r == 9);
    assert_int_equal(prog_unary(CMD_NOT, 1, Q, NULL, &r), CALC_OK);
    assert_true(prog_sign_extend(r, Q) == -2);
}

/* P05, P18: bit toggles. */
static void test_toggle_bit(void **state)
{
    (void)state;
    uint64_t x = 0;
    assert_true(prog_toggle_bit(&x, 63, Q));
    assert_true(prog_sign_extend(x, Q) == I64_MIN); /* P18 */
    uint64_t r;
    assert_int_equal(prog_binary(CMD_RSH, x, 56, Q, &r), CALC_OK);
    assert_true(prog_sign_extend(r, Q) == -128); /* P05 */
    assert_true(prog_toggle_bit(&x, 63, Q));
    assert_true(x == 0);
    for (int bit = 0; bit < 64; bit++) {
        uint64_t v = 0;
        assert_true(prog_toggle_bit(&v, bit, Q));
        assert_true(v == UINT64_C(1) << bit);
    }
    x = 5;
    assert_false(prog_toggle_bit(&x, 8, B));
    assert_false(prog_toggle_bit(&x, -1, Q));
    assert_false(prog_toggle_bit(&x, 64, Q));
    assert_false(prog_toggle_bit(NULL, 0, Q));
    assert_true(x == 5);
    assert_true(prog_toggle_bit(&x, 7, B));
    assert_true(prog_sign_extend(x, B) == -123);
    assert_true(prog_toggle_bit(&x, 31, D) && prog_sign_extend(x, D) == -2147483515LL);
}

static void test_negate(void **state)
{
    (void)state;
    static const struct { int64_t x; calc_word w; int64_t r; } negs[] = {
        {15, Q, -15}, {-15, Q, 15}, {0, Q, 0}, {I64_MIN, Q, I64_MIN},
        {-128, B, -128}, {127, B, -127}, {1, W, -1}, {-2147483647LL - 1, D, -2147483647LL - 1},
    };
    for (size_t i = 0; i < sizeof negs / sizeof negs[0]; i++) {
        uint64_t r = prog_negate(prog_truncate_to_word(negs[i].x, negs[i].w), negs[i].w);
        assert_true(r == (r & prog_mask(negs[i].w)));
        assert_true(prog_sign_extend(r, negs[i].w) == negs[i].r);
    }
    /* HEX F +/- shows FFFFFFFFFFFFFFF1 */
    char buf[PROG_TEXT_MAX];
    assert_int_equal(prog_format(prog_negate(15, Q), Q, RADIX_HEX, buf, sizeof buf), 16);
    assert_string_equal(buf, "FFFFFFFFFFFFFFF1");
}

static void test_op_text(void **state)
{
    (void)state;
    static const struct { int op; const char *text; } texts[] = {
        {CMD_ADD, "+"}, {CMD_SUB, "-"}, {CMD_MUL, "\xC3\x97"}, {CMD_DIV, "\xC3\xB7"},
        {CMD_MOD, "%"}, {CMD_AND, "AND"}, {CMD_OR, "OR"}, {CMD_XOR, "XOR"},
        {CMD_NAND, "NAND"}, {CMD_NOR, "NOR"}, {CMD_LSH, "Lsh"}, {CMD_RSH, "Rsh"},
        {CMD_RSHL, "Rsh"} /* P04 */, {CMD_NOT, "NOT"}, {CMD_ROL, "RoL"}, {CMD_ROR, "RoR"},
        {CMD_ROLC, "RoL"}, {CMD_RORC, "RoR"} /* P08 */,
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        assert_string_equal(prog_op_text(texts[i].op), texts[i].text);
    assert_null(prog_op_text(CMD_SQRT));
    assert_null(prog_op_text(CMD_DIGIT_1));
}

/* ---- texts -------------------------------------------------------------- */

typedef struct text_case {
    const char *label;
    int64_t value;       /* signed meaning, truncated to the word */
    calc_word word;
    calc_radix radix;
    const char *plain;   /* prog_format */
    const char *shown;   /* the window: BIN padded, then grouped */
} text_case;

#define ONES60 "1111 1111 1111 1111 1111 1111 1111 1111 1111 1111 1111 1111 1111 1111 1111 "

static const text_case text_cases[] = {
    {"P01", -18, Q, RADIX_DEC, "-18", "-18"},
    {"P01 hex", -18, Q, RADIX_HEX, "FFFFFFFFFFFFFFEE", "FFFF FFFF FFFF FFEE"},
    {"P07", I64_MIN, Q, RADIX_DEC, "-9223372036854775808", "-9223372036854775808"},
    {"P11 hex", 15, Q, RADIX_HEX, "F", "F"},
    {"P11 dec", 15, Q, RADIX_DEC, "15", "15"},
    {"P11 oct", 15, Q, RADIX_OCT, "17", "17"},
    {"P11 bin", 15, Q, RADIX_BIN, "1111", "1111"},
    {"P12 dec", 123456789, Q, RADIX_DEC, "123456789", "123456789"},
    {"P12 hex", 123456789, Q, RADIX_HEX, "75BCD15", "75B CD15"},
    {"P12 oct", 123456789, Q, RADIX_OCT, "726746425", "726 746 425"},
    {"P12 bin", 123456789, Q, RADIX_BIN, "111010110111100110100010101",
     "0111 0101 1011 1100 1101 0001 0101"},
    {"P13 dec", -2, Q, RADIX_DEC, "-2", "-2"},
    {"P13 hex", -2, Q, RADIX_HEX, "FFFFFFFFFFFFFFFE", "FFFF FFFF FFFF FFFE"},
    {"P13 oct", -2, Q, RADIX_OCT, "1777777777777777777776", "1 777 777 777 777 777 777 776"},
    {"P13 bin", -2, Q, RADIX_BIN,
     "1111111111111111111111111111111111111111111111111111111111111110", ONES60 "1110"},
    {"P19 oct lsh", 14, Q, RADIX_OCT, "16", "16"},
    {"P19 oct rsh", -11, Q, RADIX_OCT, "1777777777777777777765", "1 777 777 777 777 777 777 765"},
    {"P20 and", 6, Q, RADIX_OCT, "6", "6"},
    {"P20 nand", -7, Q, RADIX_OCT, "1777777777777777777771", "1 777 777 777 777 777 777 771"},
    {"P20 or", 15, Q, RADIX_OCT, "17", "17"},
    {"P20 nor", -16, Q, RADIX_OCT, "1777777777777777777760", "1 777 777 777 777 777 777 760"},
    {"P20 xor", 9, Q, RADIX_OCT, "11", "11"},
    {"P20 not", -15, Q, RADIX_OCT, "1777777777777777777761", "1 777 777 777 777 777 777 761"},
    {"P21 lsh", 20, Q, RADIX_BIN, "10100", "0001 0100"},
    {"P21 rsh", 5, Q, RADIX_BIN, "101", "0101"},
    {"P22 and", 8, Q, RADIX_BIN, "1000", "1000"},
    {"P22 nand", -9, Q, RADIX_BIN,
     "1111111111111111111111111111111111111111111111111111111111110111", ONES60 "0111"},
    {"P22 or", 14, Q, RADIX_BIN, "1110", "1110"},
    {"P22 nor", -15, Q, RADIX_BIN,
     "1111111111111111111111111111111111111111111111111111111111110001", ONES60 "0001"},
    {"P22 xor", 6, Q, RADIX_BIN, "110", "0110"},
    {"P22 not", -11, Q, RADIX_BIN,
     "1111111111111111111111111111111111111111111111111111111111110101", ONES60 "0101"},
    {"P23 lsh", 0x5000, Q, RADIX_HEX, "5000", "5000"},
    {"P23 rsh", 3, Q, RADIX_HEX, "3", "3"},
    {"P24 and", 0xC, Q, RADIX_HEX, "C", "C"},
    {"P24 nand", -13, Q, RADIX_HEX, "FFFFFFFFFFFFFFF3", "FFFF FFFF FFFF FFF3"},
    {"P24 or", 0xABF, Q, RADIX_HEX, "ABF", "ABF"},
    {"P24 nor", -0xAC0, Q, RADIX_HEX, "FFFFFFFFFFFFF540", "FFFF FFFF FFFF F540"},
    {"P24 xor", 0xAB3, Q, RADIX_HEX, "AB3", "AB3"},
    {"P24 not", -0xABD, Q, RADIX_HEX, "FFFFFFFFFFFFF543", "FFFF FFFF FFFF F543"},
    {"P25 dec", 9223372036854775800LL, Q, RADIX_DEC, "9223372036854775800", "9223372036854775800"},
    {"P25 oct", 9223372036854775801LL, Q, RADIX_OCT, "777777777777777777771",
     "777 777 777 777 777 777 771"},
    {"P25 hex", 0x7FFFFFFFFFFFFFF8LL, Q, RADIX_HEX, "7FFFFFFFFFFFFFF8", "7FFF FFFF FFFF FFF8"},
    {"P26", 9223372036854775803LL, Q, RADIX_BIN,
     "111111111111111111111111111111111111111111111111111111111111011",
     "0111 1111 1111 1111 1111 1111 1111 1111 1111 1111 1111 1111 1111 1111 1111 1011"},
    {"P27 oct rol", 42, Q, RADIX_OCT, "52", "52"},
    {"P27 oct ror", I64_MIN + 10, Q, RADIX_OCT, "1000000000000000000012",
     "1 000 000 000 000 000 000 012"},
    {"P28 bin rol", 22, Q, RADIX_BIN, "10110", "0001 0110"},
    {"P28 bin ror", I64_MIN + 5, Q, RADIX_BIN,
     "1000000000000000000000000000000000000000000000000000000000000101",
     "1000 0000 0000 0000 0000 0000 0000 0000 0000 0000 0000 0000 0000 0000 0000 0101"},
    {"P28 hex rol", 0x14, Q, RADIX_HEX, "14", "14"},
    {"P28 hex ror", I64_MIN + 7, Q, RADIX_HEX, "8000000000000007", "8000 0000 0000 0007"},
    {"P29 oct rolc", 0222, Q, RADIX_OCT, "222", "222"},
    {"P29 oct rorc", 044, Q, RADIX_OCT, "44", "44"},
    {"P30 bin rolc", 20, Q, RADIX_BIN, "10100", "0001 0100"},
    {"P30 bin rorc", 5, Q, RADIX_BIN, "101", "0101"},
    {"P30 hex rolc", 0x2020, Q, RADIX_HEX, "2020", "2020"},
    {"P30 hex rorc", 0x808, Q, RADIX_HEX, "808", "808"},
    {"P32", 15, Q, RADIX_HEX, "F", "F"},
    {"P41", -255, Q, RADIX_HEX, "FFFFFFFFFFFFFF01", "FFFF FFFF FFFF FF01"},
    {"P45 hex", 15, Q, RADIX_HEX, "F", "F"},
    {"P45 bin", 13, Q, RADIX_BIN, "1101", "1101"},
    {"P45 oct", 16, Q, RADIX_OCT, "20", "20"},
    {"P46", -1, Q, RADIX_HEX, "FFFFFFFFFFFFFFFF", "FFFF FFFF FFFF FFFF"},
    {"zero bin", 0, Q, RADIX_BIN, "0", "0"},
    {"zero hex", 0, Q, RADIX_HEX, "0", "0"},
    {"zero dec", 0, B, RADIX_DEC, "0", "0"},
    {"byte -1 hex", -1, B, RADIX_HEX, "FF", "FF"},
    {"byte -1 oct", -1, B, RADIX_OCT, "377", "377"},
    {"byte -1 bin", -1, B, RADIX_BIN, "11111111", "1111 1111"},
    {"byte -128", -128, B, RADIX_DEC, "-128", "-128"},
    {"word -2 hex", -2, W, RADIX_HEX, "FFFE", "FFFE"},
    {"word -1 oct", -1, W, RADIX_OCT, "177777", "177 777"},
    {"dword min", -2147483647LL - 1, D, RADIX_DEC, "-2147483648", "-2147483648"},
    {"dword -1 oct", -1, D, RADIX_OCT, "37777777777", "37 777 777 777"},
    {"max dec", I64_MAX, Q, RADIX_DEC, "9223372036854775807", "9223372036854775807"},
};

static void test_format(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof text_cases / sizeof text_cases[0]; i++) {
        const text_case *t = &text_cases[i];
        char plain[PROG_TEXT_MAX], padded[PROG_TEXT_MAX], shown[PROG_TEXT_MAX];
        int n = prog_format(prog_truncate_to_word(t->value, t->word), t->word, t->radix, plain,
                            sizeof plain);
        EXPECT(t->label, n == (int)strlen(t->plain));
        EXPECT_STR(t->label, plain, t->plain);
        const char *in = plain;
        if (t->radix == RADIX_BIN) {
            EXPECT(t->label, prog_pad_binary(plain, padded, sizeof padded) >= n);
            in = padded;
        }
        n = prog_group(in, t->radix, shown, sizeof shown);
        EXPECT(t->label, n == (int)strlen(t->shown));
        EXPECT_STR(t->label, shown, t->shown);
    }
}

static void test_format_limits(void **state)
{
    (void)state;
    char buf[PROG_TEXT_MAX];
    /* exactly enough room, and one byte too little */
    assert_int_equal(prog_format(UINT64_MAX, Q, RADIX_BIN, buf, 65), 64);
    assert_int_equal(prog_format(UINT64_MAX, Q, RADIX_BIN, buf, 64), -1);
    assert_int_equal(prog_format(0x80, B, RADIX_DEC, buf, 5), 4);
    assert_string_equal(buf, "-128");
    assert_int_equal(prog_format(0x80, B, RADIX_DEC, buf, 4), -1);
    assert_int_equal(prog_format(1, Q, (calc_radix)7, buf, sizeof buf), -1);
    assert_int_equal(prog_format(1, Q, RADIX_DEC, NULL, 10), -1);
    /* stray bits above the word are ignored */
    assert_int_equal(prog_format(0x1FF, B, RADIX_HEX, buf, sizeof buf), 2);
    assert_string_equal(buf, "FF");
    /* largest shown text fits PROG_TEXT_MAX */
    assert_int_equal(prog_format(1, Q, RADIX_BIN, buf, sizeof buf), 1);
    assert_int_equal(prog_pad_binary("-1", buf, sizeof buf), 5);
    assert_string_equal(buf, "-0001");
    assert_int_equal(prog_pad_binary("10100", buf, 8), -1);
    assert_int_equal(prog_pad_binary("10100", buf, 9), 8);
    /* in-place padding and grouping */
    strcpy(buf, "101");
    assert_int_equal(prog_pad_binary(buf, buf, sizeof buf), 4);
    assert_string_equal(buf, "0101");
    strcpy(buf, "ABCDEF");
    assert_int_equal(prog_group(buf, RADIX_HEX, buf, sizeof buf), 7);
    assert_string_equal(buf, "AB CDEF");
    assert_int_equal(prog_group("ABCDEF", RADIX_HEX, buf, 7), -1);
    assert_int_equal(prog_group("1", (calc_radix)3, buf, sizeof buf), -1);
}

/* 3.11 grouping facts (grouping applies to any digit text of the radix). */
static void test_group_facts(void **state)
{
    (void)state;
    static const struct { const char *in; calc_radix r; const char *out; } groups[] = {
        {"1234567", RADIX_OCT, "1 234 567"},
        {"1234567890", RADIX_BIN, "12 3456 7890"},
        {"1234567890", RADIX_HEX, "12 3456 7890"},
        {"1234", RADIX_BIN, "1234"},
        {"123", RADIX_OCT, "123"},
        {"1234", RADIX_OCT, "1 234"},
        {"-1234567", RADIX_OCT, "-1 234 567"},
        {"-F", RADIX_HEX, "-F"},
        {"-12345", RADIX_HEX, "-1 2345"},
        {"", RADIX_HEX, ""},
        {"-123456789", RADIX_DEC, "-123456789"}, /* DEC: left to the locale */
        {"0", RADIX_BIN, "0"},
    };
    char buf[PROG_TEXT_MAX];
    for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++) {
        assert_int_equal(prog_group(groups[i].in, groups[i].r, buf, sizeof buf),
                         (int)strlen(groups[i].out));
        assert_string_equal(buf, groups[i].out);
    }
}

/* ---- typing ------------------------------------------------------------- */

/* keys: digit characters 0-9 A-F, '~' = +/-, '<' = backspace */
typedef struct entry_case {
    const char *label;
    calc_radix radix;
    calc_word word;
    const char *keys;
    const char *text;     /* shown while typing */
    int64_t value;        /* signed value when committed */
    int rejected;         /* keys refused */
} entry_case;

static const entry_case entry_cases[] = {
    {"P11", RADIX_HEX, Q, "F", "F", 15, 0},
    {"P12", RADIX_DEC, Q, "123456789", "123456789", 123456789, 0},
    {"P36", RADIX_DEC, Q, "92233720368547758078", "9223372036854775807", I64_MAX, 1},
    {"P36 neg", RADIX_DEC, Q, "922337203685477580~8", "-9223372036854775808", I64_MIN, 0},
    {"P36 neg 9", RADIX_DEC, Q, "922337203685477580~9", "-922337203685477580",
     -922337203685477580LL, 1},
    {"P36 over", RADIX_DEC, Q, "9999999999999999999", "999999999999999999", 999999999999999999LL, 1},
    {"P36 20 digits", RADIX_DEC, Q, "11111111111111111111", "1111111111111111111",
     1111111111111111111LL, 1},
    {"P39", RADIX_DEC, B, "255", "25", 25, 1},
    {"byte 127", RADIX_DEC, B, "1278", "127", 127, 1},
    {"byte 128", RADIX_DEC, B, "128", "12", 12, 1},
    {"byte -128", RADIX_DEC, B, "12~8", "-128", -128, 0},
    {"byte -129", RADIX_DEC, B, "12~9", "-12", -12, 1},
    {"byte -128 toggle refused", RADIX_DEC, B, "12~8~", "-128", -128, 1},
    {"byte -127 toggle", RADIX_DEC, B, "12~7~", "127", 127, 0},
    {"byte -118 toggle", RADIX_DEC, B, "11~8~", "118", 118, 0},
    {"byte 99", RADIX_DEC, B, "999", "99", 99, 1},
    {"word", RADIX_DEC, W, "327678", "32767", 32767, 1},
    {"word neg", RADIX_DEC, W, "3276~8", "-32768", -32768, 0},
    {"dword", RADIX_DEC, D, "21474836478", "2147483647", 2147483647, 1},
    {"dword 2147483648", RADIX_DEC, D, "2147483648", "214748364", 214748364, 1},
    {"P46", RADIX_HEX, Q, "FFFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFF", -1, 1},
    {"hex byte", RADIX_HEX, B, "FFF", "FF", -1, 1},
    {"hex word", RADIX_HEX, W, "12345", "1234", 0x1234, 1},
    {"hex dword", RADIX_HEX, D, "800000001", "80000000", -2147483647LL - 1, 1},
    {"oct qword 22", RADIX_OCT, Q, "17777777777777777777777", "1777777777777777777777", -1, 1},
    {"oct qword 2x", RADIX_OCT, Q, "2000000000000000000000", "200000000000000000000",
     INT64_C(0x2000000000000000), 1},
    {"oct byte", RADIX_OCT, B, "3777", "377", -1, 1},
    {"oct byte 4", RADIX_OCT, B, "400", "40", 32, 1},
    {"oct word", RADIX_OCT, W, "1777777", "177777", -1, 1},
    {"oct word 2", RADIX_OCT, W, "200000", "20000", 8192, 1},
    {"oct dword", RADIX_OCT, D, "377777777777", "37777777777", -1, 1},
    {"oct dword 4", RADIX_OCT, D, "40000000000", "4000000000", 536870912, 1},
    {"bin qword", RADIX_BIN, Q,
     "10000000000000000000000000000000000000000000000000000000000000001",
     "1000000000000000000000000000000000000000000000000000000000000000", I64_MIN, 1},
    {"bin byte", RADIX_BIN, B, "111111111", "11111111", -1, 1},
    {"leading zeros", RADIX_DEC, Q, "0007", "7", 7, 0},
    {"zeros", RADIX_DEC, Q, "000", "0", 0, 0},
    {"zero toggles positive", RADIX_DEC, Q, "~", "0", 0, 0},
    {"zero stays zero", RADIX_DEC, Q, "0~0", "0", 0, 0},
    {"digit not in radix", RADIX_OCT, Q, "78", "7", 7, 1},
    {"hex digit in dec", RADIX_DEC, Q, "1A", "1", 1, 1},
    {"bin 2", RADIX_BIN, Q, "12", "1", 1, 1},
    {"backspace", RADIX_DEC, Q, "123<", "12", 12, 0},
    {"backspace to zero", RADIX_DEC, Q, "1~<", "0", 0, 0},
    {"backspace empty", RADIX_DEC, Q, "<", "0", 0, 1},
    {"backspace then type", RADIX_DEC, B, "127<8", "12", 12, 1},
    /* +/- does not toggle a typed HEX/OCT/BIN number (the caller negates the value) */
    {"hex no toggle", RADIX_HEX, Q, "F~", "F", 15, 1},
    {"oct no toggle", RADIX_OCT, B, "17~", "17", 15, 1},
    {"bin no toggle", RADIX_BIN, B, "10000000~", "10000000", -128, 1},
    {"toggle twice", RADIX_DEC, Q, "5~~", "5", 5, 0},
    {"dec neg max twice", RADIX_DEC, Q, "922337203685477580~8~", "-9223372036854775808", I64_MIN, 1},
};

static void test_entry(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof entry_cases / sizeof entry_cases[0]; i++) {
        const entry_case *t = &entry_cases[i];
        prog_entry e;
        prog_entry_clear(&e);
        int rejected = 0;
        for (const char *k = t->keys; *k; k++) {
            bool ok;
            if (*k == '~')
                ok = prog_entry_toggle_sign(&e, t->radix, t->word);
            else if (*k == '<')
                ok = prog_entry_backspace(&e);
            else
                ok = prog_entry_append(&e, *k <= '9' ? *k - '0' : *k - 'A' + 10, t->radix, t->word);
            rejected += ok ? 0 : 1;
        }
        char text[PROG_TEXT_MAX];
        EXPECT(t->label, prog_entry_text(&e, text, sizeof text) == (int)strlen(t->text));
        EXPECT_STR(t->label, text, t->text);
        EXPECT(t->label, rejected == t->rejected);
        uint64_t bits = prog_entry_bits(&e, t->radix, t->word);
        EXPECT(t->label, bits == (bits & prog_mask(t->word)));
        EXPECT(t->label, prog_sign_extend(bits, t->word) == t->value);
        EXPECT(t->label, prog_entry_is_empty(&e) == (strcmp(t->text, "0") == 0));
    }
}

static void test_entry_rejects(void **state)
{
    (void)state;
    prog_entry e;
    prog_entry_clear(&e);
    assert_false(prog_entry_append(&e, 16, RADIX_HEX, Q));
    assert_false(prog_entry_append(&e, -1, RADIX_HEX, Q));
    assert_false(prog_entry_append(&e, 1, (calc_radix)3, Q));
    assert_false(prog_entry_append(NULL, 1, RADIX_DEC, Q));
    assert_false(prog_entry_toggle_sign(NULL, RADIX_DEC, Q));
    assert_false(prog_entry_backspace(NULL));
    assert_true(prog_entry_is_empty(&e));
    char small[2];
    assert_true(prog_entry_append(&e, 4, RADIX_DEC, Q));
    assert_true(prog_entry_append(&e, 2, RADIX_DEC, Q));
    assert_int_equal(prog_entry_text(&e, small, sizeof small), -1);
    /* an entry typed under QWORD and read at BYTE wraps (calc commits it first) */
    prog_entry_clear(&e);
    for (const char *k = "300"; *k; k++)
        assert_true(prog_entry_append(&e, *k - '0', RADIX_DEC, Q));
    assert_true(prog_entry_bits(&e, RADIX_DEC, B) == 44);
    /* and stays limited if typing continues under BYTE */
    assert_false(prog_entry_append(&e, 1, RADIX_DEC, B));
}

/* ---- paste -------------------------------------------------------------- */

typedef struct parse_case {
    const char *text;
    calc_radix radix;
    calc_word word;
    calc_status status;
    int64_t value;
} parse_case;

static const parse_case parse_cases[] = {
    {"-9223372036854775808", RADIX_DEC, D, CALC_ERR_INVALID, 0}, /* P31 */
    {"-9223372036854775808", RADIX_DEC, Q, CALC_OK, I64_MIN},
    {"9223372036854775807", RADIX_DEC, Q, CALC_OK, I64_MAX},
    {"18446744073709551615", RADIX_DEC, Q, CALC_ERR_INVALID, 0}, /* 20 digits */
    {"9999999999999999999", RADIX_DEC, Q, CALC_OK, -8446744073709551617LL},
    {"4294967295", RADIX_DEC, D, CALC_OK, -1},
    {"4294967296", RADIX_DEC, D, CALC_ERR_INVALID, 0},
    {"255", RADIX_DEC, B, CALC_OK, -1},
    {"256", RADIX_DEC, B, CALC_ERR_INVALID, 0},
    {"-128", RADIX_DEC, B, CALC_OK, -128},
    {"+12", RADIX_DEC, B, CALC_OK, 12},
    {"0000000000000000000000042", RADIX_DEC, B, CALC_OK, 42},
    {"0", RADIX_DEC, Q, CALC_OK, 0},
    {"-0", RADIX_DEC, Q, CALC_OK, 0},
    {"FFFFFFFFFFFFFFFF", RADIX_HEX, Q, CALC_OK, -1},
    {"ffff", RADIX_HEX, W, CALC_OK, -1},
    {"10000", RADIX_HEX, W, CALC_ERR_INVALID, 0},
    {"1777777777777777777777", RADIX_OCT, Q, CALC_OK, -1},
    {"2000000000000000000000", RADIX_OCT, Q, CALC_ERR_INVALID, 0},
    {"377", RADIX_OCT, B, CALC_OK, -1},
    {"400", RADIX_OCT, B, CALC_ERR_INVALID, 0},
    {"11111111", RADIX_BIN, B, CALC_OK, -1},
    {"100000000", RADIX_BIN, B, CALC_ERR_INVALID, 0},
    {"12", RADIX_BIN, Q, CALC_ERR_INVALID, 0},
    {"8", RADIX_OCT, Q, CALC_ERR_INVALID, 0},
    {"A", RADIX_DEC, Q, CALC_ERR_INVALID, 0},
    {"", RADIX_DEC, Q, CALC_ERR_INVALID, 0},
    {"-", RADIX_DEC, Q, CALC_ERR_INVALID, 0},
    {" 1", RADIX_DEC, Q, CALC_ERR_INVALID, 0},
    {"1 ", RADIX_DEC, Q, CALC_ERR_INVALID, 0},
    {"1.5", RADIX_DEC, Q, CALC_ERR_INVALID, 0},
    {"--1", RADIX_DEC, Q, CALC_ERR_INVALID, 0},
};

static void test_parse(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof parse_cases / sizeof parse_cases[0]; i++) {
        const parse_case *t = &parse_cases[i];
        uint64_t bits = 0xBEEFu;
        EXPECT(t->text, prog_parse(t->text, t->radix, t->word, &bits) == t->status);
        if (t->status == CALC_OK)
            EXPECT(t->text, prog_sign_extend(bits, t->word) == t->value);
        else
            EXPECT(t->text, bits == 0xBEEFu);
    }
    uint64_t bits;
    assert_int_equal(prog_parse(NULL, RADIX_DEC, Q, &bits), CALC_ERR_INVALID);
    assert_int_equal(prog_parse("1", RADIX_DEC, Q, NULL), CALC_ERR_INVALID);
    assert_int_equal(prog_parse("1", (calc_radix)5, Q, &bits), CALC_ERR_INVALID);
}

/* ---- round trips over a spread of values --------------------------------- */

/* Formatting then parsing gives the value back in every radix and word size,
 * and the module's arithmetic agrees with plain two's-complement arithmetic
 * done here independently with unsigned wrap-around. */
static void test_round_trips(void **state)
{
    (void)state;
    static const calc_word words[] = {Q, D, W, B};
    static const calc_radix radixes[] = {RADIX_HEX, RADIX_DEC, RADIX_OCT, RADIX_BIN};
    uint64_t x = 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < 400; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        uint64_t y = x * 0x2545F4914F6CDD1Dull;
        for (size_t wi = 0; wi < 4; wi++) {
            calc_word w = words[wi];
            uint64_t m = prog_mask(w), a = x & m, b = (y >> (i % 60)) & m, r;
            for (size_t ri = 0; ri < 4; ri++) {
                char text[PROG_TEXT_MAX];
                uint64_t back = ~a;
                assert_true(prog_format(a, w, radixes[ri], text, sizeof text) > 0);
                assert_int_equal(prog_parse(text, radixes[ri], w, &back), CALC_OK);
                assert_true(back == a);
            }
            assert_int_equal(prog_binary(CMD_SUB, a, b, w, &r), CALC_OK);
            assert_true(r == ((a - b) & m));
            assert_int_equal(prog_binary(CMD_XOR, a, b, w, &r), CALC_OK);
            assert_true(r == ((a ^ b) & m));
            if (b != 0) {
                uint64_t q, rem, check;
                assert_int_equal(prog_binary(CMD_DIV, a, b, w, &q), CALC_OK);
                assert_int_equal(prog_binary(CMD_MOD, a, b, w, &rem), CALC_OK);
                /* a == q * b + rem at the word size; |rem| < |b|; rem has a's sign or is 0 */
                assert_int_equal(prog_binary(CMD_MUL, q, b, w, &check), CALC_OK);
                assert_true(((check + rem) & m) == a);
                int64_t sr = prog_sign_extend(rem, w), sa = prog_sign_extend(a, w);
                assert_true(sr == 0 || (sr < 0) == (sa < 0));
            }
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_word_basics),
        cmocka_unit_test(test_truncate_to_word),
        cmocka_unit_test(test_change_word),
        cmocka_unit_test(test_wrap_integer),
        cmocka_unit_test(test_binary),
        cmocka_unit_test(test_binary_rejects),
        cmocka_unit_test(test_precedence),
        cmocka_unit_test(test_unary),
        cmocka_unit_test(test_carry_chain),
        cmocka_unit_test(test_unary_rejects),
        cmocka_unit_test(test_toggle_bit),
        cmocka_unit_test(test_negate),
        cmocka_unit_test(test_op_text),
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_format_limits),
        cmocka_unit_test(test_group_facts),
        cmocka_unit_test(test_entry),
        cmocka_unit_test(test_entry_rejects),
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_round_trips),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
