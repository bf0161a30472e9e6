/* libFuzzer target: random command sequences in every mode. Each input byte picks
 * a command from the table (the first byte picks the starting mode from the mode
 * table); invariants are checked after every command, and clear must always
 * bring back 0. rand is seeded from the input, so an input replays the same. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "calc_modes.h"
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
    uint64_t seed = 14695981039346656037u;    /* FNV-1a of the whole input */
    for (size_t i = 0; i < size; i++)
        seed = (seed ^ data[i]) * 1099511628211u;
    calc_seed(c, seed);
    calc_execute(c, calc_mode_at(data[0] % calc_mode_count())->command);
    int n = command_count();
    for (size_t i = 1; i < size; i++) {
        const command_info *info = command_at(data[i] % n);
        calc_execute(c, info->id);
        inv_check(c);
    }
    if (calc_mode_by_id(calc_get_mode(c))->kind == CALC_MODE_FORM) {
        /* A form mode ignores the keypad (clear included) and keeps its state;
         * clear is checked back on a keypad. */
        char before[256];
        snprintf(before, sizeof before, "%s", calc_display(c));
        calc_execute(c, CMD_CLEAR);
        if (strcmp(calc_display(c), before) != 0)
            inv_fail("a key changed the display in a form mode", calc_display(c));
        calc_execute(c, calc_mode_at(0)->command);
    }
    calc_execute(c, CMD_CLEAR);
    if (strcmp(calc_display(c), "0") != 0)
        inv_fail("clear does not bring back 0", calc_display(c));
    calc_destroy(c);
    return 0;
}
