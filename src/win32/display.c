/* Drawing the display (display.h). */
#include <windows.h>

#include "buttons.h"
#include "display.h"
#include "fonts.h"

void display_draw(ui *u, const DRAWITEMSTRUCT *d)
{
    wchar_t text[512];
    GetWindowTextW(d->hwndItem, text, 512);
    HDC dc = d->hDC;
    RECT r = d->rcItem;
    SetBkColor(dc, ui_color_window());
    ExtTextOutW(dc, 0, 0, ETO_OPAQUE, &r, NULL, 0, NULL);
    r.right -= 2;
    int avail = r.right - r.left - 2;

    /* Long numbers and error messages get a smaller font rather than being cut. */
    HFONT font = u->fonts.display, temp = NULL;
    SIZE sz;
    HFONT old = SelectObject(dc, font);
    GetTextExtentPoint32W(dc, text, (int)wcslen(text), &sz);
    if (sz.cx > avail && sz.cx > 0 && avail > 0) {
        /* Widths do not scale exactly with the height (hinting): step down
         * from the proportional size until the text really fits. */
        int px = MulDiv(u->fonts.display_px, avail, sz.cx);
        for (int tries = 0; tries < 12; tries++, px--) {
            if (temp) DeleteObject(temp);
            temp = font_make(px < 6 ? 6 : px, FW_SEMIBOLD);
            SelectObject(dc, temp);
            if (px <= 6 || !GetTextExtentPoint32W(dc, text, (int)wcslen(text), &sz) || sz.cx <= avail) break;
        }
    }
    SetBkMode(dc, TRANSPARENT);
    SetTextColor(dc, ui_color_text());
    DrawTextW(dc, text, -1, &r, DT_RIGHT | DT_VCENTER | DT_SINGLELINE | DT_NOPREFIX);
    SelectObject(dc, old);
    if (temp) DeleteObject(temp);
}
