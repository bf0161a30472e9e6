/* The statistics panel (panel.h, issue 13): the keypad of the statistics mode
 * and, above it, the data list. The keys are a keypad like the others
 * (keypad_panel does their creation, scaling, state and drawing); this file
 * adds the list view (virtual: it asks for the texts of the rows it shows, so
 * 100,000 values cost nothing) and its three buttons: delete the selected
 * value, undo the last CAD, copy the list. The data list itself is the
 * engine's (calc.h calc_data_*); this panel only shows it. */
#include <windows.h>
#include <commctrl.h>
#include <stdio.h>

#include "buttons.h"
#include "clipboard.h"
#include "command_ids.h"
#include "lang.h"
#include "panel.h"
#include "ui_ids.h"

#define VALUE_CHARS 160

/* The panel's own buttons (delete, undo, copy), one after the other; their
 * labels are also their accessible names. */
_Static_assert(IDC_STAT_UNDO == IDC_STAT_DELETE_ITEM + 1 && IDC_STAT_COPY == IDC_STAT_DELETE_ITEM + 2, "button ids");

/* The panel's own buttons, then the keys labelled with a word: the label in
 * the UI language (the other keys are symbols). Control id, string id. */
static const WORD LABELLED[][2] = {
    { IDC_STAT_DELETE_ITEM, IDS_STAT_DELETE_ITEM }, { IDC_STAT_UNDO, IDS_STAT_UNDO }, { IDC_STAT_COPY, IDS_STAT_COPY },
    { CMD_STAT_ADD, IDS_STAT_KEY_ADD }, { CMD_STAT_DELETE, IDS_STAT_KEY_DELETE },
    { CMD_STAT_CAD, IDS_STAT_KEY_CAD }, { CMD_STAT_MEDIAN, IDS_STAT_KEY_MEDIAN },
    { CMD_STAT_MIN, IDS_STAT_KEY_MIN }, { CMD_STAT_MAX, IDS_STAT_KEY_MAX },
};

static HWND list_of(const panel *p) { return p->hwnd ? GetDlgItem(p->hwnd, IDC_STAT_LIST) : NULL; }

static bool is_own_button(int id) { return id >= IDC_STAT_DELETE_ITEM && id <= IDC_STAT_COPY; }

/* Column widths for the list's current size: the number, then the value. */
static void size_columns(panel *p, ui *u)
{
    HWND lv = list_of(p);
    RECT rc;
    if (!lv || !GetClientRect(lv, &rc)) return;
    int index_w = ui_px(u, 48);
    ListView_SetColumnWidth(lv, 0, index_w);
    ListView_SetColumnWidth(lv, 1, rc.right - index_w > 0 ? rc.right - index_w : 0);
}

static void setup_list(panel *p, ui *u)
{
    HWND lv = list_of(p);
    if (!lv) return;
    wchar_t text[64];
    SetWindowTextW(lv, lang_string(IDS_STAT_LIST_NAME, text, 64)); /* its accessible name */
    ListView_SetExtendedListViewStyle(lv, LVS_EX_FULLROWSELECT | LVS_EX_DOUBLEBUFFER);
    LVCOLUMNW col = { 0 };
    col.mask = LVCF_TEXT | LVCF_FMT | LVCF_WIDTH;
    col.fmt = LVCFMT_RIGHT;
    col.cx = ui_px(u, 48);
    _Static_assert(IDS_STAT_COL_VALUE == IDS_STAT_COL_INDEX + 1, "column names");
    for (int i = 0; i < 2; i++) {
        col.pszText = (wchar_t *)lang_string(IDS_STAT_COL_INDEX + (UINT)i, text, 64);
        ListView_InsertColumn(lv, i, &col);
    }
    size_columns(p, u);
}

/* A tooltip on each statistics key says in words what it computes (its
 * accessible name: "Sample standard deviation σₙ₋₁ (divides by n − 1)"). The
 * tooltip window is owned by the panel and goes with it. */
