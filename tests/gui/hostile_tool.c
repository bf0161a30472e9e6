/* gui_hostile_tool.exe: puts hostile data where the window will read it, from
 * inside Wine, byte for byte (xclip and `reg add` cannot write a clipboard text
 * without its NUL, lone surrogates, or a megabyte of binary registry data).
 * One action per argument:
 *
 *   clip:KIND:N[:SEED]   sets CF_UNICODETEXT to N UTF-16 units made by KIND, with
 *                        no terminating NUL unless KIND adds one:
 *                          digits  "1234567890..." + NUL (a huge number)
 *                          text    "lorem ipsum ..." + NUL
 *                          nonul   "5555..." with no NUL at all
 *                          junk    random units: NULs, lone surrogates, controls,
 *                                  noncharacters, anything (seeded, no NUL added)
 *   clip-text:UTF8       sets CF_UNICODETEXT to that text (a marker for polling)
 *   clip-len             prints the length of the clipboard's text (units up to the
 *                        first NUL, bounded by the handle size), or -1 if none
 *   clip-equals:UTF8     prints 1 if the clipboard's text is exactly that, else 0
 *   clip-only-bitmap     empties the clipboard and puts only a 1x1 bitmap there
 *   reg-dword:NAME:V     REG_DWORD V (decimal or 0x hex, taken modulo 2^32)
 *   reg-sz:NAME:UTF8     REG_SZ text
 *   reg-raw:NAME:TYPE:N:KIND[:SEED]  N bytes of type TYPE (a number: 1 = REG_SZ,
 *                        3 = REG_BINARY, 4 = REG_DWORD, 7 = REG_MULTI_SZ,
 *                        11 = REG_QWORD) made by KIND: zero, ones (0xFF),
 *                        digits ("1" in UTF-16, no NUL), rand (seeded)
 *   reg-file:NAME:TYPE:PATH  the bytes of file PATH (a Windows path) as is
 *   reg-lines:NAME:PATH  REG_MULTI_SZ from a UTF-8 file, one item per line
 *                        ("\t" in the file stays a tab), properly terminated
 *   ping:MS              sends WM_NULL to the Calculatrice window and waits at most
 *                        MS ms for its thread to answer: prints "alive <ms>" or
 *                        "hung" (the window's message loop is running or not)
 * Values go to HKCU\Software\Calculatrice. Prints "ok" per action that worked
 * (clip-len, clip-equals and ping print their answer instead); exit status 0,
 * or 2 at the first action that failed. */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KEY_PATH L"Software\\Calculatrice"

/* xorshift64*: the same junk for the same seed, on every run. */
static unsigned long long g_state = 88172645463325252ULL;

static unsigned long long next_random(void)
{
    g_state ^= g_state >> 12;
    g_state ^= g_state << 25;
    g_state ^= g_state >> 27;
    return g_state * 2685821657736338717ULL;
}

static void seed_random(unsigned long long seed)
{
    g_state = seed ? seed : 88172645463325252ULL;
}

/* The fields of "a:b:c:..." split in place (at most max). */
static int split(char *s, char **fields, int max)
{
    int n = 0;
    fields[n++] = s;
    for (char *p = s; *p && n < max; p++) {
        if (*p == ':') {
            *p = 0;
            fields[n++] = p + 1;
        }
    }
    return n;
}

static wchar_t *to_wide(const char *utf8)
{
    int n = MultiByteToWideChar(CP_UTF8, 0, utf8, -1, NULL, 0);
    wchar_t *w = n > 0 ? malloc((size_t)n * sizeof *w) : NULL;
    if (w) MultiByteToWideChar(CP_UTF8, 0, utf8, -1, w, n);
    return w;
}

static unsigned long long number(const char *s)
{
    return strtoull(s, NULL, 0);
}

/* ------------------------------------------------------------ clipboard */

/* An owner window: SetClipboardData fails on a clipboard opened with no owner. */
static HWND owner(void)
{
    static HWND w;
    if (!w) w = CreateWindowExW(0, L"STATIC", L"hostile", 0, 0, 0, 0, 0, HWND_MESSAGE, NULL, NULL, NULL);
    return w;
}

static int open_clipboard(void)
{
    for (int i = 0; i < 100; i++) {
        if (OpenClipboard(owner())) return 1;
        Sleep(20);
    }
    return 0;
}

/* Puts exactly `bytes` bytes as CF_UNICODETEXT (GlobalAlloc may round up: the
 * extra bytes are not NUL-filled on purpose, they stay as allocated). */
static int put_unicode(const void *data, size_t bytes)
{
    HGLOBAL h = GlobalAlloc(GMEM_MOVEABLE, bytes ? bytes : 1);
    if (!h) return 0;
    void *p = GlobalLock(h);
    memcpy(p, data, bytes);
    GlobalUnlock(h);
    if (!open_clipboard()) {
        GlobalFree(h);
        return 0;
    }
    EmptyClipboard();
    int ok = SetClipboardData(CF_UNICODETEXT, h) != NULL;
    if (!ok) GlobalFree(h);
    CloseClipboard();
    return ok;
}

