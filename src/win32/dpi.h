/* DPI of a window and the dialog manager's own DPI handling (Windows 10 1607+
 * calls looked up at run time; older systems use the screen's DPI). A leaf. */
#ifndef CALC_DPI_H
#define CALC_DPI_H

#include <windows.h>

/* The window's DPI (96 if nothing better is known). */
UINT dpi_of_window(HWND hwnd);
/* Turns off the dialog manager's re-layout on DPI changes: the window lays
 * out and makes its fonts itself on WM_DPICHANGED. */
void dpi_own_changes(HWND dlg);
/* Pixels at dpi for a length in 96-DPI pixels. */
int dpi_px(UINT dpi, int px96);

#endif
