/* bench_finance: the cost of the finance solvers (issue 14's budget: every
 * solve <= 5 ms natively, a 1,200-period schedule <= 50 ms). Prints the
 * median and the worst of REPEAT runs of each problem; never asserts.
 *
 *   bench_finance [repeat]      (default 25) */
#define _POSIX_C_SOURCE 200809L
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "calc_finance.h"

#define MAX_REPEAT 1000

static int64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

typedef struct problem {
    const char *name;
    int kind;   /* 0 tvm, 1 irr, 2 apr, 3 amort range, 4 schedule */
    fin_field field;
    fin_tvm tvm;
    const char *flows;
    fin_loan loan;
} problem;

static const problem problems[] = {
    { "tvm pmt 30 y at 5 %", 0, FIN_PMT, { .n = "360", .rate = "5", .pv = "175000", .fv = "0" }, NULL, { 0 } },
    { "tvm fv penny a second", 0, FIN_FV,
      { .n = "31536000", .rate = "10", .pv = "0", .pmt = "-0.01", .ppy = "31536000" }, NULL, { 0 } },
    { "tvm rate 360 x -1000 -> 1e6", 0, FIN_RATE, { .n = "360", .pv = "0", .pmt = "-1000", .fv = "1000000", .ppy = "1" },
      NULL, { 0 } },
    { "tvm rate mortgage", 0, FIN_RATE, { .n = "360", .pv = "175000", .pmt = "-939.4378402712432", .fv = "0" }, NULL,
      { 0 } },
    { "tvm rate, fv 1e550 over 25208", 0, FIN_RATE,
      { .n = "25208", .pv = "-4.2", .pmt = "-0.558", .fv = "9.144995708270694e550", .ppy = "1", .begin = true }, NULL,
      { 0 } },
    { "tvm rate, tiny", 0, FIN_RATE, { .n = "12", .pv = "1200", .pmt = "-100.0000000001", .fv = "0" }, NULL, { 0 } },
    { "tvm rate, no solution", 0, FIN_RATE, { .n = "360", .pv = "-1000", .pmt = "10", .fv = "-20000" }, NULL, { 0 } },
    { "tvm n", 0, FIN_N, { .rate = "5", .pv = "175000", .pmt = "-939.4378402712432", .fv = "0" }, NULL, { 0 } },
    { "irr 5 flows", 1, FIN_RATE, { 0 }, "-1000,300x3,500", { 0 } },
    { "irr 40 runs", 1, FIN_RATE, { 0 },
      "-250000,1200x12,1300x12,1400x12,1500x12,1600x12,1700x12,1800x12,1900x12,2000x12,2100x12,"
      "2200x12,2300x12,2400x12,2500x12,2600x12,2700x12,2800x12,2900x12,3000x12,3100x12,3200x12,"
      "3300x12,3400x12,3500x12,3600x12,3700x12,3800x12,3900x12,4000x12,4100x12,4200x12,4300x12,"
      "4400x12,4500x12,4600x12,4700x12,4800x12,4900x12,5000x12,150000",
      { 0 } },
    { "apr 36 months with fees", 2, FIN_RATE, { 0 }, NULL, { 0 } },
    { "amort periods 1..360", 3, FIN_RATE, { 0 }, NULL, { .rate = "5", .pv = "175000", .pmt = "-939.4378402712432" } },
    { "schedule 1,200 periods", 4, FIN_RATE, { 0 }, NULL, { .rate = "5", .pv = "175000", .n = "1200" } },
};

static bool keep_row(void *ctx, const fin_amort_row *r)
{
    long *rows = ctx;
    *rows += r->period > 0;
    return true;
}

static fin_status run(const problem *p, char *out)
{
    switch (p->kind) {
    case 0:
        return fin_tvm_solve(&p->tvm, p->field, out);
    case 1:
        return fin_irr(p->flows, out);
    case 2:
        return fin_apr("10000", "-300", "36", "200", NULL, out);
    case 3: {
        fin_amort_result r;
        fin_status st = fin_amort(&p->loan, 1, 360, &r);
        strcpy(out, r.interest);
        return st;
    }
    default: {
        long rows = 0;
        fin_amort_totals t;
        fin_status st = fin_amort_schedule(&p->loan, keep_row, &rows, &t);
        snprintf(out, FIN_TEXT_MAX, "%ld rows", rows);
        return st;
    }
    }
}

static int cmp64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static void print_us(int64_t ns)
{
    printf("%8lld.%03lld", (long long)(ns / 1000), (long long)(ns % 1000));
}

int main(int argc, char **argv)
{
    int repeat = argc > 1 ? atoi(argv[1]) : 25;
    if (repeat < 1 || repeat > MAX_REPEAT)
        repeat = 25;
    static int64_t t[MAX_REPEAT];
    printf("finance solvers, %d runs each: median and worst in microseconds (budget: 5000 a solve, 50000 a schedule)\n",
           repeat);
    for (size_t k = 0; k < sizeof problems / sizeof problems[0]; k++) {
        char out[FIN_TEXT_MAX] = "";
        fin_status st = FIN_OK;
        for (int r = 0; r < repeat; r++) {
            int64_t t0 = now_ns();
            st = run(&problems[k], out);
            t[r] = now_ns() - t0;
        }
        qsort(t, (size_t)repeat, sizeof t[0], cmp64);
        printf("%-34s", problems[k].name);
        print_us(t[repeat / 2]);
        print_us(t[repeat - 1]);
        printf("   %s\n", st == FIN_OK ? out : st == FIN_NO_SOLUTION ? "Invalid input" : "error");
    }
    return 0;
}