static int clip_generate(const char *kind, size_t n, unsigned long long seed)
{
    static const char LOREM[] = "lorem ipsum dolor sit amet, 12 + 7 = 19; ";
    seed_random(seed);
    wchar_t *w = malloc((n + 1) * sizeof *w);
    if (!w) return 0;
    size_t units = n;
    for (size_t i = 0; i < n; i++) {
        if (!strcmp(kind, "digits")) w[i] = (wchar_t)(L'0' + (i + 1) % 10);
        else if (!strcmp(kind, "text")) w[i] = (wchar_t)LOREM[i % (sizeof LOREM - 1)];
        else if (!strcmp(kind, "nonul")) w[i] = L'5';
        else if (!strcmp(kind, "junk")) {
            /* biased towards the dangerous units */
            unsigned long long r = next_random();
            switch (r % 8) {
            case 0: w[i] = 0; break;                                   /* embedded NUL */
            case 1: w[i] = (wchar_t)(0xD800 + (r >> 8) % 0x800); break; /* lone surrogate */
            case 2: w[i] = (wchar_t)((r >> 8) % 0x20); break;           /* control */
            case 3: w[i] = (wchar_t)(r & 1 ? 0xFFFF : 0xFFFE); break;   /* noncharacter */
            case 4: w[i] = (wchar_t)(L'0' + (r >> 8) % 10); break;      /* digits among it */
            default: w[i] = (wchar_t)(r >> 16); break;                  /* anything */
            }
        } else {
            free(w);
            return 0;
        }
    }
    if (!strcmp(kind, "digits") || !strcmp(kind, "text")) w[units++] = 0;
    int ok = put_unicode(w, units * sizeof *w);
    free(w);
    return ok;
}

static long clip_len(void)
{
    long len = -1;
    if (!IsClipboardFormatAvailable(CF_UNICODETEXT) || !open_clipboard()) return -1;
    HGLOBAL h = GetClipboardData(CF_UNICODETEXT);
    const wchar_t *w = h ? GlobalLock(h) : NULL;
    if (w) {
        size_t max = GlobalSize(h) / sizeof *w, n = 0;
        while (n < max && w[n]) n++;
        len = (long)n;
        GlobalUnlock(h);
    }
    CloseClipboard();
    return len;
}

static int clip_equals(const char *utf8)
{
    int same = 0;
    wchar_t *want = to_wide(utf8);
    if (!want || !IsClipboardFormatAvailable(CF_UNICODETEXT) || !open_clipboard()) {
        free(want);
        return 0;
    }
    HGLOBAL h = GetClipboardData(CF_UNICODETEXT);
    const wchar_t *w = h ? GlobalLock(h) : NULL;
    if (w) {
        size_t len = wcslen(want);
        same = GlobalSize(h) / sizeof *w > len && !memcmp(w, want, len * sizeof *w) && w[len] == 0;
        GlobalUnlock(h);
    }
    CloseClipboard();
    free(want);
    return same;
}

static int clip_only_bitmap(void)
{
    HDC screen = GetDC(NULL);
    HBITMAP b = CreateCompatibleBitmap(screen, 1, 1);
    ReleaseDC(NULL, screen);
    if (!b || !open_clipboard()) return 0;
    EmptyClipboard();
    int ok = SetClipboardData(CF_BITMAP, b) != NULL;
    CloseClipboard();
    return ok;
}

/* ------------------------------------------------------------ registry */

static int reg_set(const char *name, DWORD type, const void *data, size_t bytes)
{
    HKEY k;
    if (RegCreateKeyExW(HKEY_CURRENT_USER, KEY_PATH, 0, NULL, 0, KEY_SET_VALUE, NULL, &k, NULL) != ERROR_SUCCESS)
        return 0;
    wchar_t *wname = to_wide(name);
    LONG r = wname ? RegSetValueExW(k, wname, 0, type, data, (DWORD)bytes) : ERROR_OUTOFMEMORY;
    free(wname);
    RegCloseKey(k);
    return r == ERROR_SUCCESS;
}

static unsigned char *read_file(const char *path, size_t *size)
{
    wchar_t *wpath = to_wide(path);
    FILE *f = wpath ? _wfopen(wpath, L"rb") : NULL;
    free(wpath);
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0, got;
    unsigned char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            unsigned char *more = realloc(buf, cap * 2);
            if (!more) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = more;
            cap *= 2;
        }
    }
    fclose(f);
    *size = n;
    return buf;
}

