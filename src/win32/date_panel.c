/* The Date calculation form (panel.h), as in Windows Calculator: a combo box
 * chooses the view, "Difference between dates" (From, To) or "Add or subtract
 * days" (From, Add/Subtract, years, months, days 0-999). The arithmetic is the
 * engine's (calc_date.h); this file collects the inputs and words the result.
 * The result is the panel's main result: the display (control 1000) shows it
 * and Ctrl+C copies it; the expression line shows the total in days. The view,
 * the dates and the offsets are remembered in the settings. */
#include <windows.h>
#include <commctrl.h>
#include <stdio.h>

#include "buttons.h"
#include "calc_date.h"
#include "dpi.h"
#include "fonts.h"
#include "lang.h"
#include "numfmt.h"
#include "panel.h"
#include "settings.h"
#include "theme.h"
#include "ui_ids.h"
#include "wtext.h"
#include "textf.h"

enum { VIEW_DIFFERENCE = 0, VIEW_ADD_SUBTRACT = 1 };

#define COUNT(a) (sizeof a / sizeof a[0])

/* The ids in the order of ui_ids.h: To (its label, its picker) of the
 * difference view only, then the controls of the add view only (IDC_DATE_ADD
 * to IDC_DATE_DAYS_SPIN); the two pickers two apart; the three offsets one
 * after the other, each its label, edit and up-down. */
_Static_assert(IDC_DATE_TO == IDC_DATE_TO_LABEL + 1 && IDC_DATE_ADD == IDC_DATE_TO + 1, "date ids");
_Static_assert(IDC_DATE_TO == IDC_DATE_FROM + 2 && IDC_DATE_DAYS_SPIN == IDC_DATE_ADD + 10, "date ids");
_Static_assert(IDC_DATE_MONTHS == IDC_DATE_YEARS + 3 && IDC_DATE_DAYS == IDC_DATE_YEARS + 6, "date ids");
_Static_assert(IDC_DATE_YEARS_SPIN == IDC_DATE_YEARS + 1, "date ids");
#define PICKER(i) (IDC_DATE_FROM + 2 * (i))
#define OFFSET_EDIT(i) (IDC_DATE_YEARS + 3 * (i))

/* Labels from the string table: control id, string id. */
static const WORD LABELS[][2] = {
    { IDC_DATE_FROM_LABEL, IDS_DATE_FROM },   { IDC_DATE_TO_LABEL, IDS_DATE_TO },
    { IDC_DATE_ADD, IDS_DATE_ADD },           { IDC_DATE_SUBTRACT, IDS_DATE_SUBTRACT },
    { IDC_DATE_YEARS_LABEL, IDS_DATE_YEARS }, { IDC_DATE_MONTHS_LABEL, IDS_DATE_MONTHS },
    { IDC_DATE_DAYS_LABEL, IDS_DATE_DAYS },
};

/* The settings of the two pickers (From, To) and of the three offsets. */
static const wchar_t *const PICKER_SETTINGS[] = { L"DateFrom", L"DateTo" };
static const wchar_t *const OFFSET_SETTINGS[] = { L"DateYears", L"DateMonths", L"DateDays" };

typedef struct date_data {
    panel_texts text;    /* main result (display), total in days (expression line) */
    HFONT font;          /* the form's text, made for the DPI */
    UINT font_dpi;
    bool filling;        /* controls being set by the code: no change reports */
    wchar_t picker_format[64]; /* the locale's short date, as the pickers show it */
} date_data;

static HWND item(const panel *p, int id) { return GetDlgItem(p->hwnd, id); }

/* ------------------------------------------------------------ dates and pickers */

static SYSTEMTIME to_systemtime(cdate d)
{
    SYSTEMTIME st;
    memset(&st, 0, sizeof st);
    st.wYear = (WORD)d.year;
    st.wMonth = (WORD)d.month;
    st.wDay = (WORD)d.day;
    st.wDayOfWeek = (WORD)cdate_weekday(d);
    return st;
}

static cdate picker_date(const panel *p, int id)
{
    SYSTEMTIME st;
    memset(&st, 0, sizeof st);
    cdate d = { 0, 0, 0 };
    if (SendMessageW(item(p, id), DTM_GETSYSTEMTIME, 0, (LPARAM)&st) == GDT_VALID) {
        d.year = st.wYear;
        d.month = st.wMonth;
        d.day = st.wDay;
    }
    return d;
}

static void set_picker(panel *p, int id, cdate d)
{
    SYSTEMTIME st = to_systemtime(d);
    SendMessageW(item(p, id), DTM_SETSYSTEMTIME, GDT_VALID, (LPARAM)&st);
}

