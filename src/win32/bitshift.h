/* Programmer mode's "Bit shift" selection (WINDOWS-CALCULATOR.md §1.2): one of
 * four kinds decides what the two shift keys of the keypad and the keys < and >
 * do. The selector button opens a menu of the kinds; the choice is a setting.
 *
 * The shift buttons keep the rule "control id == command id": when the kind
 * changes, each button gets the new command's id (GWLP_ID), label and
 * accessible name, so a click sends the selected command itself and the
 * engine's enabled state and the key flash find the button by that id.
 * A leaf: it changes the keypad's buttons; the caller refreshes. */
#ifndef CALC_BITSHIFT_H
#define CALC_BITSHIFT_H

#include <windows.h>

typedef enum shift_kind {
    SHIFT_ARITHMETIC = 0, /* Lsh / Rsh */
    SHIFT_LOGICAL,        /* Lsh / RshL */
    SHIFT_ROTATE,         /* RoL / RoR */
    SHIFT_ROTATE_CARRY,   /* RoLc / RoRc */
    SHIFT_KIND_COUNT
} shift_kind;

/* kind if it is one, else Arithmetic. */
int bitshift_valid(int kind);
/* The command that IDM_SHIFT_LEFT or IDM_SHIFT_RIGHT means for kind; any other
 * id is returned unchanged. */
int bitshift_translate(int kind, int id);
/* Gives the keypad's selector and shift buttons kind's ids, labels and names
 * (nothing if the keypad has no selector). */
void bitshift_apply(HWND keypad, int kind);
/* Shows the menu of kinds under the keypad's selector button; the choice comes
 * back to owner as WM_COMMAND IDM_SHIFT_ARITHMETIC + kind. */
void bitshift_menu(HWND keypad, HWND owner, int kind);

#endif
