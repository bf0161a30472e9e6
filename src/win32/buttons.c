/* Owner-drawn buttons (buttons.h): flat keys in the style of Windows Calculator,
 * system colours in high-contrast mode, a focus rectangle when the keyboard
 * cues are on. */
#include <windows.h>

#include "buttons.h"

static const wchar_t *LABEL_PROP = L"CalculatriceLabel";

void button_adopt(HWND button, const wchar_t *label, const wchar_t *name)
{
    wchar_t caption[64];
    if (!label) {
        GetWindowTextW(button, caption, 64);
        label = caption;
    }
    size_t n = wcslen(label) + 1;
    wchar_t *copy = HeapAlloc(GetProcessHeap(), 0, n * sizeof *copy);
    if (copy) {
        memcpy(copy, label, n * sizeof *copy);
        wchar_t *old = GetPropW(button, LABEL_PROP);
        if (old) HeapFree(GetProcessHeap(), 0, old);
        SetPropW(button, LABEL_PROP, copy);
    }
    if (name && name[0]) SetWindowTextW(button, name);
}

void button_release(HWND button)
{
    wchar_t *label = RemovePropW(button, LABEL_PROP);
    if (label) HeapFree(GetProcessHeap(), 0, label);
}

const wchar_t *button_label(HWND button)
{
    const wchar_t *label = GetPropW(button, LABEL_PROP);
    return label ? label : L"";
}

bool ui_high_contrast(void)
{
    HIGHCONTRASTW hc = { sizeof hc, 0, NULL };
    return SystemParametersInfoW(SPI_GETHIGHCONTRAST, sizeof hc, &hc, 0) && (hc.dwFlags & HCF_HIGHCONTRASTON);
}

COLORREF ui_color_window(void) { return ui_high_contrast() ? GetSysColor(COLOR_WINDOW) : RGB(238, 238, 238); }
COLORREF ui_color_text(void) { return ui_high_contrast() ? GetSysColor(COLOR_WINDOWTEXT) : RGB(20, 20, 20); }
COLORREF ui_color_dim_text(void) { return ui_high_contrast() ? GetSysColor(COLOR_WINDOWTEXT) : RGB(96, 96, 96); }

HBRUSH ui_window_brush(void)
{
    static HBRUSH brush;
    static COLORREF made_for = CLR_INVALID;
    COLORREF c = ui_color_window();
    if (!brush || made_for != c) {
        if (brush) DeleteObject(brush);
        brush = CreateSolidBrush(c);
        made_for = c;
    }
    return brush;
}

static void fill(HDC dc, const RECT *r, COLORREF c)
{
    SetBkColor(dc, c);
    ExtTextOutW(dc, 0, 0, ETO_OPAQUE, r, NULL, 0, NULL);
}

static void frame(HDC dc, const RECT *r, COLORREF c)
{
    HBRUSH b = CreateSolidBrush(c);
    FrameRect(dc, r, b);
    DeleteObject(b);
}

static COLORREF darker(COLORREF c, int by)
{
    int r = GetRValue(c) - by, g = GetGValue(c) - by, b = GetBValue(c) - by;
    return RGB(r < 0 ? 0 : r, g < 0 ? 0 : g, b < 0 ? 0 : b);
}

/* The largest of the two key fonts with which text fits in width. */
static HFONT fitting_font(HDC dc, const ui_fonts *f, const wchar_t *text, int width)
{
    SIZE sz;
    HFONT old = SelectObject(dc, f->key);
    GetTextExtentPoint32W(dc, text, (int)wcslen(text), &sz);
    SelectObject(dc, old);
    return sz.cx <= width ? f->key : f->key_small;
}

/* Draws text in r with font, or with a smaller copy of font when it is too
 * wide, so that no label is clipped (long translations, high DPI). */
static void draw_fitted(HDC dc, HFONT font, const wchar_t *text, RECT *r, UINT flags)
{
    SIZE sz;
    int width = r->right - r->left, len = (int)wcslen(text);
    HFONT old = SelectObject(dc, font), smaller = NULL;
    LOGFONTW lf;
    if (len > 0 && width > 0 && GetTextExtentPoint32W(dc, text, len, &sz) && sz.cx > width &&
        GetObjectW(font, sizeof lf, &lf)) {
        int h = lf.lfHeight < 0 ? -lf.lfHeight : lf.lfHeight;
        int fit = MulDiv(h, width, sz.cx);
        /* Widths do not scale exactly with the height: step down until it fits. */
        for (int tries = 0; tries < 8; tries++, fit--) {
            lf.lfHeight = -(fit < 6 ? 6 : fit);
            lf.lfWidth = 0;
            SelectObject(dc, font);
            if (smaller) DeleteObject(smaller);
            smaller = CreateFontIndirectW(&lf);
            if (!smaller) break;
            SelectObject(dc, smaller);
            if (fit <= 6 || !GetTextExtentPoint32W(dc, text, len, &sz) || sz.cx <= width) break;
        }
    }
    DrawTextW(dc, text, -1, r, flags);
    SelectObject(dc, old);
    if (smaller) DeleteObject(smaller);
}

