/* Shared by the GUI test probes (probe.c, access_probe.c, converter_probe.c,
 * finprobe.c): the running Calculatrice window, its controls, and the
 * answer line. Each probe is one .c file (one exe),
 * so these are static inline functions. */
#ifndef CALC_PROBE_WINDOW_H
#define CALC_PROBE_WINDOW_H

#include <windows.h>
#include <stdio.h>

/* The main window (class CalculatriceWnd: src/win32/main_dialog.c), or NULL. */
static inline HWND probe_find_main(void) { return FindWindowW(L"CalculatriceWnd", NULL); }

typedef struct probe_find_ctx { int id; HWND found; } probe_find_ctx;

static inline BOOL CALLBACK probe_find_child(HWND h, LPARAM lp)
{
    probe_find_ctx *ctx = (probe_find_ctx *)lp;
    if (GetDlgCtrlID(h) != ctx->id) return TRUE;
    ctx->found = h;
    return FALSE;
}

/* The control with id anywhere under main (the keypad is a child dialog), or NULL. */
static inline HWND probe_control(HWND main, int id)
{
    probe_find_ctx ctx = { id, NULL };
    EnumChildWindows(main, probe_find_child, (LPARAM)&ctx);
    return ctx.found;
}

/* Writes w (NULL: nothing) as one UTF-8 line on stdout, flushed: the shell
 * test reads each answer as it comes. Long enough for a whole shortcut list. */
static inline void probe_out_utf8(const wchar_t *w)
{
    static char buf[200000];
    int n = WideCharToMultiByte(CP_UTF8, 0, w ? w : L"", -1, buf, (int)sizeof buf - 2, NULL, NULL);
    if (n <= 0) n = 1, buf[0] = 0;
    buf[n - 1] = '\n';
    fwrite(buf, 1, (size_t)n, stdout);
    fflush(stdout);
}

#endif
