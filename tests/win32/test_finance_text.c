/* The Finance form's texts (src/win32/finance_text.c) alone: typed numbers
 * in English and French read as engine text, rounding to cents half away
 * from zero in plain notation (never "-0.00"), the exact sums through the
 * engine, and money in a locale's format. The other window modules are
 * stand-ins here. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>
#include <windows.h>

#include "finance_text.h"
#include "lang.h"
#include "wtext.h"

/* ------------------------------------------------------------ stand-ins */
const wchar_t *lang_string(UINT id, wchar_t *buf, int cap)
{
    (void)id;
    lstrcpynW(buf, L"%ls%%", cap);
    return buf;
}

unsigned long numfmt_locale_flag(void) { return LOCALE_NOUSEROVERRIDE; }

size_t utf8_to_wide(const char *s, wchar_t *out, size_t cap)
{
    int n = MultiByteToWideChar(CP_UTF8, 0, s, -1, out, (int)cap);
    if (n <= 0) out[0] = 0;
    return wcslen(out);
}

/* '.' -> the decimal separator, groups of three when asked (enough here). */
size_t numfmt_localize(const numfmt *f, const char *utf8, bool group, wchar_t *out, size_t cap)
{
    size_t n = 0, len = strlen(utf8), start = utf8[0] == '-' ? 1 : 0, int_end = start;
    while (int_end < len && utf8[int_end] != '.') int_end++;
    for (size_t i = 0; i < len && n + 2 < cap; i++) {
        if (group && i > start && i < int_end && (int_end - i) % 3 == 0) out[n++] = f->group[0];
        out[n++] = utf8[i] == '.' ? f->decimal[0] : (wchar_t)utf8[i];
    }
    out[n] = 0;
    return n;
}

static numfmt english(void)
{
    numfmt f;
    memset(&f, 0, sizeof f);
    wcscpy(f.decimal, L".");
    wcscpy(f.group, L",");
    f.sizes[0] = 3;
    f.nsizes = 1;
    f.repeat_last = true;
    return f;
}

static numfmt french(void)
{
    numfmt f = english();
    wcscpy(f.decimal, L",");
    wcscpy(f.group, L"\x202F");
    return f;
}

/* ------------------------------------------------------------ tests */

static void parse_is(const numfmt *f, const wchar_t *in, fin_parse_result want, const char *engine)
{
    char out[FIN_IN_MAX];
    fin_parse_result r = fin_text_parse(f, in, out);
    assert_int_equal(r, want);
    if (want == FIN_PARSE_OK) assert_string_equal(out, engine);
}

static void typed_numbers(void **state)
{
    (void)state;
    numfmt en = english(), fr = french();
    parse_is(&en, L"200000", FIN_PARSE_OK, "200000");
    parse_is(&en, L"200,000.50", FIN_PARSE_OK, "200000.50");
    parse_is(&en, L"$1,159.92", FIN_PARSE_BAD, NULL);       /* a leading symbol is not a number */
    parse_is(&en, L"3.5%", FIN_PARSE_OK, "3.5");
    parse_is(&en, L"-1000", FIN_PARSE_OK, "-1000");
    parse_is(&en, L"1e6", FIN_PARSE_OK, "1e6");
    parse_is(&en, L"   ", FIN_PARSE_EMPTY, NULL);
    parse_is(&en, L"", FIN_PARSE_EMPTY, NULL);
    parse_is(&en, L"abc", FIN_PARSE_BAD, NULL);
    parse_is(&en, L"1.2.3", FIN_PARSE_BAD, NULL);
    parse_is(&fr, L"3,5", FIN_PARSE_OK, "3.5");
    parse_is(&fr, L"3.5", FIN_PARSE_OK, "3.5");              /* the other common convention */
    parse_is(&fr, L"1 234,56 €", FIN_PARSE_OK, "1234.56");
    parse_is(&fr, L"1\x202F" L"234,56", FIN_PARSE_OK, "1234.56");
    parse_is(&fr, L"200\x00A0" L"000", FIN_PARSE_OK, "200000");
    parse_is(&fr, L"\x2212" L"5", FIN_PARSE_OK, "-5");        /* the minus sign U+2212 */
}

