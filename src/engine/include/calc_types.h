/* calc_types: the small enums every layer of the engine and every front end
 * shares (mode, radix, word size, angle unit, status). A leaf: it includes
 * nothing, so the lowest layer (numbers) can use it without seeing calc.h. */
#ifndef CALC_CALC_TYPES_H
#define CALC_CALC_TYPES_H

/* Modes; the numbers are fixed (settings, tables; 5-6 are kept for the
 * converter and finance). calc_modes.h describes each one; code that needs
 * the list of modes walks that table. */
typedef enum calc_mode {
    CALC_STANDARD = 0,
    CALC_SCIENTIFIC = 1,
    CALC_PROGRAMMER = 2,
    CALC_DATE = 3,
    CALC_STATISTICS = 4
} calc_mode;

typedef enum calc_radix { RADIX_HEX = 16, RADIX_DEC = 10, RADIX_OCT = 8, RADIX_BIN = 2 } calc_radix;
typedef enum calc_word { WORD_QWORD = 64, WORD_DWORD = 32, WORD_WORD = 16, WORD_BYTE = 8 } calc_word;

/* Angle unit of trig arguments and of inverse-trig results. */
typedef enum angle_unit { ANGLE_DEG = 0, ANGLE_RAD = 1, ANGLE_GRAD = 2 } angle_unit;

/* Results of engine operations: errors are values, never crashes. */
typedef enum calc_status {
    CALC_OK = 0,
    CALC_ERR_DIV_ZERO,     /* "Cannot divide by zero" */
    CALC_ERR_UNDEFINED,    /* "Result is undefined"   */
    CALC_ERR_INVALID,      /* "Invalid input"         */
    CALC_ERR_OVERFLOW,     /* "Overflow"              */
    CALC_ERR_NOT_DEFINED,  /* "Result not defined" (programmer shifts) */
    CALC_ERR_NO_MEMORY     /* "Not enough memory"     */
} calc_status;

/* Enough for any programmer text: 64 binary digits padded and grouped
 * (64 + 15 spaces), a sign and the NUL. */
#define CALC_PROG_TEXT_MAX 96

#endif
