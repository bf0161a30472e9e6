/* History: WINDOWS-CALCULATOR.md 3.6 (H01-H17, V28) through the public API.
 * Expressions are compared in our display form ("1 + √(4)=", as the
 * expression line writes them). */
#include "calc_test_util.h"

/* The history of mode m, newest first: "expr -> result|...". */
static void history_text(const calc *c, calc_mode m, char *buf, size_t cap)
{
    buf[0] = '\0';
    for (int i = 0; i < calc_history_count(c, m); i++) {
        char item[256];
        snprintf(item, sizeof item, "%s%s -> %s", i ? "|" : "", calc_history_expression(c, m, i),
                 calc_history_result(c, m, i));
        strncat(buf, item, cap - strlen(buf) - 1);
    }
}

typedef struct history_case {
    const char *name;
    calc_mode mode;
    const char *keys;
    const char *history;    /* newest first */
} history_case;

static const history_case history_cases[] = {
    { "H01", CALC_STANDARD, "1 + 8 =", "1 + 8= -> 9" },
    { "H02", CALC_STANDARD, "1 + 4 sqrt -", "1 + \xE2\x88\x9A(4)= -> 3" },
    { "H03", CALC_STANDARD, "1 recip", "" },
    { "H03", CALC_STANDARD, "4 sqrt", "" },
    { "H03", CALC_STANDARD, "2 * 4 recip", "" },
    { "H03", CALC_STANDARD, "4 sqrt -", "" },
    { "H03", CALC_STANDARD, "7 sqr /", "" },
    { "H03", CALC_STANDARD, "9 neg 0 + *", "" },
    { "H04", CALC_STANDARD, "1 0 + 2 -", "10 + 2= -> 12" },
    { "H05", CALC_STANDARD, "3 * 4 /", "3 \xC3\x97 4= -> 12" },
    { "H05", CALC_STANDARD, "6 / 3 - +", "6 \xC3\xB7 3= -> 2" },
    { "H05", CALC_STANDARD, "7 - 4 / *", "7 - 4= -> 3" },
    { "H06", CALC_STANDARD, "8 * 2 + sqrt", "8 \xC3\x97 2= -> 16" },
    { "H06", CALC_STANDARD, "9 + 0 * neg", "9 + 0= -> 9" },
    { "H07", CALC_STANDARD, "1 + 2 + back", "1 + 2= -> 3" },
    { "H07", CALC_STANDARD, "1 + 2 + clear", "1 + 2= -> 3" },
    { "H07", CALC_STANDARD, "1 + 2 + ce", "1 + 2= -> 3" },
    { "H08", CALC_STANDARD, "1 + 2 clear", "" },
    { "H08", CALC_STANDARD, "1 + 2 ce", "" },
    { "H09", CALC_STANDARD, "2 0 * 0 2 =", "20 \xC3\x97 2= -> 40" },
    { "H10", CALC_STANDARD, "1 * 2 * 3 * 4 * 5 *",
      "24 \xC3\x97 5= -> 120|6 \xC3\x97 4= -> 24|2 \xC3\x97 3= -> 6|1 \xC3\x97 2= -> 2" },
    { "H11", CALC_STANDARD, "1 + 5 + 3 =", "6 + 3= -> 9|1 + 5= -> 6" },
    { "H12", CALC_SCIENTIFIC, "1 + 5 + 3 =", "1 + 5 + 3= -> 9" },
    { "H13", CALC_SCIENTIFIC, "deg 1 sin + rad 1 sin + grad 1 sin =",
      "sin\xE2\x82\x80(1) + sin\xE1\xB5\xA3(1) + sin\xE2\x82\x89(1)= -> 0.87463070855700069522521665345652" },
    { "H16", CALC_STANDARD, "4 * 5 / 6 =", "20 \xC3\xB7 6= -> 3.333333333333333|4 \xC3\x97 5= -> 20" },
    { "H17", CALC_PROGRAMMER, "1 + 2 =", "" },
    { "V28", CALC_STANDARD, "= =", "0= -> 0|0= -> 0" },
};

static void test_history_cases(void **state)
{
    (void)state;
    calc *c = calc_create();
    int failures = 0;
    for (size_t i = 0; i < N_CASES(history_cases); i++) {
        const history_case *h = &history_cases[i];
        start(c, h->mode);
        press(c, h->keys);
        char got[2048];
        history_text(c, h->mode, got, sizeof got);
        if (strcmp(got, h->history) != 0) {
            failures++;
            printf("FAIL %s [%s]: history \"%s\", want \"%s\"\n", h->name, h->keys, got, h->history);
        }
    }
    calc_destroy(c);
    assert_int_equal(failures, 0);
}

