/* The keypad: one child dialog per mode (IDD_STANDARD, IDD_SCIENTIFIC,
 * IDD_PROGRAMMER) whose button ids are command ids. It forwards WM_COMMAND and
 * WM_DRAWITEM to the main window and scales its buttons with its own size. */
#ifndef CALC_KEYPAD_H
#define CALC_KEYPAD_H

#include <windows.h>

#include "ui.h"

/* Replaces u->keypad by the keypad of mode m; sets u->keypad_natural. */
bool keypad_build(ui *u, calc_mode m);
/* Enables each button as the engine says and redraws the keys whose look depends
 * on the state (active settings, programmer rows and bits). */
void keypad_update(ui *u);
/* Size of a typical key (the "7") after layout, for the key font. */
SIZE keypad_key_size(HWND keypad);

#endif
