/* calc_modes: the one table of the calculator's modes (DESIGN.md "Modes beyond
 * the keypad"). Each row says what the engine knows of a mode: its id, the
 * command that switches to it, its token, its precision, whether it has a
 * keypad or is a form, and which history list it keeps. Front ends build
 * their own tables (panels, menus, CLI options) against this one; nothing
 * else lists the modes by hand. Rows are in calc_mode order. */
#ifndef CALC_CALC_MODES_H
#define CALC_CALC_MODES_H

#include <stdbool.h>

#include "calc_types.h"

typedef enum calc_mode_kind {
    CALC_MODE_KEYPAD,   /* keys drive the calculator (calc_execute)           */
    CALC_MODE_FORM      /* a form over a domain module; keypad keys disabled */
} calc_mode_kind;

/* History lists the engine keeps; every slot belongs to exactly one mode. */
#define CALC_HISTORY_SLOTS 2

/* The token in place and the small fields in a byte each: 20 bytes a row
 * with no pointer (48 and a relocated pointer to a separate string before). */
typedef struct calc_mode_info {
    char token[11];                /* "standard": Contract 1 token of its command   */
    unsigned char id;              /* calc_mode                                     */
    unsigned short command;        /* CMD_STANDARD ...: the key that switches to it */
    unsigned char precision;       /* significant digits shown (programmer: 64-bit ints) */
    unsigned char kind;            /* calc_mode_kind                                */
    bool precedence;               /* operators by precedence (false: left to right) */
    unsigned char accepts;         /* CMD_IN_* bits of the commands it executes (0: form) */
    signed char history_slot;      /* 0 .. CALC_HISTORY_SLOTS-1, or -1: keeps no history */
} calc_mode_info;

/* Number of rows (modes). */
int calc_mode_count(void);
/* Row `index` (0 .. calc_mode_count()-1), NULL outside. */
const calc_mode_info *calc_mode_at(int index);
/* The row of mode m, NULL if m is not a mode. */
const calc_mode_info *calc_mode_by_id(calc_mode m);
/* The row whose mode command is command_id, NULL if it is none. */
const calc_mode_info *calc_mode_by_command(int command_id);
/* The row whose token is `token` ("scientific"), NULL if none. */
const calc_mode_info *calc_mode_by_token(const char *token);

#endif
