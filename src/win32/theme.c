/* Light, dark and high-contrast colours (theme.h). */
#include <windows.h>
#include <commctrl.h>
#include <uxtheme.h>

#include "settings.h"
#include "theme.h"
#include "ui_ids.h"

#define PERSONALIZE_KEY L"Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"
#define THEME_SETTING L"Theme"
/* DWMWA_USE_IMMERSIVE_DARK_MODE: 20 since Windows 10 20H1, 19 before it. */
#define DWMWA_DARK_MODE 20
#define DWMWA_DARK_MODE_OLD 19

/* One row per role (theme.h order): light, dark, and the system colour that
 * replaces both in high contrast. */
static const struct { COLORREF light, dark; int system; } PALETTE[TC_COUNT] = {
    [TC_WINDOW]            = { RGB(238, 238, 238), RGB(32, 32, 32),    COLOR_WINDOW },
    [TC_TEXT]              = { RGB(20, 20, 20),    RGB(255, 255, 255), COLOR_WINDOWTEXT },
    [TC_DIM_TEXT]          = { RGB(96, 96, 96),    RGB(180, 180, 180), COLOR_WINDOWTEXT },
    [TC_FIELD]             = { RGB(255, 255, 255), RGB(43, 43, 43),    COLOR_WINDOW },
    [TC_KEY]               = { RGB(246, 246, 246), RGB(50, 50, 50),    COLOR_BTNFACE },
    [TC_KEY_DIGIT]         = { RGB(252, 252, 252), RGB(59, 59, 59),    COLOR_BTNFACE },
    [TC_KEY_TEXT]          = { RGB(20, 20, 20),    RGB(255, 255, 255), COLOR_BTNTEXT },
    [TC_KEY_DISABLED]      = { RGB(165, 165, 165), RGB(110, 110, 110), COLOR_GRAYTEXT },
    [TC_KEY_BORDER]        = { RGB(214, 214, 214), RGB(64, 64, 64),    COLOR_BTNTEXT },
    [TC_KEY_ACTIVE]        = { RGB(204, 228, 247), RGB(38, 64, 92),    COLOR_HIGHLIGHT },
    [TC_KEY_ACTIVE_BORDER] = { RGB(0, 120, 215),   RGB(96, 176, 240),  COLOR_BTNTEXT },
    [TC_ACCENT]            = { RGB(0, 95, 184),    RGB(118, 185, 237), COLOR_HIGHLIGHT },
    [TC_ACCENT_TEXT]       = { RGB(255, 255, 255), RGB(0, 0, 0),       COLOR_HIGHLIGHTTEXT },
    [TC_ACCENT_DISABLED]   = { RGB(170, 200, 230), RGB(60, 90, 120),   COLOR_GRAYTEXT },
    [TC_BIT_INDEX]         = { RGB(120, 120, 120), RGB(160, 160, 160), COLOR_BTNTEXT },
    [TC_SELECTION]         = { RGB(0, 120, 215),   RGB(0, 95, 184),    COLOR_HIGHLIGHT },
    [TC_SELECTION_TEXT]    = { RGB(255, 255, 255), RGB(255, 255, 255), COLOR_HIGHLIGHTTEXT },
};

static theme_choice g_choice = THEME_SYSTEM;
static bool g_system_dark, g_high_contrast;
static HBRUSH g_brush[TC_COUNT];
static COLORREF g_brush_color[TC_COUNT];

static bool read_system_dark(void)
{
    DWORD v = 1, cb = sizeof v;
    if (RegGetValueW(HKEY_CURRENT_USER, PERSONALIZE_KEY, L"AppsUseLightTheme", RRF_RT_REG_DWORD, NULL, &v, &cb) != ERROR_SUCCESS)
        return false; /* no value: Windows is light */
    return v == 0;
}

