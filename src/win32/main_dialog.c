/* The main window: a modeless dialog (IDD_MAIN, class "CalculatriceWnd").
 * A thin dialog procedure, one handler per message. Every command id from a
 * button, a key or a menu goes to calc_execute() unchanged; the window's own
 * commands (menus, panes) are looked up in one table. No switch over buttons. */
#include <windows.h>
#include <string.h>
#include <wctype.h>

#include "access.h"
#include "bitshift.h"
#include "buttons.h"
#include "clipboard.h"
#include "commands.h"
#include "display.h"
#include "help.h"
#include "keymap.h"
#include "lang.h"
#include "dpi.h"
#include "layout.h"
#include "main_dialog.h"
#include "mode_table.h"
#include "panel.h"
#include "panes.h"
#include "persist.h"
#include "respack.h"
#include "settings.h"
#include "stats_store.h"
#include "theme.h"
#include "timing.h"
#include "tooltips.h"
#include "ui_ids.h"
#include "wtext.h"

#define NOTICE_TIMER 1
#define NOTICE_MS 3000
#define FLASH_TIMER 2
#define FLASH_MS 120
/* Changes are saved this long after the first of a burst (issue 17): on disk
 * within about a second, and ten thousand keys cost one save a half second. */
#define SAVE_TIMER 3
#define SAVE_MS 500
#define CLASS_NAME L"CalculatriceWnd"
/* Posted by the Bit shift button: its menu opens after the click has returned. */
#define WM_APP_SHIFT_MENU (WM_APP + 1)

/* The window's state is in the dialog (DWLP_USER), set on WM_INITDIALOG. */
static ui *ui_of(HWND dlg) { return (ui *)GetWindowLongPtrW(dlg, DWLP_USER); }

/* ------------------------------------------------------------ reading the engine back */

/* The text is set by DefWindowProc, not by the static control: Wine's static
 * paints itself at once on WM_SETTEXT, the invalidation paints it with the
 * next WM_PAINT, once for a whole burst of keys. */
static void set_text_if_changed(HWND h, const wchar_t *text)
{
    wchar_t old[512];
    GetWindowTextW(h, old, 512);
    if (wcscmp(old, text) != 0) {
        DefWindowProcW(h, WM_SETTEXT, 0, (LPARAM)text);
        InvalidateRect(h, NULL, FALSE);
    }
}

/* The display text the user sees: localised number, or the error in the UI language. */
static void display_text(const ui *u, bool group, wchar_t *out, size_t cap)
{
    wchar_t second[8];
    const panel *p = &u->panel;
    if (p->row && p->row->panel->result && p->row->panel->result(p, u, out, cap, second, 8)) return;
    if (calc_in_error(u->calc)) {
        lang_string(IDS_ERR_BASE + (UINT)calc_error(u->calc), out, (int)cap);
        if (out[0]) return;
        utf8_to_wide(calc_display(u->calc), out, cap);
    } else if (calc_showing_fraction(u->calc)) {
        /* "-5/2", "3 1/7" as the engine writes them: no decimal point to localise,
         * and grouping would blur the space of a mixed number (fr-FR groups with spaces). */
        utf8_to_wide(calc_display(u->calc), out, cap);
    } else if (p->row && p->row->radix_display) {
        calc_radix r = calc_get_radix(u->calc);
        numfmt_radix(&u->fmt, calc_display_in_radix(u->calc, r), r, group, out, cap);
    } else {
        numfmt_localize(&u->fmt, calc_display(u->calc), group, out, cap);
    }
}

