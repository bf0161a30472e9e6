/* Resource ids of the Finance mode (finance_panel.c, finance_table.c), kept
 * apart from ui_ids.h (which includes this file) so that the other modes'
 * rows never touch the same lines. Pure #defines, for the .rc scripts too.
 * Ranges: dialogs 110-119, controls 1300-1399, strings 2400-2599. Some runs
 * are walked by adding to the first id (the box and buttons with their
 * strings, the loan's result names, the table's column titles): the .c files
 * check them with _Static_assert. */
#ifndef CALC_FINANCE_IDS_H
#define CALC_FINANCE_IDS_H

#define IDD_FINANCE          110  /* the Finance form (finance_panel.c) */
#define IDD_FIN_SCHEDULE     111  /* the amortization table (finance_table.c) */

/* The form: the section chooser, then FIN_ROWS rows of label, edit and note
 * (IDC_FIN_LABEL0 + i ...), the duration unit, begin/end, the buttons and the
 * results. Tab order: section, the edits in row order, unit, begin, Compute,
 * Amortization table, results. */
#define FIN_ROWS 7
#define IDC_FIN_SECTION     1300  /* combo: Loan, Savings, Investment, TVM */
#define IDC_FIN_LABEL0      1310  /* .. 1316 */
#define IDC_FIN_EDIT0       1320  /* .. 1326 */
#define IDC_FIN_NOTE0       1330  /* .. 1336: "Not a number", "= 1 159,92 €" */
#define IDC_FIN_UNIT        1340  /* combo next to the duration: years / months */
#define IDC_FIN_BEGIN       1341  /* check box: payments at the beginning of each period */
#define IDC_FIN_COMPUTE     1342  /* push button; also Enter (key map) */
#define IDC_FIN_SCHEDULE    1343  /* push button: opens the amortization table */
#define IDC_FIN_RESULTS     1344  /* read-only multi-line edit: every result, selectable */

/* The amortization table dialog. */
#define IDC_FIN_BY          1350  /* combo: by month / by year */
#define IDC_FIN_LIST        1351  /* list view, report style */
#define IDC_FIN_CHART       1352  /* owner-drawn static: interest vs principal */
#define IDC_FIN_COPY        1353  /* copies the table as tab-separated text */
#define IDC_FIN_TOTALS      1354  /* static: totals under the list */

/* Strings. */
#define IDS_MODE_FINANCE        2400
#define IDS_FIN_SECTION_BASE    2401  /* + section: Loan, Savings, Investment, TVM */
#define IDS_FIN_LOAN            2401
#define IDS_FIN_SAVINGS         2402
#define IDS_FIN_INVESTMENT      2403
#define IDS_FIN_TVM             2404
/* field labels */
#define IDS_FIN_CAPITAL         2410
#define IDS_FIN_RATE            2411  /* "Annual rate (%)" */
#define IDS_FIN_DURATION        2412
#define IDS_FIN_PAYMENT         2413  /* "Monthly payment" */
#define IDS_FIN_INSURANCE       2414  /* "Insurance per month" */
#define IDS_FIN_FEES            2415  /* "Fees" */
#define IDS_FIN_INITIAL         2416
#define IDS_FIN_DEPOSIT         2417
#define IDS_FIN_YEARS           2418
#define IDS_FIN_FINAL           2419  /* "Final amount / target" */
#define IDS_FIN_DISCOUNT        2420  /* "Discount rate per period (%)" */
#define IDS_FIN_FLOWS           2421  /* "Cash flows CF0; CF1; ... (300x3 repeats)" */
#define IDS_FIN_N               2422
#define IDS_FIN_TVM_RATE        2423
#define IDS_FIN_PV              2424
#define IDS_FIN_PMT             2425
#define IDS_FIN_FV              2426
#define IDS_FIN_PPY             2427
#define IDS_FIN_UNIT_YEARS      2430
#define IDS_FIN_UNIT_MONTHS     2431
#define IDS_FIN_BEGIN           2432
#define IDS_FIN_COMPUTE         2433
#define IDS_FIN_KEY_COMPUTE     2435  /* in the shortcut list */
#define IDS_FIN_SCHEDULE        2434  /* "&Amortization table..." */
/* notes next to a field */
#define IDS_FIN_NOT_NUMBER      2440
#define IDS_FIN_REQUIRED        2441  /* a value is needed */
#define IDS_FIN_ONE_EMPTY       2442  /* several empty: leave only the one to compute */
#define IDS_FIN_NO_SOLUTION     2443
#define IDS_FIN_OUT_OF_RANGE    2444
#define IDS_FIN_COMPUTED        2445  /* "= %ls" */
#define IDS_FIN_HINT            2446  /* "Leave empty the field to compute, then Enter." */
#define IDS_FIN_HINT_NONE       2438  /* a section with no field to compute */
#define IDS_FIN_BAD_FLOWS       2447
#define IDS_FIN_FLOWS_HINT      2439  /* under the cash flows: how to write them */
#define IDS_FIN_OPTIONAL        2449  /* under an optional field left empty */
#define IDS_FIN_PERCENT         2448  /* "%ls%%" (en), "%ls %%" with a no-break space (fr) */
/* result lines: "label: value" */
#define IDS_FIN_R_PAYMENT       2450
#define IDS_FIN_R_PAYMENT_INS   2451
#define IDS_FIN_R_PERIODS       2452
#define IDS_FIN_R_INTEREST      2453
#define IDS_FIN_R_INSURANCE     2454
#define IDS_FIN_R_FEES          2455
#define IDS_FIN_R_COST          2456  /* "Total cost of credit" */
#define IDS_FIN_R_REPAID        2457
#define IDS_FIN_R_TAEG          2458
#define IDS_FIN_R_CAPITAL       2459
#define IDS_FIN_R_RATE          2460
#define IDS_FIN_R_DURATION      2461
#define IDS_FIN_R_FINAL         2462
#define IDS_FIN_R_DEPOSIT       2463
#define IDS_FIN_R_DEPOSITED     2464
#define IDS_FIN_R_EARNED        2465
#define IDS_FIN_R_NPV           2466
#define IDS_FIN_R_IRR           2467
#define IDS_FIN_R_N             2468
#define IDS_FIN_R_PV            2469
#define IDS_FIN_R_PMT           2470
#define IDS_FIN_R_FV            2471
#define IDS_FIN_R_YEARS_OF      2472  /* "%ls months (%ls years)" */
#define IDS_FIN_R_YEARS_ONLY    2473  /* "%ls years" */
#define IDS_FIN_R_MONTHS_ONLY   2474  /* "%ls months" */
/* the amortization table */
#define IDS_FIN_SCHED_TITLE     2480
#define IDS_FIN_BY_MONTH        2481
#define IDS_FIN_BY_YEAR         2482
#define IDS_FIN_COL_MONTH       2483
#define IDS_FIN_COL_YEAR        2484
#define IDS_FIN_COL_PAYMENT     2485
#define IDS_FIN_COL_INTEREST    2486
#define IDS_FIN_COL_PRINCIPAL   2487
#define IDS_FIN_COL_BALANCE     2488
#define IDS_FIN_COPY            2489
#define IDS_FIN_CLOSE           2490
#define IDS_FIN_TOTALS          2491  /* "Total: %ls paid, %ls interest, %ls principal" */
#define IDS_FIN_TOO_LONG        2492
#define IDS_FIN_SCHED_NONE      2493  /* "Compute a loan first" */

#endif
