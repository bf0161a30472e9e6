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

/* Controls of one view only (the others are in both or in neither). */
static const int DIFFERENCE_ONLY[] = { IDC_DATE_TO_LABEL, IDC_DATE_TO };
static const int ADD_ONLY[] = { IDC_DATE_ADD, IDC_DATE_SUBTRACT,
                                IDC_DATE_YEARS_LABEL, IDC_DATE_YEARS, IDC_DATE_YEARS_SPIN,
                                IDC_DATE_MONTHS_LABEL, IDC_DATE_MONTHS, IDC_DATE_MONTHS_SPIN,
                                IDC_DATE_DAYS_LABEL, IDC_DATE_DAYS, IDC_DATE_DAYS_SPIN };
#define COUNT(a) (sizeof a / sizeof a[0])

/* Labels from the string table. */
static const struct { int id; UINT text; } LABELS[] = {
    { IDC_DATE_FROM_LABEL, IDS_DATE_FROM },   { IDC_DATE_TO_LABEL, IDS_DATE_TO },
    { IDC_DATE_ADD, IDS_DATE_ADD },           { IDC_DATE_SUBTRACT, IDS_DATE_SUBTRACT },
    { IDC_DATE_YEARS_LABEL, IDS_DATE_YEARS }, { IDC_DATE_MONTHS_LABEL, IDS_DATE_MONTHS },
    { IDC_DATE_DAYS_LABEL, IDS_DATE_DAYS },
};

/* The three offsets: label, edit and up-down ids, and their setting. */
static const struct { int label, edit, spin; const wchar_t *setting; } OFFSETS[] = {
    { IDC_DATE_YEARS_LABEL, IDC_DATE_YEARS, IDC_DATE_YEARS_SPIN, L"DateYears" },
    { IDC_DATE_MONTHS_LABEL, IDC_DATE_MONTHS, IDC_DATE_MONTHS_SPIN, L"DateMonths" },
    { IDC_DATE_DAYS_LABEL, IDC_DATE_DAYS, IDC_DATE_DAYS_SPIN, L"DateDays" },
};

