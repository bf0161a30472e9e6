/* Resource ids of the window: dialogs, controls, menus, strings, icon.
 * Pure #defines: the .rc scripts include this file as well as the C code.
 * Ranges (one id means one thing):
 *   100-363   command ids (src/engine/command_ids.h): a keypad button's id
 *             IS its command id, and so are the View menu's mode items
 *   IDD_      dialogs 100+        (resource type DIALOG, its own id space)
 *   IDR_      menus 200+
 *   IDC_      controls 1000+      (IDC_DISPLAY is a public contract: README)
 *   IDS_      strings 2000+ (IDS_CMD_BASE + command id: 3100-3363)
 *   IDM_      menu commands 40000+ */
#ifndef CALC_UI_IDS_H
#define CALC_UI_IDS_H

#include "finance_ids.h"  /* the Finance mode's own ids */

#define IDI_APP                1

#define IDD_MAIN             100
#define IDD_STANDARD         101
#define IDD_SCIENTIFIC       102
#define IDD_PROGRAMMER       103
#define IDD_SHORTCUTS        104
#define IDD_DATE             105  /* Date calculation form (date_panel.c) */
#define IDD_STATISTICS       106  /* statistics keypad and data list (stats_panel.c) */
#define IDD_CONVERTER        107  /* Converter form (converter_panel.c, converter_ids.h) */

#define IDR_MENU             200

/* Main window controls. */
#define IDC_DISPLAY         1000  /* the number; its window text is what it shows */
#define IDC_EXPRESSION      1001  /* expression line above it */
#define IDC_KEYPAD          1002  /* the keypad child dialog of the current mode */
#define IDC_TAB_HISTORY     1010
#define IDC_TAB_MEMORY      1011
#define IDC_HISTORY_LIST    1012
#define IDC_MEMORY_LIST     1013
#define IDC_HISTORY_DELETE  1014
#define IDC_HISTORY_CLEAR   1015
#define IDC_MEMITEM_MR      1016  /* per-item memory buttons act on the selected item */
#define IDC_MEMITEM_MPLUS   1017
#define IDC_MEMITEM_MMINUS  1018
#define IDC_MEMITEM_MC      1019
#define IDC_PANE_EMPTY      1020  /* "There's no history yet" */
#define IDC_SHORTCUTS_TEXT  1030

/* Programmer keypad: the live value rows (the radix buttons are CMD_HEX..CMD_BIN). */
#define IDC_ROW_HEX         1040
#define IDC_ROW_DEC         1041
#define IDC_ROW_OCT         1042
#define IDC_ROW_BIN         1043
#define IDC_SHIFT_KIND      1044  /* "Bit shift" button: opens the shift-kind menu */

/* Date calculation form (date_panel.c). */
#define IDC_DATE_VIEW       1100  /* Difference between dates / Add or subtract days */
#define IDC_DATE_FROM_LABEL 1101
#define IDC_DATE_FROM       1102  /* SysDateTimePick32: From (both views) */
#define IDC_DATE_TO_LABEL   1103
#define IDC_DATE_TO         1104  /* SysDateTimePick32: To (difference) */
#define IDC_DATE_ADD        1105  /* radio buttons (add or subtract) */
#define IDC_DATE_SUBTRACT   1106
#define IDC_DATE_YEARS_LABEL  1107  /* each offset: label, edit, up-down, in that order */
#define IDC_DATE_YEARS      1108
#define IDC_DATE_YEARS_SPIN 1109
#define IDC_DATE_MONTHS_LABEL 1110
#define IDC_DATE_MONTHS     1111
#define IDC_DATE_MONTHS_SPIN 1112
#define IDC_DATE_DAYS_LABEL 1113
#define IDC_DATE_DAYS       1114
#define IDC_DATE_DAYS_SPIN  1115
/* Statistics panel (stats_panel.c): the data list and its own buttons. */
#define IDC_STAT_LIST       1400  /* SysListView32: number and value of each item */
#define IDC_STAT_DELETE_ITEM 1401 /* deletes the selected value (or the last) */
#define IDC_STAT_UNDO       1402  /* brings back the values of the last CAD */
#define IDC_STAT_COPY       1403  /* copies the list, one value per line */

