/* Results of engine operations: errors are values, never crashes. */
#ifndef CALC_STATUS_H
#define CALC_STATUS_H

typedef enum calc_status {
    CALC_OK = 0,
    CALC_ERR_DIV_ZERO,     /* "Cannot divide by zero" */
    CALC_ERR_UNDEFINED,    /* "Result is undefined"   */
    CALC_ERR_INVALID,      /* "Invalid input"         */
    CALC_ERR_OVERFLOW,     /* "Overflow"              */
    CALC_ERR_NOT_DEFINED,  /* "Result not defined" (programmer shifts) */
    CALC_ERR_NO_MEMORY     /* "Not enough memory"     */
} calc_status;

/* English text shown on the display for an error (front ends translate by status). */
const char *calc_status_text(calc_status s);

#endif
