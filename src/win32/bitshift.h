/* Programmer mode's "Bit shift" selection (WINDOWS-CALCULATOR.md §1.2): one of
 * four kinds decides what the two shift keys of the keypad and the keys < and >
 * do. The selector button opens a menu of the kinds; the choice is a setting.
 *
 * The shift buttons keep the rule "control id == command id": when the kind
 * changes, each button gets the new command's id (GWLP_ID), label and
 * accessible name, so a click sends the selected command itself and the
 * engine's enabled state and the key flash find the button by that id. */
#ifndef CALC_BITSHIFT_H
#define CALC_BITSHIFT_H

#include <windows.h>

#include "ui.h"

typedef enum shift_kind {
    SHIFT_ARITHMETIC = 0, /* Lsh / Rsh */
    SHIFT_LOGICAL,        /* Lsh / RshL */
    SHIFT_ROTATE,         /* RoL / RoR */
    SHIFT_ROTATE_CARRY,   /* RoLc / RoRc */
    SHIFT_KIND_COUNT
} shift_kind;

/* The command that IDM_SHIFT_LEFT or IDM_SHIFT_RIGHT means for the selected
 * kind; any other id is returned unchanged. */
int bitshift_translate(const ui *u, int id);
/* Sets the kind (out-of-range values give Arithmetic) and updates the keypad. */
void bitshift_select(ui *u, int kind);
/* Gives the keypad's selector and shift buttons the selected kind's ids,
 * labels and names (after the keypad is built). */
void bitshift_apply(ui *u);
/* Shows the menu of kinds under the selector button; the choice comes back as
 * WM_COMMAND IDM_SHIFT_ARITHMETIC + kind. */
void bitshift_menu(ui *u);

#endif
