/* The window's mode table (mode_table.h). */
#include <windows.h>

#include "command_ids.h"
#include "mode_table.h"
#include "panel.h"
#include "ui_ids.h"

#define ALT(k) { FVIRTKEY | FALT, (k) }
#define CTRL(k) { FVIRTKEY | FCONTROL, (k) }

/* mode, panel, template, name, shortcuts, radix display, saved history */
static mode_row ROWS[] = {
    { CALC_STANDARD, &keypad_panel, IDD_STANDARD, IDS_MODE_STANDARD, { ALT('1') }, false, L"HistoryStandard", 0, 0, 0 },
    { CALC_SCIENTIFIC, &keypad_panel, IDD_SCIENTIFIC, IDS_MODE_SCIENTIFIC, { ALT('2') }, false, L"HistoryScientific", 0, 0, 0 },
    /* Alt+4 is Windows Calculator's own programmer key (Alt+3 is graphing there). */
    { CALC_PROGRAMMER, &keypad_panel, IDD_PROGRAMMER, IDS_MODE_PROGRAMMER, { ALT('3'), ALT('4') }, true, NULL, 0, 0, 0 },
    /* Alt+5 as Windows 10 and later, Ctrl+E as Windows 7. */
    { CALC_DATE, &date_panel, IDD_DATE, IDS_MODE_DATE, { ALT('5'), CTRL('E') }, false, NULL, 0, 0, 0 },
    /* Windows 7's statistics key (Alt+3) is programmer's here; Alt+8 follows
     * the other modes (Date Alt+5, converter Alt+6, finance Alt+7). */
    { CALC_STATISTICS, &stats_panel, IDD_STATISTICS, IDS_MODE_STATISTICS, { ALT('8') }, false, NULL, 0, 0, 0 },
};

#define N_ROWS ((int)(sizeof ROWS / sizeof ROWS[0]))

/* The rows the engine also has, in the window's order, completed from its rows. */
static const mode_row *g_modes[N_ROWS];
static int g_count = -1;

static void complete(void)
{
    if (g_count >= 0) return;
    g_count = 0;
    for (int i = 0; i < N_ROWS; i++) {
        const calc_mode_info *e = calc_mode_by_id(ROWS[i].mode);
        if (!e) continue;
        ROWS[i].command = e->command;
        ROWS[i].keypad = e->kind == CALC_MODE_KEYPAD;
        ROWS[i].panes = !ROWS[i].keypad ? PANES_NONE : e->history_slot >= 0 ? PANES_HISTORY_MEMORY : PANES_MEMORY;
        g_modes[g_count++] = &ROWS[i];
    }
}

int mode_count(void)
{
    complete();
    return g_count;
}

const mode_row *mode_at(int index)
{
    complete();
    return index >= 0 && index < g_count ? g_modes[index] : NULL;
}

const mode_row *mode_find(calc_mode m)
{
    complete();
    for (int i = 0; i < g_count; i++)
        if (g_modes[i]->mode == m) return g_modes[i];
    return NULL;
}

const mode_row *mode_window_row(calc_mode m)
{
    for (int i = 0; i < N_ROWS; i++)
        if (ROWS[i].mode == m) return &ROWS[i];
    return NULL;
}

const mode_row *mode_by_command(int command_id)
{
    complete();
    for (int i = 0; i < g_count; i++)
        if (g_modes[i]->command == command_id) return g_modes[i];
    return NULL;
}

const mode_row *mode_or_default(calc_mode m)
{
    const mode_row *r = mode_find(m);
    return r ? r : mode_at(0);
}

int mode_first_command(void)
{
    int c = mode_at(0)->command;
    for (int i = 1; i < mode_count(); i++)
        if (mode_at(i)->command < c) c = mode_at(i)->command;
    return c;
}

int mode_last_command(void)
{
    int c = mode_at(0)->command;
    for (int i = 1; i < mode_count(); i++)
        if (mode_at(i)->command > c) c = mode_at(i)->command;
    return c;
}
