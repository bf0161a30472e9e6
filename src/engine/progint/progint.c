/* progint: programmer-mode integer operations on masked uint64_t patterns.
 * See progint.h for the contract; the behaviour follows Windows' CalcEngine
 * (scioper.cpp DoOperation, scifunc.cpp rotates, CalcInput.cpp TryAddDigit). */
#include "progint.h"

#include <string.h>

/* ---- word size ---------------------------------------------------------- */

int prog_word_bits(calc_word w)
{
    switch (w) {
    case WORD_BYTE: return 8;
    case WORD_WORD: return 16;
    case WORD_DWORD: return 32;
    default: return 64;
    }
}

uint64_t prog_mask(calc_word w)
{
    int n = prog_word_bits(w);
    return n == 64 ? UINT64_MAX : (UINT64_C(1) << n) - 1u;
}

static uint64_t sign_bit(calc_word w)
{
    return UINT64_C(1) << (prog_word_bits(w) - 1);
}

bool prog_is_negative(uint64_t bits, calc_word w)
{
    return (bits & sign_bit(w)) != 0;
}

/* Pattern with the sign bit copied into every bit above the word. */
static uint64_t extend_bits(uint64_t bits, calc_word w)
{
    bits &= prog_mask(w);
    return prog_is_negative(bits, w) ? bits | ~prog_mask(w) : bits;
}

int64_t prog_sign_extend(uint64_t bits, calc_word w)
{
    uint64_t x = extend_bits(bits, w);
    /* Portable two's-complement reading without implementation-defined casts. */
    if (x <= (uint64_t)INT64_MAX)
        return (int64_t)x;
    return -(int64_t)(~x) - 1;
}

uint64_t prog_truncate_to_word(int64_t value, calc_word w)
{
    /* Conversion of a negative int64 to uint64 is defined as modulo 2^64. */
    return (uint64_t)value & prog_mask(w);
}

uint64_t prog_change_word(uint64_t bits, calc_word from, calc_word to)
{
    return extend_bits(bits, from) & prog_mask(to);
}

/* Decimal digit number i (0 = most significant) of a bigint with n digits. */
static unsigned bigint_digit(const bigint *m, int ndigits, int i)
{
    int from_low = ndigits - 1 - i;
    uint32_t limb = m->d[from_low / BI_BASE_DIGITS];
    for (int k = from_low % BI_BASE_DIGITS; k > 0; k--)
        limb /= 10u;
    return limb % 10u;
}

static int bigint_ndigits(const bigint *m)
{
    if (m->n <= 0)
        return 0;
    int n = (m->n - 1) * BI_BASE_DIGITS;
    for (uint32_t top = m->d[m->n - 1]; top > 0; top /= 10u)
        n++;
    return n;
}

uint64_t prog_wrap_integer(const bigint *magnitude, int32_t exp10, bool negative, calc_word w)
{
    if (magnitude == NULL || magnitude->n <= 0 || magnitude->n > BI_MAX_LIMBS)
        return 0;
    int ndigits = bigint_ndigits(magnitude);
    /* A negative exponent drops that many low digits (truncation). */
    int keep = ndigits;
    if (exp10 < 0)
        keep = (-(int64_t)exp10 >= ndigits) ? 0 : ndigits + exp10;
    /* Unsigned arithmetic is modulo 2^64: Horner's rule gives m mod 2^64. */
    uint64_t v = 0;
    for (int i = 0; i < keep; i++)
        v = v * 10u + bigint_digit(magnitude, ndigits, i);
    if (exp10 > 0) {
        /* v * 10^exp10 mod 2^64 by square-and-multiply: bounded work for any exponent. */
        uint64_t base = 10u, scale = 1u;
        for (uint32_t e = (uint32_t)exp10; e != 0; e >>= 1) {
            if (e & 1u)
                scale *= base;
            base *= base;
        }
        v *= scale;
    }
    if (negative)
        v = 0u - v;
    return v & prog_mask(w);
}

/* ---- operators ---------------------------------------------------------- */

int prog_precedence(int command_id)
{
    switch (command_id) {
    case CMD_OR: case CMD_XOR: return 1;
    case CMD_AND: case CMD_NAND: case CMD_NOR: return 2;
    case CMD_ADD: case CMD_SUB: return 3;
    case CMD_MUL: case CMD_DIV: case CMD_MOD:
    case CMD_LSH: case CMD_RSH: case CMD_RSHL: return 4;
    default: return 0;
    }
}

bool prog_is_binary(int command_id)
{
    return prog_precedence(command_id) > 0;
}

bool prog_is_unary(int command_id)
{
    switch (command_id) {
    case CMD_NOT: case CMD_ROL: case CMD_ROR: case CMD_ROLC: case CMD_RORC: return true;
    default: return false;
    }
}

