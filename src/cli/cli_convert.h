/* cli_convert: `calculatrice-cli convert …` (DESIGN.md Contract 4). */
#ifndef CALC_CLI_CONVERT_H
#define CALC_CLI_CONVERT_H

/* argv[0] is "convert". Forms:
 *   convert VALUE FROM TO   the converted value, standard display rule
 *   convert --list          one line per unit: "category id English-name"
 *   convert                 batch: each stdin line "VALUE FROM TO" gives one line
 *   convert --help
 * Returns the exit status: 0, or 2 after an invalid input (unknown unit,
 * different categories, malformed value), reported as "error: …" on stderr. */
int cli_convert_main(int argc, char **argv);

#endif
