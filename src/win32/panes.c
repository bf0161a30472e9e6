/* History and memory panes (panes.h). */
#include <windows.h>

#include "buttons.h"
#include "mode_table.h"
#include "lang.h"
#include "panes.h"
#include "persist.h"
#include "theme.h"
#include "ui_ids.h"

static HWND item(const ui *u, int id) { return GetDlgItem(u->dlg, id); }

/* Pane buttons: drawn label, accessible name from the string table. */
static const struct { int id; UINT label; UINT name; } PANE_BUTTONS[] = {
    { IDC_TAB_HISTORY, IDS_HISTORY, IDS_HISTORY },
    { IDC_TAB_MEMORY, IDS_MEMORY, IDS_MEMORY },
    { IDC_HISTORY_DELETE, IDS_DELETE, IDS_DELETE },
    { IDC_HISTORY_CLEAR, IDS_CLEAR_HISTORY, IDS_CLEAR_HISTORY },
    { IDC_MEMITEM_MR, 0, IDS_MEMITEM_MR },
    { IDC_MEMITEM_MPLUS, 0, IDS_MEMITEM_MPLUS },
    { IDC_MEMITEM_MMINUS, 0, IDS_MEMITEM_MMINUS },
    { IDC_MEMITEM_MC, 0, IDS_MEMITEM_MC },
};
#define N_PANE_BUTTONS (sizeof PANE_BUTTONS / sizeof PANE_BUTTONS[0])

void panes_init(ui *u)
{
    for (size_t i = 0; i < N_PANE_BUTTONS; i++) {
        wchar_t label[64], name[128];
        if (PANE_BUTTONS[i].label) lang_string(PANE_BUTTONS[i].label, label, 64);
        lang_string(PANE_BUTTONS[i].name, name, 128);
        button_adopt(item(u, PANE_BUTTONS[i].id), PANE_BUTTONS[i].label ? label : NULL, name);
    }
    u->history_count = -1;
    u->panes_controls = -1;
}

/* A mode without history (programmer) shows the memory. */
static bool has_history(const ui *u) { return u->panel.row && u->panel.row->panes == PANES_HISTORY_MEMORY; }

pane_kind panes_shown_kind(const ui *u) { return has_history(u) ? u->pane : PANE_MEMORY; }

/* The history list's rows carry their item's expression string as item data:
 * the engine keeps that string for as long as the item lives, so it names the
 * item. A new result then inserts one row at the top and a deletion removes
 * one, where refilling would redo up to CALC_HISTORY_MAX rows for every "=". */
static const char *row_item(HWND list, int row) { return (const char *)SendMessageW(list, LB_GETITEMDATA, (WPARAM)row, 0); }

/* True if item e is among mode m's history items from index `from` on. */
static bool still_listed(const ui *u, calc_mode m, int from, int count, const char *e)
{
    for (int i = from; i < count; i++)
        if (calc_history_expression(u->calc, m, i) == e) return true;
    return false;
}

/* Brings the history list up to date, refilled if all; true if it changed. */
static bool fill_history(ui *u, bool all)
{
    calc_mode m = calc_get_mode(u->calc);
    HWND list = item(u, IDC_HISTORY_LIST);
    int count = calc_history_count(u->calc, m);
    all = all || m != u->history_mode;
    u->history_mode = m;
    u->history_count = count;
    if (all) SendMessageW(list, LB_RESETCONTENT, 0, 0);
    int rows = (int)SendMessageW(list, LB_GETCOUNT, 0, 0), r = 0;
    bool changed = all;
    for (int i = 0; i < count; i++) {
        const char *e = calc_history_expression(u->calc, m, i);
        /* A row whose item is neither this one nor a later one was deleted. */
        while (r < rows && row_item(list, r) != e && !still_listed(u, m, i + 1, count, row_item(list, r))) {
            SendMessageW(list, LB_DELETESTRING, (WPARAM)r, 0);
            rows--;
            changed = true;
        }
        if (r < rows && row_item(list, r) == e) {
            r++;
            continue;
        }
        /* "expression\nresult": drawn on two lines, read as one by screen readers */
        wchar_t text[700];
        size_t n = numfmt_localize(&u->fmt, e, u->grouping, text, 340);
        text[n++] = L'\n';
        numfmt_localize(&u->fmt, calc_history_result(u->calc, m, i), u->grouping, text + n, 340);
        int at = (int)SendMessageW(list, LB_INSERTSTRING, (WPARAM)r, (LPARAM)text);
        if (at >= 0) SendMessageW(list, LB_SETITEMDATA, (WPARAM)at, (LPARAM)e);
        rows++, r++;
        changed = true;
    }
    for (; rows > r; rows--, changed = true) SendMessageW(list, LB_DELETESTRING, (WPARAM)(rows - 1), 0);
    /* As a refill did: no row stays selected once the list changed. */
    if (changed) SendMessageW(list, LB_SETCURSEL, (WPARAM)-1, 0);
    return changed;
}

