/* The side pane: history (click an item to recall it; delete one, clear all)
 * and memory (the list, and MR/M+/M-/MC acting on the selected item). */
#ifndef CALC_PANES_H
#define CALC_PANES_H

#include <windows.h>
#include <stdbool.h>

#include "ui.h"

void panes_init(ui *u);
/* Refills the lists from the engine when they changed. */
void panes_refresh(ui *u);
/* Places (or hides) the pane's controls in area. */
void panes_layout(ui *u, const RECT *area);
void panes_draw_item(ui *u, const DRAWITEMSTRUCT *d);
/* Handles a command from a pane control; false if id is not one. *changed
 * says whether the window must refresh (the caller does it). */
bool panes_command(ui *u, int id, int code, bool *changed);
/* The pane the mode shows: u->pane, or the memory in a mode without history. */
pane_kind panes_shown_kind(const ui *u);

#endif
