/* A raw DEFLATE decoder (RFC 1951: stored, fixed and dynamic Huffman blocks),
 * portable C11, no allocation. The window's packed resources (respack.h) are
 * one DEFLATE stream; this is what unpacks them, so it trusts nothing in it. */
#ifndef CALC_INFLATE_H
#define CALC_INFLATE_H

#include <stddef.h>

enum {
    INFLATE_OK = 0,
    INFLATE_ERR_DATA = -1,      /* malformed stream (bad block type, code, distance...) */
    INFLATE_ERR_TRUNCATED = -2, /* input ended before the final block did */
    INFLATE_ERR_OUTPUT = -3     /* the output would exceed out_cap */
};

/* inflate_raw(in, in_len, out, out_cap, out_len) -> INFLATE_OK or an INFLATE_ERR_.
 * Decodes the raw DEFLATE stream in[0..in_len) (no zlib or gzip header) up to
 * and including its final block, into out[0..out_cap). Reads no byte outside
 * in[0..in_len), writes none outside out[0..out_cap); bytes after the final
 * block are ignored. *out_len (may be NULL) is the number of bytes written,
 * also on error (then the output is partial and must not be used).
 * in and out may be NULL only when their length is 0. Reentrant. */
int inflate_raw(const unsigned char *in, size_t in_len, unsigned char *out, size_t out_cap, size_t *out_len);

#endif
