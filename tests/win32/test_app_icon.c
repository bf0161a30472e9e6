/* The application icon of calculatrice.exe (res/calculatrice.ico, every frame
 * a PNG): its icon directory in the exe holds the sizes Microsoft's guidelines
 * ask of an app (16, 24, 32, 48, 256 px) and those of the 125 % and 200 %
 * scales (20, 40, 64 px); at each of those, and at the 96 and 128 px that
 * Windows scales from the 256 px frame, it loads as an icon of that size whose
 * centre is opaque (the calculator's body) and whose corner is transparent
 * (the body's rounded margin). A frame Windows (here Wine) could not decode would fail to load or
 * come out blank. The exe is argv[1] (the build passes it), or CALC_EXE. */
#include <windows.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ui_ids.h"

/* The frames the .ico must have. */
static const int FRAMES[] = { 16, 20, 24, 32, 40, 48, 64, 256 };
/* Every size drawn: the frames and the scaled ones. */
static const int SIZES[] = { 16, 20, 24, 32, 40, 48, 64, 96, 128, 256 };
static wchar_t g_path[MAX_PATH];
static HMODULE g_exe;

static int open_exe(void **state)
{
    (void)state;
    g_exe = LoadLibraryExW(g_path, NULL, LOAD_LIBRARY_AS_DATAFILE | LOAD_LIBRARY_AS_IMAGE_RESOURCE);
    if (!g_exe) fprintf(stderr, "cannot open %ls\n", g_path);
    return g_exe ? 0 : -1;
}

static int close_exe(void **state)
{
    (void)state;
    FreeLibrary(g_exe);
    return 0;
}

/* The icon drawn on a 32-bit top-down DIB over transparent black; the alpha of
 * pixel (x, y). */
typedef struct drawn {
    int size;
    const uint32_t *bits;
    HBITMAP bmp;
    HDC dc;
} drawn;

static void draw_icon(HICON icon, int size, drawn *d)
{
    BITMAPINFO bi = { 0 };
    bi.bmiHeader.biSize = sizeof bi.bmiHeader;
    bi.bmiHeader.biWidth = size;
    bi.bmiHeader.biHeight = -size;
    bi.bmiHeader.biPlanes = 1;
    bi.bmiHeader.biBitCount = 32;
    bi.bmiHeader.biCompression = BI_RGB;
    void *bits = NULL;
    d->size = size;
    d->dc = CreateCompatibleDC(NULL);
    d->bmp = CreateDIBSection(d->dc, &bi, DIB_RGB_COLORS, &bits, NULL, 0);
    assert_non_null(d->bmp);
    memset(bits, 0, (size_t)size * (size_t)size * 4);
    SelectObject(d->dc, d->bmp);
    assert_true(DrawIconEx(d->dc, 0, 0, icon, size, size, 0, NULL, DI_NORMAL));
    GdiFlush();
    d->bits = bits;
}

static unsigned alpha_at(const drawn *d, int x, int y)
{
    return d->bits[y * d->size + x] >> 24;
}

static void free_drawn(drawn *d)
{
    DeleteDC(d->dc);
    DeleteObject(d->bmp);
}

/* The group icon directory (RT_GROUP_ICON) as stored in the exe. */
#pragma pack(push, 2)
typedef struct group_entry {
    BYTE width, height, colours, reserved;
    WORD planes, bits;
    DWORD bytes;
    WORD id;
} group_entry;
#pragma pack(pop)

static void test_directory_has_the_frames(void **state)
{
    (void)state;
    HRSRC found = FindResourceW(g_exe, MAKEINTRESOURCEW(IDI_APP), (LPCWSTR)RT_GROUP_ICON);
    assert_non_null(found);
    const BYTE *dir = LockResource(LoadResource(g_exe, found));
    assert_non_null(dir);
    WORD count = *(const WORD *)(dir + 4);
    assert_true(SizeofResource(g_exe, found) >= 6u + count * sizeof(group_entry));
    for (size_t f = 0; f < sizeof FRAMES / sizeof FRAMES[0]; f++) {
        int seen = 0;
        for (WORD i = 0; i < count; i++) {
            group_entry e;
            memcpy(&e, dir + 6 + i * sizeof e, sizeof e);
            int w = e.width ? e.width : 256;
            if (w == FRAMES[f] && e.bits == 32) seen++;
        }
        if (seen != 1) fprintf(stderr, "%d px frame: %d in the directory\n", FRAMES[f], seen);
        assert_int_equal(seen, 1);
    }
}

static void test_every_frame_decodes(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof SIZES / sizeof SIZES[0]; i++) {
        int s = SIZES[i];
        HICON icon = LoadImageW(g_exe, MAKEINTRESOURCEW(IDI_APP), IMAGE_ICON, s, s, 0);
        if (!icon) fprintf(stderr, "no %d px icon\n", s);
        assert_non_null(icon);
        ICONINFO info;
        BITMAP bm;
        assert_true(GetIconInfo(icon, &info));
        HBITMAP colour = info.hbmColor ? info.hbmColor : info.hbmMask;
        assert_true(GetObjectW(colour, sizeof bm, &bm) > 0);
        assert_int_equal(bm.bmWidth, s);
        if (info.hbmColor) DeleteObject(info.hbmColor);
        DeleteObject(info.hbmMask);

        drawn d;
        draw_icon(icon, s, &d);
        unsigned centre = alpha_at(&d, s / 2, s / 2), corner = alpha_at(&d, 0, 0);
        if (centre != 255 || corner != 0) fprintf(stderr, "%d px: centre alpha %u, corner alpha %u\n", s, centre, corner);
        assert_int_equal(centre, 255);
        assert_int_equal(corner, 0);
        free_drawn(&d);
        DestroyIcon(icon);
    }
}

int main(int argc, char **argv)
{
    const char *exe = argc > 1 ? argv[1] : getenv("CALC_EXE");
    if (!exe) {
        fprintf(stderr, "usage: test_app_icon path-to-calculatrice.exe\n");
        return 2;
    }
    MultiByteToWideChar(CP_UTF8, 0, exe, -1, g_path, MAX_PATH);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_directory_has_the_frames),
        cmocka_unit_test(test_every_frame_decodes),
    };
    return cmocka_run_group_tests(tests, open_exe, close_exe);
}