static void round_is(const char *in, int places, const char *want)
{
    char out[100];
    assert_true(fin_text_round(in, places, out, sizeof out));
    assert_string_equal(out, want);
}

static void rounding_to_cents(void **state)
{
    (void)state;
    round_is("-939.4378402712432", 2, "-939.44");
    round_is("1159.919435966187", 2, "1159.92");
    round_is("0.005", 2, "0.01");               /* half away from zero */
    round_is("-0.005", 2, "-0.01");
    round_is("0.00499999", 2, "0.00");
    round_is("-0.000000001", 2, "0.00");        /* never -0.00 */
    round_is("1e-12", 2, "0.00");
    round_is("-3.2e-15", 2, "0.00");
    round_is("9.999", 2, "10.00");
    round_is("999.995", 2, "1000.00");
    round_is("1.5e3", 2, "1500.00");
    round_is("2.5", 0, "3");
    round_is("100", 2, "100.00");
    round_is("0", 2, "0.00");
    char out[100];
    assert_false(fin_text_round("1e80", 2, out, sizeof out));
    assert_false(fin_text_round("12abc", 2, out, sizeof out));
    long long c = 0;
    assert_true(fin_text_cents("-939.4378402712432", &c));
    assert_int_equal(c, -93944);
    assert_true(fin_text_cents("78380.66646318849", &c));
    assert_int_equal(c, 7838067);
}

static void exact_sums(void **state)
{
    (void)state;
    char out[FIN_TEXT_MAX];
    assert_int_equal(fin_text_mul_add("0", "20", "12", out), FIN_OK);
    assert_string_equal(out, "240");
    assert_int_equal(fin_text_mul_add("78380.66646318849", "20", "240", out), FIN_OK);
    assert_string_equal(out, "83180.66646318849");
    assert_int_equal(fin_text_mul_add("0.1", "0.2", "1", out), FIN_OK);
    assert_string_equal(out, "0.3");                   /* exact, not 0.30000000000000004 */
    assert_int_equal(fin_text_div("240", "12", out), FIN_OK);
    assert_string_equal(out, "20");
    assert_int_equal(fin_text_div("250", "12", out), FIN_OK);
    assert_string_equal(out, "20.83333333333333");
    fin_text_negate("-5", out);
    assert_string_equal(out, "5");
    fin_text_negate("5", out);
    assert_string_equal(out, "-5");
    fin_text_negate("0", out);
    assert_string_equal(out, "0");
    assert_true(fin_text_zero("0.000"));
    assert_true(fin_text_zero("-0e5"));
    assert_false(fin_text_zero("0.001"));
    assert_true(fin_text_positive("3.5"));
    assert_false(fin_text_positive("-3.5"));
    assert_false(fin_text_positive("0"));
}

static void money_and_rates(void **state)
{
    (void)state;
    numfmt en = english();
    fin_money_fmt m = { L"$", 0, 0 };
    wchar_t out[64];
    fin_text_money(&en, &m, "-939.4378402712432", out, 64);
    assert_true(wcsstr(out, L"939.44") != NULL && wcschr(out, L'$') != NULL);
    fin_text_money(&en, &m, "1159.919435966187", out, 64);
    assert_true(wcscmp(out, L"$1,159.92") == 0);
    fin_text_amount(&en, "1234567.891", false, out, 64);
    assert_true(wcscmp(out, L"1234567.89") == 0);
    fin_text_amount(&en, "1234567.891", true, out, 64);
    assert_true(wcscmp(out, L"1,234,567.89") == 0);
    numfmt fr = french();
    fin_text_amount(&fr, "-0.000001", false, out, 64);
    assert_true(wcscmp(out, L"0,00") == 0);
    fin_text_rate(&fr, "3.556695294597052", out, 64);
    assert_true(wcscmp(out, L"3,556695294597052%") == 0);  /* every digit (stand-in pattern) */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(typed_numbers),
        cmocka_unit_test(rounding_to_cents),
        cmocka_unit_test(exact_sums),
        cmocka_unit_test(money_and_rates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