typedef struct date_data {
    HFONT font;          /* the form's text, made for the DPI */
    UINT font_dpi;
    bool filling;        /* controls being set by the code: no change reports */
    wchar_t picker_format[64]; /* the locale's short date, as the pickers show it */
    wchar_t result[256]; /* main result (display) */
    wchar_t second[128]; /* total in days (expression line) */
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
    SendMessageW(item(p, IDC_DATE_FROM), DTM_SETFORMATW, 0, (LPARAM)d->picker_format);
    SendMessageW(item(p, IDC_DATE_TO), DTM_SETFORMATW, 0, (LPARAM)d->picker_format);
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

static void difference_text(date_data *d, const ui *u, cdate from, cdate to)
{
    cdate_diff diff = cdate_difference(from, to);
    d->second[0] = 0;
    if (diff.total_days == 0) {
        lang_string(IDS_DATE_SAME, d->result, 256);
        return;
    }
    const int counts[4] = { diff.years, diff.months, diff.weeks, diff.days };
    wchar_t sep[8], part[64];
    lang_string(IDS_DATE_LIST_SEP, sep, 8);
    d->result[0] = 0;
    for (int unit = 0; unit < 4; unit++) {
        if (counts[unit] == 0) continue;
        count_text(u, counts[unit], unit, part, 64);
        if (d->result[0]) wcsncat(d->result, sep, 255 - wcslen(d->result));
        wcsncat(d->result, part, 255 - wcslen(d->result));
    }
    count_text(u, diff.total_days, 3, d->second, 128);
}

static int offset_value(const panel *p, int i)
{
    BOOL ok = FALSE;
    UINT v = GetDlgItemInt(p->hwnd, OFFSETS[i].edit, &ok, FALSE);
    return ok && v <= CDATE_OFFSET_MAX ? (int)v : -1;
}

static void add_text(date_data *d, const panel *p, cdate from)
{
    int y = offset_value(p, 0), m = offset_value(p, 1), n = offset_value(p, 2);
    bool subtract = IsDlgButtonChecked(p->hwnd, IDC_DATE_SUBTRACT) == BST_CHECKED;
    cdate out;
    d->second[0] = 0;
    cdate_status st = y < 0 || m < 0 || n < 0 ? CDATE_BAD_INPUT
                      : subtract            ? cdate_subtract(from, y, m, n, &out)
                                            : cdate_add(from, y, m, n, &out);
    if (st == CDATE_OK) long_date(out, d->result, 256);
    else lang_string(st == CDATE_OUT_OF_RANGE ? IDS_DATE_OUT_OF_RANGE : IDS_ERR_INVALID, d->result, 256);
}

static int current_view(const panel *p)
{
    return SendMessageW(item(p, IDC_DATE_VIEW), CB_GETCURSEL, 0, 0) == VIEW_ADD_SUBTRACT ? VIEW_ADD_SUBTRACT
                                                                                        : VIEW_DIFFERENCE;
}

static void compute(panel *p, const ui *u)
{
    date_data *d = p->data;
    cdate from = picker_date(p, IDC_DATE_FROM);
    if (!cdate_valid(from)) {
        lang_string(IDS_ERR_INVALID, d->result, 256);
        d->second[0] = 0;
    } else if (current_view(p) == VIEW_DIFFERENCE) {
        cdate to = picker_date(p, IDC_DATE_TO);
        if (cdate_valid(to)) difference_text(d, u, from, to);
        else lang_string(IDS_ERR_INVALID, d->result, 256);
    } else {
        add_text(d, p, from);
    }
}

/* ------------------------------------------------------------ the panel */

static void show_view(panel *p)
{
    bool add = current_view(p) == VIEW_ADD_SUBTRACT;
    for (size_t i = 0; i < COUNT(DIFFERENCE_ONLY); i++) ShowWindow(item(p, DIFFERENCE_ONLY[i]), add ? SW_HIDE : SW_SHOWNA);
    for (size_t i = 0; i < COUNT(ADD_ONLY); i++) ShowWindow(item(p, ADD_ONLY[i]), add ? SW_SHOWNA : SW_HIDE);
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
    for (size_t i = 0; i < COUNT(LABELS); i++) SetDlgItemTextW(h, LABELS[i].id, lang_string(LABELS[i].text, text, 128));
    HWND view = item(p, IDC_DATE_VIEW);
    SendMessageW(view, CB_ADDSTRING, 0, (LPARAM)lang_string(IDS_DATE_DIFFERENCE, text, 128));
    SendMessageW(view, CB_ADDSTRING, 0, (LPARAM)lang_string(IDS_DATE_ADD_SUBTRACT, text, 128));
    /* Windows Calculator's range, so that the pickers cannot leave the engine's. */
    SYSTEMTIME range[2];
    memset(range, 0, sizeof range);
    range[0] = to_systemtime((cdate){ CDATE_MIN_YEAR, 1, 1 });
    range[1] = to_systemtime((cdate){ CDATE_MAX_YEAR, 12, 31 });
    /* The pickers and edits are named by the label just before them (MSAA). */
    SendMessageW(item(p, IDC_DATE_FROM), DTM_SETRANGE, GDTR_MIN | GDTR_MAX, (LPARAM)range);
    SendMessageW(item(p, IDC_DATE_TO), DTM_SETRANGE, GDTR_MIN | GDTR_MAX, (LPARAM)range);
    format_pickers(p);

    /* Remembered values, read defensively (settings.h): anything odd gives the default. */
    DWORD v;
    SendMessageW(view, CB_SETCURSEL, settings_read_dword(L"DateView", 0, 1, &v) ? v : VIEW_DIFFERENCE, 0);
    set_picker(p, IDC_DATE_FROM, saved_date(L"DateFrom"));
    set_picker(p, IDC_DATE_TO, saved_date(L"DateTo"));
    bool subtract = settings_read_dword(L"DateSubtract", 0, 1, &v) && v == 1;
    CheckRadioButton(h, IDC_DATE_ADD, IDC_DATE_SUBTRACT, subtract ? IDC_DATE_SUBTRACT : IDC_DATE_ADD);
    for (size_t i = 0; i < COUNT(OFFSETS); i++) {
        HWND spin = item(p, OFFSETS[i].spin);
        SendMessageW(spin, UDM_SETBUDDY, (WPARAM)item(p, OFFSETS[i].edit), 0);
        SendMessageW(spin, UDM_SETRANGE32, 0, CDATE_OFFSET_MAX);
        SendMessageW(item(p, OFFSETS[i].edit), EM_LIMITTEXT, 3, 0);
        SetDlgItemInt(h, OFFSETS[i].edit, settings_read_dword(OFFSETS[i].setting, 0, CDATE_OFFSET_MAX, &v) ? v : 0, FALSE);
    }
    show_view(p);
    d->filling = false;
    compute(p, u);
    return true;
}

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
        for (HWND c = GetWindow(p->hwnd, GW_CHILD); c; c = GetWindow(c, GW_HWNDNEXT))
            SendMessageW(c, WM_SETFONT, (WPARAM)d->font, TRUE);
    }
    int m = ui_px(u, 12), gap = ui_px(u, 6), label_h = ui_px(u, 20), row_h = ui_px(u, 28);
    int w = rc.right - 2 * m, y = m;
    /* A drop-down list's height includes its list. */
    MoveWindow(item(p, IDC_DATE_VIEW), m, y, w, ui_px(u, 200), TRUE);
    y += row_h + 2 * gap;
    MoveWindow(item(p, IDC_DATE_FROM_LABEL), m, y, w, label_h, TRUE);
    y += label_h;
    MoveWindow(item(p, IDC_DATE_FROM), m, y, w, row_h, TRUE);
    int below = y + row_h + 2 * gap;
    /* difference: To */
    MoveWindow(item(p, IDC_DATE_TO_LABEL), m, below, w, label_h, TRUE);
    MoveWindow(item(p, IDC_DATE_TO), m, below + label_h, w, row_h, TRUE);
    /* add or subtract: the two radio buttons, then the three offsets side by side */
    MoveWindow(item(p, IDC_DATE_ADD), m, below, w / 2 - gap, row_h, TRUE);
    MoveWindow(item(p, IDC_DATE_SUBTRACT), m + w / 2, below, w / 2, row_h, TRUE);
    y = below + row_h + gap;
    int col = (w - 2 * gap) / 3, spin_w = ui_px(u, 18);
    for (int i = 0; i < 3; i++) {
        int x = m + i * (col + gap);
        MoveWindow(item(p, OFFSETS[i].label), x, y, col, label_h, TRUE);
        MoveWindow(item(p, OFFSETS[i].edit), x, y + label_h, col - spin_w, row_h, TRUE);
        MoveWindow(item(p, OFFSETS[i].spin), x + col - spin_w, y + label_h, spin_w, row_h, TRUE);
    }
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

