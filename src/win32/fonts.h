/* The window's one font helper: every font is Segoe UI at a pixel height. */
#ifndef CALC_FONTS_H
#define CALC_FONTS_H

#include <windows.h>

/* A Segoe UI font px pixels high (character height) and of the given weight
 * (FW_NORMAL, FW_SEMIBOLD); NULL if GDI has no room. The caller deletes it. */
HFONT font_make(int px, int weight);
/* Deletes *slot (if any) and stores f there. */
void font_replace(HFONT *slot, HFONT f);

#endif