/* Replaces the panel by the one of mode m's row (mode_table.c). */
static void switch_panel(ui *u, const mode_row *row)
{
    panel fresh = { row, NULL, { 1, 1 }, NULL };
    if (!row->panel->create(&fresh, u, row->dialog)) return;
    /* Its controls show the state before anyone can see it (names, enabled keys). */
    row->panel->refresh(&fresh, u);
    theme_apply(fresh.hwnd);
    tooltips_attach(u, fresh.hwnd, row->mode);
    SetWindowLongPtrW(fresh.hwnd, GWLP_ID, IDC_KEYPAD);
    /* Keep the tab order: the panel comes right after the display. */
    SetWindowPos(fresh.hwnd, GetDlgItem(u->dlg, IDC_DISPLAY), 0, 0, 0, 0, SWP_NOMOVE | SWP_NOSIZE | SWP_NOACTIVATE);
    panel old = u->panel;
    bool had_focus = old.hwnd && GetFocus() && IsChild(old.hwnd, GetFocus());
    u->flashed = NULL;
    u->panel = fresh;
    if (old.hwnd) {
        if (had_focus) SetFocus(u->dlg);
        tooltips_detach(u, old.hwnd);
        old.row->panel->destroy(&old, u);
    }
    if (u->accel) DestroyAcceleratorTable(u->accel);
    u->accel = keymap_accelerators(row->mode);
    u->history_count = -1;
    SIZE n = layout_natural_client(u, u->pane_open && row->panes != PANES_NONE);
    layout_set_client(u, n.cx, n.cy);
    layout_apply(u);
    ShowWindow(u->panel.hwnd, SW_SHOWNA);
    if (had_focus || !old.hwnd) {
        /* Focus on the panel's first control ("=" on a keypad: no caret shown). */
        HWND eq = GetDlgItem(u->panel.hwnd, CMD_EQUALS);
        SetFocus(eq ? eq : GetNextDlgTabItem(u->panel.hwnd, NULL, FALSE));
    }
}

/* ------------------------------------------------------------ saving soon after a change */

/* Starts the save timer unless it runs: the first change of a burst decides. */
static void save_soon(ui *u)
{
    if (u->save_pending || !u->dlg) return;
    u->save_pending = SetTimer(u->dlg, SAVE_TIMER, SAVE_MS, NULL) != 0;
}

/* Cheap enough for every key: a counter and a few fields (the window
 * rectangle is looked at when the timer fires, and on WM_MOVE / WM_SIZE). */
static void save_soon_if_changed(ui *u)
{
    const settings *s = &u->saved;
    if (persist_dirty(u->persist, u->calc) || calc_data_revision(u->calc) != u->data_saved || s->mode != calc_get_mode(u->calc) || s->angle != calc_get_angle(u->calc) ||
        s->grouping != u->grouping || s->topmost != u->topmost || s->pane_open != u->pane_open ||
        s->pane != (int)u->pane || s->shift_kind != u->shift_kind || s->keep_history != u->keep_history ||
        s->mixed != calc_get_mixed(u->calc))
        save_soon(u);
}

static void current_settings(ui *u, settings *s)
{
    settings_defaults(s);
    s->mode = calc_get_mode(u->calc);
    s->angle = calc_get_angle(u->calc);
    s->topmost = u->topmost;
    s->grouping = u->grouping;
    s->pane_open = u->pane_open;
    s->pane = (int)u->pane;
    s->shift_kind = u->shift_kind;
    s->keep_history = u->keep_history;
    s->mixed = calc_get_mixed(u->calc);
    WINDOWPLACEMENT wp;
    memset(&wp, 0, sizeof wp);
    wp.length = sizeof wp;
    if (GetWindowPlacement(u->dlg, &wp) && !IsIconic(u->dlg)) {
        RECT r;
        GetWindowRect(u->dlg, &r);
        s->rect = IsZoomed(u->dlg) ? wp.rcNormalPosition : r;
        s->has_rect = true;
    }
}

/* Writes what changed: the settings (registry, each value in one call), the
 * history and memory (files); all of it if force (close, end of session). */
static void save_now(ui *u, bool force)
{
    settings s;
    current_settings(u, &s);
    if (force || !settings_equal(&s, &u->saved)) {
        settings_save(&s);
        u->saved = s;
    }
    persist_save(u->persist, u->calc, force);
    uint32_t data = calc_data_revision(u->calc);
    if ((force || data != u->data_saved) && stats_store_save(u->calc)) u->data_saved = data;
}

/* Reads the engine (and the panel's result) back into every control. Only
 * this file calls it: the other modules report a change. */
