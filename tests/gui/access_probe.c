/* gui_access_probe.exe: reads the running Calculatrice window through what
 * assistive technology uses, for tests/gui/access.sh and theme.sh. One output
 * line per argument, UTF-8:
 *   wait          wait (up to 20 s) for the window; prints "ok"
 *   accname:ID    MSAA name of control ID (AccessibleObjectFromWindow, OBJID_CLIENT);
 *                 where MSAA has no object for it (Wine has none for statics and
 *                 buttons), the window's annotation (test seam, access.h) or its text
 *   acckey:ID     its MSAA keyboard shortcut ("" if none), same fallback
 *   msaa:ID       1 if MSAA gives an object for control ID, else 0
 *   live          "<events> <setting>": live-region events the window raised on the
 *                 display so far and its live setting (1 polite, 2 assertive) (test seam)
 *   hook:ID       posts command ID to the window with a WinEvent hook set and prints
 *                 how many EVENT_OBJECT_LIVEREGIONCHANGED of the display arrived in 1 s
 *   tooltip       text of the tooltip the window shows now ("" if none is shown)
 *   screenpos:ID  centre of control ID on the screen: "X Y"
 *   pos:ID        top-left corner of control ID in the main window's client area: "X Y"
 *   screen:ID     top-left corner of control ID on the screen: "X Y"
 *   setting:AREA  broadcasts WM_SETTINGCHANGE with the text AREA ("ImmersiveColorSet")
 *   headings:TITLE  the lines without a tab in the edit box of the window titled
 *                 TITLE (the shortcut list's headings), joined by " | "
 *   highcontrast:N  turns high contrast on (1) or off (0) for the session, as the
 *                 Settings app does; prints the state read back (1 or 0)
 * Exit status 0, or 2 if the window is not found or an argument is bad. */
#define COBJMACROS
#include <windows.h>
#include <oleacc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "probe_window.h"
#include "ui_ids.h"

static HWND g_main;
static int g_events;
static HWND g_display;

static HWND control(int id) { return probe_control(g_main, id); }

/* name or keyboard shortcut of h's client object */
static void acc_text(HWND h, int shortcut)
{
    wchar_t seam[256] = L"";
    IAccessible *acc = NULL;
    BSTR s = NULL;
    VARIANT self;
    memset(&self, 0, sizeof self);
    self.vt = VT_I4;
    self.lVal = CHILDID_SELF;
    HRESULT hr = h ? AccessibleObjectFromWindow(h, (DWORD)OBJID_CLIENT, &IID_IAccessible, (void **)&acc) : E_FAIL;
    if (SUCCEEDED(hr) && acc) {
        hr = shortcut ? IAccessible_get_accKeyboardShortcut(acc, self, &s) : IAccessible_get_accName(acc, self, &s);
        IAccessible_Release(acc);
    }
    if (FAILED(hr) && h) {
        ATOM a = (ATOM)(INT_PTR)GetPropW(h, shortcut ? L"CalculatriceAccKey" : L"CalculatriceAccName");
        if (a) GlobalGetAtomNameW(a, seam, 256);
        else if (!shortcut) SendMessageW(h, WM_GETTEXT, 256, (LPARAM)seam);
    }
    probe_out_utf8(s ? s : seam);
    if (s) SysFreeString(s);
}

static void CALLBACK on_event(HWINEVENTHOOK hook, DWORD ev, HWND h, LONG obj, LONG child, DWORD thread, DWORD time)
{
    (void)hook, (void)obj, (void)child, (void)thread, (void)time;
    if (ev == EVENT_OBJECT_LIVEREGIONCHANGED && h == g_display) g_events++;
}

typedef struct tip_ctx { DWORD pid; wchar_t text[1024]; } tip_ctx;

static BOOL CALLBACK find_tip(HWND h, LPARAM lp)
{
    tip_ctx *ctx = (tip_ctx *)lp;
    wchar_t cls[64];
    DWORD pid = 0;
    GetWindowThreadProcessId(h, &pid);
    if (pid != ctx->pid || !IsWindowVisible(h) || !GetClassNameW(h, cls, 64) || lstrcmpiW(cls, L"tooltips_class32")) return TRUE;
    SendMessageW(h, WM_GETTEXT, 1024, (LPARAM)ctx->text);
    return ctx->text[0] == 0;
}

