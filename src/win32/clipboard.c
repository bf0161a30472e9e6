/* Clipboard copy and paste (clipboard.h). */
#include <windows.h>

#include "clipboard.h"

bool clip_put_text(HWND owner, const wchar_t *text)
{
    size_t bytes = (wcslen(text) + 1) * sizeof(wchar_t);
    HGLOBAL h = GlobalAlloc(GMEM_MOVEABLE, bytes);
    if (!h) return false;
    void *p = GlobalLock(h);
    if (!p) {
        GlobalFree(h);
        return false;
    }
    memcpy(p, text, bytes);
    GlobalUnlock(h);
    /* Never OpenClipboard(NULL): EmptyClipboard would leave no owner and SetClipboardData fails. */
    if (!OpenClipboard(owner)) {
        GlobalFree(h);
        return false;
    }
    EmptyClipboard();
    bool ok = SetClipboardData(CF_UNICODETEXT, h) != NULL;
    if (!ok) GlobalFree(h); /* on success the system owns it */
    CloseClipboard();
    return ok;
}

char *clip_get_utf8(HWND owner, bool *too_long)
{
    *too_long = false;
    if (!IsClipboardFormatAvailable(CF_UNICODETEXT) || !OpenClipboard(owner)) return NULL;
    char *out = NULL;
    HGLOBAL h = GetClipboardData(CF_UNICODETEXT);
    const wchar_t *w = h ? GlobalLock(h) : NULL;
    if (w) {
        /* The handle's size bounds the read even if the text lacks its NUL. */
        size_t max = GlobalSize(h) / sizeof(wchar_t), n = 0;
        while (n < max && n <= CLIP_PASTE_MAX && w[n]) n++;
        if (n > CLIP_PASTE_MAX) {
            *too_long = true;
        } else {
            int bytes = WideCharToMultiByte(CP_UTF8, 0, w, (int)n, NULL, 0, NULL, NULL);
            out = HeapAlloc(GetProcessHeap(), 0, (size_t)bytes + 1);
            if (out) {
                WideCharToMultiByte(CP_UTF8, 0, w, (int)n, out, bytes, NULL, NULL);
                out[bytes] = 0;
            }
        }
        GlobalUnlock(h);
    }
    CloseClipboard();
    return out;
}