static void ui_refresh(ui *u)
{
    long long t0 = timing_now();
    const mode_row *row = mode_or_default(calc_get_mode(u->calc));
    if (row != u->panel.row || !u->panel.hwnd) switch_panel(u, row);
    long long t = timing_now();
    if (u->panel.row) u->panel.row->panel->refresh(&u->panel, u);
    timing_add(PH_PANEL, t);
    t = timing_now();
    wchar_t text[512], second[512] = L"";
    const panel *p = &u->panel;
    bool form = p->row && p->row->panel->result && p->row->panel->result(p, u, text, 512, second, 512);
    if (!form) display_text(u, u->grouping, text, 512);
    set_text_if_changed(GetDlgItem(u->dlg, IDC_DISPLAY), text);
    long long ta = timing_now();
    access_display(GetDlgItem(u->dlg, IDC_DISPLAY), text, !form && calc_in_error(u->calc));
    timing_add(PH_ACCESS, ta);
    if (u->notice[0]) lstrcpynW(text, u->notice, 512);
    else if (form) lstrcpynW(text, second, 512);
    else numfmt_localize(&u->fmt, calc_expression(u->calc), u->grouping, text, 512);
    set_text_if_changed(GetDlgItem(u->dlg, IDC_EXPRESSION), text);
    ta = timing_now();
    access_expression(GetDlgItem(u->dlg, IDC_EXPRESSION), text);
    timing_add(PH_ACCESS, ta);
    timing_add(PH_TEXTS, t);
    t = timing_now();
    panes_refresh(u);
    timing_add(PH_PANES, t);
    save_soon_if_changed(u);
    timing_add(PH_REFRESH, t0);
}

/* Test seam: the last command the window ran and how many it ran, as a window
 * property, so the GUI tests can check each key of the map does exactly one
 * command (tests/gui/probe.c reads them). */
static void note_command(ui *u, int id)
{
    /* One property, count * 65536 + id: one server call a key under Wine. */
    u->commands++;
    SetPropW(u->dlg, L"CalculatriceCommand", (HANDLE)(u->commands << 16 | (INT_PTR)(id & 0xFFFF)));
}

static void ui_execute(ui *u, int command_id)
{
    access_note_command(command_id);
    u->notice[0] = 0;
    long long t = timing_now();
    calc_execute(u->calc, command_id);
    timing_add(PH_ENGINE, t);
    ui_refresh(u);
    note_command(u, command_id); /* counted once shown: a test that waits for it sees the result */
}

/* A key of the map shows its button pressed for a moment, as a click would. */
static void flash_button(ui *u, int id)
{
    HWND b = u->panel.hwnd ? GetDlgItem(u->panel.hwnd, id) : NULL;
    if (!b || !IsWindowVisible(b)) return;
    if (u->flashed && u->flashed != b) SendMessageW(u->flashed, BM_SETSTATE, FALSE, 0);
    u->flashed = b;
    SendMessageW(b, BM_SETSTATE, TRUE, 0);
    /* Keys faster than the flash (a burst) share one timer: arming it again
     * for each would cost a server call a key under Wine. */
    if (!u->flash_pending) u->flash_pending = SetTimer(u->dlg, FLASH_TIMER, FLASH_MS, NULL) != 0;
}

static void on_timer(ui *u, UINT_PTR id)
{
    KillTimer(u->dlg, id);
    if (id == SAVE_TIMER) {
        u->save_pending = false;
        save_now(u, false);
        return;
    }
    if (id == FLASH_TIMER) {
        u->flash_pending = false;
        if (u->flashed && IsWindow(u->flashed)) SendMessageW(u->flashed, BM_SETSTATE, FALSE, 0);
        u->flashed = NULL;
        return;
    }
    u->notice[0] = 0;
    ui_refresh(u);
}

static void show_notice(ui *u, UINT string_id)
{
    lang_string(string_id, u->notice, 128);
    SetTimer(u->dlg, NOTICE_TIMER, NOTICE_MS, NULL);
    ui_refresh(u);
}

/* ------------------------------------------------------------ window commands */

/* Shows the given pane, or hides the pane if it is the one shown (View menu, Ctrl+H). */
static void toggle_pane(ui *u, pane_kind kind)
{
    if (u->panel.row && u->panel.row->panes == PANES_NONE) return;
    RECT rc;
    GetClientRect(u->dlg, &rc);
    SIZE narrow = layout_natural_client(u, FALSE);
    if (u->pane_shown && panes_shown_kind(u) == kind) {
        u->pane_open = false;
        /* shrink back to the keypad alone */
        layout_set_client(u, rc.right > narrow.cx + layout_pane_width(u) ? narrow.cx : rc.right - layout_pane_width(u), rc.bottom);
    } else {
        u->pane = kind;
        u->pane_open = true;
        if (!u->pane_shown) layout_set_client(u, rc.right + layout_pane_width(u), rc.bottom);
    }
    layout_apply(u);
    ui_refresh(u);
}

