/* Atomic writer and defensive reader of the state files (storage.h). */
#include <windows.h>
#include <shlobj.h>
#include <string.h>
#include <wchar.h>

#include "storage.h"

#define LOCK_NAME L"Local\\Calculatrice.storage"

bool storage_path(const wchar_t *name, bool create_folder, wchar_t *out, size_t cap)
{
    wchar_t *base = NULL;
    if (FAILED(SHGetKnownFolderPath(&FOLDERID_LocalAppData, KF_FLAG_DEFAULT, NULL, &base)) || !base) {
        if (base) CoTaskMemFree(base);
        return false;
    }
    int n = _snwprintf(out, cap, L"%ls\\Calculatrice", base);
    CoTaskMemFree(base);
    if (n < 0 || (size_t)n >= cap) return false;
    if (create_folder) CreateDirectoryW(out, NULL); /* fails harmlessly when it exists */
    size_t used = (size_t)n;
    n = _snwprintf(out + used, cap - used, L"\\%ls", name);
    return n >= 0 && (size_t)n < cap - used;
}

void storage_free(void *p)
{
    if (p) HeapFree(GetProcessHeap(), 0, p);
}

char *storage_read(const wchar_t *name, size_t max_bytes, size_t *len, storage_status *st)
{
    wchar_t path[MAX_PATH];
    *len = 0;
    *st = STORAGE_MISSING;
    if (!storage_path(name, false, path, MAX_PATH)) return NULL;
    /* FILE_SHARE_DELETE: another window may move a new file over it meanwhile. */
    HANDLE f = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
                           OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (f == INVALID_HANDLE_VALUE) {
        DWORD e = GetLastError();
        if (e != ERROR_FILE_NOT_FOUND && e != ERROR_PATH_NOT_FOUND) *st = STORAGE_UNREADABLE;
        return NULL;
    }
    *st = STORAGE_UNREADABLE;
    LARGE_INTEGER size;
    char *text = NULL;
    if (GetFileSizeEx(f, &size) && size.QuadPart >= 0 && (ULONGLONG)size.QuadPart <= max_bytes) {
        DWORD n = (DWORD)size.QuadPart, got = 0;
        text = HeapAlloc(GetProcessHeap(), 0, (SIZE_T)n + 1);
        if (text && (!ReadFile(f, text, n, &got, NULL) || got != n)) {
            HeapFree(GetProcessHeap(), 0, text);
            text = NULL;
        }
        if (text) {
            text[n] = 0;
            *len = n;
            *st = STORAGE_READ;
        }
    }
    CloseHandle(f);
    return text;
}

static bool write_all(HANDLE f, const char *data, size_t len)
{
    while (len > 0) {
        DWORD chunk = len > (1u << 20) ? (1u << 20) : (DWORD)len, put = 0;
        if (!WriteFile(f, data, chunk, &put, NULL) || put != chunk) return false;
        data += chunk;
        len -= chunk;
    }
    return true;
}

bool storage_write(const wchar_t *name, const void *data, size_t len)
{
    wchar_t path[MAX_PATH], tmp[MAX_PATH];
    if (!storage_path(name, true, path, MAX_PATH)) return false;
    /* A temporary name of this process: two windows never write the same one. */
    int n = _snwprintf(tmp, MAX_PATH, L"%ls.%lu.tmp", path, (unsigned long)GetCurrentProcessId());
    if (n < 0 || n >= MAX_PATH) return false;
    HANDLE f = CreateFileW(tmp, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    if (f == INVALID_HANDLE_VALUE) return false;
    bool ok = write_all(f, data, len);
    ok = FlushFileBuffers(f) && ok;
    CloseHandle(f);
    if (ok) ok = MoveFileExW(tmp, path, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0;
    if (!ok) DeleteFileW(tmp);
    return ok;
}

bool storage_remove(const wchar_t *name)
{
    wchar_t path[MAX_PATH];
    if (!storage_path(name, false, path, MAX_PATH)) return false;
    return DeleteFileW(path) || GetLastError() == ERROR_FILE_NOT_FOUND || GetLastError() == ERROR_PATH_NOT_FOUND;
}

void storage_set_aside(const wchar_t *name)
{
    wchar_t path[MAX_PATH], bad[MAX_PATH];
    if (!storage_path(name, false, path, MAX_PATH)) return;
    int n = _snwprintf(bad, MAX_PATH, L"%ls.bad", path);
    if (n < 0 || n >= MAX_PATH) return;
    if (!MoveFileExW(path, bad, MOVEFILE_REPLACE_EXISTING | MOVEFILE_COPY_ALLOWED)) DeleteFileW(path);
}

HANDLE storage_lock(DWORD timeout_ms)
{
    HANDLE m = CreateMutexW(NULL, FALSE, LOCK_NAME);
    if (!m) return NULL;
    DWORD w = WaitForSingleObject(m, timeout_ms);
    if (w == WAIT_OBJECT_0 || w == WAIT_ABANDONED) return m; /* abandoned: its owner was killed */
    CloseHandle(m);
    return NULL;
}

void storage_unlock(HANDLE lock)
{
    if (!lock) return;
    ReleaseMutex(lock);
    CloseHandle(lock);
}

/* ------------------------------------------------------------ texts */

static void grow(storage_text *t, size_t more)
{
    if (!t->ok) return;
    if (t->len + more + 1 <= t->cap) return;
    size_t cap = t->cap ? t->cap : 4096;
    while (cap < t->len + more + 1) cap *= 2;
    char *p = t->data ? HeapReAlloc(GetProcessHeap(), 0, t->data, cap) : HeapAlloc(GetProcessHeap(), 0, cap);
    if (!p) {
        t->ok = false;
        return;
    }
    t->data = p;
    t->cap = cap;
}

void storage_text_add(storage_text *t, const char *s)
{
    size_t n = strlen(s);
    grow(t, n);
    if (!t->ok) return;
    memcpy(t->data + t->len, s, n + 1);
    t->len += n;
}

void storage_text_line_end(storage_text *t) { storage_text_add(t, "\r\n"); }

void storage_text_init(storage_text *t, const char *header)
{
    t->data = NULL;
    t->len = t->cap = 0;
    t->ok = true;
    storage_text_add(t, header);
    storage_text_line_end(t);
}

void storage_text_end(storage_text *t)
{
    storage_text_add(t, "end");
    storage_text_line_end(t);
}

void storage_text_free(storage_text *t)
{
    storage_free(t->data);
    t->data = NULL;
    t->len = t->cap = 0;
}

bool storage_text_write(storage_text *t, const wchar_t *name)
{
    return t->ok && t->data && storage_write(name, t->data, t->len);
}

char *storage_next_line(char **cursor)
{
    char *p = *cursor;
    if (!p || !*p) return NULL;
    char *end = p + strcspn(p, "\n");
    char *next = *end ? end + 1 : end;
    if (end > p && end[-1] == '\r') end--;
    *end = 0;
    *cursor = next;
    return p;
}

char *storage_open_records(char *text, size_t len, const char *header, bool *whole)
{
    *whole = strlen(text) == len;
    size_t n = strlen(text);
    /* Find the last non-empty line and check it is "end". */
    while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == '\r')) n--;
    size_t start = n;
    while (start > 0 && text[start - 1] != '\n') start--;
    if (n - start == 3 && memcmp(text + start, "end", 3) == 0) text[start] = 0;
    else *whole = false;
    char *cursor = text;
    char *first = storage_next_line(&cursor);
    if (!first || strcmp(first, header) != 0) {
        *whole = false;
        return NULL;
    }
    return cursor;
}
