/* Keyboard hints: hovering a key of the panel, or giving it the keyboard focus,
 * shows a tooltip with what it does and its key ("Square root — @"), from the
 * command's name and the key map. The same key text becomes the key's
 * accessible keyboard shortcut (access.h). One tooltip window per main window. */
#ifndef CALC_TOOLTIPS_H
#define CALC_TOOLTIPS_H

#include <windows.h>

#include "ui.h"

/* Adds a tool for each key of panel_hwnd (a new panel of mode m). */
void tooltips_attach(ui *u, HWND panel_hwnd, calc_mode m);
/* Removes the tools of panel_hwnd's keys (before the panel is destroyed). */
void tooltips_detach(ui *u, HWND panel_hwnd);
/* A key was drawn: shows its hint under it when it has the keyboard focus
 * (focus rectangle shown), hides the hint when that key loses it. */
void tooltips_key_drawn(ui *u, const DRAWITEMSTRUCT *d);
#endif