static void cmd_history(ui *u) { toggle_pane(u, PANE_HISTORY); }
static void cmd_memory(ui *u) { toggle_pane(u, PANE_MEMORY); }

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

/* Fraction view as mixed numbers (View menu): an engine option, kept in the settings. */
static void cmd_mixed(ui *u)
{
    calc_set_mixed(u->calc, !calc_get_mixed(u->calc));
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
    /* Where a data list takes values (statistics), a column of numbers from a
     * spreadsheet adds them all; a single number is typed as usual. */
    if (calc_command_enabled(u->calc, CMD_STAT_ADD)) {
        int added = calc_data_paste(u->calc, text, d, g);
        if (added != 0) return added > 0 ? CALC_OK : CALC_ERR_INVALID;
    }
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
    persist_history_cleared(u->persist, u->calc, calc_get_mode(u->calc));
    ui_refresh(u);
}

/* View > Keep history and memory: off deletes the saved copies at once. */
static void cmd_keep_history(ui *u)
{
    u->keep_history = !u->keep_history;
    persist_set_keep(u->persist, u->calc, u->keep_history);
    save_soon(u);
}

static void cmd_shift_kind_menu(ui *u) { PostMessageW(u->dlg, WM_APP_SHIFT_MENU, 0, 0); }

static void select_shift(ui *u, int kind)
{
    u->shift_kind = bitshift_valid(kind);
    bitshift_apply(u->panel.hwnd, u->shift_kind);
    ui_refresh(u);
}

static void cmd_shift_arithmetic(ui *u) { select_shift(u, SHIFT_ARITHMETIC); }
static void cmd_shift_logical(ui *u) { select_shift(u, SHIFT_LOGICAL); }
static void cmd_shift_rotate(ui *u) { select_shift(u, SHIFT_ROTATE); }
static void cmd_shift_rotate_carry(ui *u) { select_shift(u, SHIFT_ROTATE_CARRY); }

/* View > Theme: the palette changes at once, and the choice is saved. */
static void select_theme(ui *u, theme_choice c)
{
    theme_set_choice(c);
    theme_apply(u->dlg);
}

static void cmd_theme_system(ui *u) { select_theme(u, THEME_SYSTEM); }
static void cmd_theme_light(ui *u) { select_theme(u, THEME_LIGHT); }
static void cmd_theme_dark(ui *u) { select_theme(u, THEME_DARK); }

static void cmd_shortcuts(ui *u) { help_shortcuts(u->inst, u->dlg); }
static void cmd_about(ui *u) { help_about(u->inst, u->dlg); }
/* Enter and Esc are accelerators; if the dialog manager still sends IDOK or
 * IDCANCEL, they must neither press a button twice nor close the window. */
static void cmd_ignore(ui *u) { (void)u; }

static const struct { int id; void (*run)(ui *); } WINDOW_COMMANDS[] = {
    { IDM_HISTORY, cmd_history },   { IDM_MEMORY, cmd_memory },
    { IDM_TOPMOST, cmd_topmost },   { IDM_GROUPING, cmd_grouping },
    { IDM_MIXED, cmd_mixed },
    { IDM_COPY, cmd_copy },         { IDM_PASTE, cmd_paste },
    { IDM_CLEAR_HISTORY, cmd_clear_history }, { IDM_KEEP_HISTORY, cmd_keep_history },
    { IDM_SHORTCUTS, cmd_shortcuts }, { IDM_ABOUT, cmd_about },
    { IDC_SHIFT_KIND, cmd_shift_kind_menu },
    { IDM_SHIFT_ARITHMETIC, cmd_shift_arithmetic }, { IDM_SHIFT_LOGICAL, cmd_shift_logical },
    { IDM_SHIFT_ROTATE, cmd_shift_rotate }, { IDM_SHIFT_ROTATE_CARRY, cmd_shift_rotate_carry },
    { IDM_THEME_SYSTEM, cmd_theme_system }, { IDM_THEME_LIGHT, cmd_theme_light },
    { IDM_THEME_DARK, cmd_theme_dark },
    { IDOK, cmd_ignore },           { IDCANCEL, cmd_ignore },
};

