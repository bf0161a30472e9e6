/* The main window: a modeless dialog (IDD_MAIN, class "CalculatriceWnd").
 * A thin dialog procedure, one handler per message. Every command id from a
 * button, a key or a menu goes to calc_execute() unchanged; the window's own
 * commands (menus, panes) are looked up in one table. No switch over buttons. */
#include <windows.h>
#include <string.h>
#include <wctype.h>

#include "bitshift.h"
#include "buttons.h"
#include "clipboard.h"
#include "commands.h"
#include "display.h"
#include "help.h"
#include "keymap.h"
#include "keypad.h"
#include "lang.h"
#include "layout.h"
#include "main_dialog.h"
#include "panes.h"
#include "settings.h"
#include "timing.h"
#include "ui_ids.h"
#include "wtext.h"

#define NOTICE_TIMER 1
#define NOTICE_MS 3000
#define FLASH_TIMER 2
#define FLASH_MS 120
#define CLASS_NAME L"CalculatriceWnd"
/* Posted by the Bit shift button: its menu opens after the click has returned. */
#define WM_APP_SHIFT_MENU (WM_APP + 1)

static ui g_ui;

/* ------------------------------------------------------------ reading the engine back */

static void set_text_if_changed(HWND h, const wchar_t *text)
{
    wchar_t old[512];
    GetWindowTextW(h, old, 512);
    if (wcscmp(old, text) != 0) {
        SetWindowTextW(h, text);
        InvalidateRect(h, NULL, FALSE);
    }
}

/* The display text the user sees: localised number, or the error in the UI language. */
static void display_text(const ui *u, bool group, wchar_t *out, size_t cap)
{
    if (calc_in_error(u->calc)) {
        lang_string(IDS_ERR_BASE + (UINT)calc_error(u->calc), out, (int)cap);
        if (out[0]) return;
        utf8_to_wide(calc_display(u->calc), out, cap);
    } else if (calc_get_mode(u->calc) == CALC_PROGRAMMER) {
        calc_radix r = calc_get_radix(u->calc);
        numfmt_radix(&u->fmt, calc_display_in_radix(u->calc, r), r, group, out, cap);
    } else {
        numfmt_localize(&u->fmt, calc_display(u->calc), group, out, cap);
    }
}

static void switch_keypad(ui *u, calc_mode m)
{
    if (!keypad_build(u, m)) return;
    if (u->accel) DestroyAcceleratorTable(u->accel);
    u->accel = keymap_accelerators(m);
    u->history_count = -1;
    SIZE n = layout_natural_client(u, u->pane_open);
    layout_set_client(u, n.cx, n.cy);
    layout_apply(u);
    ShowWindow(u->keypad, SW_SHOWNA);
}

void ui_refresh(ui *u)
{
    calc_mode m = calc_get_mode(u->calc);
    if (m != u->keypad_mode || !u->keypad) switch_keypad(u, m);
    wchar_t text[512];
    display_text(u, u->grouping, text, 512);
    set_text_if_changed(GetDlgItem(u->dlg, IDC_DISPLAY), text);
    if (u->notice[0]) lstrcpynW(text, u->notice, 512);
    else numfmt_localize(&u->fmt, calc_expression(u->calc), u->grouping, text, 512);
    set_text_if_changed(GetDlgItem(u->dlg, IDC_EXPRESSION), text);
    keypad_update(u);
    panes_refresh(u);
}

/* Test seam: the last command the window ran and how many it ran, as window
 * properties, so the GUI tests can check each key of the map does exactly one
 * command (tests/gui/probe.c reads them). */
static void note_command(ui *u, int id)
{
    INT_PTR count = (INT_PTR)GetPropW(u->dlg, L"CalculatriceCommandCount");
    SetPropW(u->dlg, L"CalculatriceLastCommand", (HANDLE)(INT_PTR)id);
    SetPropW(u->dlg, L"CalculatriceCommandCount", (HANDLE)(count + 1));
}

