/* The keyboard map (keymap.h): WINDOWS-CALCULATOR.md §4.1-§4.4 plus the numpad. */
#include <windows.h>

#include "commands.h"
#include "keymap.h"
#include "lang.h"
#include "mode_table.h"
#include "ui_ids.h"

/* Where a key works: one bit per mode (1 << calc_mode), or every keypad mode
 * (the mode table says which modes have a keypad), or every mode. */
#define IN_MODE(m) (1u << (m))
#define ALL  KEYS_IN_KEYPADS
#define ANY  KEYS_IN_ANY
#define STD  IN_MODE(CALC_STANDARD)
#define SCI  IN_MODE(CALC_SCIENTIFIC)
#define PRG  IN_MODE(CALC_PROGRAMMER)
#define STA  IN_MODE(CALC_STATISTICS)
#define SS   (STD | SCI)
#define FIN  IN_MODE(CALC_FINANCE)
#define SST  (STD | SCI | STA)   /* statistics has scientific mode's arithmetic ... */
#define SCS  (SCI | STA)         /* ... and functions (not trigonometry: S and T are statistics there) */
#define CNV  IN_MODE(CALC_CONVERTER)  /* the converter's value: digits, separator, editing, paste */

#define CH(c, cmd, m)   { 0, (c), (cmd), (m) }                               /* typed character */
#define VK(k, cmd, m)   { FVIRTKEY, (k), (cmd), (m) }
#define SH(k, cmd, m)   { FVIRTKEY | FSHIFT, (k), (cmd), (m) }
#define CT(k, cmd, m)   { FVIRTKEY | FCONTROL, (k), (cmd), (m) }
#define CS(k, cmd, m)   { FVIRTKEY | FCONTROL | FSHIFT, (k), (cmd), (m) }
#define AL(k, cmd, m)   { FVIRTKEY | FALT, (k), (cmd), (m) }

/* Typed characters (CH) match whatever keyboard layout produced them; letters are
 * virtual keys so that Shift and Ctrl variants can differ (S, Shift+S, Ctrl+S). */
