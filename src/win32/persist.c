/* History and memory on disk, two windows merged (persist.h). */
#include <windows.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calc_modes.h"
#include "persist.h"
#include "settings.h"
#include "storage.h"
#include "textf.h"

#define HISTORY_FILE L"history.txt"
#define MEMORY_FILE L"memory.txt"
#define HISTORY_HEADER "Calculatrice history 1"
#define MEMORY_HEADER "Calculatrice memory 1"
#define FILE_MAX_BYTES (16u << 20)  /* 2 x 1,000 items of 600 bytes fit many times */
#define TEXT_MAX 300                /* longer expressions or results are damage */
#define LOCK_MS 2000

struct persist {
    bool keep;
    uint32_t saved_revision;
    uint64_t *seen;       /* tags this window has had (loaded, made, cleared): sorted */
    size_t seen_n, seen_cap;
};

typedef struct record {
    int mode;
    uint64_t tag;
    const char *expr, *result;
} record;

typedef struct records {
    record *r;
    size_t n, cap;
} records;

persist *persist_create(void)
{
    persist *p = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof *p);
    return p;
}

void persist_destroy(persist *p)
{
    if (!p) return;
    storage_free(p->seen);
    HeapFree(GetProcessHeap(), 0, p);
}

/* ------------------------------------------------------------ tags */

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static bool seen_has(const persist *p, uint64_t t)
{
    return p->seen_n && bsearch(&t, p->seen, p->seen_n, sizeof t, cmp_u64);
}

static void seen_add(persist *p, uint64_t t)
{
    if (seen_has(p, t)) return;
    if (p->seen_n == p->seen_cap) {
        size_t cap = p->seen_cap ? p->seen_cap * 2 : 1024;
        uint64_t *n = p->seen ? HeapReAlloc(GetProcessHeap(), 0, p->seen, cap * sizeof *n)
                              : HeapAlloc(GetProcessHeap(), 0, cap * sizeof *n);
        if (!n) return;
        p->seen = n;
        p->seen_cap = cap;
    }
    /* Tags are made increasing: almost always an append. */
    size_t i = p->seen_n;
    while (i > 0 && p->seen[i - 1] > t) i--;
    memmove(p->seen + i + 1, p->seen + i, (p->seen_n - i) * sizeof t);
    p->seen[i] = t;
    p->seen_n++;
}

/* The largest tag made or loaded by this process (tags only go up). */
static uint64_t g_last_tag;

/* Milliseconds since 1601 above 20 bits of process id and counter: later
 * items of any window sort after earlier ones, and two windows do not make
 * the same tag. */
static uint64_t new_tag(void)
{
    FILETIME ft;
    GetSystemTimeAsFileTime(&ft);
    uint64_t ms = ((((uint64_t)ft.dwHighDateTime) << 32) | ft.dwLowDateTime) / 10000u;
    uint64_t t = (ms << 20) | ((uint64_t)(GetCurrentProcessId() & 0xFFFu) << 8);
    if (t <= g_last_tag) t = g_last_tag + 1;
    g_last_tag = t;
    return t;
}

static bool has_history(int mode)
{
    const calc_mode_info *m = calc_mode_by_id((calc_mode)mode);
    return m && m->history_slot >= 0;
}

/* New items (tag 0) are at the newest end: tag them oldest first. */
static void tag_new_items(persist *p, calc *c)
{
    for (int i = 0; i < calc_mode_count(); i++) {
        calc_mode m = calc_mode_at(i)->id;
        if (!has_history(m)) continue;
        int k = 0, count = calc_history_count(c, m);
        while (k < count && calc_history_tag(c, m, k) == 0) k++;
        for (int j = k - 1; j >= 0; j--) {
            uint64_t t = new_tag();
            calc_history_set_tag(c, m, j, t);
            seen_add(p, t);
        }
    }
}

/* ------------------------------------------------------------ history records */

static bool records_add(records *rs, record r)
{
    if (rs->n == rs->cap) {
        size_t cap = rs->cap ? rs->cap * 2 : 256;
        record *n = rs->r ? HeapReAlloc(GetProcessHeap(), 0, rs->r, cap * sizeof *n)
                          : HeapAlloc(GetProcessHeap(), 0, cap * sizeof *n);
        if (!n) return false;
        rs->r = n;
        rs->cap = cap;
    }
    rs->r[rs->n++] = r;
    return true;
}

