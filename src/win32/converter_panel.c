/* The Converter form (panel.h), as in Windows Calculator: a category, the
 * value typed with its unit, the converted value with its unit, "about equal
 * to" hints in other units of the category, a swap button and the converter's
 * keypad (digits, decimal separator, backspace, CE, and ± for temperatures).
 * The conversion is the engine's (calc_units.h, exact), the editing of the
 * typed value converter_entry.c's; this file shows both values in the user's
 * number format and names the units from the string tables (unit_names.c).
 *
 * The typed value is the form's own (the engine's keypad is off in a form
 * mode): the main window offers the keypad commands (digits, ".", back, CE,
 * Esc, ±), Paste and Copy to the form first. The converted value is the
 * panel's main result: the display (control 1000) shows it as the form shows
 * it, Ctrl+C copies it without grouping. The category and both units are
 * remembered in the settings. */
#include <windows.h>
#include <stdio.h>
#include <string.h>

#include "theme.h"
#include "buttons.h"
#include "calc_units.h"
#include "clipboard.h"
#include "command_ids.h"
#include "converter_entry.h"
#include "converter_ids.h"
#include "display.h"
#include "dpi.h"
#include "fonts.h"
#include "lang.h"
#include "numfmt.h"
#include "panel.h"
#include "settings.h"
#include "ui_ids.h"
#include "unit_names.h"
#include "wtext.h"

#define PRECISION 16                 /* the standard display rule (Contract 4) */
#define OUT_CAP (64 + PRECISION)     /* enough for units_convert at PRECISION */
#define HINTS_SHOWN 2
#define COUNT(a) (sizeof a / sizeof a[0])

typedef struct conv_data {
    panel_texts text;        /* the converted value as shown; expression line: "12.5 km =" */
    HFONT font, value_font;  /* form text; the two values, made for the DPI and size */
    int font_px, value_px;   /* their heights (value_px 0: no value font) */
    bool filling;            /* combo boxes being filled by the code */
    conv_entry value;        /* the typed value: "0", "12.", "-40" (converter_entry.h) */
    bool bad_paste;          /* the hints line says "Invalid input" until the next key */
    units_status status;
    char result[OUT_CAP];    /* the converted value, engine form */
} conv_data;

static HWND item(const panel *p, int id) { return GetDlgItem(p->hwnd, id); }

/* The form's keys: the swap button and the keypad's. */
static bool is_key(int id) { return id == IDC_CONV_SWAP || (id >= CMD_FIRST && id <= CMD_LAST); }

static void set_text_if_changed(HWND h, const wchar_t *text)
{
    wchar_t old[400];
    GetWindowTextW(h, old, 400);
    if (wcscmp(old, text) != 0) {
        SetWindowTextW(h, text);
        InvalidateRect(h, NULL, TRUE);
    }
}

/* ------------------------------------------------------------ units and categories */

static units_category current_category(const panel *p)
{
    LRESULT c = SendMessageW(item(p, IDC_CONV_CATEGORY), CB_GETCURSEL, 0, 0);
    return c >= 0 && c < UNITS_CATEGORY_COUNT ? (units_category)c : UNITS_LENGTH;
}

/* The engine's index of the unit a combo box shows, -1 if none. */
static int selected_unit(const panel *p, int combo)
{
    HWND h = item(p, combo);
    LRESULT sel = SendMessageW(h, CB_GETCURSEL, 0, 0);
    if (sel < 0) return -1;
    LRESULT index = SendMessageW(h, CB_GETITEMDATA, (WPARAM)sel, 0);
    return index >= 0 && index < units_count() ? (int)index : -1;
}

static const char *selected_id(const panel *p, int combo)
{
    int i = selected_unit(p, combo);
    return i >= 0 ? units_id(i) : NULL;
}

/* Selects unit `id` in a combo box; false if the box does not list it. */
static bool select_unit(panel *p, int combo, const char *id)
{
    HWND h = item(p, combo);
    int want = id ? units_find(id) : -1;
    LRESULT n = SendMessageW(h, CB_GETCOUNT, 0, 0);
    for (LRESULT k = 0; want >= 0 && k < n; k++) {
        if (SendMessageW(h, CB_GETITEMDATA, (WPARAM)k, 0) == want) {
            SendMessageW(h, CB_SETCURSEL, (WPARAM)k, 0);
            return true;
        }
    }
    return false;
}

