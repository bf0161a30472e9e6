/* The converter's typed value (converter_entry.h). */
#include <string.h>

#include "converter_entry.h"

static int digit_count(const char *s)
{
    int n = 0;
    for (; *s; s++) n += *s >= '0' && *s <= '9';
    return n;
}

void conv_entry_clear(conv_entry *e)
{
    strcpy(e->text, "0");
    e->fresh = false;
}

/* Appends c if it fits. */
static void append(conv_entry *e, char c)
{
    size_t n = strlen(e->text);
    if (n + 1 >= CONV_ENTRY_CAP) return;
    e->text[n] = c;
    e->text[n + 1] = 0;
}

void conv_entry_digit(conv_entry *e, int digit)
{
    if (digit < 0 || digit > 9) return;
    if (e->fresh) conv_entry_clear(e);
    char *body = e->text + (e->text[0] == '-');
    if (strcmp(body, "0") == 0) body[0] = (char)('0' + digit);   /* no leading zeros */
    else if (digit_count(e->text) < CONV_ENTRY_DIGITS) append(e, (char)('0' + digit));
}

void conv_entry_decimal(conv_entry *e)
{
    if (e->fresh) conv_entry_clear(e);
    if (!strchr(e->text, '.') && !strchr(e->text, 'e')) append(e, '.');
}

void conv_entry_back(conv_entry *e)
{
    e->fresh = false;
    size_t n = strlen(e->text);
    if (n > 0) e->text[--n] = 0;
    /* a pasted "1e5" goes back to "1", not to the unreadable "1e" */
    while (n > 1 && (e->text[n - 1] == 'e' || ((e->text[n - 1] == '-' || e->text[n - 1] == '+') && e->text[n - 2] == 'e')))
        e->text[--n] = 0;
    if (n == 0 || strcmp(e->text, "-") == 0) strcpy(e->text, "0");
}

void conv_entry_negate(conv_entry *e)
{
    size_t n = strlen(e->text);
    if (strcmp(e->text, "0") == 0 || strcmp(e->text, "-0") == 0) return;
    if (e->text[0] == '-') {
        memmove(e->text, e->text + 1, n);
    } else if (n + 1 < CONV_ENTRY_CAP) {
        memmove(e->text + 1, e->text, n + 1);
        e->text[0] = '-';
    }
}

bool conv_entry_set(conv_entry *e, const char *text)
{
    if (!text || !text[0] || strlen(text) >= CONV_ENTRY_CAP) return false;
    strcpy(e->text, text);
    e->fresh = true;
    return true;
}

static bool is_blank(wchar_t c) { return c == L' ' || c == L'\t' || c == L'\r' || c == L'\n'; }
static bool is_space_like(wchar_t c) { return c == L' ' || c == 0x00A0 || c == 0x202F; }
static bool is_digit(wchar_t c) { return c >= L'0' && c <= L'9'; }

bool conv_parse_number(const wchar_t *s, const wchar_t *dec, const wchar_t *grp, char *out, size_t cap)
{
    size_t n = 0, dl = wcslen(dec), gl = wcslen(grp);
    bool digits = false, point = false;
    if (cap < 2) return false;
    while (is_blank(*s)) s++;
    if (*s == L'-' || *s == L'+') {
        if (*s == L'-') out[n++] = '-';
        s++;
    }
    for (; *s; s++) {
        if (n + 2 >= cap) return false;
        if (is_digit(*s)) {
            out[n++] = (char)*s;
            digits = true;
        } else if (!point && dl && wcsncmp(s, dec, dl) == 0) {
            out[n++] = '.';
            point = true;
            s += dl - 1;
        } else if (!point && digits && gl && wcsncmp(s, grp, gl) == 0 && is_digit(s[gl])) {
            s += gl - 1;
        } else if (!point && digits && gl == 1 && is_space_like(grp[0]) && is_space_like(*s) && is_digit(s[1])) {
            continue; /* "1 234,5" typed with a plain space in fr-FR */
        } else {
            break;
        }
    }
    if (!digits) return false;
    if (*s == L'e' || *s == L'E') {
        out[n++] = 'e';
        s++;
        if (*s == L'-' || *s == L'+') out[n++] = (char)*s++;
        bool exp_digits = false;
        for (; is_digit(*s); s++) {
            if (n + 1 >= cap) return false;
            out[n++] = (char)*s;
            exp_digits = true;
        }
        if (!exp_digits) return false;
    }
    while (is_blank(*s)) s++;
    out[n] = 0;
    return *s == 0;
}
