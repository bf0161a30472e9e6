/* calculatrice-cli date: the Date calculation mode on the command line
 * (DESIGN.md Contract 4). */
#ifndef CALC_CLI_DATE_H
#define CALC_CLI_DATE_H

/* `calculatrice-cli date diff|add|sub ...`, or one such command per line of
 * standard input when no arguments follow; argv[0] is "date". Returns the exit
 * status: 0, or 2 after an invalid input (named on standard error). */
int cli_date_main(int argc, char **argv);

#endif
