/* gui_finprobe.exe: what tests/gui/finance.sh asks the running Calculatrice
 * window beyond gui_probe.exe, one output line per argument (UTF-8):
 *   focus       control id of the window that has the keyboard focus in the
 *               Calculatrice thread (0 if none)
 *   text:ID     text of control ID under the main window, by WM_GETTEXT (edit
 *               boxes keep theirs where GetWindowText across processes does
 *               not look)
 *   rows:TITLE  number of items of the list view in the window titled TITLE
 * Exit status 0, or 2 if the window is not found or an argument is bad. */
#include <windows.h>
#include <commctrl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "probe_window.h"

typedef struct find_ctx { int id; const wchar_t *cls; HWND found; } find_ctx;

static BOOL CALLBACK find_child(HWND h, LPARAM lp)
{
    find_ctx *ctx = (find_ctx *)lp;
    wchar_t cls[64];
    GetClassNameW(h, cls, 64);
    if ((ctx->cls && !lstrcmpiW(cls, ctx->cls)) || (!ctx->cls && GetDlgCtrlID(h) == ctx->id)) {
        ctx->found = h;
        return FALSE;
    }
    return TRUE;
}

static HWND under(HWND top, int id, const wchar_t *cls)
{
    find_ctx ctx = { id, cls, NULL };
    if (top) EnumChildWindows(top, find_child, (LPARAM)&ctx);
    return ctx.found;
}

static int run(HWND main, const char *arg)
{
    if (!strcmp(arg, "focus")) {
        GUITHREADINFO gi = { .cbSize = sizeof gi };
        DWORD thread = GetWindowThreadProcessId(main, NULL);
        int id = GetGUIThreadInfo(thread, &gi) && gi.hwndFocus ? GetDlgCtrlID(gi.hwndFocus) : 0;
        printf("%d\n", id);
        fflush(stdout);
        return 1;
    }
    if (!strncmp(arg, "text:", 5)) {
        HWND h = under(main, atoi(arg + 5), NULL);
        wchar_t text[4096] = L"";
        if (!h) return 0;
        SendMessageW(h, WM_GETTEXT, 4096, (LPARAM)text);
        probe_out_utf8(text);
        return 1;
    }
    if (!strncmp(arg, "rows:", 5)) {
        wchar_t title[256];
        MultiByteToWideChar(CP_UTF8, 0, arg + 5, -1, title, 256);
        HWND list = under(FindWindowW(NULL, title), 0, WC_LISTVIEWW);
        printf("%d\n", list ? (int)SendMessageW(list, LVM_GETITEMCOUNT, 0, 0) : -1);
        fflush(stdout);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    HWND main = FindWindowW(L"CalculatriceWnd", NULL);
    if (!main) return 2;
    for (int i = 1; i < argc; i++)
        if (!run(main, argv[i])) {
            fprintf(stderr, "gui_finprobe: cannot do '%s'\n", argv[i]);
            return 2;
        }
    return 0;
}