static int run(const char *arg)
{
    int id = 0;
    const char *colon = strchr(arg, ':');
    if (colon && strncmp(arg, "setting:", 8) && strncmp(arg, "headings:", 9)) {
        char *end;
        id = (int)strtol(colon + 1, &end, 10);
        if (end == colon + 1 || *end) return 0;
    }
    if (!strcmp(arg, "wait")) {
        for (int i = 0; i < 400 && !(g_main = probe_find_main()); i++) Sleep(50);
        printf("%s\n", g_main ? "ok" : "missing");
        return g_main != NULL;
    }
    if (!strncmp(arg, "setting:", 8)) {
        wchar_t area[128];
        MultiByteToWideChar(CP_UTF8, 0, arg + 8, -1, area, 128);
        DWORD_PTR res;
        SendMessageTimeoutW(HWND_BROADCAST, WM_SETTINGCHANGE, 0, (LPARAM)area, SMTO_ABORTIFHUNG, 3000, &res);
        printf("ok\n");
        return 1;
    }
    if (!strncmp(arg, "headings:", 9)) {
        wchar_t title[256], cls[32];
        static wchar_t text[65536], out[4096];
        MultiByteToWideChar(CP_UTF8, 0, arg + 9, -1, title, 256);
        HWND h = NULL;
        for (int i = 0; i < 40 && !(h = FindWindowW(NULL, title)); i++) Sleep(50);
        if (!h) return 0;
        out[0] = text[0] = 0;
        for (HWND c = GetWindow(h, GW_CHILD); c; c = GetWindow(c, GW_HWNDNEXT))
            if (GetClassNameW(c, cls, 32) && !lstrcmpiW(cls, L"Edit")) SendMessageW(c, WM_GETTEXT, 65536, (LPARAM)text);
        for (wchar_t *line = text; *line;) {
            wchar_t *end = wcsstr(line, L"\r\n");
            if (end) *end = 0;
            if (line[0] && !wcschr(line, L'\t') && wcslen(out) + wcslen(line) + 4 < 4096) {
                if (out[0]) wcscat(out, L" | ");
                wcscat(out, line);
            }
            if (!end) break;
            line = end + 2;
        }
        probe_out_utf8(out);
        return 1;
    }
    if (!strncmp(arg, "highcontrast:", 13)) {
        HIGHCONTRASTW hc;
        memset(&hc, 0, sizeof hc);
        hc.cbSize = sizeof hc;
        hc.dwFlags = id ? HCF_HIGHCONTRASTON : 0;
        SystemParametersInfoW(SPI_SETHIGHCONTRAST, sizeof hc, &hc, SPIF_SENDCHANGE);
        memset(&hc, 0, sizeof hc);
        hc.cbSize = sizeof hc;
        SystemParametersInfoW(SPI_GETHIGHCONTRAST, sizeof hc, &hc, 0);
        printf("%d\n", (hc.dwFlags & HCF_HIGHCONTRASTON) ? 1 : 0);
        return 1;
    }
    if (!g_main && !(g_main = probe_find_main())) return 0;
    if (!strncmp(arg, "accname:", 8) || !strncmp(arg, "acckey:", 7)) {
        acc_text(control(id), arg[3] == 'k');
    } else if (!strncmp(arg, "msaa:", 5)) {
        IAccessible *acc = NULL;
        HWND h = control(id);
        HRESULT hr = h ? AccessibleObjectFromWindow(h, (DWORD)OBJID_CLIENT, &IID_IAccessible, (void **)&acc) : E_FAIL;
        if (acc) IAccessible_Release(acc);
        printf("%d\n", SUCCEEDED(hr) && acc);
    } else if (!strcmp(arg, "live")) {
        HWND d = control(IDC_DISPLAY);
        printf("%d %d\n", (int)(INT_PTR)GetPropW(d, L"CalculatriceLiveEvents"), (int)(INT_PTR)GetPropW(d, L"CalculatriceLiveSetting"));
    } else if (!strncmp(arg, "hook:", 5)) {
        DWORD pid = 0;
        GetWindowThreadProcessId(g_main, &pid);
        g_display = control(IDC_DISPLAY);
        g_events = 0;
        HWINEVENTHOOK hook = SetWinEventHook(EVENT_OBJECT_LIVEREGIONCHANGED, EVENT_OBJECT_LIVEREGIONCHANGED, NULL, on_event,
                                             pid, 0, WINEVENT_OUTOFCONTEXT);
        PostMessageW(g_main, WM_COMMAND, MAKEWPARAM(id, 0), 0);
        DWORD end = GetTickCount() + 1000;
        while (GetTickCount() < end) {
            MSG m;
            MsgWaitForMultipleObjects(0, NULL, FALSE, 50, QS_ALLINPUT);
            while (PeekMessageW(&m, NULL, 0, 0, PM_REMOVE)) DispatchMessageW(&m);
        }
        if (hook) UnhookWinEvent(hook);
        printf("%d\n", hook ? g_events : -1);
    } else if (!strcmp(arg, "tooltip")) {
        tip_ctx ctx;
        memset(&ctx, 0, sizeof ctx);
        GetWindowThreadProcessId(g_main, &ctx.pid);
        EnumWindows(find_tip, (LPARAM)&ctx);
        probe_out_utf8(ctx.text);
    } else if (!strncmp(arg, "screen:", 7)) {
        HWND h = control(id);
        RECT r;
        if (!h || !GetWindowRect(h, &r)) return 0;
        printf("%ld %ld\n", r.left, r.top);
    } else if (!strncmp(arg, "screenpos:", 10) || !strncmp(arg, "pos:", 4)) {
        HWND h = control(id);
        RECT r;
        if (!h || !GetWindowRect(h, &r)) return 0;
        if (arg[0] == 'p') {
            MapWindowPoints(NULL, g_main, (POINT *)&r, 2);
            printf("%ld %ld\n", r.left, r.top);
        } else {
            printf("%ld %ld\n", (r.left + r.right) / 2, (r.top + r.bottom) / 2);
        }
    } else {
        return 0;
    }
    fflush(stdout);
    return 1;
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    CoInitializeEx(NULL, COINIT_APARTMENTTHREADED);
    int rc = 0;
    for (int i = 1; i < argc && !rc; i++) {
        if (!run(argv[i])) {
            fprintf(stderr, "gui_access_probe: cannot do '%s'\n", argv[i]);
            rc = 2;
        }
    }
    CoUninitialize();
    return rc;
}
