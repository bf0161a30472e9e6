/* Registry settings and persisted history (settings.h). */
#include <windows.h>
#include <string.h>

#include "mode_table.h"
#include "settings.h"
#include "wtext.h"

void settings_defaults(settings *s)
{
    memset(s, 0, sizeof *s);
    s->mode = CALC_STANDARD;
    s->angle = ANGLE_DEG;
    s->grouping = true;
    s->pane = 0;
    s->keep_history = true;
}

/* Set by read_dword when a value is there but of another type or out of range. */
static bool g_damaged;

/* A DWORD value in [lo, hi], or false. */
static bool read_dword(const wchar_t *name, DWORD lo, DWORD hi, DWORD *out)
{
    DWORD v = 0, cb = sizeof v;
    LSTATUS e = RegGetValueW(HKEY_CURRENT_USER, SETTINGS_KEY, name, RRF_RT_REG_DWORD, NULL, &v, &cb);
    if (e != ERROR_SUCCESS) {
        if (e != ERROR_FILE_NOT_FOUND) g_damaged = true;
        return false;
    }
    if (v < lo || v > hi) {
        g_damaged = true;
        return false;
    }
    *out = v;
    return true;
}

static bool read_int(const wchar_t *name, int *out)
{
    DWORD v;
    if (!read_dword(name, 0, 0xFFFFFFFFu, &v)) return false;
    *out = (int)v; /* stored as the two's complement of a signed coordinate */
    return true;
}

static void read_bool(const wchar_t *name, bool *out)
{
    DWORD v;
    if (read_dword(name, 0, 1, &v)) *out = v != 0;
}

static LONGLONG area(const RECT *r)
{
    return r->right > r->left && r->bottom > r->top ? (LONGLONG)(r->right - r->left) * (r->bottom - r->top) : 0;
}

/* A stored rectangle must be usable: at least half of it on the work area of
 * the nearest monitor and its title bar reachable. Otherwise it is shrunk to
 * that work area and moved inside it (a monitor may have gone, or the value
 * may be corrupt). */
static bool fit_on_monitor(RECT *r)
{
    MONITORINFO mi;
    memset(&mi, 0, sizeof mi);
    mi.cbSize = sizeof mi;
    HMONITOR mon = MonitorFromRect(r, MONITOR_DEFAULTTONEAREST);
    if (!mon || !GetMonitorInfoW(mon, &mi)) return false;
    const RECT *wa = &mi.rcWork;
    RECT in;
    LONGLONG shown = IntersectRect(&in, r, wa) ? area(&in) : 0;
    int title = GetSystemMetrics(SM_CYCAPTION) + GetSystemMetrics(SM_CYSIZEFRAME);
    if (shown * 2 >= area(r) && r->top >= wa->top && r->top <= wa->bottom - title) return true;
    int w = r->right - r->left, h = r->bottom - r->top;
    if (w > wa->right - wa->left) w = wa->right - wa->left;
    if (h > wa->bottom - wa->top) h = wa->bottom - wa->top;
    int x = r->left, y = r->top;
    if (x + w > wa->right) x = wa->right - w;
    if (x < wa->left) x = wa->left;
    if (y + h > wa->bottom) y = wa->bottom - h;
    if (y < wa->top) y = wa->top;
    SetRect(r, x, y, x + w, y + h);
    return w > 0 && h > 0;
}

void settings_load(settings *s)
{
    settings_defaults(s);
    g_damaged = false;
    DWORD v;
    /* Only a mode the window has a row for (mode_table.c). */
    if (read_dword(L"Mode", 0, 255, &v) && mode_find((calc_mode)v)) s->mode = (calc_mode)v;
    if (read_dword(L"AngleUnit", 0, 2, &v)) s->angle = (angle_unit)v;
    if (read_dword(L"Pane", 0, 1, &v)) s->pane = (int)v;
    if (read_dword(L"ShiftKind", 0, 3, &v)) s->shift_kind = (int)v;
    read_bool(L"AlwaysOnTop", &s->topmost);
    read_bool(L"DigitGrouping", &s->grouping);
    read_bool(L"MixedNumbers", &s->mixed);
    read_bool(L"PaneOpen", &s->pane_open);
    read_bool(L"KeepHistory", &s->keep_history);
    s->damaged = g_damaged;
    int x, y, w, h;
    if (read_int(L"WindowX", &x) && read_int(L"WindowY", &y) && read_int(L"WindowWidth", &w) &&
        read_int(L"WindowHeight", &h) && w > 0 && h > 0 && w <= 16384 && h <= 16384 &&
        x > -32768 && x < 32768 && y > -32768 && y < 32768) {
        RECT r = { x, y, x + w, y + h };
        if (fit_on_monitor(&r)) {
            s->has_rect = true;
            s->rect = r;
        }
    }
}

static void write_dword(HKEY k, const wchar_t *name, DWORD v)
{
    RegSetValueExW(k, name, 0, REG_DWORD, (const BYTE *)&v, sizeof v);
}

bool settings_read_dword(const wchar_t *name, DWORD lo, DWORD hi, DWORD *out) { return read_dword(name, lo, hi, out); }

bool settings_read_text(const wchar_t *name, wchar_t *out, size_t cap)
{
    DWORD cb = (DWORD)(cap * sizeof(wchar_t));
    if (cap == 0 || RegGetValueW(HKEY_CURRENT_USER, SETTINGS_KEY, name, RRF_RT_REG_SZ, NULL, out, &cb) != ERROR_SUCCESS)
        return false;
    out[cap - 1] = 0;
    return true;
}