void button_draw(const DRAWITEMSTRUCT *d, const ui_fonts *f, button_look look, bool active, const wchar_t *value)
{
    HDC dc = d->hDC;
    RECT r = d->rcItem;
    bool pressed = (d->itemState & ODS_SELECTED) != 0;
    bool disabled = (d->itemState & ODS_DISABLED) != 0;
    bool hc = ui_high_contrast();
    COLORREF face, text, border;

    if (hc) {
        face = GetSysColor(pressed || active ? COLOR_HIGHLIGHT : COLOR_BTNFACE);
        text = GetSysColor(disabled ? COLOR_GRAYTEXT : (pressed || active ? COLOR_HIGHLIGHTTEXT : COLOR_BTNTEXT));
        border = GetSysColor(COLOR_BTNTEXT);
    } else {
        face = look == LOOK_DIGIT ? RGB(252, 252, 252) : look == LOOK_ACCENT ? RGB(0, 95, 184) : RGB(246, 246, 246);
        if (look == LOOK_TAB) face = ui_color_window();
        if (active && look != LOOK_TAB) face = RGB(204, 228, 247);
        if (pressed) face = darker(face, 28);
        text = look == LOOK_ACCENT ? RGB(255, 255, 255) : RGB(20, 20, 20);
        if (disabled) text = look == LOOK_ACCENT ? RGB(170, 200, 230) : RGB(165, 165, 165);
        border = active && look != LOOK_TAB ? RGB(0, 120, 215) : RGB(214, 214, 214);
    }
    fill(dc, &r, ui_color_window());
    RECT key = r;
    InflateRect(&key, -1, -1);
    fill(dc, &key, face);
    if (look != LOOK_TAB) frame(dc, &key, border);
    if (look == LOOK_TAB && active) {
        RECT bar = { key.left + 4, key.bottom - 3, key.right - 4, key.bottom };
        fill(dc, &bar, hc ? GetSysColor(COLOR_HIGHLIGHT) : RGB(0, 95, 184));
    }

    const wchar_t *label = button_label(d->hwndItem);
    SetBkMode(dc, TRANSPARENT);
    SetTextColor(dc, text);
    RECT tr = key;
    InflateRect(&tr, -2, -1);
    if (look == LOOK_BIT) {
        RECT top = tr, bottom = tr;
        top.bottom = tr.top + (tr.bottom - tr.top) * 3 / 5;
        bottom.top = top.bottom;
        HFONT old = SelectObject(dc, f->key);
        DrawTextW(dc, value ? value : L"", -1, &top, DT_CENTER | DT_BOTTOM | DT_SINGLELINE | DT_NOPREFIX);
        SelectObject(dc, f->key_small);
        SetTextColor(dc, disabled ? text : RGB(120, 120, 120));
        DrawTextW(dc, label, -1, &bottom, DT_CENTER | DT_TOP | DT_SINGLELINE | DT_NOPREFIX);
        SelectObject(dc, old);
    } else if (value) {
        /* radix row: label on the left, the live value on the right */
        HFONT old = SelectObject(dc, f->key_small);
        RECT lr = tr;
        lr.left += 4;
        DrawTextW(dc, label, -1, &lr, DT_LEFT | DT_VCENTER | DT_SINGLELINE | DT_NOPREFIX);
        tr.left += (tr.right - tr.left) / 8;
        tr.right -= 4;
        DrawTextW(dc, value, -1, &tr, DT_RIGHT | DT_VCENTER | DT_SINGLELINE | DT_NOPREFIX | DT_END_ELLIPSIS);
        SelectObject(dc, old);
    } else {
        HFONT font = look == LOOK_TAB || look == LOOK_PANE ? f->list_small : fitting_font(dc, f, label, tr.right - tr.left);
        draw_fitted(dc, font, label, &tr, DT_CENTER | DT_VCENTER | DT_SINGLELINE | DT_NOPREFIX);
    }
    if ((d->itemState & ODS_FOCUS) && !(d->itemState & ODS_NOFOCUSRECT)) {
        RECT fr = key;
        InflateRect(&fr, -2, -2);
        SetTextColor(dc, RGB(0, 0, 0));
        SetBkColor(dc, RGB(255, 255, 255));
        DrawFocusRect(dc, &fr);
    }
}
