/* Fonts (fonts.h). */
#include <windows.h>

#include "fonts.h"

HFONT font_make(int px, int weight)
{
    return CreateFontW(-px, 0, 0, 0, weight, FALSE, FALSE, FALSE, DEFAULT_CHARSET, OUT_DEFAULT_PRECIS,
                       CLIP_DEFAULT_PRECIS, CLEARTYPE_QUALITY, DEFAULT_PITCH | FF_SWISS, L"Segoe UI");
}

void font_replace(HFONT *slot, HFONT f)
{
    if (*slot) DeleteObject(*slot);
    *slot = f;
}
