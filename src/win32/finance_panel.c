/* The Finance form (panel.h: finance_panel): a section chooser (Loan,
 * Savings, Investment, TVM; finance_sections.h), the section's fields with a
 * note in words next to each (an error, or the computed value), Compute
 * (Enter) and the results. Contract 2: the display (control 1000) shows the
 * section's main result (the monthly payment of a loan, the final amount of
 * savings, the NPV or else the IRR of an investment, the computed TVM value),
 * the expression line says what it is, Ctrl+C copies it.
 *
 * Every section uses the same controls:
 * FIN_ROWS rows of label, edit and note, relabelled and shown as the
 * section's table row says (finance_sections.c); what was typed in each
 * section is kept while the panel lives and in the settings after. */
#include <windows.h>
#include <commctrl.h>
#include <stdio.h>
#include <string.h>

#include "theme.h"
#include "buttons.h"
#include "dpi.h"
#include "finance_sections.h"
#include "finance_table.h"
#include "fonts.h"
#include "lang.h"
#include "panel.h"
#include "settings.h"
#include "ui_ids.h"

#define TEXT_MAX 256
#define COUNT(a) (sizeof a / sizeof a[0])

typedef struct fin_data {
    HFONT font, note_font;  /* made for font_dpi */
    UINT font_dpi;
    fin_section section;
    wchar_t typed[FIN_SECTIONS][FIN_ROWS][TEXT_MAX]; /* the other sections' texts */
    bool begin[FIN_SECTIONS];
    int last_solved[FIN_SECTIONS];
    bool months;             /* loan duration in months */
    fin_money_fmt money;
    numfmt seen;             /* the number format the outcome was shown in */
    bool computed;           /* out is a computation (else the empty form) */
    fin_outcome out;
} fin_data;

static HWND item(const panel *p, int id) { return GetDlgItem(p->hwnd, id); }
static const fin_section_def *def_of(const fin_data *d) { return fin_section_at(d->section); }

/* Shows and enables control id, or hides and disables it. */
static void show(const panel *p, int id, bool on)
{
    HWND c = item(p, id);
    ShowWindow(c, on ? SW_SHOWNA : SW_HIDE);
    EnableWindow(c, on);
}

/* ------------------------------------------------------------ fields and outcome */

/* The current section's texts from its edits into d->typed. */
static void keep_typed(panel *p)
{
    fin_data *d = p->data;
    const fin_section_def *def = def_of(d);
    for (int i = 0; i < def->count; i++) GetDlgItemTextW(p->hwnd, IDC_FIN_EDIT0 + i, d->typed[d->section][i], TEXT_MAX);
    d->begin[d->section] = IsDlgButtonChecked(p->hwnd, IDC_FIN_BEGIN) == BST_CHECKED;
    if (def->unit_row >= 0) d->months = SendMessageW(item(p, IDC_FIN_UNIT), CB_GETCURSEL, 0, 0) == 1;
}

static void show_outcome(panel *p)
{
    fin_data *d = p->data;
    const fin_section_def *def = def_of(d);
    for (int i = 0; i < FIN_ROWS; i++) {
        wchar_t hint[96];
        const wchar_t *note = d->computed ? d->out.note[i] : L"";
        /* in place of a note: an optional field left empty says so, the
         * cash flows how to write them */
        const fin_field_def *f = &def->fields[i];
        if (!note[0] && i < def->count) {
            /* d->typed is what the edit shows (show_section, compute) */
            bool optional = f->optional && d->typed[d->section][i][0] == 0;
            if (optional || f->kind == FK_FLOWS) note = lang_string(optional ? IDS_FIN_OPTIONAL : IDS_FIN_FLOWS_HINT, hint, 96);
        }
        SetDlgItemTextW(p->hwnd, IDC_FIN_NOTE0 + i, note);
    }
    wchar_t hint[FIN_NOTE_MAX];
    SetDlgItemTextW(p->hwnd, IDC_FIN_RESULTS, d->computed ? d->out.results : lang_string(fin_section_hint(def), hint, FIN_NOTE_MAX));
    EnableWindow(item(p, IDC_FIN_SCHEDULE), d->computed && d->out.has_loan);
}