/* The unit's name ("Kilometers") or symbol ("km", "pi") in the UI language,
 * its id if it has none. */
static void unit_text(int index, bool symbol, wchar_t *out, size_t cap)
{
    UINT name = unit_name_id(units_id(index));
    out[0] = 0;
    if (name) lang_string(symbol ? IDS_UNIT_SYMBOL(name) : name, out, (int)cap);
    if (!out[0]) utf8_to_wide(units_id(index) ? units_id(index) : "", out, cap);
}

/* The two unit boxes, from (k 0) and to (k 1), and the settings that remember their unit. */
#define UNIT_BOX(k) ((k) ? IDC_CONV_TO_UNIT : IDC_CONV_FROM_UNIT)
static const wchar_t *const UNIT_SETTINGS[] = { L"ConverterFrom", L"ConverterTo" };

/* Lists the units of category c in both combo boxes and selects units[0]
 * (from) and units[1] (to), or the category's first units when they are not
 * of c (read defensively: the settings may name a unit that no longer
 * exists). */
static void fill_units(panel *p, units_category c, const char *const units[2])
{
    conv_data *d = p->data;
    const unit_category_row *row = unit_category(c);
    d->filling = true;
    for (int k = 0; k < 2; k++) {
        HWND h = item(p, UNIT_BOX(k));
        SendMessageW(h, CB_RESETCONTENT, 0, 0);
        for (int i = 0; i < units_count(); i++) {
            if (units_category_of(i) != c) continue;
            wchar_t name[96];
            unit_text(i, false, name, 96);
            LRESULT at = SendMessageW(h, CB_ADDSTRING, 0, (LPARAM)name);
            if (at >= 0) SendMessageW(h, CB_SETITEMDATA, (WPARAM)at, (LPARAM)i);
        }
        if (!select_unit(p, UNIT_BOX(k), units[k]) && !(row && select_unit(p, UNIT_BOX(k), k ? row->to : row->from)))
            SendMessageW(h, CB_SETCURSEL, (WPARAM)k, 0);
    }
    d->filling = false;
}

/* ------------------------------------------------------------ converting and showing */

/* Significant digits for a hint: two decimals, at least two digits
 * ("0.62", "3280.84"), never more than the display's. `text` is the value at
 * full precision in engine form. */
static int hint_precision(const char *text)
{
    const char *s = text[0] == '-' ? text + 1 : text;
    const char *e = strchr(s, 'e');
    int int_digits = 0;
    if (e) {
        /* "e5", "e+5": the exponent's digits; "e-5": none before the point */
        int exp = 0;
        for (e += e[1] == '+'; e[1] >= '0' && e[1] <= '9' && exp < 100; e++) exp = exp * 10 + (e[1] - '0');
        int_digits = e[1] == '-' ? 0 : exp + 1;
    } else if (s[0] != '0') {
        int_digits = (int)strcspn(s, ".");
    }
    int prec = int_digits + 2;
    return prec < 2 ? 2 : prec > PRECISION ? PRECISION : prec;
}

/* "≈ 0.62 mi, 3,280.84 ft": the value in up to HINTS_SHOWN of the category's
 * hint units that are neither of the two shown. */
static void hints_text(const panel *p, const ui *u, int from, int to, wchar_t *out, size_t cap)
{
    const conv_data *d = p->data;
    const unit_category_row *row = unit_category(units_category_of(from));
    wchar_t list[256] = L"", sep[8], one[96], sym[32];
    lang_string(IDS_CONV_LIST_SEP, sep, 8);
    int shown = 0;
    size_t len = 0;
    for (int k = 0; row && k < UNIT_HINTS_MAX && row->hints[k] && shown < HINTS_SHOWN; k++) {
        int h = units_find(row->hints[k]);
        if (h < 0 || h == from || h == to) continue;
        char full[OUT_CAP], rounded[OUT_CAP];
        if (units_convert(d->value.text, units_id(from), units_id(h), PRECISION, full, sizeof full) != UNITS_OK) continue;
        if (units_convert(d->value.text, units_id(from), units_id(h), hint_precision(full), rounded, sizeof rounded) != UNITS_OK)
            continue;
        numfmt_localize(&u->fmt, rounded, u->grouping, one, 64);
        unit_text(h, true, sym, 32);
        /* HINTS_SHOWN hints of < 64 + 32 characters always fit */
        int n = swprintf(list + len, COUNT(list) - len, L"%ls%ls %ls", shown++ ? sep : L"", one, sym);
        if (n < 0) break;
        len += (size_t)n;
    }
    out[0] = 0;
    if (shown) {
        wchar_t fmt[32];
        swprintf(out, cap, lang_string(IDS_CONV_ABOUT, fmt, 32), list);
    }
}

