/* The window's state, shared by the src/win32 modules. One instance per main
 * window, allocated by main_dialog.c and kept in the dialog's DWLP_USER; every
 * module gets it by pointer. Engine state stays in the engine: the window only
 * reads it back through calc.h after each command.
 *
 * Who refreshes: only main_dialog.c. The other modules change state and report
 * it (a return value, or WM_APP_PANEL_CHANGED posted to the main window). */
#ifndef CALC_UI_H
#define CALC_UI_H

#include <windows.h>
#include <stdbool.h>

#include "calc.h"
#include "numfmt.h"
#include "settings.h"

/* Posted to the main window by a panel whose result changed on its own (a
 * date picker): the main window refreshes the display. */
#define WM_APP_PANEL_CHANGED (WM_APP + 2)

typedef enum pane_kind { PANE_HISTORY = 0, PANE_MEMORY = 1 } pane_kind;

typedef struct ui_fonts {
    HFONT key;         /* keypad labels */
    HFONT key_small;   /* labels too wide for a key at the normal size */
    HFONT display;     /* the big number */
    HFONT expression;  /* expression line */
    HFONT list_small;  /* history expressions, memory pane buttons, form labels */
    HFONT list_big;    /* history results, memory values */
    int display_px;    /* height the display font was made for */
} ui_fonts;

typedef struct mode_row mode_row;
typedef struct persist persist;

/* The area under the display (panel.h): a keypad or a form. */
typedef struct panel {
    const mode_row *row;   /* the mode it was built for (mode_table.h); its ops */
    HWND hwnd;             /* child dialog, control id IDC_KEYPAD */
    SIZE natural;          /* its template size in pixels at the DPI of the window */
    void *data;            /* the implementation's own */
} panel;

typedef struct ui {
    HINSTANCE inst;
    HWND dlg;              /* main window (modeless dialog) */
    panel panel;           /* of the current mode */
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
    bool pane_shown;       /* open, or the window is wide enough */
    int shift_kind;        /* programmer "Bit shift" kind (bitshift.h shift_kind) */

    /* Transient message in the expression line ("Invalid input" after a bad paste). */
    wchar_t notice[128];

    /* What the panes show, to touch them only where it changed (panes.c). */
    int history_count;        /* items in the history list; -1: refill both lists */
    calc_mode history_mode;
    uint32_t panes_revision;  /* calc_revision when the lists were last brought up to date */
    unsigned panes_view;      /* the number formatting they were made with */
    int panes_controls;       /* what show_controls last did; -1: not done yet */

    /* Saved state (persist.h): history and memory files, the settings last
     * written, and whether the short save timer is running. */
    persist *persist;
    bool keep_history;     /* View > Keep history and memory */
    settings saved;
    uint32_t data_saved;   /* calc_data_revision of the statistics list saved */
    bool save_pending;

    HWND flashed;          /* button shown pressed for a key of the map */
    bool flash_pending;    /* its timer runs */
    INT_PTR commands;      /* commands run (test seam: note_command) */
    bool menu_open;        /* the user has a menu open (items may be greyed) */
} ui;

/* Pixels at the window's DPI for a length in 96-DPI pixels. */
static inline int ui_px(const ui *u, int px96) { return MulDiv(px96, (int)(u->dpi ? u->dpi : 96), 96); }

#endif