static void compute(panel *p, const ui *u)
{
    fin_data *d = p->data;
    keep_typed(p);
    fin_typed in; /* every member set below */
    for (int i = 0; i < FIN_ROWS; i++) in.text[i] = d->typed[d->section][i];
    in.months = d->months;
    in.begin = d->begin[d->section];
    in.last_solved = d->last_solved[d->section];
    fin_look look = { &u->fmt, &d->money };
    d->seen = u->fmt;
    fin_section_compute(d->section, &in, &look, &d->out);
    if (d->out.ok) d->last_solved[d->section] = d->out.solved;
    d->computed = true;
    show_outcome(p);
}

/* Shows the rows of the current section with their labels. */
static void show_section(panel *p)
{
    fin_data *d = p->data;
    const fin_section_def *def = def_of(d);
    wchar_t label[128];
    for (int i = 0; i < FIN_ROWS; i++) {
        bool used = i < def->count;
        /* label, edit and note of the row: IDC_FIN_LABEL0, EDIT0, NOTE0 + i
         * (show_outcome writes the notes) */
        const wchar_t *text[2] = { used ? lang_string(def->fields[i].label, label, 128) : L"",
                                   used ? d->typed[d->section][i] : L"" };
        for (int k = 0; k < 3; k++) {
            if (k < 2) SetDlgItemTextW(p->hwnd, IDC_FIN_LABEL0 + 10 * k + i, text[k]);
            show(p, IDC_FIN_LABEL0 + 10 * k + i, used);
        }
    }
    show(p, IDC_FIN_UNIT, def->unit_row >= 0);
    show(p, IDC_FIN_BEGIN, def->begin);
    CheckDlgButton(p->hwnd, IDC_FIN_BEGIN, d->begin[d->section]); /* BST_CHECKED is 1 */
    show(p, IDC_FIN_SCHEDULE, def->schedule); /* enabled by show_outcome */
    d->computed = false;
    show_outcome(p);
}

/* ------------------------------------------------------------ settings */

static bool read_bool(const wchar_t *name)
{
    DWORD v;
    return settings_read_dword(name, 0, 1, &v) && v == 1;
}

/* Reads the settings into d, or writes d into them (save). */
static void sync_settings(fin_data *d, bool save)
{
    DWORD v;
    if (save) {
        settings_write_dword(L"FinanceSection", (DWORD)d->section);
        settings_write_dword(L"FinanceMonths", d->months);
        /* a form that was computed shows its results again at the next start */
        settings_write_dword(L"FinanceComputed", d->computed && d->out.ok);
    } else {
        d->section = settings_read_dword(L"FinanceSection", 0, FIN_SECTIONS - 1, &v) ? (fin_section)v : FIN_SEC_LOAN;
        d->months = read_bool(L"FinanceMonths");
    }
    for (int s = 0; s < FIN_SECTIONS; s++) {
        wchar_t name[32];
        swprintf(name, 32, L"FinanceBegin%d", s);
        if (save) {
            settings_write_dword(name, d->begin[s]);
        } else {
            d->last_solved[s] = -1;
            d->begin[s] = read_bool(name);
        }
        for (int i = 0; i < fin_section_at((fin_section)s)->count; i++) {
            swprintf(name, 32, L"Finance%d_%d", s, i);
            if (save) settings_write_text(name, d->typed[s][i]);
            else if (!settings_read_text(name, d->typed[s][i], TEXT_MAX)) d->typed[s][i][0] = 0;
        }
    }
}

/* ------------------------------------------------------------ the dialog */

static INT_PTR on_color(HWND h, HDC dc, HWND ctl)
{
    /* the window's colours, as the dialog's (also for the read-only results) */
    INT_PTR brush = theme_ctl_color(WM_CTLCOLORDLG, dc, ctl);
    int id = GetDlgCtrlID(ctl);
    const fin_data *d = panel_is_current(h) ? panel_ui(h)->panel.data : NULL;
    if (d && id >= IDC_FIN_NOTE0 && id < IDC_FIN_NOTE0 + FIN_ROWS) {
        bool error = d->computed && d->out.note_error[id - IDC_FIN_NOTE0];
        SetTextColor(dc, !error ? ui_color_dim_text() : ui_high_contrast() ? ui_color_text() : RGB(196, 43, 28));
    }
    return brush;
}

static INT_PTR CALLBACK finance_proc(HWND h, UINT msg, WPARAM wp, LPARAM lp)
{
    /* the notes' colours, and the read-only results on the window colour;
     * the dialog and the buttons as the theme colours them */
    if (msg == WM_CTLCOLORSTATIC) return on_color(h, (HDC)wp, (HWND)lp);
    return panel_form_message(h, msg, wp, lp, &finance_panel);
}