static bool date_result(const panel *p, const ui *u, wchar_t *main, size_t cap, wchar_t *second, size_t cap2)
{
    (void)u;
    const date_data *d = p->data;
    if (!d || cap == 0 || cap2 == 0) return false;
    lstrcpynW(main, d->result, (int)cap);
    lstrcpynW(second, d->second, (int)cap2);
    return true;
}

static void date_destroy(panel *p, ui *u)
{
    (void)u;
    date_data *d = p->data;
    if (d && p->hwnd) {
        settings_write_dword(L"DateView", (DWORD)current_view(p));
        save_date(L"DateFrom", picker_date(p, IDC_DATE_FROM));
        save_date(L"DateTo", picker_date(p, IDC_DATE_TO));
        settings_write_dword(L"DateSubtract", IsDlgButtonChecked(p->hwnd, IDC_DATE_SUBTRACT) == BST_CHECKED);
        for (size_t i = 0; i < COUNT(OFFSETS); i++) {
            int v = offset_value(p, (int)i);
            settings_write_dword(OFFSETS[i].setting, (DWORD)(v < 0 ? 0 : v));
        }
    }
    if (p->hwnd) DestroyWindow(p->hwnd);
    p->hwnd = NULL;
    if (d) {
        font_replace(&d->font, NULL);
        HeapFree(GetProcessHeap(), 0, d);
    }
    p->data = NULL;
}

const panel_ops date_panel = {
    .create = date_create,
    .layout = date_layout,
    .refresh = date_refresh,
    .command = date_command,
    .notify = date_notify,
    .draw = NULL,
    .result = date_result,
    .destroy = date_destroy,
};
