/* The window's mode table: one row per mode of the engine's table
 * (calc_modes.h), saying how the window shows it. Nothing else in src/win32
 * lists the modes; a mode is a row here, a row in the engine's table, and its
 * panel. What the engine's row says (keypad or form, history or not) is read
 * from there, not repeated here. tests/win32/test_mode_table.c walks both. */
#ifndef CALC_MODE_TABLE_H
#define CALC_MODE_TABLE_H

#include <windows.h>
#include <stdbool.h>

#include "calc.h"
#include "calc_modes.h"

typedef struct panel_ops panel_ops;
typedef struct mode_row mode_row;

/* Which side panes a mode has (from the engine's row: mode_panes_of). */
typedef enum mode_panes {
    PANES_HISTORY_MEMORY, /* a keypad with history: history and memory tabs */
    PANES_MEMORY,         /* a keypad without history (programmer): memory only */
    PANES_NONE            /* a form: no side pane */
} mode_panes;

/* A shortcut: FVIRTKEY | FALT / FCONTROL ..., and the virtual key. */
typedef struct mode_key { unsigned char virt; unsigned short key; } mode_key;
#define MODE_KEYS_MAX 2

struct mode_row {
    calc_mode mode;
    const panel_ops *panel;   /* keypad_panel, date_panel ... (panel.h) */
    WORD dialog;              /* IDD_ template of its panel */
    UINT name;                /* IDS_MODE_*: its name in the shortcut list */
    mode_key keys[MODE_KEYS_MAX]; /* its shortcuts; key 0 = none */
    bool radix_display;       /* the display shows the value in the current radix */
    const wchar_t *history_value; /* registry value of its saved history: the
                                     modes whose engine row keeps a history */
    /* Filled from the engine's row (calc_modes.h) on first use: */
    int command;              /* mode command, also its View menu item */
    bool keypad;              /* CALC_MODE_KEYPAD */
    mode_panes panes;
};

/* Rows of the window's table, completed from the engine's (a mode the engine
 * does not have is left out). */
int mode_count(void);
const mode_row *mode_at(int index);          /* NULL outside 0 .. mode_count()-1 */
const mode_row *mode_find(calc_mode m);      /* NULL if the window has no row for m */
const mode_row *mode_by_command(int command_id); /* NULL if not a mode command */
/* The row of m, or the first row (standard) if there is none: never NULL. */
const mode_row *mode_or_default(calc_mode m);
/* The window's row for engine mode m, ignoring the engine (for the test that
 * compares both tables): NULL if the window has none. */
const mode_row *mode_window_row(calc_mode m);
/* Lowest and highest mode command (the View menu's radio group). */
int mode_first_command(void);
int mode_last_command(void);

#endif