static bool finance_create(panel *p, ui *u, WORD tmpl)
{
    fin_data *d = panel_form_create(p, u, tmpl, finance_proc, sizeof *d);
    if (!d) return false;
    HWND h = p->hwnd;
    fin_money_load(&d->money);
    d->seen = u->fmt;
    sync_settings(d, false);

    fin_combo_fill(h, IDC_FIN_SECTION, IDS_FIN_SECTION_BASE, FIN_SECTIONS, d->section);
    fin_combo_fill(h, IDC_FIN_UNIT, IDS_FIN_UNIT_YEARS, 2, d->months);
    _Static_assert(IDC_FIN_COMPUTE == IDC_FIN_BEGIN + 1 && IDC_FIN_SCHEDULE == IDC_FIN_BEGIN + 2 &&
                       IDS_FIN_COMPUTE == IDS_FIN_BEGIN + 1 && IDS_FIN_SCHEDULE == IDS_FIN_BEGIN + 2,
                   "the box and the buttons have consecutive ids and strings");
    fin_set_texts(h, IDC_FIN_BEGIN, IDS_FIN_BEGIN, 3);
    for (int i = 0; i < FIN_ROWS; i++) SendMessageW(item(p, IDC_FIN_EDIT0 + i), EM_LIMITTEXT, TEXT_MAX - 1, 0);
    show_section(p);
    if (read_bool(L"FinanceComputed")) compute(p, u);
    return true;
}

static void place(const panel *p, int id, int x, int y, int w, int h) { MoveWindow(item(p, id), x, y, w, h, TRUE); }

/* Rows from the top in 96-DPI pixels scaled to the DPI: label on the left,
 * edit on the right, its note under the edit; then the buttons and the
 * results, which take what is left. */
static void finance_layout(panel *p, ui *u)
{
    fin_data *d = p->data;
    RECT rc;
    if (!d || !GetClientRect(p->hwnd, &rc) || rc.right <= 0) return;
    /* the sizes in 96-DPI pixels, scaled once */
    enum { FONT, NOTE_FONT, MARGIN, GAP, ROW, NOTE, DROP, LABEL_DY, ROW_GAP, BUTTON, LEAST, SIZES };
    static const unsigned char PX96[SIZES] = { 15, 12, 10, 6, 24, 16, 200, 3, 2, 28, 40 };
    int px[SIZES];
    for (int k = 0; k < SIZES; k++) px[k] = ui_px(u, PX96[k]);
    if (!d->font || d->font_dpi != u->dpi) {
        font_replace(&d->font, font_make(px[FONT], FW_NORMAL));
        font_replace(&d->note_font, font_make(px[NOTE_FONT], FW_NORMAL));
        d->font_dpi = u->dpi;
        for (HWND c = GetWindow(p->hwnd, GW_CHILD); c; c = GetWindow(c, GW_HWNDNEXT)) {
            int id = GetDlgCtrlID(c);
            bool small = id >= IDC_FIN_NOTE0 && id < IDC_FIN_NOTE0 + FIN_ROWS;
            SendMessageW(c, WM_SETFONT, (WPARAM)(small ? d->note_font : d->font), TRUE);
        }
    }
    const fin_section_def *def = def_of(d);
    int m = px[MARGIN], gap = px[GAP], row_h = px[ROW], note_h = px[NOTE];
    int w = rc.right - 2 * m, y = m;
    int label_w = w * 52 / 100, edit_x = m + label_w + gap, edit_w = w - label_w - gap;
    place(p, IDC_FIN_SECTION, m, y, w, px[DROP]);
    y += row_h + 2 * gap;
    for (int i = 0; i < FIN_ROWS; i++) {
        int ew = edit_w;
        if (i == def->unit_row) {
            int unit_w = edit_w * 45 / 100;
            ew = edit_w - unit_w - gap / 2;
            place(p, IDC_FIN_UNIT, edit_x + ew + gap / 2, y, unit_w, px[DROP]);
        }
        place(p, IDC_FIN_LABEL0 + i, m, y + px[LABEL_DY], label_w, row_h);
        place(p, IDC_FIN_EDIT0 + i, edit_x, y, ew, row_h);
        place(p, IDC_FIN_NOTE0 + i, m, y + row_h, w, note_h);
        if (i < def->count) y += row_h + note_h + px[ROW_GAP];
    }
    if (def->begin) {
        place(p, IDC_FIN_BEGIN, m, y, w, row_h);
        y += row_h + gap;
    }
    int button_h = px[BUTTON], half = (w - gap) * 36 / 100;
    place(p, IDC_FIN_COMPUTE, m, y, half, button_h);
    place(p, IDC_FIN_SCHEDULE, m + half + gap, y, w - half - gap, button_h);
    y += button_h + gap;
    int results_h = rc.bottom - m - y;
    place(p, IDC_FIN_RESULTS, m, y, w, results_h > px[LEAST] ? results_h : px[LEAST]);
    InvalidateRect(p->hwnd, NULL, TRUE);
}

