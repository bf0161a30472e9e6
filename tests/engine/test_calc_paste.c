/* calc_paste: valid texts are typed as keys, anything else is refused with
 * CALC_ERR_INVALID and leaves the calculator exactly as it was. */
#include <stdlib.h>
#include <time.h>

#include "calc_test_util.h"

typedef struct paste_case {
    const char *name;
    calc_mode mode;
    const char *before;     /* keys pressed first */
    const char *text;
    const char *dec, *grp;
    calc_status status;
    const char *display;    /* after the paste */
} paste_case;

static const paste_case paste_cases[] = {
    { "number", CALC_STANDARD, "", "12.5", ".", ",", CALC_OK, "12.5" },
    { "grouped", CALC_STANDARD, "", "1 234,5", ",", " ", CALC_OK, "1234.5" },
    { "grouped-en", CALC_STANDARD, "", "1,234,567.25", ".", ",", CALC_OK, "1234567.25" },
    { "nbsp-group", CALC_STANDARD, "", "1\xC2\xA0" "234,5", ",", "\xC2\xA0", CALC_OK, "1234.5" },
    { "exponent", CALC_SCIENTIFIC, "", "-3e5", ".", ",", CALC_OK, "-3.e+5" },
    { "exponent-neg", CALC_SCIENTIFIC, "", "2.5E-3", ".", ",", CALC_OK, "2.5e-3" },
    { "expression-std", CALC_STANDARD, "", "2+3*4=", ".", ",", CALC_OK, "20" },
    { "expression-sci", CALC_SCIENTIFIC, "", "2+3*4=", ".", ",", CALC_OK, "14" },
    { "spaces", CALC_SCIENTIFIC, "", "  (1 + 2) * 3 =  ", ".", ",", CALC_OK, "9" },
    { "newline", CALC_STANDARD, "", " 42 \n", ".", ",", CALC_OK, "42" },
    { "crlf", CALC_STANDARD, "", "42\r\n", ".", ",", CALC_OK, "42" },
    { "signs", CALC_STANDARD, "", "5*-2=", ".", ",", CALC_OK, "-10" },
    { "times-divide", CALC_STANDARD, "", "6\xC3\x97" "7\xC3\xB7" "2=", ".", ",", CALC_OK, "21" },
    { "after-result", CALC_STANDARD, "1 + 2 =", "7", ".", ",", CALC_OK, "7" },
    { "continues", CALC_STANDARD, "1 0 +", "5=", ".", ",", CALC_OK, "15" },
    { "in-error", CALC_STANDARD, "1 / 0 =", "5", ".", ",", CALC_OK, "5" },
    { "default-sep", CALC_STANDARD, "", "0.5", NULL, NULL, CALC_OK, "0.5" },
    { "max-digits", CALC_STANDARD, "", "1234567890123456", ".", ",", CALC_OK, "1234567890123456" },
    { "sci-digits", CALC_SCIENTIFIC, "", "12345678901234567890", ".", ",", CALC_OK, "12345678901234567890" },
    { "prog-hex", CALC_PROGRAMMER, "hex", "FF", ".", ",", CALC_OK, "FF" },
    { "prog-expr", CALC_PROGRAMMER, "", "6*7=", ".", ",", CALC_OK, "42" },
    /* refused: the calculator keeps its display */
    { "letters", CALC_STANDARD, "7", "abc", ".", ",", CALC_ERR_INVALID, "7" },
    { "empty", CALC_STANDARD, "7", "   ", ".", ",", CALC_ERR_INVALID, "7" },
    { "two-lines", CALC_STANDARD, "7", "1\n2", ".", ",", CALC_ERR_INVALID, "7" },
    { "two-newlines", CALC_STANDARD, "7", "12\n\n", ".", ",", CALC_ERR_INVALID, "7" },
    { "trailing-op", CALC_STANDARD, "7", "1+", ".", ",", CALC_ERR_INVALID, "7" },
    { "double-point", CALC_STANDARD, "7", "1.2.3", ".", ",", CALC_ERR_INVALID, "7" },
    { "too-long-std", CALC_STANDARD, "7", "12345678901234567", ".", ",", CALC_ERR_INVALID, "7" },
    { "bad-exponent", CALC_SCIENTIFIC, "7", "1e", ".", ",", CALC_ERR_INVALID, "7" },
    { "long-exponent", CALC_SCIENTIFIC, "7", "1e12345", ".", ",", CALC_ERR_INVALID, "7" },
    { "wrong-decimal", CALC_STANDARD, "7", "1.5", ",", " ", CALC_ERR_INVALID, "7" },
    { "unbalanced", CALC_SCIENTIFIC, "7", "1+2)", ".", ",", CALC_ERR_INVALID, "7" },
    { "two-numbers", CALC_STANDARD, "7", "1 2", ".", ",", CALC_ERR_INVALID, "7" },
    { "prog-digit", CALC_PROGRAMMER, "7", "1A", ".", ",", CALC_ERR_INVALID, "7" },
    { "P31", CALC_PROGRAMMER, "dword 7", "-9223372036854775808", ".", ",", CALC_ERR_INVALID, "7" },
};