static bool read_high_contrast(void)
{
    HIGHCONTRASTW hc = { sizeof hc, 0, NULL };
    /* Test seam: Wine does not keep SPI_SETHIGHCONTRAST (tests/gui/theme.sh). */
    wchar_t forced[4];
    if (GetEnvironmentVariableW(L"CALC_TEST_HIGH_CONTRAST", forced, 4) == 1 && forced[0] == L'1') return true;
    return SystemParametersInfoW(SPI_GETHIGHCONTRAST, sizeof hc, &hc, 0) && (hc.dwFlags & HCF_HIGHCONTRASTON);
}

/* What is drawn: 0 light, 1 dark, 2 high contrast. */
static int palette_in_force(void)
{
    if (g_high_contrast) return 2;
    return g_choice == THEME_DARK || (g_choice == THEME_SYSTEM && g_system_dark);
}

void theme_init(void)
{
    DWORD v;
    if (settings_read_dword(THEME_SETTING, THEME_SYSTEM, THEME_DARK, &v)) g_choice = (theme_choice)v;
    g_system_dark = read_system_dark();
    g_high_contrast = read_high_contrast();
}

theme_choice theme_get_choice(void) { return g_choice; }

bool theme_set_choice(theme_choice c)
{
    int before = palette_in_force();
    g_choice = c >= THEME_SYSTEM && c <= THEME_DARK ? c : THEME_SYSTEM;
    settings_write_dword(THEME_SETTING, (DWORD)g_choice);
    g_system_dark = read_system_dark();
    return palette_in_force() != before;
}

bool theme_refresh(void)
{
    int before = palette_in_force();
    g_system_dark = read_system_dark();
    g_high_contrast = read_high_contrast();
    return palette_in_force() != before;
}

bool theme_is_dark(void) { return palette_in_force() == 1; }
bool theme_high_contrast(void) { return g_high_contrast; }

COLORREF theme_color(theme_color_id c)
{
    if ((unsigned)c >= TC_COUNT) c = TC_WINDOW;
    switch (palette_in_force()) {
    case 2: return GetSysColor(PALETTE[c].system);
    case 1: return PALETTE[c].dark;
    default: return PALETTE[c].light;
    }
}

HBRUSH theme_brush(theme_color_id c)
{
    if ((unsigned)c >= TC_COUNT) c = TC_WINDOW;
    COLORREF want = theme_color(c);
    if (!g_brush[c] || g_brush_color[c] != want) {
        if (g_brush[c]) DeleteObject(g_brush[c]);
        g_brush[c] = CreateSolidBrush(want);
        g_brush_color[c] = want;
    }
    return g_brush[c];
}

static bool class_is(HWND h, const wchar_t *name)
{
    wchar_t cls[32];
    return GetClassNameW(h, cls, 32) && lstrcmpiW(cls, name) == 0;
}

INT_PTR theme_ctl_color(UINT msg, HDC dc, HWND ctl)
{
    /* Edit boxes and lists are fields; a read-only edit asks with WM_CTLCOLORSTATIC. */
    bool field = msg == WM_CTLCOLOREDIT || msg == WM_CTLCOLORLISTBOX ||
                 (msg == WM_CTLCOLORSTATIC && ctl && class_is(ctl, L"Edit"));
    theme_color_id bg = field ? TC_FIELD : TC_WINDOW;
    if (dc) {
        SetBkColor(dc, theme_color(bg));
        SetTextColor(dc, theme_color(TC_TEXT));
    }
    return (INT_PTR)theme_brush(bg);
}

INT_PTR theme_dialog_color(UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_CTLCOLORDLG:
    case WM_CTLCOLORSTATIC:
    case WM_CTLCOLORBTN:
    case WM_CTLCOLOREDIT:
    case WM_CTLCOLORLISTBOX: return theme_ctl_color(msg, (HDC)wp, (HWND)lp);
    default: return FALSE;
    }
}

/* ------------------------------------------------------------ standard controls */

