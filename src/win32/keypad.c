/* The keypad panel (keypad.h, panel.h). */
#include <windows.h>
#include <stdlib.h>

#include "bitshift.h"
#include "buttons.h"
#include "commands.h"
#include "dpi.h"
#include "keypad.h"
#include "lang.h"
#include "mode_table.h"
#include "panel.h"
#include "respack.h"
#include "theme.h"
#include "ui_ids.h"

/* The window's one radix table: the programmer rows CMD_HEX .. CMD_BIN in
 * button order, with the radix each shows. */
static const calc_radix ROW_RADIX[] = { RADIX_HEX, RADIX_DEC, RADIX_OCT, RADIX_BIN };
static const calc_word WORD_OF[] = { WORD_QWORD, WORD_DWORD, WORD_WORD, WORD_BYTE };

/* Every button with its rectangle in the template, to scale it on WM_SIZE. */
typedef struct keypad_item {
    HWND hwnd;
    RECT r;
    uint32_t look;  /* what a setting or bit key showed when last redrawn (key_look) */
    bool drawn;     /* look is set */
} keypad_item;
typedef struct keypad_data {
    SIZE base;      /* the client size the rectangles were measured in */
    int count;
    keypad_item items[];
} keypad_data;

static int count_children(HWND kp)
{
    int n = 0;
    for (HWND h = GetWindow(kp, GW_CHILD); h; h = GetWindow(h, GW_HWNDNEXT)) n++;
    return n;
}

static INT_PTR CALLBACK keypad_proc(HWND kp, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_INITDIALOG: SetWindowLongPtrW(kp, DWLP_USER, lp); return FALSE;
    case WM_SIZE:
        if (panel_is_current(kp)) keypad_panel.layout(&panel_ui(kp)->panel, panel_ui(kp));
        return TRUE;
    /* Buttons talk to the main window, which owns the engine and the fonts. */
    case WM_COMMAND:
    case WM_NOTIFY:
    case WM_DRAWITEM: return panel_forward(kp, msg, wp, lp);
    case WM_CTLCOLORDLG:
    case WM_CTLCOLORSTATIC: return theme_ctl_color(msg, (HDC)wp, (HWND)lp);
    default: return FALSE;
    }
}

static bool keypad_create(panel *p, ui *u, WORD tmpl)
{
    HWND kp = respack_dialog(u->inst, tmpl, u->dlg, keypad_proc, (LPARAM)u);
    if (!kp) return false;
    dpi_own_changes(kp);
    int n = count_children(kp);
    keypad_data *d = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof *d + (size_t)n * sizeof d->items[0]);
    if (!d) {
        DestroyWindow(kp);
        return false;
    }
    RECT rc;
    GetClientRect(kp, &rc);
    d->base.cx = rc.right > 0 ? rc.right : 1;
    d->base.cy = rc.bottom > 0 ? rc.bottom : 1;
    p->natural = d->base;
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
    p->hwnd = kp;
    p->data = d;
    bitshift_apply(kp, u->shift_kind);
    return true;
}

/* Scales every button from the template to the keypad's current size. */
static void keypad_layout(panel *p, ui *u)
{
    (void)u;
    keypad_data *d = p->data;
    RECT rc;
    if (!d || !GetClientRect(p->hwnd, &rc)) return;
    int w = rc.right, h = rc.bottom;
    HDWP dwp = BeginDeferWindowPos(d->count);
    for (int i = 0; i < d->count && dwp; i++) {
        const RECT *r = &d->items[i].r;
        int x0 = MulDiv(r->left, w, d->base.cx), x1 = MulDiv(r->right, w, d->base.cx);
        int y0 = MulDiv(r->top, h, d->base.cy), y1 = MulDiv(r->bottom, h, d->base.cy);
        dwp = DeferWindowPos(dwp, d->items[i].hwnd, NULL, x0, y0, x1 - x0, y1 - y0, SWP_NOZORDER | SWP_NOACTIVATE);
    }
    if (dwp) EndDeferWindowPos(dwp);
}

static void keypad_destroy(panel *p, ui *u)
{
    (void)u;
    keypad_data *d = p->data;
    if (d) {
        for (int i = 0; i < d->count; i++) button_release(d->items[i].hwnd);
        HeapFree(GetProcessHeap(), 0, d);
    }
    p->data = NULL;
    if (p->hwnd) DestroyWindow(p->hwnd);
    p->hwnd = NULL;
}

/* In programmer mode the radix rows are read as "Hexadecimal FF": the accessible
 * name carries the live value that the row shows. */
static void name_radix_rows(panel *p, const ui *u)
{
    for (int i = 0; i < 4; i++) {
        HWND h = GetDlgItem(p->hwnd, CMD_HEX + i);
        if (!h) continue;
        wchar_t name[256], value[160];
        lang_command_name(CMD_HEX + i, name, 96);
        if (!calc_in_error(u->calc)) {
            numfmt_radix(&u->fmt, calc_display_in_radix(u->calc, ROW_RADIX[i]), ROW_RADIX[i], u->grouping, value, 160);
            wcscat(name, L" ");
            wcscat(name, value);
        }
        wchar_t old[256];
        GetWindowTextW(h, old, 256);
        if (wcscmp(old, name) != 0) SetWindowTextW(h, name);
    }
}

