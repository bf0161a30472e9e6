/* Locale number format and localisation of engine number texts (numfmt.h). */
#include <windows.h>
#include <string.h>

#include "numfmt.h"
#include "wtext.h"

void numfmt_set(numfmt *f, const wchar_t *decimal, const wchar_t *group, const wchar_t *grouping)
{
    wcsncpy(f->decimal, decimal[0] ? decimal : L".", 7);
    f->decimal[7] = 0;
    wcsncpy(f->group, group, 7);
    f->group[7] = 0;
    f->nsizes = 0;
    f->repeat_last = false;
    /* "3;2;0": sizes 3 then 2, a final 0 means "repeat the last size". */
    const wchar_t *p = grouping;
    while (*p && f->nsizes < NUMFMT_MAX_GROUPS) {
        int v = 0;
        while (*p >= L'0' && *p <= L'9') {
            if (v < 100) v = v * 10 + (*p - L'0');
            p++;
        }
        if (v == 0) {
            f->repeat_last = f->nsizes > 0;
            break;
        }
        f->sizes[f->nsizes++] = v;
        while (*p && (*p < L'0' || *p > L'9')) p++;
    }
}

/* The user's own separators (Control Panel overrides) apply only if they were
 * saved for the current locale. Wine can keep another locale's values in
 * HKCU\Control Panel\International after LANG changed (a fr-FR session then
 * showed en-US separators); the locale's own values are right in that case. */
unsigned long numfmt_locale_flag(void)
{
    wchar_t user[LOCALE_NAME_MAX_LENGTH], saved[LOCALE_NAME_MAX_LENGTH];
    DWORD cb = sizeof saved;
    if (!GetUserDefaultLocaleName(user, LOCALE_NAME_MAX_LENGTH)) return 0;
    if (RegGetValueW(HKEY_CURRENT_USER, L"Control Panel\\International", L"LocaleName", RRF_RT_REG_SZ, NULL, saved,
                     &cb) != ERROR_SUCCESS)
        return 0;
    return CompareStringOrdinal(user, -1, saved, -1, TRUE) == CSTR_EQUAL ? 0 : LOCALE_NOUSEROVERRIDE;
}

void numfmt_load_user(numfmt *f)
{
    wchar_t dec[8], grp[8], grouping[32];
    LCTYPE flag = numfmt_locale_flag();
    if (!GetLocaleInfoEx(LOCALE_NAME_USER_DEFAULT, LOCALE_SDECIMAL | flag, dec, 8)) wcscpy(dec, L".");
    if (!GetLocaleInfoEx(LOCALE_NAME_USER_DEFAULT, LOCALE_STHOUSAND | flag, grp, 8)) wcscpy(grp, L",");
    if (!GetLocaleInfoEx(LOCALE_NAME_USER_DEFAULT, LOCALE_SGROUPING | flag, grouping, 32)) wcscpy(grouping, L"3;0");
    numfmt_set(f, dec, grp, grouping);
}

/* Size of the group that starts k groups from the right, 0 = no more grouping. */
static int group_size(const numfmt *f, int k)
{
    if (f->nsizes == 0) return 0;
    if (k < f->nsizes) return f->sizes[k];
    return f->repeat_last ? f->sizes[f->nsizes - 1] : 0;
}

typedef struct wbuf { wchar_t *p; size_t len, cap; } wbuf;

static void put(wbuf *b, const wchar_t *s, size_t n)
{
    for (size_t i = 0; i < n && b->len + 1 < b->cap; i++) b->p[b->len++] = s[i];
    b->p[b->len] = 0;
}

static void put_str(wbuf *b, const wchar_t *s) { put(b, s, wcslen(s)); }

/* Writes n integer digits, with the locale's group separators if group. */
static void put_grouped(wbuf *b, const numfmt *f, const wchar_t *d, size_t n, bool group)
{
    if (!group || f->group[0] == 0) {
        put(b, d, n);
        return;
    }
    /* Where the separators go, from the right: mark the digit counts. */
    size_t cuts[64];
    int ncuts = 0;
    size_t used = 0;
    for (int k = 0; ncuts < 64; k++) {
        int g = group_size(f, k);
        if (g == 0 || used + (size_t)g >= n) break;
        used += (size_t)g;
        cuts[ncuts++] = n - used; /* a separator before digit index n-used */
    }
    size_t pos = 0;
    for (int i = ncuts - 1; i >= 0; i--) {
        put(b, d + pos, cuts[i] - pos);
        put_str(b, f->group);
        pos = cuts[i];
    }
    put(b, d + pos, n - pos);
}

static bool is_digit(wchar_t c) { return c >= L'0' && c <= L'9'; }
static bool is_word(wchar_t c) { return (c >= L'a' && c <= L'z') || (c >= L'A' && c <= L'Z') || c == L'_'; }

size_t numfmt_localize(const numfmt *f, const char *utf8, bool group, wchar_t *out, size_t cap)
{
    wchar_t src[1024];
    utf8_to_wide(utf8 ? utf8 : "", src, 1024);
    wbuf b = { out, 0, cap };
    if (cap == 0) return 0;
    out[0] = 0;
    size_t i = 0, n = wcslen(src);
    while (i < n) {
        bool starts_number = (is_digit(src[i]) || (src[i] == L'.' && i + 1 < n && is_digit(src[i + 1])))
                             && (i == 0 || !is_word(src[i - 1]));
        if (!starts_number) {
            put(&b, &src[i], 1);
            i++;
            continue;
        }
        size_t int_start = i;
        while (i < n && is_digit(src[i])) i++;
        put_grouped(&b, f, &src[int_start], i - int_start, group);
        if (i < n && src[i] == L'.') {
            put_str(&b, f->decimal);
            i++;
            size_t frac = i;
            while (i < n && is_digit(src[i])) i++;
            put(&b, &src[frac], i - frac);
        }
        /* exponent: e+16, e-4 (kept as the engine writes it) */
        if (i + 1 < n && src[i] == L'e' && (src[i + 1] == L'+' || src[i + 1] == L'-')) {
            size_t e = i;
            i += 2;
            while (i < n && is_digit(src[i])) i++;
            put(&b, &src[e], i - e);
        }
    }
    return b.len;
}

size_t numfmt_radix(const numfmt *f, const char *utf8, calc_radix r, bool group, wchar_t *out, size_t cap)
{
    if (r == RADIX_DEC) return numfmt_localize(f, utf8, group, out, cap);
    if (cap == 0) return 0;
    /* The engine's padding and grouping (calc.h), as for every front end. */
    char padded[CALC_PROG_TEXT_MAX], grouped[CALC_PROG_TEXT_MAX];
    const char *text = utf8 ? utf8 : "";
    if (group) {
        if (r == RADIX_BIN && calc_pad_binary(text, padded, sizeof padded) >= 0) text = padded;
        if (calc_group_digits(text, r, grouped, sizeof grouped) >= 0) text = grouped;
    }
    return utf8_to_wide(text, out, cap);
}