/* |signed value| as uint64 (correct for the most negative value too). */
static uint64_t magnitude_of(uint64_t bits, calc_word w, bool *negative)
{
    uint64_t x = extend_bits(bits, w);
    *negative = (x >> 63) != 0;
    return *negative ? 0u - x : x;
}

static calc_status divide(int command_id, uint64_t left, uint64_t right, calc_word w,
                          uint64_t *result)
{
    bool left_neg, right_neg;
    uint64_t n = magnitude_of(left, w, &left_neg);
    uint64_t d = magnitude_of(right, w, &right_neg);
    if (d == 0) {
        if (command_id == CMD_MOD || n == 0)
            return CALC_ERR_UNDEFINED;
        return CALC_ERR_DIV_ZERO;
    }
    uint64_t v;
    bool neg;
    if (command_id == CMD_DIV) {
        v = n / d;
        neg = left_neg != right_neg;
    } else {
        v = n % d;
        neg = left_neg; /* remainder takes the sign of the dividend */
    }
    *result = (neg ? 0u - v : v) & prog_mask(w);
    return CALC_OK;
}

static calc_status shift(int command_id, uint64_t left, uint64_t right, calc_word w,
                         uint64_t *result)
{
    int bits = prog_word_bits(w);
    uint64_t count = right & prog_mask(w);
    if (count >= (uint64_t)bits)
        return CALC_ERR_NOT_DEFINED;
    uint64_t x = left & prog_mask(w);
    uint64_t v;
    if (command_id == CMD_LSH) {
        v = x << count;
    } else if (command_id == CMD_RSHL) {
        v = x >> count;
    } else {
        /* Arithmetic: shift the sign-extended pattern, filling with the sign. */
        uint64_t ext = extend_bits(x, w);
        v = (ext >> 63) ? ~(~ext >> count) : ext >> count;
    }
    *result = v & prog_mask(w);
    return CALC_OK;
}

calc_status prog_binary(int command_id, uint64_t left, uint64_t right, calc_word w,
                        uint64_t *result)
{
    if (result == NULL || !prog_is_binary(command_id))
        return CALC_ERR_INVALID;
    uint64_t a = left & prog_mask(w), b = right & prog_mask(w), v;
    switch (command_id) {
    case CMD_ADD: v = a + b; break;
    case CMD_SUB: v = a - b; break;
    case CMD_MUL: v = a * b; break;
    case CMD_AND: v = a & b; break;
    case CMD_OR: v = a | b; break;
    case CMD_XOR: v = a ^ b; break;
    case CMD_NAND: v = ~(a & b); break;
    case CMD_NOR: v = ~(a | b); break;
    case CMD_DIV:
    case CMD_MOD:
        return divide(command_id, a, b, w, result);
    default:
        return shift(command_id, a, b, w, result);
    }
    *result = v & prog_mask(w);
    return CALC_OK;
}

calc_status prog_unary(int command_id, uint64_t x, calc_word w, bool *carry, uint64_t *result)
{
    if (result == NULL || !prog_is_unary(command_id))
        return CALC_ERR_INVALID;
    if ((command_id == CMD_ROLC || command_id == CMD_RORC) && carry == NULL)
        return CALC_ERR_INVALID;
    uint64_t mask = prog_mask(w), top = sign_bit(w);
    uint64_t a = x & mask, v;
    bool msb = (a & top) != 0, lsb = (a & 1u) != 0;
    switch (command_id) {
    case CMD_NOT: v = ~a; break;
    case CMD_ROL: v = (a << 1) | (msb ? 1u : 0u); break;
    case CMD_ROR: v = (a >> 1) | (lsb ? top : 0u); break;
    case CMD_ROLC:
        v = (a << 1) | (*carry ? 1u : 0u);
        *carry = msb;
        break;
    default: /* CMD_RORC */
        v = (a >> 1) | (*carry ? top : 0u);
        *carry = lsb;
        break;
    }
    *result = v & mask;
    return CALC_OK;
}

uint64_t prog_negate(uint64_t bits, calc_word w)
{
    return (0u - bits) & prog_mask(w);
}

bool prog_toggle_bit(uint64_t *bits, int bit, calc_word w)
{
    if (bits == NULL || bit < 0 || bit >= prog_word_bits(w))
        return false;
    *bits = (*bits ^ (UINT64_C(1) << bit)) & prog_mask(w);
    return true;
}

