/* The amortization table dialog (finance_table.h). */
#include <windows.h>
#include <commctrl.h>
#include <stdio.h>
#include <string.h>

#include "theme.h"
#include "buttons.h"
#include "clipboard.h"
#include "finance_chart.h"
#include "finance_table.h"
#include "lang.h"
#include "respack.h"
#include "ui_ids.h"

#define MAX_TABLE_PERIODS 12000L  /* 1,000 years of months: more is not a table to read */
#define COLUMNS 5

/* the columns' titles: month (or year), then payment .. balance */
_Static_assert(IDS_FIN_COL_YEAR == IDS_FIN_COL_MONTH + 1 && IDS_FIN_COL_INTEREST == IDS_FIN_COL_PAYMENT + 1 &&
                   IDS_FIN_COL_PRINCIPAL == IDS_FIN_COL_PAYMENT + 2 && IDS_FIN_COL_BALANCE == IDS_FIN_COL_PAYMENT + 3,
               "column title ids are consecutive");

typedef struct table {
    const fin_schedule_loan *loan;
    const fin_look *look;
    fin_table_row *rows;     /* per period */
    int count, cap;
    fin_table_row *years;    /* per year (sums of per_year periods) */
    int year_count;
    long per_year;
    bool by_year;
    bool too_long;
    fin_status status;
    fin_amort_totals totals;
} table;

void fin_combo_fill(HWND dlg, int id, UINT first, int count, int sel)
{
    wchar_t text[128];
    for (int i = 0; i < count; i++) SendDlgItemMessageW(dlg, id, CB_ADDSTRING, 0, (LPARAM)lang_string(first + (UINT)i, text, 128));
    SendDlgItemMessageW(dlg, id, CB_SETCURSEL, (WPARAM)sel, 0);
}

void fin_set_texts(HWND dlg, int first_id, UINT first, int count)
{
    wchar_t text[128];
    for (int i = 0; i < count; i++) SetDlgItemTextW(dlg, first_id + i, lang_string(first + (UINT)i, text, 128));
}

static const char *magnitude(const char *s) { return s[0] == '-' ? s + 1 : s; }


static bool collect(void *ctx, const fin_amort_row *r)
{
    table *t = ctx;
    if (t->count >= MAX_TABLE_PERIODS) {
        t->too_long = true;
        return false;
    }
    if (t->count == t->cap) {
        int cap = t->cap ? t->cap * 2 : 512;
        void *grown = t->rows ? HeapReAlloc(GetProcessHeap(), 0, t->rows, (size_t)cap * sizeof *t->rows)
                              : HeapAlloc(GetProcessHeap(), 0, (size_t)cap * sizeof *t->rows);
        if (!grown) return false;
        t->rows = grown;
        t->cap = cap;
    }
    fin_table_row *row = &t->rows[t->count++];
    row->period = r->period;
    /* what a borrower reads: amounts paid as positive numbers, the balance still owed */
    const char *v[FIN_AMOUNTS] = { r->payment, r->interest, r->principal, r->balance };
    for (int c = 0; c < FIN_AMOUNTS; c++) fin_text_copy(row->amount[c], c < FIN_AMT_BALANCE ? magnitude(v[c]) : v[c]);
    return true;
}

/* Periods per year: the loan's ppy when it is a whole number of a sensible size. */
static long periods_per_year(const char *ppy)
{
    char *end;
    long v = strtol(ppy, &end, 10);
    return *end == 0 && v >= 1 && v <= 366 ? v : 12;
}

static bool build(table *t)
{
    const fin_schedule_loan *l = t->loan;
    t->status = fin_amort_schedule(&l->engine, collect, t, &t->totals);
    if (t->status != FIN_OK || t->too_long || t->count == 0) return false;
    t->per_year = periods_per_year(l->text[FIN_LOAN_PPY]);
    int years = (int)((t->count + t->per_year - 1) / t->per_year);
    t->years = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, (size_t)years * sizeof *t->years);
    if (!t->years) return false;
    for (int i = 0; i < t->count; i++) {
        fin_table_row *y = &t->years[i / t->per_year];
        const fin_table_row *r = &t->rows[i];
        if (i % t->per_year == 0) {
            *y = *r;
            y->period = i / t->per_year + 1;
            continue;
        }
        for (int c = 0; c < FIN_AMT_BALANCE; c++)
            if (fin_text_mul_add(y->amount[c], r->amount[c], "1", y->amount[c]) != FIN_OK) return false;
        fin_text_copy(y->amount[FIN_AMT_BALANCE], r->amount[FIN_AMT_BALANCE]);
    }
    t->year_count = years;
    return true;
}

