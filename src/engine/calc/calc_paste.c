/* calc_paste: pasted text typed as keys (DESIGN.md Contract 2). The whole
 * text is checked first and turned into a list of keys; only a valid text
 * touches the calculator, so "Invalid input" leaves it as it was.
 *
 * Accepted: numbers ("12.5", "1 234,5" with the given separators, "-3e5"),
 * the operators + - * / (also × ÷), '=', parentheses, spaces between them,
 * surrounding whitespace and one trailing newline. Each number must fit the
 * mode's input (16 / 32 significant digits, exponent of at most 4 digits, a
 * programmer operand within the word). Work is linear in the text and the
 * number of keys is capped, so a megabyte of text costs little. */
#include <stdlib.h>
#include <string.h>

#include "calc_internal.h"

#define PASTE_MAX_KEYS 10000

typedef struct paste_plan {
    int *keys;          /* command ids; a value v < 0 means programmer operand -1 - v */
    int nkeys, cap;
    uint64_t *operands;
    int noperands;
} paste_plan;

static bool add_key(paste_plan *p, int key)
{
    if (p->nkeys >= p->cap)
        return false;
    p->keys[p->nkeys++] = key;
    return true;
}

static bool starts_with(const char *s, const char *end, const char *word)
{
    size_t len = word ? strlen(word) : 0;
    return len > 0 && (size_t)(end - s) >= len && memcmp(s, word, len) == 0;
}

static bool is_space(char ch)
{
    return ch == ' ' || ch == '\t';
}

static int hex_value(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    return -1;
}

/* Operator at s: its command id and length, or 0. */
static int operator_at(const char *s, const char *end, int *len)
{
    /* texts in place and ids in a byte (all below 256): 4 bytes a row */
    static const struct { char text[3]; unsigned char id; } ops[] = {
        { "+", CMD_ADD }, { "-", CMD_SUB }, { "*", CMD_MUL }, { "/", CMD_DIV },
        { "\xC3\x97", CMD_MUL }, { "\xC3\xB7", CMD_DIV }, { "=", CMD_EQUALS },
        { "(", CMD_LPAREN }, { ")", CMD_RPAREN },
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        if (starts_with(s, end, ops[i].text)) {
            *len = (int)strlen(ops[i].text);
            return ops[i].id;
        }
    }
    return 0;
}

/* A standard / scientific number at *ps (sign already read). Emits its keys. */
static bool parse_decimal(const calc *c, const char **ps, const char *end, bool negative,
                          const char *dec, const char *grp, paste_plan *p)
{
    const char *s = *ps;
    int int_digits = 0, frac_digits = 0, significant = 0;
    bool leading = true, any = false;
    /* integer part, with group separators between digits */
    for (;;) {
        if (s < end && *s >= '0' && *s <= '9') {
            if (!(leading && *s == '0')) {
                leading = false;
                significant++;
                if (!add_key(p, CMD_DIGIT_0 + (*s - '0')))
                    return false;
            }
            int_digits++;
            any = true;
            s++;
        } else if (int_digits > 0 && starts_with(s, end, grp) && !starts_with(s, end, dec)
                   && s + strlen(grp) < end && s[strlen(grp)] >= '0' && s[strlen(grp)] <= '9') {
            s += strlen(grp);
        } else {
            break;
        }
    }
    if (starts_with(s, end, dec) || (dec == NULL && s < end && *s == '.')) {
        s += dec ? strlen(dec) : 1;
        if (!add_key(p, CMD_DECIMAL))
            return false;
        while (s < end && *s >= '0' && *s <= '9') {
            if (!(leading && *s == '0'))
                leading = false;
            frac_digits++;
            any = true;
            if (!add_key(p, CMD_DIGIT_0 + (*s - '0')))
                return false;
            s++;
        }
        significant += frac_digits;
    }
    if (!any || significant > c->precision)
        return false;
    if (negative && !add_key(p, CMD_NEGATE))
        return false;
    if (s < end && (*s == 'e' || *s == 'E')) {
        s++;
        bool exp_negative = false;
        if (s < end && (*s == '+' || *s == '-'))
            exp_negative = *s++ == '-';
        int digits = 0, kept = 0;
        if (!add_key(p, CMD_EE))
            return false;
        while (s < end && *s >= '0' && *s <= '9') {
            if (kept > 0 || *s != '0') {
                kept++;
                if (!add_key(p, CMD_DIGIT_0 + (*s - '0')))
                    return false;
            }
            digits++;
            s++;
        }
        if (digits == 0 || kept > 4)
            return false;
        if (exp_negative && !add_key(p, CMD_NEGATE))
            return false;
    }
    *ps = s;
    return true;
}