/* The pickers show the short date of the user's locale, read with the same
 * rule as the numbers (numfmt_locale_flag); set again when the locale changes. */
static void format_pickers(panel *p)
{
    date_data *d = p->data;
    wchar_t fmt[64];
    if (GetLocaleInfoEx(LOCALE_NAME_USER_DEFAULT, LOCALE_SSHORTDATE | numfmt_locale_flag(), fmt, 64) <= 0) return;
    if (wcscmp(fmt, d->picker_format) == 0) return;
    lstrcpynW(d->picker_format, fmt, 64);
    for (int i = 0; i < 2; i++) SendMessageW(item(p, PICKER(i)), DTM_SETFORMATW, 0, (LPARAM)d->picker_format);
}

static cdate today(void)
{
    SYSTEMTIME st;
    GetLocalTime(&st);
    cdate d = { st.wYear, st.wMonth, st.wDay };
    return cdate_valid(d) ? d : (cdate){ 2000, 1, 1 };
}

/* A remembered date, or today when the value is missing or not a valid date. */
static cdate saved_date(const wchar_t *name)
{
    wchar_t w[16];
    char s[16];
    cdate d;
    if (settings_read_text(name, w, 16) && wide_to_utf8(w, s, sizeof s) == 10 && cdate_parse_iso(s, &d)) return d;
    return today();
}

static void save_date(const wchar_t *name, cdate d)
{
    char s[11];
    wchar_t w[16];
    if (!cdate_valid(d)) return;
    cdate_format_iso(d, s);
    utf8_to_wide(s, w, 16);
    settings_write_text(name, w);
}

/* The long date of the user's locale, always with the weekday:
 * "Saturday, May 10, 2008", "samedi 10 mai 2008". */
static void long_date(cdate d, wchar_t *out, int cap)
{
    SYSTEMTIME st = to_systemtime(d);
    wchar_t fmt[96], with_day[112];
    const wchar_t *use = NULL;
    if (GetLocaleInfoEx(LOCALE_NAME_USER_DEFAULT, LOCALE_SLONGDATE | numfmt_locale_flag(), fmt, 96) > 0) {
        use = fmt;
        if (!wcsstr(fmt, L"dddd")) {
            swprintf(with_day, 112, L"dddd, %ls", fmt);
            use = with_day;
        }
    }
    if (GetDateFormatEx(LOCALE_NAME_USER_DEFAULT, use ? 0 : DATE_LONGDATE, &st, use, out, cap, NULL) <= 0) {
        char iso[11];
        cdate_format_iso(d, iso);
        utf8_to_wide(iso, out, (size_t)cap);
    }
}

/* ------------------------------------------------------------ wording the result */

/* "451 days" / "1 day" / "451 jours": n with the unit's singular or plural
 * (the language says whether 0 takes the singular), digits grouped as the
 * display groups them. */
static void count_text(const ui *u, long n, int unit, wchar_t *out, size_t cap)
{
    wchar_t zero_singular[4], fmt[64], number[64];
    char digits[32];
    lang_string(IDS_DATE_ZERO_SINGULAR, zero_singular, 4);
    bool singular = n == 1 || (n == 0 && zero_singular[0] == L'1');
    lang_string((UINT)(IDS_DATE_UNIT_BASE + 2 * unit + (singular ? 0 : 1)), fmt, 64);
    text_printf(digits, sizeof digits, "%ld", n);
    numfmt_localize(&u->fmt, digits, u->grouping, number, 64);
    swprintf(out, cap, fmt, number);
}

/* The difference in words, or the string id of the result's text (the same dates). */
static UINT difference_text(date_data *d, const ui *u, cdate from, cdate to)
{
    cdate_diff diff = cdate_difference(from, to);
    if (diff.total_days == 0) return IDS_DATE_SAME;
    const int counts[4] = { diff.years, diff.months, diff.weeks, diff.days };
    wchar_t sep[8], part[64];
    lang_string(IDS_DATE_LIST_SEP, sep, 8);
    size_t len = 0;
    d->text.main[0] = 0;
    for (int unit = 0; unit < 4; unit++) {
        if (counts[unit] == 0) continue;
        count_text(u, counts[unit], unit, part, 64);
        int n = swprintf(d->text.main + len, COUNT(d->text.main) - len, L"%ls%ls", len ? sep : L"", part);
        if (n < 0) { /* what fits stays (4 short parts always fit) */
            d->text.main[COUNT(d->text.main) - 1] = 0;
            break;
        }
        len += (size_t)n;
    }
    count_text(u, diff.total_days, 3, d->text.second, COUNT(d->text.second));
    return 0;
}

