/* Drawing the display (display.h). */
#include <windows.h>

#include "buttons.h"
#include "display.h"
#include "fonts.h"

void display_draw_fitted(const DRAWITEMSTRUCT *d, HFONT font, int px, int margin, UINT align)
{
    wchar_t text[512];
    GetWindowTextW(d->hwndItem, text, 512);
    HDC dc = d->hDC;
    RECT r = d->rcItem;
    SetBkColor(dc, ui_color_window());
    ExtTextOutW(dc, 0, 0, ETO_OPAQUE, &r, NULL, 0, NULL);
    r.right -= margin;
    int avail = r.right - r.left - 2;

    /* Long numbers and error messages get a smaller font rather than being cut. */
    HFONT temp = NULL;
    SIZE sz;
    HFONT old = SelectObject(dc, font);
    GetTextExtentPoint32W(dc, text, (int)wcslen(text), &sz);
    if (sz.cx > avail && avail > 0 && px > 0) {
        /* Widths do not scale exactly with the height (hinting): step down
         * from the proportional size until the text really fits. */
        px = MulDiv(px, avail, sz.cx);
        for (int tries = 0; tries < 12; tries++, px--) {
            if (temp) DeleteObject(temp);
            temp = font_make(px < 6 ? 6 : px, FW_SEMIBOLD);
            SelectObject(dc, temp);
            if (px <= 6 || !GetTextExtentPoint32W(dc, text, (int)wcslen(text), &sz) || sz.cx <= avail) break;
        }
    }
    SetBkMode(dc, TRANSPARENT);
    SetTextColor(dc, ui_color_text());
    DrawTextW(dc, text, -1, &r, align | DT_VCENTER | DT_SINGLELINE | DT_NOPREFIX);
    SelectObject(dc, old);
    if (temp) DeleteObject(temp);
}

void display_draw(ui *u, const DRAWITEMSTRUCT *d) { display_draw_fitted(d, u->fonts.display, u->fonts.display_px, 2, DT_RIGHT); }
