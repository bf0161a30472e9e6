/* calculatrice-cli finance: the finance engine (calc_finance.h) from the
 * command line, exactly as Contract 4 says. One row per subcommand: its name,
 * the fields it accepts and the function that runs it; the arguments are
 * checked against the row (unknown field, duplicate, malformed number) before
 * anything is computed. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "calc_finance.h"
#include "cli_finance.h"

#define MAX_ARGS 16
#define MAX_FIELDS 10

typedef struct arg {
    const char *key, *value;
} arg;

typedef struct args {
    arg a[MAX_ARGS];
    int n;
    bool table;   /* --table */
} args;

typedef struct subcommand {
    const char *name;
    const char *fields[MAX_FIELDS];   /* NULL-terminated */
    int (*run)(const args *a);
} subcommand;

/* fields whose value is a word, not a number */
static const char *const word_fields[] = { "solve", "due", "cf", NULL };

/* "error: <reason>" on standard error; evaluates to the exit status 2 */
#define fail(...) (fprintf(stderr, "error: " __VA_ARGS__), fputc('\n', stderr), 2)

static const char *get(const args *a, const char *key)
{
    for (int k = 0; k < a->n; k++)
        if (strcmp(a->a[k].key, key) == 0)
            return a->a[k].value;
    return NULL;
}

/* The English texts of the window for the engine's statuses. */
static int report(fin_status st)
{
    switch (st) {
    case FIN_OK:
        return 0;
    case FIN_NO_SOLUTION:
        puts("Invalid input");
        return 0;
    case FIN_OVERFLOW:
        puts("Overflow");
        return 0;
    case FIN_BAD_INPUT:
        break;
    }
    fputs("error: a value is out of range\n", stderr);
    return 2;
}

static int print_result(fin_status st, const char *field, const char *value)
{
    if (st == FIN_OK)
        printf("%s=%s\n", field, value);
    return report(st);
}

/* Every field in `need` must be present (a space-separated list). */
static int require(const args *a, const char *const *need)
{
    for (; *need != NULL; need++)
        if (get(a, *need) == NULL)
            return fail("missing %s", *need);
    return 0;
}

static int due_of(const args *a, bool *begin)
{
    const char *d = get(a, "due");
    *begin = false;
    if (d == NULL || strcmp(d, "end") == 0)
        return 0;
    if (strcmp(d, "begin") == 0) {
        *begin = true;
        return 0;
    }
    return fail("due must be begin or end, not '%s'", d);
}

static int pick(const char *value, const char *const *names, int *out)
{
    for (int k = 0; names[k] != NULL; k++) {
        if (strcmp(value, names[k]) == 0) {
            *out = k;
            return 0;
        }
    }
    return fail("cannot solve for '%s'", value);
}

/* ---------------------------------------------------------------- subcommands */

static const char *const tvm_fields[] = { "n", "rate", "pv", "pmt", "fv", NULL };  /* fin_field order */

static int run_tvm(const args *a)
{
    int field, rc;
    fin_tvm t = { 0 };
    char out[FIN_TEXT_MAX];
    const char *solve = get(a, "solve");
    if (solve == NULL)
        return fail("missing %s", "solve");
    if ((rc = pick(solve, tvm_fields, &field)) != 0)
        return rc;
    for (int k = 0; tvm_fields[k] != NULL; k++)
        if (k != field && get(a, tvm_fields[k]) == NULL)
            return fail("missing %s", tvm_fields[k]);
    if ((rc = due_of(a, &t.begin)) != 0)
        return rc;
    t.n = get(a, "n");
    t.rate = get(a, "rate");
    t.pv = get(a, "pv");
    t.pmt = get(a, "pmt");
    t.fv = get(a, "fv");
    t.ppy = get(a, "ppy");
    return print_result(fin_tvm_solve(&t, (fin_field)field, out), solve, out);
}

static bool print_row(void *ctx, const fin_amort_row *r)
{
    (void)ctx;
    printf("%ld,%s,%s,%s,%s\n", r->period, r->payment, r->interest, r->principal, r->balance);
    return true;
}

