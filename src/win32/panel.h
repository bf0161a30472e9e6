/* A panel: the area under the display. A keypad (keypad.c: standard,
 * scientific, programmer) or a form (date_panel.c). Every panel is a child
 * dialog of the main window made from the template of its mode's row
 * (mode_table.c) and has the same small interface, so that main_dialog.c knows
 * nothing of what a panel contains. A panel's dialog procedure sends its
 * children's WM_COMMAND, WM_NOTIFY and WM_DRAWITEM to the main window, which
 * runs engine command ids itself and hands everything else to the panel's
 * command/notify/draw below. Panels never refresh the window: they return
 * PANEL_CHANGED (or post WM_APP_PANEL_CHANGED) and the main window refreshes. */
#ifndef CALC_PANEL_H
#define CALC_PANEL_H

#include <windows.h>
#include <stdbool.h>
#include <stddef.h>

#include "ui.h"

typedef enum panel_change {
    PANEL_NOT_MINE = 0,  /* not one of the panel's controls */
    PANEL_SAME,          /* handled; nothing else to show */
    PANEL_CHANGED        /* handled; the window must refresh (display, result) */
} panel_change;

typedef struct panel_ops {
    /* Makes p->hwnd (respack_dialog of template tmpl under u->dlg, lParam u)
     * and p->natural; false if it could not. p->row is set by the caller. */
    bool (*create)(panel *p, ui *u, WORD tmpl);
    /* Places the panel's children for its current client size at u->dpi
     * (called on its WM_SIZE and after a DPI change). */
    void (*layout)(panel *p, ui *u);
    /* Shows the current state (engine, settings) in the panel's controls. */
    void (*refresh)(panel *p, ui *u);
    /* A WM_COMMAND that is not an engine command id and not the window's own. */
    panel_change (*command)(panel *p, ui *u, int id, int code);
    /* A WM_NOTIFY from one of its controls. */
    panel_change (*notify)(panel *p, ui *u, const NMHDR *nm);
    /* WM_DRAWITEM of one of its owner-drawn controls; false if not one. */
    bool (*draw)(panel *p, ui *u, const DRAWITEMSTRUCT *d);
    /* A form's main result for the display (control 1000: Contract 2; Ctrl+C
     * copies it) and a second line for the expression line. NULL or false:
     * the display shows the engine's number. */
    bool (*result)(const panel *p, const ui *u, wchar_t *main, size_t cap, wchar_t *second, size_t cap2);
    /* Saves what it remembers (settings) and destroys p->hwnd and p->data. */
    void (*destroy)(panel *p, ui *u);
} panel_ops;

extern const panel_ops keypad_panel;
extern const panel_ops date_panel;
extern const panel_ops stats_panel;   /* the statistics keypad and its data list */
extern const panel_ops converter_panel;
extern const panel_ops finance_panel;  /* finance_panel.c */

/* For the implementations' dialog procedures: sends msg to the main window
 * (WM_COMMAND, WM_NOTIFY, WM_DRAWITEM) and returns its answer. */
INT_PTR panel_forward(HWND panel_hwnd, UINT msg, WPARAM wp, LPARAM lp);
/* The ui a panel dialog was created with (its DWLP_USER), or NULL. */
ui *panel_ui(HWND panel_hwnd);
/* True if hwnd is the panel the window shows now (not one being built). */
bool panel_is_current(HWND panel_hwnd);
/* For form panels' create: makes p->hwnd from template tmpl with dialog
 * procedure proc (lParam u), p->data as data_size zeroed bytes and p->natural
 * from the template's size, and lets the form follow DPI changes itself.
 * Returns p->data, or NULL (nothing left behind) if either could not be made. */
void *panel_form_create(panel *p, ui *u, WORD tmpl, DLGPROC proc, size_t data_size);
/* For form panels' dialog procedures: what every form does alike with msg
 * (its ui on WM_INITDIALOG, ops->layout on WM_SIZE, its controls' WM_COMMAND,
 * WM_NOTIFY and WM_DRAWITEM to the main window, the theme's colours); FALSE
 * for any other message. A form handles first what it does otherwise. */
INT_PTR panel_form_message(HWND h, UINT msg, WPARAM wp, LPARAM lp, const panel_ops *ops);

/* What a form shows in the display and the expression line: the first member
 * of the data of a form whose result op is panel_form_result. */
typedef struct panel_texts {
    wchar_t main[256];
    wchar_t second[200];
} panel_texts;
/* A result op (panel_ops) that copies the panel_texts p->data starts with. */
bool panel_form_result(const panel *p, const ui *u, wchar_t *main, size_t cap, wchar_t *second, size_t cap2);

/* For form panels' layout: sends font to every child of form h (redrawn). */
void panel_form_font(HWND h, HFONT font);

/* One control that panel_form_place moves: its id, and the indices in the
 * caller's array of pixel values of its left, top, width and height. */
typedef struct panel_place {
    WORD id;
    BYTE x, y, w, h;
} panel_place;
/* Moves control rows[i].id of form h to v[x], v[y] at size v[w] x v[h], for
 * each of the n rows (repainted). */
void panel_form_place(HWND h, const panel_place *rows, size_t n, const int *v);

/* For form panels' destroy, after they saved what they remember: frees the
 * labels of the children it adopted as buttons (button_adopt), destroys
 * p->hwnd, deletes the n fonts that p->data holds one after the other from
 * byte offset fonts on, and frees p->data. */
void panel_form_free(panel *p, size_t fonts, int n);

#endif
