/* units_internal: the unit table's row, shared by units_table.c (the data) and
 * units_convert.c (the arithmetic). Not a public header. */
#ifndef CALC_UNITS_INTERNAL_H
#define CALC_UNITS_INTERNAL_H

#include "calc_units.h"

typedef enum units_rule {
    UNITS_RULE_LINEAR,   /* base = (v + offset) * factor (offset only for temperature) */
    UNITS_RULE_INVERSE   /* base = factor / v (l/100km against km/l) */
} units_rule;

/* `factor` and `offset` are exact definitions written as a product of terms,
 * left to right: TERM (('*' | '/') TERM)*, TERM = decimal ['^' digits] | "pi",
 * e.g. "231*0.0254^3" for the US gallon in m3. NULL offset means 0. */
typedef struct units_row {
    const char *id;
    units_category category;
    units_rule rule;
    const char *factor;
    const char *offset;
} units_row;

/* The table and its length. */
extern const units_row units_table[];
extern const int units_table_count;

#endif
