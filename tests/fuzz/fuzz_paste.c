/* libFuzzer target: the paste parser and the number parser on arbitrary bytes.
 * A refused paste must leave the calculator exactly as it was. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_invariants.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = 0;

    num x;
    (void)num_parse(&x, text);

    calc *c = calc_create();
    if (!c) {
        free(text);
        return 0;
    }
    /* Some state worth losing: 12 + 7 typed. */
    calc_execute(c, CMD_DIGIT_1);
    calc_execute(c, CMD_DIGIT_2);
    calc_execute(c, CMD_ADD);
    calc_execute(c, CMD_DIGIT_7);
    char before_d[256], before_e[512];
    snprintf(before_d, sizeof before_d, "%s", calc_display(c));
    snprintf(before_e, sizeof before_e, "%s", calc_expression(c));

    const char *decimal = (size && (data[0] & 1)) ? "," : ".";
    const char *group = (decimal[0] == ',') ? " " : ",";
    calc_status st = calc_paste(c, text, decimal, group);
    if (st != CALC_OK) {
        if (strcmp(before_d, calc_display(c)) != 0 || strcmp(before_e, calc_expression(c)) != 0)
            inv_fail("refused paste changed the calculator", text);
    }
    inv_check(c);
    calc_execute(c, CMD_CLEAR);
    if (strcmp(calc_display(c), "0") != 0)
        inv_fail("clear does not bring back 0", calc_display(c));
    calc_destroy(c);
    free(text);
    return 0;
}