static int offset_value(const panel *p, int i)
{
    BOOL ok = FALSE;
    UINT v = GetDlgItemInt(p->hwnd, OFFSET_EDIT(i), &ok, FALSE);
    return ok && v <= CDATE_OFFSET_MAX ? (int)v : -1;
}

/* The date from + or - the offsets, or the string id of the error. */
static UINT add_text(date_data *d, const panel *p, cdate from)
{
    int y = offset_value(p, 0), m = offset_value(p, 1), n = offset_value(p, 2);
    bool subtract = IsDlgButtonChecked(p->hwnd, IDC_DATE_SUBTRACT) == BST_CHECKED;
    cdate out;
    cdate_status st = y < 0 || m < 0 || n < 0 ? CDATE_BAD_INPUT
                      : subtract            ? cdate_subtract(from, y, m, n, &out)
                                            : cdate_add(from, y, m, n, &out);
    if (st != CDATE_OK) return st == CDATE_OUT_OF_RANGE ? IDS_DATE_OUT_OF_RANGE : IDS_ERR_INVALID;
    long_date(out, d->text.main, 256);
    return 0;
}

static int current_view(const panel *p)
{
    return SendMessageW(item(p, IDC_DATE_VIEW), CB_GETCURSEL, 0, 0) == VIEW_ADD_SUBTRACT ? VIEW_ADD_SUBTRACT
                                                                                        : VIEW_DIFFERENCE;
}

static void compute(panel *p, const ui *u)
{
    date_data *d = p->data;
    cdate from = picker_date(p, IDC_DATE_FROM), to = picker_date(p, IDC_DATE_TO);
    bool difference = current_view(p) == VIEW_DIFFERENCE;
    UINT text; /* a string id, or 0: the result is worded */
    d->text.second[0] = 0;
    if (!cdate_valid(from) || (difference && !cdate_valid(to))) text = IDS_ERR_INVALID;
    else text = difference ? difference_text(d, u, from, to) : add_text(d, p, from);
    if (text) lang_string(text, d->text.main, 256);
}

/* ------------------------------------------------------------ the panel */

static void show_view(panel *p)
{
    bool add = current_view(p) == VIEW_ADD_SUBTRACT;
    for (int id = IDC_DATE_TO_LABEL; id <= IDC_DATE_DAYS_SPIN; id++)
        ShowWindow(item(p, id), (id >= IDC_DATE_ADD) == add ? SW_SHOWNA : SW_HIDE);
}

static INT_PTR CALLBACK date_proc(HWND h, UINT msg, WPARAM wp, LPARAM lp)
{
    return panel_form_message(h, msg, wp, lp, &date_panel);
}

static bool date_create(panel *p, ui *u, WORD tmpl)
{
    date_data *d = panel_form_create(p, u, tmpl, date_proc, sizeof *d);
    if (!d) return false;
    HWND h = p->hwnd;
    d->filling = true;

    wchar_t text[128];
    for (size_t i = 0; i < COUNT(LABELS); i++) SetDlgItemTextW(h, LABELS[i][0], lang_string(LABELS[i][1], text, 128));
    HWND view = item(p, IDC_DATE_VIEW);
    for (UINT s = IDS_DATE_DIFFERENCE; s <= IDS_DATE_ADD_SUBTRACT; s++)
        SendMessageW(view, CB_ADDSTRING, 0, (LPARAM)lang_string(s, text, 128));
    /* Windows Calculator's range, so that the pickers cannot leave the engine's:
     * Monday 1 January 1601 to Friday 31 December 9999. */
    _Static_assert(CDATE_MIN_YEAR == 1601 && CDATE_MAX_YEAR == 9999, "the pickers' range");
    static const SYSTEMTIME range[2] = { { 1601, 1, 1, 1, 0, 0, 0, 0 }, { 9999, 12, 5, 31, 0, 0, 0, 0 } };
    /* Remembered values, read defensively (settings.h): anything odd gives the
     * default. The pickers and edits are named by the label just before them (MSAA). */
    for (int i = 0; i < 2; i++) {
        SendMessageW(item(p, PICKER(i)), DTM_SETRANGE, GDTR_MIN | GDTR_MAX, (LPARAM)range);
        set_picker(p, PICKER(i), saved_date(PICKER_SETTINGS[i]));
    }
    format_pickers(p);
    DWORD v;
    SendMessageW(view, CB_SETCURSEL, settings_read_dword(L"DateView", 0, 1, &v) ? v : VIEW_DIFFERENCE, 0);
    bool subtract = settings_read_dword(L"DateSubtract", 0, 1, &v) && v == 1;
    CheckDlgButton(h, subtract ? IDC_DATE_SUBTRACT : IDC_DATE_ADD, BST_CHECKED); /* both start unchecked */
    for (int i = 0; i < 3; i++) {
        HWND spin = item(p, OFFSET_EDIT(i) + 1), edit = item(p, OFFSET_EDIT(i));
        SendMessageW(spin, UDM_SETBUDDY, (WPARAM)edit, 0);
        SendMessageW(spin, UDM_SETRANGE32, 0, CDATE_OFFSET_MAX);
        SendMessageW(edit, EM_LIMITTEXT, 3, 0);
        SetDlgItemInt(h, OFFSET_EDIT(i), settings_read_dword(OFFSET_SETTINGS[i], 0, CDATE_OFFSET_MAX, &v) ? v : 0, FALSE);
    }
    show_view(p);
    d->filling = false;
    compute(p, u);
    return true;
}

