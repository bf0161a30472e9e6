/* UTF-8 <-> UTF-16 conversions (wtext.h). */
#include <windows.h>

#include "wtext.h"

size_t utf8_to_wide(const char *s, wchar_t *out, size_t cap)
{
    if (cap == 0) return 0;
    int n = MultiByteToWideChar(CP_UTF8, 0, s, -1, out, (int)cap);
    if (n <= 0) {
        /* too long: convert what fits */
        int need = MultiByteToWideChar(CP_UTF8, 0, s, -1, NULL, 0);
        wchar_t *tmp = need > 0 ? HeapAlloc(GetProcessHeap(), 0, (size_t)need * sizeof *tmp) : NULL;
        out[0] = 0;
        if (!tmp) return 0;
        MultiByteToWideChar(CP_UTF8, 0, s, -1, tmp, need);
        lstrcpynW(out, tmp, (int)cap);
        HeapFree(GetProcessHeap(), 0, tmp);
        return wcslen(out);
    }
    return (size_t)n - 1;
}

size_t wide_to_utf8(const wchar_t *s, char *out, size_t cap)
{
    if (cap == 0) return 0;
    int n = WideCharToMultiByte(CP_UTF8, 0, s, -1, out, (int)cap, NULL, NULL);
    if (n <= 0) {
        out[0] = 0;
        return 0;
    }
    return (size_t)n - 1;
}
