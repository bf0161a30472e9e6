/* Programmer mode's "Bit shift" selection (bitshift.h). */
#include <windows.h>

#include "bitshift.h"
#include "buttons.h"
#include "commands.h"
#include "lang.h"
#include "ui_ids.h"

/* The labels are the engine's expression names of the commands. */
static const struct {
    int left, right;
    const wchar_t *left_label, *right_label;
} KINDS[SHIFT_KIND_COUNT] = {
    [SHIFT_ARITHMETIC] = { CMD_LSH, CMD_RSH, L"Lsh", L"Rsh" },
    [SHIFT_LOGICAL] = { CMD_LSH, CMD_RSHL, L"Lsh", L"RshL" },
    [SHIFT_ROTATE] = { CMD_ROL, CMD_ROR, L"RoL", L"RoR" },
    [SHIFT_ROTATE_CARRY] = { CMD_ROLC, CMD_RORC, L"RoLc", L"RoRc" },
};

/* Every id a shift button can have, left ones first. */
static const int LEFT_IDS[] = { CMD_LSH, CMD_ROL, CMD_ROLC };
static const int RIGHT_IDS[] = { CMD_RSH, CMD_RSHL, CMD_ROR, CMD_RORC };

int bitshift_valid(int kind) { return kind >= 0 && kind < SHIFT_KIND_COUNT ? kind : SHIFT_ARITHMETIC; }

int bitshift_translate(int kind, int id)
{
    if (id == IDM_SHIFT_LEFT) return KINDS[bitshift_valid(kind)].left;
    if (id == IDM_SHIFT_RIGHT) return KINDS[bitshift_valid(kind)].right;
    return id;
}

static HWND find_any(HWND keypad, const int *ids, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        HWND h = GetDlgItem(keypad, ids[i]);
        if (h) return h;
    }
    return NULL;
}

static void set_button(HWND h, int id, const wchar_t *label)
{
    if (!h) return;
    wchar_t name[128];
    SetWindowLongPtrW(h, GWLP_ID, id);
    button_adopt(h, label, lang_command_name(id, name, 128));
    InvalidateRect(h, NULL, FALSE);
}

void bitshift_apply(HWND keypad, int kind)
{
    HWND selector = keypad ? GetDlgItem(keypad, IDC_SHIFT_KIND) : NULL;
    if (!selector) return; /* a keypad without Bit shift */
    int k = bitshift_valid(kind);
    /* Label "Bit shift ▾"; name "Bit shift: Arithmetic shift" (without the menu's &). */
    wchar_t title[64], label[80], kind_name[96], name[200];
    lang_string(IDS_BIT_SHIFT, title, 64);
    wsprintfW(label, L"%ls \x25BE", title);
    lang_string((UINT)(IDS_SHIFT_ARITHMETIC + k), kind_name, 96);
    int n = wsprintfW(name, L"%ls: ", title);
    for (const wchar_t *p = kind_name; *p; p++)
        if (*p != L'&') name[n++] = *p;
    name[n] = 0;
    button_adopt(selector, label, name);
    InvalidateRect(selector, NULL, FALSE);
    set_button(find_any(keypad, LEFT_IDS, sizeof LEFT_IDS / sizeof LEFT_IDS[0]), KINDS[k].left, KINDS[k].left_label);
    set_button(find_any(keypad, RIGHT_IDS, sizeof RIGHT_IDS / sizeof RIGHT_IDS[0]), KINDS[k].right, KINDS[k].right_label);
}

void bitshift_menu(HWND keypad, HWND owner, int kind)
{
    HWND selector = keypad ? GetDlgItem(keypad, IDC_SHIFT_KIND) : NULL;
    if (!selector || !IsWindowVisible(selector)) return;
    HMENU menu = CreatePopupMenu();
    if (!menu) return;
    for (int k = 0; k < SHIFT_KIND_COUNT; k++) {
        wchar_t text[96];
        AppendMenuW(menu, MF_STRING, (UINT_PTR)(IDM_SHIFT_ARITHMETIC + k),
                    lang_string((UINT)(IDS_SHIFT_ARITHMETIC + k), text, 96));
    }
    CheckMenuRadioItem(menu, IDM_SHIFT_ARITHMETIC, IDM_SHIFT_ROTATE_CARRY, (UINT)(IDM_SHIFT_ARITHMETIC + bitshift_valid(kind)),
                       MF_BYCOMMAND);
    RECT r;
    GetWindowRect(selector, &r);
    TrackPopupMenu(menu, TPM_LEFTALIGN | TPM_TOPALIGN | TPM_LEFTBUTTON, r.left, r.bottom, 0, owner, NULL);
    DestroyMenu(menu);
}