/* Menu commands (the mode items use CMD_STANDARD.. directly). */
#define IDM_HISTORY        40001
#define IDM_MEMORY         40002
#define IDM_TOPMOST        40003
#define IDM_GROUPING       40004
#define IDM_MIXED          40005  /* fraction view as mixed numbers (3 1/7) */
#define IDM_COPY           40010
#define IDM_PASTE          40011
#define IDM_CLEAR_HISTORY  40012
#define IDM_SHORTCUTS      40020
#define IDM_ABOUT          40021
/* Bit shift kinds (programmer), in bitshift.c's order, and the two keys < and >
 * that run the selected kind's left or right command. */
#define IDM_SHIFT_ARITHMETIC  40030
#define IDM_SHIFT_LOGICAL     40031
#define IDM_SHIFT_ROTATE      40032
#define IDM_SHIFT_ROTATE_CARRY 40033
#define IDM_SHIFT_LEFT        40034
#define IDM_SHIFT_RIGHT       40035
/* View > Keep history and memory (persist.h): saved on disk or not. */
#define IDM_KEEP_HISTORY      40050
/* Statistics data list keys (stats_panel.c runs them). */
#define IDM_STAT_DELETE_ITEM  40040
#define IDM_STAT_UNDO         40041
#define IDM_STAT_COPY         40042
/* View > Theme: IDM_THEME_SYSTEM + theme_choice (theme.h). */
#define IDM_THEME_SYSTEM      40060
#define IDM_THEME_LIGHT       40061
#define IDM_THEME_DARK        40062

/* Strings. IDS_ERR_BASE + calc_status is that error's text. */
#define IDS_APP_TITLE       2000
#define IDS_ERR_BASE        2010
#define IDS_ERR_DIV_ZERO    2011
#define IDS_ERR_UNDEFINED   2012
#define IDS_ERR_INVALID     2013
#define IDS_ERR_OVERFLOW    2014
#define IDS_ERR_NOT_DEFINED 2015
#define IDS_ERR_NO_MEMORY   2016
#define IDS_HISTORY         2020
#define IDS_MEMORY          2021
#define IDS_DELETE          2022
#define IDS_CLEAR_HISTORY   2023
#define IDS_NO_HISTORY      2024
#define IDS_NO_MEMORY       2025
#define IDS_MEMITEM_MR      2028
#define IDS_MEMITEM_MPLUS   2029
#define IDS_MEMITEM_MMINUS  2030
#define IDS_MEMITEM_MC      2031
#define IDS_ABOUT_TITLE     2040
#define IDS_ABOUT_TEXT      2041  /* %ls = version */
#define IDS_SHORTCUTS_TITLE 2042
#define IDS_SHORTCUTS_HEAD  2043
#define IDS_OK              2044
#define IDS_KEY_CTRL        2050
#define IDS_KEY_SHIFT       2051
#define IDS_KEY_ALT         2052
#define IDS_KEY_ENTER       2053
#define IDS_KEY_ESC         2054
#define IDS_KEY_DELETE      2055
#define IDS_KEY_BACK        2056
#define IDS_KEY_INSERT      2057
#define IDS_KEY_NUMPAD      2058  /* "Num %ls" */
#define IDS_MODE_STANDARD   2060
#define IDS_MODE_SCIENTIFIC 2061
#define IDS_MODE_PROGRAMMER 2062
#define IDS_CMD_HISTORY     2063  /* names of the menu commands in the shortcut list */
#define IDS_CMD_CLEAR_HIST  2064
#define IDS_CMD_COPY        2065
#define IDS_CMD_PASTE       2066
#define IDS_CMD_SHIFT_LEFT  2067
#define IDS_CMD_SHIFT_RIGHT 2068
#define IDS_BIT_SHIFT       2070  /* the selector's label; IDS_BIT_SHIFT + 1 + kind names each kind */
#define IDS_SHIFT_ARITHMETIC 2071
#define IDS_SHIFT_LOGICAL   2072
#define IDS_SHIFT_ROTATE    2073
#define IDS_SHIFT_ROTATE_CARRY 2074
#define IDS_MODE_DATE       2080
#define IDS_DATE_DIFFERENCE 2081  /* the two views, in the order of the combo box */
#define IDS_DATE_ADD_SUBTRACT 2082
#define IDS_DATE_FROM       2083
#define IDS_DATE_TO         2084
#define IDS_DATE_ADD        2085
#define IDS_DATE_SUBTRACT   2086
#define IDS_DATE_YEARS      2087
#define IDS_DATE_MONTHS     2088
#define IDS_DATE_DAYS       2089
#define IDS_DATE_SAME       2090  /* "Same dates" */
#define IDS_DATE_OUT_OF_RANGE 2091
#define IDS_DATE_LIST_SEP   2092  /* between the units: ", " */
#define IDS_DATE_ZERO_SINGULAR 2093 /* "1" if 0 takes the singular (French), else "0" */
/* IDS_DATE_UNIT_BASE + 2 * unit (+ 1 for the plural): "%ls year", "%ls years" ...
 * units: 0 year, 1 month, 2 week, 3 day. */