static const key_binding KEYS[] = {
    /* digits, top row and numpad (VK_NUMPADn also without relying on the layout) */
    CH('0', CMD_DIGIT_0, ALL | CNV), CH('1', CMD_DIGIT_1, ALL | CNV), CH('2', CMD_DIGIT_2, ALL | CNV),
    CH('3', CMD_DIGIT_3, ALL | CNV), CH('4', CMD_DIGIT_4, ALL | CNV), CH('5', CMD_DIGIT_5, ALL | CNV),
    CH('6', CMD_DIGIT_6, ALL | CNV), CH('7', CMD_DIGIT_7, ALL | CNV), CH('8', CMD_DIGIT_8, ALL | CNV),
    CH('9', CMD_DIGIT_9, ALL | CNV),
    VK(VK_NUMPAD0, CMD_DIGIT_0, ALL | CNV), VK(VK_NUMPAD1, CMD_DIGIT_1, ALL | CNV), VK(VK_NUMPAD2, CMD_DIGIT_2, ALL | CNV),
    VK(VK_NUMPAD3, CMD_DIGIT_3, ALL | CNV), VK(VK_NUMPAD4, CMD_DIGIT_4, ALL | CNV), VK(VK_NUMPAD5, CMD_DIGIT_5, ALL | CNV),
    VK(VK_NUMPAD6, CMD_DIGIT_6, ALL | CNV), VK(VK_NUMPAD7, CMD_DIGIT_7, ALL | CNV), VK(VK_NUMPAD8, CMD_DIGIT_8, ALL | CNV),
    VK(VK_NUMPAD9, CMD_DIGIT_9, ALL | CNV),
    /* decimal separator: '.' and ',' typed, and the numpad key whatever it types */
    CH('.', CMD_DECIMAL, SST | CNV), CH(',', CMD_DECIMAL, SST | CNV), VK(VK_DECIMAL, CMD_DECIMAL, SST | CNV),
    /* operators */
    CH('+', CMD_ADD, ALL), CH('-', CMD_SUB, ALL), CH('*', CMD_MUL, ALL), CH('/', CMD_DIV, ALL),
    VK(VK_ADD, CMD_ADD, ALL), VK(VK_SUBTRACT, CMD_SUB, ALL),
    VK(VK_MULTIPLY, CMD_MUL, ALL), VK(VK_DIVIDE, CMD_DIV, ALL),
    CH('=', CMD_EQUALS, ALL), VK(VK_RETURN, CMD_EQUALS, ALL),
    /* editing */
    VK(VK_ESCAPE, CMD_CLEAR, ALL | CNV), VK(VK_DELETE, CMD_CE, ALL | CNV), VK(VK_BACK, CMD_BACK, ALL | CNV),
    VK(VK_F9, CMD_NEGATE, ALL | CNV),
    /* memory */
    CT('M', CMD_MS, ALL), CT('R', CMD_MR, ALL), CT('P', CMD_MPLUS, ALL),
    CT('Q', CMD_MMINUS, ALL), CT('L', CMD_MC, ALL),
    /* history, clipboard, help (the mode keys come from the mode table) */
    CT('H', IDM_HISTORY, SS), CS('D', IDM_CLEAR_HISTORY, SS),
    CT('C', IDM_COPY, ANY), CT(VK_INSERT, IDM_COPY, ANY),
    CT('V', IDM_PASTE, ALL | CNV), SH(VK_INSERT, IDM_PASTE, ALL | CNV),
    VK(VK_F1, IDM_SHORTCUTS, ANY),
    /* standard (and scientific) functions */
    CH('%', CMD_PERCENT, STD), CH('@', CMD_SQRT, SST), VK('Q', CMD_SQR, SST), VK('R', CMD_RECIP, SST),
    CS('F', CMD_FRAC, SS), /* fraction view (issue 16): free in every mode */
    /* scientific: trigonometry, plain / Shift = inverse / Ctrl = hyperbolic / Ctrl+Shift */
    VK('S', CMD_SIN, SCI), SH('S', CMD_ASIN, SCI), CT('S', CMD_SINH, SCI), CS('S', CMD_ASINH, SCI),
    VK('O', CMD_COS, SCI), SH('O', CMD_ACOS, SCI), CT('O', CMD_COSH, SCI), CS('O', CMD_ACOSH, SCI),
    VK('T', CMD_TAN, SCI), SH('T', CMD_ATAN, SCI), CT('T', CMD_TANH, SCI), CS('T', CMD_ATANH, SCI),
    VK('U', CMD_SEC, SCI), SH('U', CMD_ASEC, SCI), CT('U', CMD_SECH, SCI), CS('U', CMD_ASECH, SCI),
    VK('I', CMD_CSC, SCI), SH('I', CMD_ACSC, SCI), CT('I', CMD_CSCH, SCI), CS('I', CMD_ACSCH, SCI),
    VK('J', CMD_COT, SCI), SH('J', CMD_ACOT, SCI), CT('J', CMD_COTH, SCI), CS('J', CMD_ACOTH, SCI),
    /* scientific: other functions */
    CH('#', CMD_CUBE, SCS), VK('Y', CMD_POW, SCS), CH('^', CMD_POW, SCS), CT('Y', CMD_ROOT, SCS),
    VK('B', CMD_CUBEROOT, SCS), VK('L', CMD_LOG, SCS), SH('L', CMD_LOGY, SCS),
    VK('G', CMD_POW2, SCS), CT('G', CMD_POW10, SCS), VK('N', CMD_LN, SCS), CT('N', CMD_EXP, SCS),
    VK('P', CMD_PI, SCS), SH('E', CMD_EULER, SCS), CH('!', CMD_FACT, SCS), VK('X', CMD_EE, SCS),
    CH('%', CMD_MOD, SCS), VK('M', CMD_DMS, SCI), CH('|', CMD_ABS, SCS), CH('[', CMD_FLOOR, SCS),
    CH(']', CMD_CEIL, SCS), VK('V', CMD_FE, SCS), SH('R', CMD_RAND, SCS),
    VK(VK_F3, CMD_DEG, SCS), VK(VK_F4, CMD_RAD, SCS), VK(VK_F5, CMD_GRAD, SCS),
    CH('(', CMD_LPAREN, SCI | PRG | STA), CH(')', CMD_RPAREN, SCI | PRG | STA),
    /* statistics: Windows 7's keys (Insert adds, D is CAD, A S T with Ctrl for
     * the squares and the sample deviation), then ours for the others */
    VK(VK_INSERT, CMD_STAT_ADD, STA), VK('D', CMD_STAT_CAD, STA), CT('Z', IDM_STAT_UNDO, STA),
    CT(VK_DELETE, IDM_STAT_DELETE_ITEM, STA), CS('C', IDM_STAT_COPY, STA),
    VK('A', CMD_STAT_MEAN, STA), CT('A', CMD_STAT_MEANSQ, STA),
    VK('S', CMD_STAT_SUM, STA), CT('S', CMD_STAT_SUMSQ, STA),
    VK('T', CMD_STAT_PSDEV, STA), CT('T', CMD_STAT_SDEV, STA),
    SH('T', CMD_STAT_PVAR, STA), CS('T', CMD_STAT_VAR, STA),
    VK('K', CMD_STAT_COUNT, STA), VK('M', CMD_STAT_MEDIAN, STA),
    CH('<', CMD_STAT_MIN, STA), CH('>', CMD_STAT_MAX, STA),
    /* programmer */
    VK('A', CMD_DIGIT_A, PRG), VK('B', CMD_DIGIT_B, PRG), VK('C', CMD_DIGIT_C, PRG),
    VK('D', CMD_DIGIT_D, PRG), VK('E', CMD_DIGIT_E, PRG), VK('F', CMD_DIGIT_F, PRG),
    SH('A', CMD_DIGIT_A, PRG), SH('B', CMD_DIGIT_B, PRG), SH('C', CMD_DIGIT_C, PRG),
    SH('D', CMD_DIGIT_D, PRG), SH('E', CMD_DIGIT_E, PRG), SH('F', CMD_DIGIT_F, PRG),
    VK(VK_F5, CMD_HEX, PRG), VK(VK_F6, CMD_DEC, PRG), VK(VK_F7, CMD_OCT, PRG), VK(VK_F8, CMD_BIN, PRG),
    VK(VK_F12, CMD_QWORD, PRG), VK(VK_F2, CMD_DWORD, PRG), VK(VK_F3, CMD_WORD, PRG), VK(VK_F4, CMD_BYTE, PRG),
    CH('&', CMD_AND, PRG), CH('|', CMD_OR, PRG), CH('^', CMD_XOR, PRG), CH('~', CMD_NOT, PRG),
    CH('.', CMD_NAND, PRG), CH('\\', CMD_NOR, PRG), CH('<', IDM_SHIFT_LEFT, PRG), CH('>', IDM_SHIFT_RIGHT, PRG),
    CH('%', CMD_MOD, PRG),
    /* finance: Enter computes the form wherever the focus is */
    VK(VK_RETURN, IDC_FIN_COMPUTE, FIN),
};

