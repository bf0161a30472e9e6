/* cli_lines: reads standard input line by line in large blocks (fgets and
 * getline are either slow on long inputs or not portable to Windows). */
#include "cli_lines.h"

#include <stdlib.h>
#include <string.h>

#define BLOCK 65536

bool line_reader_init(line_reader *r, FILE *in)
{
    r->in = in;
    r->cap = BLOCK * 2;
    r->buf = malloc(r->cap);
    r->start = r->end = 0;
    r->eof = false;
    return r->buf != NULL;
}

void line_reader_free(line_reader *r)
{
    free(r->buf);
    r->buf = NULL;
}

/* Returns the next line without its '\n' (and '\r'), NUL-terminated inside
 * the buffer and valid until the next call; NULL at the end of input. */
char *line_reader_next(line_reader *r, size_t *len)
{
    for (;;) {
        char *nl = r->end > r->start ? memchr(r->buf + r->start, '\n', r->end - r->start) : NULL;
        if (nl != NULL || (r->eof && r->end > r->start)) {
            char *line = r->buf + r->start;
            size_t n = nl ? (size_t)(nl - line) : r->end - r->start;
            r->start += n + (nl ? 1 : 0);
            if (n > 0 && line[n - 1] == '\r')
                n--;
            line[n] = '\0';                  /* over the '\n', or the spare byte */
            *len = n;
            return line;
        }
        if (r->eof)
            return NULL;
        /* Keep the partial line, make room, read more. */
        if (r->start > 0) {
            memmove(r->buf, r->buf + r->start, r->end - r->start);
            r->end -= r->start;
            r->start = 0;
        }
        if (r->cap - r->end < BLOCK + 1) {
            size_t cap = r->cap * 2;
            char *p = realloc(r->buf, cap);
            if (p == NULL) {
                r->eof = true;               /* out of memory: stop reading */
                continue;
            }
            r->buf = p;
            r->cap = cap;
        }
        size_t got = fread(r->buf + r->end, 1, BLOCK, r->in);
        r->end += got;
        if (got == 0)
            r->eof = true;
    }
}