/* By mode, then newest (largest tag) first. */
static int cmp_record(const void *a, const void *b)
{
    const record *x = a, *y = b;
    if (x->mode != y->mode) return x->mode < y->mode ? -1 : 1;
    return x->tag > y->tag ? -1 : x->tag < y->tag;
}

/* One line "mode<TAB>tag<TAB>expression<TAB>result" (cut in place); false if it is not one. */
static bool parse_record(char *line, record *out)
{
    char *f[4];
    f[0] = line;
    for (int i = 1; i < 4; i++) {
        char *tab = strchr(f[i - 1], '\t');
        if (!tab) return false;
        *tab = 0;
        f[i] = tab + 1;
    }
    if (strchr(f[3], '\t') || strlen(f[2]) >= TEXT_MAX || strlen(f[3]) >= TEXT_MAX || !f[3][0]) return false;
    if (strlen(f[0]) != 1 || f[0][0] < '0' || f[0][0] > '9' || strlen(f[1]) != 16) return false;
    uint64_t tag = 0;
    for (const char *s = f[1]; *s; s++) {
        int d = *s >= '0' && *s <= '9' ? *s - '0' : *s >= 'a' && *s <= 'f' ? *s - 'a' + 10 : -1;
        if (d < 0) return false;
        tag = tag << 4 | (uint64_t)d;
    }
    out->mode = f[0][0] - '0';
    out->tag = tag;
    out->expr = f[2];
    out->result = f[3];
    return tag != 0 && has_history(out->mode);
}

/* The file's records, sorted; *damaged if anything in it is not right. The
 * records point into *text (storage_free it). */
static void read_history(char **text, records *rs, bool *damaged)
{
    size_t len;
    storage_status st;
    *text = storage_read(HISTORY_FILE, FILE_MAX_BYTES, &len, &st);
    if (st == STORAGE_UNREADABLE) *damaged = true;
    if (!*text) return;
    bool whole;
    char *cursor = storage_open_records(*text, len, HISTORY_HEADER, &whole);
    if (!whole) *damaged = true;
    char *line;
    while ((line = storage_next_line(&cursor)) != NULL) {
        record r;
        if (!line[0]) continue;
        if (!parse_record(line, &r) || !records_add(rs, r)) *damaged = true;
    }
    if (rs->n) qsort(rs->r, rs->n, sizeof *rs->r, cmp_record);
}

static void add_text_line(storage_text *t, const record *r)
{
    char head[32];
    text_printf(head, sizeof head, "%d\t%016llx\t", r->mode, (unsigned long long)r->tag);
    storage_text_add(t, head);
    storage_text_add(t, r->expr);
    storage_text_add(t, "\t");
    storage_text_add(t, r->result);
    storage_text_line_end(t);
}

/* Under the lock: this window's items and the file's items of other windows. */
static bool write_history(persist *p, calc *c)
{
    char *text = NULL;
    records disk = { 0 }, out = { 0 };
    bool damaged = false, ok = true;
    read_history(&text, &disk, &damaged);
    for (int i = 0; i < calc_mode_count(); i++) {
        calc_mode m = calc_mode_at(i)->id;
        if (!has_history(m)) continue;
        for (int j = 0; j < calc_history_count(c, m); j++) {
            record r = { (int)m, calc_history_tag(c, m, j), calc_history_expression(c, m, j), calc_history_result(c, m, j) };
            /* an expression with a line break or tab would break the line format */
            if (strpbrk(r.expr, "\t\r\n") || strpbrk(r.result, "\t\r\n")) continue;
            ok = records_add(&out, r) && ok;
        }
    }
    for (size_t i = 0; i < disk.n; i++)
        if (!seen_has(p, disk.r[i].tag)) ok = records_add(&out, disk.r[i]) && ok;
    if (out.n) qsort(out.r, out.n, sizeof *out.r, cmp_record);
    storage_text t;
    storage_text_init(&t, HISTORY_HEADER);
    int mode = -1, in_mode = 0;
    for (size_t i = 0; i < out.n; i++) {
        const record *r = &out.r[i];
        if (r->mode != mode) {
            mode = r->mode;
            in_mode = 0;
        }
        if (i > 0 && r->mode == out.r[i - 1].mode && r->tag == out.r[i - 1].tag) continue;
        if (in_mode++ >= CALC_HISTORY_MAX) continue;
        add_text_line(&t, r);
    }
    storage_text_end(&t);
    ok = ok && storage_text_write(&t, HISTORY_FILE);
    storage_text_free(&t);
    storage_free(disk.r);
    storage_free(out.r);
    storage_free(text);
    return ok;
}