/* A programmer operand in the current radix, checked by prog_parse. */
static bool parse_programmer(const calc *c, const char **ps, const char *end, bool negative,
                             paste_plan *p)
{
    const char *s = *ps;
    char text[80];
    int n = 0;
    if (negative)
        text[n++] = '-';
    while (s < end && hex_value(*s) >= 0) {
        if (n >= (int)sizeof text - 1)
            return false;
        text[n++] = *s++;
    }
    text[n] = '\0';
    uint64_t bits;
    if (prog_parse(text, c->radix, c->word, &bits) != CALC_OK)
        return false;
    if (p->noperands >= p->cap)
        return false;
    p->operands[p->noperands] = bits;
    if (!add_key(p, -1 - p->noperands))
        return false;
    p->noperands++;
    *ps = s;
    return true;
}

static bool plan(const calc *c, const char *s, const char *end, const char *dec, const char *grp,
                 paste_plan *p)
{
    bool want_operand = true;   /* at the start, after an operator or '(' */
    bool any = false;
    int open = 0;
    while (s < end) {
        if (is_space(*s)) {
            s++;
            continue;
        }
        int len = 0;
        int op = operator_at(s, end, &len);
        bool sign = want_operand && (op == CMD_SUB || op == CMD_ADD);
        if (op != 0 && !sign) {
            if (op == CMD_LPAREN) {
                if (!want_operand)
                    return false;
                open++;
            } else if (op == CMD_RPAREN) {
                if (want_operand || open == 0)
                    return false;
                open--;
            } else if (op == CMD_EQUALS) {
                if (want_operand)
                    return false;
            } else if (want_operand) {
                return false;
            } else {
                want_operand = true;
            }
            if (!add_key(p, op))
                return false;
            s += len;
            continue;
        }
        if (!want_operand)
            return false;
        bool negative = false;
        if (sign) {
            negative = op == CMD_SUB;
            s += len;
        }
        bool ok = c->mode == CALC_PROGRAMMER ? parse_programmer(c, &s, end, negative, p)
                                             : parse_decimal(c, &s, end, negative, dec, grp, p);
        if (!ok)
            return false;
        want_operand = false;
        any = true;
    }
    /* "2+" or "(" alone are not inputs; "2+3*4=" and "(1+2" are. */
    if (!any)
        return false;
    if (p->nkeys > 0) {
        int lastkey = p->keys[p->nkeys - 1];
        if (lastkey == CMD_ADD || lastkey == CMD_SUB || lastkey == CMD_MUL || lastkey == CMD_DIV
            || lastkey == CMD_LPAREN)
            return false;
    }
    return true;
}

/* Trims spaces and tabs, and one trailing newline ("\n" or "\r\n"). */
static void trim(const char **ps, const char **pend)
{
    const char *s = *ps, *end = *pend;
    while (s < end && is_space(*s))
        s++;
    while (end > s && is_space(end[-1]))
        end--;
    if (end > s && end[-1] == '\n') {
        end--;
        if (end > s && end[-1] == '\r')
            end--;
    }
    while (end > s && is_space(end[-1]))
        end--;
    *ps = s;
    *pend = end;
}

/* Windows' paste starts with CE: the text replaces the number being typed
 * (and clears an error), then its keys follow. */
static void apply(calc *c, const paste_plan *p)
{
    calc_execute(c, CMD_CE);
    for (int i = 0; i < p->nkeys; i++) {
        int key = p->keys[i];
        if (key >= 0) {
            calc_execute(c, key);
        } else {
            num v;
            prog_num_of(c, p->operands[-1 - key], &v);
            calc_recall_value(c, &v);
        }
    }
}

calc_status calc_paste(calc *c, const char *utf8, const char *decimal_sep, const char *group_sep)
{
    if (c == NULL || utf8 == NULL || c->shown != c->mode)
        return CALC_ERR_INVALID;                /* a form mode has no keys to type */
    const char *dec = decimal_sep && *decimal_sep ? decimal_sep : ".";
    const char *grp = group_sep && *group_sep && strcmp(group_sep, dec) != 0 ? group_sep : NULL;
    const char *s = utf8;
    const char *end = s + strlen(s);
    trim(&s, &end);
    for (const char *q = s; q < end; q++)
        if (*q == '\n' || *q == '\r')
            return CALC_ERR_INVALID;
    if (s == end)
        return CALC_ERR_INVALID;

    paste_plan p = { 0 };
    p.cap = PASTE_MAX_KEYS;
    p.keys = malloc(sizeof *p.keys * (size_t)p.cap);
    p.operands = malloc(sizeof *p.operands * (size_t)p.cap);
    calc_status status = CALC_ERR_INVALID;
    if (p.keys != NULL && p.operands != NULL) {
        if (plan(c, s, end, dec, grp, &p)) {
            apply(c, &p);
            status = CALC_OK;
        }
    } else {
        status = CALC_ERR_NO_MEMORY;
    }
    free(p.keys);
    free(p.operands);
    return status;
}
