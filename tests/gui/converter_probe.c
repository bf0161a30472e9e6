/* gui_converter_probe.exe: reads the Converter's combo boxes in the running
 * Calculatrice window (tests/gui/converter.sh), one output line per argument,
 * in UTF-8. GetWindowText does not read another process's combo box, so this
 * asks the box itself (CB_GETLBTEXT, which Wine and Windows marshal).
 *   combo:ID   the text of the item selected in combo box ID ("" if none)
 *   items:ID   every item of combo box ID, joined by "|"
 * Exit status 0, or 2 if the window or the box is not found. */
#include <windows.h>
#include <stdio.h>
#include <string.h>

#include "probe_window.h"

/* Item n of a combo box into out[cap]; false if there is none. */
static BOOL combo_item(HWND box, LRESULT n, wchar_t *out, size_t cap)
{
    LRESULT len = SendMessageW(box, CB_GETLBTEXTLEN, (WPARAM)n, 0);
    out[0] = 0;
    if (n < 0 || len == CB_ERR || (size_t)len >= cap) return FALSE;
    return SendMessageW(box, CB_GETLBTEXT, (WPARAM)n, (LPARAM)out) != CB_ERR;
}

static int run(HWND main, const char *arg)
{
    int id = 0;
    const char *colon = strchr(arg, ':');
    if (!colon || sscanf(colon + 1, "%d", &id) != 1) return 0;
    HWND box = probe_control(main, id);
    if (!box) return 0;
    wchar_t text[512], all[8192] = L"";
    if (!strncmp(arg, "combo:", 6)) {
        combo_item(box, SendMessageW(box, CB_GETCURSEL, 0, 0), text, 512);
        probe_out_utf8(text);
        return 1;
    }
    if (!strncmp(arg, "items:", 6)) {
        LRESULT count = SendMessageW(box, CB_GETCOUNT, 0, 0);
        for (LRESULT k = 0; k < count; k++) {
            if (!combo_item(box, k, text, 512) || wcslen(all) + wcslen(text) + 2 >= 8192) return 0;
            if (k) wcscat(all, L"|");
            wcscat(all, text);
        }
        probe_out_utf8(all);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    HWND main_window = probe_find_main();
    if (!main_window) return 2;
    for (int i = 1; i < argc; i++)
        if (!run(main_window, argv[i])) return 2;
    return 0;
}
