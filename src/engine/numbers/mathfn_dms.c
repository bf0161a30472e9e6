/* mathfn_dms: degrees <-> degrees-minutes-seconds (d.mmss), exactly as
 * Windows does it: whole degrees by truncation, minutes the truncated 60ths
 * (or 100ths back), seconds the rest; exact rational arithmetic throughout,
 * so 2.999 -> 2.59564 and 1.3 -> 1.5 with no rounding. */
#include "mathfn_internal.h"

/* shift_in: 60 for ->dms, 100 for ->degrees; shift_out the other one */
static calc_status convert(num *out, const num *x, int shift_in, int shift_out)
{
    num d, m, mi, s, in, outn, t;
    num_from_int(&in, shift_in);
    num_from_int(&outn, shift_out);
    num_trunc(&d, x);
    num_sub(&m, x, &d);
    num_mul(&m, &m, &in);
    num_trunc(&mi, &m);
    num_sub(&s, &m, &mi);
    num_mul(&s, &s, &in);
    num_div(&s, &s, &outn);
    num_add(&t, &mi, &s);
    num_div(&t, &t, &outn);
    num_add(out, &d, &t);
    return mf_finish_num(out);
}

calc_status math_dms(num *out, const num *x) { return convert(out, x, 60, 100); }

calc_status math_degrees(num *out, const num *x) { return convert(out, x, 100, 60); }
