/* calc_prog: programmer-mode values. The state machine keeps every value as
 * a num; in programmer mode it is an integer wrapped to the word size, and
 * the bit operations themselves live in progint.c. */
#include "calc_internal.h"

uint64_t prog_bits_of(const calc *c, const num *v)
{
    num t;
    num_trunc(&t, v);
    return prog_wrap_integer(&t.p, t.exp, t.neg, c->word);
}

void prog_num_of(const calc *c, uint64_t bits, num *out)
{
    num_from_int(out, prog_sign_extend(bits, c->word));
}

void prog_normalize(const calc *c, num *v)
{
    prog_num_of(c, prog_bits_of(c, v), v);
}

int calc_pad_binary(const char *text, char *out, size_t cap)
{
    return prog_pad_binary(text, out, cap);
}

int calc_group_digits(const char *text, calc_radix r, char *out, size_t cap)
{
    return prog_group(text, r, out, cap);
}
