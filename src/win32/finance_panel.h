/* The Finance form (panel.h: finance_panel): a section chooser (Loan,
 * Savings, Investment, TVM; finance_sections.h), the section's fields with a
 * note in words next to each (an error, or the computed value), Compute
 * (Enter) and the results. Contract 2: the display (control 1000) shows the
 * section's main result (the monthly payment of a loan, the final amount of
 * savings, the NPV or else the IRR of an investment, the computed TVM value),
 * the expression line says what it is, Ctrl+C copies it. */
#ifndef CALC_FINANCE_PANEL_H
#define CALC_FINANCE_PANEL_H

#include "panel.h"

extern const panel_ops finance_panel;

#endif
