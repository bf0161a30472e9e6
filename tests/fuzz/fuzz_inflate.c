/* libFuzzer target: src/win32/inflate.c (the packed resources' decoder) on
 * arbitrary input, against the system zlib's raw inflate as the reference:
 * both accept the same streams with the same bytes, and a stream one rejects
 * (malformed, truncated, or longer than the output) the other rejects too.
 * ASan watches that no byte outside the buffers is touched. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "inflate.h"
#include "fuzz_invariants.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { CAP = 1 << 16 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static unsigned char ours[CAP], ref[CAP];
    /* an exact-size copy of the input, so that a read past it is caught */
    unsigned char *in = malloc(size ? size : 1);
    if (!in) return 0;
    if (size) memcpy(in, data, size);
    size_t got = 0;
    int r = inflate_raw(in, size, ours, CAP, &got);
    if (got > CAP) inv_fail("more output than the buffer", "inflate");

    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, -15) != Z_OK) abort();
    z.next_in = in;
    z.avail_in = (uInt)size;
    z.next_out = ref;
    z.avail_out = CAP;
    int zr = inflate(&z, Z_FINISH);
    size_t zlen = CAP - z.avail_out;
    inflateEnd(&z);
    free(in);

    if (zr == Z_STREAM_END) {
        if (r != INFLATE_OK) inv_fail("zlib accepts a stream that inflate_raw rejects", "inflate");
        if (got != zlen || memcmp(ours, ref, got) != 0) inv_fail("inflate_raw and zlib give other bytes", "inflate");
    } else if (r == INFLATE_OK) {
        inv_fail("inflate_raw accepts a stream that zlib rejects", "inflate");
    }
    return 0;
}
