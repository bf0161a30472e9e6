/* Placing the main window's children for its current size and DPI, and the
 * fonts that go with them: the keypad and its fonts scale with the window;
 * the side pane appears when the window is wide enough or is asked for. */
#ifndef CALC_LAYOUT_H
#define CALC_LAYOUT_H

#include <windows.h>

#include "ui.h"

/* Keypad template size now (it was measured at another DPI perhaps). */
SIZE layout_keypad_natural(const ui *u);
int layout_pane_width(const ui *u);
int layout_top_height(const ui *u);

void layout_apply(ui *u);
/* Client size that shows the keypad at its template size (plus the pane). */
SIZE layout_natural_client(const ui *u, BOOL with_pane);
/* Resizes the window so that its client area is cw x ch (keeps its position). */
void layout_set_client(ui *u, int cw, int ch);
void layout_min_track(const ui *u, MINMAXINFO *mmi);
/* Makes the list fonts for the DPI (also called on WM_DPICHANGED). */
void layout_dpi_fonts(ui *u);
void layout_free_fonts(ui *u);

#endif