static void test_paste_cases(void **state)
{
    (void)state;
    calc *c = calc_create();
    int failures = 0;
    for (size_t i = 0; i < N_CASES(paste_cases); i++) {
        const paste_case *p = &paste_cases[i];
        start(c, p->mode);
        press(c, p->before);
        char expr_before[256];
        snprintf(expr_before, sizeof expr_before, "%s", calc_expression(c));
        calc_status s = calc_paste(c, p->text, p->dec, p->grp);
        bool good = s == p->status && strcmp(calc_display(c), p->display) == 0;
        if (p->status != CALC_OK && strcmp(calc_expression(c), expr_before) != 0)
            good = false;
        if (!good) {
            failures++;
            printf("FAIL %s: status %d (want %d), display \"%s\" (want \"%s\")\n", p->name, (int)s,
                   (int)p->status, calc_display(c), p->display);
        }
    }
    calc_destroy(c);
    assert_int_equal(failures, 0);
}

/* A megabyte of text is refused (or typed) quickly. */
static void test_paste_megabyte(void **state)
{
    (void)state;
    size_t n = 1u << 20;
    char *text = malloc(n + 1);
    assert_non_null(text);
    calc *c = calc_create();
    start(c, CALC_SCIENTIFIC);
    press(c, "5");
    clock_t t0 = clock();

    memset(text, '7', n);                               /* one huge number */
    text[n] = '\0';
    assert_int_equal(calc_paste(c, text, ".", ","), CALC_ERR_INVALID);
    for (size_t i = 0; i < n; i += 2) {                 /* 1+1+1+... */
        text[i] = '1';
        text[i + 1] = '+';
    }
    text[n - 1] = '1';
    assert_int_equal(calc_paste(c, text, ".", ","), CALC_ERR_INVALID);
    memset(text, ' ', n);                               /* only spaces */
    assert_int_equal(calc_paste(c, text, ".", ","), CALC_ERR_INVALID);
    assert_string_equal(calc_display(c), "5");

    /* a long but acceptable expression is typed */
    size_t k = 0;
    for (int i = 0; i < 4000; i++) {
        text[k++] = '1';
        text[k++] = '+';
    }
    text[k++] = '1';
    text[k++] = '=';
    text[k] = '\0';
    assert_int_equal(calc_paste(c, text, ".", ","), CALC_OK);
    assert_string_equal(calc_display(c), "4001");
    double seconds = (double)(clock() - t0) / CLOCKS_PER_SEC;
    printf("paste of a megabyte: %.3f s\n", seconds);
    assert_true(seconds < 10.0);
    calc_destroy(c);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_paste_cases),
        cmocka_unit_test(test_paste_megabyte),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
