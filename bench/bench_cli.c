/* bench_cli: calculatrice-cli throughput, sequences per second.
 *
 *   bench_cli [path-to-calculatrice-cli] [sequences]
 *
 * Writes a corpus of mixed standard and scientific key sequences (one per
 * line, default 100,000) to a temporary file, runs the CLI once on it with
 * standard input redirected, and prints sequences per second. It also runs
 * the same corpus in-process (calc_reset + calc_execute per line) to show
 * how much of the time is the engine itself. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "calc.h"
#include "commands.h"

static const char *templates[] = {
    "1 + 2 * 3 =",
    "9 * 6 - ce 8 =",
    "5 0 + 2 0 % =",
    "1 / 3 = * 3 =",
    "2 5 6 sqrt sqrt sqrt",
    "1 0 0 neg recip",
    "9 9 9 9 9 9 9 9 * 9 9 9 9 9 9 9 9 =",
    "1 2 3 . 4 5 6 back back + 7 =",
    "2 + 3 = = = =",
    "8 / 2 + * - 3 =",
    "1 / 0 = 5 + 1 =",
    "scientific 2 + 3 * 4 pow 2 =",
    "scientific ( 2 + 3 ) ( 4 + 5 ) =",
    "scientific 1 sin",
    "scientific rad 1 sin",
    "scientific 1 0 ln",
    "scientific 2 pow 0 . 5 =",
    "scientific 1 0 0 fact",
    "scientific 7 neg mod 3 =",
    "scientific 1 . 2 3 ee 4 5 * 2 =",
    "scientific 8 root 3 * 2 =",
    "scientific 5 logy 3 +",
    "scientific 1 0 pow 1 . 2 3 4 5 6 +",
    "scientific 2 exp",
    "scientific 1 asinh",
    "scientific pi * 2 =",
};

#define NTEMPLATES ((int)(sizeof templates / sizeof templates[0]))
#define NSTANDARD 11    /* the first templates are standard-mode only */

static double now_seconds(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Line i of the corpus: a template, with a few digits varied so that the
 * numbers differ from line to line. */
static void corpus_line(int i, bool standard_only, char *buf, size_t cap)
{
    int nt = standard_only ? NSTANDARD : NTEMPLATES;
    const char *t = templates[i % nt];
    snprintf(buf, cap, "%s", t);
    int k = i / nt;
    for (char *p = buf; *p; p++) {
        if (*p >= '1' && *p <= '9' && (p == buf || p[-1] == ' ') && (p[1] == ' ' || p[1] == '\0')) {
            *p = (char)('1' + (*p - '1' + k) % 9);
            k /= 3;
        }
    }
}

static double run_in_process(int n, bool standard_only)
{
    calc *c = calc_create();
    if (c == NULL)
        return 0;
    char line[256];
    double t0 = now_seconds();
    for (int i = 0; i < n; i++) {
        corpus_line(i, standard_only, line, sizeof line);
        calc_reset(c);
        for (char *tok = strtok(line, " "); tok; tok = strtok(NULL, " ")) {
            const command_info *ci = command_by_token(tok);
            if (ci)
                calc_execute(c, ci->id);
        }
    }
    double t = now_seconds() - t0;
    calc_destroy(c);
    return t;
}

/* Runs the CLI once on a corpus of n lines; seconds, or -1 on failure. */
static double run_cli(const char *cli, int n, bool standard_only)
{
    const char *dir = getenv("TMPDIR");
    char corpus[480], out[512], cmd[2048];
    snprintf(corpus, sizeof corpus, "%s/bench_cli_corpus_%ld.txt", dir ? dir : "/tmp", (long)time(NULL));
    snprintf(out, sizeof out, "%s.out", corpus);
    FILE *f = fopen(corpus, "w");
    if (f == NULL) {
        fprintf(stderr, "bench_cli: cannot write %s\n", corpus);
        return -1;
    }
    char line[256];
    for (int i = 0; i < n; i++) {
        corpus_line(i, standard_only, line, sizeof line);
        fprintf(f, "%s\n", line);
    }
    fclose(f);

    snprintf(cmd, sizeof cmd, "\"%s\" < \"%s\" > \"%s\"", cli, corpus, out);
    double t0 = now_seconds();
    int rc = system(cmd);
    double t = now_seconds() - t0;

    long lines = 0;
    FILE *o = fopen(out, "r");
    if (o != NULL) {
        int ch;
        while ((ch = fgetc(o)) != EOF)
            if (ch == '\n')
                lines++;
        fclose(o);
    }
    remove(corpus);
    remove(out);
    if (rc != 0 || lines != n) {
        fprintf(stderr, "bench_cli: %s failed (status %d, %ld of %d lines)\n", cli, rc, lines, n);
        return -1;
    }
    return t;
}

int main(int argc, char **argv)
{
    const char *cli = argc > 1 ? argv[1] : "./calculatrice-cli";
    int n = argc > 2 ? atoi(argv[2]) : 100000;
    if (n <= 0)
        n = 100000;
    for (int pass = 0; pass < 2; pass++) {
        bool standard_only = pass == 1;
        const char *what = standard_only ? "standard only" : "mixed standard/scientific";
        double t = run_cli(cli, n, standard_only);
        if (t < 0)
            return 1;
        printf("calculatrice-cli: %d sequences (%s) in %.3f s = %.0f sequences/s\n", n, what, t, n / t);
        double e = run_in_process(n, standard_only);
        if (e > 0)
            printf("  engine in-process, same corpus: %.3f s = %.0f sequences/s\n", e, n / e);
    }
    return 0;
}