static void release(table *t)
{
    if (t->rows) HeapFree(GetProcessHeap(), 0, t->rows);
    if (t->years) HeapFree(GetProcessHeap(), 0, t->years);
}

static const fin_table_row *shown_rows(const table *t, int *count)
{
    *count = t->by_year ? t->year_count : t->count;
    return t->by_year ? t->years : t->rows;
}

/* Row i's text in column c: the period number, or an amount with two
 * decimals; row -1 is the header, the columns' titles. */
static void cell(const table *t, int i, int c, bool group, wchar_t *out, int cap)
{
    int count;
    const fin_table_row *rows = shown_rows(t, &count);
    if (i < 0) lang_string(c ? IDS_FIN_COL_PAYMENT - 1 + (UINT)c : IDS_FIN_COL_MONTH + (UINT)t->by_year, out, cap);
    else if (c == 0) swprintf(out, (size_t)cap, L"%ld", rows[i].period);
    else fin_text_amount(t->look->num, rows[i].amount[c - 1], group, out, (size_t)cap);
}

static void fill_list(HWND dlg, const table *t)
{
    HWND list = GetDlgItem(dlg, IDC_FIN_LIST);
    SendMessageW(list, WM_SETREDRAW, FALSE, 0);
    SendMessageW(list, LVM_DELETEALLITEMS, 0, 0);
    wchar_t text[64];
    cell(t, -1, 0, true, text, 64);
    LVCOLUMNW col = { .mask = LVCF_TEXT, .pszText = text };
    SendMessageW(list, LVM_SETCOLUMNW, 0, (LPARAM)&col);
    int count;
    shown_rows(t, &count);
    SendMessageW(list, LVM_SETITEMCOUNT, (WPARAM)count, 0);
    for (int i = 0; i < count; i++) {
        LVITEMW it = { .mask = LVIF_TEXT, .iItem = i, .pszText = text };
        for (int c = 0; c < COLUMNS; c++) {
            cell(t, i, c, true, text, 64);
            it.iSubItem = c;
            if (c > 0) SendMessageW(list, LVM_SETITEMTEXTW, (WPARAM)it.iItem, (LPARAM)&it);
            else if ((it.iItem = (int)SendMessageW(list, LVM_INSERTITEMW, 0, (LPARAM)&it)) < 0) break;
        }
    }
    /* the first row focused and selected (there is one: build) */
    LVITEMW st = { .stateMask = LVIS_FOCUSED | LVIS_SELECTED, .state = LVIS_FOCUSED | LVIS_SELECTED };
    SendMessageW(list, LVM_SETITEMSTATE, 0, (LPARAM)&st);
    SendMessageW(list, WM_SETREDRAW, TRUE, 0);
    InvalidateRect(list, NULL, TRUE);
}

/* The shown table as tab-separated text: the header row, then one line per
 * row, CRLF; amounts without grouping so that a spreadsheet reads them. */
static void copy_table(HWND dlg, const table *t)
{
    int count;
    shown_rows(t, &count);
    if (t->count == 0) return; /* no schedule */
    size_t cap = (size_t)(count + 1) * (COLUMNS * 48 + 2) + 1, n = 0;
    wchar_t *text = HeapAlloc(GetProcessHeap(), 0, cap * sizeof *text);
    if (!text) return;
    text[0] = 0;
    for (int i = -1; i < count; i++)
        for (int c = 0; c < COLUMNS; c++) {
            wchar_t v[48];
            cell(t, i, c, false, v, 48);
            n += (size_t)swprintf(text + n, cap - n, L"%ls%ls", v, c < COLUMNS - 1 ? L"\t" : L"\r\n");
        }
    clip_put_text(dlg, text);
    HeapFree(GetProcessHeap(), 0, text);
}

static void show_totals(HWND dlg, const table *t)
{
    wchar_t fmt[160], v[3][64], text[320];
    const char *total[3] = { t->totals.payments, t->totals.interest, t->totals.principal };
    for (int k = 0; k < 3; k++) fin_text_money(t->look->num, t->look->money, magnitude(total[k]), v[k], 64);
    lang_string(IDS_FIN_TOTALS, fmt, 160);
    swprintf(text, 320, fmt, v[0], v[1], v[2]);
    SetDlgItemTextW(dlg, IDC_FIN_TOTALS, text);
}