static void finance_refresh(panel *p, ui *u)
{
    fin_data *d = p->data;
    if (!d || memcmp(&d->seen, &u->fmt, sizeof d->seen) == 0) return;
    /* the locale changed (WM_SETTINGCHANGE "intl"): show the outcome in it */
    fin_money_load(&d->money);
    d->seen = u->fmt;
    if (d->computed) compute(p, u);
}

static void open_schedule(panel *p, ui *u)
{
    fin_data *d = p->data;
    if (!d->computed || !d->out.has_loan) compute(p, u);
    if (!d->out.has_loan) {
        MessageBeep(MB_ICONWARNING);
        return;
    }
    fin_look look = { &u->fmt, &d->money };
    fin_table_show(u->inst, u->dlg, &d->out.loan, &look);
}

static panel_change finance_command(panel *p, ui *u, int id, int code)
{
    fin_data *d = p->data;
    if (!d) return PANEL_NOT_MINE;
    if (id == IDC_FIN_SECTION) {
        if (code != CBN_SELCHANGE) return PANEL_SAME;
        keep_typed(p);
        LRESULT s = SendMessageW(item(p, IDC_FIN_SECTION), CB_GETCURSEL, 0, 0);
        d->section = s >= 0 && s < FIN_SECTIONS ? (fin_section)s : FIN_SEC_LOAN;
        show_section(p);
        finance_layout(p, u);
        return PANEL_CHANGED;
    }
    if (id == IDC_FIN_COMPUTE) {
        /* Enter comes here from the key map (code 1) wherever the focus is:
         * on the table button it opens the table, as a click would. */
        if (code == 1 && GetFocus() == item(p, IDC_FIN_SCHEDULE)) open_schedule(p, u);
        else if (code == 1 || code == BN_CLICKED) compute(p, u);
        return PANEL_CHANGED;
    }
    if (id == IDC_FIN_SCHEDULE) {
        if (code == BN_CLICKED) open_schedule(p, u);
        return PANEL_SAME;
    }
    /* its other controls (edits, unit, begin, results: finance_ids.h) */
    return id > IDC_FIN_SECTION && id <= IDC_FIN_RESULTS ? PANEL_SAME : PANEL_NOT_MINE;
}

static bool finance_result(const panel *p, const ui *u, wchar_t *main, size_t cap, wchar_t *second, size_t cap2)
{
    (void)u;
    const fin_data *d = p->data;
    if (!d || cap == 0 || cap2 == 0) return false;
    if (!d->computed) {
        lstrcpynW(main, L"0", (int)cap);
        lang_string(fin_section_hint(def_of(d)), second, (int)cap2);
        return true;
    }
    lstrcpynW(main, d->out.main, (int)cap);
    lstrcpynW(second, d->out.main_name, (int)cap2);
    return true;
}

static void finance_destroy(panel *p, ui *u)
{
    (void)u;
    fin_data *d = p->data;
    if (d && p->hwnd) {
        keep_typed(p);
        sync_settings(d, true);
    }
    if (p->hwnd) DestroyWindow(p->hwnd);
    p->hwnd = NULL;
    if (d) {
        font_replace(&d->font, NULL);
        font_replace(&d->note_font, NULL);
        HeapFree(GetProcessHeap(), 0, d);
    }
    p->data = NULL;
}

const panel_ops finance_panel = {
    .create = finance_create,
    .layout = finance_layout,
    .refresh = finance_refresh,
    .command = finance_command,
    .notify = NULL,  /* its list and edits notify nothing it needs */
    .draw = NULL,
    .result = finance_result,
    .destroy = finance_destroy,
};
