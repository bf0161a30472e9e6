/* Tooltips of the keys (tooltips.h). */
#include <windows.h>
#include <commctrl.h>

#include "access.h"
#include "commands.h"
#include "keymap.h"
#include "lang.h"
#include "tooltips.h"
#include "ui_ids.h"

#define FOCUS_TOOL 1   /* the tracking tool that follows the keyboard focus */
#define FOCUS_TIMER 0x7E57
#define FOCUS_MS 5000  /* as long as a hover tip */

static HWND g_tip;
static HWND g_focused;     /* key whose hint the focus tool shows */
static HWND g_last_focus;  /* key that had the focus at the last draw */

static TTTOOLINFOW tool(HWND owner, UINT_PTR id, UINT flags)
{
    TTTOOLINFOW ti;
    memset(&ti, 0, sizeof ti);
    ti.cbSize = sizeof ti;
    ti.hwnd = owner;
    ti.uId = id;
    ti.uFlags = flags;
    return ti;
}

static HWND tip_window(ui *u)
{
    if (!g_tip || !IsWindow(g_tip)) {
        /* No owner: a topmost popup owned by the main window kept Wine from
         * making the main window "always on top" (gui_persistence). */
        g_tip = CreateWindowExW(WS_EX_TOPMOST, TOOLTIPS_CLASSW, NULL, WS_POPUP | TTS_NOPREFIX | TTS_ALWAYSTIP,
                                CW_USEDEFAULT, CW_USEDEFAULT, CW_USEDEFAULT, CW_USEDEFAULT, NULL, NULL, u->inst, NULL);
        if (!g_tip) return NULL;
        SendMessageW(g_tip, TTM_SETMAXTIPWIDTH, 0, ui_px(u, 400));
        TTTOOLINFOW ti = tool(u->dlg, FOCUS_TOOL, TTF_TRACK | TTF_ABSOLUTE);
        ti.lpszText = L"";
        SendMessageW(g_tip, TTM_ADDTOOLW, 0, (LPARAM)&ti);
    }
    return g_tip;
}

/* "Square root — @", or the name alone for a key without a shortcut. */
static void hint_text(int id, calc_mode m, wchar_t *out, int cap, wchar_t *key, int key_cap)
{
    wchar_t name[128], fmt[32];
    lang_command_name(id, name, 128);
    if (keymap_key_for(id, m, key, (size_t)key_cap) && key[0]) {
        lang_string(IDS_TIP_FORMAT, fmt, 32);
        wsprintfW(out, fmt[0] ? fmt : L"%ls %ls", name, key);
    } else {
        lstrcpynW(out, name, cap);
    }
}

static void hide_focus_tip(void)
{
    if (g_tip && g_focused) {
        TTTOOLINFOW ti = tool(GetParent(g_tip), FOCUS_TOOL, 0);
        SendMessageW(g_tip, TTM_TRACKACTIVATE, FALSE, (LPARAM)&ti);
    }
    g_focused = NULL;
}

static void CALLBACK focus_timeout(HWND h, UINT msg, UINT_PTR id, DWORD time)
{
    (void)msg, (void)time;
    KillTimer(h, id);
    hide_focus_tip();
}

void tooltips_attach(ui *u, HWND panel_hwnd, calc_mode m)
{
    HWND tip = tip_window(u);
    for (HWND h = GetWindow(panel_hwnd, GW_CHILD); h; h = GetWindow(h, GW_HWNDNEXT)) {
        int id = GetDlgCtrlID(h);
        if (!command_by_id(id)) continue; /* form controls, the Bit shift selector */
        wchar_t text[256], key[64];
        hint_text(id, m, text, 256, key, 64);
        access_key(h, key);
        if (!tip) continue;
        TTTOOLINFOW ti = tool(u->dlg, (UINT_PTR)h, TTF_IDISHWND | TTF_SUBCLASS);
        ti.lpszText = text;
        SendMessageW(tip, TTM_ADDTOOLW, 0, (LPARAM)&ti);
    }
}

void tooltips_detach(ui *u, HWND panel_hwnd)
{
    if (g_focused && IsChild(panel_hwnd, g_focused)) hide_focus_tip();
    if (g_last_focus && IsChild(panel_hwnd, g_last_focus)) g_last_focus = NULL;
    for (HWND h = GetWindow(panel_hwnd, GW_CHILD); h; h = GetWindow(h, GW_HWNDNEXT)) {
        access_forget(h);
        if (!g_tip) continue;
        TTTOOLINFOW ti = tool(u->dlg, (UINT_PTR)h, TTF_IDISHWND);
        SendMessageW(g_tip, TTM_DELTOOLW, 0, (LPARAM)&ti);
    }
}

void tooltips_key_drawn(ui *u, const DRAWITEMSTRUCT *d)
{
    bool focus_shown = (d->itemState & ODS_FOCUS) && !(d->itemState & ODS_NOFOCUSRECT);
    if (!g_tip) return;
    if (!focus_shown) {
        if (d->hwndItem == g_focused) hide_focus_tip();
        return;
    }
    /* Only when the focus moves from key to key (Tab, arrows): not for the
     * focus the window gives "=" when it opens. */
    HWND before = g_last_focus;
    g_last_focus = d->hwndItem;
    if (!before || before == d->hwndItem || g_focused == d->hwndItem) return;
    TTTOOLINFOW ti = tool(u->dlg, FOCUS_TOOL, 0);
    int id = GetDlgCtrlID(d->hwndItem);
    if (!command_by_id(id)) return;
    wchar_t text[256], key[64];
    hint_text(id, calc_get_mode(u->calc), text, 256, key, 64);
    ti.lpszText = text;
    SendMessageW(g_tip, TTM_UPDATETIPTEXTW, 0, (LPARAM)&ti);
    RECT r;
    GetWindowRect(d->hwndItem, &r);
    SendMessageW(g_tip, TTM_TRACKPOSITION, 0, MAKELPARAM(r.left, r.bottom + ui_px(u, 2)));
    SendMessageW(g_tip, TTM_TRACKACTIVATE, TRUE, (LPARAM)&ti);
    g_focused = d->hwndItem;
    SetTimer(u->dlg, FOCUS_TIMER, FOCUS_MS, focus_timeout);
}