/* Brings the memory list up to date: only the rows whose text changed are
 * replaced; true if any was. */
static bool fill_memory(ui *u)
{
    HWND list = item(u, IDC_MEMORY_LIST);
    int sel = (int)SendMessageW(list, LB_GETCURSEL, 0, 0);
    int count = calc_memory_count(u->calc);
    int rows = (int)SendMessageW(list, LB_GETCOUNT, 0, 0);
    bool changed = false;
    for (int i = 0; i < count; i++) {
        wchar_t text[400], old[400];
        const char *v = calc_memory_text(u->calc, i);
        if (u->panel.row && u->panel.row->radix_display) numfmt_radix(&u->fmt, v, calc_get_radix(u->calc), u->grouping, text, 400);
        else numfmt_localize(&u->fmt, v, u->grouping, text, 400);
        if (i < rows) {
            LRESULT len = SendMessageW(list, LB_GETTEXTLEN, (WPARAM)i, 0);
            if (len >= 0 && len < 400 && SendMessageW(list, LB_GETTEXT, (WPARAM)i, (LPARAM)old) >= 0 && wcscmp(old, text) == 0)
                continue;
            SendMessageW(list, LB_DELETESTRING, (WPARAM)i, 0);
        } else {
            rows++;
        }
        SendMessageW(list, LB_INSERTSTRING, (WPARAM)i, (LPARAM)text);
        changed = true;
    }
    for (; rows > count; rows--, changed = true) SendMessageW(list, LB_DELETESTRING, (WPARAM)(rows - 1), 0);
    if (changed && count > 0) SendMessageW(list, LB_SETCURSEL, (WPARAM)(sel < 0 ? 0 : (sel >= count ? count - 1 : sel)), 0);
    return changed;
}

/* Shows and enables the pane's controls for what it shows. Each call finds
 * the same state most of the time (a digit key): then it touches nothing. */
static void show_controls(ui *u)
{
    bool on = u->pane_shown;
    pane_kind k = panes_shown_kind(u);
    int hist = u->history_count > 0, mem = calc_memory_count(u->calc) > 0;
    int state = on | (int)k << 1 | hist << 2 | mem << 3 | has_history(u) << 4;
    if (state == u->panes_controls) return;
    u->panes_controls = state;
    bool list_empty = k == PANE_HISTORY ? !hist : !mem;
    static const int HISTORY_ONLY[] = { IDC_HISTORY_DELETE, IDC_HISTORY_CLEAR };
    static const int MEMORY_ONLY[] = { IDC_MEMITEM_MR, IDC_MEMITEM_MPLUS, IDC_MEMITEM_MMINUS, IDC_MEMITEM_MC };
    ShowWindow(item(u, IDC_TAB_HISTORY), on && has_history(u) ? SW_SHOWNA : SW_HIDE);
    ShowWindow(item(u, IDC_TAB_MEMORY), on ? SW_SHOWNA : SW_HIDE);
    ShowWindow(item(u, IDC_HISTORY_LIST), on && k == PANE_HISTORY && !list_empty ? SW_SHOWNA : SW_HIDE);
    ShowWindow(item(u, IDC_MEMORY_LIST), on && k == PANE_MEMORY && !list_empty ? SW_SHOWNA : SW_HIDE);
    for (size_t i = 0; i < 2; i++) {
        ShowWindow(item(u, HISTORY_ONLY[i]), on && k == PANE_HISTORY ? SW_SHOWNA : SW_HIDE);
        EnableWindow(item(u, HISTORY_ONLY[i]), hist);
    }
    for (size_t i = 0; i < 4; i++) {
        ShowWindow(item(u, MEMORY_ONLY[i]), on && k == PANE_MEMORY ? SW_SHOWNA : SW_HIDE);
        EnableWindow(item(u, MEMORY_ONLY[i]), mem);
    }
    wchar_t empty[128];
    SetDlgItemTextW(u->dlg, IDC_PANE_EMPTY, lang_string(k == PANE_HISTORY ? IDS_NO_HISTORY : IDS_NO_MEMORY, empty, 128));
    ShowWindow(item(u, IDC_PANE_EMPTY), on && list_empty ? SW_SHOWNA : SW_HIDE);
    InvalidateRect(item(u, IDC_TAB_HISTORY), NULL, FALSE);
    InvalidateRect(item(u, IDC_TAB_MEMORY), NULL, FALSE);
}

/* What the memory texts depend on besides the values (calc_memory_text). */
static unsigned panes_view(const ui *u)
{
    const calc *c = u->calc;
    return (unsigned)calc_get_mode(c) | (unsigned)calc_get_radix(c) << 8 | (unsigned)calc_get_word(c) << 12 |
           (unsigned)calc_get_fe(c) << 16 | (unsigned)u->grouping << 17;
}

