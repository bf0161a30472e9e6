/* Owner-drawn buttons. A button's caption in the .rc is the label drawn on it;
 * once adopted, its window text is its accessible name (what MSAA/UI Automation
 * and screen readers read: "Square root", not "²√x"). */
#ifndef CALC_BUTTONS_H
#define CALC_BUTTONS_H

#include <windows.h>
#include <stdbool.h>

#include "ui.h"

typedef enum button_look {
    LOOK_PLAIN,   /* functions, operators, pane buttons */
    LOOK_DIGIT,   /* digits and the decimal key: lighter */
    LOOK_ACCENT,  /* "=" */
    LOOK_TAB,     /* pane tabs: underlined when active */
    LOOK_PANE,    /* buttons of the side pane: the pane's small font */
    LOOK_BIT      /* programmer bit panel: the bit's value over its index */
} button_look;

/* Keeps the caption as the label (or label if not NULL) and sets name as window text. */
void button_adopt(HWND button, const wchar_t *label, const wchar_t *name);
/* Frees what button_adopt kept; call before the button is destroyed. */
void button_release(HWND button);
const wchar_t *button_label(HWND button);

/* Draws one button: active = a setting currently in force (DEG, HEX, QWORD,
 * F-E, the shown pane tab); value = an extra line (programmer radix rows). */
void button_draw(const DRAWITEMSTRUCT *d, const ui_fonts *f, button_look look, bool active, const wchar_t *value);

/* Window and display colours (high contrast aware). */
COLORREF ui_color_window(void);
COLORREF ui_color_text(void);
COLORREF ui_color_dim_text(void);
HBRUSH ui_window_brush(void);
bool ui_high_contrast(void);

#endif
