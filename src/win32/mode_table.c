/* The window's mode table (mode_table.h). */
#include <windows.h>

#include "command_ids.h"
#include "mode_table.h"
#include "panel.h"
#include "ui_ids.h"

#define ALT(k) { FVIRTKEY | FALT, (k) }
#define CTRL(k) { FVIRTKEY | FCONTROL, (k) }

static const mode_row MODES[] = {
    { CALC_STANDARD, CMD_STANDARD, PANEL_KEYPAD, &keypad_panel, IDD_STANDARD, IDS_MODE_STANDARD,
      { ALT('1') }, PANES_HISTORY_MEMORY, false, L"HistoryStandard" },
    { CALC_SCIENTIFIC, CMD_SCIENTIFIC, PANEL_KEYPAD, &keypad_panel, IDD_SCIENTIFIC, IDS_MODE_SCIENTIFIC,
      { ALT('2') }, PANES_HISTORY_MEMORY, false, L"HistoryScientific" },
    /* Alt+4 is Windows Calculator's own programmer key (Alt+3 is graphing there). */
    { CALC_PROGRAMMER, CMD_PROGRAMMER, PANEL_KEYPAD, &keypad_panel, IDD_PROGRAMMER, IDS_MODE_PROGRAMMER,
      { ALT('3'), ALT('4') }, PANES_MEMORY, true, NULL },
    /* Ctrl+U as Windows 7 (in scientific mode Ctrl+U stays sech, which comes first); Alt+6 after Date's Alt+5. */
    { CALC_CONVERTER, CMD_CONVERTER, PANEL_FORM, &converter_panel, IDD_CONVERTER, IDS_MODE_CONVERTER,
      { CTRL('U'), ALT('6') }, PANES_NONE, false, NULL },
};

#define N_MODES ((int)(sizeof MODES / sizeof MODES[0]))

int mode_count(void) { return N_MODES; }

const mode_row *mode_at(int index) { return index >= 0 && index < N_MODES ? &MODES[index] : NULL; }

const mode_row *mode_find(calc_mode m)
{
    for (int i = 0; i < N_MODES; i++)
        if (MODES[i].mode == m) return &MODES[i];
    return NULL;
}

const mode_row *mode_by_command(int command_id)
{
    for (int i = 0; i < N_MODES; i++)
        if (MODES[i].command == command_id) return &MODES[i];
    return NULL;
}

const mode_row *mode_or_default(calc_mode m)
{
    const mode_row *r = mode_find(m);
    return r ? r : &MODES[0];
}

int mode_first_command(void)
{
    int c = MODES[0].command;
    for (int i = 1; i < N_MODES; i++)
        if (MODES[i].command < c) c = MODES[i].command;
    return c;
}

int mode_last_command(void)
{
    int c = MODES[0].command;
    for (int i = 1; i < N_MODES; i++)
        if (MODES[i].command > c) c = MODES[i].command;
    return c;
}
