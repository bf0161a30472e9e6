/* gui_probe.exe: a Wine-side helper for the GUI tests. It finds the running
 * Calculatrice window and answers questions about it, one output line per
 * argument, in UTF-8 (so French texts survive the console):
 *   wait           wait (up to 20 s) until the window is shown with its keypad; prints "ok"
 *   title          the window title
 *   display        text of the display control (IDC_DISPLAY)
 *   expression     text of the expression line
 *   name:ID        window text (= accessible name) of the control with id ID
 *   enabled:ID     1 or 0
 *   exists:ID      1 if a control with that id exists (in the window or its keypad)
 *   visible:ID     1 if that control is visible
 *   count:ID       number of items of list box ID
 *   item:ID:N      text of item N of list box ID (lines joined by " | ")
 *   lvcount:ID     number of items of list view ID (the statistics data list)
 *   lvselected:ID  index of the selected item of list view ID, -1 if none
 *   screenrect:ID  control ID's rectangle in screen coordinates: "L T R B"
 *                  (for xdotool clicks; list view texts cannot be read across processes)
 *   select:ID:N    selects item N of list box ID as a click would (LBN_SELCHANGE)
 *   dblclick:ID:N  selects item N and sends LBN_DBLCLK
 *   click:ID       clicks button ID (BM_CLICK); prints "ok"
 *   command:ID     posts WM_COMMAND ID to the window (menu command); prints "ok"
 *   size           client width and height: "W H"
 *   rect:ID        width and height of control ID: "W H"
 *   locale         the user locale, UI language and number separators (no window needed)
 *   topmost        1 if the window is always on top
 *   exe=PATH       the exe whose resources resmenu reads (a Windows path)
 *   resmenu:LANG:ID  text of item ID of the exe's main menu in language LANG
 *                  (menus cannot be read across processes under Wine)
 *   last           "<id> <count>": the last command the window ran and how many it
 *                  has run (a window property set by main_dialog.c for tests)
 *   dialog:TITLE   1 if a window titled TITLE (UTF-8) is shown, else 0
 *   dialogtext:TITLE  texts of that window's static/edit children, joined by " | "
 *   dismiss:TITLE  sends IDCANCEL to the window titled TITLE; prints "ok"
 *   close          posts WM_CLOSE; prints "ok"
 * Exit status 0, or 2 if the window is not found or an argument is bad. */
#include <windows.h>
#include <commctrl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "probe_window.h"
#include "respack.h"
#include "ui_ids.h"

static HWND g_main;
static wchar_t g_exe[MAX_PATH];

static void out_ascii(const char *s)
{
    printf("%s\n", s);
    fflush(stdout);
}

/* A control anywhere under the main window. */
static HWND control(int id) { return probe_control(g_main, id); }

static int parse_int(const char *s, int *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (end == s || (*end && *end != ':')) return 0;
    *out = (int)v;
    return 1;
}

static void list_item(HWND list, int n)
{
    wchar_t text[2048];
    LRESULT len = SendMessageW(list, LB_GETTEXTLEN, (WPARAM)n, 0);
    if (len == LB_ERR || len >= 2048) {
        out_ascii("<none>");
        return;
    }
    SendMessageW(list, LB_GETTEXT, (WPARAM)n, (LPARAM)text);
    for (wchar_t *p = text; *p; p++)
        if (*p == L'\n') *p = L'|';
    probe_out_utf8(text);
}

