/* The window's state, shared by the src/win32 modules. One instance lives in
 * main_dialog.c; every module gets it by pointer. Engine state stays in the
 * engine: the window only reads it back through calc.h after each command. */
#ifndef CALC_UI_H
#define CALC_UI_H

#include <windows.h>
#include <stdbool.h>

#include "calc.h"
#include "numfmt.h"

typedef enum pane_kind { PANE_HISTORY = 0, PANE_MEMORY = 1 } pane_kind;

typedef struct ui_fonts {
    HFONT key;         /* keypad labels */
    HFONT key_small;   /* labels too wide for a key at the normal size */
    HFONT display;     /* the big number */
    HFONT expression;  /* expression line */
    HFONT list_small;  /* history expressions, memory pane buttons */
    HFONT list_big;    /* history results, memory values */
    int display_px;    /* height the display font was made for */
} ui_fonts;

typedef struct ui {
    HINSTANCE inst;
    HWND dlg;              /* main window (modeless dialog) */
    HWND keypad;           /* child dialog of the current mode */
    calc_mode keypad_mode; /* which template the keypad was built from */
    SIZE keypad_natural;   /* its template size in pixels at the current DPI */
    calc *calc;
    HACCEL accel;          /* key map of the current mode */
    numfmt fmt;            /* the user's locale number format */
    ui_fonts fonts;
    UINT dpi;

    /* View options (saved in the registry). */
    bool grouping;
    bool topmost;
    bool pane_open;        /* side pane asked for (View > History/Memory) */
    pane_kind pane;
    bool pane_shown;
    int shift_kind;        /* programmer "Bit shift" kind (bitshift.h shift_kind) */       /* open, or the window is wide enough */

    /* Transient message in the expression line ("Invalid input" after a bad paste). */
    wchar_t notice[128];

    /* What the history list shows, to refill it only when it changed. */
    int history_count;
    calc_mode history_mode;
    const char *history_newest;
} ui;

/* Reads the engine back into every control (display, expression, keys, panes). */
void ui_refresh(ui *u);
/* Runs one command id (command_ids.h) and refreshes. */
void ui_execute(ui *u, int command_id);

#endif
