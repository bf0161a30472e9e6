/* The window's mode table: one row per mode of the engine (calc_mode), saying
 * how the window shows it. Nothing else in src/win32 lists the modes; a mode is
 * a row here, a row in the engine's table, and its panel.
 * tests/gui/modes.c checks that both tables have the same modes. */
#ifndef CALC_MODE_TABLE_H
#define CALC_MODE_TABLE_H

#include <windows.h>
#include <stdbool.h>

#include "calc.h"

typedef struct panel_ops panel_ops;
typedef struct mode_row mode_row;

typedef enum panel_kind { PANEL_KEYPAD, PANEL_FORM } panel_kind;

/* Which side panes the mode has. */
typedef enum mode_panes {
    PANES_HISTORY_MEMORY, /* history and memory tabs */
    PANES_MEMORY,         /* memory only (programmer: no history) */
    PANES_NONE            /* no side pane (forms) */
} mode_panes;

/* A shortcut: FVIRTKEY | FALT / FCONTROL ..., and the virtual key. */
typedef struct mode_key { unsigned char virt; unsigned short key; } mode_key;
#define MODE_KEYS_MAX 2

struct mode_row {
    calc_mode mode;
    int command;              /* mode command (command_ids.h), also its View menu item */
    panel_kind kind;
    const panel_ops *panel;   /* keypad_panel, date_panel ... (panel.h) */
    WORD dialog;              /* IDD_ template of its panel */
    UINT name;                /* IDS_MODE_*: its name in the shortcut list */
    mode_key keys[MODE_KEYS_MAX]; /* its shortcuts; key 0 = none */
    mode_panes panes;
    bool radix_display;       /* the display shows the value in the current radix */
    const wchar_t *history_value; /* registry value of its saved history, or NULL */
};

int mode_count(void);
const mode_row *mode_at(int index);          /* NULL outside 0 .. mode_count()-1 */
const mode_row *mode_find(calc_mode m);      /* NULL if the window has no row for m */
const mode_row *mode_by_command(int command_id); /* NULL if not a mode command */
/* The row of m, or the first row (standard) if there is none: never NULL. */
const mode_row *mode_or_default(calc_mode m);
/* Lowest and highest mode command (the View menu's radio group). */
int mode_first_command(void);
int mode_last_command(void);

#endif
