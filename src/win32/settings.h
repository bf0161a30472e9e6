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
    bool pane_open;
    int pane;            /* pane_kind */
    int shift_kind;      /* programmer Bit shift kind (bitshift.h), 0..3 */
    bool has_rect;       /* window rectangle, used only if on an existing monitor */
    RECT rect;
} settings;

void settings_defaults(settings *s);
void settings_load(settings *s);
void settings_save(const settings *s);

/* History of standard and scientific mode: one REG_MULTI_SZ per mode, newest
 * first, each item "expression<TAB>result", at most CALC_HISTORY_MAX items. */
void settings_load_history(calc *c);
void settings_save_history(const calc *c);

#endif
