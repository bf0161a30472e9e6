/* Keyboard shortcuts and About boxes (help.h). */
#include <windows.h>

#include "help.h"
#include "keymap.h"
#include "lang.h"
#include "respack.h"
#include "theme.h"
#include "ui_ids.h"

static INT_PTR CALLBACK shortcuts_proc(HWND dlg, UINT msg, WPARAM wp, LPARAM lp)
{
    (void)lp;
    if (msg == WM_INITDIALOG) {
        wchar_t text[128];
        SetWindowTextW(dlg, lang_string(IDS_SHORTCUTS_TITLE, text, 128));
        SetDlgItemTextW(dlg, IDOK, lang_string(IDS_OK, text, 128));
        int tab = 90; /* dialog units */
        SendDlgItemMessageW(dlg, IDC_SHORTCUTS_TEXT, EM_SETTABSTOPS, 1, (LPARAM)&tab);
        wchar_t *help = keymap_help_text();
        if (help) {
            SetDlgItemTextW(dlg, IDC_SHORTCUTS_TEXT, help);
            HeapFree(GetProcessHeap(), 0, help);
        }
        SetFocus(GetDlgItem(dlg, IDOK));
        theme_apply(dlg);
        return FALSE;
    }
    if (msg >= WM_CTLCOLORMSGBOX && msg <= WM_CTLCOLORSTATIC) return theme_ctl_color(msg, (HDC)wp, (HWND)lp);
    if (msg == WM_COMMAND && (LOWORD(wp) == IDOK || LOWORD(wp) == IDCANCEL)) {
        EndDialog(dlg, 0);
        return TRUE;
    }
    return FALSE;
}

void help_shortcuts(HINSTANCE inst, HWND owner)
{
    respack_dialog_box(inst, IDD_SHORTCUTS, owner, shortcuts_proc, 0);
}

void help_about(HINSTANCE inst, HWND owner)
{
    wchar_t fmt[256], text[512], title[128], version[32];
    MultiByteToWideChar(CP_UTF8, 0, CALC_VERSION_STR, -1, version, 32);
    lang_string(IDS_ABOUT_TEXT, fmt, 256);
    wsprintfW(text, fmt, version);
    MSGBOXPARAMSW p = { sizeof p, owner, inst, text, lang_string(IDS_ABOUT_TITLE, title, 128),
                        MB_OK | MB_USERICON, MAKEINTRESOURCEW(IDI_APP), 0, NULL, lang_id() };
    MessageBoxIndirectW(&p);
}