typedef HRESULT(WINAPI *dwm_set_attribute_fn)(HWND, DWORD, LPCVOID, DWORD);
typedef HRESULT(WINAPI *set_window_theme_fn)(HWND, LPCWSTR, LPCWSTR);

/* Loaded from System32 when first needed: missing DLLs or entry points (older
 * Windows, Wine) only mean that part stays as it is. */
static FARPROC system_proc(const wchar_t *dll, const char *name)
{
    HMODULE m = LoadLibraryExW(dll, NULL, LOAD_LIBRARY_SEARCH_SYSTEM32);
    return m ? GetProcAddress(m, name) : NULL;
}

static set_window_theme_fn set_window_theme(void)
{
    static bool loaded;
    static set_window_theme_fn fn;
    if (!loaded) {
        loaded = true;
        fn = (set_window_theme_fn)(void (*)(void))system_proc(L"uxtheme.dll", "SetWindowTheme");
    }
    return fn;
}

static void title_bar(HWND top, bool dark)
{
    static bool loaded;
    static dwm_set_attribute_fn fn;
    if (!loaded) {
        loaded = true;
        fn = (dwm_set_attribute_fn)(void (*)(void))system_proc(L"dwmapi.dll", "DwmSetWindowAttribute");
    }
    BOOL on = dark;
    if (fn && FAILED(fn(top, DWMWA_DARK_MODE, &on, sizeof on))) fn(top, DWMWA_DARK_MODE_OLD, &on, sizeof on);
}

/* Dark scroll bars and combo boxes use Windows' own dark control themes; radio
 * buttons and check boxes drop visual styles in dark mode, because their themed
 * text is always black (the classic ones use the WM_CTLCOLORBTN colour). */
static BOOL CALLBACK theme_child(HWND h, LPARAM lp)
{
    bool dark = lp != 0;
    if (class_is(h, WC_LISTVIEWW)) {
        /* List views (statistics data, amortization table) paint their own
         * background: give them the palette's field colours. */
        ListView_SetBkColor(h, theme_color(TC_FIELD));
        ListView_SetTextBkColor(h, theme_color(TC_FIELD));
        ListView_SetTextColor(h, theme_color(TC_TEXT));
    }
    set_window_theme_fn fn = set_window_theme();
    if (!fn) return FALSE;
    if (class_is(h, L"ComboBox")) {
        fn(h, dark ? L"DarkMode_CFD" : NULL, NULL);
    } else if (class_is(h, L"ListBox") || class_is(h, L"Edit") || class_is(h, L"ScrollBar") ||
               class_is(h, WC_LISTVIEWW) ||
               class_is(h, L"msctls_updown32")) {
        fn(h, dark ? L"DarkMode_Explorer" : NULL, NULL);
    } else if (class_is(h, L"Button")) {
        LONG type = GetWindowLongW(h, GWL_STYLE) & BS_TYPEMASK;
        bool marks = type == BS_CHECKBOX || type == BS_AUTOCHECKBOX || type == BS_RADIOBUTTON ||
                     type == BS_AUTORADIOBUTTON || type == BS_3STATE || type == BS_AUTO3STATE || type == BS_GROUPBOX;
        if (marks) fn(h, dark ? L"" : NULL, dark ? L"" : NULL);
    }
    return TRUE;
}

void theme_apply(HWND top)
{
    if (!top) return;
    bool dark = theme_is_dark();
    if (!(GetWindowLongW(top, GWL_STYLE) & WS_CHILD)) title_bar(top, dark);
    EnumChildWindows(top, theme_child, dark);
    RedrawWindow(top, NULL, NULL, RDW_INVALIDATE | RDW_ERASE | RDW_FRAME | RDW_ALLCHILDREN);
}

void theme_check_menu(HMENU menu)
{
    CheckMenuRadioItem(menu, IDM_THEME_SYSTEM, IDM_THEME_DARK, IDM_THEME_SYSTEM + (UINT)g_choice, MF_BYCOMMAND);
}
