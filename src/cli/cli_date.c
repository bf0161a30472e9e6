/* calculatrice-cli date (DESIGN.md Contract 4):
 *
 *   calculatrice-cli date diff DATE1 DATE2
 *   calculatrice-cli date add DATE YEARS MONTHS DAYS
 *   calculatrice-cli date sub DATE YEARS MONTHS DAYS
 *   calculatrice-cli date            (commands on standard input)
 *
 * Dates are ISO YYYY-MM-DD in 1601-01-01 ... 9999-12-31, offsets integers
 * 0 ... 999. diff prints the difference in words as the window shows it in
 * English, then the total in days, on two lines; add and sub print the ISO
 * date. Without arguments every line of standard input is one command
 * ("diff 2008-02-29 2008-03-31") and gives exactly one output line; diff's two
 * texts are then separated by a tab. Invalid input: `error: <reason>` on
 * standard error, status 2 (on standard input: an empty output line, status 2
 * once every line has run). A result outside the range prints the window's
 * text "Date out of range" and is not an error. The arithmetic is calc_date's;
 * the English texts live here. */
#include <stdio.h>
#include <string.h>

#include "calc_date.h"
#include "cli_date.h"
#include "cli_lines.h"

#define OUT_OF_RANGE_TEXT "Date out of range"
#define SAME_DATES_TEXT "Same dates"
#define MAX_WORDS 16

/* The units of a difference, largest first, as the window names them. */
typedef struct unit_name {
    const char *one, *many;
} unit_name;

static const unit_name unit_names[] = {
    { "year", "years" }, { "month", "months" }, { "week", "weeks" }, { "day", "days" },
};

/* Appends "N unit" (singular for 1) to out at *len. */
static void add_count(char *out, size_t cap, size_t *len, long n, const unit_name *u)
{
    int w = snprintf(out + *len, cap - *len, "%s%ld %s", *len ? ", " : "", n, n == 1 ? u->one : u->many);
    if (w > 0 && (size_t)w < cap - *len)
        *len += (size_t)w;
}

/* "1 year, 2 months, 3 weeks, 4 days" (units that are zero left out), or
 * "Same dates". */
static void diff_words(const cdate_diff *d, char *out, size_t cap)
{
    const long counts[4] = { d->years, d->months, d->weeks, d->days };
    size_t len = 0;
    out[0] = '\0';
    if (d->total_days == 0) {
        snprintf(out, cap, "%s", SAME_DATES_TEXT);
        return;
    }
    for (int i = 0; i < 4; i++)
        if (counts[i] != 0)
            add_count(out, cap, &len, counts[i], &unit_names[i]);
}

/* "N days", "1 day". */
static void total_words(long total, char *out, size_t cap)
{
    size_t len = 0;
    out[0] = '\0';
    add_count(out, cap, &len, total, &unit_names[3]);
}

static bool parse_date(const char *s, cdate *d)
{
    if (cdate_parse_iso(s, d))
        return true;
    fprintf(stderr, "error: '%s' is not a date (YYYY-MM-DD, 1601-01-01 to 9999-12-31)\n", s);
    return false;
}

/* An offset: decimal digits only, 0 ... CDATE_OFFSET_MAX. */
static bool parse_offset(const char *s, int *value)
{
    int v = 0;
    bool ok = *s != '\0';
    for (const char *p = s; ok && *p; p++) {
        ok = *p >= '0' && *p <= '9';
        if (ok)
            v = v * 10 + (*p - '0');
        ok = ok && v <= CDATE_OFFSET_MAX;
    }
    if (!ok) {
        fprintf(stderr, "error: offset '%s' is not an integer from 0 to %d\n", s, CDATE_OFFSET_MAX);
        return false;
    }
    *value = v;
    return true;
}

/* Runs one command (words[0] is diff, add or sub) and prints its result;
 * `sep` goes between diff's two texts. false after an invalid input (nothing
 * printed). */
