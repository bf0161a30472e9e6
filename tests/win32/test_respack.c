/* The packed resources of calculatrice.exe (src/win32/respack.c, made by
 * scripts/pack_resources.py): this test program is linked with the unpacked
 * .res that windres made of res/calculatrice.rc, so it compares, through the
 * Win32 resource functions on itself, every string block, dialog and menu in
 * every language with what respack_find returns from the exe (argv[1]):
 * same bytes, and nothing more in the blob. The exe itself keeps none of
 * those unpacked; a module without a blob, or with a damaged one, answers
 * NULL and makes no dialog. */
#include <windows.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "respack.h"
#include "ui_ids.h"

static HMODULE g_exe;
static wchar_t g_path[MAX_PATH];
static const WORD TYPES[] = {(WORD)(ULONG_PTR)RT_STRING, (WORD)(ULONG_PTR)RT_DIALOG, (WORD)(ULONG_PTR)RT_MENU};

typedef struct walk {
    unsigned compared, by_type[3];
    int type_index;
} walk;

static BOOL CALLBACK compare_lang(HMODULE m, LPCWSTR type, LPCWSTR name, WORD lang, LONG_PTR param)
{
    walk *w = (walk *)param;
    WORD t = (WORD)(ULONG_PTR)type, id = (WORD)(ULONG_PTR)name;
    if (!IS_INTRESOURCE(name)) fail_msg("type %u: a resource with a string name", t);
    HRSRC r = FindResourceExW(m, type, name, lang);
    HGLOBAL h = r ? LoadResource(m, r) : NULL;
    const void *orig = h ? LockResource(h) : NULL;
    assert_non_null(orig);
    DWORD orig_size = SizeofResource(m, r), size = 0;
    const void *packed = respack_find(g_exe, t, id, lang, &size);
    if (!packed) fail_msg("type %u id %u language 0x%04x is not in the packed blob", t, id, lang);
    if (size != orig_size || memcmp(packed, orig, size) != 0)
        fail_msg("type %u id %u language 0x%04x: %lu bytes packed, %lu in the .res, or other bytes", t, id, lang,
                 (unsigned long)size, (unsigned long)orig_size);
    w->compared++;
    w->by_type[w->type_index]++;
    return TRUE;
}

static BOOL CALLBACK each_name(HMODULE m, LPCWSTR type, LPWSTR name, LONG_PTR param)
{
    EnumResourceLanguagesW(m, type, name, compare_lang, param);
    return TRUE;
}

static void every_resource_is_packed_unchanged(void **state)
{
    (void)state;
    walk w = {0};
    HMODULE self = GetModuleHandleW(NULL);
    for (w.type_index = 0; w.type_index < 3; w.type_index++)
        EnumResourceNamesW(self, MAKEINTRESOURCEW(TYPES[w.type_index]), each_name, (LONG_PTR)&w);
    printf("compared %u resources: %u string blocks, %u dialogs, %u menus\n", w.compared, w.by_type[0], w.by_type[1],
           w.by_type[2]);
    /* both languages' strings and menus, and the dialogs */
    assert_true(w.by_type[0] >= 2 && w.by_type[1] >= 1 && w.by_type[2] >= 2);
    /* and the blob holds nothing else */
    assert_int_equal(respack_count(g_exe), w.compared);
    WORD type, id, lang;
    for (unsigned i = 0; respack_entry(g_exe, i, &type, &id, &lang); i++)
        assert_true(type == TYPES[0] || type == TYPES[1] || type == TYPES[2]);
}

static BOOL CALLBACK count_name(HMODULE m, LPCWSTR type, LPWSTR name, LONG_PTR param)
{
    (void)m, (void)type, (void)name;
    ++*(unsigned *)param;
    return TRUE;
}

static void the_exe_keeps_none_unpacked(void **state)
{
    (void)state;
    unsigned n = 0;
    for (int t = 0; t < 3; t++) EnumResourceNamesW(g_exe, MAKEINTRESOURCEW(TYPES[t]), count_name, (LONG_PTR)&n);
    assert_int_equal(n, 0);
    assert_non_null(FindResourceW(g_exe, MAKEINTRESOURCEW(IDI_APP), (LPCWSTR)RT_GROUP_ICON));
}

static void exact_language_only(void **state)
{
    (void)state;
    WORD menu = (WORD)(ULONG_PTR)RT_MENU;
    assert_non_null(respack_find(g_exe, menu, IDR_MENU, MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US), NULL));
    assert_non_null(respack_find(g_exe, menu, IDR_MENU, MAKELANGID(LANG_FRENCH, SUBLANG_FRENCH), NULL));
    DWORD size = 123;
    assert_null(respack_find(g_exe, menu, IDR_MENU, MAKELANGID(LANG_GERMAN, SUBLANG_GERMAN), &size));
    assert_int_equal(size, 0);
    assert_null(respack_find(g_exe, menu, IDR_MENU, 0xFFFF, NULL));
    assert_null(respack_find(g_exe, menu, 9999, MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US), NULL));
}

