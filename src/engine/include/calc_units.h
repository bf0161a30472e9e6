/* calc_units: the converter's units and exact conversion (DESIGN.md Contract 4).
 *
 * Every unit is one row of one table (units_table.c): an id (the contract's
 * spelling, e.g. "km", "l/100km", "BTU/min"), a category, and its exact
 * definition relative to the category's base unit. Conversions are exact
 * rational arithmetic (pi, at the engine's full precision, only for radians)
 * and the result is shown with the standard display rule of the given
 * precision (16 in the converter: correctly rounded, "1.e+16" style when large).
 *
 * The API speaks text: values are engine-form decimals ('.' decimal point, no
 * grouping, optional "e" exponent, optional leading '-'); results are display
 * texts in the same form. Names of units are the front ends' (string tables). */
#ifndef CALC_UNITS_H
#define CALC_UNITS_H

#include <stddef.h>

typedef enum units_category {
    UNITS_LENGTH = 0,
    UNITS_AREA,
    UNITS_VOLUME,
    UNITS_MASS,
    UNITS_SPEED,
    UNITS_TIME,
    UNITS_ENERGY,
    UNITS_POWER,
    UNITS_PRESSURE,
    UNITS_DATA,
    UNITS_TEMPERATURE,
    UNITS_ANGLE,
    UNITS_FUEL_ECONOMY,
    UNITS_CATEGORY_COUNT
} units_category;

typedef enum units_status {
    UNITS_OK = 0,
    UNITS_DIV_ZERO,       /* no answer: "Cannot divide by zero" (0 l/100km in mpg) */
    UNITS_OVERFLOW,       /* value or result beyond the engine's range: "Overflow" */
    UNITS_BAD_VALUE,      /* the value is not an engine-form decimal */
    UNITS_UNKNOWN_UNIT,   /* an id is not in the table */
    UNITS_MISMATCH,       /* the two units measure different things */
    UNITS_NO_ROOM         /* `out` is too small (cap >= 64 + precision is enough) */
} units_status;

/* Category id as --list prints it: "length", …, "fuel-economy". NULL when c is
 * out of range. */
const char *units_category_id(units_category c);

/* Number of units; they are numbered 0 … units_count()-1, grouped by category
 * in Contract 4's order. */
int units_count(void);

/* Id of unit `index` ("km"), or NULL when index is out of range. */
const char *units_id(int index);

/* Category of unit `index`; UNITS_CATEGORY_COUNT when index is out of range. */
units_category units_category_of(int index);

/* Index of the unit whose id is `id` (exact, case-sensitive), or -1. */
int units_find(const char *id);

/* Converts `value` from unit `from_id` to unit `to_id` and writes the result's
 * display text, rounded to `precision` significant digits (1 … 128), into
 * out[cap]. Returns UNITS_OK, or a status and leaves out as "" (when cap > 0).
 * Checks in this order: unknown ids, category mismatch, malformed value (or a
 * precision out of bounds), then the arithmetic (division by zero, range). */
units_status units_convert(const char *value, const char *from_id, const char *to_id,
                           int precision, char *out, size_t cap);

#endif