#define N_KEYS ((int)(sizeof KEYS / sizeof KEYS[0]))

/* The mode keys (Alt+1 ...) from the mode table, after the table above. */
static int mode_key_count(void) { return mode_count() * MODE_KEYS_MAX; }

static bool mode_key_at(int index, key_binding *out)
{
    const mode_row *r = mode_at(index / MODE_KEYS_MAX);
    const mode_key *k = r ? &r->keys[index % MODE_KEYS_MAX] : NULL;
    if (!k || !k->key) return false;
    *out = (key_binding){ k->virt, k->key, (unsigned short)r->command, KEYS_IN_ANY };
    return true;
}

int keymap_count(void) { return N_KEYS + mode_key_count(); }

bool keymap_at(int index, key_binding *out)
{
    if (index >= 0 && index < N_KEYS) {
        *out = KEYS[index];
        return true;
    }
    return mode_key_at(index - N_KEYS, out);
}

bool keymap_works_in(const key_binding *b, calc_mode m)
{
    if (b->modes & KEYS_IN_ANY) return true;
    const mode_row *r = mode_find(m);
    if ((b->modes & KEYS_IN_KEYPADS) && r && r->keypad) return true;
    return (unsigned)m < 14 && (b->modes & (1u << (unsigned)m));
}

HACCEL keymap_accelerators(calc_mode m)
{
    int total = keymap_count(), n = 0;
    ACCEL *acc = HeapAlloc(GetProcessHeap(), 0, (size_t)total * sizeof *acc);
    if (!acc) return NULL;
    for (int i = 0; i < total; i++) {
        key_binding b;
        if (!keymap_at(i, &b) || !keymap_works_in(&b, m)) continue;
        acc[n].fVirt = (BYTE)(b.virt | (b.virt ? FNOINVERT : 0));
        acc[n].key = b.key;
        acc[n].cmd = b.command;
        n++;
    }
    HACCEL h = CreateAcceleratorTableW(acc, n);
    HeapFree(GetProcessHeap(), 0, acc);
    return h;
}

