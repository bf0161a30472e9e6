/* UI language choice and localised resources (lang.h). */
#include <windows.h>

#include "commands.h"
#include "lang.h"
#include "respack.h"
#include "ui_ids.h"
#include "wtext.h"

static HINSTANCE g_inst;
static LANGID g_lang = MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US);
static const LANGID ENGLISH = MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US);

void lang_init(HINSTANCE inst)
{
    g_inst = inst;
    LANGID user = GetUserDefaultUILanguage();
    g_lang = PRIMARYLANGID(user) == LANG_FRENCH ? MAKELANGID(LANG_FRENCH, SUBLANG_FRENCH) : ENGLISH;
    /* Message boxes and common dialogs follow the same language. */
    SetThreadUILanguage(g_lang);
}

bool lang_is_french(void) { return PRIMARYLANGID(g_lang) == LANG_FRENCH; }
LANGID lang_id(void) { return g_lang; }

/* String resources come in blocks of 16 counted strings. */
static bool find_string(UINT id, LANGID lang, wchar_t *buf, int cap)
{
    DWORD size = 0;
    const WCHAR *p = respack_find(g_inst, (WORD)(ULONG_PTR)RT_STRING, (WORD)(id / 16 + 1), lang, &size);
    if (!p) return false;
    const WCHAR *end = p + size / sizeof(WCHAR);
    for (UINT i = 0; i < (id & 15); i++) {
        if (p >= end) return false;
        p += 1 + *p;
    }
    if (p >= end || *p == 0) return false;
    int len = *p;
    if (len >= cap) len = cap - 1;
    memcpy(buf, p + 1, (size_t)len * sizeof(WCHAR));
    buf[len] = 0;
    return true;
}

const wchar_t *lang_string(UINT id, wchar_t *buf, int cap)
{
    if (cap <= 0) return L"";
    if (!find_string(id, g_lang, buf, cap) && !find_string(id, ENGLISH, buf, cap)) buf[0] = 0;
    return buf;
}

HMENU lang_menu(void)
{
    const void *tmpl = respack_find(g_inst, (WORD)(ULONG_PTR)RT_MENU, IDR_MENU, g_lang, NULL);
    if (!tmpl) tmpl = respack_find(g_inst, (WORD)(ULONG_PTR)RT_MENU, IDR_MENU, ENGLISH, NULL);
    return tmpl ? LoadMenuIndirectW(tmpl) : NULL;
}

const wchar_t *lang_command_name(int command_id, wchar_t *buf, int cap)
{
    if (cap <= 0) return L"";
    buf[0] = 0;
    if (command_by_id(command_id)) lang_string((UINT)(IDS_CMD_BASE + command_id), buf, cap);
    return buf;
}
