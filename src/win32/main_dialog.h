/* The main window (main_dialog.c). */
#ifndef CALC_MAIN_DIALOG_H
#define CALC_MAIN_DIALOG_H

#include <windows.h>
#include <stdbool.h>

HWND main_dialog_create(HINSTANCE inst, int show);
/* The key map of the current mode; true if the message was a mapped key. */
bool main_dialog_translate(HWND dlg, MSG *m);


#endif