const char *prog_op_text(int command_id)
{
    switch (command_id) {
    case CMD_ADD: return "+";
    case CMD_SUB: return "-";
    case CMD_MUL: return "\xC3\x97";  /* U+00D7 */
    case CMD_DIV: return "\xC3\xB7";  /* U+00F7 */
    case CMD_MOD: return "%";
    case CMD_AND: return "AND";
    case CMD_OR: return "OR";
    case CMD_XOR: return "XOR";
    case CMD_NAND: return "NAND";
    case CMD_NOR: return "NOR";
    case CMD_LSH: return "Lsh";
    case CMD_RSH: case CMD_RSHL: return "Rsh";
    case CMD_NOT: return "NOT";
    case CMD_ROL: case CMD_ROLC: return "RoL";
    case CMD_ROR: case CMD_RORC: return "RoR";
    default: return NULL;
    }
}

/* ---- texts -------------------------------------------------------------- */

static bool radix_known(calc_radix r)
{
    return r == RADIX_HEX || r == RADIX_DEC || r == RADIX_OCT || r == RADIX_BIN;
}

static char digit_char(unsigned v)
{
    return (char)(v < 10u ? '0' + v : 'A' + (v - 10u));
}

/* Writes "-"? + digits of v in radix r; length or -1. */
static int write_unsigned(uint64_t v, bool minus, unsigned r, char *buf, size_t cap)
{
    char tmp[70];
    int n = 0;
    do {
        tmp[n++] = digit_char((unsigned)(v % r));
        v /= r;
    } while (v != 0);
    size_t len = (size_t)n + (minus ? 1u : 0u);
    if (buf == NULL || cap <= len)
        return -1;
    size_t k = 0;
    if (minus)
        buf[k++] = '-';
    while (n > 0)
        buf[k++] = tmp[--n];
    buf[k] = '\0';
    return (int)k;
}

int prog_format(uint64_t bits, calc_word w, calc_radix r, char *buf, size_t cap)
{
    if (!radix_known(r))
        return -1;
    if (r == RADIX_DEC) {
        bool neg;
        uint64_t m = magnitude_of(bits, w, &neg);
        return write_unsigned(m, neg, 10u, buf, cap);
    }
    return write_unsigned(bits & prog_mask(w), false, (unsigned)r, buf, cap);
}

int prog_pad_binary(const char *text, char *out, size_t cap)
{
    if (text == NULL || out == NULL)
        return -1;
    size_t sign = text[0] == '-' ? 1u : 0u;
    size_t digits = strlen(text + sign);
    size_t pad = (digits % 4u) ? 4u - digits % 4u : 0u;
    if (strcmp(text + sign, "0") == 0)
        pad = 0;
    size_t len = sign + pad + digits;
    if (cap <= len)
        return -1;
    memmove(out + sign + pad, text + sign, digits + 1u); /* text may alias out */
    if (sign)
        out[0] = '-';
    memset(out + sign, '0', pad);
    return (int)len;
}

int prog_group(const char *text, calc_radix r, char *out, size_t cap)
{
    if (text == NULL || out == NULL || !radix_known(r))
        return -1;
    size_t n = strlen(text);
    if (r == RADIX_DEC) {
        if (cap <= n)
            return -1;
        memmove(out, text, n + 1u);
        return (int)n;
    }
    size_t group = r == RADIX_OCT ? 3u : 4u;
    size_t sign = text[0] == '-' ? 1u : 0u;
    size_t digits = n - sign;
    size_t spaces = digits ? (digits - 1u) / group : 0u;
    size_t len = n + spaces;
    if (cap <= len)
        return -1;
    /* Fill from the right so that text may alias out. */
    out[len] = '\0';
    size_t src = n, dst = len;
    for (size_t i = 0; i < digits; i++) {
        if (i > 0 && i % group == 0)
            out[--dst] = ' ';
        out[--dst] = text[--src];
    }
    if (sign)
        out[0] = '-';
    return (int)len;
}

/* ---- the number being typed --------------------------------------------- */

void prog_entry_clear(prog_entry *e)
{
    if (e == NULL)
        return;
    memset(e, 0, sizeof *e);
}

/* Value of typed digits, or false if it does not fit in 64 bits. */
static bool digits_value(const char *s, int len, unsigned r, uint64_t *out)
{
    uint64_t v = 0;
    for (int i = 0; i < len; i++) {
        char c = s[i];
        unsigned d = (c >= '0' && c <= '9') ? (unsigned)(c - '0') : (unsigned)(c - 'A' + 10);
        if (v > (UINT64_MAX - d) / r)
            return false;
        v = v * r + d;
    }
    *out = v;
    return true;
}

/* Largest magnitude a DEC entry may have: 2^(w-1)-1, or 2^(w-1) when negative. */
static uint64_t dec_limit(calc_word w, bool negative)
{
    uint64_t top = sign_bit(w);
    return negative ? top : top - 1u;
}

