/* Fields of a fuzz input for the Contract 4 targets: the bytes after the first
 * `skip` are cut at each newline into NUL-terminated texts (as the command
 * line's arguments would be), at most FUZZ_FIELDS_MAX of them. */
#ifndef CALC_FUZZ_FIELDS_H
#define CALC_FUZZ_FIELDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_FIELDS_MAX 8

typedef struct fuzz_fields {
    char *text;                       /* malloc'd copy, cut in place */
    const char *f[FUZZ_FIELDS_MAX];   /* missing fields are "" */
    int count;
} fuzz_fields;

/* false if out of memory. */
static inline bool fuzz_fields_split(const uint8_t *data, size_t size, size_t skip, fuzz_fields *ff)
{
    size_t n = size > skip ? size - skip : 0;
    ff->text = malloc(n + 1);
    if (!ff->text)
        return false;
    memcpy(ff->text, data + (size - n), n);
    ff->text[n] = 0;
    ff->count = 0;
    for (int i = 0; i < FUZZ_FIELDS_MAX; i++)
        ff->f[i] = "";
    char *p = ff->text;
    while (ff->count < FUZZ_FIELDS_MAX) {
        ff->f[ff->count++] = p;
        char *nl = strchr(p, '\n');
        if (!nl)
            break;
        *nl = 0;
        p = nl + 1;
    }
    return true;
}

static inline void fuzz_fields_free(fuzz_fields *ff)
{
    free(ff->text);
}

/* A result text must be NUL-terminated inside its buffer and an engine-form
 * number when the call succeeded, empty when it failed. */
static inline void fuzz_check_result(bool ok, const char *out, size_t cap, const char *what)
{
    if (memchr(out, 0, cap) == NULL)
        inv_fail("result not terminated", what);
    if (!ok) {
        if (out[0])
            inv_fail("failed call left a result", out);
        return;
    }
    num v;
    if (num_parse(&v, out) != CALC_OK)
        inv_fail("result is not an engine-form number", out);
}

#endif
