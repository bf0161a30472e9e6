/* The window's mode table (src/win32/mode_table.c) against the engine's
 * (calc_modes.h): every engine mode has a window row and every window row an
 * engine mode, with what the window needs to show it (panel, template, name,
 * shortcuts) and no shortcut used twice. Built with mode_table.c alone: the
 * panels are stand-ins here, told apart by address. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "mode_table.h"
#include "panel.h"

static bool stand_in_result(const panel *p, const ui *u, wchar_t *m, size_t cap, wchar_t *s, size_t cap2)
{
    (void)p, (void)u, (void)m, (void)cap, (void)s, (void)cap2;
    return false;
}

const panel_ops keypad_panel = { 0 };
const panel_ops date_panel = { .result = stand_in_result };
const panel_ops stats_panel = { 0 };

/* calc_mode values the tests look at: beyond any mode the tables can hold. */
#define MODE_SPAN 32

static void every_engine_mode_has_a_window_row(void **state)
{
    (void)state;
    assert_true(calc_mode_count() > 0);
    for (int i = 0; i < calc_mode_count(); i++) {
        const calc_mode_info *e = calc_mode_at(i);
        const mode_row *w = mode_find(e->id);
        if (!w) fail_msg("engine mode %d (%s) has no row in src/win32/mode_table.c", (int)e->id, e->token);
        assert_int_equal(w->command, e->command);
        assert_int_equal(w->keypad, e->kind == CALC_MODE_KEYPAD);
    }
    assert_int_equal(mode_count(), calc_mode_count());
}

static void every_window_row_has_an_engine_mode(void **state)
{
    (void)state;
    for (int m = 0; m < MODE_SPAN; m++) {
        if (!mode_window_row((calc_mode)m)) continue;
        if (!calc_mode_by_id((calc_mode)m)) fail_msg("window row for mode %d, which the engine does not have", m);
    }
}

static void rows_are_complete(void **state)
{
    (void)state;
    for (int i = 0; i < mode_count(); i++) {
        const mode_row *w = mode_at(i);
        const calc_mode_info *e = calc_mode_by_id(w->mode);
        assert_non_null(e);
        assert_non_null(w->panel);
        assert_true(w->dialog != 0);
        assert_true(w->name != 0);
        assert_true(w->keys[0].key != 0);             /* every mode has a shortcut */
        assert_ptr_equal(mode_by_command(w->command), w);
        /* Keypad modes use a keypad panel (the keypad, or the statistics
         * keypad with its data list): the display shows the engine's number;
         * forms have a result of their own. */
        if (e->kind == CALC_MODE_KEYPAD) assert_null(w->panel->result);
        else assert_non_null(w->panel->result);
        /* A history is saved for exactly the modes whose engine row keeps one. */
        assert_int_equal(w->history_value != NULL, e->history_slot >= 0);
        assert_int_equal(w->panes == PANES_NONE, e->kind == CALC_MODE_FORM);
        assert_true(w->command >= mode_first_command() && w->command <= mode_last_command());
    }
}

static void shortcuts_are_unique(void **state)
{
    (void)state;
    for (int i = 0; i < mode_count(); i++)
        for (int k = 0; k < MODE_KEYS_MAX; k++) {
            const mode_key *a = &mode_at(i)->keys[k];
            if (!a->key) continue;
            for (int j = 0; j < mode_count(); j++)
                for (int l = 0; l < MODE_KEYS_MAX; l++) {
                    const mode_key *b = &mode_at(j)->keys[l];
                    if ((i != j || k != l) && b->key == a->key && b->virt == a->virt)
                        fail_msg("modes %d and %d share a shortcut", (int)mode_at(i)->mode, (int)mode_at(j)->mode);
                }
        }
}

static void lookups_reject_what_is_not_a_mode(void **state)
{
    (void)state;
    assert_null(mode_at(-1));
    assert_null(mode_at(mode_count()));
    assert_null(mode_find((calc_mode)MODE_SPAN));
    assert_null(mode_by_command(0));
    assert_ptr_equal(mode_or_default((calc_mode)MODE_SPAN), mode_at(0));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_engine_mode_has_a_window_row),
        cmocka_unit_test(every_window_row_has_an_engine_mode),
        cmocka_unit_test(rows_are_complete),
        cmocka_unit_test(shortcuts_are_unique),
        cmocka_unit_test(lookups_reject_what_is_not_a_mode),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
