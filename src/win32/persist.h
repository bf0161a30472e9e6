/* History and memory on disk (issue 17), through storage.h:
 *   %LOCALAPPDATA%\Calculatrice\history.txt  "Calculatrice history 1", then one
 *       line per item, "mode<TAB>tag<TAB>expression<TAB>result" (mode: the
 *       calc_mode number; tag: 16 hex digits, unique, later items larger),
 *       newest first in each mode, at most CALC_HISTORY_MAX per mode; "end".
 *   %LOCALAPPDATA%\Calculatrice\memory.txt   "Calculatrice memory 1", then one
 *       engine-form value per line at full precision, newest first; "end".
 *
 * Two windows: last writer merges. Before writing the history, the file is
 * read again under a lock shared by the processes; the items of another
 * window (tags this window never had) are kept with this window's, in tag
 * order. Items this window had and no longer has (deleted, cleared) are not
 * written. The memory list is last writer wins.
 *
 * The history of older versions (REG_MULTI_SZ values, settings.h) is read
 * when there is no history file, written to the file, and the values deleted. */
#ifndef CALC_PERSIST_H
#define CALC_PERSIST_H

#include <stdbool.h>

#include "calc.h"

typedef struct persist persist;

/* NULL only if out of memory (then nothing is saved, the window still works). */
persist *persist_create(void);
void persist_destroy(persist *p);

/* Loads the saved history and memory into c if keep (the View menu switch).
 * Damaged files and values lose only what cannot be read; they are set
 * aside and true is returned (the window says so once, and saves at once so
 * that the next start finds clean files). */
bool persist_load(persist *p, calc *c, bool keep);

/* Something to save: the history or memory changed since the last save. */
bool persist_dirty(const persist *p, const calc *c);

/* Writes history (merged) and memory if keep and dirty, or always if force. */
void persist_save(persist *p, calc *c, bool force);

/* After the user cleared mode m's history: the items of m in the file (other
 * windows' too) go as well, now. */
void persist_history_cleared(persist *p, calc *c, calc_mode m);

/* The View menu switch: off deletes the files (and any old registry copy)
 * and stops saving; on saves at once. */
void persist_set_keep(persist *p, calc *c, bool keep);

#endif