void ui_execute(ui *u, int command_id)
{
    note_command(u, command_id);
    u->notice[0] = 0;
    calc_execute(u->calc, command_id);
    ui_refresh(u);
}

/* A key of the map shows its button pressed for a moment, as a click would. */
static HWND g_flashed;

static void flash_button(ui *u, int id)
{
    HWND b = GetDlgItem(u->keypad, id);
    if (!b || !IsWindowVisible(b)) return;
    if (g_flashed && g_flashed != b) SendMessageW(g_flashed, BM_SETSTATE, FALSE, 0);
    g_flashed = b;
    SendMessageW(b, BM_SETSTATE, TRUE, 0);
    SetTimer(u->dlg, FLASH_TIMER, FLASH_MS, NULL);
}

static void on_timer(HWND dlg, UINT_PTR id)
{
    KillTimer(dlg, id);
    if (id == FLASH_TIMER) {
        if (g_flashed && IsWindow(g_flashed)) SendMessageW(g_flashed, BM_SETSTATE, FALSE, 0);
        g_flashed = NULL;
        return;
    }
    g_ui.notice[0] = 0;
    ui_refresh(&g_ui);
}

static void show_notice(ui *u, UINT string_id)
{
    lang_string(string_id, u->notice, 128);
    SetTimer(u->dlg, NOTICE_TIMER, NOTICE_MS, NULL);
    ui_refresh(u);
}

/* ------------------------------------------------------------ window commands */

static void cmd_history(ui *u) { panes_toggle(u, PANE_HISTORY); }
static void cmd_memory(ui *u) { panes_toggle(u, PANE_MEMORY); }

static void cmd_topmost(ui *u)
{
    u->topmost = !u->topmost;
    SetWindowPos(u->dlg, u->topmost ? HWND_TOPMOST : HWND_NOTOPMOST, 0, 0, 0, 0, SWP_NOMOVE | SWP_NOSIZE);
}

static void cmd_grouping(ui *u)
{
    u->grouping = !u->grouping;
    u->history_count = -1;
    ui_refresh(u);
}

static void cmd_copy(ui *u)
{
    wchar_t text[512];
    display_text(u, false, text, 512);
    clip_put_text(u->dlg, text);
}

/* Spaces of any kind between two digits become the locale's group separator
 * when that separator is itself a space (fr-FR: U+202F or U+00A0), so that
 * "1 234,5" typed with a plain space pastes in French. */
static void normalise_spaces(const numfmt *f, wchar_t *s)
{
    wchar_t g = f->group[0];
    if (!(g == L' ' || g == 0x00A0 || g == 0x202F) || f->group[1] || !s[0]) return;
    for (size_t i = 1; s[i] && s[i + 1]; i++) {
        bool space = s[i] == L' ' || s[i] == 0x00A0 || s[i] == 0x202F;
        if (space && iswdigit(s[i - 1]) && iswdigit(s[i + 1])) s[i] = g;
    }
}

static calc_status paste_with(ui *u, const char *text, const wchar_t *dec, const wchar_t *grp)
{
    char d[16], g[16];
    wide_to_utf8(dec, d, sizeof d);
    wide_to_utf8(grp, g, sizeof g);
    return calc_paste(u->calc, text, d, g);
}

static void cmd_paste(ui *u)
{
    bool too_long;
    char *raw = clip_get_utf8(u->dlg, &too_long);
    calc_status st = CALC_ERR_INVALID;
    if (raw) {
        size_t n = strlen(raw) + 1;
        wchar_t *w = HeapAlloc(GetProcessHeap(), 0, n * sizeof *w);
        char *text = HeapAlloc(GetProcessHeap(), 0, n * 3);
        if (w && text) {
            utf8_to_wide(raw, w, n);
            normalise_spaces(&u->fmt, w);
            wide_to_utf8(w, text, n * 3);
            st = paste_with(u, text, u->fmt.decimal, u->fmt.group);
            /* Then the other common convention: "12.5" in fr-FR, "1 234,5" in en-US. */
            if (st == CALC_ERR_INVALID)
                st = wcscmp(u->fmt.decimal, L",") == 0 ? paste_with(u, text, L".", L",")
                                                       : paste_with(u, text, L",", L" ");
        }
        if (w) HeapFree(GetProcessHeap(), 0, w);
        if (text) HeapFree(GetProcessHeap(), 0, text);
        HeapFree(GetProcessHeap(), 0, raw);
    }
    /* calc_paste left the calculator as it was: say so without losing the value. */
    if (st == CALC_ERR_INVALID) show_notice(u, IDS_ERR_INVALID);
    else {
        u->notice[0] = 0;
        ui_refresh(u);
    }
}

