/* Help menu: the keyboard-shortcuts box (made from the key map) and About. */
#ifndef CALC_HELP_H
#define CALC_HELP_H

#include <windows.h>

void help_shortcuts(HINSTANCE inst, HWND owner);
void help_about(HINSTANCE inst, HWND owner);

#endif
