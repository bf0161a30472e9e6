/* accuracy_driver: reads lines "fn arg [arg2] [unit]" on stdin and prints,
 * one line per input line, the 32-digit display text of the result (or the
 * error text). Driven by check_accuracy.py, which compares with mpmath.
 * Unknown functions or unparsable arguments print "?". */
#include <stdio.h>
#include <string.h>

#include "../engine/mathfn_dispatch.h"

int main(void)
{
    char line[4096];
    while (fgets(line, sizeof line, stdin)) {
        char *tok[4] = {NULL, NULL, NULL, NULL};
        int n = 0;
        for (char *p = strtok(line, " \t\r\n"); p && n < 4; p = strtok(NULL, " \t\r\n"))
            tok[n++] = p;
        if (n == 0) {
            printf("?\n");
            continue;
        }
        const md_fn *f = md_find(tok[0]);
        const char *a = tok[1], *b = NULL, *unit = NULL;
        if (f && f->kind == MD_BINARY)
            b = tok[2];
        else if (f && f->kind == MD_ANGLE)
            unit = tok[2];
        char out[512];
        if (!md_eval(tok[0], a, b, unit, 32, out, sizeof out))
            printf("?\n");
        else
            printf("%s\n", out);
    }
    return 0;
}