void panes_refresh(ui *u)
{
    /* The lists change with the engine's revision (a result, a memory key, a
     * load) or with how numbers are written; most keys change neither. */
    bool all = u->history_count < 0;
    uint32_t rev = calc_revision(u->calc);
    unsigned view = panes_view(u);
    if (all || rev != u->panes_revision || view != u->panes_view) {
        u->panes_revision = rev;
        u->panes_view = view;
        /* A refill draws once at the end; a row or two draw themselves. */
        HWND lists[2] = { item(u, IDC_HISTORY_LIST), item(u, IDC_MEMORY_LIST) };
        for (int i = 0; i < 2 && all; i++) SendMessageW(lists[i], WM_SETREDRAW, FALSE, 0);
        bool changed[2] = { has_history(u) && fill_history(u, all), fill_memory(u) };
        if (!has_history(u)) u->history_count = 0; /* no list to refill (programmer) */
        for (int i = 0; i < 2; i++) {
            if (all) SendMessageW(lists[i], WM_SETREDRAW, TRUE, 0);
            if (changed[i]) InvalidateRect(lists[i], NULL, TRUE);
        }
    }
    show_controls(u);
}

/* Lays out a row of n buttons in width w: each gets the width of its label in
 * the pane font (plus padding) and an equal share of what is left; if the
 * labels are wider than the row, widths follow the labels (the drawing then
 * shrinks the font to fit: buttons.c). */
static void layout_row(ui *u, const int *ids, int n, int x, int y, int w, int h, int gap)
{
    int need[4], total = 0, pad = ui_px(u, 16);
    HDC dc = GetDC(u->dlg);
    HFONT old = dc ? SelectObject(dc, u->fonts.list_small) : NULL;
    for (int i = 0; i < n; i++) {
        const wchar_t *label = button_label(item(u, ids[i]));
        SIZE sz = { 0, 0 };
        if (dc) GetTextExtentPoint32W(dc, label, (int)wcslen(label), &sz);
        need[i] = sz.cx + pad;
        total += need[i];
    }
    if (dc) {
        SelectObject(dc, old);
        ReleaseDC(u->dlg, dc);
    }
    int room = w - (n - 1) * gap, left = room - total;
    int pos = x;
    for (int i = 0; i < n; i++) {
        int bw = left >= 0 ? need[i] + left / n : (total > 0 ? MulDiv(need[i], room, total) : room / n);
        if (i == n - 1) bw = x + w - pos; /* the last one takes the rounding */
        MoveWindow(item(u, ids[i]), pos, y, bw, h, TRUE);
        pos += bw + gap;
    }
}

void panes_layout(ui *u, const RECT *a)
{
    int m = ui_px(u, 8), gap = ui_px(u, 4);
    int tab_h = ui_px(u, 32), btn_h = ui_px(u, 30);
    int x = a->left + m / 2, w = a->right - a->left - m - m / 2;
    int tab_w = (w - gap) / 2;
    MoveWindow(item(u, IDC_TAB_HISTORY), x, a->top + m, tab_w, tab_h, TRUE);
    MoveWindow(item(u, IDC_TAB_MEMORY), !has_history(u) ? x : x + tab_w + gap, a->top + m, tab_w, tab_h, TRUE);
    int list_y = a->top + m + tab_h + gap, btn_y = a->bottom - m - btn_h;
    int list_h = btn_y - gap - list_y;
    MoveWindow(item(u, IDC_HISTORY_LIST), x, list_y, w, list_h, TRUE);
    MoveWindow(item(u, IDC_MEMORY_LIST), x, list_y, w, list_h, TRUE);
    MoveWindow(item(u, IDC_PANE_EMPTY), x + m, list_y + m, w - 2 * m, list_h - 2 * m, TRUE);
    static const int HIST[] = { IDC_HISTORY_DELETE, IDC_HISTORY_CLEAR };
    static const int MEM[] = { IDC_MEMITEM_MR, IDC_MEMITEM_MPLUS, IDC_MEMITEM_MMINUS, IDC_MEMITEM_MC };
    layout_row(u, HIST, 2, x, btn_y, w, btn_h, gap);
    layout_row(u, MEM, 4, x, btn_y, w, btn_h, gap);
    u->panes_controls = -1;
    show_controls(u);
}

