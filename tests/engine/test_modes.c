/* The mode table (calc_modes.h): every mode has exactly one row, the rows
 * agree with the command table, and switching into each mode with its
 * command really lands there. Walks the table, so a new mode is checked as
 * soon as it has a row. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "calc.h"
#include "calc_modes.h"
#include "commands.h"

/* Enum values the modes may take: the fixed numbering of calc_types.h goes up
 * to 6 (finance); mode commands are CMD_STANDARD + id, below CMD_HEX. */
#define MODE_ID_LIMIT (CMD_HEX - CMD_STANDARD)

static void test_every_row_is_consistent(void **state)
{
    (void)state;
    int n = calc_mode_count();
    assert_true(n >= 4);
    bool seen_slot[CALC_HISTORY_SLOTS] = { false };
    for (int i = 0; i < n; i++) {
        const calc_mode_info *mi = calc_mode_at(i);
        assert_non_null(mi);
        assert_true((int)mi->id >= 0 && (int)mi->id < MODE_ID_LIMIT);
        /* rows in enum order, one row per id */
        if (i > 0)
            assert_true(calc_mode_at(i - 1)->id < mi->id);
        assert_ptr_equal(calc_mode_by_id(mi->id), mi);
        /* mode command <-> row, and the token is the command's token */
        assert_ptr_equal(calc_mode_by_command(mi->command), mi);
        const command_info *ci = command_by_id(mi->command);
        assert_non_null(ci);
        assert_int_equal(ci->kind, CMDK_SETTING);
        assert_string_equal(ci->token, mi->token);
        assert_ptr_equal(calc_mode_by_token(mi->token), mi);
        /* precision: a keypad mode shows 16 or 32 digits, or 64-bit integers */
        assert_true(mi->precision == 16 || mi->precision == 32 || mi->precision == 64);
        if (mi->kind == CALC_MODE_FORM) {
            assert_int_equal(mi->accepts, 0);
            assert_int_equal(mi->history_slot, -1);
        } else {
            assert_int_equal(mi->kind, CALC_MODE_KEYPAD);
            /* a keypad mode executes at least the commands its keypad shows */
            assert_true(mi->accepts & CMD_IN_MODE(mi->id));
        }
        if (mi->history_slot >= 0) {
            assert_true(mi->history_slot < CALC_HISTORY_SLOTS);
            assert_false(seen_slot[mi->history_slot]);   /* one mode per list */
            seen_slot[mi->history_slot] = true;
        } else {
            assert_int_equal(mi->history_slot, -1);
        }
    }
    for (int s = 0; s < CALC_HISTORY_SLOTS; s++)
        assert_true(seen_slot[s]);                        /* no list unused */
    assert_null(calc_mode_at(n));
    assert_null(calc_mode_at(-1));
    assert_null(calc_mode_by_command(CMD_ADD));
    assert_null(calc_mode_by_token("nope"));
    assert_null(calc_mode_by_token(NULL));
}

/* Every command that switches mode has its row (a mode command without a row
 * would be a mode that nothing else knows). */
static void test_every_mode_command_has_a_row(void **state)
{
    (void)state;
    int rows_found = 0;
    for (int i = 0; i < command_count(); i++) {
        const command_info *ci = command_at(i);
        /* ids 210-219 are the block of mode commands (command_ids.h) */
        if (ci->id >= CMD_STANDARD && ci->id < CMD_HEX) {
            assert_non_null(calc_mode_by_command(ci->id));
            rows_found++;
        }
    }
    assert_int_equal(rows_found, calc_mode_count());
    /* the layout decision: mode commands are CMD_STANDARD + mode number */
    for (int i = 0; i < calc_mode_count(); i++)
        assert_int_equal(calc_mode_at(i)->command, CMD_STANDARD + (int)calc_mode_at(i)->id);
}

static void test_switching_lands_in_each_mode(void **state)
{
    (void)state;
    calc *c = calc_create();
    assert_non_null(c);
    for (int i = 0; i < calc_mode_count(); i++) {
        for (int j = 0; j < calc_mode_count(); j++) {
            const calc_mode_info *from = calc_mode_at(i), *to = calc_mode_at(j);
            calc_reset(c);
            calc_execute(c, from->command);
            assert_int_equal(calc_get_mode(c), from->id);
            assert_true(calc_command_enabled(c, to->command));
            calc_execute(c, to->command);
            assert_int_equal(calc_get_mode(c), to->id);
            assert_int_equal(calc_precision(c), to->precision);
        }
    }
    calc_destroy(c);
}

/* History lands in the list of the mode it was computed in, and only there. */
static void test_history_slots(void **state)
{
    (void)state;
    calc *c = calc_create();
    for (int i = 0; i < calc_mode_count(); i++) {
        const calc_mode_info *mi = calc_mode_at(i);
        if (mi->kind != CALC_MODE_KEYPAD)
            continue;
        calc_reset(c);
        calc_execute(c, mi->command);
        int keys[] = { CMD_DIGIT_1, CMD_ADD, CMD_DIGIT_2, CMD_EQUALS };
        for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
            calc_execute(c, keys[k]);
        assert_string_equal(calc_display(c), "3");
        for (int j = 0; j < calc_mode_count(); j++) {
            const calc_mode_info *other = calc_mode_at(j);
            int expect = other == mi && mi->history_slot >= 0 ? 1 : 0;
            assert_int_equal(calc_history_count(c, other->id), expect);
        }
    }
    calc_destroy(c);
}

/* In a form mode the keypad keys are disabled and ignored, and the keypad's
 * state (value, pending operator, memory) waits for the way back. */
static void test_form_mode_keeps_keypad_state(void **state)
{
    (void)state;
    calc *c = calc_create();
    for (int i = 0; i < calc_mode_count(); i++) {
        const calc_mode_info *form = calc_mode_at(i);
        if (form->kind != CALC_MODE_FORM)
            continue;
        for (int j = 0; j < calc_mode_count(); j++) {
            const calc_mode_info *pad = calc_mode_at(j);
            if (pad->kind != CALC_MODE_KEYPAD)
                continue;
            calc_reset(c);
            calc_execute(c, pad->command);
            int before[] = { CMD_DIGIT_7, CMD_MS, CMD_ADD, CMD_DIGIT_5 };
            for (size_t k = 0; k < sizeof before / sizeof before[0]; k++)
                calc_execute(c, before[k]);
            calc_execute(c, form->command);
            assert_int_equal(calc_get_mode(c), form->id);
            for (int k = 0; k < command_count(); k++) {
                int id = command_at(k)->id;
                if (calc_mode_by_command(id) == NULL) {
                    assert_false(calc_command_enabled(c, id));
                    calc_execute(c, id);                 /* ignored */
                }
            }
            assert_int_equal(calc_paste(c, "9", ".", ","), CALC_ERR_INVALID);
            calc_execute(c, pad->command);
            assert_int_equal(calc_get_mode(c), pad->id);
            assert_string_equal(calc_display(c), "5");
            assert_int_equal(calc_memory_count(c), 1);
            calc_execute(c, CMD_EQUALS);
            assert_string_equal(calc_display(c), "12");  /* the pending 7 + survived */
        }
    }
    calc_destroy(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_row_is_consistent),
        cmocka_unit_test(test_every_mode_command_has_a_row),
        cmocka_unit_test(test_switching_lands_in_each_mode),
        cmocka_unit_test(test_history_slots),
        cmocka_unit_test(test_form_mode_keeps_keypad_state),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