static void cmd_clear_history(ui *u)
{
    calc_history_clear(u->calc, calc_get_mode(u->calc));
    ui_refresh(u);
}

static void cmd_shift_kind_menu(ui *u) { PostMessageW(u->dlg, WM_APP_SHIFT_MENU, 0, 0); }
static void cmd_shift_arithmetic(ui *u) { bitshift_select(u, SHIFT_ARITHMETIC); }
static void cmd_shift_logical(ui *u) { bitshift_select(u, SHIFT_LOGICAL); }
static void cmd_shift_rotate(ui *u) { bitshift_select(u, SHIFT_ROTATE); }
static void cmd_shift_rotate_carry(ui *u) { bitshift_select(u, SHIFT_ROTATE_CARRY); }

static void cmd_shortcuts(ui *u) { help_shortcuts(u->inst, u->dlg); }
static void cmd_about(ui *u) { help_about(u->inst, u->dlg); }
/* Enter and Esc are accelerators; if the dialog manager still sends IDOK or
 * IDCANCEL, they must neither press a button twice nor close the window. */
static void cmd_ignore(ui *u) { (void)u; }

static const struct { int id; void (*run)(ui *); } WINDOW_COMMANDS[] = {
    { IDM_HISTORY, cmd_history },   { IDM_MEMORY, cmd_memory },
    { IDM_TOPMOST, cmd_topmost },   { IDM_GROUPING, cmd_grouping },
    { IDM_COPY, cmd_copy },         { IDM_PASTE, cmd_paste },
    { IDM_CLEAR_HISTORY, cmd_clear_history },
    { IDM_SHORTCUTS, cmd_shortcuts }, { IDM_ABOUT, cmd_about },
    { IDC_SHIFT_KIND, cmd_shift_kind_menu },
    { IDM_SHIFT_ARITHMETIC, cmd_shift_arithmetic }, { IDM_SHIFT_LOGICAL, cmd_shift_logical },
    { IDM_SHIFT_ROTATE, cmd_shift_rotate }, { IDM_SHIFT_ROTATE_CARRY, cmd_shift_rotate_carry },
    { IDOK, cmd_ignore },           { IDCANCEL, cmd_ignore },
};

/* ------------------------------------------------------------ message handlers */

static void apply_settings(ui *u, const settings *s)
{
    /* The angle unit is a scientific setting: set it there, then the mode. */
    calc_execute(u->calc, CMD_SCIENTIFIC);
    calc_execute(u->calc, CMD_DEG + (int)s->angle);
    calc_execute(u->calc, CMD_STANDARD + (int)s->mode);
    u->grouping = s->grouping;
    u->topmost = s->topmost;
    u->pane_open = s->pane_open;
    u->pane = s->pane == PANE_MEMORY ? PANE_MEMORY : PANE_HISTORY;
    u->shift_kind = s->shift_kind;
}

