/* calculatrice-cli: key tokens in, display text out (DESIGN.md Contract 1).
 *
 *   calculatrice-cli [--mode standard|scientific|programmer] [--trace]
 *                    [--expression] [TOKEN...]
 *   (the --mode names are the keypad modes of calc_modes.h)
 *
 * With tokens as arguments they are one sequence; without, every line of
 * standard input is one sequence. Each sequence starts on a fresh calculator
 * and prints exactly one line: the display at the end. --expression adds a
 * second line with the expression line. --trace prints the display after
 * every token instead, one line per token (with --expression each display
 * line is followed by its expression line), so its last line is the final
 * display. An unknown token is
 * named on standard error, its sequence prints an empty line (two with
 * --expression) and the exit status is 2 once everything has run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

#include "calc.h"
#include "calc_modes.h"
#include "cli_lines.h"
#include "cli_subcommands.h"
#include "commands.h"

typedef struct options {
    int mode_cmd;       /* a keypad mode's command (calc_modes.h) */
    bool trace;
    bool expression;
} options;

/* A growing output line. */
typedef struct text {
    char *s;
    size_t len, cap;
} text;

static void text_add(text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 256;
        while (cap < t->len + n + 1)
            cap *= 2;
        char *p = realloc(t->s, cap);
        if (p == NULL)
            return;
        t->s = p;
        t->cap = cap;
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = '\0';
}

static void text_add_str(text *t, const char *s)
{
    text_add(t, s, strlen(s));
}

/* The display as the window shows it, without grouping: programmer BIN is
 * left-padded to whole nibbles (WINDOWS-CALCULATOR.md 2.2). */
static void add_display(text *t, const calc *c)
{
    const char *d = calc_display(c);
    if (calc_get_mode(c) == CALC_PROGRAMMER && calc_get_radix(c) == RADIX_BIN && !calc_in_error(c)) {
        char padded[CALC_PROG_TEXT_MAX];
        if (calc_pad_binary(d, padded, sizeof padded) >= 0) {
            text_add_str(t, padded);
            return;
        }
    }
    text_add_str(t, d);
}

static bool is_blank(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\v' || ch == '\f';
}

/* Runs one sequence (the tokens of `line`, which is modified) and appends
 * its output lines to out. false if a token was unknown. */
static bool run_sequence(calc *c, const options *o, char **tokens, int ntokens, text *disp,
                         text *expr)
{
    calc_reset(c);
    if (o->mode_cmd != CMD_STANDARD)
        calc_execute(c, o->mode_cmd);
    disp->len = 0;
    expr->len = 0;
    text_add(disp, "", 0);
    text_add(expr, "", 0);
    /* Every token is checked before any is pressed: a sequence with an unknown
     * token prints nothing but its empty line. */
    for (int i = 0; i < ntokens; i++) {
        if (command_by_token(tokens[i]) == NULL) {
            fprintf(stderr, "calculatrice-cli: unknown token '%s'\n", tokens[i]);
            return false;
        }
    }
    for (int i = 0; i < ntokens; i++) {
        calc_execute(c, command_by_token(tokens[i])->id);
        if (o->trace) {
            /* one line per token (display, then the expression line with
             * --expression); the last line is the sequence's final display */
            if (i > 0)
                text_add(disp, "\n", 1);
            add_display(disp, c);
            if (o->expression) {
                text_add(disp, "\n", 1);
                text_add_str(disp, calc_expression(c));
            }
        }
    }
    if (!o->trace || ntokens == 0) {
        add_display(disp, c);
        text_add_str(expr, calc_expression(c));
        if (o->trace && o->expression) {
            text_add(disp, "\n", 1);
            text_add_str(disp, calc_expression(c));
        }
    }
    return true;
}

static void emit(const options *o, bool ok, const text *disp, const text *expr)
{
    if (ok)
        fwrite(disp->s, 1, disp->len, stdout);
    fputc('\n', stdout);
    if (o->expression && !o->trace) {
        if (ok)
            fwrite(expr->s, 1, expr->len, stdout);
        fputc('\n', stdout);
    }
}

/* Splits a line into tokens in place. */
static int split(char *line, char ***tokens, int *cap)
{
    int n = 0;
    char *p = line;
    for (;;) {
        while (*p && is_blank(*p))
            p++;
        if (!*p)
            break;
        if (n == *cap) {
            int ncap = *cap ? *cap * 2 : 64;
            char **t = realloc(*tokens, sizeof **tokens * (size_t)ncap);
            if (t == NULL)
                break;
            *tokens = t;
            *cap = ncap;
        }
        (*tokens)[n++] = p;
        while (*p && !is_blank(*p))
            p++;
        if (*p)
            *p++ = '\0';
    }
    return n;
}

/* The keypad modes' names joined: "standard|scientific|programmer" with
 * sep "|" and last "|", "standard, scientific or programmer" with ", " and " or ". */
static void print_modes(FILE *f, const char *sep, const char *last)
{
    int n = 0, total = 0;
    for (int i = 0; i < calc_mode_count(); i++)
        total += calc_mode_at(i)->kind == CALC_MODE_KEYPAD;
    for (int i = 0; i < calc_mode_count(); i++) {
        const calc_mode_info *mi = calc_mode_at(i);
        if (mi->kind != CALC_MODE_KEYPAD)
            continue;
        if (n > 0)
            fputs(n == total - 1 ? last : sep, f);
        fputs(mi->token, f);
        n++;
    }
}

