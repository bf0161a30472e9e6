/* Shared by the GUI test probes (probe.c, access_probe.c): the running
 * Calculatrice window and its controls. Each probe is one .c file (one exe),
 * so these are static inline functions. */
#ifndef CALC_PROBE_WINDOW_H
#define CALC_PROBE_WINDOW_H

#include <windows.h>

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

#endif