static BOOL on_init(HWND dlg)
{
    ui *u = &g_ui;
    u->dlg = dlg;
    u->dpi = layout_window_dpi(dlg);
    layout_own_dpi_changes(dlg);
    u->keypad_mode = CALC_STANDARD;
    numfmt_load_user(&u->fmt);

    wchar_t title[64];
    SetWindowTextW(dlg, lang_string(IDS_APP_TITLE, title, 64));
    HMENU menu = lang_menu();
    if (menu) SetMenu(dlg, menu);
    HICON big = LoadImageW(u->inst, MAKEINTRESOURCEW(IDI_APP), IMAGE_ICON, GetSystemMetrics(SM_CXICON),
                           GetSystemMetrics(SM_CYICON), LR_DEFAULTCOLOR);
    HICON small = LoadImageW(u->inst, MAKEINTRESOURCEW(IDI_APP), IMAGE_ICON, GetSystemMetrics(SM_CXSMICON),
                             GetSystemMetrics(SM_CYSMICON), LR_DEFAULTCOLOR);
    SendMessageW(dlg, WM_SETICON, ICON_BIG, (LPARAM)big);
    SendMessageW(dlg, WM_SETICON, ICON_SMALL, (LPARAM)small);

    settings s;
    settings_load(&s);
    apply_settings(u, &s);
    settings_load_history(u->calc);

    layout_dpi_fonts(u);
    panes_init(u);
    ui_refresh(u); /* builds the keypad of the mode and sizes the window */
    if (s.has_rect)
        SetWindowPos(dlg, NULL, s.rect.left, s.rect.top, s.rect.right - s.rect.left, s.rect.bottom - s.rect.top,
                     SWP_NOZORDER | SWP_NOACTIVATE);
    layout_apply(u);
    ui_refresh(u);
    if (u->topmost) SetWindowPos(dlg, HWND_TOPMOST, 0, 0, 0, 0, SWP_NOMOVE | SWP_NOSIZE);
    /* Focus on "=", not on a control that would show a caret. */
    HWND eq = GetDlgItem(u->keypad, CMD_EQUALS);
    SetFocus(eq ? eq : u->keypad);
    return FALSE;
}

static void on_command(HWND dlg, int id, int code)
{
    ui *u = &g_ui;
    (void)dlg;
    /* The keys < and > (programmer) run the selected Bit shift kind's command. */
    if ((id == IDM_SHIFT_LEFT || id == IDM_SHIFT_RIGHT) && calc_get_mode(u->calc) == CALC_PROGRAMMER)
        id = bitshift_translate(u, id);
    if (id >= CMD_FIRST && id <= CMD_LAST) {
        /* buttons (click, fast second click), accelerators (1), menus (0) */
        if (code == BN_CLICKED || code == BN_DOUBLECLICKED || code == 1) ui_execute(u, id);
        if (code == 1) flash_button(u, id);
        return;
    }
    for (size_t i = 0; i < sizeof WINDOW_COMMANDS / sizeof WINDOW_COMMANDS[0]; i++) {
        if (WINDOW_COMMANDS[i].id == id) {
            note_command(u, id);
            WINDOW_COMMANDS[i].run(u);
            return;
        }
    }
    panes_command(u, id, code);
}

/* Settings buttons look pressed while in force (DEG, F-E, HEX, QWORD). */
static bool command_active(const calc *c, int id)
{
    static const calc_radix RADIXES[] = { RADIX_HEX, RADIX_DEC, RADIX_OCT, RADIX_BIN };
    static const calc_word WORDS[] = { WORD_QWORD, WORD_DWORD, WORD_WORD, WORD_BYTE };
    if (id >= CMD_DEG && id <= CMD_GRAD) return (int)calc_get_angle(c) == id - CMD_DEG;
    if (id == CMD_FE) return calc_get_fe(c);
    if (calc_get_mode(c) != CALC_PROGRAMMER) return false;
    if (id >= CMD_HEX && id <= CMD_BIN) return calc_get_radix(c) == RADIXES[id - CMD_HEX];
    if (id >= CMD_QWORD && id <= CMD_BYTE) return calc_get_word(c) == WORDS[id - CMD_QWORD];
    return false;
}