/* The error texts of the conversions that have no answer. */
static UINT status_text(units_status st)
{
    switch (st) {
    case UNITS_DIV_ZERO: return IDS_ERR_DIV_ZERO;
    case UNITS_OVERFLOW: return IDS_ERR_OVERFLOW;
    default: return IDS_ERR_INVALID;
    }
}

/* Converts the typed value and shows it everywhere in the form. */
static void compute(panel *p, const ui *u)
{
    conv_data *d = p->data;
    int from = selected_unit(p, IDC_CONV_FROM_UNIT), to = selected_unit(p, IDC_CONV_TO_UNIT);
    wchar_t value[128], hints[320] = L"", sym[32];
    numfmt_localize(&u->fmt, d->value.text, u->grouping, value, COUNT(value));
    d->result[0] = 0;
    d->status = from < 0 || to < 0 ? UNITS_UNKNOWN_UNIT
                                   : units_convert(d->value.text, units_id(from), units_id(to), PRECISION, d->result, sizeof d->result);
    if (d->status == UNITS_OK) numfmt_localize(&u->fmt, d->result, u->grouping, d->text.main, COUNT(d->text.main));
    else lang_string(status_text(d->status), d->text.main, (int)COUNT(d->text.main));
    if (d->bad_paste) lang_string(IDS_ERR_INVALID, hints, (int)COUNT(hints));
    else if (d->status == UNITS_OK) hints_text(p, u, from, to, hints, COUNT(hints));
    d->text.second[0] = 0;
    if (from >= 0) {
        unit_text(from, true, sym, 32);
        swprintf(d->text.second, COUNT(d->text.second), L"%ls %ls =", value, sym);
    }
    _Static_assert(IDC_CONV_TO_VALUE == IDC_CONV_FROM_VALUE + 2 && IDC_CONV_HINTS == IDC_CONV_FROM_VALUE + 4, "value ids");
    const wchar_t *texts[] = { value, d->text.main, hints };
    for (int i = 0; i < 3; i++) set_text_if_changed(item(p, IDC_CONV_FROM_VALUE + 2 * i), texts[i]);
    /* ± only where negative values mean something: temperatures. */
    HWND neg = item(p, CMD_NEGATE);
    BOOL temperature = current_category(p) == UNITS_TEMPERATURE;
    if (!temperature && GetFocus() == neg) SetFocus(item(p, CMD_DIGIT_0));
    if (!IsWindowEnabled(neg) != !temperature) EnableWindow(neg, temperature);
}

/* ------------------------------------------------------------ paste, swap, copy */

/* Ctrl+V: the clipboard's number becomes the typed value, in the locale's
 * format or the other common one ("12.5" in fr-FR, "1 234,5" in en-US). */
static void paste(conv_data *d, const ui *u)
{
    bool too_long;
    char *raw = clip_get_utf8(u->dlg, &too_long);
    char value[CONV_ENTRY_CAP], probe[OUT_CAP];
    bool ok = false;
    if (raw) {
        static wchar_t w[CLIP_PASTE_MAX + 1]; /* the clipboard's text has at most CLIP_PASTE_MAX */
        utf8_to_wide(raw, w, COUNT(w));
        bool comma = wcscmp(u->fmt.decimal, L",") == 0;
        ok = conv_parse_number(w, u->fmt.decimal, u->fmt.group, value, sizeof value)
             || conv_parse_number(w, comma ? L"." : L",", comma ? L"," : L" ", value, sizeof value);
        HeapFree(GetProcessHeap(), 0, raw);
    }
    /* what the engine reads is what the form takes */
    ok = ok && units_convert(value, "m", "m", PRECISION, probe, sizeof probe) != UNITS_BAD_VALUE;
    d->bad_paste = !ok;
    if (!ok) return;
    conv_entry_set(&d->value, value);
}