static bool run_command(int n, char **words, const char *sep)
{
    if (n < 1) {
        fputs("error: missing date command (diff, add or sub)\n", stderr);
        return false;
    }
    const char *cmd = words[0];
    if (strcmp(cmd, "diff") == 0) {
        cdate a, b;
        if (n != 3) {
            fputs("error: date diff takes two dates: diff DATE1 DATE2\n", stderr);
            return false;
        }
        if (!parse_date(words[1], &a) || !parse_date(words[2], &b))
            return false;
        cdate_diff d = cdate_difference(a, b);
        char words_text[128], total_text[64];
        diff_words(&d, words_text, sizeof words_text);
        total_words(d.total_days, total_text, sizeof total_text);
        printf("%s%s%s\n", words_text, sep, total_text);
        return true;
    }
    bool add = strcmp(cmd, "add") == 0;
    if (!add && strcmp(cmd, "sub") != 0) {
        fprintf(stderr, "error: unknown date command '%s' (diff, add or sub)\n", cmd);
        return false;
    }
    if (n != 5) {
        fprintf(stderr, "error: date %s takes a date and three offsets: %s DATE YEARS MONTHS DAYS\n", cmd, cmd);
        return false;
    }
    cdate d, r;
    int years, months, days;
    if (!parse_date(words[1], &d) || !parse_offset(words[2], &years) || !parse_offset(words[3], &months)
        || !parse_offset(words[4], &days))
        return false;
    cdate_status st = add ? cdate_add(d, years, months, days, &r) : cdate_subtract(d, years, months, days, &r);
    if (st == CDATE_OUT_OF_RANGE) {
        puts(OUT_OF_RANGE_TEXT);
    } else if (st == CDATE_OK) {
        char text[11];
        cdate_format_iso(r, text);
        puts(text);
    } else {
        fputs("error: invalid date input\n", stderr);   /* not reached: inputs checked above */
        return false;
    }
    return true;
}

static void usage(FILE *f)
{
    fputs("usage: calculatrice-cli date diff DATE1 DATE2\n"
          "       calculatrice-cli date add DATE YEARS MONTHS DAYS\n"
          "       calculatrice-cli date sub DATE YEARS MONTHS DAYS\n"
          "       calculatrice-cli date < COMMANDS\n"
          "\n"
          "Date calculation as Windows Calculator does it. Dates are YYYY-MM-DD from\n"
          "1601-01-01 to 9999-12-31 (proleptic Gregorian); offsets are integers 0 to 999.\n"
          "  diff   the difference in years, months, weeks and days (\"Same dates\" when\n"
          "         equal), then the total as \"N days\", on two lines\n"
          "  add    adds the years, then the months, then the days; prints the date\n"
          "  sub    subtracts the days, then the months, then the years\n"
          "A month or year step ends on the month's last day when the day does not exist\n"
          "(2008-01-31 + 1 month = 2008-02-29). A result outside the range prints\n"
          "\"" OUT_OF_RANGE_TEXT "\".\n"
          "Without arguments each line of standard input is one command (\"add 2008-03-31\n"
          "0 1 10\") and gives one output line; diff's two texts are separated by a tab.\n"
          "Exit status: 0, or 2 after an invalid input (\"error: ...\" on standard error).\n",
          f);
}

static bool is_blank(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\v' || ch == '\f';
}

/* Splits a line into at most MAX_WORDS words in place; returns the count,
 * MAX_WORDS + 1 if there were more. */
static int split_words(char *line, char **words)
{
    int n = 0;
    char *p = line;
    for (;;) {
        while (*p && is_blank(*p))
            p++;
        if (!*p)
            return n;
        if (n == MAX_WORDS)
            return MAX_WORDS + 1;
        words[n++] = p;
        while (*p && !is_blank(*p))
            p++;
        if (*p)
            *p++ = '\0';
    }
}

static int run_stdin(void)
{
    line_reader r;
    if (!line_reader_init(&r, stdin)) {
        fputs("calculatrice-cli: out of memory\n", stderr);
        return 1;
    }
    int status = 0;
    size_t len;
    char *line;
    char *words[MAX_WORDS];
    while ((line = line_reader_next(&r, &len)) != NULL) {
        int n = split_words(line, words);
        bool ok = false;
        if (n == 0)
            fputs("error: empty date command line\n", stderr);
        else if (n > MAX_WORDS)
            fputs("error: too many words on a date command line\n", stderr);
        else
            ok = run_command(n, words, "\t");
        if (!ok) {
            putchar('\n');
            status = 2;
        }
    }
    line_reader_free(&r);
    return status;
}

int cli_date_main(int argc, char **argv)
{
    if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        usage(stdout);
        return 0;
    }
    if (argc < 2)
        return run_stdin();
    return run_command(argc - 1, argv + 1, "\n") ? 0 : 2;
}
