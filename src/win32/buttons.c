/* Owner-drawn buttons (buttons.h): flat keys in the style of Windows Calculator,
 * system colours in high-contrast mode, a focus rectangle when the keyboard
 * cues are on. */
#include <windows.h>

#include "buttons.h"
#include "theme.h"

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

/* The window's colours are the theme's (theme.h); these names stay for the panels. */
bool ui_high_contrast(void) { return theme_high_contrast(); }
COLORREF ui_color_window(void) { return theme_color(TC_WINDOW); }
COLORREF ui_color_text(void) { return theme_color(TC_TEXT); }
COLORREF ui_color_dim_text(void) { return theme_color(TC_DIM_TEXT); }
HBRUSH ui_window_brush(void) { return theme_brush(TC_WINDOW); }

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

/* A pressed key: darker in the light palette, lighter in the dark one. */
static COLORREF pressed_face(COLORREF c)
{
    int by = theme_is_dark() ? 28 : -28;
    int r = GetRValue(c) + by, g = GetGValue(c) + by, b = GetBValue(c) + by;
    r = r < 0 ? 0 : r > 255 ? 255 : r;
    g = g < 0 ? 0 : g > 255 ? 255 : g;
    b = b < 0 ? 0 : b > 255 ? 255 : b;
    return RGB(r, g, b);
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

    bool tab = look == LOOK_TAB;
    face = theme_color(look == LOOK_DIGIT ? TC_KEY_DIGIT : look == LOOK_ACCENT ? TC_ACCENT : tab ? TC_WINDOW : TC_KEY);
    text = theme_color(look == LOOK_ACCENT ? TC_ACCENT_TEXT : TC_KEY_TEXT);
    if (active && !tab) face = theme_color(TC_KEY_ACTIVE);
    if (hc && (pressed || (active && !tab))) {
        /* high contrast: the system's highlight pair, never a shade of our own */
        face = GetSysColor(COLOR_HIGHLIGHT);
        text = GetSysColor(COLOR_HIGHLIGHTTEXT);
    } else if (pressed) {
        face = pressed_face(face);
    }
    if (disabled) text = theme_color(look == LOOK_ACCENT ? TC_ACCENT_DISABLED : TC_KEY_DISABLED);
    border = theme_color(active && !tab ? TC_KEY_ACTIVE_BORDER : TC_KEY_BORDER);
    fill(dc, &r, theme_color(TC_WINDOW));
    RECT key = r;
    InflateRect(&key, -1, -1);
    fill(dc, &key, face);
    if (!tab) frame(dc, &key, border);
    if (tab && active) {
        RECT bar = { key.left + 4, key.bottom - 3, key.right - 4, key.bottom };
        fill(dc, &bar, theme_color(TC_ACCENT));
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
        SetTextColor(dc, disabled ? text : theme_color(TC_BIT_INDEX));
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
