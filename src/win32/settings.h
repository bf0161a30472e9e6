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
} settings;

void settings_defaults(settings *s);
void settings_load(settings *s);
void settings_save(const settings *s);

/* Single values for the panels' own settings (the date panel's view and dates).
 * Reads are defensive: false if missing, of another type, or out of [lo, hi];
 * a text is NUL-terminated within cap (longer values are not read). */
bool settings_read_dword(const wchar_t *name, DWORD lo, DWORD hi, DWORD *out);
bool settings_read_text(const wchar_t *name, wchar_t *out, size_t cap);
void settings_write_dword(const wchar_t *name, DWORD v);
void settings_write_text(const wchar_t *name, const wchar_t *text);

/* History of the modes that keep one (mode_table.c history_value): one REG_MULTI_SZ per mode, newest
 * first, each item "expression<TAB>result", at most CALC_HISTORY_MAX items. */
void settings_load_history(calc *c);
void settings_save_history(const calc *c);

#endif
