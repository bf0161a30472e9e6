/* The display (IDC_DISPLAY): an owner-drawn static whose window text is the
 * localised number or error; drawn large, right-aligned, shrunk to fit. */
#ifndef CALC_DISPLAY_H
#define CALC_DISPLAY_H

#include <windows.h>

#include "ui.h"

void display_draw(ui *u, const DRAWITEMSTRUCT *d);
/* Draws owner-drawn static d's window text on the window colour with font
 * (px pixels high), aligned by align (DT_LEFT, DT_RIGHT), margin pixels from
 * the right edge; with a smaller font where it would not fit (px 0: never). */
void display_draw_fitted(const DRAWITEMSTRUCT *d, HFONT font, int px, int margin, UINT align);

#endif
