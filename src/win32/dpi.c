/* DPI helpers (dpi.h). */
#include <windows.h>

#include "dpi.h"

UINT dpi_of_window(HWND hwnd)
{
    typedef UINT(WINAPI * get_dpi_fn)(HWND);
    static get_dpi_fn get_dpi;
    static BOOL looked;
    if (!looked) {
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

void dpi_own_changes(HWND dlg)
{
    /* Windows 10 1703+: the dialog manager must not move or re-font the controls. */
    typedef BOOL(WINAPI * set_fn)(HWND, int, int);
    set_fn set = (set_fn)(void (*)(void))GetProcAddress(GetModuleHandleW(L"user32.dll"), "SetDialogDpiChangeBehavior");
    if (set) set(dlg, 1 /* DDC_DISABLE_ALL */, 1);
}

int dpi_px(UINT dpi, int px96) { return MulDiv(px96, (int)(dpi ? dpi : 96), 96); }