static void draw_command_button(ui *u, const DRAWITEMSTRUCT *d)
{
    int id = (int)d->CtlID;
    const command_info *ci = command_by_id(id);
    wchar_t value[160];
    const wchar_t *extra = NULL;
    button_look look = ci && ci->kind == CMDK_DIGIT ? LOOK_DIGIT : id == CMD_EQUALS ? LOOK_ACCENT : LOOK_PLAIN;
    if (id >= CMD_HEX && id <= CMD_BIN && calc_get_mode(u->calc) == CALC_PROGRAMMER) {
        static const calc_radix RADIXES[] = { RADIX_HEX, RADIX_DEC, RADIX_OCT, RADIX_BIN };
        calc_radix r = RADIXES[id - CMD_HEX];
        if (calc_in_error(u->calc)) value[0] = 0;
        else numfmt_radix(&u->fmt, calc_display_in_radix(u->calc, r), r, true, value, 160);
        extra = value;
    } else if (id >= CMD_BIT_0 && id <= CMD_BIT_63) {
        look = LOOK_BIT;
        value[0] = (calc_bits(u->calc) >> (id - CMD_BIT_0)) & 1 ? L'1' : L'0';
        value[1] = 0;
        extra = value;
    }
    button_draw(d, &u->fonts, look, command_active(u->calc, id), extra);
}

static void on_draw_item(const DRAWITEMSTRUCT *d)
{
    ui *u = &g_ui;
    int id = (int)d->CtlID;
    if (d->CtlType == ODT_STATIC && id == IDC_DISPLAY) display_draw(u, d);
    else if (d->CtlType == ODT_LISTBOX) panes_draw_item(u, d);
    else if (id >= CMD_FIRST && id <= CMD_LAST) draw_command_button(u, d);
    else if (id == IDC_SHIFT_KIND) button_draw(d, &u->fonts, LOOK_PLAIN, false, NULL);
    else button_draw(d, &u->fonts, (id == IDC_TAB_HISTORY || id == IDC_TAB_MEMORY) ? LOOK_TAB : LOOK_PANE,
                     (id == IDC_TAB_HISTORY && u->pane == PANE_HISTORY && u->keypad_mode != CALC_PROGRAMMER) ||
                         (id == IDC_TAB_MEMORY && (u->pane == PANE_MEMORY || u->keypad_mode == CALC_PROGRAMMER)),
                     NULL);
}

/* Items are greyed only while the user has a menu open: see on_menu_loop. */
static bool g_menu_open;

static void on_init_menu(HMENU menu)
{
    ui *u = &g_ui;
    calc_mode m = calc_get_mode(u->calc);
    CheckMenuRadioItem(menu, CMD_STANDARD, CMD_PROGRAMMER, CMD_STANDARD + (UINT)m, MF_BYCOMMAND);
    CheckMenuItem(menu, IDM_HISTORY, MF_BYCOMMAND | (u->pane_shown && u->pane == PANE_HISTORY && m != CALC_PROGRAMMER ? MF_CHECKED : MF_UNCHECKED));
    CheckMenuItem(menu, IDM_MEMORY, MF_BYCOMMAND | (u->pane_shown && (u->pane == PANE_MEMORY || m == CALC_PROGRAMMER) ? MF_CHECKED : MF_UNCHECKED));
    CheckMenuItem(menu, IDM_TOPMOST, MF_BYCOMMAND | (u->topmost ? MF_CHECKED : MF_UNCHECKED));
    CheckMenuItem(menu, IDM_GROUPING, MF_BYCOMMAND | (u->grouping ? MF_CHECKED : MF_UNCHECKED));
    if (!g_menu_open) return; /* an accelerator, not the user: see on_menu_loop */
    EnableMenuItem(menu, IDM_PASTE, MF_BYCOMMAND | (IsClipboardFormatAvailable(CF_UNICODETEXT) ? MF_ENABLED : MF_GRAYED));
    EnableMenuItem(menu, IDM_HISTORY, MF_BYCOMMAND | (m != CALC_PROGRAMMER ? MF_ENABLED : MF_GRAYED));
    EnableMenuItem(menu, IDM_CLEAR_HISTORY, MF_BYCOMMAND | (m != CALC_PROGRAMMER && calc_history_count(u->calc, m) > 0 ? MF_ENABLED : MF_GRAYED));
}

