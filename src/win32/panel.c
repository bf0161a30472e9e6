/* What every panel's dialog procedure shares (panel.h). */
#include <windows.h>

#include "panel.h"

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