/* ------------------------------------------------------------ message handlers */

static void apply_settings(ui *u, const settings *s)
{
    /* The angle unit is a scientific setting: set it there, then the mode. */
    calc_execute(u->calc, CMD_SCIENTIFIC);
    calc_execute(u->calc, CMD_DEG + (int)s->angle);
    calc_execute(u->calc, mode_or_default(s->mode)->command);
    u->grouping = s->grouping;
    calc_set_mixed(u->calc, s->mixed);
    u->topmost = s->topmost;
    u->pane_open = s->pane_open;
    u->pane = s->pane == PANE_MEMORY ? PANE_MEMORY : PANE_HISTORY;
    u->shift_kind = bitshift_valid(s->shift_kind);
}

static BOOL on_init(HWND dlg, ui *u)
{
    SetWindowLongPtrW(dlg, DWLP_USER, (LONG_PTR)u);
    u->dlg = dlg;
    u->dpi = dpi_of_window(dlg);
    dpi_own_changes(dlg);
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
    u->keep_history = s.keep_history;
    u->saved = s;
    u->persist = persist_create();
    bool damaged = persist_load(u->persist, u->calc, u->keep_history) || s.damaged;
    bool stats_damaged = stats_store_load(u->calc) == STATS_STORE_DAMAGED;
    u->data_saved = calc_data_revision(u->calc);

    layout_dpi_fonts(u);
    panes_init(u);
    ui_refresh(u); /* builds the panel of the mode, sizes the window, sets the focus */
    if (s.has_rect)
        SetWindowPos(dlg, NULL, s.rect.left, s.rect.top, s.rect.right - s.rect.left, s.rect.bottom - s.rect.top,
                     SWP_NOZORDER | SWP_NOACTIVATE);
    layout_apply(u);
    ui_refresh(u);
    theme_apply(dlg);
    if (u->topmost) SetWindowPos(dlg, HWND_TOPMOST, 0, 0, 0, 0, SWP_NOMOVE | SWP_NOSIZE);
    if (damaged || stats_damaged) {
        /* Said once: what could be read is written back clean at once. */
        save_now(u, true);
        show_notice(u, damaged ? IDS_STORE_DAMAGED : IDS_STAT_FILE_DAMAGED);
    }
    return FALSE;
}

/* A form may take keypad commands, Copy and Paste itself (the converter
 * edits its own value): it is asked first, and what it leaves goes on as in a
 * keypad mode. Mode commands are never a form's. */
static bool form_takes(ui *u, int id, int code)
{
    const mode_row *row = u->panel.row;
    bool offered = (id >= CMD_FIRST && id <= CMD_LAST) || id == IDM_COPY || id == IDM_PASTE;
    if (!offered || !row || row->keypad || !row->panel->command || mode_by_command(id)) return false;
    panel_change c = row->panel->command(&u->panel, u, id, code);
    if (c == PANEL_NOT_MINE) return false;
    note_command(u, id);
    u->notice[0] = 0;
    if (code == 1) flash_button(u, id);
    if (c == PANEL_CHANGED) ui_refresh(u);
    return true;
}

static void on_command(ui *u, int id, int code)
{
    if (form_takes(u, id, code)) return;
    /* The keys < and > (their accelerators exist in programmer mode only) run
     * the selected Bit shift kind's command. */
    if (id == IDM_SHIFT_LEFT || id == IDM_SHIFT_RIGHT) id = bitshift_translate(u->shift_kind, id);
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
    bool changed = false;
    if (panes_command(u, id, code, &changed)) {
        if (changed) ui_refresh(u);
        return;
    }
    const panel_ops *ops = u->panel.row ? u->panel.row->panel : NULL;
    panel_change c = ops && ops->command ? ops->command(&u->panel, u, id, code) : PANEL_NOT_MINE;
    if (c != PANEL_NOT_MINE && code == 1) note_command(u, id); /* a key of the map (accelerator) */
    if (c == PANEL_CHANGED) ui_refresh(u);
}

static void on_notify(ui *u, const NMHDR *nm)
{
    const panel_ops *ops = u->panel.row ? u->panel.row->panel : NULL;
    if (ops && ops->notify && ops->notify(&u->panel, u, nm) == PANEL_CHANGED) ui_refresh(u);
}

