/* Results of engine operations: errors are values, never crashes.
 * The calc_status enum itself is in calc_types.h. */
#ifndef CALC_STATUS_H
#define CALC_STATUS_H

#include "calc_types.h"

/* English text shown on the display for an error (front ends translate by status). */
const char *calc_status_text(calc_status s);

#endif
