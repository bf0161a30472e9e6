/* `calculatrice-cli finance tvm|amort|npv|irr|apr|mortgage|lease key=value...`
 * (DESIGN.md, Contract 4). */
#ifndef CALC_CLI_FINANCE_H
#define CALC_CLI_FINANCE_H

/* argv[0] is "finance". Prints FIELD=value lines (or the amortization CSV
 * with --table) and returns 0; "Invalid input" or "Overflow" on standard
 * output and 0 when the problem has no answer; "error: <reason>" on standard
 * error and 2 for an invalid command line. */
int cli_finance_main(int argc, char **argv);

#endif