static bool write_memory(const calc *c)
{
    storage_text t;
    storage_text_init(&t, MEMORY_HEADER);
    for (int i = 0; i < calc_memory_count(c); i++) {
        char v[256];
        if (calc_memory_value(c, i, v, sizeof v) < 0) continue;
        storage_text_add(&t, v);
        storage_text_line_end(&t);
    }
    storage_text_end(&t);
    bool ok = storage_text_write(&t, MEMORY_FILE);
    storage_text_free(&t);
    return ok;
}

/* ------------------------------------------------------------ load */

static bool load_history_file(persist *p, calc *c, bool *present)
{
    char *text = NULL;
    records rs = { 0 };
    bool damaged = false;
    read_history(&text, &rs, &damaged);
    *present = text != NULL || damaged;
    for (size_t i = 0; i < rs.n; i++) {
        const record *r = &rs.r[i];
        if (i > 0 && r->mode == rs.r[i - 1].mode && r->tag == rs.r[i - 1].tag) continue; /* twice */
        calc_mode m = (calc_mode)r->mode;
        if (calc_history_count(c, m) >= CALC_HISTORY_MAX) continue;
        if (!calc_history_load(c, m, r->expr, r->result)) {
            damaged = true;
            continue;
        }
        calc_history_set_tag(c, m, calc_history_count(c, m) - 1, r->tag);
        seen_add(p, r->tag);
        if (r->tag > g_last_tag) g_last_tag = r->tag;
    }
    storage_free(rs.r);
    storage_free(text);
    if (damaged) storage_set_aside(HISTORY_FILE);
    return damaged;
}

static bool load_memory_file(calc *c)
{
    size_t len;
    storage_status st;
    char *text = storage_read(MEMORY_FILE, FILE_MAX_BYTES, &len, &st);
    bool damaged = st == STORAGE_UNREADABLE;
    if (text) {
        bool whole;
        char *cursor = storage_open_records(text, len, MEMORY_HEADER, &whole);
        damaged = !whole;
        char *line;
        while ((line = storage_next_line(&cursor)) != NULL)
            if (line[0] && (strlen(line) >= TEXT_MAX || !calc_memory_load(c, line))) damaged = true;
        storage_free(text);
    }
    if (damaged) storage_set_aside(MEMORY_FILE);
    return damaged;
}

bool persist_load(persist *p, calc *c, bool keep)
{
    if (!p) return false;
    p->keep = keep;
    if (!keep) {
        settings_delete_history();
        return false;
    }
    HANDLE lock = storage_lock(LOCK_MS);
    bool present, damaged = load_history_file(p, c, &present);
    if (!present) {
        /* An older version's history in the registry: read old, write new. */
        damaged = settings_load_history(c) || damaged;
        tag_new_items(p, c);
        if (write_history(p, c)) settings_delete_history();
    } else {
        settings_delete_history(); /* left over: the file is newer */
    }
    damaged = load_memory_file(c) || damaged;
    storage_unlock(lock);
    p->saved_revision = calc_revision(c);
    return damaged;
}

bool persist_dirty(const persist *p, const calc *c)
{
    return p && p->keep && calc_revision(c) != p->saved_revision;
}

void persist_save(persist *p, calc *c, bool force)
{
    if (!p || !p->keep || (!force && !persist_dirty(p, c))) return;
    tag_new_items(p, c);
    HANDLE lock = storage_lock(LOCK_MS);
    bool ok = write_history(p, c);
    ok = write_memory(c) && ok;
    storage_unlock(lock);
    /* If a write failed, the next change tries again. */
    if (ok) p->saved_revision = calc_revision(c);
}

void persist_history_cleared(persist *p, calc *c, calc_mode m)
{
    if (!p || !p->keep) return;
    HANDLE lock = storage_lock(LOCK_MS);
    char *text = NULL;
    records rs = { 0 };
    bool damaged = false;
    read_history(&text, &rs, &damaged);
    for (size_t i = 0; i < rs.n; i++)
        if (rs.r[i].mode == (int)m) seen_add(p, rs.r[i].tag);
    storage_free(rs.r);
    storage_free(text);
    storage_unlock(lock);
    persist_save(p, c, true);
}

void persist_set_keep(persist *p, calc *c, bool keep)
{
    if (!p) return;
    p->keep = keep;
    if (keep) {
        persist_save(p, c, true);
        return;
    }
    HANDLE lock = storage_lock(LOCK_MS);
    storage_remove(HISTORY_FILE);
    storage_remove(MEMORY_FILE);
    settings_delete_history();
    storage_unlock(lock);
}
