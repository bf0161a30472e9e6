/* text_printf: formatted text into a byte buffer for the window code, with
 * snprintf's contract. Why not snprintf itself: with msvcrt's printf
 * (__USE_MINGW_ANSI_STDIO=0, as the window builds) mingw-w64 routes snprintf
 * through a wrapper in libmingwex whose x64 unwind data are two sections of
 * their own, 1 KB of calculatrice.exe; this is the same contract on msvcrt's
 * _vsnprintf and _vscprintf. A header, so that every window file stays
 * linkable alone (tests/win32); the link folds the identical copies. */
#ifndef CALC_TEXTF_H
#define CALC_TEXTF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

/* Writes fmt's text into buf, cut to cap - 1 bytes and always NUL-terminated
 * when cap > 0; returns the length of the whole text (so a result >= cap says
 * it was cut), or a negative number for a format msvcrt refuses. msvcrt's
 * conversions: %s %d %ld %lu %lld %llx. */
__attribute__((format(ms_printf, 3, 4), unused))
static int text_printf(char *buf, size_t cap, const char *fmt, ...)
{
    va_list ap;
    int n = -1;
    if (cap > 0) {
        va_start(ap, fmt);
        n = _vsnprintf(buf, cap, fmt, ap);
        va_end(ap);
        if (n >= 0 && (size_t)n < cap)
            return n; /* it fitted, and _vsnprintf terminated it */
        buf[cap - 1] = 0;
    }
    va_start(ap, fmt);
    n = _vscprintf(fmt, ap);
    va_end(ap);
    return n;
}

#endif