/* TranslateAccelerator sends WM_INITMENUPOPUP too, then drops the key of a
 * greyed item: Ctrl+V with no text on the clipboard would do nothing (not even
 * "Invalid input"), Ctrl+Shift+D would stay dead after new history. So items
 * are greyed only while the user has a menu open, and enabled again after. */
static void on_menu_loop(bool open)
{
    g_menu_open = open;
    HMENU menu = GetMenu(g_ui.dlg);
    if (open || !menu) return;
    static const UINT GREYABLE[] = { IDM_PASTE, IDM_HISTORY, IDM_CLEAR_HISTORY };
    for (size_t i = 0; i < sizeof GREYABLE / sizeof GREYABLE[0]; i++)
        EnableMenuItem(menu, GREYABLE[i], MF_BYCOMMAND | MF_ENABLED);
}

static void on_dpi_changed(HWND dlg, UINT dpi, const RECT *suggested)
{
    ui *u = &g_ui;
    UINT old = u->dpi ? u->dpi : 96;
    u->dpi = dpi;
    u->keypad_natural.cx = MulDiv(u->keypad_natural.cx, (int)dpi, (int)old);
    u->keypad_natural.cy = MulDiv(u->keypad_natural.cy, (int)dpi, (int)old);
    layout_dpi_fonts(u);
    SetWindowPos(dlg, NULL, suggested->left, suggested->top, suggested->right - suggested->left,
                 suggested->bottom - suggested->top, SWP_NOZORDER | SWP_NOACTIVATE);
    layout_apply(u);
    InvalidateRect(dlg, NULL, TRUE);
}

static void on_setting_change(const wchar_t *area)
{
    ui *u = &g_ui;
    if (!area || wcscmp(area, L"intl") != 0) return;
    numfmt_load_user(&u->fmt);
    HWND dec = GetDlgItem(u->keypad, CMD_DECIMAL);
    if (dec && calc_get_mode(u->calc) != CALC_PROGRAMMER) {
        wchar_t name[128];
        GetWindowTextW(dec, name, 128);
        button_adopt(dec, u->fmt.decimal, name);
    }
    u->history_count = -1;
    ui_refresh(u);
    InvalidateRect(u->keypad, NULL, FALSE);
}

static void save_all(ui *u)
{
    settings s;
    settings_defaults(&s);
    s.mode = calc_get_mode(u->calc);
    s.angle = calc_get_angle(u->calc);
    s.topmost = u->topmost;
    s.grouping = u->grouping;
    s.pane_open = u->pane_open;
    s.pane = (int)u->pane;
    s.shift_kind = u->shift_kind;
    WINDOWPLACEMENT wp;
    memset(&wp, 0, sizeof wp);
    wp.length = sizeof wp;
    if (GetWindowPlacement(u->dlg, &wp) && !IsIconic(u->dlg)) {
        RECT r;
        GetWindowRect(u->dlg, &r);
        s.rect = IsZoomed(u->dlg) ? wp.rcNormalPosition : r;
        s.has_rect = true;
    }
    settings_save(&s);
    settings_save_history(u->calc);
}

static void on_destroy(void)
{
    ui *u = &g_ui;
    save_all(u);
    KillTimer(u->dlg, NOTICE_TIMER);
    KillTimer(u->dlg, FLASH_TIMER);
    static const int PANE_BUTTON_IDS[] = { IDC_TAB_HISTORY, IDC_TAB_MEMORY, IDC_HISTORY_DELETE, IDC_HISTORY_CLEAR,
                                           IDC_MEMITEM_MR, IDC_MEMITEM_MPLUS, IDC_MEMITEM_MMINUS, IDC_MEMITEM_MC };
    for (size_t i = 0; i < sizeof PANE_BUTTON_IDS / sizeof PANE_BUTTON_IDS[0]; i++)
        button_release(GetDlgItem(u->dlg, PANE_BUTTON_IDS[i]));
    if (u->accel) DestroyAcceleratorTable(u->accel);
    u->accel = NULL;
    RemovePropW(u->dlg, L"CalculatriceLastCommand");
    RemovePropW(u->dlg, L"CalculatriceCommandCount");
    PostQuitMessage(0);
}

