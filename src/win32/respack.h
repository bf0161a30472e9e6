/* The window's strings, dialogs and menus, packed at build time into one
 * compressed RCDATA resource (scripts/pack_resources.py, which reads the id
 * below from this file) and unpacked here on first use. The .rc files stay as
 * they are; only the exe's resource section changes.
 * Not thread-safe: the window has one UI thread, which alone calls these. */
#ifndef CALC_RESPACK_H
#define CALC_RESPACK_H

#include <windows.h>

/* The RT_RCDATA id of the packed blob. */
#define RESPACK_RCDATA_ID 1

/* respack_find(module, type, id, lang, size) -> the resource's bytes, or NULL.
 * type is RT_STRING, RT_DIALOG or RT_MENU (as a number), id its number (a
 * string block's is string id / 16 + 1), lang an exact language (no fallback).
 * The first call for a module unpacks its blob once into one heap buffer that
 * lives until the process ends (4-byte aligned entries; read-only for the
 * caller). A missing or damaged blob makes every lookup NULL, never a crash.
 * *size (may be NULL) gets the byte count. Up to 4 modules are kept unpacked,
 * by handle: a module freed and another loaded at the same address would get
 * the old contents (the exe only ever asks about itself). */
const void *respack_find(HMODULE module, WORD type, WORD id, WORD lang, DWORD *size);

/* respack_count(module) -> how many resources the module's blob holds (0 if
 * it has none or it is damaged); respack_entry(module, i, &type, &id, &lang)
 * -> whether entry i exists, with its key. For the tests that walk them. */
unsigned respack_count(HMODULE module);
BOOL respack_entry(HMODULE module, unsigned i, WORD *type, WORD *id, WORD *lang);

/* respack_dialog(inst, id, parent, proc, param) -> CreateDialogIndirectParamW
 * of dialog template id; respack_dialog_box: the same with
 * DialogBoxIndirectParamW (-1 when the template is missing). The template is
 * looked up as FindResource would: language neutral, then the thread's UI
 * language, then any language. */
HWND respack_dialog(HINSTANCE inst, WORD id, HWND parent, DLGPROC proc, LPARAM param);
INT_PTR respack_dialog_box(HINSTANCE inst, WORD id, HWND parent, DLGPROC proc, LPARAM param);

#endif
