/* The chart of the amortization table: for each year, one bar of what was
 * paid, principal at the bottom and interest on top, so that one sees the
 * interest shrink as the years go by; a legend names both. Drawn with GDI
 * into an owner-drawn static. Heights come from the amounts in cents
 * (64-bit integers): no floating point. */
#ifndef CALC_FINANCE_CHART_H
#define CALC_FINANCE_CHART_H

#include <windows.h>

#include "finance_table.h"

/* Draws rows (yearly rows: one bar each) into d's rectangle, with the legend
 * texts principal and interest. */
void fin_chart_draw(const DRAWITEMSTRUCT *d, const fin_table_row *rows, int count, const wchar_t *principal,
                    const wchar_t *interest, HFONT font);

#endif