/* from=/to= are whole periods 1 <= from <= to */
static int period_of(const args *a, const char *key, long *out)
{
    const char *s = get(a, key);
    long v = 0;
    if (s == NULL)
        return fail("missing %s", key);
    if (*s == '\0' || strlen(s) > 10)
        return fail("%s must be a whole period number", key);
    for (const char *c = s; *c; c++) {
        if (*c < '0' || *c > '9')
            return fail("%s must be a whole period number", key);
        v = v * 10 + (*c - '0');
    }
    if (v < 1)
        return fail("%s must be at least 1", key);
    *out = v;
    return 0;
}

static int run_amort(const args *a)
{
    static const char *const need[] = { "rate", "pv", NULL };
    fin_loan l = { 0 };
    int rc;
    if ((rc = require(a, need)) != 0 || (rc = due_of(a, &l.begin)) != 0)
        return rc;
    l.rate = get(a, "rate");
    l.pv = get(a, "pv");
    l.pmt = get(a, "pmt");
    l.n = get(a, "n");
    l.ppy = get(a, "ppy");
    if (l.pmt == NULL && l.n == NULL)
        return fail("missing %s", "pmt");
    if (a->table) {
        /* the header, then one line per period */
        fin_amort_totals t;
        fin_status st = fin_amort_schedule(&l, NULL, NULL, &t);   /* checks first: no half table */
        if (st != FIN_OK)
            return report(st);
        puts("period,payment,interest,principal,balance");
        return report(fin_amort_schedule(&l, print_row, NULL, NULL));
    }
    long p1, p2;
    if ((rc = period_of(a, "from", &p1)) != 0 || (rc = period_of(a, "to", &p2)) != 0)
        return rc;
    if (p2 < p1)
        return fail("%s must not come before from", "to");
    fin_amort_result r;
    fin_status st = fin_amort(&l, p1, p2, &r);
    if (st == FIN_OK)
        printf("principal=%s\ninterest=%s\nbalance=%s\n", r.principal, r.interest, r.balance);
    return report(st);
}

static int run_npv(const args *a)
{
    static const char *const need[] = { "rate", "cf", NULL };
    char out[FIN_TEXT_MAX];
    int rc = require(a, need);
    if (rc != 0)
        return rc;
    fin_status st = fin_npv(get(a, "rate"), get(a, "cf"), out);
    if (st == FIN_BAD_INPUT)
        return fail("malformed cash flows '%s'", get(a, "cf"));
    return print_result(st, "npv", out);
}

static int run_irr(const args *a)
{
    static const char *const need[] = { "cf", NULL };
    char out[FIN_TEXT_MAX];
    int rc = require(a, need);
    if (rc != 0)
        return rc;
    fin_status st = fin_irr(get(a, "cf"), out);
    if (st == FIN_BAD_INPUT)
        return fail("malformed cash flows '%s'", get(a, "cf"));
    return print_result(st, "irr", out);
}

static int run_apr(const args *a)
{
    static const char *const need[] = { "pv", "pmt", "n", NULL };
    char out[FIN_TEXT_MAX];
    int rc = require(a, need);
    if (rc != 0)
        return rc;
    fin_status st = fin_apr(get(a, "pv"), get(a, "pmt"), get(a, "n"), get(a, "fees"), get(a, "ppy"), out);
    if (st == FIN_BAD_INPUT)
        return fail("%s must be a whole number of payments and ppy positive", "n");
    return print_result(st, "apr", out);
}

static const char *const mortgage_fields[] = { "payment", "price", "down", "years", NULL };  /* fin_mortgage_field order */

static int run_mortgage(const args *a)
{
    int field, rc;
    char out[FIN_TEXT_MAX];
    const char *solve = get(a, "solve");
    if (solve == NULL)
        return fail("missing %s", "solve");
    if ((rc = pick(solve, mortgage_fields, &field)) != 0)
        return rc;
    for (int k = 0; mortgage_fields[k] != NULL; k++)
        if (k != field && get(a, mortgage_fields[k]) == NULL)
            return fail("missing %s", mortgage_fields[k]);
    if (get(a, "rate") == NULL)
        return fail("missing %s", "rate");
    fin_mortgage m = { get(a, "price"), get(a, "down"), get(a, "years"), get(a, "rate"), get(a, "payment") };
    return print_result(fin_mortgage_solve(&m, (fin_mortgage_field)field, out), solve, out);
}

