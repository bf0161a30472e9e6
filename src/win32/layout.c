/* Layout of the main window (layout.h). */
#include <windows.h>

#include "keypad.h"
#include "layout.h"
#include "panes.h"
#include "ui_ids.h"

/* Measures in 96-DPI pixels. */
enum { MARGIN = 8, EXPRESSION_H = 22, DISPLAY_H = 62, PANE_W = 250 };

UINT layout_window_dpi(HWND hwnd)
{
    typedef UINT(WINAPI * get_dpi_fn)(HWND);
    static get_dpi_fn get_dpi;
    static BOOL looked;
    if (!looked) {
        /* Windows 10 1607+; older systems use the screen's DPI. */
        get_dpi = (get_dpi_fn)(void (*)(void))GetProcAddress(GetModuleHandleW(L"user32.dll"), "GetDpiForWindow");
        looked = TRUE;
    }
    UINT dpi = get_dpi && hwnd ? get_dpi(hwnd) : 0;
    if (dpi == 0) {
        HDC dc = GetDC(NULL);
        dpi = (UINT)GetDeviceCaps(dc, LOGPIXELSX);
        ReleaseDC(NULL, dc);
    }
    return dpi ? dpi : 96;
}

void layout_own_dpi_changes(HWND dlg)
{
    /* Windows 10 1703+. We lay out and make fonts ourselves on WM_DPICHANGED,
     * so the dialog manager must not move or re-font the controls. */
    typedef BOOL(WINAPI * set_fn)(HWND, int, int);
    set_fn set = (set_fn)(void (*)(void))GetProcAddress(GetModuleHandleW(L"user32.dll"), "SetDialogDpiChangeBehavior");
    if (set) set(dlg, 1 /* DDC_DISABLE_ALL */, 1);
}

int layout_px(const ui *u, int px96) { return MulDiv(px96, (int)u->dpi, 96); }

SIZE layout_keypad_natural(const ui *u) { return u->keypad_natural; }
int layout_pane_width(const ui *u) { return layout_px(u, PANE_W); }
int layout_top_height(const ui *u) { return layout_px(u, MARGIN + EXPRESSION_H + DISPLAY_H); }

static HFONT make_font(int px, int weight)
{
    return CreateFontW(-px, 0, 0, 0, weight, FALSE, FALSE, FALSE, DEFAULT_CHARSET, OUT_DEFAULT_PRECIS,
                       CLIP_DEFAULT_PRECIS, CLEARTYPE_QUALITY, DEFAULT_PITCH | FF_SWISS, L"Segoe UI");
}

static void replace_font(HFONT *slot, HFONT f)
{
    if (*slot) DeleteObject(*slot);
    *slot = f;
}

void layout_free_fonts(ui *u)
{
    replace_font(&u->fonts.key, NULL);
    replace_font(&u->fonts.key_small, NULL);
    replace_font(&u->fonts.display, NULL);
    replace_font(&u->fonts.expression, NULL);
    replace_font(&u->fonts.list_small, NULL);
    replace_font(&u->fonts.list_big, NULL);
}

void layout_dpi_fonts(ui *u)
{
    replace_font(&u->fonts.list_small, make_font(layout_px(u, 13), FW_NORMAL));
    replace_font(&u->fonts.list_big, make_font(layout_px(u, 20), FW_SEMIBOLD));
    SendDlgItemMessageW(u->dlg, IDC_PANE_EMPTY, WM_SETFONT, (WPARAM)u->fonts.list_small, FALSE);
    int item = layout_px(u, 13 + 20 + 14);
    SendDlgItemMessageW(u->dlg, IDC_HISTORY_LIST, LB_SETITEMHEIGHT, 0, item);
    SendDlgItemMessageW(u->dlg, IDC_MEMORY_LIST, LB_SETITEMHEIGHT, 0, layout_px(u, 20 + 16));
}

/* Key fonts from the size of a key; display fonts from the display's height. */
static void size_fonts(ui *u, int display_h, int expression_h)
{
    SIZE key = keypad_key_size(u->keypad);
    int key_px = key.cy * 42 / 100;
    if (key_px > key.cx * 34 / 100) key_px = key.cx * 34 / 100;
    if (key_px < 8) key_px = 8;
    LOGFONTW lf;
    if (!u->fonts.key || !GetObjectW(u->fonts.key, sizeof lf, &lf) || lf.lfHeight != -key_px) {
        replace_font(&u->fonts.key, make_font(key_px, FW_NORMAL));
        replace_font(&u->fonts.key_small, make_font(key_px * 72 / 100 < 7 ? 7 : key_px * 72 / 100, FW_NORMAL));
        InvalidateRect(u->keypad, NULL, TRUE);
    }
    int disp_px = display_h * 64 / 100;
    if (disp_px < 10) disp_px = 10;
    if (!u->fonts.display || u->fonts.display_px != disp_px) {
        replace_font(&u->fonts.display, make_font(disp_px, FW_SEMIBOLD));
        u->fonts.display_px = disp_px;
    }
    int expr_px = expression_h * 70 / 100;
    if (expr_px < 8) expr_px = 8;
    if (!u->fonts.expression || !GetObjectW(u->fonts.expression, sizeof lf, &lf) || lf.lfHeight != -expr_px) {
        replace_font(&u->fonts.expression, make_font(expr_px, FW_NORMAL));
        SendDlgItemMessageW(u->dlg, IDC_EXPRESSION, WM_SETFONT, (WPARAM)u->fonts.expression, TRUE);
    }
}

void layout_apply(ui *u)
{
    if (!u->keypad) return;
    RECT rc;
    GetClientRect(u->dlg, &rc);
    int w = rc.right, h = rc.bottom;
    if (w <= 0 || h <= 0) return; /* minimised */
    SIZE kn = layout_keypad_natural(u);
    int pane0 = layout_pane_width(u), top0 = layout_top_height(u);
    BOOL wide = w >= kn.cx + pane0;
    u->pane_shown = u->pane_open || wide;
    int pane_w = 0;
    if (u->pane_shown) pane_w = wide ? pane0 + (w - kn.cx - pane0) / 3 : MulDiv(w, pane0, kn.cx + pane0);
    int kp_w = w - pane_w;
    int top = MulDiv(h, top0, top0 + kn.cy);
    int m = layout_px(u, MARGIN);
    int expr_h = MulDiv(top - m, EXPRESSION_H, EXPRESSION_H + DISPLAY_H);
    int disp_h = top - m - expr_h;

    MoveWindow(GetDlgItem(u->dlg, IDC_EXPRESSION), m, m, kp_w - 2 * m, expr_h, TRUE);
    MoveWindow(GetDlgItem(u->dlg, IDC_DISPLAY), m, m + expr_h, kp_w - 2 * m, disp_h, TRUE);
    MoveWindow(u->keypad, m / 2, top, kp_w - m, h - top - m / 2, TRUE);
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
    int m = layout_px(u, MARGIN);
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
    if (!u->keypad) return;
    SIZE n = layout_natural_client(u, FALSE);
    int ww, wh;
    window_from_client(u, n.cx * 6 / 10, n.cy * 6 / 10, &ww, &wh);
    mmi->ptMinTrackSize.x = ww;
    mmi->ptMinTrackSize.y = wh;
}
