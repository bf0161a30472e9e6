/* Finance texts (finance_text.h). */
#include <windows.h>
#include <stdio.h>
#include <string.h>

#include "finance_ids.h"
#include "finance_text.h"
#include "lang.h"
#include "wtext.h"
#include "textf.h"

static bool is_space(wchar_t c) { return c == L' ' || c == L'\t' || c == 0x00A0 || c == 0x202F || c == 0x2009; }
static bool is_digit(wchar_t c) { return c >= L'0' && c <= L'9'; }

fin_parse_result fin_text_parse(const numfmt *f, const wchar_t *in, char *out)
{
    out[0] = 0;
    wchar_t g = f->group[1] ? 0 : f->group[0], d = f->decimal[1] ? 0 : f->decimal[0];
    if (is_space(g)) g = L' ';
    size_t n = 0, len = wcslen(in);
    /* trailing % or currency or unit: whatever follows the last digit */
    while (len > 0 && !is_digit(in[len - 1]) && in[len - 1] != L'.' && in[len - 1] != L',') len--;
    bool any = false, exponent = false;
    for (size_t i = 0; i < len; i++) {
        wchar_t c = in[i];
        if (is_space(c)) continue;
        if (n + 2 >= FIN_IN_MAX) return FIN_PARSE_BAD;
        any = true;
        if (is_digit(c)) out[n++] = (char)c;
        else if (c == L'-' || c == 0x2212) out[n++] = '-';
        else if (c == L'+') { if (exponent) out[n++] = '+'; }
        else if (c == L'e' || c == L'E') { out[n++] = 'e'; exponent = true; }
        else if (c == d) out[n++] = '.';
        else if (c == g) continue; /* grouping, wherever it is */
        else if (c == L'.' || c == L',') out[n++] = '.';
        else return FIN_PARSE_BAD;
    }
    out[n] = 0;
    /* nothing typed but spaces, or only a unit/currency */
    if (!any) return in[wcsspn(in, L" \t\x00A0\x202F")] == 0 ? FIN_PARSE_EMPTY : FIN_PARSE_BAD;
    return fin_valid_number(out) ? FIN_PARSE_OK : FIN_PARSE_BAD;
}

void fin_text_copy(char *out, const char *in)
{
    text_printf(out, FIN_TEXT_MAX, "%s", in);
}

void fin_text_negate(const char *in, char *out)
{
    char tmp[FIN_TEXT_MAX];
    if (in[0] == '-') text_printf(tmp, sizeof tmp, "%s", in + 1);
    else if (fin_text_zero(in)) text_printf(tmp, sizeof tmp, "%s", in);
    else text_printf(tmp, sizeof tmp, "-%s", in[0] == '+' ? in + 1 : in);
    memcpy(out, tmp, sizeof tmp);
}

fin_status fin_text_mul_add(const char *a, const char *b, const char *k, char *out)
{
    /* zero rate: pv + pmt n + fv = 0, so fv = -(a + b k) */
    fin_tvm t = { .n = k, .rate = "0", .pv = a, .pmt = b, .fv = NULL, .ppy = "1", .begin = false };
    char fv[FIN_TEXT_MAX];
    fin_status st = fin_tvm_solve(&t, FIN_FV, fv);
    if (st == FIN_OK) fin_text_negate(fv, out);
    else out[0] = 0;
    return st;
}

fin_status fin_text_div(const char *a, const char *k, char *out)
{
    /* zero rate: a - k n = 0, so n = a / k */
    char mk[FIN_TEXT_MAX];
    fin_text_negate(k, mk);
    fin_tvm t = { .n = NULL, .rate = "0", .pv = a, .pmt = mk, .fv = "0", .ppy = "1", .begin = false };
    return fin_tvm_solve(&t, FIN_N, out);
}

bool fin_text_zero(const char *in)
{
    const char *p = in[0] == '-' || in[0] == '+' ? in + 1 : in;
    bool digit = false;
    for (; *p && *p != 'e' && *p != 'E'; p++) {
        if (*p >= '1' && *p <= '9') return false;
        if (*p == '0') digit = true;
        else if (*p != '.') return false;
    }
    return digit;
}

bool fin_text_positive(const char *in) { return fin_valid_number(in) && in[0] != '-' && !fin_text_zero(in); }

/* Digits of in as a plain decimal: digits[] without the point, point = how
 * many of them are before it (may be < 0 or > count: zeros). */
typedef struct plain { bool negative; char digits[128]; int count, point; } plain;

static bool to_plain(const char *in, plain *p)
{
    memset(p, 0, sizeof *p);
    const char *s = in;
    if (*s == '-' || *s == '+') p->negative = *s++ == '-';
    int point = -1;
    for (; *s && *s != 'e' && *s != 'E'; s++) {
        if (*s == '.') {
            if (point >= 0) return false;
            point = p->count;
        } else if (*s >= '0' && *s <= '9') {
            if (p->count == 0 && *s == '0' && point < 0) continue; /* leading zeros */
            if (p->count >= 100) return false;
            p->digits[p->count++] = *s;
        } else {
            return false;
        }
    }
    if (point < 0) point = p->count;
    long e = 0;
    if (*s) {
        s++;
        bool neg = *s == '-';
        if (*s == '-' || *s == '+') s++;
        if (!*s) return false;
        for (; *s; s++) {
            if (*s < '0' || *s > '9' || e > 100000) return false;
            e = e * 10 + (*s - '0');
        }
        if (neg) e = -e;
    }
    if (point + e > 60) return false;
    p->point = point + (int)(e < -100000 ? -100000 : e);
    return true;
}

