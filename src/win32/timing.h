/* CALC_STARTUP_TIMING=<file>: the time from wWinMain entry to the first
 * WM_PAINT of the main window is written to <file> in milliseconds, as one
 * decimal number and a newline (e.g. "412.337"), for the benchmarks.
 *
 * CALC_KEY_TIMING=<file>: where the window's time goes, for the hostile keys
 * test and for finding what a key costs. Each phase adds up its microseconds
 * and how many times it ran; at exit <file> gets one line a phase,
 * "<name> <count> <microseconds>". Without the variable timing_now() is 0 and
 * nothing is counted. */
#ifndef CALC_TIMING_H
#define CALC_TIMING_H

void timing_start(void);
void timing_first_paint(void); /* only the first call writes */

typedef enum timing_phase {
    PH_WAIT,      /* GetMessage: idle, and Wine turning X events into messages */
    PH_DISPATCH,  /* one message: accelerators, dialog manager, window procedures */
    PH_ENGINE,    /* calc_execute of a command */
    PH_REFRESH,   /* ui_refresh as a whole */
    PH_PANEL,     /* the panel's refresh (keypad: enabled keys, programmer rows) */
    PH_TEXTS,     /* display and expression line texts and their annotations */
    PH_ACCESS,    /* of which the annotations (access.c) */
    PH_PANES,     /* history and memory panes */
    PH_DRAW,      /* WM_DRAWITEM of the window and its panel */
    PH_COUNT
} timing_phase;

/* A time stamp to pass to timing_add, or 0 when CALC_KEY_TIMING is not set. */
long long timing_now(void);
/* Adds the time since `since` (from timing_now) to phase ph; nothing if since is 0. */
void timing_add(timing_phase ph, long long since);
/* Writes the phases to the CALC_KEY_TIMING file (at exit). */
void timing_report(void);

#endif