/* Names of the keys that are not a printable character. */
static const struct { unsigned short vk; UINT ids; const wchar_t *text; } KEY_NAMES[] = {
    { VK_RETURN, IDS_KEY_ENTER, NULL }, { VK_ESCAPE, IDS_KEY_ESC, NULL },
    { VK_DELETE, IDS_KEY_DELETE, NULL }, { VK_BACK, IDS_KEY_BACK, NULL },
    { VK_INSERT, IDS_KEY_INSERT, NULL },
    { VK_ADD, IDS_KEY_NUMPAD, L"+" }, { VK_SUBTRACT, IDS_KEY_NUMPAD, L"-" },
    { VK_MULTIPLY, IDS_KEY_NUMPAD, L"*" }, { VK_DIVIDE, IDS_KEY_NUMPAD, L"/" },
    { VK_DECIMAL, IDS_KEY_NUMPAD, L"." },
};

void keymap_key_text(const key_binding *b, wchar_t *out, size_t cap)
{
    wchar_t key[64] = L"", mod[32];
    if (!b->virt) {
        key[0] = (wchar_t)b->key;
        key[1] = 0;
    } else if (b->key >= VK_F1 && b->key <= VK_F24) {
        wsprintfW(key, L"F%d", b->key - VK_F1 + 1);
    } else if (b->key >= VK_NUMPAD0 && b->key <= VK_NUMPAD9) {
        wchar_t fmt[32], digit[2] = { (wchar_t)(L'0' + b->key - VK_NUMPAD0), 0 };
        wsprintfW(key, lang_string(IDS_KEY_NUMPAD, fmt, 32), digit);
    } else if ((b->key >= 'A' && b->key <= 'Z') || (b->key >= '0' && b->key <= '9')) {
        key[0] = (wchar_t)b->key;
    } else {
        for (size_t i = 0; i < sizeof KEY_NAMES / sizeof KEY_NAMES[0]; i++) {
            if (KEY_NAMES[i].vk != b->key) continue;
            wchar_t name[32];
            lang_string(KEY_NAMES[i].ids, name, 32);
            if (KEY_NAMES[i].text) wsprintfW(key, name, KEY_NAMES[i].text);
            else lstrcpynW(key, name, 64);
        }
    }
    out[0] = 0;
    if (b->virt & FCONTROL) { wcsncat(out, lang_string(IDS_KEY_CTRL, mod, 32), cap - wcslen(out) - 1); wcsncat(out, L"+", cap - wcslen(out) - 1); }
    if (b->virt & FSHIFT)   { wcsncat(out, lang_string(IDS_KEY_SHIFT, mod, 32), cap - wcslen(out) - 1); wcsncat(out, L"+", cap - wcslen(out) - 1); }
    if (b->virt & FALT)     { wcsncat(out, lang_string(IDS_KEY_ALT, mod, 32), cap - wcslen(out) - 1); wcsncat(out, L"+", cap - wcslen(out) - 1); }
    wcsncat(out, key, cap - wcslen(out) - 1);
}

bool keymap_key_for(int command, calc_mode m, wchar_t *out, size_t cap)
{
    if (cap) out[0] = 0;
    for (int i = 0; i < keymap_count(); i++) {
        key_binding b;
        if (keymap_at(i, &b) && b.command == command && keymap_works_in(&b, m)) {
            keymap_key_text(&b, out, cap);
            return true;
        }
    }
    return false;
}