static void add_tooltips(panel *p, ui *u)
{
    HWND tip = CreateWindowExW(WS_EX_TOPMOST, TOOLTIPS_CLASSW, NULL, WS_POPUP | TTS_ALWAYSTIP | TTS_NOPREFIX,
                               CW_USEDEFAULT, CW_USEDEFAULT, CW_USEDEFAULT, CW_USEDEFAULT, p->hwnd, NULL, u->inst, NULL);
    if (!tip) return;
    SendMessageW(tip, TTM_SETMAXTIPWIDTH, 0, ui_px(u, 320));
    for (HWND h = GetWindow(p->hwnd, GW_CHILD); h; h = GetWindow(h, GW_HWNDNEXT)) {
        int id = GetDlgCtrlID(h);
        if (id < CMD_STAT_ADD || id > CMD_STAT_MAX) continue;
        wchar_t name[160];
        GetWindowTextW(h, name, 160);
        TTTOOLINFOW ti = { 0 };
        ti.cbSize = sizeof ti;
        ti.uFlags = TTF_IDISHWND | TTF_SUBCLASS;
        ti.hwnd = p->hwnd;
        ti.uId = (UINT_PTR)h;
        ti.lpszText = name;
        SendMessageW(tip, TTM_ADDTOOLW, 0, (LPARAM)&ti);
    }
}

static bool stats_create(panel *p, ui *u, WORD tmpl)
{
    INITCOMMONCONTROLSEX icc = { sizeof icc, ICC_LISTVIEW_CLASSES | ICC_BAR_CLASSES };
    InitCommonControlsEx(&icc);
    if (!keypad_panel.create(p, u, tmpl)) return false;
    for (size_t i = 0; i < sizeof LABELLED / sizeof LABELLED[0]; i++) {
        wchar_t label[96];
        HWND h = GetDlgItem(p->hwnd, LABELLED[i][0]);
        lang_string(LABELLED[i][1], label, is_own_button(LABELLED[i][0]) ? 96 : 32);
        if (is_own_button(LABELLED[i][0])) button_adopt(h, label, label);
        else if (h && label[0]) button_adopt(h, label, NULL);
    }
    setup_list(p, u);
    add_tooltips(p, u);
    return true;
}

static void stats_layout(panel *p, ui *u)
{
    keypad_panel.layout(p, u);
    size_columns(p, u);
}

static void enable(panel *p, int id, bool on)
{
    HWND h = GetDlgItem(p->hwnd, id);
    if (!h || !IsWindowEnabled(h) == !on) return;
    if (!on && GetFocus() == h) SetFocus(list_of(p)); /* a disabled button cannot keep it */
    EnableWindow(h, on);
}

/* The list shows the engine's list: its count, the last value in view when
 * one was added, and the visible rows redrawn (a delete and an add keep the
 * count but change the rows). */
static void stats_refresh(panel *p, ui *u)
{
    keypad_panel.refresh(p, u);
    HWND lv = list_of(p);
    if (!lv) return;
    int n = calc_data_count(u->calc), shown = ListView_GetItemCount(lv);
    if (n != shown) {
        ListView_SetItemCountEx(lv, n, LVSICF_NOSCROLL | LVSICF_NOINVALIDATEALL);
        if (n > shown && n > 0) ListView_EnsureVisible(lv, n - 1, FALSE);
    }
    InvalidateRect(lv, NULL, FALSE);
    size_columns(p, u);
    enable(p, IDC_STAT_DELETE_ITEM, n > 0);
    enable(p, IDC_STAT_COPY, n > 0);
}

/* Value `index` as the window shows numbers (locale's decimal separator). */
static void value_text(const ui *u, int index, bool group, wchar_t *out, size_t cap)
{
    char v[VALUE_CHARS];
    out[0] = 0;
    if (calc_data_text(u->calc, index, 0, v, sizeof v)) numfmt_localize(&u->fmt, v, group, out, cap);
}