static void test_recall(void **state)
{
    (void)state;
    calc *c = calc_create();
    start(c, CALC_STANDARD);                           /* H11 */
    press(c, "1 + 5 + 3 =");
    assert_string_equal(calc_display(c), "9");
    calc_history_recall(c, 1);
    assert_string_equal(calc_display(c), "6");
    press(c, "+ 5 =");
    assert_string_equal(calc_display(c), "11");
    /* the recalled value is the full-precision result */
    start(c, CALC_STANDARD);
    press(c, "2 sqrt =");
    press(c, "clear");
    calc_history_recall(c, 0);
    press(c, "sqr");
    assert_string_equal(calc_display(c), "2");
    calc_destroy(c);
}

static void test_separate_lists_and_limit(void **state)
{
    (void)state;
    calc *c = calc_create();
    start(c, CALC_SCIENTIFIC);                         /* H14 */
    for (int i = 0; i < 5; i++)
        press(c, "1 + 1 =");
    press(c, "standard");
    press(c, "2 + 2 = 3 + 3 =");
    press(c, "scientific");
    assert_int_equal(calc_history_count(c, CALC_SCIENTIFIC), 5);
    assert_int_equal(calc_history_count(c, CALC_STANDARD), 2);
    assert_int_equal(calc_history_count(c, CALC_PROGRAMMER), 0);

    start(c, CALC_STANDARD);                           /* H15: we keep 1,000 */
    for (int i = 0; i < 25; i++)
        press(c, "1 + 1 =");
    assert_int_equal(calc_history_count(c, CALC_STANDARD), 25);
    for (int i = 0; i < CALC_HISTORY_MAX + 5; i++)
        press(c, i == CALC_HISTORY_MAX + 4 ? "7 + 1 =" : "1 + 1 =");
    assert_int_equal(calc_history_count(c, CALC_STANDARD), CALC_HISTORY_MAX);
    assert_string_equal(calc_history_expression(c, CALC_STANDARD, 0), "7 + 1=");
    assert_string_equal(calc_history_result(c, CALC_STANDARD, 0), "8");

    start(c, CALC_STANDARD);                           /* H16: clear history */
    press(c, "4 * 5 / 6 =");
    assert_int_equal(calc_history_count(c, CALC_STANDARD), 2);
    calc_history_clear(c, CALC_STANDARD);
    assert_int_equal(calc_history_count(c, CALC_STANDARD), 0);
    calc_destroy(c);
}

static void test_delete_and_load(void **state)
{
    (void)state;
    calc *c = calc_create();
    start(c, CALC_STANDARD);
    press(c, "1 + 1 = 2 + 2 = 3 + 3 =");
    calc_history_delete(c, CALC_STANDARD, 1);
    assert_int_equal(calc_history_count(c, CALC_STANDARD), 2);
    assert_string_equal(calc_history_expression(c, CALC_STANDARD, 0), "3 + 3=");
    assert_string_equal(calc_history_expression(c, CALC_STANDARD, 1), "1 + 1=");
    calc_history_delete(c, CALC_STANDARD, 5);          /* out of range: nothing */
    assert_int_equal(calc_history_count(c, CALC_STANDARD), 2);

    /* load appends as the oldest item */
    assert_true(calc_history_load(c, CALC_STANDARD, "10 \xC3\xB7 4=", "2.5"));
    assert_int_equal(calc_history_count(c, CALC_STANDARD), 3);
    assert_string_equal(calc_history_expression(c, CALC_STANDARD, 2), "10 \xC3\xB7 4=");
    assert_false(calc_history_load(c, CALC_STANDARD, "x", "not a number"));
    assert_false(calc_history_load(c, CALC_PROGRAMMER, "1 + 1=", "2"));
    calc_history_recall(c, 2);
    assert_string_equal(calc_display(c), "2.5");

    start(c, CALC_SCIENTIFIC);                         /* into an empty list */
    assert_true(calc_history_load(c, CALC_SCIENTIFIC, "1 + 1=", "2"));
    assert_true(calc_history_load(c, CALC_SCIENTIFIC, "2 + 2=", "4"));
    assert_string_equal(calc_history_expression(c, CALC_SCIENTIFIC, 0), "1 + 1=");
    assert_string_equal(calc_history_result(c, CALC_SCIENTIFIC, 1), "4");
    calc_destroy(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_history_cases),
        cmocka_unit_test(test_recall),
        cmocka_unit_test(test_separate_lists_and_limit),
        cmocka_unit_test(test_delete_and_load),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
