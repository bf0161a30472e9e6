/* units_internal: the unit table's layout, shared by units_table.c (the data)
 * and units_convert.c (the arithmetic). Not a public header. */
#ifndef CALC_UNITS_INTERNAL_H
#define CALC_UNITS_INTERNAL_H

#include "calc_units.h"

/* Every unit in one string, in order: each row is id '\0' definition '\0',
 * and a '\1' before a row starts the next category (calc_units.h order, the
 * first row included); the string ends with an empty id.
 *
 * definition = ['~'] factor ['+' offset]: base = (v + offset) * factor (offset
 * only for temperature, none means 0), or with '~' base = factor / v (l/100km
 * against km/l). factor and offset are exact products of terms, left to
 * right: TERM (('*' | '/') TERM)*, TERM = (decimal | "pi" | id) ['^' digits],
 * where id names another unit with neither '~' nor offset and stands for its
 * factor (no unit refers to itself, directly or not): e.g. "231*in^3" for the
 * US gallon in m3. */
extern const char units_text[];

#endif
