/* The amortization table (tableau d'amortissement) of a loan: a modal dialog
 * with the schedule in a report list view, by month or by year, a small
 * chart of interest against principal (finance_chart.h), the totals, and Copy
 * (also Ctrl+C in the list), which puts the table on the clipboard as
 * tab-separated text with a header row, amounts with two decimals and the
 * locale's decimal separator, as a spreadsheet pastes it. The rows are the
 * engine's (fin_amort_schedule); the yearly rows are their exact sums. */
#ifndef CALC_FINANCE_TABLE_H
#define CALC_FINANCE_TABLE_H

#include <windows.h>

#include "finance_sections.h"

/* Shows the table of loan l over owner until the user closes it. */
void fin_table_show(HINSTANCE inst, HWND owner, const fin_schedule_loan *l, const fin_look *look);

/* Window helpers of the form and the table: adds strings first ..
 * first + count - 1 to combo box id of dlg and selects item sel; sets the
 * texts of controls first_id .. first_id + count - 1 to strings first ... */
void fin_combo_fill(HWND dlg, int id, UINT first, int count, int sel);
void fin_set_texts(HWND dlg, int first_id, UINT first, int count);

/* The schedule in memory: one row per month (or period), or per year; its
 * amounts in the order of the table's columns after the period. */
typedef enum fin_amount { FIN_AMT_PAYMENT, FIN_AMT_INTEREST, FIN_AMT_PRINCIPAL, FIN_AMT_BALANCE, FIN_AMOUNTS } fin_amount;
typedef struct fin_table_row {
    long period;     /* 1-based month or year */
    char amount[FIN_AMOUNTS][FIN_TEXT_MAX];
} fin_table_row;

#endif
