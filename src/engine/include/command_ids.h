/* Command ids: one number per user action, shared by every front end.
 * Pure #defines so that windres can include this file from the .rc scripts:
 * a button's control id IS its command id (DESIGN.md, "One command table").
 * Token names and metadata live in commands.c; keep both in step. */
#ifndef CALC_COMMAND_IDS_H
#define CALC_COMMAND_IDS_H

/* Digits 0-9 then hex A-F are consecutive: CMD_DIGIT_0 + v is digit v. */
#define CMD_DIGIT_0   100
#define CMD_DIGIT_1   101
#define CMD_DIGIT_2   102
#define CMD_DIGIT_3   103
#define CMD_DIGIT_4   104
#define CMD_DIGIT_5   105
#define CMD_DIGIT_6   106
#define CMD_DIGIT_7   107
#define CMD_DIGIT_8   108
#define CMD_DIGIT_9   109
#define CMD_DIGIT_A   110
#define CMD_DIGIT_B   111
#define CMD_DIGIT_C   112
#define CMD_DIGIT_D   113
#define CMD_DIGIT_E   114
#define CMD_DIGIT_F   115

#define CMD_DECIMAL   116  /* "."    */
#define CMD_NEGATE    117  /* "neg"  */

#define CMD_ADD       120  /* "+"    */
#define CMD_SUB       121  /* "-"    */
#define CMD_MUL       122  /* "*"    */
#define CMD_DIV       123  /* "/"    */
#define CMD_EQUALS    124  /* "="    */
#define CMD_PERCENT   125  /* "%"    */
#define CMD_MOD       126  /* "mod"  */
#define CMD_LPAREN    127  /* "("    */
#define CMD_RPAREN    128  /* ")"    */
#define CMD_BACK      129  /* "back" */
#define CMD_CE        130  /* "ce"   */
#define CMD_CLEAR     131  /* "clear" */

#define CMD_SQRT      140
#define CMD_SQR       141
#define CMD_CUBE      142
#define CMD_RECIP     143
#define CMD_POW       144  /* binary x^y      */
#define CMD_ROOT      145  /* binary y-th root */
#define CMD_POW10     146
#define CMD_EXP       147  /* e^x              */
#define CMD_LN        148
#define CMD_LOG       149
#define CMD_FACT      150
#define CMD_ABS       151
#define CMD_FLOOR     152
#define CMD_CEIL      153
#define CMD_PI        154
#define CMD_EULER     155
#define CMD_CUBEROOT  156
#define CMD_POW2      157
#define CMD_LOGY      158  /* binary log base y */
#define CMD_RAND      159

#define CMD_SIN       160
#define CMD_COS       161
#define CMD_TAN       162
#define CMD_ASIN      163
#define CMD_ACOS      164
#define CMD_ATAN      165
#define CMD_SINH      166
#define CMD_COSH      167
#define CMD_TANH      168
#define CMD_ASINH     169
#define CMD_ACOSH     170
#define CMD_ATANH     171
#define CMD_SEC       172
#define CMD_CSC       173
#define CMD_COT       174
#define CMD_ASEC      175
#define CMD_ACSC      176
#define CMD_ACOT      177
#define CMD_SECH      178
#define CMD_CSCH      179
#define CMD_COTH      180
#define CMD_ASECH     181
#define CMD_ACSCH     182
#define CMD_ACOTH     183

#define CMD_DEG       190
#define CMD_RAD       191
#define CMD_GRAD      192
#define CMD_EE        193  /* exponent entry ("Exp") */
#define CMD_FE        194  /* fixed/exponential display toggle */
#define CMD_DMS       195  /* to degrees-minutes-seconds */
#define CMD_DEGREES   196  /* from degrees-minutes-seconds */

#define CMD_MS        200
#define CMD_MR        201
#define CMD_MC        202
#define CMD_MPLUS     203
#define CMD_MMINUS    204

#define CMD_STANDARD   210
#define CMD_SCIENTIFIC 211
#define CMD_PROGRAMMER 212
#define CMD_DATE       213  /* date calculation (a form, no keypad) */
#define CMD_STATISTICS 214  /* statistics (a keypad with a data list) */

#define CMD_HEX       220
#define CMD_DEC       221
#define CMD_OCT       222
#define CMD_BIN       223
#define CMD_QWORD     224
#define CMD_DWORD     225
#define CMD_WORD      226
#define CMD_BYTE      227

#define CMD_AND       230
#define CMD_OR        231
#define CMD_XOR       232
#define CMD_NOT       233
#define CMD_NAND      234
#define CMD_NOR       235
#define CMD_LSH       236  /* arithmetic left shift  */
#define CMD_RSH       237  /* arithmetic right shift */
#define CMD_RSHL      238  /* logical right shift    */
#define CMD_ROL       239
#define CMD_ROR       240
#define CMD_ROLC      241  /* rotate through carry */
#define CMD_RORC      242

/* Statistics mode (DESIGN.md Contract 4): the data list keys, then the
 * statistics, in calc_stats.h's stats_kind order from CMD_STAT_COUNT. */
#define CMD_STAT_ADD    250  /* "add": append the displayed value */
#define CMD_STAT_DELETE 251  /* "delete": remove the last value */
#define CMD_STAT_CAD    252  /* "cad": clear all data */
#define CMD_STAT_COUNT  253  /* "count"  n        */
#define CMD_STAT_SUM    254  /* "sum"    Σx       */
#define CMD_STAT_SUMSQ  255  /* "sumsq"  Σx²      */
#define CMD_STAT_MEAN   256  /* "mean"   x̄        */
#define CMD_STAT_MEANSQ 257  /* "meansq" x̄²       */
#define CMD_STAT_SDEV   258  /* "sdev"   σₙ₋₁     */
#define CMD_STAT_PSDEV  259  /* "psdev"  σₙ       */
#define CMD_STAT_VAR    260  /* "var"    σₙ₋₁²    */
#define CMD_STAT_PVAR   261  /* "pvar"   σₙ²      */
#define CMD_STAT_MEDIAN 262  /* "median"          */
#define CMD_STAT_MIN    263  /* "min"             */
#define CMD_STAT_MAX    264  /* "max"             */

/* CMD_BIT_0 + n toggles bit n (programmer), n = 0..63. */
#define CMD_BIT_0     300
#define CMD_BIT_63    363

#define CMD_FIRST     100
#define CMD_LAST      363

#endif
