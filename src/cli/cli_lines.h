/* cli_lines: block-buffered line reader for calculatrice-cli. */
#ifndef CALC_CLI_LINES_H
#define CALC_CLI_LINES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct line_reader {
    FILE *in;
    char *buf;
    size_t cap, start, end;
    bool eof;
} line_reader;

bool line_reader_init(line_reader *r, FILE *in);
void line_reader_free(line_reader *r);
char *line_reader_next(line_reader *r, size_t *len);

#endif
