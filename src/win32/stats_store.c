/* The statistics data list on disk (stats_store.h), through storage.h. */
#include <windows.h>
#include <string.h>

#include "stats_store.h"
#include "storage.h"

#define FILE_NAME L"statistics.txt"
#define HEADER "Calculatrice statistics data 2"
#define HEADER_V1 "Calculatrice statistics data 1" /* before "end": read, not checked for it */
#define LINE_MAX_CHARS 200          /* a value at 128 digits takes about 140 */
#define FILE_MAX_BYTES (32u << 20)  /* 100,000 values of LINE_MAX_CHARS fit in 20 MiB */
#define FULL_PRECISION 128

/* Loads the records; false if any line is not a value. */
static bool load_lines(calc *c, char *cursor)
{
    bool whole = true;
    char *line;
    while ((line = storage_next_line(&cursor)) != NULL) {
        if (!line[0]) continue;
        if (strlen(line) >= LINE_MAX_CHARS || !calc_data_load(c, line)) whole = false;
    }
    return whole;
}

stats_store_result stats_store_load(calc *c)
{
    size_t len;
    storage_status st;
    char *text = storage_read(FILE_NAME, FILE_MAX_BYTES, &len, &st);
    if (st == STORAGE_MISSING) return STATS_STORE_NONE;
    bool whole = false;
    if (text) {
        bool v1 = strncmp(text, HEADER_V1, strlen(HEADER_V1)) == 0;
        char *cursor = storage_open_records(text, len, v1 ? HEADER_V1 : HEADER, &whole);
        if (v1) whole = strlen(text) == len || whole;
        if (!cursor) {
            /* not our header: still take the lines that are values */
            cursor = text;
            whole = false;
        }
        whole = load_lines(c, cursor) && whole;
        storage_free(text);
    }
    if (whole) return STATS_STORE_OK;
    /* Kept for the user; the next save writes a clean one: reported once. */
    storage_set_aside(FILE_NAME);
    return STATS_STORE_DAMAGED;
}

bool stats_store_save(const calc *c)
{
    /* Nothing to keep and nothing kept: no folder, no file (most users never use statistics). */
    wchar_t path[MAX_PATH];
    if (calc_data_count(c) == 0 && storage_path(FILE_NAME, false, path, MAX_PATH) &&
        GetFileAttributesW(path) == INVALID_FILE_ATTRIBUTES)
        return true;
    storage_text t;
    storage_text_init(&t, HEADER);
    for (int i = 0; t.ok && i < calc_data_count(c); i++) {
        char v[LINE_MAX_CHARS];
        if (!calc_data_text(c, i, FULL_PRECISION, v, sizeof v)) continue;
        storage_text_add(&t, v);
        storage_text_line_end(&t);
    }
    storage_text_end(&t);
    bool ok = storage_text_write(&t, FILE_NAME);
    storage_text_free(&t);
    return ok;
}
