/* calc_input: the number being typed in standard and scientific modes
 * (WINDOWS-CALCULATOR.md 2.3). The text is kept exactly as typed, so the
 * display echoes "0.00", "1." or "1.e+5"; it becomes a value only when an
 * operator or function needs it. */
#include <string.h>

#include "calc_internal.h"

#define EXPONENT_MAX_DIGITS 4

void entry_clear(calc_entry *e)
{
    memset(e, 0, sizeof *e);
}

/* Windows counts neither the decimal point nor a leading "0" of "0.xxx"
 * against the maximum, but does count zeros after the point. */
bool entry_add_digit(calc_entry *e, int digit, int max_digits)
{
    if (digit < 0 || digit > 9)
        return false;
    char ch = (char)('0' + digit);
    if (e->has_exp) {
        if (e->expo_len == 0 && digit == 0)
            return true;                     /* leading zero ignored */
        if (e->expo_len >= EXPONENT_MAX_DIGITS)
            return false;
        e->expo[e->expo_len++] = ch;
        e->expo[e->expo_len] = '\0';
        return true;
    }
    int max_count = max_digits;
    if (e->has_dec)
        max_count++;
    if (e->base_len > 0 && e->base[0] == '0')
        max_count++;
    if (e->base_len == 0 && digit == 0)
        return true;                         /* leading zeros ignored */
    if (e->base_len >= max_count || e->base_len >= CALC_ENTRY_MAX - 1)
        return false;
    e->base[e->base_len++] = ch;
    e->base[e->base_len] = '\0';
    return true;
}

bool entry_add_point(calc_entry *e)
{
    if (e->has_dec || e->has_exp)
        return false;
    if (e->base_len == 0)
        e->base[e->base_len++] = '0';
    e->dec_index = e->base_len;
    e->base[e->base_len++] = '.';
    e->base[e->base_len] = '\0';
    e->has_dec = true;
    return true;
}

bool entry_begin_exponent(calc_entry *e)
{
    entry_add_point(e);                      /* "1 exp" shows "1.e+0" */
    if (e->has_exp)
        return false;
    e->has_exp = true;
    return true;
}

void entry_toggle_sign(calc_entry *e)
{
    if (e->base_len == 0) {                  /* zero is always positive */
        e->neg = false;
        e->expo_neg = false;
    } else if (e->has_exp) {
        e->expo_neg = !e->expo_neg;
    } else {
        e->neg = !e->neg;
    }
}

void entry_backspace(calc_entry *e)
{
    if (e->has_exp) {
        if (e->expo_len > 0) {
            e->expo[--e->expo_len] = '\0';
            if (e->expo_len == 0)
                e->expo_neg = false;
        } else {
            e->has_exp = false;
        }
        return;
    }
    if (e->base_len > 0) {
        e->base[--e->base_len] = '\0';
        if (e->base_len == 1 && e->base[0] == '0')
            e->base[--e->base_len] = '\0';
    }
    if (e->has_dec && e->base_len <= e->dec_index) {
        e->has_dec = false;
        e->dec_index = 0;
    }
    if (e->base_len == 0)
        e->neg = false;
}

int entry_text(const calc_entry *e, char *buf, size_t cap)
{
    size_t need = (size_t)e->base_len + (size_t)e->expo_len + 8;
    if (cap < need)
        return -1;
    size_t n = 0;
    if (e->neg)
        buf[n++] = '-';
    if (e->base_len == 0) {
        buf[n++] = '0';
    } else {
        memcpy(buf + n, e->base, (size_t)e->base_len);
        n += (size_t)e->base_len;
    }
    if (e->has_exp) {
        if (!e->has_dec)
            buf[n++] = '.';
        buf[n++] = 'e';
        buf[n++] = e->expo_neg ? '-' : '+';
        if (e->expo_len == 0) {
            buf[n++] = '0';
        } else {
            memcpy(buf + n, e->expo, (size_t)e->expo_len);
            n += (size_t)e->expo_len;
        }
    }
    buf[n] = '\0';
    return (int)n;
}

/* Builds the canonical "[-]digits[.digits][e[-]digits]" that num_parse
 * reads: a trailing point is dropped. */
calc_status entry_value(const calc_entry *e, num *out)
{
    char s[CALC_ENTRY_MAX + 16];
    size_t n = 0;
    if (e->neg)
        s[n++] = '-';
    if (e->base_len == 0) {
        s[n++] = '0';
    } else {
        int len = e->base_len;
        if (e->base[len - 1] == '.')
            len--;
        memcpy(s + n, e->base, (size_t)len);
        n += (size_t)len;
    }
    if (e->has_exp && e->expo_len > 0) {
        s[n++] = 'e';
        if (e->expo_neg)
            s[n++] = '-';
        memcpy(s + n, e->expo, (size_t)e->expo_len);
        n += (size_t)e->expo_len;
    }
    s[n] = '\0';
    return num_parse(out, s);
}
