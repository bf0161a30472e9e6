/* calc_modes: the table of modes (calc_modes.h). Adding a mode adds a row
 * here, its enum value and its mode command; tests/engine/test_modes.c walks it. */
#include "calc_modes.h"

#include <stddef.h>
#include <string.h>

#include "command_ids.h"
#include "commands.h"

/* Standard mode also executes the scientific keys typed from the keyboard. */
#define STD_SCI (CMD_IN_STANDARD | CMD_IN_SCIENTIFIC)

static const calc_mode_info table[] = {
    /* token       id               command         prec kind              prec.  accepts            history */
    { "standard",   CALC_STANDARD,   CMD_STANDARD,   16,  CALC_MODE_KEYPAD, false, STD_SCI,           0 },
    { "scientific", CALC_SCIENTIFIC, CMD_SCIENTIFIC, 32,  CALC_MODE_KEYPAD, true,  STD_SCI,           1 },
    { "programmer", CALC_PROGRAMMER, CMD_PROGRAMMER, 64,  CALC_MODE_KEYPAD, true,  CMD_IN_PROGRAMMER, -1 },
    { "date",       CALC_DATE,       CMD_DATE,       16,  CALC_MODE_FORM,   false, 0,                 -1 },
    /* Statistics: scientific mode's arithmetic plus the data list keys; the
     * data list is its record, so it keeps no history (as Windows 7). */
    { "statistics", CALC_STATISTICS, CMD_STATISTICS, 32,  CALC_MODE_KEYPAD, true,  STD_SCI | CMD_IN_STATISTICS, -1 },
    { "converter",  CALC_CONVERTER,  CMD_CONVERTER,  16,  CALC_MODE_FORM,   false, 0,                 -1 },
    { "finance",    CALC_FINANCE,    CMD_FINANCE,    16,  CALC_MODE_FORM,   false, 0,                 -1 },
};

#define COUNT ((int)(sizeof table / sizeof table[0]))

int calc_mode_count(void)
{
    return COUNT;
}

const calc_mode_info *calc_mode_at(int index)
{
    return index >= 0 && index < COUNT ? &table[index] : NULL;
}

const calc_mode_info *calc_mode_by_id(calc_mode m)
{
    for (int i = 0; i < COUNT; i++)
        if (table[i].id == m)
            return &table[i];
    return NULL;
}

const calc_mode_info *calc_mode_by_command(int command_id)
{
    for (int i = 0; i < COUNT; i++)
        if (table[i].command == command_id)
            return &table[i];
    return NULL;
}

const calc_mode_info *calc_mode_by_token(const char *token)
{
    if (token == NULL)
        return NULL;
    for (int i = 0; i < COUNT; i++)
        if (strcmp(table[i].token, token) == 0)
            return &table[i];
    return NULL;
}
