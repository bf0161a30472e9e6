/* UTF-8 <-> UTF-16 at the boundary between the engine and Win32. */
#ifndef CALC_WTEXT_H
#define CALC_WTEXT_H

#include <stddef.h>
#include <wchar.h>

/* Both always NUL-terminate (truncating to cap) and return the length written. */
size_t utf8_to_wide(const char *s, wchar_t *out, size_t cap);
size_t wide_to_utf8(const wchar_t *s, char *out, size_t cap);

#endif
