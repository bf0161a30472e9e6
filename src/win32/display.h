/* The display (IDC_DISPLAY): an owner-drawn static whose window text is the
 * localised number or error; drawn large, right-aligned, shrunk to fit. */
#ifndef CALC_DISPLAY_H
#define CALC_DISPLAY_H

#include <windows.h>

#include "ui.h"

void display_draw(ui *u, const DRAWITEMSTRUCT *d);

#endif
