/* The window's view of the converter's units (calc_units.h): the string ids of
 * each unit's name and symbol, and for each category the units a user starts
 * with and the units of its "about equal to" hints. One row per unit and one
 * per category; tests/win32/test_unit_names.c walks the engine's table against
 * these and loads every string in every language. */
#ifndef CALC_UNIT_NAMES_H
#define CALC_UNIT_NAMES_H

#include <windows.h>

#include "calc_units.h"

#define UNIT_HINTS_MAX 4

typedef struct unit_name_row {
    const char *id;   /* the engine's unit id ("km") */
    UINT name;        /* IDS_UNIT_*: its name; IDS_UNIT_SYMBOL(name) its symbol */
} unit_name_row;

typedef struct unit_category_row {
    units_category category;
    UINT name;                          /* IDS_UNITCAT_* */
    const char *from, *to;              /* the units shown first ("m" to "ft") */
    const char *hints[UNIT_HINTS_MAX];  /* candidates for the hints, in order; NULL ends */
} unit_category_row;

int unit_name_count(void);
/* Row `index` (0 .. unit_name_count()-1), NULL outside. */
const unit_name_row *unit_name_at(int index);
/* The name string id of the engine's unit `id`, 0 if the window has no row. */
UINT unit_name_id(const char *id);

/* The row of category c, NULL if c has none. */
const unit_category_row *unit_category(units_category c);

#endif