static int run_lease(const args *a)
{
    static const char *const need[] = { "value", "residual", "years", "rate", NULL };
    static const char *const solvable[] = { "payment", NULL };
    char out[FIN_TEXT_MAX];
    int rc, field;
    const char *solve = get(a, "solve");
    if (solve != NULL && (rc = pick(solve, solvable, &field)) != 0)
        return rc;
    if ((rc = require(a, need)) != 0)
        return rc;
    return print_result(fin_lease_payment(get(a, "value"), get(a, "residual"), get(a, "years"), get(a, "rate"),
                                          get(a, "ppy"), out),
                        "payment", out);
}

static const subcommand subcommands[] = {
    { "tvm", { "solve", "n", "rate", "pv", "pmt", "fv", "ppy", "due", NULL }, run_tvm },
    { "amort", { "rate", "pv", "pmt", "n", "from", "to", "ppy", "due", NULL }, run_amort },
    { "npv", { "rate", "cf", NULL }, run_npv },
    { "irr", { "cf", NULL }, run_irr },
    { "apr", { "pv", "pmt", "n", "fees", "ppy", NULL }, run_apr },
    { "mortgage", { "solve", "price", "down", "years", "rate", "payment", NULL }, run_mortgage },
    { "lease", { "solve", "value", "residual", "years", "rate", "ppy", NULL }, run_lease },
    { NULL, { NULL }, NULL },
};

static bool listed(const char *const *list, const char *key)
{
    for (; *list != NULL; list++)
        if (strcmp(*list, key) == 0)
            return true;
    return false;
}

static void usage(FILE *f)
{
    fputs("usage: calculatrice-cli finance tvm solve=n|rate|pv|pmt|fv n=... rate=... pv=... pmt=... fv=...\n"
          "                                      [ppy=12] [due=end|begin]\n"
          "       calculatrice-cli finance amort rate=... pv=... pmt=... from=P1 to=P2 [n=...] [ppy=12]\n"
          "                                      [due=end|begin] [--table]\n"
          "       calculatrice-cli finance npv rate=... cf=CF0,CF1,...   (VALUExCOUNT repeats)\n"
          "       calculatrice-cli finance irr cf=CF0,CF1,...\n"
          "       calculatrice-cli finance apr pv=... pmt=... n=... [fees=0] [ppy=12]\n"
          "       calculatrice-cli finance mortgage solve=payment|price|down|years price=... down=...\n"
          "                                      years=... rate=... payment=...\n"
          "       calculatrice-cli finance lease solve=payment value=... residual=... years=... rate=...\n"
          "                                      [ppy=12]\n",
          f);
}

int cli_finance_main(int argc, char **argv)
{
    if (argc < 2)
        return usage(stderr), fail("missing the finance calculation (tvm, amort, npv, irr, apr, mortgage, lease)");
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        usage(stdout);
        return 0;
    }
    const subcommand *sc = subcommands;
    while (sc->name != NULL && strcmp(sc->name, argv[1]) != 0)
        sc++;
    if (sc->name == NULL)
        return fail("unknown finance calculation '%s'", argv[1]);
    args a = { .n = 0, .table = false };
    for (int k = 2; k < argc; k++) {
        char *s = argv[k];
        if (strcmp(s, "--table") == 0 && strcmp(sc->name, "amort") == 0) {
            a.table = true;
            continue;
        }
        char *eq = strchr(s, '=');
        if (eq == NULL)
            return fail("expected key=value, not '%s'", s);
        *eq = '\0';
        const char *key = s, *value = eq + 1;
        if (!listed(sc->fields, key))
            return fail("unknown field '%s'", key);
        if (get(&a, key) != NULL)
            return fail("%s given twice", key);
        if (*value == '\0')
            return fail("missing value for %s", key);
        if (!listed(word_fields, key) && !fin_valid_number(value))
            return fail("malformed number for %s: '%s'", key, value);
        if (a.n == MAX_ARGS)
            return fail("too many arguments");
        a.a[a.n++] = (arg){ key, value };
    }
    return sc->run(&a);
}
