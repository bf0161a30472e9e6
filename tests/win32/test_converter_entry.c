/* The converter's typed value (src/win32/converter_entry.c): keys edit it as
 * Windows Calculator's converter does, and a pasted number is read in the
 * user's format or not at all. */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "converter_entry.h"

/* Presses keys on a fresh "0": digits, '.', 'b' backspace, 'n' negate, 'c' clear. */
static const char *press(conv_entry *e, const char *keys)
{
    for (; *keys; keys++) {
        if (*keys >= '0' && *keys <= '9') conv_entry_digit(e, *keys - '0');
        else if (*keys == '.') conv_entry_decimal(e);
        else if (*keys == 'b') conv_entry_back(e);
        else if (*keys == 'n') conv_entry_negate(e);
        else if (*keys == 'c') conv_entry_clear(e);
    }
    return e->text;
}

static const char *typed(const char *keys)
{
    static conv_entry e;
    conv_entry_clear(&e);
    return press(&e, keys);
}

static void typing(void **state)
{
    (void)state;
    assert_string_equal(typed(""), "0");
    assert_string_equal(typed("0007"), "7");
    assert_string_equal(typed("12.5"), "12.5");
    assert_string_equal(typed("12.."), "12.");
    assert_string_equal(typed(".5"), "0.5");
    assert_string_equal(typed("1234567890123456789"), "1234567890123456");   /* 16 digits */
    assert_string_equal(typed("0.1234567890123456"), "0.123456789012345");
    assert_string_equal(typed("12.5bb"), "12");
    assert_string_equal(typed("7b"), "0");
    assert_string_equal(typed("7bbb"), "0");
    assert_string_equal(typed("40n"), "-40");
    assert_string_equal(typed("40nn"), "40");
    assert_string_equal(typed("4n0"), "-40");
    assert_string_equal(typed("4nb"), "0");              /* "-" alone is 0 */
    assert_string_equal(typed("n"), "0");                /* no "-0" */
    assert_string_equal(typed("n5"), "5");
    assert_string_equal(typed("123c"), "0");
}

static void fresh_values(void **state)
{
    (void)state;
    conv_entry e;
    conv_entry_clear(&e);
    assert_true(conv_entry_set(&e, "767.0827368169888"));
    assert_true(e.fresh);
    assert_string_equal(press(&e, "2"), "2");            /* a digit starts a new value */
    assert_true(conv_entry_set(&e, "1.5"));
    assert_string_equal(press(&e, "."), "0.");
    assert_true(conv_entry_set(&e, "1.5"));
    assert_string_equal(press(&e, "b"), "1.");           /* backspace edits it */
    assert_true(conv_entry_set(&e, "2.5e3"));
    assert_string_equal(press(&e, "b"), "2.5");          /* no exponent without digits */
    assert_true(conv_entry_set(&e, "1e-7"));
    assert_string_equal(press(&e, "b"), "1");
    assert_true(conv_entry_set(&e, "1.e+16"));
    assert_string_equal(press(&e, "bb"), "1.");           /* "1.e+1", then "1." */
    char big[CONV_ENTRY_CAP + 8];
    memset(big, '9', sizeof big - 1);
    big[sizeof big - 1] = 0;
    assert_false(conv_entry_set(&e, big));
    assert_string_equal(e.text, "1.");
    assert_false(conv_entry_set(&e, ""));
    assert_false(conv_entry_set(&e, NULL));
}

static const char *parsed(const wchar_t *s, const wchar_t *dec, const wchar_t *grp)
{
    static char out[CONV_ENTRY_CAP];
    return conv_parse_number(s, dec, grp, out, sizeof out) ? out : "<no>";
}

static void pasting(void **state)
{
    (void)state;
    assert_string_equal(parsed(L"12.5", L".", L","), "12.5");
    assert_string_equal(parsed(L"  1,234.5 \r\n", L".", L","), "1234.5");
    assert_string_equal(parsed(L"-3e5", L".", L","), "-3e5");
    assert_string_equal(parsed(L"+2.5E-3", L".", L","), "2.5e-3");
    assert_string_equal(parsed(L"1\u00a0234,5", L",", L"\u00a0"), "1234.5");
    assert_string_equal(parsed(L"1 234,5", L",", L"\u202f"), "1234.5");    /* plain space in fr-FR */
    assert_string_equal(parsed(L"1 234,5", L".", L","), "<no>");
    assert_string_equal(parsed(L"2+3", L".", L","), "<no>");
    assert_string_equal(parsed(L"abc", L".", L","), "<no>");
    assert_string_equal(parsed(L"", L".", L","), "<no>");
    assert_string_equal(parsed(L"-", L".", L","), "<no>");
    assert_string_equal(parsed(L"1e", L".", L","), "<no>");
    assert_string_equal(parsed(L",5", L".", L","), "<no>");                /* a group separator first */
    assert_string_equal(parsed(L"1.2.3", L".", L","), "<no>");
    assert_string_equal(parsed(L"1,2", L".", L","), "12");                 /* as Windows: grouping is not checked */
    char small[4];
    assert_false(conv_parse_number(L"12345", L".", L",", small, sizeof small));
    assert_true(conv_parse_number(L"12", L".", L",", small, sizeof small));
    assert_string_equal(small, "12");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(typing),
        cmocka_unit_test(fresh_values),
        cmocka_unit_test(pasting),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
