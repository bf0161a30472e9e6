/* Settings in HKCU\Software\Calculatrice (STYLE.md §2.7): defaults first, then
 * each stored value that is present, of the right type and in range. Corrupt or
 * missing values give the default; nothing here can stop the program starting. */
#ifndef CALC_SETTINGS_H
#define CALC_SETTINGS_H

#include <windows.h>
#include <stdbool.h>

#include "calc.h"

#define SETTINGS_KEY L"Software\\Calculatrice"

typedef struct settings {
    calc_mode mode;
    angle_unit angle;
    bool topmost;
    bool grouping;
    bool mixed;          /* fraction view as mixed numbers (calc_set_mixed) */
    bool pane_open;
    int pane;            /* pane_kind */
    int shift_kind;      /* programmer Bit shift kind (bitshift.h), 0..3 */
    bool has_rect;       /* window rectangle, used only if on an existing monitor */
    RECT rect;
    bool keep_history;   /* history and memory saved on disk (View menu; persist.h) */
    bool damaged;        /* settings_load: a stored value was there but not usable */
} settings;

void settings_defaults(settings *s);
void settings_load(settings *s);
/* Each value is written in one call (a value is replaced whole or not at all). */
void settings_save(const settings *s);
/* Same saved values (the window saves only what changed). */
bool settings_equal(const settings *a, const settings *b);

/* Single values for the panels' own settings (the date panel's view and dates).
 * Reads are defensive: false if missing, of another type, or out of [lo, hi];
 * a text is NUL-terminated within cap (longer values are not read). */
bool settings_read_dword(const wchar_t *name, DWORD lo, DWORD hi, DWORD *out);
bool settings_read_text(const wchar_t *name, wchar_t *out, size_t cap);
void settings_write_dword(const wchar_t *name, DWORD v);
void settings_write_text(const wchar_t *name, const wchar_t *text);

/* History as older versions saved it, read once to move it to its file
 * (persist.h): one REG_MULTI_SZ per mode that keeps one (mode_table.c
 * history_value), newest first, each item "expression<TAB>result". true if a
 * value was there but damaged (wrong type, too big, bad items: skipped). */
bool settings_load_history(calc *c);
/* Deletes those values (moved to the file, or persistence turned off). */
void settings_delete_history(void);

#endif