static void on_draw_item(ui *u, const DRAWITEMSTRUCT *d)
{
    int id = (int)d->CtlID;
    const panel_ops *ops = u->panel.row ? u->panel.row->panel : NULL;
    if (d->CtlType == ODT_STATIC && id == IDC_DISPLAY) display_draw(u, d);
    else if (d->CtlType == ODT_LISTBOX) panes_draw_item(u, d);
    else if (id == IDC_TAB_HISTORY || id == IDC_TAB_MEMORY)
        button_draw(d, &u->fonts, LOOK_TAB, (int)panes_shown_kind(u) == (id == IDC_TAB_HISTORY ? PANE_HISTORY : PANE_MEMORY), NULL);
    else if (GetParent(d->hwndItem) == u->dlg) button_draw(d, &u->fonts, LOOK_PANE, false, NULL);
    else if (ops && ops->draw && ops->draw(&u->panel, u, d) && d->CtlType == ODT_BUTTON) tooltips_key_drawn(u, d);
}

/* True if one of the key map's keys for command works in mode m: a menu
 * command is there where its key is (Paste in the keypads and the converter). */
static bool key_works_in(int command, calc_mode m)
{
    key_binding b;
    for (int i = 0; i < keymap_count(); i++)
        if (keymap_at(i, &b) && b.command == command && keymap_works_in(&b, m)) return true;
    return false;
}

static void on_init_menu(ui *u, HMENU menu)
{
    const mode_row *row = mode_or_default(calc_get_mode(u->calc));
    bool history = row->panes == PANES_HISTORY_MEMORY, panes = row->panes != PANES_NONE;
    pane_kind shown = panes_shown_kind(u);
    CheckMenuRadioItem(menu, (UINT)mode_first_command(), (UINT)mode_last_command(), (UINT)row->command, MF_BYCOMMAND);
    CheckMenuItem(menu, IDM_HISTORY, MF_BYCOMMAND | (u->pane_shown && shown == PANE_HISTORY ? MF_CHECKED : MF_UNCHECKED));
    CheckMenuItem(menu, IDM_MEMORY, MF_BYCOMMAND | (u->pane_shown && shown == PANE_MEMORY ? MF_CHECKED : MF_UNCHECKED));
    CheckMenuItem(menu, IDM_TOPMOST, MF_BYCOMMAND | (u->topmost ? MF_CHECKED : MF_UNCHECKED));
    CheckMenuItem(menu, IDM_GROUPING, MF_BYCOMMAND | (u->grouping ? MF_CHECKED : MF_UNCHECKED));
    CheckMenuItem(menu, IDM_MIXED, MF_BYCOMMAND | (calc_get_mixed(u->calc) ? MF_CHECKED : MF_UNCHECKED));
    CheckMenuItem(menu, IDM_KEEP_HISTORY, MF_BYCOMMAND | (u->keep_history ? MF_CHECKED : MF_UNCHECKED));
    theme_check_menu(menu);
    if (!u->menu_open) return; /* an accelerator, not the user: see on_menu_loop */
    bool paste = key_works_in(IDM_PASTE, row->mode);
    EnableMenuItem(menu, IDM_PASTE, MF_BYCOMMAND | (paste && IsClipboardFormatAvailable(CF_UNICODETEXT) ? MF_ENABLED : MF_GRAYED));
    EnableMenuItem(menu, IDM_HISTORY, MF_BYCOMMAND | (history ? MF_ENABLED : MF_GRAYED));
    EnableMenuItem(menu, IDM_MEMORY, MF_BYCOMMAND | (panes ? MF_ENABLED : MF_GRAYED));
    EnableMenuItem(menu, IDM_MIXED, MF_BYCOMMAND | (calc_command_enabled(u->calc, CMD_FRAC) ? MF_ENABLED : MF_GRAYED));
    EnableMenuItem(menu, IDM_CLEAR_HISTORY, MF_BYCOMMAND | (history && calc_history_count(u->calc, row->mode) > 0 ? MF_ENABLED : MF_GRAYED));
}

/* TranslateAccelerator sends WM_INITMENUPOPUP too, then drops the key of a
 * greyed item: Ctrl+V with no text on the clipboard would do nothing (not even
 * "Invalid input"), Ctrl+Shift+D would stay dead after new history. So items
 * are greyed only while the user has a menu open, and enabled again after. */
