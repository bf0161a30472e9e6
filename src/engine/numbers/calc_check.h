/* calc_check: preconditions that the sanitizer builds check.
 *
 * CALC_REQUIRE(cond) states what a function needs from its caller (a nonzero
 * divisor, a length in range). With CALC_CHECKED defined (calc_engine_san, the
 * native tests and the fuzzers) a broken precondition prints where and aborts,
 * so the fuzzer reports the caller instead of a later out-of-bounds read; the
 * product build compiles it to nothing. */
#ifndef CALC_CALC_CHECK_H
#define CALC_CALC_CHECK_H

#ifdef CALC_CHECKED
#include <stdio.h>
#include <stdlib.h>
#define CALC_REQUIRE(cond)                                                              \
    ((cond) ? (void)0                                                                   \
            : (fprintf(stderr, "%s:%d: precondition failed: %s\n", __FILE__, __LINE__, \
                       #cond),                                                          \
               abort()))
#else
#define CALC_REQUIRE(cond) ((void)0)
#endif

#endif