#define IDS_DATE_UNIT_BASE  2094
#define IDS_DATE_YEAR_ONE   2094
#define IDS_DATE_YEAR_MANY  2095
#define IDS_DATE_MONTH_ONE  2096
#define IDS_DATE_MONTH_MANY 2097
#define IDS_DATE_WEEK_ONE   2098
#define IDS_DATE_WEEK_MANY  2099
#define IDS_DATE_DAY_ONE    2100
#define IDS_DATE_DAY_MANY   2101
/* Accessible names (access.c, tooltips.c). */
#define IDS_ACC_DISPLAY     2110  /* "Display is %ls" */
#define IDS_ACC_EXPRESSION  2111  /* "Expression: %ls" */
#define IDS_ACC_EXPRESSION_EMPTY 2112
#define IDS_TIP_FORMAT      2116  /* tooltip: "%ls — %ls" (name, key) */
/* Headings of the shortcut list (keymap.c groups): digits and operators,
 * memory, functions, programmer, modes and windows. */
#define IDS_KEYS_GROUP      2120
#define IDS_KEYS_MEMORY     2121
#define IDS_KEYS_FUNCTIONS  2122
#define IDS_KEYS_PROGRAMMER 2123
#define IDS_KEYS_WINDOWS    2124
/* IDS_CMD_BASE + command id: the command's name (accessible name of its
 * button, its line in the shortcut list), 3100-3363. */
#define IDS_CMD_BASE        3000
/* Statistics (stats_panel.c, stats_store.c). */
#define IDS_MODE_STATISTICS 2300
#define IDS_STAT_COL_INDEX  2301  /* list view column headers */
#define IDS_STAT_COL_VALUE  2302
#define IDS_STAT_LIST_NAME  2303  /* accessible name of the list view */
#define IDS_STAT_DELETE_ITEM 2304 /* the buttons' labels, also in the shortcut list */
#define IDS_STAT_UNDO       2305
#define IDS_STAT_COPY       2306
#define IDS_STAT_FILE_DAMAGED 2307 /* said once when statistics.txt could not be read whole */
/* Keys whose labels are words, not symbols: each language's label. */
#define IDS_STAT_KEY_ADD    2310
#define IDS_STAT_KEY_DELETE 2311
#define IDS_STAT_KEY_CAD    2312
#define IDS_STAT_KEY_MEDIAN 2313
#define IDS_STAT_KEY_MIN    2314
#define IDS_STAT_KEY_MAX    2315
#define IDS_MODE_CONVERTER  2109  /* the converter's other ids: converter_ids.h */

/* Saved state (persist.c, settings.c). */
#define IDS_STORE_DAMAGED   2130  /* a damaged file or value was read: said once */

#endif
