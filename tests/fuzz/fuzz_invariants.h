/* Invariants shared by the fuzz targets and the soak test: what must hold after
 * any command, whatever came before. Aborts (so the fuzzer reports) on violation. */
#ifndef CALC_FUZZ_INVARIANTS_H
#define CALC_FUZZ_INVARIANTS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calc.h"
#include "calc_modes.h"
#include "number.h"
#include "status.h"

static inline void inv_fail(const char *what, const char *text)
{
    fprintf(stderr, "invariant violated: %s [%s]\n", what, text ? text : "(null)");
    abort();
}

static inline int inv_is_error_text(const char *s)
{
    for (int st = CALC_ERR_DIV_ZERO; st <= CALC_ERR_NO_MEMORY; st++)
        if (strcmp(s, calc_status_text((calc_status)st)) == 0)
            return 1;
    return 0;
}

/* A programmer-mode display: digits of the radix, optional leading '-' in DEC. */
static inline int inv_is_radix_text(const char *s, int radix)
{
    const char *p = s;
    if (*p == '-' && radix == 10)
        p++;
    if (!*p)
        return 0;
    for (; *p; p++) {
        int v;
        if (*p >= '0' && *p <= '9') v = *p - '0';
        else if (*p >= 'A' && *p <= 'F') v = *p - 'A' + 10;
        else return 0;
        if (v >= radix) return 0;
    }
    return 1;
}

static inline void inv_check(calc *c)
{
    const char *d = calc_display(c);
    const char *e = calc_expression(c);
    if (!d || !e)
        inv_fail("display or expression is NULL", d);
    if (strlen(d) > 200)
        inv_fail("display longer than 200 bytes", d);
    if (calc_in_error(c)) {
        if (!inv_is_error_text(d))
            inv_fail("error state without an error text", d);
    } else if (calc_mode_by_id(calc_get_mode(c))->kind == CALC_MODE_FORM) {
        /* a form shows no display: the kept keypad's text may be in any radix */
    } else if (calc_get_mode(c) == CALC_PROGRAMMER) {
        if (!inv_is_radix_text(d, (int)calc_get_radix(c)))
            inv_fail("programmer display is not a number in its radix", d);
    } else {
        /* Typed input may end in '.' or "e+" forms ("1.", "1.e+0"): accept those by
         * completing them before parsing. */
        char buf[256];
        snprintf(buf, sizeof buf, "%s", d);
        size_t n = strlen(buf);
        if (n && buf[n - 1] == '.') buf[--n] = 0;
        char *dot_e = strstr(buf, ".e");
        if (dot_e) memmove(dot_e, dot_e + 1, strlen(dot_e));
        num x;
        if (num_parse(&x, buf) != CALC_OK)
            inv_fail("display is neither a number nor an error text", d);
    }
    if (calc_memory_count(c) < 0 || calc_memory_count(c) > CALC_MEMORY_MAX)
        inv_fail("memory out of bounds", d);
    for (int i = 0; i < calc_mode_count(); i++) {
        calc_mode m = calc_mode_at(i)->id;
        if (calc_history_count(c, m) < 0 || calc_history_count(c, m) > CALC_HISTORY_MAX)
            inv_fail("history out of bounds", d);
    }
}

#endif
