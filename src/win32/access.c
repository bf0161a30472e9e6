/* MSAA annotations (access.h). */
#define COBJMACROS
#include <windows.h>
#include <oleacc.h>

#include "access.h"
#include "commands.h"
#include "lang.h"
#include "ui_ids.h"

/* The GUIDs used here, defined here: <initguid.h> would define all of
 * oleacc.h's and the COM headers' (about 200, 3 KB of the exe). */
#define GUID_VALUE(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    const GUID name = { l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }
GUID_VALUE(IID_IAccPropServices, 0x6e26e776, 0x04f0, 0x495d, 0x80, 0xe4, 0x33, 0x30, 0x35, 0x2e, 0x31, 0x69);
GUID_VALUE(CLSID_AccPropServices, 0xb5f8350b, 0x0548, 0x48b1, 0xa6, 0xee, 0x88, 0xbd, 0x00, 0xb4, 0xa5, 0xe7);
GUID_VALUE(PROPID_ACC_NAME, 0x608d3df8, 0x8128, 0x4aa7, 0xa4, 0x28, 0xf5, 0x5e, 0x49, 0x26, 0x72, 0x91);
GUID_VALUE(PROPID_ACC_KEYBOARDSHORTCUT, 0x7d9bceee, 0x7d1e, 0x4979, 0x93, 0x82, 0x51, 0x80, 0xf4, 0x17, 0x2c, 0x34);
/* UI Automation's LiveSetting property, as IAccPropServices takes it. */
static GUID_VALUE(LIVE_SETTING_PROPERTY, 0xc12bcd8e, 0x2a8e, 0x4950, 0x8a, 0xe7, 0x36, 0x25, 0x11, 0x1d, 0x58, 0xeb);
enum { LIVE_POLITE = 1, LIVE_ASSERTIVE = 2 };

static IAccPropServices *g_props;
static bool g_tried, g_com;
static bool g_typing;
/* What was announced last, so that a refresh that changes nothing costs nothing. */
static wchar_t g_last_display[512], g_last_expression[512];
static bool g_has_last, g_has_expression;
static int g_last_live;
static INT_PTR g_live_events;
static HWND g_display, g_line;

static IAccPropServices *props(void)
{
    if (!g_tried) {
        g_tried = true;
        HRESULT hr = CoInitializeEx(NULL, COINIT_APARTMENTTHREADED);
        g_com = SUCCEEDED(hr);
        if (FAILED(CoCreateInstance(&CLSID_AccPropServices, NULL, CLSCTX_INPROC_SERVER, &IID_IAccPropServices,
                                    (void **)&g_props)))
            g_props = NULL;
    }
    return g_props;
}

/* Test seam: the annotation also as a global atom in a window property, which
 * another process can read back (Wine's oleacc has no standard objects for
 * static controls and buttons, so MSAA clients there cannot read them). */
static void seam_set(HWND h, const wchar_t *prop, const wchar_t *s)
{
    ATOM old = (ATOM)(INT_PTR)RemovePropW(h, prop);
    if (old) GlobalDeleteAtom(old);
    wchar_t cut[256];
    lstrcpynW(cut, s, 256);
    ATOM a = cut[0] ? GlobalAddAtomW(cut) : 0;
    if (a) SetPropW(h, prop, (HANDLE)(INT_PTR)a);
}

static void set_str(HWND h, const MSAAPROPID *prop, const wchar_t *s)
{
    IAccPropServices *p = props();
    if (!h) return;
    if (p) IAccPropServices_SetHwndPropStr(p, h, (DWORD)OBJID_CLIENT, CHILDID_SELF, *prop, s);
    seam_set(h, IsEqualGUID(prop, &PROPID_ACC_NAME) ? L"CalculatriceAccName" : L"CalculatriceAccKey", s);
}

void access_note_command(int command_id)
{
    const command_info *ci = command_by_id(command_id);
    g_typing = ci && (ci->kind == CMDK_DIGIT || ci->kind == CMDK_EDIT) && command_id != CMD_CLEAR && command_id != CMD_CE;
}

void access_display(HWND display, const wchar_t *text, bool error)
{
    if (!display) return;
    bool changed = !g_has_last || display != g_display || lstrcmpW(g_last_display, text) != 0;
    if (!changed) return;
    lstrcpynW(g_last_display, text, 512);
    g_has_last = true;
    if (display != g_display) { /* the first call: nothing of it is set yet */
        g_display = display;
        g_last_live = 0;
        g_live_events = 0;
    }

    wchar_t fmt[64], name[600];
    lang_string(IDS_ACC_DISPLAY, fmt, 64);
    wsprintfW(name, fmt[0] ? fmt : L"%ls", text);
    set_str(display, &PROPID_ACC_NAME, name);

    int live = error || !g_typing ? LIVE_ASSERTIVE : LIVE_POLITE;
    IAccPropServices *p = props();
    if (live != g_last_live) {
        g_last_live = live;
        if (p) {
            VARIANT v;
            memset(&v, 0, sizeof v);
            v.vt = VT_I4;
            v.lVal = live;
            IAccPropServices_SetHwndProp(p, display, (DWORD)OBJID_CLIENT, CHILDID_SELF, LIVE_SETTING_PROPERTY, v);
        }
        SetPropW(display, L"CalculatriceLiveSetting", (HANDLE)(INT_PTR)live);
    }
    NotifyWinEvent(EVENT_OBJECT_LIVEREGIONCHANGED, display, OBJID_CLIENT, CHILDID_SELF);
    SetPropW(display, L"CalculatriceLiveEvents", (HANDLE)++g_live_events);
    g_typing = false;
}

void access_expression(HWND line, const wchar_t *text)
{
    if (!text) text = L"";
    if (!line || (g_has_expression && line == g_line && lstrcmpW(g_last_expression, text) == 0)) return;
    lstrcpynW(g_last_expression, text, 512);
    g_has_expression = true;
    g_line = line;
    wchar_t name[600];
    lang_string(text && text[0] ? IDS_ACC_EXPRESSION : IDS_ACC_EXPRESSION_EMPTY, name, 64);
    if (text && text[0]) {
        wchar_t fmt[64];
        lstrcpynW(fmt, name, 64);
        wsprintfW(name, fmt[0] ? fmt : L"%ls", text);
    }
    set_str(line, &PROPID_ACC_NAME, name);
}

void access_key(HWND button, const wchar_t *key)
{
    if (key && key[0]) set_str(button, &PROPID_ACC_KEYBOARDSHORTCUT, key);
}

void access_forget(HWND hwnd)
{
    IAccPropServices *p = g_props;
    if (!hwnd) return;
    seam_set(hwnd, L"CalculatriceAccName", L"");
    seam_set(hwnd, L"CalculatriceAccKey", L"");
    RemovePropW(hwnd, L"CalculatriceLiveEvents");
    RemovePropW(hwnd, L"CalculatriceLiveSetting");
    if (hwnd == g_display) g_display = NULL;
    if (hwnd == g_line) g_line = NULL;
    if (!p) return;
    static const MSAAPROPID *ALL[] = { &PROPID_ACC_NAME, &PROPID_ACC_KEYBOARDSHORTCUT, &LIVE_SETTING_PROPERTY };
    MSAAPROPID ids[3];
    for (int i = 0; i < 3; i++) ids[i] = *ALL[i];
    IAccPropServices_ClearHwndProps(p, hwnd, (DWORD)OBJID_CLIENT, CHILDID_SELF, ids, 3);
}

void access_shutdown(void)
{
    if (g_props) IAccPropServices_Release(g_props);
    g_props = NULL;
    if (g_com) CoUninitialize();
    g_com = false;
}
