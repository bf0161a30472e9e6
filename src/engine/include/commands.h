/* The command table: every user action, its id (command_ids.h), its key token
 * (DESIGN.md Contract 1) and metadata for the front ends. Defined once in
 * commands.c; the window, the keyboard map, paste and calculatrice-cli all
 * translate into these ids and end in calc_execute(). */
#ifndef CALC_COMMANDS_H
#define CALC_COMMANDS_H

#include <stdbool.h>

#include "calc_types.h"
#include "command_ids.h"

/* Modes in which a command exists: bit n is calc_mode n (calc_types.h). A form
 * mode (calc_modes.h) has no keypad and takes none of them. CMD_IN_ALL is every
 * keypad mode, present and future, without listing them. */
#define CMD_IN_MODE(m)    (1u << (unsigned)(m))
#define CMD_IN_STANDARD   CMD_IN_MODE(CALC_STANDARD)
#define CMD_IN_SCIENTIFIC CMD_IN_MODE(CALC_SCIENTIFIC)
#define CMD_IN_PROGRAMMER CMD_IN_MODE(CALC_PROGRAMMER)
#define CMD_IN_STATISTICS CMD_IN_MODE(CALC_STATISTICS)
#define CMD_IN_ALL        0xFFu

typedef enum command_kind {
    CMDK_DIGIT,     /* 0-9, A-F, "."                 */
    CMDK_EDIT,      /* neg, back, ce, clear, ee      */
    CMDK_BINARY,    /* + - * / mod pow root logy and or ... lsh ... */
    CMDK_UNARY,     /* functions applied to the display */
    CMDK_CONSTANT,  /* pi, e, rand                   */
    CMDK_PAREN,     /* ( )                           */
    CMDK_EQUALS,
    CMDK_PERCENT,
    CMDK_MEMORY,
    CMDK_SETTING,   /* mode, angle unit, radix, word size, F-E */
    CMDK_BIT        /* bit toggles                   */
} command_kind;

/* A command's name in each language ("Square root", "Racine carrée") is not
 * here: it is in the window's string tables (res/lang/xx-XX.rc, IDS_CMD_BASE + id). */
/* The token is kept in the entry, the id in 16 bits and kind and modes in a
 * byte each: 16 bytes an entry with no pointer (24 and a relocated pointer to
 * a separate string before); a test checks that every token fits with its
 * terminator. */
#define CMD_TOKEN_MAX 11
typedef struct command_info {
    unsigned short id;           /* CMD_FIRST .. CMD_LAST */
    char token[CMD_TOKEN_MAX];   /* Contract 1 token, e.g. "sqrt"        */
    unsigned char kind;          /* command_kind */
    unsigned char modes;         /* CMD_IN_* */
} command_info;

int command_count(void);
const command_info *command_at(int index);
const command_info *command_by_id(int id);          /* NULL if unknown */
const command_info *command_by_token(const char *token); /* NULL if unknown */

#endif