static void on_menu_loop(ui *u, bool open)
{
    u->menu_open = open;
    HMENU menu = GetMenu(u->dlg);
    if (open || !menu) return;
    static const UINT GREYABLE[] = { IDM_PASTE, IDM_HISTORY, IDM_MEMORY, IDM_MIXED, IDM_CLEAR_HISTORY };
    for (size_t i = 0; i < sizeof GREYABLE / sizeof GREYABLE[0]; i++)
        EnableMenuItem(menu, GREYABLE[i], MF_BYCOMMAND | MF_ENABLED);
}

static void on_dpi_changed(ui *u, UINT dpi, const RECT *suggested)
{
    UINT old = u->dpi ? u->dpi : 96;
    u->dpi = dpi;
    u->panel.natural.cx = MulDiv(u->panel.natural.cx, (int)dpi, (int)old);
    u->panel.natural.cy = MulDiv(u->panel.natural.cy, (int)dpi, (int)old);
    layout_dpi_fonts(u);
    SetWindowPos(u->dlg, NULL, suggested->left, suggested->top, suggested->right - suggested->left,
                 suggested->bottom - suggested->top, SWP_NOZORDER | SWP_NOACTIVATE);
    layout_apply(u);
    if (u->panel.row) u->panel.row->panel->layout(&u->panel, u);
    InvalidateRect(u->dlg, NULL, TRUE);
}

static void on_setting_change(ui *u, const wchar_t *area)
{
    /* "ImmersiveColorSet" (app theme), SPI_SETHIGHCONTRAST, colours: the palette may change. */
    if (theme_refresh()) theme_apply(u->dlg);
    if (!area || wcscmp(area, L"intl") != 0) return;
    numfmt_load_user(&u->fmt);
    u->history_count = -1;
    ui_refresh(u); /* the panel follows the locale in its refresh (decimal key, dates) */
    InvalidateRect(u->panel.hwnd, NULL, FALSE);
}

/* The session ends (log off, shut down): Windows may end the process right
 * after this, without WM_DESTROY. Everything is saved when asked, and again
 * when it is final. */
static INT_PTR on_end_session(HWND dlg, ui *u, UINT msg, bool ending)
{
    if (msg == WM_QUERYENDSESSION || ending) save_now(u, true);
    SetWindowLongPtrW(dlg, DWLP_MSGRESULT, msg == WM_QUERYENDSESSION ? TRUE : 0);
    return TRUE;
}

static void on_destroy(ui *u)
{
    save_now(u, true);
    KillTimer(u->dlg, SAVE_TIMER);
    if (u->panel.row) {
        tooltips_detach(u, u->panel.hwnd);
        u->panel.row->panel->destroy(&u->panel, u);
    }
    access_forget(GetDlgItem(u->dlg, IDC_DISPLAY));
    access_forget(GetDlgItem(u->dlg, IDC_EXPRESSION));
    access_shutdown();
    KillTimer(u->dlg, NOTICE_TIMER);
    KillTimer(u->dlg, FLASH_TIMER);
    static const int PANE_BUTTON_IDS[] = { IDC_TAB_HISTORY, IDC_TAB_MEMORY, IDC_HISTORY_DELETE, IDC_HISTORY_CLEAR,
                                           IDC_MEMITEM_MR, IDC_MEMITEM_MPLUS, IDC_MEMITEM_MMINUS, IDC_MEMITEM_MC };
    for (size_t i = 0; i < sizeof PANE_BUTTON_IDS / sizeof PANE_BUTTON_IDS[0]; i++)
        button_release(GetDlgItem(u->dlg, PANE_BUTTON_IDS[i]));
    if (u->accel) DestroyAcceleratorTable(u->accel);
    u->accel = NULL;
    RemovePropW(u->dlg, L"CalculatriceCommand");
    PostQuitMessage(0);
}

static INT_PTR on_ctl_color(UINT msg, HDC dc, HWND ctl)
{
    INT_PTR brush = theme_ctl_color(msg, dc, ctl);
    if (GetDlgCtrlID(ctl) == IDC_EXPRESSION) SetTextColor(dc, theme_color(TC_DIM_TEXT));
    return brush;
}