static void delete_item(panel *p, ui *u)
{
    HWND lv = list_of(p);
    int sel = lv ? ListView_GetNextItem(lv, -1, LVNI_SELECTED) : -1;
    if (sel < 0) sel = calc_data_count(u->calc) - 1;  /* nothing selected: the last, as Delete */
    if (!calc_data_delete(u->calc, sel) || !lv) return;
    /* keep a row selected where the deleted one was, for the next delete */
    int n = calc_data_count(u->calc);
    ListView_SetItemCountEx(lv, n, LVSICF_NOSCROLL);
    if (n > 0) {
        int next = sel < n ? sel : n - 1;
        ListView_SetItemState(lv, next, LVIS_SELECTED | LVIS_FOCUSED, LVIS_SELECTED | LVIS_FOCUSED);
    }
}

/* The list on the clipboard, one value per line (CRLF), no grouping: a
 * spreadsheet reads it back as a column. */
static void copy_list(const ui *u)
{
    int n = calc_data_count(u->calc);
    if (n <= 0) return;
    size_t cap = (size_t)n * (VALUE_CHARS + 2) + 1, len = 0;
    wchar_t *text = HeapAlloc(GetProcessHeap(), 0, cap * sizeof *text);
    if (!text) return;
    text[0] = 0;
    for (int i = 0; i < n; i++) {
        wchar_t v[VALUE_CHARS];
        value_text(u, i, false, v, VALUE_CHARS);
        size_t vl = wcslen(v);
        if (len + vl + 3 > cap) break;
        memcpy(text + len, v, vl * sizeof *v);
        len += vl;
        text[len++] = L'\r';
        text[len++] = L'\n';
        text[len] = 0;
    }
    clip_put_text(u->dlg, text);
    HeapFree(GetProcessHeap(), 0, text);
}

static panel_change stats_command(panel *p, ui *u, int id, int code)
{
    bool button = code == BN_CLICKED || code == BN_DOUBLECLICKED;
    /* the buttons (a click), or their keys (IDM_: accelerators), in the same order */
    _Static_assert(IDM_STAT_UNDO == IDM_STAT_DELETE_ITEM + 1 && IDM_STAT_COPY == IDM_STAT_DELETE_ITEM + 2, "keys");
    int which = id >= IDM_STAT_DELETE_ITEM && id <= IDM_STAT_COPY ? id - IDM_STAT_DELETE_ITEM
                : is_own_button(id) && button                    ? id - IDC_STAT_DELETE_ITEM
                                                                 : -1;
    if (which == 0) delete_item(p, u);
    else if (which == 1) calc_data_undo_clear(u->calc);
    else if (which == 2) copy_list(u);
    else return is_own_button(id) ? PANEL_SAME : PANEL_NOT_MINE;
    return which == 2 ? PANEL_SAME : PANEL_CHANGED;
}

static panel_change stats_notify(panel *p, ui *u, const NMHDR *nm)
{
    (void)p;
    if (nm->idFrom != IDC_STAT_LIST) return PANEL_NOT_MINE;
    if (nm->code == LVN_GETDISPINFOW) {
        LVITEMW *it = &((NMLVDISPINFOW *)nm)->item;
        if ((it->mask & LVIF_TEXT) && it->pszText && it->cchTextMax > 0) {
            if (it->iSubItem == 0) swprintf(it->pszText, (size_t)it->cchTextMax, L"%d", it->iItem + 1);
            else value_text(u, it->iItem, u->grouping, it->pszText, (size_t)it->cchTextMax);
        }
    }
    return PANEL_SAME;
}

static bool stats_draw(panel *p, ui *u, const DRAWITEMSTRUCT *d)
{
    if (is_own_button((int)d->CtlID)) {
        button_draw(d, &u->fonts, LOOK_PANE, false, NULL);
        return true;
    }
    return keypad_panel.draw(p, u, d);
}

/* keypad_panel's destroy frees every child's label, the list's buttons too. */
static void stats_destroy(panel *p, ui *u) { keypad_panel.destroy(p, u); }

const panel_ops stats_panel = {
    .create = stats_create,
    .layout = stats_layout,
    .refresh = stats_refresh,
    .command = stats_command,
    .notify = stats_notify,
    .draw = stats_draw,
    .result = NULL, /* the display shows the engine's number */
    .destroy = stats_destroy,
};