static int run(const char *arg)
{
    wchar_t text[2048];
    int id = 0, n = 0;
    if (!strcmp(arg, "locale")) {
        wchar_t name[LOCALE_NAME_MAX_LENGTH] = L"", dec[8] = L"", grp[8] = L"";
        GetUserDefaultLocaleName(name, LOCALE_NAME_MAX_LENGTH);
        GetLocaleInfoEx(LOCALE_NAME_USER_DEFAULT, LOCALE_SDECIMAL, dec, 8);
        GetLocaleInfoEx(LOCALE_NAME_USER_DEFAULT, LOCALE_STHOUSAND, grp, 8);
        printf("%ls ui=%04x decimal=U+%04X group=U+%04X\n", name, GetUserDefaultUILanguage(), dec[0], grp[0]);
        fflush(stdout);
        return 1;
    }
    if (!strncmp(arg, "exe=", 4)) {
        MultiByteToWideChar(CP_UTF8, 0, arg + 4, -1, g_exe, MAX_PATH);
        return 1;
    }
    if (!strncmp(arg, "resmenu:", 8)) {
        int lang = 0, item = 0;
        if (sscanf(arg + 8, "%d:%d", &lang, &item) != 2) return 0;
        HMODULE mod = LoadLibraryExW(g_exe, NULL, LOAD_LIBRARY_AS_DATAFILE | LOAD_LIBRARY_AS_IMAGE_RESOURCE);
        /* the exe keeps its menus packed: read them as it does (respack.h) */
        const void *tmpl = mod ? respack_find(mod, (WORD)(ULONG_PTR)RT_MENU, IDR_MENU, (WORD)lang, NULL) : NULL;
        HMENU menu = tmpl ? LoadMenuIndirectW(tmpl) : NULL;
        text[0] = 0;
        int ok = menu && GetMenuStringW(menu, (UINT)item, text, 2048, MF_BYCOMMAND) > 0;
        if (menu) DestroyMenu(menu);
        if (mod) FreeLibrary(mod);
        if (!ok) return 0;
        probe_out_utf8(text);
        return 1;
    }
    if (!strncmp(arg, "dialog:", 7) || !strncmp(arg, "dismiss:", 8) || !strncmp(arg, "dialogtext:", 11)) {
        wchar_t title[256];
        MultiByteToWideChar(CP_UTF8, 0, strchr(arg, ':') + 1, -1, title, 256);
        HWND h = NULL;
        for (int i = 0; i < 40 && !(h = FindWindowW(NULL, title)); i++) Sleep(50);
        if (!strncmp(arg, "dialog:", 7)) {
            out_ascii(h && IsWindowVisible(h) ? "1" : "0");
        } else if (!strncmp(arg, "dialogtext:", 11)) {
            /* the texts of its static and edit children, joined by " | " */
            if (!h) return 0;
            /* big enough for the whole keyboard shortcut list */
            static wchar_t all[65536], part[32768];
            wchar_t cls[32];
            all[0] = 0;
            for (HWND c = GetWindow(h, GW_CHILD); c; c = GetWindow(c, GW_HWNDNEXT)) {
                GetClassNameW(c, cls, 32);
                if (lstrcmpiW(cls, L"Static") && lstrcmpiW(cls, L"Edit")) continue;
                /* WM_GETTEXT: GetWindowText does not read another process's edit box */
                part[0] = 0;
                SendMessageW(c, WM_GETTEXT, 32768, (LPARAM)part);
                if (!part[0] || wcslen(all) + wcslen(part) + 4 >= 65536) continue;
                if (all[0]) wcscat(all, L" | ");
                wcscat(all, part);
            }
            for (wchar_t *p = all; *p; p++)
                if (*p == L'\r' || *p == L'\n') *p = L' ';
            probe_out_utf8(all);
        } else {
            if (!h) return 0;
            PostMessageW(h, WM_COMMAND, IDCANCEL, 0);
            for (int i = 0; i < 40 && IsWindowVisible(h); i++) Sleep(50);
            out_ascii(IsWindowVisible(h) ? "still-open" : "ok");
        }
        return 1;
    }
    const char *colon = strchr(arg, ':');
    if (colon && !parse_int(colon + 1, &id)) return 0;
    const char *second = colon ? strchr(colon + 1, ':') : NULL;
    if (second && !parse_int(second + 1, &n)) return 0;

    if (!strcmp(arg, "wait")) {
        /* found and shown, with its keypad built (not halfway through WM_INITDIALOG) */
        for (int i = 0; i < 400; i++) {
            g_main = probe_find_main();
            if (g_main && IsWindowVisible(g_main) && control(IDC_KEYPAD)) break;
            g_main = NULL;
            Sleep(50);
        }
        out_ascii(g_main ? "ok" : "missing");
        return g_main != NULL;
    }
    if (!g_main && !(g_main = probe_find_main())) return 0;
    if (!strcmp(arg, "title")) {
        GetWindowTextW(g_main, text, 2048);
        probe_out_utf8(text);
    } else if (!strcmp(arg, "display") || !strcmp(arg, "expression")) {
        HWND h = control(!strcmp(arg, "display") ? IDC_DISPLAY : IDC_EXPRESSION);
        text[0] = 0;
        if (h) GetWindowTextW(h, text, 2048);
        probe_out_utf8(text);
    } else if (!strncmp(arg, "name:", 5)) {
        HWND h = control(id);
        text[0] = 0;
        if (h) GetWindowTextW(h, text, 2048);
        probe_out_utf8(h ? text : L"<none>");
    } else if (!strncmp(arg, "enabled:", 8)) {
        HWND h = control(id);
        out_ascii(h && IsWindowEnabled(h) ? "1" : "0");
    } else if (!strncmp(arg, "exists:", 7)) {
        out_ascii(control(id) ? "1" : "0");
    } else if (!strncmp(arg, "visible:", 8)) {
        HWND h = control(id);
        out_ascii(h && IsWindowVisible(h) ? "1" : "0");
    } else if (!strncmp(arg, "count:", 6)) {
        HWND h = control(id);
        printf("%d\n", h ? (int)SendMessageW(h, LB_GETCOUNT, 0, 0) : -1);
        fflush(stdout);
    } else if (!strncmp(arg, "lvcount:", 8) || !strncmp(arg, "lvselected:", 11)) {
        HWND h = control(id);
        int v = !h ? -2 : arg[2] == 'c' ? (int)SendMessageW(h, LVM_GETITEMCOUNT, 0, 0)
                                         : (int)SendMessageW(h, LVM_GETNEXTITEM, (WPARAM)-1, LVNI_SELECTED);
        printf("%d\n", v);
        fflush(stdout);
    } else if (!strncmp(arg, "screenrect:", 11)) {
        HWND h = control(id);
        RECT r;
        if (!h || !GetWindowRect(h, &r)) return 0;
        printf("%ld %ld %ld %ld\n", r.left, r.top, r.right, r.bottom);
        fflush(stdout);
    } else if (!strncmp(arg, "item:", 5)) {
        HWND h = control(id);
        if (!h) return 0;
        list_item(h, n);
    } else if (!strncmp(arg, "select:", 7) || !strncmp(arg, "dblclick:", 9)) {
        HWND h = control(id);
        if (!h) return 0;
        SendMessageW(h, LB_SETCURSEL, (WPARAM)n, 0);
        WORD code = arg[0] == 's' ? LBN_SELCHANGE : LBN_DBLCLK;
        SendMessageW(GetParent(h), WM_COMMAND, MAKEWPARAM(id, code), (LPARAM)h);
        out_ascii("ok");
    } else if (!strncmp(arg, "click:", 6)) {
        HWND h = control(id);
        if (!h) return 0;
        SendMessageW(h, BM_CLICK, 0, 0);
        out_ascii("ok");
    } else if (!strncmp(arg, "command:", 8)) {
        PostMessageW(g_main, WM_COMMAND, MAKEWPARAM(id, 0), 0);
        Sleep(100);
        out_ascii("ok");
    } else if (!strncmp(arg, "rect:", 5)) {
        HWND h = control(id);
        RECT r;
        if (!h || !GetClientRect(h, &r)) return 0;
        printf("%ld %ld\n", r.right, r.bottom);
        fflush(stdout);
    } else if (!strcmp(arg, "size")) {
        RECT r;
        GetClientRect(g_main, &r);
        printf("%ld %ld\n", r.right, r.bottom);
        fflush(stdout);
    } else if (!strcmp(arg, "topmost")) {
        out_ascii(GetWindowLongPtrW(g_main, GWL_EXSTYLE) & WS_EX_TOPMOST ? "1" : "0");
    } else if (!strcmp(arg, "last")) {
        /* one property: count * 65536 + id (src/win32/main_dialog.c note_command) */
        INT_PTR v = (INT_PTR)GetPropW(g_main, L"CalculatriceCommand");
        printf("%d %lld\n", (int)(v & 0xFFFF), (long long)(v >> 16));
        fflush(stdout);
    } else if (!strcmp(arg, "close")) {
        PostMessageW(g_main, WM_CLOSE, 0, 0);
        out_ascii("ok");
    } else {
        return 0;
    }
    return 1;
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    for (int i = 1; i < argc; i++) {
        if (!run(argv[i])) {
            fprintf(stderr, "gui_probe: cannot do '%s'\n", argv[i]);
            return 2;
        }
    }
    return 0;
}
