/* Tests for the persistence calls of calc.h: the revision counter that tells a
 * front end what to save, history tags, and memory saved at full precision and
 * loaded back (issue 17). */
#include "calc_test_util.h"

static void test_revision_moves_on_every_change(void **state)
{
    (void)state;
    calc *c = calc_create();
    assert_non_null(c);
    uint32_t r = calc_revision(c);
    assert_true(press(c, "5 +"));
    assert_int_equal(calc_revision(c), r);              /* typing is not saved state */
    assert_true(press(c, "3 ="));
    assert_int_not_equal(calc_revision(c), r);          /* a history item */
    r = calc_revision(c);
    assert_true(press(c, "ms"));
    assert_int_not_equal(calc_revision(c), r);
    r = calc_revision(c);
    assert_true(press(c, "m+"));
    assert_int_not_equal(calc_revision(c), r);
    r = calc_revision(c);
    calc_memory_clear_item(c, 0);
    assert_int_not_equal(calc_revision(c), r);
    r = calc_revision(c);
    calc_history_delete(c, CALC_STANDARD, 0);
    assert_int_not_equal(calc_revision(c), r);
    r = calc_revision(c);
    calc_history_clear(c, CALC_STANDARD);               /* already empty: no change */
    assert_int_equal(calc_revision(c), r);
    calc_destroy(c);
}

static void test_history_tags(void **state)
{
    (void)state;
    calc *c = calc_create();
    assert_true(press(c, "1 + 1 ="));
    assert_int_equal(calc_history_tag(c, CALC_STANDARD, 0), 0);
    uint32_t r = calc_revision(c);
    calc_history_set_tag(c, CALC_STANDARD, 0, 77);
    assert_int_equal(calc_revision(c), r);              /* a tag is not a change */
    assert_true(press(c, "2 + 2 ="));
    assert_int_equal(calc_history_tag(c, CALC_STANDARD, 0), 0);   /* the new one */
    assert_int_equal(calc_history_tag(c, CALC_STANDARD, 1), 77);  /* kept by the older */
    assert_true(calc_history_load(c, CALC_STANDARD, "3 + 3=", "6"));
    assert_int_equal(calc_history_tag(c, CALC_STANDARD, 2), 0);
    calc_history_set_tag(c, CALC_STANDARD, 2, 5);
    calc_history_delete(c, CALC_STANDARD, 0);
    assert_int_equal(calc_history_tag(c, CALC_STANDARD, 0), 77);
    assert_int_equal(calc_history_tag(c, CALC_STANDARD, 1), 5);
    assert_int_equal(calc_history_tag(c, CALC_STANDARD, 9), 0);  /* out of range */
    assert_int_equal(calc_history_tag(c, CALC_PROGRAMMER, 0), 0); /* no history */
    calc_destroy(c);
}

static void test_memory_round_trip(void **state)
{
    (void)state;
    calc *c = calc_create();
    assert_true(press(c, "1 / 3 = ms"));
    assert_true(press(c, "2 5 neg ms"));
    char saved[2][192];
    assert_int_equal(calc_memory_count(c), 2);
    for (int i = 0; i < 2; i++)
        assert_true(calc_memory_value(c, i, saved[i], sizeof saved[i]) > 0);
    assert_string_equal(saved[0], "-25");
    /* more digits than the display's 16 */
    assert_true(strlen(saved[1]) > 60);
    assert_int_equal(calc_memory_value(c, 2, saved[0], 192), -1);

    calc *d = calc_create();
    for (int i = 0; i < 2; i++)
        assert_true(calc_memory_load(d, saved[i]));
    assert_int_equal(calc_memory_count(d), 2);
    assert_string_equal(calc_memory_text(d, 0), "-25");       /* loaded oldest last */
    assert_string_equal(calc_memory_text(d, 1), calc_memory_text(c, 1));
    assert_false(calc_memory_load(d, "not a number"));
    assert_false(calc_memory_load(d, "1e100000"));
    assert_false(calc_memory_load(d, ""));
    assert_int_equal(calc_memory_count(d), 2);
    for (int i = 2; i < CALC_MEMORY_MAX; i++)
        assert_true(calc_memory_load(d, "7"));
    assert_false(calc_memory_load(d, "8"));                  /* full */
    calc_destroy(c);
    calc_destroy(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_revision_moves_on_every_change),
        cmocka_unit_test(test_history_tags),
        cmocka_unit_test(test_memory_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