/* Where date_layout puts the controls: indices of its pixel values, the
 * lengths of PX96 first. */
enum {
    V_M, V_GAP, V_LABEL_H, V_ROW_H, V_LIST_H, V_SPIN_W, V_W, V_FROM_LABEL_Y, V_FROM_Y, V_BELOW_Y, V_TO_Y, V_ADD_W,
    V_SUBTRACT_X, V_SUBTRACT_W, V_OFFSET_Y, V_OFFSET_EDIT_Y, V_COL_W, V_EDIT_W, V_COL_X, /* 3 */ V_SPIN_X = V_COL_X + 3,
    V_COUNT = V_SPIN_X + 3
};
/* Lengths in 96-DPI pixels: margin, gap, label, row, a drop-down list with its list, up-down. */
static const BYTE PX96[] = { 12, 6, 20, 28, 200, 18 };
_Static_assert(sizeof PX96 == V_W, "one length per index before V_W");
static const panel_place PLACES[] = {
    /* A drop-down list's height includes its list. */
    { IDC_DATE_VIEW, V_M, V_M, V_W, V_LIST_H },
    { IDC_DATE_FROM_LABEL, V_M, V_FROM_LABEL_Y, V_W, V_LABEL_H },
    { IDC_DATE_FROM, V_M, V_FROM_Y, V_W, V_ROW_H },
    /* difference: To */
    { IDC_DATE_TO_LABEL, V_M, V_BELOW_Y, V_W, V_LABEL_H },
    { IDC_DATE_TO, V_M, V_TO_Y, V_W, V_ROW_H },
    /* add or subtract: the two radio buttons, then the three offsets side by side */
    { IDC_DATE_ADD, V_M, V_BELOW_Y, V_ADD_W, V_ROW_H },
    { IDC_DATE_SUBTRACT, V_SUBTRACT_X, V_BELOW_Y, V_SUBTRACT_W, V_ROW_H },
    { IDC_DATE_YEARS_LABEL, V_COL_X, V_OFFSET_Y, V_COL_W, V_LABEL_H },
    { IDC_DATE_YEARS, V_COL_X, V_OFFSET_EDIT_Y, V_EDIT_W, V_ROW_H },
    { IDC_DATE_YEARS_SPIN, V_SPIN_X, V_OFFSET_EDIT_Y, V_SPIN_W, V_ROW_H },
    { IDC_DATE_MONTHS_LABEL, V_COL_X + 1, V_OFFSET_Y, V_COL_W, V_LABEL_H },
    { IDC_DATE_MONTHS, V_COL_X + 1, V_OFFSET_EDIT_Y, V_EDIT_W, V_ROW_H },
    { IDC_DATE_MONTHS_SPIN, V_SPIN_X + 1, V_OFFSET_EDIT_Y, V_SPIN_W, V_ROW_H },
    { IDC_DATE_DAYS_LABEL, V_COL_X + 2, V_OFFSET_Y, V_COL_W, V_LABEL_H },
    { IDC_DATE_DAYS, V_COL_X + 2, V_OFFSET_EDIT_Y, V_EDIT_W, V_ROW_H },
    { IDC_DATE_DAYS_SPIN, V_SPIN_X + 2, V_OFFSET_EDIT_Y, V_SPIN_W, V_ROW_H },
};

/* Rows from the top, in 96-DPI pixels scaled to the window's DPI; widths
 * follow the panel's width. */