void panes_draw_item(ui *u, const DRAWITEMSTRUCT *d)
{
    if (d->itemID == (UINT)-1) return;
    HDC dc = d->hDC;
    RECT r = d->rcItem;
    bool sel = (d->itemState & ODS_SELECTED) != 0;
    SetBkColor(dc, theme_color(sel ? TC_SELECTION : TC_FIELD));
    ExtTextOutW(dc, 0, 0, ETO_OPAQUE, &r, NULL, 0, NULL);
    SetBkMode(dc, TRANSPARENT);
    int len = (int)SendMessageW(d->hwndItem, LB_GETTEXTLEN, d->itemID, 0);
    if (len < 0 || len > 1000) return;
    wchar_t text[1001];
    SendMessageW(d->hwndItem, LB_GETTEXT, d->itemID, (LPARAM)text);
    wchar_t *nl = wcschr(text, L'\n');
    InflateRect(&r, -ui_px(u, 8), -ui_px(u, 4));
    COLORREF fg = theme_color(sel ? TC_SELECTION_TEXT : TC_TEXT);
    if (nl) {
        *nl = 0;
        RECT top = r, bottom = r;
        top.bottom = r.top + (r.bottom - r.top) * 2 / 5;
        bottom.top = top.bottom;
        HFONT old = SelectObject(dc, u->fonts.list_small);
        SetTextColor(dc, sel ? fg : ui_color_dim_text());
        DrawTextW(dc, text, -1, &top, DT_RIGHT | DT_VCENTER | DT_SINGLELINE | DT_NOPREFIX | DT_END_ELLIPSIS);
        SelectObject(dc, u->fonts.list_big);
        SetTextColor(dc, fg);
        DrawTextW(dc, nl + 1, -1, &bottom, DT_RIGHT | DT_VCENTER | DT_SINGLELINE | DT_NOPREFIX | DT_END_ELLIPSIS);
        SelectObject(dc, old);
    } else {
        HFONT old = SelectObject(dc, u->fonts.list_big);
        SetTextColor(dc, fg);
        DrawTextW(dc, text, -1, &r, DT_RIGHT | DT_VCENTER | DT_SINGLELINE | DT_NOPREFIX | DT_END_ELLIPSIS);
        SelectObject(dc, old);
    }
    if ((d->itemState & ODS_FOCUS) && !(d->itemState & ODS_NOFOCUSRECT)) DrawFocusRect(dc, &d->rcItem);
}

static int selected_memory(const ui *u)
{
    int sel = (int)SendMessageW(item(u, IDC_MEMORY_LIST), LB_GETCURSEL, 0, 0);
    return sel >= 0 ? sel : (calc_memory_count(u->calc) > 0 ? 0 : -1);
}

typedef void (*memory_fn)(calc *, int);
static const struct { int id; memory_fn fn; } MEMORY_ITEM_ACTIONS[] = {
    { IDC_MEMITEM_MR, calc_memory_recall }, { IDC_MEMITEM_MPLUS, calc_memory_add },
    { IDC_MEMITEM_MMINUS, calc_memory_subtract }, { IDC_MEMITEM_MC, calc_memory_clear_item },
};

bool panes_command(ui *u, int id, int code, bool *changed)
{
    *changed = false;
    for (size_t i = 0; i < sizeof MEMORY_ITEM_ACTIONS / sizeof MEMORY_ITEM_ACTIONS[0]; i++) {
        if (MEMORY_ITEM_ACTIONS[i].id != id) continue;
        int sel = selected_memory(u);
        if (sel >= 0) MEMORY_ITEM_ACTIONS[i].fn(u->calc, sel);
        u->notice[0] = 0;
        *changed = true;
        return true;
    }
    calc_mode m = calc_get_mode(u->calc);
    if (id == IDC_TAB_HISTORY || id == IDC_TAB_MEMORY) {
        u->pane = id == IDC_TAB_HISTORY ? PANE_HISTORY : PANE_MEMORY;
        show_controls(u);
        return true;
    }
    if (id == IDC_HISTORY_LIST) {
        int sel = (int)SendMessageW(item(u, IDC_HISTORY_LIST), LB_GETCURSEL, 0, 0);
        if (code == LBN_SELCHANGE && sel >= 0) {
            calc_history_recall(u->calc, sel);
            u->notice[0] = 0;
            *changed = true;
        }
        return true;
    }
    if (id == IDC_MEMORY_LIST) {
        int sel = (int)SendMessageW(item(u, IDC_MEMORY_LIST), LB_GETCURSEL, 0, 0);
        if (code == LBN_DBLCLK && sel >= 0) {
            calc_memory_recall(u->calc, sel);
            *changed = true;
        }
        return true;
    }
    if (id == IDC_HISTORY_DELETE) {
        int sel = (int)SendMessageW(item(u, IDC_HISTORY_LIST), LB_GETCURSEL, 0, 0);
        if (sel >= 0) calc_history_delete(u->calc, m, sel);
        *changed = true;
        return true;
    }
    if (id == IDC_HISTORY_CLEAR) {
        calc_history_clear(u->calc, m);
        persist_history_cleared(u->persist, u->calc, m); /* the disk copy too */
        *changed = true;
        return true;
    }
    return false;
}