bool fin_text_round(const char *in, int places, char *out, size_t cap)
{
    plain p;
    if (!to_plain(in, &p) || places < 0 || places > 20) return false;
    /* d[1 .. total]: the integer and fraction digits kept, d[total + 1] the
     * one rounded on, d[0] room for a carry */
    int int_n = p.point > 0 ? p.point : 0, total = int_n + places;
    char d[100];
    d[0] = '0';
    for (int i = 0; i <= total; i++) {
        int src = i - int_n + p.point; /* index into p.digits */
        d[i + 1] = src >= 0 && src < p.count ? p.digits[src] : '0';
    }
    if (d[total + 1] >= '5')
        for (int i = total; i >= 0 && (d[i] = d[i] == '9' ? '0' : (char)(d[i] + 1)) == '0'; i--) {}
    /* the integer part from the carry, or "0" when there is none */
    char body[100];
    size_t k = 0;
    bool zero = true;
    for (int i = d[0] == '1' || int_n == 0 ? 0 : 1; i <= total; i++) {
        if (i == int_n + 1) body[k++] = '.';
        body[k++] = d[i];
        if (d[i] != '0') zero = false;
    }
    body[k] = 0;
    int w = text_printf(out, cap, "%s%s", p.negative && !zero ? "-" : "", body);
    return w > 0 && (size_t)w < cap;
}

bool fin_text_cents(const char *in, long long *out)
{
    char r[100];
    if (!fin_text_round(in, 2, r, sizeof r)) return false;
    const char *s = r;
    bool neg = *s == '-';
    if (neg) s++;
    long long v = 0;
    for (; *s; s++) {
        if (*s == '.') continue;
        if (v > 100000000000000000LL) return false;
        v = v * 10 + (*s - '0');
    }
    *out = neg ? -v : v;
    return true;
}

/* A number of the user's locale, or fallback. */
static unsigned locale_number(LCTYPE type, unsigned fallback)
{
    DWORD v;
    return GetLocaleInfoEx(LOCALE_NAME_USER_DEFAULT, type | LOCALE_RETURN_NUMBER, (LPWSTR)&v, sizeof v / sizeof(WCHAR)) > 0 ? v
                                                                                                                      : fallback;
}

void fin_money_load(fin_money_fmt *m)
{
    LCTYPE flag = (LCTYPE)numfmt_locale_flag();
    if (GetLocaleInfoEx(LOCALE_NAME_USER_DEFAULT, LOCALE_SCURRENCY | flag, m->symbol, 16) <= 0) wcscpy(m->symbol, L"$");
    m->positive_order = locale_number(LOCALE_ICURRENCY | flag, 0);
    m->negative_order = locale_number(LOCALE_INEGCURR | flag, 1);
    if (m->positive_order > 3) m->positive_order = 0;
    if (m->negative_order > 15) m->negative_order = 1;
}

/* NUMBERFMT's Grouping from the locale's sizes: "3;0" -> 3, "3;2;0" -> 32, "3" -> 30. */
static UINT grouping_of(const numfmt *f)
{
    UINT g = 0;
    for (int i = 0; i < f->nsizes && i < 3; i++) g = g * 10 + (UINT)f->sizes[i];
    if (!f->repeat_last && f->nsizes > 0) g *= 10;
    return g;
}

void fin_text_money(const numfmt *f, const fin_money_fmt *m, const char *engine, wchar_t *out, size_t cap)
{
    char r[100];
    if (!fin_text_round(engine, 2, r, sizeof r)) {
        fin_text_number(f, engine, out, cap);
        return;
    }
    wchar_t wr[100];
    utf8_to_wide(r, wr, 100);
    /* the format's strings are only read */
    CURRENCYFMTW cf = { 2, 1, grouping_of(f), (LPWSTR)f->decimal, (LPWSTR)f->group, m->negative_order, m->positive_order,
                        (LPWSTR)m->symbol };
    if (GetCurrencyFormatEx(LOCALE_NAME_USER_DEFAULT, 0, wr, &cf, out, (int)cap) > 0) return;
    numfmt_localize(f, r, true, out, cap);
    size_t n = wcslen(out);
    if (n + wcslen(m->symbol) + 2 < cap) {
        wcscat(out, L"\x00A0");
        wcscat(out, m->symbol);
    }
}

void fin_text_amount(const numfmt *f, const char *engine, bool group, wchar_t *out, size_t cap)
{
    char r[100];
    if (!fin_text_round(engine, 2, r, sizeof r)) {
        fin_text_number(f, engine, out, cap);
        return;
    }
    numfmt_localize(f, r, group, out, cap);
}

void fin_text_rate(const numfmt *f, const char *engine, wchar_t *out, size_t cap)
{
    wchar_t num[96], pattern[32];
    numfmt_localize(f, engine, false, num, 96);
    lang_string(IDS_FIN_PERCENT, pattern, 32);
    if (!wcsstr(pattern, L"%ls")) wcscpy(pattern, L"%ls%%");
    swprintf(out, cap, pattern, num);
}

void fin_text_number(const numfmt *f, const char *engine, wchar_t *out, size_t cap)
{
    numfmt_localize(f, engine, true, out, cap);
}