/* The converted value becomes the typed one, and the units change places. */
static void swap(panel *p)
{
    conv_data *d = p->data;
    int from = selected_unit(p, IDC_CONV_FROM_UNIT), to = selected_unit(p, IDC_CONV_TO_UNIT);
    if (from < 0 || to < 0) return;
    if (d->status == UNITS_OK) conv_entry_set(&d->value, d->result);
    d->filling = true;
    select_unit(p, IDC_CONV_FROM_UNIT, units_id(to));
    select_unit(p, IDC_CONV_TO_UNIT, units_id(from));
    d->filling = false;
}

/* Ctrl+C: the converted value without grouping (Contract 2), or the error. */
static void copy(const panel *p, const ui *u)
{
    const conv_data *d = p->data;
    wchar_t text[160];
    if (d->status == UNITS_OK) numfmt_localize(&u->fmt, d->result, false, text, COUNT(text));
    else lstrcpynW(text, d->text.main, (int)COUNT(text));
    clip_put_text(u->dlg, text);
}

/* ------------------------------------------------------------ the panel */

static INT_PTR CALLBACK converter_proc(HWND h, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_CTLCOLORSTATIC) { /* labels in the dim text colour */
        SetBkColor((HDC)wp, ui_color_window());
        SetTextColor((HDC)wp, ui_color_dim_text());
        return (INT_PTR)ui_window_brush();
    }
    return panel_form_message(h, msg, wp, lp, &converter_panel);
}

static bool converter_create(panel *p, ui *u, WORD tmpl)
{
    conv_data *d = panel_form_create(p, u, tmpl, converter_proc, sizeof *d);
    if (!d) return false;
    HWND h = p->hwnd;
    conv_entry_clear(&d->value);

    wchar_t text[128];
    /* The keys: the label of the template, the command's accessible name. */
    for (HWND c = GetWindow(h, GW_CHILD); c; c = GetWindow(c, GW_HWNDNEXT)) {
        int id = GetDlgCtrlID(c);
        if (!is_key(id)) continue;
        if (id == IDC_CONV_SWAP) lang_string(IDS_CONV_SWAP, text, 128);
        else lang_command_name(id, text, 128);
        button_adopt(c, id == CMD_DECIMAL ? u->fmt.decimal : NULL, text);
    }
    HWND cat = item(p, IDC_CONV_CATEGORY);
    for (int c = 0; c < UNITS_CATEGORY_COUNT; c++) {
        /* its name (converter_ids.h), its id if it has none */
        if (!lang_string(IDS_UNITCAT_BASE + (UINT)c, text, 128)[0]) utf8_to_wide(units_category_id((units_category)c), text, 128);
        SendMessageW(cat, CB_ADDSTRING, 0, (LPARAM)text);
    }
    /* Remembered category and units, read defensively: anything odd gives the defaults. */
    DWORD v;
    units_category c = settings_read_dword(L"ConverterCategory", 0, UNITS_CATEGORY_COUNT - 1, &v) ? (units_category)v
                                                                                                   : UNITS_LENGTH;
    SendMessageW(cat, CB_SETCURSEL, (WPARAM)c, 0);
    char ids[2][64];
    for (int k = 0; k < 2; k++) {
        wchar_t w[32];
        ids[k][0] = 0;
        if (settings_read_text(UNIT_SETTINGS[k], w, COUNT(w))) wide_to_utf8(w, ids[k], sizeof ids[k]);
    }
    const char *const units[2] = { ids[0], ids[1] };
    fill_units(p, c, units);
    compute(p, u);
    return true;
}

/* A length in 96-DPI pixels at the window's DPI, scaled as the panel's height
 * is to its natural height (between 55 % and 200 %): the rows above the keys
 * shrink and grow with the window, as the keys do. */
static int scaled(const panel *p, const ui *u, int height, int px96)
{
    int px = ui_px(u, px96), n = p->natural.cy > 0 ? p->natural.cy : 1;
    int v = MulDiv(px, height, n);
    return v < px * 55 / 100 ? px * 55 / 100 : v > 2 * px ? 2 * px : v;
}

