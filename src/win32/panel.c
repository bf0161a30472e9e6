/* What every panel's dialog procedure shares (panel.h). */
#include <windows.h>

#include "buttons.h"
#include "dpi.h"
#include "fonts.h"
#include "panel.h"
#include "respack.h"
#include "theme.h"

INT_PTR panel_forward(HWND panel_hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    HWND main = GetParent(panel_hwnd);
    LRESULT r = SendMessageW(main, msg, wp, lp);
    /* A dialog procedure's answer to WM_NOTIFY travels in DWLP_MSGRESULT. */
    if (msg == WM_NOTIFY) SetWindowLongPtrW(panel_hwnd, DWLP_MSGRESULT, GetWindowLongPtrW(main, DWLP_MSGRESULT));
    return r ? r : TRUE;
}

ui *panel_ui(HWND panel_hwnd) { return (ui *)GetWindowLongPtrW(panel_hwnd, DWLP_USER); }

bool panel_is_current(HWND panel_hwnd)
{
    const ui *u = panel_ui(panel_hwnd);
    return u && u->panel.hwnd == panel_hwnd;
}

void *panel_form_create(panel *p, ui *u, WORD tmpl, DLGPROC proc, size_t data_size)
{
    HWND h = respack_dialog(u->inst, tmpl, u->dlg, proc, (LPARAM)u);
    if (!h) return NULL;
    void *d = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, data_size);
    if (!d) {
        DestroyWindow(h);
        return NULL;
    }
    dpi_own_changes(h);
    p->hwnd = h;
    p->data = d;
    RECT rc;
    GetClientRect(h, &rc);
    p->natural.cx = rc.right > 0 ? rc.right : 1;
    p->natural.cy = rc.bottom > 0 ? rc.bottom : 1;
    return d;
}

INT_PTR panel_form_message(HWND h, UINT msg, WPARAM wp, LPARAM lp, const panel_ops *ops)
{
    switch (msg) {
    case WM_INITDIALOG: SetWindowLongPtrW(h, DWLP_USER, lp); return FALSE;
    case WM_SIZE:
        if (panel_is_current(h)) ops->layout(&panel_ui(h)->panel, panel_ui(h));
        return TRUE;
    case WM_COMMAND:
    case WM_NOTIFY:
    case WM_DRAWITEM: return panel_forward(h, msg, wp, lp);
    default: return theme_dialog_color(msg, wp, lp);
    }
}

bool panel_form_result(const panel *p, const ui *u, wchar_t *main, size_t cap, wchar_t *second, size_t cap2)
{
    (void)u;
    const panel_texts *t = p->data;
    if (!t || cap == 0 || cap2 == 0) return false;
    lstrcpynW(main, t->main, (int)cap);
    lstrcpynW(second, t->second, (int)cap2);
    return true;
}

void panel_form_font(HWND h, HFONT font)
{
    for (HWND c = GetWindow(h, GW_CHILD); c; c = GetWindow(c, GW_HWNDNEXT)) SendMessageW(c, WM_SETFONT, (WPARAM)font, TRUE);
}

void panel_form_place(HWND h, const panel_place *rows, size_t n, const int *v)
{
    for (const panel_place *r = rows; r < rows + n; r++) MoveWindow(GetDlgItem(h, r->id), v[r->x], v[r->y], v[r->w], v[r->h], TRUE);
}

void panel_form_free(panel *p, size_t fonts, int n)
{
    if (p->hwnd) {
        for (HWND c = GetWindow(p->hwnd, GW_CHILD); c; c = GetWindow(c, GW_HWNDNEXT)) button_release(c);
        DestroyWindow(p->hwnd);
    }
    p->hwnd = NULL;
    if (p->data) {
        HFONT *f = (HFONT *)((char *)p->data + fonts);
        while (n-- > 0) font_replace(&f[n], NULL);
        HeapFree(GetProcessHeap(), 0, p->data);
    }
    p->data = NULL;
}
