/* The keypad child dialogs (keypad.h). */
#include <windows.h>
#include <stdlib.h>

#include "bitshift.h"
#include "buttons.h"
#include "commands.h"
#include "keypad.h"
#include "lang.h"
#include "layout.h"
#include "ui_ids.h"

/* Every button with its rectangle in the template, to scale it on WM_SIZE. */
typedef struct keypad_item { HWND hwnd; RECT r; } keypad_item;
typedef struct keypad_data {
    SIZE natural;
    int count;
    keypad_item items[];
} keypad_data;

static keypad_data *data_of(HWND kp) { return (keypad_data *)GetWindowLongPtrW(kp, DWLP_USER); }

static int count_children(HWND kp)
{
    int n = 0;
    for (HWND h = GetWindow(kp, GW_CHILD); h; h = GetWindow(h, GW_HWNDNEXT)) n++;
    return n;
}

static void on_init(HWND kp, const ui *u)
{
    int n = count_children(kp);
    keypad_data *d = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof *d + (size_t)n * sizeof d->items[0]);
    if (!d) return;
    RECT rc;
    GetClientRect(kp, &rc);
    d->natural.cx = rc.right;
    d->natural.cy = rc.bottom;
    for (HWND h = GetWindow(kp, GW_CHILD); h && d->count < n; h = GetWindow(h, GW_HWNDNEXT)) {
        keypad_item *it = &d->items[d->count++];
        it->hwnd = h;
        GetWindowRect(h, &it->r);
        MapWindowPoints(NULL, kp, (POINT *)&it->r, 2);
        int id = GetDlgCtrlID(h);
        wchar_t name[128];
        lang_command_name(id, name, 128);
        /* The decimal key shows the locale's separator. */
        button_adopt(h, id == CMD_DECIMAL ? u->fmt.decimal : NULL, name);
    }
    SetWindowLongPtrW(kp, DWLP_USER, (LONG_PTR)d);
}

/* Scales every button from the template to the keypad's current size. */
static void on_size(HWND kp, int w, int h)
{
    keypad_data *d = data_of(kp);
    if (!d || d->natural.cx <= 0 || d->natural.cy <= 0) return;
    HDWP dwp = BeginDeferWindowPos(d->count);
    for (int i = 0; i < d->count && dwp; i++) {
        const RECT *r = &d->items[i].r;
        int x0 = MulDiv(r->left, w, d->natural.cx), x1 = MulDiv(r->right, w, d->natural.cx);
        int y0 = MulDiv(r->top, h, d->natural.cy), y1 = MulDiv(r->bottom, h, d->natural.cy);
        dwp = DeferWindowPos(dwp, d->items[i].hwnd, NULL, x0, y0, x1 - x0, y1 - y0, SWP_NOZORDER | SWP_NOACTIVATE);
    }
    if (dwp) EndDeferWindowPos(dwp);
}

static void on_destroy(HWND kp)
{
    keypad_data *d = data_of(kp);
    if (!d) return;
    for (int i = 0; i < d->count; i++) button_release(d->items[i].hwnd);
    HeapFree(GetProcessHeap(), 0, d);
    SetWindowLongPtrW(kp, DWLP_USER, 0);
}

static INT_PTR CALLBACK keypad_proc(HWND kp, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_INITDIALOG: on_init(kp, (const ui *)lp); return FALSE;
    case WM_SIZE: on_size(kp, LOWORD(lp), HIWORD(lp)); return TRUE;
    /* Buttons talk to the main window, which owns the engine and the fonts. */
    case WM_COMMAND: SendMessageW(GetParent(kp), WM_COMMAND, wp, lp); return TRUE;
    case WM_DRAWITEM: SendMessageW(GetParent(kp), WM_DRAWITEM, wp, lp); return TRUE;
    case WM_CTLCOLORDLG: return (INT_PTR)ui_window_brush();
    case WM_DESTROY: on_destroy(kp); return FALSE;
    default: return FALSE;
    }
}

static const WORD TEMPLATES[] = { IDD_STANDARD, IDD_SCIENTIFIC, IDD_PROGRAMMER };

bool keypad_build(ui *u, calc_mode m)
{
    HWND kp = CreateDialogParamW(u->inst, MAKEINTRESOURCEW(TEMPLATES[m]), u->dlg, keypad_proc, (LPARAM)u);
    if (!kp) return false;
    layout_own_dpi_changes(kp);
    HWND old = u->keypad;
    u->keypad = kp;
    u->keypad_mode = m;
    keypad_data *d = data_of(kp);
    u->keypad_natural = d ? d->natural : (SIZE){ 1, 1 };
    SetWindowLongPtrW(kp, GWLP_ID, IDC_KEYPAD);
    bitshift_apply(u);
    /* Keep the tab order: the keypad comes right after the display. */
    SetWindowPos(kp, GetDlgItem(u->dlg, IDC_DISPLAY), 0, 0, 0, 0, SWP_NOMOVE | SWP_NOSIZE | SWP_NOACTIVATE);
    if (old) {
        if (GetFocus() && IsChild(old, GetFocus())) SetFocus(u->dlg);
        DestroyWindow(old);
    }
    return true;
}

/* In programmer mode the radix rows are read as "Hexadecimal FF": the accessible
 * name carries the live value that the row shows. */
static void name_radix_rows(ui *u)
{
    static const calc_radix RADIXES[] = { RADIX_HEX, RADIX_DEC, RADIX_OCT, RADIX_BIN };
    for (int i = 0; i < 4; i++) {
        HWND h = GetDlgItem(u->keypad, CMD_HEX + i);
        if (!h) continue;
        wchar_t name[256], value[160];
        lang_command_name(CMD_HEX + i, name, 96);
        if (!calc_in_error(u->calc)) {
            numfmt_radix(&u->fmt, calc_display_in_radix(u->calc, RADIXES[i]), RADIXES[i], u->grouping, value, 160);
            wcscat(name, L" ");
            wcscat(name, value);
        }
        wchar_t old[256];
        GetWindowTextW(h, old, 256);
        if (wcscmp(old, name) != 0) SetWindowTextW(h, name);
    }
}

void keypad_update(ui *u)
{
    keypad_data *d = data_of(u->keypad);
    if (!d) return;
    for (int i = 0; i < d->count; i++) {
        HWND h = d->items[i].hwnd;
        int id = GetDlgCtrlID(h);
        const command_info *ci = command_by_id(id);
        if (!ci) continue; /* the window's own buttons (Bit shift) */
        BOOL enable = calc_command_enabled(u->calc, id);
        if (!enable && GetFocus() == h) SetFocus(u->keypad);
        if (!IsWindowEnabled(h) != !enable) EnableWindow(h, enable);
        if (ci && (ci->kind == CMDK_SETTING || ci->kind == CMDK_BIT)) InvalidateRect(h, NULL, FALSE);
    }
    if (u->keypad_mode == CALC_PROGRAMMER) name_radix_rows(u);
}

SIZE keypad_key_size(HWND keypad)
{
    RECT r = { 0, 0, 0, 0 };
    HWND seven = GetDlgItem(keypad, CMD_DIGIT_7);
    if (seven) GetClientRect(seven, &r);
    return (SIZE){ r.right, r.bottom };
}