/* Where converter_layout puts the rows above the keys: indices of its pixel values. */
enum {
    V_M, V_W, V_LIST_H, V_VALUE_H, V_HINT_H, V_CATEGORY_Y, V_FROM_VALUE_Y, V_FROM_UNIT_Y, V_TO_VALUE_Y,
    V_TO_UNIT_Y, V_HINTS_Y, V_COUNT
};
static const panel_place PLACES[] = {
    /* A drop-down list's height includes its list. */
    { IDC_CONV_CATEGORY, V_M, V_CATEGORY_Y, V_W, V_LIST_H },
    { IDC_CONV_FROM_VALUE, V_M, V_FROM_VALUE_Y, V_W, V_VALUE_H },
    { IDC_CONV_FROM_UNIT, V_M, V_FROM_UNIT_Y, V_W, V_LIST_H },
    { IDC_CONV_TO_VALUE, V_M, V_TO_VALUE_Y, V_W, V_VALUE_H },
    { IDC_CONV_TO_UNIT, V_M, V_TO_UNIT_Y, V_W, V_LIST_H },
    { IDC_CONV_HINTS, V_M, V_HINTS_Y, V_W, V_HINT_H },
};

/* Rows from the top, scaled (above); the keys share what is left. Widths
 * follow the panel's width. */
static void converter_layout(panel *p, ui *u)
{
    conv_data *d = p->data;
    RECT rc;
    if (!d || !GetClientRect(p->hwnd, &rc) || rc.right <= 0) return;
    /* the scaled lengths: font, value font, gap, value, hints, row */
    static const BYTE LENGTHS[] = { 15, 30, 4, 42, 20, 28 };
    int len[COUNT(LENGTHS)];
    for (size_t i = 0; i < COUNT(LENGTHS); i++) len[i] = scaled(p, u, rc.bottom, LENGTHS[i]);
    int font_px = len[0];
    if (font_px < 9) font_px = 9;
    if (!d->font || d->font_px != font_px) {
        font_replace(&d->font, font_make(font_px, FW_NORMAL));
        font_replace(&d->value_font, font_make(len[1], FW_SEMIBOLD));
        d->value_px = d->value_font ? len[1] : 0;
        d->font_px = font_px;
        panel_form_font(p->hwnd, d->font);
    }
    /* A combo box is as high as its font makes it, whatever MoveWindow says. */
    RECT cr;
    GetWindowRect(item(p, IDC_CONV_CATEGORY), &cr);
    int combo_h = cr.bottom - cr.top;
    int v[V_COUNT];
    int m = v[V_M] = ui_px(u, 8), gap = len[2], value_h = v[V_VALUE_H] = len[3];
    int hint_h = v[V_HINT_H] = len[4], row_h = len[5];
    if (row_h < combo_h) row_h = combo_h;
    v[V_W] = rc.right - 2 * m;
    v[V_LIST_H] = ui_px(u, 320);
    int y = v[V_CATEGORY_Y] = m / 2;
    y = v[V_FROM_VALUE_Y] = y + row_h + gap;
    y = v[V_FROM_UNIT_Y] = y + value_h;
    y = v[V_TO_VALUE_Y] = y + row_h + gap;
    y = v[V_TO_UNIT_Y] = y + value_h;
    y = v[V_HINTS_Y] = y + row_h;
    y += hint_h + gap;
    panel_form_place(p->hwnd, PLACES, COUNT(PLACES), v);
    /* the keys: 3 columns, 5 rows, as in the template */
    static const WORD KEYS[5][3] = {
        { IDC_CONV_SWAP, CMD_CE, CMD_BACK },          { CMD_DIGIT_7, CMD_DIGIT_8, CMD_DIGIT_9 },
        { CMD_DIGIT_4, CMD_DIGIT_5, CMD_DIGIT_6 },    { CMD_DIGIT_1, CMD_DIGIT_2, CMD_DIGIT_3 },
        { CMD_NEGATE, CMD_DIGIT_0, CMD_DECIMAL },
    };
    int kx = ui_px(u, 2), kgap = kx, kh_min = ui_px(u, 12);
    int kw = (rc.right - 2 * kx - 2 * kgap) / 3, kh = (rc.bottom - y - kx - 4 * kgap) / 5;
    if (kh < kh_min) kh = kh_min;
    for (int r = 0; r < 5; r++)
        for (int k = 0; k < 3; k++)
            MoveWindow(item(p, KEYS[r][k]), kx + k * (kw + kgap), y + r * (kh + kgap), kw, kh, TRUE);
    InvalidateRect(p->hwnd, NULL, TRUE);
}

