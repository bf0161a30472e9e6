/* The operations table (src/engine/calc/calc_optable.c): every command of
 * kind CMDK_UNARY or CMDK_BINARY has exactly one row, every row is a command,
 * and each row is complete for its form. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "calc_optable.h"
#include "commands.h"
#include "progint.h"

static void test_every_operation_command_has_its_row(void **state)
{
    (void)state;
    int ops = 0;
    for (int i = 0; i < command_count(); i++) {
        const command_info *ci = command_at(i);
        if (ci->kind != CMDK_UNARY && ci->kind != CMDK_BINARY)
            continue;
        ops++;
        const calc_op *o = calc_op_find(ci->id);
        if (o == NULL)
            print_error("command '%s' (%d) has no row in the operations table\n", ci->token, ci->id);
        assert_non_null(o);
        assert_int_equal(o->id, ci->id);
    }
    assert_true(ops > 50);
}

static void test_every_row_is_a_command_and_complete(void **state)
{
    (void)state;
    int n = calc_op_count();
    for (int i = 0; i < n; i++) {
        const calc_op *o = calc_op_at(i);
        const command_info *ci = command_by_id(o->id);
        if (ci == NULL)
            print_error("row %d (id %d) is no command\n", i, o->id);
        assert_non_null(ci);
        for (int j = 0; j < i; j++)
            assert_int_not_equal(calc_op_at(j)->id, o->id);     /* one row per command */
        assert_ptr_equal(calc_op_find(o->id), o);
        switch (o->form) {
        case OPF_BINARY:
            assert_int_equal(ci->kind, CMDK_BINARY);
            assert_true(o->precedence >= 2 && o->precedence <= 4);
            assert_true(o->text[0] != '\0');
            assert_non_null(o->fn.binary);
            assert_int_equal(o->flags, 0);
            break;
        case OPF_UNARY:
        case OPF_ANGLE:
            assert_int_equal(ci->kind, CMDK_UNARY);
            assert_int_equal(o->precedence, 0);
            assert_true(o->text[0] != '\0');
            if (o->form == OPF_UNARY) {
                assert_non_null(o->fn.unary);
                assert_false(o->flags & (OPF_ANGLE_MARK | OPF_INVERSE));
            } else {
                assert_non_null(o->fn.angle);
                assert_true(o->flags & OPF_ANGLE_MARK);
            }
            /* the functions of the display exist outside programmer mode */
            assert_true(ci->modes & (CMD_IN_STANDARD | CMD_IN_SCIENTIFIC));
            break;
        case OPF_PERCENT:
            assert_int_equal(ci->kind, CMDK_PERCENT);
            break;
        case OPF_TEXT:
            assert_true(o->text[0] != '\0');
            assert_true(ci->kind != CMDK_UNARY && ci->kind != CMDK_BINARY);
            break;
        case OPF_PROGRAMMER:
            /* progint computes and names it, and it is a programmer key only */
            assert_int_equal(ci->modes, CMD_IN_PROGRAMMER);
            assert_true(prog_is_binary(o->id) || prog_is_unary(o->id));
            assert_non_null(prog_op_text(o->id));
            assert_int_equal(o->text[0], '\0');
            break;
        default:
            fail_msg("row %d: unknown form %d", i, (int)o->form);
        }
        /* the 1e100 guard is for circular and hyperbolic functions, not their inverses */
        if (o->flags & OPF_TRIG_GUARD)
            assert_false(o->flags & OPF_INVERSE);
    }
    assert_null(calc_op_at(n));
    assert_null(calc_op_at(-1));
    assert_null(calc_op_find(CMD_DIGIT_0));
}

/* Every operator that progint computes in programmer mode and that the other
 * modes also have (+ - × ÷ Mod) has a scientific row too. */
static void test_programmer_operators_shared_with_scientific(void **state)
{
    (void)state;
    for (int i = 0; i < command_count(); i++) {
        const command_info *ci = command_at(i);
        if (!prog_is_binary(ci->id) && !prog_is_unary(ci->id))
            continue;
        const calc_op *o = calc_op_find(ci->id);
        assert_non_null(o);
        if (ci->modes & (CMD_IN_STANDARD | CMD_IN_SCIENTIFIC))
            assert_int_not_equal(o->form, OPF_PROGRAMMER);
        else
            assert_int_equal(o->form, OPF_PROGRAMMER);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_operation_command_has_its_row),
        cmocka_unit_test(test_every_row_is_a_command_and_complete),
        cmocka_unit_test(test_programmer_operators_shared_with_scientific),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
