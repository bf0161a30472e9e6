/* libFuzzer target: the finance arguments of Contract 4 (calculatrice-cli
 * finance ...): the first byte picks a solver (TVM for each field, NPV, IRR,
 * APR, amortization of a few periods, mortgage, lease), the newline-separated
 * fields after it are its texts (numbers, or cash-flow lists such as
 * "-1000,300x3,500"). Checks the statuses and the result texts. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "calc_finance.h"
#include "fuzz_invariants.h"
#include "fuzz_fields.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(fin_status st, const char *out, const char *what)
{
    if (st < FIN_OK || st > FIN_OVERFLOW)
        inv_fail("finance status out of range", what);
    fuzz_check_result(st == FIN_OK, out, FIN_TEXT_MAX, what);
    if (strlen(out) >= FIN_TEXT_MAX)
        inv_fail("result longer than FIN_TEXT_MAX", out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 2048)
        return 0;
    fuzz_fields ff;
    if (!fuzz_fields_split(data, size, 1, &ff))
        return 0;
    const char **f = ff.f;
    char out[FIN_TEXT_MAX];
    memset(out, 'x', sizeof out);
    int pick = data[0] % 16;
    bool begin = (data[0] & 0x80) != 0;
    if (pick < 5) {
        fin_tvm t = { f[0], f[1], f[2], f[3], f[4], f[5][0] ? f[5] : NULL, begin };
        check(fin_tvm_solve(&t, (fin_field)pick, out), out, "tvm");
    } else if (pick == 5) {
        check(fin_npv(f[0], f[1], out), out, "npv");
    } else if (pick == 6) {
        check(fin_irr(f[0], out), out, "irr");
    } else if (pick == 7) {
        check(fin_apr(f[0], f[1], f[2], f[3], f[4][0] ? f[4] : NULL, out), out, "apr");
    } else if (pick == 8) {
        fin_loan l = { f[0], f[1], f[2], f[3], f[4], begin };
        long p1 = 1 + (long)(size % 12), p2 = p1 + (long)(data[size - 1] % 24);
        fin_amort_result r;
        memset(&r, 'x', sizeof r);
        fin_status st = fin_amort(&l, p1, p2, &r);
        check(st, r.principal, "amort principal");
        check(st, r.interest, "amort interest");
        check(st, r.balance, "amort balance");
    } else if (pick < 13) {
        fin_mortgage m = { f[0], f[1], f[2], f[3], f[4] };
        check(fin_mortgage_solve(&m, (fin_mortgage_field)(pick - 9), out), out, "mortgage");
    } else {
        check(fin_lease_payment(f[0], f[1], f[2], f[3], f[4][0] ? f[4] : NULL, out), out, "lease");
    }
    for (int i = 0; i < ff.count; i++)
        if (fin_valid_number(f[i])) {
            num v;
            if (num_parse(&v, f[i]) != CALC_OK)
                inv_fail("fin_valid_number accepts what the engine does not", f[i]);
        }
    fuzz_fields_free(&ff);
    return 0;
}