static void converter_refresh(panel *p, ui *u)
{
    if (!p->data) return;
    /* The decimal key follows the locale (WM_SETTINGCHANGE "intl"). */
    HWND dec = item(p, CMD_DECIMAL);
    if (dec && wcscmp(button_label(dec), u->fmt.decimal) != 0) {
        button_adopt(dec, u->fmt.decimal, NULL);
        InvalidateRect(dec, NULL, FALSE);
    }
    compute(p, u);
}

/* The keypad commands the form edits its value with; the rest is not its own. */
static panel_change edit_command(conv_data *d, units_category c, int id)
{
    if (id >= CMD_DIGIT_0 && id <= CMD_DIGIT_9) conv_entry_digit(&d->value, id - CMD_DIGIT_0);
    else if (id == CMD_DECIMAL) conv_entry_decimal(&d->value);
    else if (id == CMD_BACK) conv_entry_back(&d->value);
    else if (id == CMD_CE || id == CMD_CLEAR) conv_entry_clear(&d->value);
    else if (id == CMD_NEGATE) {
        if (c != UNITS_TEMPERATURE) return PANEL_SAME;
        conv_entry_negate(&d->value);
    } else {
        return PANEL_NOT_MINE;
    }
    return PANEL_CHANGED;
}

static panel_change converter_command(panel *p, ui *u, int id, int code)
{
    conv_data *d = p->data;
    if (!d) return PANEL_NOT_MINE;
    bool key = code == 0 || code == 1 || code == BN_CLICKED || code == BN_DOUBLECLICKED;
    if (id == IDC_CONV_CATEGORY || id == IDC_CONV_FROM_UNIT || id == IDC_CONV_TO_UNIT) {
        if (code != CBN_SELCHANGE || d->filling) return PANEL_SAME;
        static const char *const none[2] = { NULL, NULL };
        if (id == IDC_CONV_CATEGORY) fill_units(p, current_category(p), none);
    } else if (id == IDC_CONV_SWAP) {
        if (code != BN_CLICKED) return PANEL_SAME;
        swap(p);
    } else if (id == IDM_COPY) {
        copy(p, u);
        return PANEL_SAME;
    } else if (id == IDM_PASTE) {
        paste(d, u);
        compute(p, u);
        return PANEL_CHANGED;
    } else {
        if (id < CMD_FIRST || id > CMD_LAST) return PANEL_NOT_MINE;
        if (!key) return PANEL_SAME;
        panel_change c = edit_command(d, current_category(p), id);
        if (c != PANEL_CHANGED) return c;
    }
    d->bad_paste = false;
    compute(p, u);
    return PANEL_CHANGED;
}

static bool converter_draw(panel *p, ui *u, const DRAWITEMSTRUCT *di)
{
    const conv_data *d = p->data;
    int id = (int)di->CtlID;
    if (!d) return false;
    if (id == IDC_CONV_FROM_VALUE || id == IDC_CONV_TO_VALUE) {
        /* the two values: big, left-aligned, a smaller font when they do not fit */
        display_draw_fitted(di, d->value_font, d->value_px, 0, DT_LEFT);
        return true;
    }
    if (!is_key(id)) return false;
    bool digit = (id >= CMD_DIGIT_0 && id <= CMD_DIGIT_9) || id == CMD_DECIMAL;
    button_draw(di, &u->fonts, digit ? LOOK_DIGIT : LOOK_PLAIN, false, NULL);
    return true;
}


static void converter_destroy(panel *p, ui *u)
{
    (void)u;
    conv_data *d = p->data;
    if (d && p->hwnd) {
        settings_write_dword(L"ConverterCategory", (DWORD)current_category(p));
        for (int k = 0; k < 2; k++) {
            const char *id = selected_id(p, UNIT_BOX(k));
            wchar_t w[32];
            if (!id) continue;
            utf8_to_wide(id, w, COUNT(w));
            settings_write_text(UNIT_SETTINGS[k], w);
        }
    }
    panel_form_free(p, offsetof(conv_data, font), 2); /* and the keys' labels */
}

const panel_ops converter_panel = {
    .create = converter_create,
    .layout = converter_layout,
    .refresh = converter_refresh,
    .command = converter_command,
    .notify = NULL,
    .draw = converter_draw,
    .result = panel_form_result,
    .destroy = converter_destroy,
};