static bool command_active(const panel *p, const calc *c, int id);

/* What key id shows of the engine's state, as a number that changes when it
 * does: pressed or not, a bit's value, a programmer row's value (FNV-1a). */
static uint32_t key_look(const panel *p, const ui *u, int id)
{
    if (id >= CMD_BIT_0 && id <= CMD_BIT_63) return (uint32_t)((calc_bits(u->calc) >> (id - CMD_BIT_0)) & 1);
    uint32_t h = command_active(p, u->calc, id) ? 1u : 0u;
    if (id >= CMD_HEX && id <= CMD_BIN && p->row->radix_display) {
        const char *s = calc_in_error(u->calc) ? "" : calc_display_in_radix(u->calc, ROW_RADIX[id - CMD_HEX]);
        for (h ^= 2166136261u; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    }
    return h;
}

/* Enables each button as the engine says and redraws the keys whose look
 * depends on the state (active settings, programmer rows and bits) when it
 * changed. */
static void keypad_refresh(panel *p, ui *u)
{
    keypad_data *d = p->data;
    if (!d) return;
    for (int i = 0; i < d->count; i++) {
        HWND h = d->items[i].hwnd;
        int id = GetDlgCtrlID(h);
        const command_info *ci = command_by_id(id);
        if (!ci) continue; /* the window's own buttons (Bit shift) */
        BOOL enable = calc_command_enabled(u->calc, id);
        if (!enable && GetFocus() == h) SetFocus(p->hwnd);
        if (!IsWindowEnabled(h) != !enable) EnableWindow(h, enable);
        /* Settings and bits are drawn from the engine's state: redrawn when that changed. */
        if (ci->kind == CMDK_SETTING || ci->kind == CMDK_BIT) {
            uint32_t look = key_look(p, u, id);
            if (look != d->items[i].look || !d->items[i].drawn) InvalidateRect(h, NULL, FALSE);
            d->items[i].look = look;
            d->items[i].drawn = true;
        }
        /* The decimal key follows the locale (WM_SETTINGCHANGE "intl"). */
        if (id == CMD_DECIMAL && wcscmp(button_label(h), u->fmt.decimal) != 0) {
            button_adopt(h, u->fmt.decimal, NULL);
            InvalidateRect(h, NULL, FALSE);
        }
    }
    if (p->row->radix_display) name_radix_rows(p, u);
}

/* Settings buttons look pressed while in force (DEG, F-E, a/b, HEX, QWORD). */
static bool command_active(const panel *p, const calc *c, int id)
{
    if (id >= CMD_DEG && id <= CMD_GRAD) return (int)calc_get_angle(c) == id - CMD_DEG;
    if (id == CMD_FE) return calc_get_fe(c);
    if (id == CMD_FRAC) return calc_get_frac(c);
    if (!p->row->radix_display) return false;
    if (id >= CMD_HEX && id <= CMD_BIN) return calc_get_radix(c) == ROW_RADIX[id - CMD_HEX];
    if (id >= CMD_QWORD && id <= CMD_BYTE) return calc_get_word(c) == WORD_OF[id - CMD_QWORD];
    return false;
}

static bool keypad_draw(panel *p, ui *u, const DRAWITEMSTRUCT *d)
{
    int id = (int)d->CtlID;
    if (id == IDC_SHIFT_KIND) {
        button_draw(d, &u->fonts, LOOK_PLAIN, false, NULL);
        return true;
    }
    const command_info *ci = command_by_id(id);
    if (!ci) return false;
    wchar_t value[160];
    const wchar_t *extra = NULL;
    button_look look = ci->kind == CMDK_DIGIT ? LOOK_DIGIT : id == CMD_EQUALS ? LOOK_ACCENT : LOOK_PLAIN;
    if (id >= CMD_HEX && id <= CMD_BIN && p->row->radix_display) {
        calc_radix r = ROW_RADIX[id - CMD_HEX];
        if (calc_in_error(u->calc)) value[0] = 0;
        else numfmt_radix(&u->fmt, calc_display_in_radix(u->calc, r), r, true, value, 160);
        extra = value;
    } else if (id >= CMD_BIT_0 && id <= CMD_BIT_63) {
        look = LOOK_BIT;
        value[0] = (calc_bits(u->calc) >> (id - CMD_BIT_0)) & 1 ? L'1' : L'0';
        value[1] = 0;
        extra = value;
    }
    button_draw(d, &u->fonts, look, command_active(p, u->calc, id), extra);
    return true;
}

const panel_ops keypad_panel = {
    .create = keypad_create,
    .layout = keypad_layout,
    .refresh = keypad_refresh,
    .command = NULL, /* its buttons are engine commands: the main window runs them */
    .notify = NULL,
    .draw = keypad_draw,
    .result = NULL,  /* the display shows the engine's number */
    .destroy = keypad_destroy,
};

SIZE keypad_key_size(HWND kp)
{
    RECT r = { 0, 0, 0, 0 };
    HWND seven = kp ? GetDlgItem(kp, CMD_DIGIT_7) : NULL;
    if (seven) GetClientRect(seven, &r);
    return (SIZE){ r.right, r.bottom };
}