static void usage(FILE *f)
{
    fputs("usage: calculatrice-cli [--mode ", f);
    print_modes(f, "|", "|");
    fputs("] [--trace] [--expression] [TOKEN...]\n"
          "\n"
          "Presses the key TOKENs on a fresh calculator and prints the display.\n"
          "Without TOKEN arguments, each line of standard input is one sequence of tokens\n"
          "and gives one output line.\n"
          "  --mode M       start in mode M (default standard)\n"
          "  --trace        print the display after every token, one line per token\n"
          "  --expression   print the expression line as a second line\n"
          "  --help         this text\n"
          "Exit status: 0, or 2 if a token was unknown (its output line is empty).\n"
          "\n"
          "Tokens:\n", f);
    /* Kind names in command_kind order; the commands' names are the window's
     * (string tables), not the engine's. */
    static const char *const KINDS[] = { "digit", "editing", "binary operator", "function", "constant",
                                         "parenthesis", "equals", "percent", "memory", "setting", "bit" };
    for (int i = 0; i < command_count(); i++) {
        const command_info *ci = command_at(i);
        unsigned k = (unsigned)ci->kind;
        fprintf(f, "  %-12s %s\n", ci->token, k < sizeof KINDS / sizeof KINDS[0] ? KINDS[k] : "");
    }
}

/* The mode command of a keypad mode's name, 0 if s names none (a form mode
 * such as date has its own subcommand, not keys). */
static int parse_mode(const char *s)
{
    const calc_mode_info *mi = calc_mode_by_token(s);
    return mi != NULL && mi->kind == CALC_MODE_KEYPAD ? mi->command : 0;
}

int main(int argc, char **argv)
{
#ifdef _WIN32
    _setmode(_fileno(stdout), _O_BINARY);   /* '\n', never "\r\n" */
    _setmode(_fileno(stdin), _O_BINARY);
#endif
    static char outbuf[1 << 16];
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);

    const cli_subcommand *sub = argc > 1 ? cli_subcommand_find(argv[1]) : NULL;
    if (sub != NULL) {
        int rc = sub->run(argc - 1, argv + 1);
        return fflush(stdout) != 0 ? 1 : rc;
    }

    options o = { CMD_STANDARD, false, false };
    int first_token = argc;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "--trace") == 0) {
            o.trace = true;
        } else if (strcmp(a, "--expression") == 0) {
            o.expression = true;
        } else if (strncmp(a, "--mode=", 7) == 0 || strcmp(a, "--mode") == 0) {
            const char *m = a[6] == '=' ? a + 7 : (i + 1 < argc ? argv[++i] : "");
            o.mode_cmd = parse_mode(m);
            if (o.mode_cmd == 0) {
                if (calc_mode_by_token(m) != NULL)   /* a form mode: see its subcommand */
                    fprintf(stderr, "calculatrice-cli: mode '%s' has no keys (", m);
                else
                    fprintf(stderr, "calculatrice-cli: unknown mode '%s' (", m);
                print_modes(stderr, ", ", " or ");
                fputs(")\n", stderr);
                return 2;
            }
        } else if (strcmp(a, "--") == 0) {
            first_token = i + 1;
            break;
        } else if (strncmp(a, "--", 2) == 0) {
            fprintf(stderr, "calculatrice-cli: unknown option '%s'\n", a);
            usage(stderr);
            return 2;
        } else {
            first_token = i;
            break;
        }
    }

    calc *c = calc_create();
    if (c == NULL) {
        fputs("calculatrice-cli: out of memory\n", stderr);
        return 1;
    }
    text disp = { 0 }, expr = { 0 };
    int status = 0;
    if (first_token < argc) {
        /* One sequence: the arguments, each also split at blanks, so that
         * `calculatrice-cli "1 + 2 ="` works like `calculatrice-cli 1 + 2 =`. */
        text joined = { 0 };
        for (int i = first_token; i < argc; i++) {
            text_add_str(&joined, argv[i]);
            text_add(&joined, " ", 1);
        }
        char **tokens = NULL;
        int cap = 0;
        int n = joined.s ? split(joined.s, &tokens, &cap) : 0;
        bool ok = run_sequence(c, &o, tokens, n, &disp, &expr);
        emit(&o, ok, &disp, &expr);
        if (!ok)
            status = 2;
        free(tokens);
        free(joined.s);
    } else {
        line_reader r;
        char **tokens = NULL;
        int cap = 0;
        if (!line_reader_init(&r, stdin)) {
            fputs("calculatrice-cli: out of memory\n", stderr);
            return 1;
        }
        size_t len;
        char *line;
        while ((line = line_reader_next(&r, &len)) != NULL) {
            int n = split(line, &tokens, &cap);
            bool ok = run_sequence(c, &o, tokens, n, &disp, &expr);
            emit(&o, ok, &disp, &expr);
            if (!ok)
                status = 2;
        }
        free(tokens);
        line_reader_free(&r);
    }
    free(disp.s);
    free(expr.s);
    calc_destroy(c);
    if (fflush(stdout) != 0)
        return 1;
    return status;
}