static void write_value(const wchar_t *name, DWORD type, const void *data, DWORD cb)
{
    HKEY k;
    if (RegCreateKeyExW(HKEY_CURRENT_USER, SETTINGS_KEY, 0, NULL, 0, KEY_SET_VALUE, NULL, &k, NULL) != ERROR_SUCCESS)
        return;
    RegSetValueExW(k, name, 0, type, data, cb);
    RegCloseKey(k);
}

void settings_write_dword(const wchar_t *name, DWORD v) { write_value(name, REG_DWORD, &v, sizeof v); }

void settings_write_text(const wchar_t *name, const wchar_t *text)
{
    write_value(name, REG_SZ, text, (DWORD)((wcslen(text) + 1) * sizeof(wchar_t)));
}

void settings_save(const settings *s)
{
    HKEY k;
    if (RegCreateKeyExW(HKEY_CURRENT_USER, SETTINGS_KEY, 0, NULL, 0, KEY_SET_VALUE, NULL, &k, NULL) != ERROR_SUCCESS)
        return;
    write_dword(k, L"Mode", (DWORD)s->mode);
    write_dword(k, L"AngleUnit", (DWORD)s->angle);
    write_dword(k, L"AlwaysOnTop", s->topmost);
    write_dword(k, L"DigitGrouping", s->grouping);
    write_dword(k, L"MixedNumbers", s->mixed);
    write_dword(k, L"PaneOpen", s->pane_open);
    write_dword(k, L"Pane", (DWORD)s->pane);
    write_dword(k, L"ShiftKind", (DWORD)s->shift_kind);
    write_dword(k, L"KeepHistory", s->keep_history);
    if (s->has_rect) {
        write_dword(k, L"WindowX", (DWORD)s->rect.left);
        write_dword(k, L"WindowY", (DWORD)s->rect.top);
        write_dword(k, L"WindowWidth", (DWORD)(s->rect.right - s->rect.left));
        write_dword(k, L"WindowHeight", (DWORD)(s->rect.bottom - s->rect.top));
    }
    RegCloseKey(k);
}

bool settings_equal(const settings *a, const settings *b)
{
    return a->mode == b->mode && a->angle == b->angle && a->topmost == b->topmost && a->grouping == b->grouping &&
           a->pane_open == b->pane_open && a->pane == b->pane && a->shift_kind == b->shift_kind &&
           a->keep_history == b->keep_history && a->mixed == b->mixed && a->has_rect == b->has_rect &&
           (!a->has_rect || EqualRect(&a->rect, &b->rect));
}

/* Upper bound on what we read back: CALC_HISTORY_MAX items of reasonable length. */
#define HISTORY_MAX_BYTES (CALC_HISTORY_MAX * 1024u)

static bool load_mode_history(calc *c, calc_mode m, const wchar_t *value)
{
    DWORD cb = 0;
    LSTATUS e = RegGetValueW(HKEY_CURRENT_USER, SETTINGS_KEY, value, RRF_RT_REG_MULTI_SZ, NULL, NULL, &cb);
    if (e == ERROR_FILE_NOT_FOUND) return false;
    if (e != ERROR_SUCCESS && e != ERROR_MORE_DATA) return true;
    if (cb == 0 || cb > HISTORY_MAX_BYTES) return true;
    bool damaged = false;
    wchar_t *buf = HeapAlloc(GetProcessHeap(), 0, cb + 2 * sizeof(wchar_t));
    if (!buf) return false;
    if (RegGetValueW(HKEY_CURRENT_USER, SETTINGS_KEY, value, RRF_RT_REG_MULTI_SZ, NULL, buf, &cb) !=
        ERROR_SUCCESS) {
        damaged = true;
    } else {
        size_t n = cb / sizeof(wchar_t);
        buf[n] = 0; /* terminate even a value written without its NULs */
        buf[n + 1] = 0;
        int items = 0;
        for (wchar_t *p = buf; *p && items < CALC_HISTORY_MAX; p += wcslen(p) + 1) {
            wchar_t *tab = wcschr(p, L'\t');
            if (!tab) { damaged = true; continue; }
            *tab = 0;
            char expr[1024], result[1024];
            if (wcslen(p) >= 300 || wcslen(tab + 1) >= 300) { *tab = L'\t'; damaged = true; continue; }
            wide_to_utf8(p, expr, sizeof expr);
            wide_to_utf8(tab + 1, result, sizeof result);
            *tab = L'\t';
            /* Appended as the oldest: read newest first. Bad items are skipped. */
            if (calc_history_load(c, m, expr, result)) items++;
            else damaged = true;
        }
    }
    HeapFree(GetProcessHeap(), 0, buf);
    return damaged;
}

bool settings_load_history(calc *c)
{
    bool damaged = false;
    for (int i = 0; i < mode_count(); i++)
        if (mode_at(i)->history_value && load_mode_history(c, mode_at(i)->mode, mode_at(i)->history_value))
            damaged = true;
    return damaged;
}

void settings_delete_history(void)
{
    HKEY k;
    if (RegOpenKeyExW(HKEY_CURRENT_USER, SETTINGS_KEY, 0, KEY_SET_VALUE, &k) != ERROR_SUCCESS) return;
    for (int i = 0; i < mode_count(); i++)
        if (mode_at(i)->history_value) RegDeleteValueW(k, mode_at(i)->history_value);
    RegCloseKey(k);
}
