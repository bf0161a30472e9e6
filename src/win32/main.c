/* calculatrice.exe: entry point and message loop. */
#include <windows.h>
#include <commctrl.h>

#include "lang.h"
#include "main_dialog.h"
#include "timing.h"

int WINAPI wWinMain(HINSTANCE inst, HINSTANCE prev, PWSTR cmdline, int show)
{
    (void)prev;
    (void)cmdline;
    timing_start();
    /* DLLs only from System32: no planting next to the exe or in the current directory. */
    SetDefaultDllDirectories(LOAD_LIBRARY_SEARCH_SYSTEM32);
    INITCOMMONCONTROLSEX icc = { sizeof icc, ICC_STANDARD_CLASSES | ICC_DATE_CLASSES | ICC_UPDOWN_CLASS | ICC_LISTVIEW_CLASSES };
    InitCommonControlsEx(&icc);
    lang_init(inst);

    HWND dlg = main_dialog_create(inst, show);
    if (!dlg) {
        /* Said in both languages and from no resource: the string table may be what is missing. */
        MessageBoxW(NULL,
                    L"Calculatrice could not open its window: its resources are missing or damaged.\n\n"
                    L"Calculatrice n\u2019a pas pu ouvrir sa fen\u00eatre : ses ressources sont absentes ou endommag\u00e9es.",
                    L"Calculatrice", MB_OK | MB_ICONERROR);
        return 1;
    }
    MSG m;
    BOOL r;
    long long t = timing_now();
    while ((r = GetMessageW(&m, NULL, 0, 0)) > 0) {
        timing_add(PH_WAIT, t);
        t = timing_now();
        /* Keys first: Enter is "=" and Esc is "C" whatever has the focus, and
         * IsDialogMessage never gets to press the focused button or close. */
        if (!main_dialog_translate(dlg, &m) && !IsDialogMessageW(dlg, &m)) {
            TranslateMessage(&m);
            DispatchMessageW(&m);
        }
        timing_add(PH_DISPATCH, t);
        t = timing_now();
    }
    timing_report();

    return r < 0 ? 1 : (int)m.wParam;
}
