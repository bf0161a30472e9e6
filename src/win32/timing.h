/* CALC_STARTUP_TIMING=<file>: the time from wWinMain entry to the first
 * WM_PAINT of the main window is written to <file> in milliseconds, as one
 * decimal number and a newline (e.g. "412.337"), for the benchmarks. */
#ifndef CALC_TIMING_H
#define CALC_TIMING_H

void timing_start(void);
void timing_first_paint(void); /* only the first call writes */

#endif