static int reg_raw(const char *name, DWORD type, size_t n, const char *kind, unsigned long long seed)
{
    unsigned char *b = malloc(n ? n : 1);
    if (!b) return 0;
    seed_random(seed);
    for (size_t i = 0; i < n; i++) {
        if (!strcmp(kind, "zero")) b[i] = 0;
        else if (!strcmp(kind, "ones")) b[i] = 0xFF;
        else if (!strcmp(kind, "digits")) b[i] = i % 2 ? 0 : '1';
        else if (!strcmp(kind, "rand")) b[i] = (unsigned char)(next_random() >> 24);
        else {
            free(b);
            return 0;
        }
    }
    int ok = reg_set(name, type, b, n);
    free(b);
    return ok;
}

/* One item per line of a UTF-8 file, as a well-formed REG_MULTI_SZ. */
static int reg_lines(const char *name, const char *path)
{
    size_t size;
    unsigned char *text = read_file(path, &size);
    if (!text) return 0;
    char *z = realloc(text, size + 1);
    if (!z) {
        free(text);
        return 0;
    }
    z[size] = 0;
    wchar_t *w = to_wide(z);
    free(z);
    if (!w) return 0;
    size_t len = wcslen(w);
    for (size_t i = 0; i < len; i++)
        if (w[i] == L'\n') w[i] = 0;
    /* the last item's NUL (if the file lacks a final newline) and the list's */
    wchar_t *all = realloc(w, (len + 2) * sizeof *w);
    if (!all) {
        free(w);
        return 0;
    }
    if (len == 0 || all[len - 1] != 0) all[len++] = 0;
    all[len++] = 0;
    int ok = reg_set(name, REG_MULTI_SZ, all, len * sizeof *all);
    free(all);
    return ok;
}

/* ------------------------------------------------------------ the window */

static int ping(unsigned timeout_ms)
{
    HWND w = FindWindowW(L"CalculatriceWnd", NULL);
    if (!w) {
        printf("missing\n");
        return 2;
    }
    DWORD_PTR result;
    DWORD t0 = GetTickCount();
    LRESULT r = SendMessageTimeoutW(w, WM_NULL, 0, 0, SMTO_NORMAL, timeout_ms, &result);
    if (r) printf("alive %lu\n", (unsigned long)(GetTickCount() - t0));
    else printf("hung\n");
    return 2;
}

/* ------------------------------------------------------------ actions */

static int run(char *arg)
{
    char *f[6];
    int n = split(arg, f, 6);
    if (!strcmp(f[0], "clip") && n >= 3)
        return clip_generate(f[1], (size_t)number(f[2]), n > 3 ? number(f[3]) : 1);
    if (!strcmp(f[0], "clip-text") && n >= 2) {
        /* the text may itself contain ':' */
        for (int i = 2; i < n; i++) f[i][-1] = ':';
        wchar_t *w = to_wide(f[1]);
        int ok = w && put_unicode(w, (wcslen(w) + 1) * sizeof *w);
        free(w);
        return ok;
    }
    if (!strcmp(f[0], "clip-len")) {
        printf("%ld\n", clip_len());
        return 2;
    }
    if (!strcmp(f[0], "clip-equals") && n >= 2) {
        for (int i = 2; i < n; i++) f[i][-1] = ':';
        printf("%d\n", clip_equals(f[1]));
        return 2;
    }
    if (!strcmp(f[0], "ping") && n == 2) return ping((unsigned)number(f[1]));
    if (!strcmp(f[0], "clip-only-bitmap")) return clip_only_bitmap();
    if (!strcmp(f[0], "reg-dword") && n == 3) {
        DWORD v = (DWORD)number(f[2]);
        return reg_set(f[1], REG_DWORD, &v, sizeof v);
    }
    if (!strcmp(f[0], "reg-sz") && n >= 3) {
        for (int i = 3; i < n; i++) f[i][-1] = ':';
        wchar_t *w = to_wide(f[2]);
        int ok = w && reg_set(f[1], REG_SZ, w, (wcslen(w) + 1) * sizeof *w);
        free(w);
        return ok;
    }
    if (!strcmp(f[0], "reg-raw") && n >= 5)
        return reg_raw(f[1], (DWORD)number(f[2]), (size_t)number(f[3]), f[4], n > 5 ? number(f[5]) : 1);
    if (!strcmp(f[0], "reg-file") && n >= 4) {
        for (int i = 4; i < n; i++) f[i][-1] = ':'; /* "Z:\..." */
        size_t size;
        unsigned char *b = read_file(f[3], &size);
        int ok = b && reg_set(f[1], (DWORD)number(f[2]), b, size);
        free(b);
        return ok;
    }
    if (!strcmp(f[0], "reg-lines") && n >= 3) {
        for (int i = 3; i < n; i++) f[i][-1] = ':';
        return reg_lines(f[1], f[2]);
    }
    return 0;
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    for (int i = 1; i < argc; i++) {
        int r = run(argv[i]);
        if (r == 0) {
            fprintf(stderr, "gui_hostile_tool: cannot do '%s'\n", argv[i]);
            return 2;
        }
        if (r == 1) printf("ok\n");
    }
    return 0;
}
