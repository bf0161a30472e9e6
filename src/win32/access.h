/* Narrator and other assistive technology: MSAA annotations through
 * IAccPropServices (oleacc.dll, loaded by COM; nothing is linked). The display
 * is a live region (polite while typing, assertive for results and errors)
 * named "Display is 1,234.5", the expression line has its own name, and keys
 * carry their keyboard shortcut. Every call is harmless where the service is
 * missing: the window then keeps the controls' own names (their texts).
 *
 * Test seam: the display's window properties "CalculatriceLiveEvents" (how many
 * EVENT_OBJECT_LIVEREGIONCHANGED were raised) and "CalculatriceLiveSetting"
 * (1 polite, 2 assertive), and on every annotated control the global atoms
 * "CalculatriceAccName" and "CalculatriceAccKey" (the annotations' texts), let
 * the GUI tests check what Wine's oleacc cannot read back. */
#ifndef CALC_ACCESS_H
#define CALC_ACCESS_H

#include <windows.h>
#include <stdbool.h>

/* The command that changes the display next: typing (digits, editing) is
 * announced politely, anything else (results) assertively. */
void access_note_command(int command_id);
/* After each refresh: text is what the display shows, error if it is an error
 * message. Names the display; raises the live-region event if text changed. */
void access_display(HWND display, const wchar_t *text, bool error);
/* The expression line's name: "Expression: 1 + 2 =" (its text stays the expression). */
void access_expression(HWND line, const wchar_t *text);
/* The accessible keyboard shortcut of a key ("Ctrl+M"); nothing if key is empty. */
void access_key(HWND button, const wchar_t *key);
/* Removes the annotations of hwnd (before it is destroyed). */
void access_forget(HWND hwnd);
/* Releases the service (the window is gone). */
void access_shutdown(void);

#endif
