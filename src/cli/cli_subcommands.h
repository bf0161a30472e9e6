/* The command line's other modes (DESIGN.md, Contract 4): `calculatrice-cli
 * date …`, `convert …`, `finance …`. One row per subcommand in
 * cli_subcommands.c; main() hands argv over when the first argument names one. */
#ifndef CALC_CLI_SUBCOMMANDS_H
#define CALC_CLI_SUBCOMMANDS_H

typedef struct cli_subcommand {
    const char *name;                     /* first argument, e.g. "date" */
    int (*run)(int argc, char **argv);    /* argv[0] is the name; returns the exit status */
} cli_subcommand;

/* The row whose name is `name`, or NULL. */
const cli_subcommand *cli_subcommand_find(const char *name);

#endif
