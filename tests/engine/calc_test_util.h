/* calc_test_util: table-driven key-sequence checks through the public API
 * (tokens -> ids with command_by_token, then calc_execute / calc_display /
 * calc_expression). Every failing case is printed, then the test fails, so
 * one run lists all differences. Included by the tests/engine/test_calc_*.c. */
#ifndef CALC_TEST_UTIL_H
#define CALC_TEST_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "calc.h"
#include "calc_modes.h"
#include "commands.h"

typedef struct key_case {
    const char *name;       /* WINDOWS-CALCULATOR.md case number */
    calc_mode mode;
    const char *keys;       /* tokens separated by spaces */
    const char *display;    /* exact, or a prefix when it ends in "..." */
    const char *expr;       /* exact expression line; NULL: not asserted */
} key_case;

/* A trace case: the display after every key, separated by '|'. */
typedef struct trace_case {
    const char *name;
    calc_mode mode;
    const char *keys;
    const char *displays;
} trace_case;

static inline int mode_command(calc_mode m)
{
    return calc_mode_by_id(m)->command;
}

/* Presses the keys of a space-separated token list. false on an unknown token. */
static inline bool press(calc *c, const char *keys)
{
    char tok[32];
    const char *p = keys;
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        size_t n = 0;
        while (p[n] && p[n] != ' ')
            n++;
        if (n >= sizeof tok)
            return false;
        memcpy(tok, p, n);
        tok[n] = '\0';
        p += n;
        const command_info *ci = command_by_token(tok);
        if (ci == NULL) {
            printf("  unknown token '%s'\n", tok);
            return false;
        }
        calc_execute(c, ci->id);
    }
    return true;
}

static inline void start(calc *c, calc_mode m)
{
    calc_reset(c);
    calc_execute(c, mode_command(m));
    calc_seed(c, 12345);
}

static inline bool display_matches(const char *got, const char *want)
{
    size_t wl = strlen(want);
    if (wl > 3 && strcmp(want + wl - 3, "...") == 0)
        return strncmp(got, want, wl - 3) == 0;
    return strcmp(got, want) == 0;
}

static inline const char *mode_name(calc_mode m)
{
    return calc_mode_by_id(m)->token;
}

/* Runs a table; returns the number of failing cases (each is printed). */
static inline int run_key_cases(const key_case *cases, size_t n)
{
    calc *c = calc_create();
    assert_non_null(c);
    int failures = 0;
    for (size_t i = 0; i < n; i++) {
        const key_case *k = &cases[i];
        start(c, k->mode);
        bool ok = press(c, k->keys);
        const char *d = calc_display(c);
        const char *e = calc_expression(c);
        bool good = ok && display_matches(d, k->display) && (k->expr == NULL || strcmp(e, k->expr) == 0);
        if (!good) {
            failures++;
            printf("FAIL %-4s %-4s [%s]: display \"%s\" (want \"%s\"), expression \"%s\" (want \"%s\")\n",
                   k->name, mode_name(k->mode), k->keys, d, k->display, e, k->expr ? k->expr : "-");
        }
    }
    calc_destroy(c);
    printf("%d of %d cases pass\n", (int)n - failures, (int)n);
    return failures;
}

static inline int run_trace_cases(const trace_case *cases, size_t n)
{
    calc *c = calc_create();
    assert_non_null(c);
    int failures = 0;
    for (size_t i = 0; i < n; i++) {
        const trace_case *t = &cases[i];
        start(c, t->mode);
        char got[1024] = "";
        char tok[32];
        const char *p = t->keys;
        bool ok = true;
        while (*p) {
            while (*p == ' ')
                p++;
            if (!*p)
                break;
            size_t len = 0;
            while (p[len] && p[len] != ' ')
                len++;
            memcpy(tok, p, len);
            tok[len] = '\0';
            p += len;
            const command_info *ci = command_by_token(tok);
            if (ci == NULL) {
                ok = false;
                break;
            }
            calc_execute(c, ci->id);
            if (got[0])
                strncat(got, "|", sizeof got - strlen(got) - 1);
            strncat(got, calc_display(c), sizeof got - strlen(got) - 1);
        }
        if (!ok || strcmp(got, t->displays) != 0) {
            failures++;
            printf("FAIL %-4s %-4s [%s]: displays \"%s\" (want \"%s\")\n", t->name, mode_name(t->mode),
                   t->keys, got, t->displays);
        }
    }
    calc_destroy(c);
    printf("%d of %d trace cases pass\n", (int)n - failures, (int)n);
    return failures;
}

#define N_CASES(a) (sizeof(a) / sizeof((a)[0]))

#endif
