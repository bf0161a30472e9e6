/* bench_whole_integers: cost of one key press when exact integers below
 * 1e10000 are kept whole (issue 16, number.h): the worst case is an integer
 * power just below 1e10000 and the keys that follow it (mod, *, +, sqr, MS,
 * display). Prints, for each sequence, the slowest single key in thread CPU
 * time (best of REPS runs of the whole sequence), against the 5 ms budget.
 * Benchmark only: never a timed test. */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "calc.h"
#include "commands.h"

#define REPS 5
#define BUDGET_MS 5.0

static const char *sequences[] = {
    "scientific 2 pow 7 8 8 6 mod 8 0 3 8 =",
    "scientific 9 pow 4 2 1 3 mod 2 8 7 . 1 7 9 6 =",
    "scientific 9 pow 1 0 4 7 9 =",                     /* 9^10479: 10000 digits */
    "scientific 9 pow 1 0 4 7 9 = mod 9 8 7 6 5 4 3 2 1 =",
    "scientific 9 pow 1 0 4 7 9 = - 1 = + 2 = * 3 = / 3 =",
    "scientific 2 pow 3 3 2 1 9 = ms mr + mr =",          /* 2^33219: the most squarings */
    "scientific 9 9 9 9 9 9 9 9 9 pow 1 1 1 1 = mod 9 9 9 9 9 9 9 9 7 =",
    "scientific 3 pow 1 0 4 7 9 =",                      /* overflows after the try */
    "scientific 7 pow 5 9 1 5 = sqr",                    /* 5000 digits squared */
    "scientific 2 pow 1 6 6 0 9 = * 2 pow 1 6 6 0 9 = mod 1 0 0 0 0 0 0 0 0 7 =",
    "scientific 3 2 4 8 fact",
    /* functions of a long whole integer */
    "scientific 9 pow 1 0 4 7 9 = sqrt",
    "scientific 9 pow 1 0 4 7 9 = cuberoot",
    "scientific 3 pow 9 9 9 9 = cuberoot",              /* a perfect cube */
    "scientific 9 pow 1 0 4 7 9 = root 7 =",
    "scientific 9 pow 1 0 4 7 9 = ln",
    "scientific 9 pow 1 0 4 7 9 = log",
    "scientific 9 pow 1 0 4 7 9 = recip",
    "scientific 9 pow 1 0 4 7 9 = floor",
    "scientific 9 pow 1 0 4 7 9 = pow 0 . 5 =",
    "scientific 9 pow 1 0 4 7 9 = neg sin",
    "scientific 9 pow 1 0 4 7 9 = ms programmer",
};

static double cpu_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

/* Runs one sequence; returns the slowest key's time, names it in *slow. */
static double run(calc *c, const char *seq, char *slow, size_t cap, char *display, size_t dcap)
{
    char tok[32];
    double worst = 0;
    calc_reset(c);
    for (const char *p = seq; *p;) {
        while (*p == ' ')
            p++;
        size_t n = 0;
        while (p[n] && p[n] != ' ')
            n++;
        if (n == 0 || n >= sizeof tok)
            break;
        memcpy(tok, p, n);
        tok[n] = '\0';
        p += n;
        const command_info *ci = command_by_token(tok);
        if (ci == NULL)
            break;
        double t0 = cpu_ms();
        calc_execute(c, ci->id);
        double dt = cpu_ms() - t0;
        if (dt > worst) {
            worst = dt;
            snprintf(slow, cap, "%s", tok);
        }
    }
    snprintf(display, dcap, "%s", calc_display(c));
    return worst;
}

int main(void)
{
    calc *c = calc_create();
    if (c == NULL)
        return 1;
    double overall = 0;
    printf("%-72s %9s %-6s %s\n", "sequence", "worst ms", "key", "display");
    for (size_t i = 0; i < sizeof sequences / sizeof sequences[0]; i++) {
        double best = 1e9;
        char slow[32] = "", display[160] = "";
        for (int r = 0; r < REPS; r++) {
            char s[32], d[160];
            double w = run(c, sequences[i], s, sizeof s, d, sizeof d);
            if (w < best) {
                best = w;
                memcpy(slow, s, sizeof slow);
                memcpy(display, d, sizeof display);
            }
        }
        if (best > overall)
            overall = best;
        printf("%-72s %9.3f %-6s %.40s\n", sequences[i], best, slow, display);
    }
    printf("\nworst single key: %.3f ms, budget %.0f ms: %s\n", overall, BUDGET_MS,
           overall <= BUDGET_MS ? "within" : "EXCEEDED");
    calc_destroy(c);
    return 0;
}