static INT_PTR on_ctl_color(HDC dc, HWND ctl)
{
    SetBkColor(dc, ui_color_window());
    SetTextColor(dc, GetDlgCtrlID(ctl) == IDC_EXPRESSION ? ui_color_dim_text() : ui_color_text());
    return (INT_PTR)ui_window_brush();
}

static INT_PTR CALLBACK main_proc(HWND dlg, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_INITDIALOG: return on_init(dlg);
    case WM_COMMAND: on_command(dlg, LOWORD(wp), HIWORD(wp)); return TRUE;
    case WM_DRAWITEM: on_draw_item((const DRAWITEMSTRUCT *)lp); return TRUE;
    case WM_SIZE: layout_apply(&g_ui); return TRUE;
    case WM_GETMINMAXINFO: layout_min_track(&g_ui, (MINMAXINFO *)lp); return TRUE;
    case WM_DPICHANGED: on_dpi_changed(dlg, HIWORD(wp), (const RECT *)lp); return TRUE;
    case WM_INITMENUPOPUP: on_init_menu((HMENU)wp); return TRUE;
    case WM_ENTERMENULOOP: on_menu_loop(true); return TRUE;
    case WM_EXITMENULOOP: on_menu_loop(false); return TRUE;
    case WM_SETTINGCHANGE: on_setting_change((const wchar_t *)lp); return FALSE;
    case WM_TIMER: on_timer(dlg, (UINT_PTR)wp); return TRUE;
    case WM_APP_SHIFT_MENU: bitshift_menu(&g_ui); return TRUE;
    case WM_PAINT: timing_first_paint(); return FALSE; /* the dialog manager paints */
    case WM_CTLCOLORDLG: return (INT_PTR)ui_window_brush();
    case WM_CTLCOLORSTATIC: return on_ctl_color((HDC)wp, (HWND)lp);
    case WM_CLOSE: DestroyWindow(dlg); return TRUE;
    case WM_DESTROY: on_destroy(); return FALSE;
    default: return FALSE;
    }
}

/* ------------------------------------------------------------ creation and the key map */

HWND main_dialog_create(HINSTANCE inst, int show)
{
    ui *u = &g_ui;
    u->inst = inst;
    u->calc = calc_create();
    if (!u->calc) return NULL;
    WNDCLASSEXW wc;
    memset(&wc, 0, sizeof wc);
    wc.cbSize = sizeof wc;
    wc.style = CS_DBLCLKS;
    wc.lpfnWndProc = DefDlgProcW;
    wc.cbWndExtra = DLGWINDOWEXTRA;
    wc.hInstance = inst;
    wc.hIcon = LoadIconW(inst, MAKEINTRESOURCEW(IDI_APP));
    wc.hIconSm = LoadImageW(inst, MAKEINTRESOURCEW(IDI_APP), IMAGE_ICON, GetSystemMetrics(SM_CXSMICON),
                            GetSystemMetrics(SM_CYSMICON), LR_DEFAULTCOLOR);
    wc.hCursor = LoadCursorW(NULL, (LPCWSTR)IDC_ARROW);
    wc.lpszClassName = CLASS_NAME;
    if (!RegisterClassExW(&wc)) return NULL;
    HWND dlg = CreateDialogParamW(inst, MAKEINTRESOURCEW(IDD_MAIN), NULL, main_proc, 0);
    if (!dlg) return NULL;
    ShowWindow(dlg, show);
    UpdateWindow(dlg);
    return dlg;
}

bool main_dialog_translate(HWND dlg, MSG *m)
{
    /* Only for this window and its children; modal boxes have their own loops. */
    if (!g_ui.accel || (m->hwnd != dlg && !IsChild(dlg, m->hwnd))) return false;
    return TranslateAcceleratorW(dlg, g_ui.accel, m) != 0;
}

void main_dialog_shutdown(void)
{
    if (g_ui.calc) calc_destroy(g_ui.calc);
    g_ui.calc = NULL;
    layout_free_fonts(&g_ui);
}
