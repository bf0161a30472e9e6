/* Tests of persist.c with storage.c (under Wine, in the unit prefix's
 * %LOCALAPPDATA%\Calculatrice): two windows are two persist/calc pairs in
 * one process. Last writer merges: neither window's history is lost; what a
 * window deleted or cleared stays deleted; damaged files lose only
 * themselves; the switch off deletes the files. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <windows.h>
#include <stdio.h>
#include <string.h>

#include "calc.h"
#include "persist.h"
#include "settings.h"
#include "storage.c" /* the module under test with persist.c */

/* The registry history of older versions is settings.c's: none here. */
bool settings_load_history(calc *c)
{
    (void)c;
    return false;
}

void settings_delete_history(void) {}

static void press_sum(calc *c, int a, int b)
{
    calc_execute(c, CMD_CLEAR);
    calc_execute(c, CMD_DIGIT_0 + a);
    calc_execute(c, CMD_ADD);
    calc_execute(c, CMD_DIGIT_0 + b);
    calc_execute(c, CMD_EQUALS);
}

static void remove_files(void)
{
    storage_remove(L"history.txt");
    storage_remove(L"memory.txt");
    storage_remove(L"history.txt.bad");
    storage_remove(L"memory.txt.bad");
}

typedef struct window {
    calc *c;
    persist *p;
} window;

static window open_window(bool *damaged)
{
    window w = { calc_create(), persist_create() };
    assert_non_null(w.c);
    assert_non_null(w.p);
    bool d = persist_load(w.p, w.c, true);
    if (damaged) *damaged = d;
    return w;
}

static void close_window(window *w)
{
    persist_save(w->p, w->c, false);
    persist_destroy(w->p);
    calc_destroy(w->c);
}

/* What a new window would load: the standard history, "expr=result|..." newest first. */
static void loaded(char *out, size_t cap)
{
    window w = open_window(NULL);
    out[0] = 0;
    for (int i = 0; i < calc_history_count(w.c, CALC_STANDARD); i++) {
        size_t n = strlen(out);
        snprintf(out + n, cap - n, "%s%s%s", i ? "|" : "", calc_history_expression(w.c, CALC_STANDARD, i),
                 calc_history_result(w.c, CALC_STANDARD, i));
    }
    persist_destroy(w.p);
    calc_destroy(w.c);
}

static void test_two_windows_keep_both(void **state)
{
    (void)state;
    remove_files();
    window a = open_window(NULL), b = open_window(NULL);
    press_sum(a.c, 1, 1);
    persist_save(a.p, a.c, false);
    press_sum(b.c, 2, 2);
    persist_save(b.p, b.c, false);
    press_sum(a.c, 3, 3);
    persist_save(a.p, a.c, false);
    char got[512];
    loaded(got, sizeof got);
    assert_string_equal(got, "3 + 3=6|2 + 2=4|1 + 1=2");

    /* A deletes its 1 + 1: gone, though B writes again after. */
    calc_history_delete(a.c, CALC_STANDARD, 1);
    persist_save(a.p, a.c, false);
    press_sum(b.c, 4, 4);
    persist_save(b.p, b.c, false);
    loaded(got, sizeof got);
    assert_string_equal(got, "4 + 4=8|3 + 3=6|2 + 2=4");

    /* A clears: every standard item on disk goes, B's too... */
    calc_history_clear(a.c, CALC_STANDARD);
    persist_history_cleared(a.p, a.c, CALC_STANDARD);
    loaded(got, sizeof got);
    assert_string_equal(got, "");
    /* ...but B still shows its own: saved again with its next change. */
    press_sum(b.c, 5, 5);
    persist_save(b.p, b.c, false);
    loaded(got, sizeof got);
    assert_string_equal(got, "5 + 5=10|4 + 4=8|2 + 2=4");
    close_window(&a);
    close_window(&b);
    remove_files();
}

static void test_memory_last_writer_wins(void **state)
{
    (void)state;
    remove_files();
    window a = open_window(NULL);
    press_sum(a.c, 2, 5);
    calc_execute(a.c, CMD_MS);
    close_window(&a);
    window b = open_window(NULL);
    assert_int_equal(calc_memory_count(b.c), 1);
    assert_string_equal(calc_memory_text(b.c, 0), "7");
    calc_execute(b.c, CMD_MC);
    close_window(&b);
    window c = open_window(NULL);
    assert_int_equal(calc_memory_count(c.c), 0);
    close_window(&c);
    remove_files();
}

