/* The keyboard map: one table of (key, modifiers) -> command, per mode. It is
 * turned into an accelerator table per mode, which the message loop applies
 * before IsDialogMessage (so Enter is "=" and Esc is "C" whatever has the focus,
 * and no key presses the focused button). The Help > Keyboard shortcuts text is
 * made from the same table. */
#ifndef CALC_KEYMAP_H
#define CALC_KEYMAP_H

#include <windows.h>
#include <stdbool.h>
#include <stddef.h>

#include "calc.h"

typedef struct key_binding {
    unsigned char virt;      /* FVIRTKEY|FSHIFT|FCONTROL|FALT, or 0 for a typed character */
    unsigned short key;      /* virtual-key code, or the character */
    unsigned short command;  /* command id (command_ids.h) or menu command (IDM_*) */
    unsigned short modes;    /* 1 << calc_mode bits, or KEYS_IN_KEYPADS / KEYS_IN_ANY */
} key_binding;

#define KEYS_IN_KEYPADS 0x4000u  /* every mode whose panel is a keypad */
#define KEYS_IN_ANY     0x8000u  /* every mode (mode keys, Copy, Help) */

/* The bindings: the table of keymap.c, then each mode's shortcuts (mode table). */
int keymap_count(void);
/* Binding index into *out; false if there is none at that index. */
bool keymap_at(int index, key_binding *out);
/* True if binding b works in mode m. */
bool keymap_works_in(const key_binding *b, calc_mode m);
/* Accelerator table of mode m (caller destroys it). */
HACCEL keymap_accelerators(calc_mode m);
/* "Ctrl+Shift+S", "Num +", "F9", "%" in the UI language. */
void keymap_key_text(const key_binding *b, wchar_t *out, size_t cap);
/* The key text of the first binding that runs command in mode m ("Ctrl+M",
 * "@"); false (out empty) if no key does. Tooltips and accessible shortcuts. */
bool keymap_key_for(int command, calc_mode m, wchar_t *out, size_t cap);
/* The whole shortcut list, one "key<TAB>action" line per binding (CRLF). */
wchar_t *keymap_help_text(void); /* HeapFree it */

#endif
