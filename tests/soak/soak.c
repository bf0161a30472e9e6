/* Soak test: millions of random key presses in one process, in every mode.
 * After each command the invariants of tests/fuzz/fuzz_invariants.h must hold
 * (display is a number or an error text, memory and history within bounds) and
 * every so often `clear` must bring back 0. Prints the slowest single command
 * seen, in CPU time (the budget is 5 ms natively; a figure, not an assertion).
 * Usage: soak [presses] [seed]   (default 1,000,000; README documents 10,000,000) */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "commands.h"
#include "../fuzz/fuzz_invariants.h"

static uint64_t rng_state;

static uint64_t next_random(void)
{
    /* xorshift64*: reproducible from the seed */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717ULL;
}

static double clock_seconds(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double now_seconds(void) { return clock_seconds(CLOCK_MONOTONIC); }

/* Per-command cost is measured in this thread's CPU time, so that a busy shared
 * machine (preemption) does not show up as a slow command. */
static double cpu_seconds(void) { return clock_seconds(CLOCK_THREAD_CPUTIME_ID); }

int main(int argc, char **argv)
{
    long long presses = argc > 1 ? atoll(argv[1]) : 1000000LL;
    rng_state = argc > 2 ? strtoull(argv[2], NULL, 10) : 0x9E3779B97F4A7C15ULL;
    if (rng_state == 0)
        rng_state = 1;

    calc *c = calc_create();
    if (!c)
        return 1;
    int n = command_count();
    double worst = 0;
    int worst_id = 0;
    char worst_display[256] = "", worst_before[256] = "", before[256];
    long long clears = 0;
    double start = now_seconds();
    for (long long i = 0; i < presses; i++) {
        uint64_t r = next_random();
        int id;
        if (r % 1000 == 0) {
            /* switch mode now and then so every mode gets its share */
            id = calc_mode_at((int)((r >> 20) % (uint64_t)calc_mode_count()))->command;
        } else {
            id = command_at((int)((r >> 32) % (uint64_t)n))->id;
        }
        snprintf(before, sizeof before, "%s", calc_display(c));
        double t0 = cpu_seconds();
        calc_execute(c, id);
        double dt = cpu_seconds() - t0;
        if (dt > worst) {
            worst = dt;
            worst_id = id;
            snprintf(worst_display, sizeof worst_display, "%s", calc_display(c));
            memcpy(worst_before, before, sizeof before);
        }
        inv_check(c);
        if (r % 4096 == 1 && calc_mode_by_id(calc_get_mode(c))->kind == CALC_MODE_KEYPAD) {
            calc_execute(c, CMD_CLEAR);             /* a form mode ignores it */
            clears++;
            if (strcmp(calc_display(c), "0") != 0)
                inv_fail("clear does not bring back 0", calc_display(c));
        }
    }
    double total = now_seconds() - start;
    const command_info *wi = command_by_id(worst_id);
    printf("soak: %lld presses in %.1f s (%.0f per second), %lld clears checked\n",
           presses, total, (double)presses / total, clears);
    printf("soak: slowest command %.3f ms CPU (%s on display %s, display after: %s)\n", worst * 1e3,
           wi ? wi->token : "?", worst_before, worst_display);
    printf("soak: memory items %d, history std %d sci %d\n", calc_memory_count(c),
           calc_history_count(c, CALC_STANDARD), calc_history_count(c, CALC_SCIENTIFIC));
    calc_destroy(c);
    printf("1 passed, 0 failed\n");
    return 0;
}
