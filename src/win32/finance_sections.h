/* The sections of the Finance form, as a table (finance_sections.c): Loan,
 * Savings, Investment and the full TVM form. Each section says its fields
 * (label, kind, whether it may be the one computed, whether it may stay
 * empty) and computes its results from the typed texts with the finance
 * engine (calc_finance.h). The rule a person learns once: fill every field
 * but the one to compute, leave that one empty, press Enter. This file knows
 * no window: finance_panel.c shows the fields and the outcome. */
#ifndef CALC_FINANCE_SECTIONS_H
#define CALC_FINANCE_SECTIONS_H

#include <windows.h>
#include <stdbool.h>

#include "finance_ids.h"
#include "finance_text.h"

typedef enum fin_section {
    FIN_SEC_LOAN = 0, FIN_SEC_SAVINGS, FIN_SEC_INVESTMENT, FIN_SEC_TVM, FIN_SECTIONS
} fin_section;

typedef enum fin_kind {
    FK_MONEY,   /* an amount: shown with two decimals and the currency */
    FK_RATE,    /* a percentage: every digit */
    FK_NUMBER,  /* a count or a TVM value: every digit */
    FK_FLOWS    /* cash flows "-1000; 300x3; 500" */
} fin_kind;

/* Bit-fields: the table is static data. */
typedef struct fin_field_def {
    unsigned label : 12;    /* IDS_FIN_* */
    unsigned kind : 2;      /* fin_kind */
    unsigned solvable : 1;  /* may be the empty field that is computed */
    unsigned optional : 1;  /* may stay empty (then 0, or the section's default) */
    unsigned tvm_field : 3; /* the field of the TVM equation it gives, and how */
    unsigned tvm_how : 3;   /* (finance_sections.c) */
} fin_field_def;

/* A section's name is string IDS_FIN_SECTION_BASE + its fin_section. */
typedef struct fin_section_def {
    signed char count;              /* fields used, <= FIN_ROWS */
    signed char unit_row;           /* row with the years/months chooser, or -1 */
    signed char default_solve;      /* computed when no field is empty, or -1 */
    bool begin;                     /* has the "payments at the beginning" box */
    bool schedule;                  /* has the amortization table */
    fin_field_def fields[FIN_ROWS];
} fin_section_def;

const fin_section_def *fin_section_at(fin_section s);
/* What to do in it, in a sentence (IDS_FIN_HINT...). */
UINT fin_section_hint(const fin_section_def *def);

/* How results are shown: the user's number format and currency. */
typedef struct fin_look {
    const numfmt *num;
    const fin_money_fmt *money;
} fin_look;

/* What the user typed in one section. */
typedef struct fin_typed {
    const wchar_t *text[FIN_ROWS];  /* every row's edit text ("" if unused) */
    bool months;                    /* the duration is in months (else years) */
    bool begin;                     /* payments at the beginning of each period */
    int last_solved;                /* row computed last time, or -1 */
} fin_typed;

/* A loan for the amortization table: engine texts by fin_field (FIN_N ..
 * FIN_FV, fv unused), then payments per year, and the fin_loan of
 * fin_amort_schedule pointing into them (pmt or n NULL when it is solved
 * from the other), so that it is not to be copied. */
#define FIN_LOAN_PPY (FIN_FV + 1)
typedef struct fin_schedule_loan {
    char text[FIN_LOAN_PPY + 1][FIN_TEXT_MAX];
    fin_loan engine;
} fin_schedule_loan;

#define FIN_NOTE_MAX 128
#define FIN_RESULTS_MAX 2048

/* Everything a computation says. */
typedef struct fin_outcome {
    wchar_t note[FIN_ROWS][FIN_NOTE_MAX]; /* next to each field: an error, or "= value" */
    bool note_error[FIN_ROWS];
    wchar_t results[FIN_RESULTS_MAX];     /* "label: value" lines (CRLF) */
    wchar_t main[FIN_NOTE_MAX];           /* the main result (display, Ctrl+C) */
    wchar_t main_name[FIN_NOTE_MAX];      /* what it is (expression line) */
    int solved;                           /* row computed, or -1 */
    bool ok;
    bool has_loan;                        /* loan below is the one computed */
    fin_schedule_loan loan;
} fin_outcome;

/* Reads and checks every field of section s, computes the empty one (or the
 * last computed, or the default) and fills *out. Never fails: invalid fields
 * get a note in words and main says "Invalid input". */
void fin_section_compute(fin_section s, const fin_typed *in, const fin_look *look, fin_outcome *out);

#endif