static void on_nc_destroy(HWND dlg, ui *u)
{
    SetWindowLongPtrW(dlg, DWLP_USER, 0);
    if (u->calc) calc_destroy(u->calc);
    persist_destroy(u->persist);
    layout_free_fonts(u);
    HeapFree(GetProcessHeap(), 0, u);
}

static INT_PTR CALLBACK main_proc(HWND dlg, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_INITDIALOG) return on_init(dlg, (ui *)lp);
    ui *u = ui_of(dlg);
    if (!u) return FALSE; /* messages before WM_INITDIALOG or after WM_NCDESTROY */
    switch (msg) {
    case WM_COMMAND: on_command(u, LOWORD(wp), HIWORD(wp)); return TRUE;
    case WM_NOTIFY: on_notify(u, (const NMHDR *)lp); return TRUE;
    case WM_DRAWITEM: {
        long long t = timing_now();
        on_draw_item(u, (const DRAWITEMSTRUCT *)lp);
        timing_add(PH_DRAW, t);
        return TRUE;
    }
    case WM_SIZE: layout_apply(u); save_soon(u); return TRUE;
    case WM_MOVE: save_soon(u); return FALSE;
    case WM_GETMINMAXINFO: layout_min_track(u, (MINMAXINFO *)lp); return TRUE;
    case WM_DPICHANGED: on_dpi_changed(u, HIWORD(wp), (const RECT *)lp); return TRUE;
    case WM_INITMENUPOPUP: on_init_menu(u, (HMENU)wp); return TRUE;
    case WM_ENTERMENULOOP: on_menu_loop(u, true); return TRUE;
    case WM_EXITMENULOOP: on_menu_loop(u, false); return TRUE;
    case WM_SETTINGCHANGE: on_setting_change(u, (const wchar_t *)lp); return FALSE;
    case WM_TIMER: on_timer(u, (UINT_PTR)wp); return TRUE;
    case WM_APP_SHIFT_MENU: bitshift_menu(u->panel.hwnd, dlg, u->shift_kind); return TRUE;
    case WM_APP_PANEL_CHANGED: ui_refresh(u); return TRUE;
    case WM_PAINT: timing_first_paint(); return FALSE; /* the dialog manager paints */
    case WM_SYSCOLORCHANGE: on_setting_change(u, NULL); return FALSE;
    case WM_CTLCOLORDLG:
    case WM_CTLCOLORSTATIC:
    case WM_CTLCOLORBTN:
    case WM_CTLCOLOREDIT:
    case WM_CTLCOLORLISTBOX: return on_ctl_color(msg, (HDC)wp, (HWND)lp);
    case WM_QUERYENDSESSION:
    case WM_ENDSESSION: return on_end_session(dlg, u, msg, wp != 0);
    case WM_CLOSE: DestroyWindow(dlg); return TRUE;
    case WM_DESTROY: on_destroy(u); return FALSE;
    case WM_NCDESTROY: on_nc_destroy(dlg, u); return FALSE;
    default: return FALSE;
    }
}

/* ------------------------------------------------------------ creation and the key map */

HWND main_dialog_create(HINSTANCE inst, int show)
{
    ui *u = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof *u);
    if (!u) return NULL;
    u->inst = inst;
    theme_init();
    u->calc = calc_create();
    if (!u->calc) {
        HeapFree(GetProcessHeap(), 0, u);
        return NULL;
    }
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
    HWND dlg = RegisterClassExW(&wc) ? respack_dialog(inst, IDD_MAIN, NULL, main_proc, (LPARAM)u) : NULL;
    if (!dlg) {
        /* Not created, or created and failed: WM_NCDESTROY freed u only if WM_INITDIALOG ran. */
        if (!u->dlg) {
            calc_destroy(u->calc);
            HeapFree(GetProcessHeap(), 0, u);
        }
        return NULL;
    }
    ShowWindow(dlg, show);
    UpdateWindow(dlg);
    return dlg;
}

bool main_dialog_translate(HWND dlg, MSG *m)
{
    /* Only for this window and its children; modal boxes have their own loops. */
    const ui *u = IsWindow(dlg) ? ui_of(dlg) : NULL;
    if (!u || !u->accel || (m->hwnd != dlg && !IsChild(dlg, m->hwnd))) return false;
    return TranslateAcceleratorW(dlg, u->accel, m) != 0;
}
