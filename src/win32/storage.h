/* Files of the program's state under %LOCALAPPDATA%\Calculatrice (issue 17):
 * the one place that writes and reads them, for every mode that keeps data
 * too large for the registry (history, memory, the statistics data list).
 *
 * Writes cannot corrupt: the whole text goes to a temporary file of this
 * process, which is flushed and moved over the old one (MoveFileExW with
 * MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH); a crash leaves the old
 * file or the new one, never half of one. Reads are defensive: a size cap, the
 * text NUL-terminated, and a damaged file can be set aside (name.bad) so that
 * it is reported once and the next save writes a clean one.
 *
 * The text format of every file: a header line naming its kind and version,
 * one record per line, and a last line "end" (storage_text_end), so that a
 * file cut short is seen as damaged. */
#ifndef CALC_STORAGE_H
#define CALC_STORAGE_H

#include <windows.h>
#include <stdbool.h>
#include <stddef.h>

typedef enum storage_status {
    STORAGE_MISSING,     /* no such file (first run, or deleted) */
    STORAGE_READ,        /* read whole */
    STORAGE_UNREADABLE   /* there, but too big or could not be read */
} storage_status;

/* %LOCALAPPDATA%\Calculatrice\<name> into out (cap characters), creating the
 * folder if create_folder. false if the folder is unknown or out too small. */
bool storage_path(const wchar_t *name, bool create_folder, wchar_t *out, size_t cap);

/* The whole file <name>, NUL-terminated (a NUL inside shortens the text: the
 * caller compares strlen with *len), at most max_bytes; NULL unless
 * *st == STORAGE_READ. Free it with storage_free. */
char *storage_read(const wchar_t *name, size_t max_bytes, size_t *len, storage_status *st);
void storage_free(void *p);

/* Replaces <name> by the len bytes of data, whole or not at all. false if it
 * could not (the old file stays as it was). */
bool storage_write(const wchar_t *name, const void *data, size_t len);

/* Deletes <name>; true if it is gone (or was not there). */
bool storage_remove(const wchar_t *name);

/* Moves a damaged <name> to <name>.bad (replacing an older one), keeping it
 * for the user while the next start sees no damage. */
void storage_set_aside(const wchar_t *name);

/* A lock shared by every Calculatrice process of the session, held around a
 * read-merge-write (two windows). Waits at most timeout_ms; returns NULL if
 * it could not be had (the caller goes on: losing a merge beats hanging). */
HANDLE storage_lock(DWORD timeout_ms);
void storage_unlock(HANDLE lock);

/* A growing text to write (UTF-8). A failed allocation is remembered: the
 * writer then does not write (ok false). */
typedef struct storage_text {
    char *data;
    size_t len, cap;
    bool ok;
} storage_text;

void storage_text_init(storage_text *t, const char *header);  /* the header line */
void storage_text_add(storage_text *t, const char *s);        /* appended as is */
void storage_text_line_end(storage_text *t);                  /* "\r\n" */
void storage_text_end(storage_text *t);                       /* the "end" line */
void storage_text_free(storage_text *t);
/* Writes the text to <name> (storage_write); false if it was not complete. */
bool storage_text_write(storage_text *t, const wchar_t *name);

/* Reading a text: the next line, NUL-terminated in place ("\r\n" or "\n"
 * removed), *cursor moved past it; NULL at the end. */
char *storage_next_line(char **cursor);
/* Checks the frame of a file read by storage_read: the first line must be
 * header, and the last non-empty line "end". Returns the cursor of the first
 * record (or NULL if the header is wrong); *whole says whether the file ended
 * with "end" and had no NUL inside. The "end" line is removed from the text. */
char *storage_open_records(char *text, size_t len, const char *header, bool *whole);

#endif
