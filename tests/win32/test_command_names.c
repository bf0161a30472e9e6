/* Every command of the engine's table (commands.h) has a name in every
 * language of calculatrice.exe: the string IDS_CMD_BASE + id in each language
 * that has a main menu (res/lang/xx-XX.rc), and no name is left for an id that is
 * no command. Reads the built exe's resources (its path is argv[1]) as the
 * exe does: packed (respack.h). */
#include <windows.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "commands.h"
#include "respack.h"
#include "ui_ids.h"

static HMODULE g_exe;
#define MAX_LANGS 16
static LANGID g_langs[MAX_LANGS];
static int g_nlangs;

/* The languages that have a main menu. */
static void find_langs(void)
{
    WORD type, id, lang;
    for (unsigned i = 0; respack_entry(g_exe, i, &type, &id, &lang); i++)
        if (type == (WORD)(ULONG_PTR)RT_MENU && id == IDR_MENU && g_nlangs < MAX_LANGS) g_langs[g_nlangs++] = lang;
}

/* Length of string id in language lang (0 if missing); resources hold blocks
 * of 16 counted strings. */
static int string_length(UINT id, LANGID lang)
{
    DWORD size = 0;
    const WCHAR *p = respack_find(g_exe, (WORD)(ULONG_PTR)RT_STRING, (WORD)(id / 16 + 1), lang, &size);
    if (!p) return 0;
    const WCHAR *end = p + size / sizeof(WCHAR);
    for (UINT i = 0; i < (id & 15); i++) {
        if (p >= end) return 0;
        p += 1 + *p;
    }
    return p < end ? *p : 0;
}

static void every_command_has_a_name_in_every_language(void **state)
{
    (void)state;
    assert_true(g_nlangs >= 2); /* English and French at least */
    for (int l = 0; l < g_nlangs; l++)
        for (int i = 0; i < command_count(); i++) {
            const command_info *ci = command_at(i);
            if (string_length((UINT)(IDS_CMD_BASE + ci->id), g_langs[l]) == 0)
                fail_msg("command %d (%s) has no name in language 0x%04x", ci->id, ci->token, g_langs[l]);
        }
}

static void no_name_for_what_is_not_a_command(void **state)
{
    (void)state;
    for (int l = 0; l < g_nlangs; l++)
        for (int id = 0; id < 1000; id++)
            if (!command_by_id(id) && string_length((UINT)(IDS_CMD_BASE + id), g_langs[l]) > 0)
                fail_msg("a name for id %d, which is no command (language 0x%04x)", id, g_langs[l]);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_command_names path-to-calculatrice.exe\n");
        return 2;
    }
    /* ctest hands over a Unix path; under Wine that is drive Z:. */
    char path[MAX_PATH];
    snprintf(path, sizeof path, "%s%s", argv[1][0] == '/' ? "Z:" : "", argv[1]);
    for (char *p = path; *p; p++)
        if (*p == '/') *p = '\\';
    g_exe = LoadLibraryExA(path, NULL, LOAD_LIBRARY_AS_DATAFILE | LOAD_LIBRARY_AS_IMAGE_RESOURCE);
    if (!g_exe) {
        fprintf(stderr, "cannot load %s\n", path);
        return 2;
    }
    find_langs();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_command_has_a_name_in_every_language),
        cmocka_unit_test(no_name_for_what_is_not_a_command),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
