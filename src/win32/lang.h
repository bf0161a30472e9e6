/* The UI language: French for any fr-* user UI language, English otherwise.
 * Strings and the menu are loaded explicitly in that language (respack_find:
 * the exe keeps them packed, respack.h),
 * so the choice does not depend on the thread's resource lookup rules. */
#ifndef CALC_LANG_H
#define CALC_LANG_H

#include <windows.h>
#include <stdbool.h>

void lang_init(HINSTANCE inst);
bool lang_is_french(void);
LANGID lang_id(void);

/* Copies string id into buf (NUL-terminated); falls back to English, then "". */
const wchar_t *lang_string(UINT id, wchar_t *buf, int cap);
/* The main menu in the UI language (the caller owns it). */
HMENU lang_menu(void);
/* A command's name in the UI language (IDS_CMD_BASE + id), into buf; "" if
 * command_id is not a command. */
const wchar_t *lang_command_name(int command_id, wchar_t *buf, int cap);

#endif
