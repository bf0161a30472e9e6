/* The window's unit names (src/win32/unit_names.c) against the engine's units
 * (calc_units.h): every unit of the engine has exactly one row, every row is an
 * engine unit, every category has its row with first units and hints of that
 * category; and every name, symbol and category name is in the string table
 * of calculatrice.exe in every language, loaded from the exe itself
 * (respack_find per language, as the exe reads its packed strings: no
 * fallback to another language hides a missing one). The exe is the one of this build tree (../src/win32/ next to
 * this test's folder), or CALC_EXE if that is set. */
#include <windows.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "converter_ids.h"
#include "respack.h"
#include "unit_names.h"

/* The UI languages (lang.c): English, French. */
static const WORD LANGS[] = { MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US), MAKELANGID(LANG_FRENCH, SUBLANG_FRENCH) };

static HMODULE g_exe;

/* String id of the string table in language lang, "" if that language does
 * not have it. Strings live in blocks of 16: block id/16 + 1, entry id % 16. */
static void load_string(UINT id, WORD lang, wchar_t *out, size_t cap)
{
    out[0] = 0;
    DWORD size = 0;
    const WCHAR *p = respack_find(g_exe, (WORD)(ULONG_PTR)RT_STRING, (WORD)(id / 16 + 1), lang, &size);
    if (!p) return;
    const WCHAR *end = p + size / sizeof(WCHAR);
    for (UINT k = 0; k < id % 16 && p < end; k++) p += 1 + *p;
    if (p >= end) return;
    size_t n = *p < cap - 1 ? *p : cap - 1;
    memcpy(out, p + 1, n * sizeof *out);
    out[n] = 0;
}

static int open_exe(void **state)
{
    (void)state;
    wchar_t path[MAX_PATH * 2];
    DWORD n = GetEnvironmentVariableW(L"CALC_EXE", path, MAX_PATH);
    if (n == 0 || n >= MAX_PATH) {
        GetModuleFileNameW(NULL, path, MAX_PATH);
        wchar_t *slash = wcsrchr(path, L'\\');
        if (slash) *slash = 0;
        wcscat(path, L"\\..\\src\\win32\\calculatrice.exe");
    }
    g_exe = LoadLibraryExW(path, NULL, LOAD_LIBRARY_AS_DATAFILE | LOAD_LIBRARY_AS_IMAGE_RESOURCE);
    if (!g_exe) fprintf(stderr, "cannot open %ls\n", path);
    return g_exe ? 0 : -1;
}

static int close_exe(void **state)
{
    (void)state;
    if (g_exe) FreeLibrary(g_exe);
    return 0;
}

static void every_engine_unit_has_one_row(void **state)
{
    (void)state;
    for (int i = 0; i < units_count(); i++) {
        const char *id = units_id(i);
        int rows = 0;
        for (int k = 0; k < unit_name_count(); k++) rows += strcmp(unit_name_at(k)->id, id) == 0;
        if (rows != 1) fail_msg("unit '%s' has %d rows in src/win32/unit_names.c", id, rows);
        assert_true(unit_name_id(id) >= IDS_UNITCAT_BASE);
    }
    assert_int_equal(unit_name_count(), units_count());
    assert_null(unit_name_at(unit_name_count()));
    assert_int_equal(unit_name_id("parsec"), 0);
    assert_int_equal(unit_name_id(NULL), 0);
}

static void every_row_is_an_engine_unit_with_its_own_strings(void **state)
{
    (void)state;
    for (int k = 0; k < unit_name_count(); k++) {
        const unit_name_row *r = unit_name_at(k);
        if (units_find(r->id) < 0) fail_msg("row '%s' is not a unit of the engine", r->id);
        /* a name and its symbol are two ids: no other row may use either */
        for (int j = 0; j < k; j++) {
            UINT other = unit_name_at(j)->name;
            assert_true(other != r->name && other != IDS_UNIT_SYMBOL(r->name) && IDS_UNIT_SYMBOL(other) != r->name);
        }
    }
}

static bool in_category(const char *id, units_category c)
{
    return id && units_find(id) >= 0 && units_category_of(units_find(id)) == c;
}

static void every_category_has_its_row(void **state)
{
    (void)state;
    for (int c = 0; c < UNITS_CATEGORY_COUNT; c++) {
        const unit_category_row *row = unit_category((units_category)c);
        if (!row) fail_msg("category %s has no row", units_category_id((units_category)c));
        assert_int_equal(row->category, c);
        assert_int_equal(row->name, IDS_UNITCAT_BASE + (UINT)c);
        assert_true(in_category(row->from, (units_category)c));
        assert_true(in_category(row->to, (units_category)c));
        assert_string_not_equal(row->from, row->to);
        /* at least one hint remains whichever two units are shown */
        int hints = 0;
        for (int k = 0; k < UNIT_HINTS_MAX && row->hints[k]; k++, hints++)
            assert_true(in_category(row->hints[k], (units_category)c));
        assert_true(hints >= 3);
    }
    assert_null(unit_category(UNITS_CATEGORY_COUNT));
}

static void every_name_is_in_every_language(void **state)
{
    (void)state;
    wchar_t text[256];
    for (size_t l = 0; l < sizeof LANGS / sizeof LANGS[0]; l++) {
        for (int c = 0; c < UNITS_CATEGORY_COUNT; c++) {
            load_string(unit_category((units_category)c)->name, LANGS[l], text, 256);
            if (!text[0]) fail_msg("category %s has no name in language %04x", units_category_id((units_category)c), LANGS[l]);
        }
        for (int i = 0; i < units_count(); i++) {
            UINT name = unit_name_id(units_id(i));
            load_string(name, LANGS[l], text, 256);
            if (!text[0]) fail_msg("unit '%s' has no name in language %04x", units_id(i), LANGS[l]);
            load_string(IDS_UNIT_SYMBOL(name), LANGS[l], text, 256);
            if (!text[0]) fail_msg("unit '%s' has no symbol in language %04x", units_id(i), LANGS[l]);
        }
    }
}

/* The names the issue asks for, in French (the rows are right, not only present). */
static void french_names(void **state)
{
    (void)state;
    static const struct { const char *id; const wchar_t *fr; } WANT[] = {
        { "ft", L"Pieds" }, { "nmi", L"Milles marins" }, { "cv", L"Chevaux-vapeur" },
        { "l/100km", L"Litres aux 100 km" },
    };
    wchar_t text[256];
    for (size_t i = 0; i < sizeof WANT / sizeof WANT[0]; i++) {
        load_string(unit_name_id(WANT[i].id), LANGS[1], text, 256);
        if (wcscmp(text, WANT[i].fr) != 0) fail_msg("French name of '%s': %ls", WANT[i].id, text);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_engine_unit_has_one_row),
        cmocka_unit_test(every_row_is_an_engine_unit_with_its_own_strings),
        cmocka_unit_test(every_category_has_its_row),
        cmocka_unit_test(every_name_is_in_every_language),
        cmocka_unit_test(french_names),
    };
    return cmocka_run_group_tests(tests, open_exe, close_exe);
}
