/* Layout of the main window (layout.h). */
#include <windows.h>

#include "fonts.h"
#include "keypad.h"
#include "mode_table.h"
#include "layout.h"
#include "panes.h"
#include "ui_ids.h"

/* Measures in 96-DPI pixels. */
enum { MARGIN = 8, EXPRESSION_H = 22, DISPLAY_H = 62, PANE_W = 250 };

SIZE layout_keypad_natural(const ui *u) { return u->panel.natural; }
int layout_pane_width(const ui *u) { return ui_px(u, PANE_W); }
int layout_top_height(const ui *u) { return ui_px(u, MARGIN + EXPRESSION_H + DISPLAY_H); }

void layout_free_fonts(ui *u)
{
    font_replace(&u->fonts.key, NULL);
    font_replace(&u->fonts.key_small, NULL);
    font_replace(&u->fonts.display, NULL);
    font_replace(&u->fonts.expression, NULL);
    font_replace(&u->fonts.list_small, NULL);
    font_replace(&u->fonts.list_big, NULL);
}

void layout_dpi_fonts(ui *u)
{
    font_replace(&u->fonts.list_small, font_make(ui_px(u, 13), FW_NORMAL));
    font_replace(&u->fonts.list_big, font_make(ui_px(u, 20), FW_SEMIBOLD));
    SendDlgItemMessageW(u->dlg, IDC_PANE_EMPTY, WM_SETFONT, (WPARAM)u->fonts.list_small, FALSE);
    int item = ui_px(u, 13 + 20 + 14);
    SendDlgItemMessageW(u->dlg, IDC_HISTORY_LIST, LB_SETITEMHEIGHT, 0, item);
    SendDlgItemMessageW(u->dlg, IDC_MEMORY_LIST, LB_SETITEMHEIGHT, 0, ui_px(u, 20 + 16));
}

/* Key fonts from the size of a key; display fonts from the display's height. */
static void size_fonts(ui *u, int display_h, int expression_h)
{
    SIZE key = keypad_key_size(u->panel.hwnd);
    int key_px = key.cy * 42 / 100;
    if (key_px > key.cx * 34 / 100) key_px = key.cx * 34 / 100;
    if (key_px < 8) key_px = 8;
    LOGFONTW lf;
    if (!u->fonts.key || !GetObjectW(u->fonts.key, sizeof lf, &lf) || lf.lfHeight != -key_px) {
        font_replace(&u->fonts.key, font_make(key_px, FW_NORMAL));
        font_replace(&u->fonts.key_small, font_make(key_px * 72 / 100 < 7 ? 7 : key_px * 72 / 100, FW_NORMAL));
        InvalidateRect(u->panel.hwnd, NULL, TRUE);
    }
    int disp_px = display_h * 64 / 100;
    if (disp_px < 10) disp_px = 10;
    if (!u->fonts.display || u->fonts.display_px != disp_px) {
        font_replace(&u->fonts.display, font_make(disp_px, FW_SEMIBOLD));
        u->fonts.display_px = disp_px;
    }
    int expr_px = expression_h * 70 / 100;
    if (expr_px < 8) expr_px = 8;
    if (!u->fonts.expression || !GetObjectW(u->fonts.expression, sizeof lf, &lf) || lf.lfHeight != -expr_px) {
        font_replace(&u->fonts.expression, font_make(expr_px, FW_NORMAL));
        SendDlgItemMessageW(u->dlg, IDC_EXPRESSION, WM_SETFONT, (WPARAM)u->fonts.expression, TRUE);
    }
}

void layout_apply(ui *u)
{
    if (!u->panel.hwnd) return;
    RECT rc;
    GetClientRect(u->dlg, &rc);
    int w = rc.right, h = rc.bottom;
    if (w <= 0 || h <= 0) return; /* minimised */
    SIZE kn = layout_keypad_natural(u);
    int pane0 = layout_pane_width(u), top0 = layout_top_height(u);
    BOOL wide = w >= kn.cx + pane0;
    u->pane_shown = (u->pane_open || wide) && u->panel.row && u->panel.row->panes != PANES_NONE;
    int pane_w = 0;
    if (u->pane_shown) pane_w = wide ? pane0 + (w - kn.cx - pane0) / 3 : MulDiv(w, pane0, kn.cx + pane0);
    int kp_w = w - pane_w;
    int top = MulDiv(h, top0, top0 + kn.cy);
    int m = ui_px(u, MARGIN);
    int expr_h = MulDiv(top - m, EXPRESSION_H, EXPRESSION_H + DISPLAY_H);
    int disp_h = top - m - expr_h;

    MoveWindow(GetDlgItem(u->dlg, IDC_EXPRESSION), m, m, kp_w - 2 * m, expr_h, TRUE);
    MoveWindow(GetDlgItem(u->dlg, IDC_DISPLAY), m, m + expr_h, kp_w - 2 * m, disp_h, TRUE);
    MoveWindow(u->panel.hwnd, m / 2, top, kp_w - m, h - top - m / 2, TRUE);
    size_fonts(u, disp_h, expr_h);
    /* Their drawing depends on their size: moved bits must not stay. */
    InvalidateRect(GetDlgItem(u->dlg, IDC_EXPRESSION), NULL, TRUE);
    InvalidateRect(GetDlgItem(u->dlg, IDC_DISPLAY), NULL, FALSE);
    RECT pane = { kp_w, 0, w, h };
    panes_layout(u, &pane);
}

SIZE layout_natural_client(const ui *u, BOOL with_pane)
{
    SIZE kn = layout_keypad_natural(u);
    int m = ui_px(u, MARGIN);
    SIZE s = { kn.cx + m + (with_pane ? layout_pane_width(u) : 0), layout_top_height(u) + kn.cy + m / 2 };
    return s;
}

static void window_from_client(const ui *u, int cw, int ch, int *ww, int *wh)
{
    RECT r = { 0, 0, cw, ch };
    DWORD style = (DWORD)GetWindowLongPtrW(u->dlg, GWL_STYLE), ex = (DWORD)GetWindowLongPtrW(u->dlg, GWL_EXSTYLE);
    AdjustWindowRectEx(&r, style, GetMenu(u->dlg) != NULL, ex);
    *ww = r.right - r.left;
    *wh = r.bottom - r.top;
}

void layout_set_client(ui *u, int cw, int ch)
{
    int ww, wh;
    window_from_client(u, cw, ch, &ww, &wh);
    SetWindowPos(u->dlg, NULL, 0, 0, ww, wh, SWP_NOMOVE | SWP_NOZORDER | SWP_NOACTIVATE);
}

void layout_min_track(const ui *u, MINMAXINFO *mmi)
{
    if (!u->panel.hwnd) return;
    SIZE n = layout_natural_client(u, FALSE);
    int ww, wh;
    window_from_client(u, n.cx * 6 / 10, n.cy * 6 / 10, &ww, &wh);
    mmi->ptMinTrackSize.x = ww;
    mmi->ptMinTrackSize.y = wh;
}
