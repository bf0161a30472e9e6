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

static void out_utf8(const wchar_t *w)
{
    char buf[8192];
    int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, buf, (int)sizeof buf - 2, NULL, NULL);
    if (n <= 0) n = 1, buf[0] = 0;
    buf[n - 1] = '\n';
    fwrite(buf, 1, (size_t)n, stdout);
    fflush(stdout);
}

typedef struct find_ctx { int id; HWND found; } find_ctx;

static BOOL CALLBACK find_child(HWND h, LPARAM lp)
{
    find_ctx *ctx = (find_ctx *)lp;
    if (GetDlgCtrlID(h) != ctx->id) return TRUE;
    ctx->found = h;
    return FALSE;
}

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
    find_ctx ctx = { id, NULL };
    EnumChildWindows(main, find_child, (LPARAM)&ctx);
    if (!ctx.found) return 0;
    wchar_t text[512], all[8192] = L"";
    if (!strncmp(arg, "combo:", 6)) {
        combo_item(ctx.found, SendMessageW(ctx.found, CB_GETCURSEL, 0, 0), text, 512);
        out_utf8(text);
        return 1;
    }
    if (!strncmp(arg, "items:", 6)) {
        LRESULT count = SendMessageW(ctx.found, CB_GETCOUNT, 0, 0);
        for (LRESULT k = 0; k < count; k++) {
            if (!combo_item(ctx.found, k, text, 512) || wcslen(all) + wcslen(text) + 2 >= 8192) return 0;
            if (k) wcscat(all, L"|");
            wcscat(all, text);
        }
        out_utf8(all);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    HWND main_window = FindWindowW(L"CalculatriceWnd", NULL);
    if (!main_window) return 2;
    for (int i = 1; i < argc; i++)
        if (!run(main_window, argv[i])) return 2;
    return 0;
}
