/* The keypads: the panel of every keypad mode (mode_table.c: standard,
 * scientific, programmer). A child dialog whose button ids are command ids;
 * it scales its buttons with its own size and draws them (buttons.c). The
 * panel interface is keypad_panel (panel.h); this header adds what the
 * window's layout needs. */
#ifndef CALC_KEYPAD_H
#define CALC_KEYPAD_H

#include <windows.h>

/* Size of a typical key (the "7") after layout, for the key font; 0 x 0 if the
 * panel has no such key (a form). */
SIZE keypad_key_size(HWND kp);

#endif
