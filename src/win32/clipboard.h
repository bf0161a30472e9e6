/* Clipboard as CF_UNICODETEXT (STYLE.md §2.4). */
#ifndef CALC_CLIPBOARD_H
#define CALC_CLIPBOARD_H

#include <windows.h>
#include <stdbool.h>

/* Longest text Paste accepts; anything longer is "Invalid input". */
#define CLIP_PASTE_MAX 4096

bool clip_put_text(HWND owner, const wchar_t *text);
/* The clipboard's text as UTF-8 (HeapFree it), NULL if there is none or it is
 * longer than CLIP_PASTE_MAX characters (*too_long tells which). */
char *clip_get_utf8(HWND owner, bool *too_long);

#endif