static void test_damaged_files(void **state)
{
    (void)state;
    remove_files();
    const char bad[] = "Calculatrice history 1\r\n0\t0000000000000100\t1 + 1=\t2\r\nrubbish\r\n0\t00000000000000ff\t2 + 2=\t4\r\n";
    assert_true(storage_write(L"history.txt", bad, sizeof bad - 1)); /* no "end": cut short */
    assert_true(storage_write(L"memory.txt", "\0\1\2", 3));
    bool damaged;
    window a = open_window(&damaged);
    assert_true(damaged);
    assert_int_equal(calc_history_count(a.c, CALC_STANDARD), 2);
    assert_string_equal(calc_history_expression(a.c, CALC_STANDARD, 0), "1 + 1="); /* larger tag: newer */
    assert_int_equal(calc_memory_count(a.c), 0);
    size_t len;
    storage_status st;
    char *kept = storage_read(L"history.txt.bad", 1 << 20, &len, &st);
    assert_int_equal(st, STORAGE_READ);
    assert_int_equal(len, sizeof bad - 1);
    storage_free(kept);
    persist_save(a.p, a.c, true); /* what the window does at once */
    close_window(&a);
    window b = open_window(&damaged);
    assert_false(damaged); /* said once */
    assert_int_equal(calc_history_count(b.c, CALC_STANDARD), 2);
    close_window(&b);
    /* A file that is not ours at all, and one far too big, lose only themselves. */
    assert_true(storage_write(L"history.txt", "MZ\x90\0garbage", 11));
    window c = open_window(&damaged);
    assert_true(damaged);
    assert_int_equal(calc_history_count(c.c, CALC_STANDARD), 0);
    press_sum(c.c, 1, 2);
    close_window(&c);
    char got[128];
    loaded(got, sizeof got);
    assert_string_equal(got, "1 + 2=3");
    remove_files();
}

static void test_switch_off_deletes(void **state)
{
    (void)state;
    remove_files();
    window a = open_window(NULL);
    press_sum(a.c, 1, 1);
    calc_execute(a.c, CMD_MS);
    persist_save(a.p, a.c, false);
    size_t len;
    storage_status st;
    storage_free(storage_read(L"history.txt", 1 << 20, &len, &st));
    assert_int_equal(st, STORAGE_READ);
    persist_set_keep(a.p, a.c, false);
    storage_free(storage_read(L"history.txt", 1 << 20, &len, &st));
    assert_int_equal(st, STORAGE_MISSING);
    storage_free(storage_read(L"memory.txt", 1 << 20, &len, &st));
    assert_int_equal(st, STORAGE_MISSING);
    press_sum(a.c, 2, 2);
    persist_save(a.p, a.c, true); /* off: nothing written, even forced */
    storage_free(storage_read(L"history.txt", 1 << 20, &len, &st));
    assert_int_equal(st, STORAGE_MISSING);
    close_window(&a);
    remove_files();
}

static void test_full_lists_merge_to_the_newest(void **state)
{
    (void)state;
    remove_files();
    window a = open_window(NULL), b = open_window(NULL);
    for (int i = 0; i < CALC_HISTORY_MAX; i++) press_sum(a.c, 1, 1);
    persist_save(a.p, a.c, false);
    for (int i = 0; i < CALC_HISTORY_MAX; i++) press_sum(b.c, 2, 2);
    LARGE_INTEGER t0, t1, hz;
    QueryPerformanceFrequency(&hz);
    QueryPerformanceCounter(&t0);
    persist_save(b.p, b.c, false);
    QueryPerformanceCounter(&t1);
    /* A figure for the log, not an assertion: one save of a full history
     * merged with another full one (what a burst of keys costs, once). */
    printf("one save, 1,000 items merged with 1,000 on disk: %lld us\n",
           (long long)((t1.QuadPart - t0.QuadPart) * 1000000 / hz.QuadPart));
    window c = open_window(NULL);
    assert_int_equal(calc_history_count(c.c, CALC_STANDARD), CALC_HISTORY_MAX);
    assert_string_equal(calc_history_expression(c.c, CALC_STANDARD, 0), "2 + 2=");
    assert_string_equal(calc_history_expression(c.c, CALC_STANDARD, CALC_HISTORY_MAX - 1), "2 + 2=");
    close_window(&c);
    close_window(&a);
    close_window(&b);
    remove_files();
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_windows_keep_both),
        cmocka_unit_test(test_memory_last_writer_wins),
        cmocka_unit_test(test_damaged_files),
        cmocka_unit_test(test_switch_off_deletes),
        cmocka_unit_test(test_full_lists_merge_to_the_newest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
