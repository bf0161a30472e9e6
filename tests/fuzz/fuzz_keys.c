/* libFuzzer target: random command sequences in every mode. Each input byte picks
 * a command from the table (the first byte picks the starting mode); invariants
 * are checked after every command, and clear must always bring back 0. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "commands.h"
#include "fuzz_invariants.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 4096)
        return 0;
    calc *c = calc_create();
    if (!c)
        return 0;
    static const int modes[] = { CMD_STANDARD, CMD_SCIENTIFIC, CMD_PROGRAMMER };
    calc_execute(c, modes[data[0] % 3]);
    int n = command_count();
    for (size_t i = 1; i < size; i++) {
        const command_info *info = command_at(data[i] % n);
        calc_execute(c, info->id);
        inv_check(c);
    }
    calc_execute(c, CMD_CLEAR);
    if (strcmp(calc_display(c), "0") != 0)
        inv_fail("clear does not bring back 0", calc_display(c));
    calc_destroy(c);
    return 0;
}
