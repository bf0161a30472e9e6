/* The statistics data list on disk (stats_store.h). */
#include <windows.h>
#include <shlobj.h>
#include <string.h>
#include <wchar.h>

#include "stats_store.h"

#define HEADER "Calculatrice statistics data 1"
#define LINE_MAX_CHARS 200          /* a value at 128 digits takes about 140 */
#define FILE_MAX_BYTES (32u << 20)  /* 100,000 values of LINE_MAX_CHARS fit in 20 MiB */
#define FULL_PRECISION 128

/* %LOCALAPPDATA%\Calculatrice\<name>, the folder created if asked. */
static bool store_path(const wchar_t *name, bool create_folder, wchar_t *out, size_t cap)
{
    wchar_t *base = NULL;
    if (FAILED(SHGetKnownFolderPath(&FOLDERID_LocalAppData, KF_FLAG_DEFAULT, NULL, &base)) || !base) return false;
    int n = _snwprintf(out, cap, L"%ls\\Calculatrice", base);
    CoTaskMemFree(base);
    if (n < 0 || (size_t)n >= cap) return false;
    if (create_folder) CreateDirectoryW(out, NULL); /* fails harmlessly when it exists */
    size_t len = (size_t)n;
    n = _snwprintf(out + len, cap - len, L"\\%ls", name);
    return n >= 0 && (size_t)n < cap - len;
}

/* The whole file, NUL-terminated, its length in *len (HeapFree it); NULL if
 * there is none or it is unreasonably big (*exists says which). */
static char *read_all(const wchar_t *path, bool *exists, size_t *len)
{
    *exists = false;
    *len = 0;
    HANDLE f = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (f == INVALID_HANDLE_VALUE) return NULL;
    *exists = true;
    LARGE_INTEGER size;
    char *text = NULL;
    if (GetFileSizeEx(f, &size) && size.QuadPart >= 0 && size.QuadPart <= FILE_MAX_BYTES) {
        DWORD n = (DWORD)size.QuadPart, got = 0;
        text = HeapAlloc(GetProcessHeap(), 0, (SIZE_T)n + 1);
        if (text && (!ReadFile(f, text, n, &got, NULL) || got != n)) {
            HeapFree(GetProcessHeap(), 0, text);
            text = NULL;
        }
        if (text) {
            text[n] = 0;
            *len = n;
        }
    }
    CloseHandle(f);
    return text;
}

/* Loads the lines after the header; false if any line is not a value (a NUL
 * byte ends the text early: the rest counts as damaged too). */
static bool load_lines(calc *c, char *text, size_t size)
{
    bool whole = strlen(text) == size;
    char *p = text;
    size_t hl = strlen(HEADER);
    if (strncmp(p, HEADER, hl) == 0 && (p[hl] == '\r' || p[hl] == '\n' || p[hl] == 0)) p += hl;
    else whole = false; /* not our header: still take the lines that are values */
    while (*p) {
        char *end = p + strcspn(p, "\r\n"), *next = end;
        while (*next == '\r' || *next == '\n') next++;
        size_t len = (size_t)(end - p);
        if (len > 0) {
            if (len < LINE_MAX_CHARS) {
                char line[LINE_MAX_CHARS];
                memcpy(line, p, len);
                line[len] = 0;
                if (!calc_data_load(c, line)) whole = false;
            } else {
                whole = false;
            }
        }
        p = next;
    }
    return whole;
}

stats_store_result stats_store_load(calc *c)
{
    wchar_t path[MAX_PATH], bad[MAX_PATH];
    if (!store_path(L"statistics.txt", false, path, MAX_PATH)) return STATS_STORE_NONE;
    bool exists;
    size_t len;
    char *text = read_all(path, &exists, &len);
    if (!exists) return STATS_STORE_NONE;
    bool whole = false;
    if (text) {
        whole = load_lines(c, text, len);
        HeapFree(GetProcessHeap(), 0, text);
    }
    if (whole) return STATS_STORE_OK;
    /* Keep the damaged file for the user; the next save writes a clean one,
     * so the damage is reported once. */
    if (store_path(L"statistics.bad.txt", false, bad, MAX_PATH))
        MoveFileExW(path, bad, MOVEFILE_REPLACE_EXISTING | MOVEFILE_COPY_ALLOWED);
    return STATS_STORE_DAMAGED;
}

static bool write_bytes(HANDLE f, const char *s, size_t n)
{
    DWORD put = 0;
    return WriteFile(f, s, (DWORD)n, &put, NULL) && put == n;
}

bool stats_store_save(const calc *c)
{
    wchar_t path[MAX_PATH], tmp[MAX_PATH];
    /* Nothing to keep and nothing kept: no folder, no file (most users never use statistics). */
    if (calc_data_count(c) == 0 && store_path(L"statistics.txt", false, path, MAX_PATH)
        && GetFileAttributesW(path) == INVALID_FILE_ATTRIBUTES)
        return true;
    if (!store_path(L"statistics.txt", true, path, MAX_PATH) || !store_path(L"statistics.txt.tmp", false, tmp, MAX_PATH))
        return false;
    HANDLE f = CreateFileW(tmp, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    if (f == INVALID_HANDLE_VALUE) return false;
    bool ok = write_bytes(f, HEADER "\r\n", sizeof HEADER + 1);
    /* in blocks, not one WriteFile per value */
    char block[16384];
    size_t used = 0;
    for (int i = 0; ok && i < calc_data_count(c); i++) {
        char v[LINE_MAX_CHARS];
        if (!calc_data_text(c, i, FULL_PRECISION, v, sizeof v)) continue;
        size_t n = strlen(v);
        if (used + n + 2 > sizeof block) {
            ok = write_bytes(f, block, used);
            used = 0;
        }
        memcpy(block + used, v, n);
        used += n;
        block[used++] = '\r';
        block[used++] = '\n';
    }
    if (ok && used) ok = write_bytes(f, block, used);
    ok = FlushFileBuffers(f) && ok;
    CloseHandle(f);
    if (ok) ok = MoveFileExW(tmp, path, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0;
    if (!ok) DeleteFileW(tmp);
    return ok;
}