static void date_layout(panel *p, ui *u)
{
    date_data *d = p->data;
    RECT rc;
    if (!d || !GetClientRect(p->hwnd, &rc) || rc.right <= 0) return;
    if (!d->font || d->font_dpi != u->dpi) {
        font_replace(&d->font, font_make(ui_px(u, 15), FW_NORMAL));
        d->font_dpi = u->dpi;
        panel_form_font(p->hwnd, d->font);
    }
    int v[V_COUNT];
    for (size_t i = 0; i < COUNT(PX96); i++) v[i] = ui_px(u, PX96[i]);
    int m = v[V_M], gap = v[V_GAP], label_h = v[V_LABEL_H], row_h = v[V_ROW_H], spin_w = v[V_SPIN_W];
    int w = v[V_W] = rc.right - 2 * m;
    v[V_FROM_LABEL_Y] = m + row_h + 2 * gap;
    v[V_FROM_Y] = v[V_FROM_LABEL_Y] + label_h;
    int below = v[V_BELOW_Y] = v[V_FROM_Y] + row_h + 2 * gap;
    v[V_TO_Y] = below + label_h;
    v[V_ADD_W] = w / 2 - gap;
    v[V_SUBTRACT_X] = m + w / 2;
    v[V_SUBTRACT_W] = w / 2;
    v[V_OFFSET_Y] = below + row_h + gap;
    v[V_OFFSET_EDIT_Y] = v[V_OFFSET_Y] + label_h;
    int col = v[V_COL_W] = (w - 2 * gap) / 3;
    v[V_EDIT_W] = col - spin_w;
    for (int i = 0; i < 3; i++) {
        v[V_COL_X + i] = m + i * (col + gap);
        v[V_SPIN_X + i] = v[V_COL_X + i] + col - spin_w;
    }
    panel_form_place(p->hwnd, PLACES, COUNT(PLACES), v);
    InvalidateRect(p->hwnd, NULL, TRUE);
}

static void date_refresh(panel *p, ui *u)
{
    if (!p->data) return;
    format_pickers(p); /* the locale or the grouping may have changed */
    compute(p, u);
}

static panel_change date_command(panel *p, ui *u, int id, int code)
{
    date_data *d = p->data;
    if (!d) return PANEL_NOT_MINE;
    if (id == IDC_DATE_VIEW) {
        if (code != CBN_SELCHANGE) return PANEL_SAME;
        show_view(p);
    } else if (id == IDC_DATE_ADD || id == IDC_DATE_SUBTRACT) {
        if (code != BN_CLICKED) return PANEL_SAME;
    } else if (id == IDC_DATE_YEARS || id == IDC_DATE_MONTHS || id == IDC_DATE_DAYS) {
        if (code != EN_CHANGE || d->filling) return PANEL_SAME;
    } else {
        return PANEL_NOT_MINE;
    }
    compute(p, u);
    return PANEL_CHANGED;
}

static panel_change date_notify(panel *p, ui *u, const NMHDR *nm)
{
    if (!p->data) return PANEL_NOT_MINE;
    bool picker = nm->idFrom == IDC_DATE_FROM || nm->idFrom == IDC_DATE_TO;
    bool spin = nm->idFrom == IDC_DATE_YEARS_SPIN || nm->idFrom == IDC_DATE_MONTHS_SPIN || nm->idFrom == IDC_DATE_DAYS_SPIN;
    if (picker && nm->code == DTN_DATETIMECHANGE) {
        compute(p, u);
        return PANEL_CHANGED;
    }
    return picker || spin ? PANEL_SAME : PANEL_NOT_MINE;
}

static void date_destroy(panel *p, ui *u)
{
    (void)u;
    date_data *d = p->data;
    if (d && p->hwnd) {
        settings_write_dword(L"DateView", (DWORD)current_view(p));
        for (int i = 0; i < 2; i++) save_date(PICKER_SETTINGS[i], picker_date(p, PICKER(i)));
        settings_write_dword(L"DateSubtract", IsDlgButtonChecked(p->hwnd, IDC_DATE_SUBTRACT) == BST_CHECKED);
        for (int i = 0; i < 3; i++) {
            int v = offset_value(p, i);
            settings_write_dword(OFFSET_SETTINGS[i], (DWORD)(v < 0 ? 0 : v));
        }
    }
    panel_form_free(p, offsetof(date_data, font), 1);
}

const panel_ops date_panel = {
    .create = date_create,
    .layout = date_layout,
    .refresh = date_refresh,
    .command = date_command,
    .notify = date_notify,
    .draw = NULL,
    .result = panel_form_result,
    .destroy = date_destroy,
};