/* Names of the menu commands that have keys. */
static const struct { unsigned short id; UINT ids; } MENU_NAMES[] = {
    { IDM_HISTORY, IDS_CMD_HISTORY }, { IDM_CLEAR_HISTORY, IDS_CMD_CLEAR_HIST },
    { IDM_COPY, IDS_CMD_COPY }, { IDM_PASTE, IDS_CMD_PASTE }, { IDM_SHORTCUTS, IDS_SHORTCUTS_TITLE },
    { IDM_SHIFT_LEFT, IDS_CMD_SHIFT_LEFT }, { IDM_SHIFT_RIGHT, IDS_CMD_SHIFT_RIGHT },
    { IDC_FIN_COMPUTE, IDS_FIN_KEY_COMPUTE },
    { IDM_STAT_DELETE_ITEM, IDS_STAT_DELETE_ITEM }, { IDM_STAT_UNDO, IDS_STAT_UNDO }, { IDM_STAT_COPY, IDS_STAT_COPY },
};

static void action_text(const key_binding *b, wchar_t *out, size_t cap)
{
    out[0] = 0;
    const mode_row *mode = mode_by_command(b->command);
    if (mode) {
        lang_string(mode->name, out, (int)cap);
    } else if (command_by_id(b->command)) {
        lang_command_name(b->command, out, (int)cap);
    } else {
        for (size_t i = 0; i < sizeof MENU_NAMES / sizeof MENU_NAMES[0]; i++)
            if (MENU_NAMES[i].id == b->command) lang_string(MENU_NAMES[i].ids, out, (int)cap);
    }
    /* Keys of some modes only: "(Scientific, Programmer)". */
    /* Keys of every keypad (and only those) need no mark: their group says what they are. */
    int works = 0, keypads = 0, in_keypads = 0;
    for (int i = 0; i < mode_count(); i++) {
        bool w = keymap_works_in(b, mode_at(i)->mode);
        works += w;
        if (mode_at(i)->keypad) keypads++, in_keypads += w;
    }
    if (works < mode_count() && !(works == in_keypads && in_keypads == keypads)) {
        wchar_t name[64];
        const wchar_t *sep = L" (";
        for (int i = 0; i < mode_count(); i++) {
            if (!keymap_works_in(b, mode_at(i)->mode)) continue;
            wcsncat(out, sep, cap - wcslen(out) - 1);
            wcsncat(out, lang_string(mode_at(i)->name, name, 64), cap - wcslen(out) - 1);
            sep = L", ";
        }
        wcsncat(out, L")", cap - wcslen(out) - 1);
    }
}

/* The shortcut list's groups, in the order shown; IDS_KEYS_GROUP + group is its heading. */
enum { GROUP_DIGITS, GROUP_MEMORY, GROUP_FUNCTIONS, GROUP_PROGRAMMER, GROUP_WINDOWS, GROUP_COUNT };

static int key_group(const key_binding *b)
{
    const command_info *ci = command_by_id(b->command);
    if (b->command == IDM_SHIFT_LEFT || b->command == IDM_SHIFT_RIGHT) return GROUP_PROGRAMMER;
    if (!ci || mode_by_command(b->command)) return GROUP_WINDOWS;
    if (ci->kind == CMDK_MEMORY) return GROUP_MEMORY;
    if (b->modes == PRG) return GROUP_PROGRAMMER;
    if (ci->kind == CMDK_UNARY || ci->kind == CMDK_CONSTANT || ci->kind == CMDK_SETTING) return GROUP_FUNCTIONS;
    return GROUP_DIGITS;
}

wchar_t *keymap_help_text(void)
{
    size_t cap = (size_t)keymap_count() * 160 + 2048, len = 0;
    wchar_t *text = HeapAlloc(GetProcessHeap(), 0, cap * sizeof *text);
    if (!text) return NULL;
    lang_string(IDS_SHORTCUTS_HEAD, text, (int)cap);
    len = wcslen(text);
    for (int g = 0; g < GROUP_COUNT; g++) {
        wchar_t head[64];
        lang_string(IDS_KEYS_GROUP + (UINT)g, head, 64);
        len += (size_t)wsprintfW(text + len, L"\r\n\r\n%ls\r\n", head);
        for (int i = 0; i < keymap_count(); i++) {
            wchar_t key[64], action[128];
            key_binding b;
            if (!keymap_at(i, &b) || key_group(&b) != g) continue;
            keymap_key_text(&b, key, 64);
            action_text(&b, action, 128);
            if (len + wcslen(key) + wcslen(action) + 8 >= cap) break;
            len += (size_t)wsprintfW(text + len, L"%ls\t%ls\r\n", key, action);
        }
    }
    return text;
}