static void init_dialog(HWND dlg, table *t)
{
    wchar_t text[128];
    SetWindowTextW(dlg, lang_string(IDS_FIN_SCHED_TITLE, text, 128));
    fin_set_texts(dlg, IDC_FIN_COPY, IDS_FIN_COPY, 1);
    fin_set_texts(dlg, IDCANCEL, IDS_FIN_CLOSE, 1);
    fin_combo_fill(dlg, IDC_FIN_BY, IDS_FIN_BY_MONTH, 2, t->by_year);
    HWND list = GetDlgItem(dlg, IDC_FIN_LIST);
    SendMessageW(list, LVM_SETEXTENDEDLISTVIEWSTYLE, LVS_EX_FULLROWSELECT | LVS_EX_GRIDLINES | LVS_EX_DOUBLEBUFFER,
                 LVS_EX_FULLROWSELECT | LVS_EX_GRIDLINES | LVS_EX_DOUBLEBUFFER);
    RECT rc;
    GetClientRect(list, &rc);
    int first = rc.right * 12 / 100, other = (rc.right - first - GetSystemMetrics(SM_CXVSCROLL)) / (COLUMNS - 1);
    for (int c = 0; c < COLUMNS; c++) {
        cell(t, -1, c, true, text, 128);
        LVCOLUMNW col = { .mask = LVCF_TEXT | LVCF_WIDTH | LVCF_FMT, .fmt = c ? LVCFMT_RIGHT : LVCFMT_LEFT,
                          .cx = c ? other : first, .pszText = text };
        SendMessageW(list, LVM_INSERTCOLUMNW, (WPARAM)c, (LPARAM)&col);
    }
    if (!build(t)) {
        UINT why = t->too_long ? IDS_FIN_TOO_LONG : t->status == FIN_NO_SOLUTION ? IDS_FIN_NO_SOLUTION : IDS_FIN_OUT_OF_RANGE;
        SetDlgItemTextW(dlg, IDC_FIN_TOTALS, lang_string(why, text, 128));
        EnableWindow(GetDlgItem(dlg, IDC_FIN_COPY), FALSE);
        return;
    }
    fill_list(dlg, t);
    show_totals(dlg, t);
}

static INT_PTR CALLBACK table_proc(HWND dlg, UINT msg, WPARAM wp, LPARAM lp)
{
    table *t = (table *)GetWindowLongPtrW(dlg, DWLP_USER);
    switch (msg) {
    case WM_INITDIALOG:
        SetWindowLongPtrW(dlg, DWLP_USER, lp);
        init_dialog(dlg, (table *)lp);
        theme_apply(dlg);
        SetFocus(GetDlgItem(dlg, IDC_FIN_LIST));
        return FALSE;
    case WM_COMMAND:
        if (!t) return FALSE;
        if (LOWORD(wp) == IDCANCEL || LOWORD(wp) == IDOK) EndDialog(dlg, 0);
        else if (LOWORD(wp) == IDC_FIN_COPY) copy_table(dlg, t);
        else if (LOWORD(wp) == IDC_FIN_BY && HIWORD(wp) == CBN_SELCHANGE && t->count > 0) {
            t->by_year = SendDlgItemMessageW(dlg, IDC_FIN_BY, CB_GETCURSEL, 0, 0) == 1;
            fill_list(dlg, t);
        } else return FALSE;
        return TRUE;
    case WM_NOTIFY: {
        const NMHDR *nm = (const NMHDR *)lp;
        if (t && nm->idFrom == IDC_FIN_LIST && nm->code == LVN_KEYDOWN) {
            const NMLVKEYDOWN *k = (const NMLVKEYDOWN *)lp;
            if ((k->wVKey == 'C' || k->wVKey == VK_INSERT) && GetKeyState(VK_CONTROL) < 0) copy_table(dlg, t);
        }
        return FALSE;
    }
    case WM_DRAWITEM: {
        const DRAWITEMSTRUCT *d = (const DRAWITEMSTRUCT *)lp;
        if (!t || d->CtlID != IDC_FIN_CHART) return FALSE;
        wchar_t principal[64], interest[64];
        lang_string(IDS_FIN_COL_PRINCIPAL, principal, 64);
        lang_string(IDS_FIN_COL_INTEREST, interest, 64);
        fin_chart_draw(d, t->years, t->year_count, principal, interest, (HFONT)SendMessageW(dlg, WM_GETFONT, 0, 0));
        return TRUE;
    }
    default: return theme_dialog_color(msg, wp, lp);
    }
}

void fin_table_show(HINSTANCE inst, HWND owner, const fin_schedule_loan *l, const fin_look *look)
{
    table t = { .loan = l, .look = look };
    respack_dialog_box(inst, IDD_FIN_SCHEDULE, owner, table_proc, (LPARAM)&t);
    release(&t);
}