bool prog_entry_append(prog_entry *e, int digit, calc_radix r, calc_word w)
{
    if (e == NULL || !radix_known(r) || digit < 0 || digit >= (int)r)
        return false;
    if (e->len < 0 || e->len > 64)
        prog_entry_clear(e);
    if (e->len == 0 && digit == 0)
        return true; /* leading zeros are ignored */
    if (e->len >= 64)
        return false;
    char next[66];
    memcpy(next, e->digits, (size_t)e->len);
    next[e->len] = digit_char((unsigned)digit);
    uint64_t v;
    if (!digits_value(next, e->len + 1, (unsigned)r, &v))
        return false;
    uint64_t limit = r == RADIX_DEC ? dec_limit(w, e->negative) : prog_mask(w);
    if (v > limit)
        return false;
    e->digits[e->len] = next[e->len];
    e->len++;
    e->digits[e->len] = '\0';
    return true;
}

bool prog_entry_toggle_sign(prog_entry *e, calc_radix r, calc_word w)
{
    if (e == NULL || r != RADIX_DEC)
        return false;
    if (e->len <= 0) {
        e->negative = false;
        return true;
    }
    if (e->negative) {
        uint64_t v;
        if (!digits_value(e->digits, e->len, 10u, &v) || v > dec_limit(w, false))
            return false;
    }
    e->negative = !e->negative;
    return true;
}

bool prog_entry_backspace(prog_entry *e)
{
    if (e == NULL || e->len <= 0)
        return false;
    e->digits[--e->len] = '\0';
    if (e->len == 0)
        e->negative = false;
    return true;
}

bool prog_entry_is_empty(const prog_entry *e)
{
    return e == NULL || e->len <= 0;
}

uint64_t prog_entry_bits(const prog_entry *e, calc_radix r, calc_word w)
{
    if (e == NULL || e->len <= 0 || e->len > 64 || !radix_known(r))
        return 0;
    /* Wrap rather than fail if the entry was typed under other settings. */
    uint64_t v = 0;
    for (int i = 0; i < e->len; i++) {
        char c = e->digits[i];
        unsigned d = (c >= '0' && c <= '9') ? (unsigned)(c - '0') : (unsigned)(c - 'A' + 10);
        v = v * (unsigned)r + d;
    }
    if (e->negative)
        v = 0u - v;
    return v & prog_mask(w);
}

int prog_entry_text(const prog_entry *e, char *buf, size_t cap)
{
    if (e == NULL || buf == NULL || e->len < 0 || e->len > 64)
        return -1;
    if (e->len == 0) {
        if (cap < 2)
            return -1;
        buf[0] = '0';
        buf[1] = '\0';
        return 1;
    }
    size_t sign = e->negative ? 1u : 0u;
    size_t len = sign + (size_t)e->len;
    if (cap <= len)
        return -1;
    if (sign)
        buf[0] = '-';
    memcpy(buf + sign, e->digits, (size_t)e->len);
    buf[len] = '\0';
    return (int)len;
}

/* ---- paste -------------------------------------------------------------- */

/* Most digits a pasted operand may have (Windows' CopyPasteManager limits). */
static int paste_max_digits(calc_radix r, calc_word w)
{
    int bits = prog_word_bits(w);
    switch (r) {
    case RADIX_HEX: return bits / 4;
    case RADIX_BIN: return bits;
    case RADIX_OCT: return bits == 64 ? 22 : bits == 32 ? 11 : bits == 16 ? 6 : 3;
    default: return bits == 64 ? 19 : bits == 32 ? 10 : bits == 16 ? 5 : 3;
    }
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

calc_status prog_parse(const char *text, calc_radix r, calc_word w, uint64_t *bits)
{
    if (text == NULL || bits == NULL || !radix_known(r))
        return CALC_ERR_INVALID;
    const char *p = text;
    bool neg = false;
    if (*p == '+' || *p == '-')
        neg = *p++ == '-';
    if (*p == '\0')
        return CALC_ERR_INVALID;
    while (*p == '0' && p[1] != '\0')
        p++;
    int max_digits = paste_max_digits(r, w), count = 0;
    uint64_t v = 0;
    for (; *p != '\0'; p++) {
        int d = digit_value(*p);
        if (d < 0 || d >= (int)r || ++count > max_digits)
            return CALC_ERR_INVALID;
        if (v > (UINT64_MAX - (unsigned)d) / (unsigned)r)
            return CALC_ERR_INVALID;
        v = v * (unsigned)r + (unsigned)d;
    }
    if (v > prog_mask(w))
        return CALC_ERR_INVALID;
    *bits = (neg ? 0u - v : v) & prog_mask(w);
    return CALC_OK;
}
