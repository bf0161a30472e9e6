/* The statistics data list on disk: %LOCALAPPDATA%\Calculatrice\statistics.txt,
 * so that it survives a restart (issue 13). One engine-form value per line
 * after a header line, at the engine's full precision, and "end". Written and
 * read by storage.h (temporary file moved over the old one: a crash never
 * leaves half a list; a size cap): every line that is a number comes back,
 * anything else is skipped, and a damaged file is kept as statistics.txt.bad.
 * The window saves it soon after each change (calc_data_revision). */
#ifndef CALC_STATS_STORE_H
#define CALC_STATS_STORE_H

#include <stdbool.h>

#include "calc.h"

typedef enum stats_store_result {
    STATS_STORE_NONE,     /* no file (first run): nothing loaded */
    STATS_STORE_OK,       /* every value loaded */
    STATS_STORE_DAMAGED   /* something could not be read: tell the user once */
} stats_store_result;

/* Appends the saved values to c's data list. Never fails the start. */
stats_store_result stats_store_load(calc *c);
/* Writes c's data list; false if it could not (the old file stays). */
bool stats_store_save(const calc *c);

#endif
