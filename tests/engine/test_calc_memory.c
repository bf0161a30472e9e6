/* Memory list: WINDOWS-CALCULATOR.md 3.5 (M01-M21) through the public API
 * (memory keys as tokens, item clicks as calc_memory_* calls). */
#include "calc_test_util.h"

/* Compares the memory list, newest first, with a '|'-separated list. */
static void assert_memory(const calc *c, const char *want)
{
    char got[512] = "";
    for (int i = 0; i < calc_memory_count(c); i++) {
        if (i > 0)
            strcat(got, "|");
        strcat(got, calc_memory_text(c, i));
    }
    if (strcmp(got, want) != 0)
        printf("memory is \"%s\", want \"%s\"\n", got, want);
    assert_string_equal(got, want);
}

static calc *fresh(calc_mode m)
{
    calc *c = calc_create();
    assert_non_null(c);
    start(c, m);
    return c;
}

static void test_store_recall(void **state)
{
    (void)state;
    calc *c = fresh(CALC_STANDARD);
    press(c, "1 ms");                                  /* M01 */
    assert_string_equal(calc_display(c), "1");
    assert_memory(c, "1");
    press(c, "clear mr");                              /* M02 */
    assert_string_equal(calc_display(c), "1");

    start(c, CALC_STANDARD);                           /* M03 */
    press(c, "1 ms clear 2 ms clear");
    calc_memory_recall(c, 1);
    assert_string_equal(calc_display(c), "1");
    calc_memory_recall(c, 0);
    assert_string_equal(calc_display(c), "2");

    start(c, CALC_STANDARD);                           /* M20 */
    press(c, "5 ms 3 ms mr");
    assert_memory(c, "3|5");
    assert_string_equal(calc_display(c), "3");

    start(c, CALC_STANDARD);                           /* M16, M17 */
    press(c, "1 0 0 1 ms 2 0 0 2 ms");
    calc_memory_recall(c, 1);
    assert_string_equal(calc_display(c), "1001");
    calc_memory_add(c, 0);
    assert_memory(c, "3003|1001");
    calc_destroy(c);
}

static void test_item_add_subtract(void **state)
{
    (void)state;
    calc *c = fresh(CALC_STANDARD);
    press(c, "1 neg ms + 2 = ms * 2 ms");              /* M04 */
    assert_memory(c, "2|1|-1");
    press(c, "clear 2");                               /* M05 */
    calc_memory_add(c, 0);
    calc_memory_add(c, 1);
    calc_memory_add(c, 2);
    assert_memory(c, "4|3|1");
    press(c, "clear 1 . 5");                           /* M06 */
    calc_memory_subtract(c, 0);
    calc_memory_subtract(c, 1);
    calc_memory_subtract(c, 2);
    assert_memory(c, "2.5|1.5|-0.5");
    calc_memory_clear_item(c, 1);
    assert_memory(c, "2.5|-0.5");

    start(c, CALC_STANDARD);                           /* M13 */
    press(c, "1 0 0 1 . 1 ms 1 0 0 1 . ms");
    calc_memory_add(c, 1);
    calc_memory_recall(c, 1);
    assert_string_equal(calc_display(c), "2002.1");
    calc_destroy(c);
}

static void test_limits_and_errors(void **state)
{
    (void)state;
    calc *c = fresh(CALC_STANDARD);
    for (int i = 0; i < 101; i++)                      /* M07 */
        press(c, "1 ms");
    assert_int_equal(calc_memory_count(c), 100);
    press(c, "2 ms");
    assert_int_equal(calc_memory_count(c), 100);
    assert_string_equal(calc_memory_text(c, 0), "2");

    start(c, CALC_STANDARD);                           /* M08 */
    press(c, "5 ms 2 neg sqrt");
    assert_string_equal(calc_display(c), "Invalid input");
    press(c, "ms");
    assert_memory(c, "5");
    assert_string_equal(calc_display(c), "Invalid input");

    start(c, CALC_STANDARD);                           /* M18 */
    press(c, "1 2");
    calc_memory_recall(c, 0);
    assert_string_equal(calc_display(c), "12");
    assert_int_equal(calc_memory_count(c), 0);
    /* mr and mc are disabled with an empty memory */
    assert_false(calc_command_enabled(c, CMD_MR));
    assert_false(calc_command_enabled(c, CMD_MC));
    press(c, "mr mc");
    assert_string_equal(calc_display(c), "12");
    calc_destroy(c);
}

static void test_plus_minus(void **state)
{
    (void)state;
    calc *c = fresh(CALC_STANDARD);
    press(c, "1 0 0 1 m+");                            /* M09 */
    calc_memory_recall(c, 0);
    assert_string_equal(calc_display(c), "1001");
    start(c, CALC_STANDARD);                           /* M10 */
    press(c, "1 0 0 1 m-");
    calc_memory_recall(c, 0);
    assert_string_equal(calc_display(c), "-1001");

    start(c, CALC_STANDARD);                           /* M19 */
    press(c, "1 ms");
    assert_memory(c, "1");
    press(c, "m+");
    assert_memory(c, "2");
    press(c, "mr");
    assert_string_equal(calc_display(c), "2");
    press(c, "- 1 = m-");
    assert_memory(c, "1");
    assert_string_equal(calc_display(c), "1");
    press(c, "mc");
    assert_int_equal(calc_memory_count(c), 0);

    start(c, CALC_STANDARD);                           /* M21 */
    press(c, "5 ms 3 m+");
    assert_memory(c, "8");
    start(c, CALC_STANDARD);
    press(c, "5 ms 3 m-");
    assert_memory(c, "2");
    /* a typed number is committed by M+: the next digit starts a new one */
    start(c, CALC_STANDARD);
    press(c, "5 m+ 3");
    assert_string_equal(calc_display(c), "3");
    calc_destroy(c);
}

static void test_across_modes(void **state)
{
    (void)state;
    calc *c = fresh(CALC_STANDARD);
    press(c, "1 0 0 1 neg ms");                        /* M11 */
    calc_memory_recall(c, 0);
    assert_string_equal(calc_display(c), "-1001");
    press(c, "scientific");
    assert_memory(c, "-1001");
    press(c, "programmer");
    assert_memory(c, "-1001");

    start(c, CALC_STANDARD);                           /* M12 */
    press(c, "1 0 0 1 . 1 ms");
    calc_memory_recall(c, 0);
    assert_string_equal(calc_display(c), "1001.1");
    press(c, "programmer");
    assert_memory(c, "1001");
    press(c, "standard");
    assert_memory(c, "1001.1");

    start(c, CALC_PROGRAMMER);                         /* M14 */
    press(c, "hex F F ms scientific");
    calc_memory_recall(c, 0);
    assert_string_equal(calc_display(c), "255");

    start(c, CALC_PROGRAMMER);                         /* M15 */
    press(c, "hex F F ms oct");
    assert_memory(c, "377");
    press(c, "dec");
    assert_memory(c, "255");
    press(c, "bin");
    assert_memory(c, "11111111");
    calc_destroy(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_store_recall),
        cmocka_unit_test(test_item_add_subtract),
        cmocka_unit_test(test_limits_and_errors),
        cmocka_unit_test(test_plus_minus),
        cmocka_unit_test(test_across_modes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
