/* bench_stats: cost of the statistics module (calc_stats.h) on a list of
 * 10,000 values (issue 13's budget: each statistic <= 5 ms natively). Prints
 * thread CPU time per operation in ms: adding all values, every statistic (the
 * worst of REPS calls), deleting the first value (the dearest position),
 * clear and its undo. Values: 17-digit decimals spread over 1e-20 … 1e+21,
 * plus a list of huge, nearly equal values (the cancellation case). Never asserts. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <time.h>

#include "calc_stats.h"

#define COUNT 10000
#define REPS 20

static long long now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static const char *const names[STATS_KIND_COUNT] = {
    "count", "sum", "sumsq", "mean", "meansq", "sdev", "psdev", "var", "pvar", "median",
    "min", "max",
};

/* A pseudo-random 32-digit value; `spread` picks the exponent range. */
static void make_value(unsigned long long *seed, int spread, char *buf, size_t cap)
{
    *seed = *seed * 6364136223846793005ULL + 1442695040888963407ULL;
    unsigned long long a = (*seed >> 11) % 10000000000000000ULL;
    *seed = *seed * 6364136223846793005ULL + 1442695040888963407ULL;
    unsigned long long b = (*seed >> 11) % 10000000000000000ULL;
    int e = spread ? (int)((*seed >> 40) % 41) - 20 : 30;
    snprintf(buf, cap, "%s%llu.%016llue%d", (*seed >> 7) & 1 ? "-" : "", a % 10 + 1, b, e);
    if (!spread)   /* 1e30 + a: 47 digits, nearly equal */
        snprintf(buf, cap, "1%030llu", a);
}

static void run(const char *title, int spread)
{
    calc_stats *s = stats_create();
    char buf[96], out[256];
    unsigned long long seed = 12345;
    long long t0 = now_ns();
    for (int i = 0; i < COUNT; i++) {
        make_value(&seed, spread, buf, sizeof buf);
        stats_add(s, buf);
    }
    long long t1 = now_ns();
    printf("%s: %d values\n", title, stats_count(s));
    printf("  add all           %8.3f ms (%.2f us per value)\n", (t1 - t0) / 1e6,
           (t1 - t0) / 1e3 / COUNT);
    for (int k = 0; k < STATS_KIND_COUNT; k++) {
        long long worst = 0;
        for (int r = 0; r < REPS; r++) {
            long long a = now_ns();
            stats_compute(s, (stats_kind)k, 32, out, sizeof out);
            long long b = now_ns();
            if (b - a > worst)
                worst = b - a;
        }
        printf("  %-8s %8.3f ms  %s\n", names[k], worst / 1e6, out);
    }
    long long a = now_ns();
    stats_delete_at(s, 0);
    long long b = now_ns();
    stats_clear(s);
    long long c = now_ns();
    stats_undo_clear(s);
    long long d = now_ns();
    printf("  delete first      %8.3f ms\n  clear             %8.3f ms\n  undo clear        %8.3f ms\n",
           (b - a) / 1e6, (c - b) / 1e6, (d - c) / 1e6);
    stats_destroy(s);
}

int main(void)
{
    run("17-digit values, 1e-20 ... 1e+21", 1);
    run("nearly equal values 1e30 + k", 0);
    return 0;
}
