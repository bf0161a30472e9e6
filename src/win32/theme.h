/* Colours of everything the window draws: one palette table with a light and
 * a dark column, chosen by View > Theme (System follows Windows' app theme,
 * HKCU\...\Themes\Personalize\AppsUseLightTheme), and system colours instead
 * of both when high contrast is on. The choice is saved (setting "Theme").
 *
 * For panels: a form's dialog procedure answers every WM_CTLCOLOR* message
 * with one call, theme_dialog_color(msg, wp, lp) (panel.c does it for the
 * forms), and owner-drawn parts use theme_color(TC_...). The main window calls
 * theme_apply(panel) on each new panel, which themes its standard controls
 * (scroll bars, combo boxes, radio buttons) for the palette in force. */
#ifndef CALC_THEME_H
#define CALC_THEME_H

#include <windows.h>
#include <stdbool.h>

typedef enum theme_choice { THEME_SYSTEM = 0, THEME_LIGHT = 1, THEME_DARK = 2 } theme_choice;

/* Colour roles; theme.c has one row per role (light, dark, high-contrast system colour). */
typedef enum theme_color_id {
    TC_WINDOW,         /* window, display and panel background */
    TC_TEXT,           /* display, labels */
    TC_DIM_TEXT,       /* expression line, history expressions */
    TC_FIELD,          /* edit boxes, lists */
    TC_KEY,            /* function and operator keys */
    TC_KEY_DIGIT,      /* digit keys */
    TC_KEY_TEXT,
    TC_KEY_DISABLED,   /* text of a disabled key */
    TC_KEY_BORDER,
    TC_KEY_ACTIVE,     /* a setting in force (DEG, HEX): face */
    TC_KEY_ACTIVE_BORDER,
    TC_ACCENT,         /* "=" face, active tab bar */
    TC_ACCENT_TEXT,
    TC_ACCENT_DISABLED,
    TC_BIT_INDEX,      /* programmer bit panel: the index under the bit */
    TC_SELECTION,      /* selected list item */
    TC_SELECTION_TEXT,
    TC_COUNT
} theme_color_id;

/* Reads the saved choice and the system's theme; call once before the window exists. */
void theme_init(void);
theme_choice theme_get_choice(void);
/* Sets and saves the choice; true if the palette in force changed. */
bool theme_set_choice(theme_choice c);
/* Reads the system's theme and high contrast again (WM_SETTINGCHANGE,
 * WM_SYSCOLORCHANGE); true if the palette in force changed. */
bool theme_refresh(void);

bool theme_is_dark(void);        /* the dark palette is in force (never with high contrast) */
bool theme_high_contrast(void);
COLORREF theme_color(theme_color_id c);
HBRUSH theme_brush(theme_color_id c);   /* owned by theme.c, valid until the next change */

/* Answer to a WM_CTLCOLOR* message: colours set on dc, the brush to return. */
INT_PTR theme_ctl_color(UINT msg, HDC dc, HWND ctl);
/* For dialog procedures: theme_ctl_color for WM_CTLCOLORDLG, STATIC, BTN,
 * EDIT and LISTBOX (wp the dc, lp the control); FALSE for any other message. */
INT_PTR theme_dialog_color(UINT msg, WPARAM wp, LPARAM lp);
/* Title bar of top-level window top (immersive dark mode, where Windows has it)
 * and the standard controls under it, for the palette in force; repaints all. */
void theme_apply(HWND top);

/* View > Theme: the three menu items are IDM_THEME_SYSTEM + choice. */
void theme_check_menu(HMENU menu);

#endif
