/* The subcommand table: one row per mode that the command line drives with
 * arguments instead of key tokens (DESIGN.md, Contract 4). */
#include <stddef.h>
#include <string.h>

#include "cli_convert.h"
#include "cli_date.h"
#include "cli_finance.h"
#include "cli_subcommands.h"

static const cli_subcommand subcommands[] = {
    { "convert", cli_convert_main },
    { "date", cli_date_main },
    { "finance", cli_finance_main },
    { NULL, NULL }  /* rows go above this line: { "date", cli_date_main }, */
};

const cli_subcommand *cli_subcommand_find(const char *name)
{
    for (const cli_subcommand *s = subcommands; s->name != NULL; s++)
        if (strcmp(s->name, name) == 0)
            return s;
    return NULL;
}