/* This program has the unpacked resources but no blob: nothing is found. */
static void no_blob_no_resources(void **state)
{
    (void)state;
    HMODULE self = GetModuleHandleW(NULL);
    assert_int_equal(respack_count(self), 0);
    assert_null(respack_find(self, (WORD)(ULONG_PTR)RT_MENU, IDR_MENU, MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US), NULL));
    assert_null(respack_dialog(self, IDD_MAIN, NULL, NULL, 0));
    assert_int_equal(respack_dialog_box(self, IDD_SHORTCUTS, NULL, NULL, 0), -1);
}

/* A copy of the exe whose blob is damaged (or cut short) answers like one without. */
static void damaged_blob_no_resources(void **state)
{
    (void)state;
    HRSRC r = FindResourceW(g_exe, MAKEINTRESOURCEW(RESPACK_RCDATA_ID), (LPCWSTR)RT_RCDATA);
    assert_non_null(r);
    DWORD size = SizeofResource(g_exe, r);
    const unsigned char *blob = LockResource(LoadResource(g_exe, r));
    assert_non_null(blob);
    unsigned char *bad = HeapAlloc(GetProcessHeap(), 0, size);
    assert_non_null(bad);
    /* three copies loaded at once: distinct module handles (respack keeps one
     * unpacked blob per handle) */
    wchar_t dir[MAX_PATH], copy[3][MAX_PATH];
    HMODULE mods[3];
    GetTempPathW(MAX_PATH, dir);
    for (int k = 0; k < 3; k++) {
        GetTempFileNameW(dir, L"rpk", 0, copy[k]);
        memcpy(bad, blob, size);
        DWORD len = size;
        if (k == 0) bad[size / 2] ^= 0x5a;     /* inside the DEFLATE data */
        else if (k == 1) len = size - 7;       /* truncated */
        else bad[8] ^= 0x01;                   /* the unpacked size no longer matches */
        assert_true(CopyFileW(g_path, copy[k], FALSE));
        HANDLE u = BeginUpdateResourceW(copy[k], FALSE);
        assert_non_null(u);
        assert_true(UpdateResourceW(u, (LPCWSTR)RT_RCDATA, MAKEINTRESOURCEW(RESPACK_RCDATA_ID), 0, bad, len));
        assert_true(EndUpdateResourceW(u, FALSE));
        HMODULE m = mods[k] = LoadLibraryExW(copy[k], NULL, LOAD_LIBRARY_AS_DATAFILE | LOAD_LIBRARY_AS_IMAGE_RESOURCE);
        assert_non_null(m);
        /* (byte flips inside the data almost always break the stream; a flip the
         * format cannot see is still caught by the unpacked size) */
        unsigned n = respack_count(m);
        if (k != 0 || n == 0) assert_int_equal(n, 0);
        if (n == 0) assert_null(respack_find(m, (WORD)(ULONG_PTR)RT_MENU, IDR_MENU, MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US), NULL));
    }
    for (int k = 0; k < 3; k++) {
        FreeLibrary(mods[k]);
        DeleteFileW(copy[k]);
    }
    HeapFree(GetProcessHeap(), 0, bad);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_respack path-to-calculatrice.exe\n");
        return 2;
    }
    /* ctest hands over a Unix path; under Wine that is drive Z:. */
    char path[MAX_PATH];
    snprintf(path, sizeof path, "%s%s", argv[1][0] == '/' ? "Z:" : "", argv[1]);
    for (char *p = path; *p; p++)
        if (*p == '/') *p = '\\';
    MultiByteToWideChar(CP_UTF8, 0, path, -1, g_path, MAX_PATH);
    g_exe = LoadLibraryExW(g_path, NULL, LOAD_LIBRARY_AS_DATAFILE | LOAD_LIBRARY_AS_IMAGE_RESOURCE);
    if (!g_exe) {
        fprintf(stderr, "cannot load %s\n", path);
        return 2;
    }
    /* the cost of the first use, as the window pays it once at start-up */
    LARGE_INTEGER t0, t1, freq;
    QueryPerformanceFrequency(&freq);
    QueryPerformanceCounter(&t0);
    unsigned n = respack_count(g_exe);
    QueryPerformanceCounter(&t1);
    printf("unpacked %u resources in %lld us\n", n, (long long)((t1.QuadPart - t0.QuadPart) * 1000000 / freq.QuadPart));
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_resource_is_packed_unchanged),
        cmocka_unit_test(the_exe_keeps_none_unpacked),
        cmocka_unit_test(exact_language_only),
        cmocka_unit_test(no_blob_no_resources),
        cmocka_unit_test(damaged_blob_no_resources),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
