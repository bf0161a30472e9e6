/* Tests for the converter's units (calc_units.h, DESIGN.md Contract 4): the
 * table, every unit's definition (written here again, independently, as "N of
 * the unit = M of the base unit" with exact decimals), round trips between
 * every pair of a category, temperature and fuel economy edges, the range,
 * the errors. Failing cases are printed, then the test fails. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "calc_units.h"
#include "number.h"

#define STD 16
#define FULL 128
#define CAP (64 + FULL)

/* The converted text, or the status's name. */
static const char *conv(const char *value, const char *from, const char *to, int precision)
{
    static char out[CAP];
    switch (units_convert(value, from, to, precision, out, sizeof out)) {
    case UNITS_OK:
        return out;
    case UNITS_DIV_ZERO:
        return "DIV_ZERO";
    case UNITS_OVERFLOW:
        return "OVERFLOW";
    case UNITS_BAD_VALUE:
        return "BAD_VALUE";
    case UNITS_UNKNOWN_UNIT:
        return "UNKNOWN";
    case UNITS_MISMATCH:
        return "MISMATCH";
    default:
        return "NO_ROOM";
    }
}

/* true when two engine-form decimals are the same number */
static bool same_value(const char *a, const char *b)
{
    num x, y;
    return num_parse(&x, a) == CALC_OK && num_parse(&y, b) == CALC_OK && num_cmp(&x, &y) == 0;
}

/* ------------------------------------------------------------ the table */

static void test_table(void **state)
{
    (void)state;
    assert_true(units_count() > 100);
    for (int i = 0; i < units_count(); i++) {
        const char *id = units_id(i);
        assert_non_null(id);
        assert_int_equal(units_find(id), i);          /* ids are unique */
        assert_true(units_category_of(i) < UNITS_CATEGORY_COUNT);
        assert_non_null(units_category_id(units_category_of(i)));
        assert_string_equal(conv("1", id, id, STD), "1");
        /* every row's definition evaluates: 2 of it in the category's first unit */
        int first = i;
        while (first > 0 && units_category_of(first - 1) == units_category_of(i))
            first--;
        char out[CAP];
        assert_int_equal(units_convert("2", id, units_id(first), STD, out, sizeof out), UNITS_OK);
        if (i > 0)   /* grouped by category */
            assert_true(units_category_of(i) >= units_category_of(i - 1));
    }
    assert_null(units_id(-1));
    assert_null(units_id(units_count()));
    assert_int_equal(units_category_of(units_count()), UNITS_CATEGORY_COUNT);
    assert_null(units_category_id(UNITS_CATEGORY_COUNT));
    assert_int_equal(units_find("parsec"), -1);
    assert_int_equal(units_find("KM"), -1);
    assert_string_equal(units_category_id(UNITS_FUEL_ECONOMY), "fuel-economy");
}

/* ------------------------------------------------------------ definitions */

typedef struct definition {
    const char *id;
    const char *amount;   /* N of the unit … */
    const char *base;     /* … is exactly this much of the category's base unit */
} definition;

/* Base units: m, m2, m3, kg, m/s, s, J, W, Pa, bit, deg, km/l (the temperature
 * units are tested apart). Values from the definitions: 1 in = 0.0254 m,
 * 1 lb = 0.45359237 kg, 1 lbf = 0.45359237 * 9.80665 = 4.4482216152605 N,
 * 1 ft lbf = 0.3048 * 4.4482216152605 = 1.3558179483314004 J, US gal = 231 in3,
 * UK gal = 4.54609 l. */
static const definition definitions[] = {
    { "nm", "1", "0.000000001" }, { "um", "1", "0.000001" }, { "mm", "1", "0.001" },
    { "cm", "1", "0.01" }, { "m", "1", "1" }, { "km", "1", "1000" }, { "in", "1", "0.0254" },
    { "ft", "1", "0.3048" }, { "yd", "1", "0.9144" }, { "mi", "1", "1609.344" },
    { "nmi", "1", "1852" },
    { "mm2", "1", "0.000001" }, { "cm2", "1", "0.0001" }, { "m2", "1", "1" },
    { "ha", "1", "10000" }, { "km2", "1", "1000000" }, { "in2", "1", "0.00064516" },
    { "ft2", "1", "0.09290304" }, { "yd2", "1", "0.83612736" }, { "ac", "1", "4046.8564224" },
    { "mi2", "1", "2589988.110336" },
    { "ml", "1", "0.000001" }, { "cm3", "1", "0.000001" }, { "l", "1", "0.001" },
    { "m3", "1", "1" }, { "in3", "1", "0.000016387064" }, { "ft3", "1", "0.028316846592" },
    { "yd3", "1", "0.764554857984" }, { "gal", "1", "0.003785411784" },
    { "qt", "1", "0.000946352946" }, { "pt", "1", "0.000473176473" },
    { "cup", "1", "0.0002365882365" }, { "floz", "1", "0.0000295735295625" },
    { "tbsp", "2", "0.0000295735295625" }, { "tsp", "6", "0.0000295735295625" },
    { "galuk", "1", "0.00454609" }, { "qtuk", "1", "0.0011365225" },
    { "ptuk", "1", "0.00056826125" }, { "flozuk", "1", "0.0000284130625" },
    { "mg", "1", "0.000001" }, { "g", "1", "0.001" }, { "kg", "1", "1" }, { "t", "1", "1000" },
    { "ct", "5", "0.001" }, { "oz", "16", "0.45359237" }, { "lb", "1", "0.45359237" },
    { "st", "1", "6.35029318" }, { "ton", "1", "907.18474" }, { "tonuk", "1", "1016.0469088" },
    { "cm/s", "1", "0.01" }, { "m/s", "1", "1" }, { "km/h", "36", "10" },
    { "ft/s", "1", "0.3048" }, { "mph", "1", "0.44704" }, { "kn", "36", "18.52" },
    { "us", "1", "0.000001" }, { "ms", "1", "0.001" }, { "s", "1", "1" }, { "min", "1", "60" },
    { "h", "1", "3600" }, { "d", "1", "86400" }, { "wk", "1", "604800" },
    { "yr", "1", "31557600" },
    { "J", "1", "1" }, { "kJ", "1", "1000" }, { "cal", "1", "4.184" }, { "kcal", "1", "4184" },
    { "eV", "1", "1.602176634e-19" }, { "Wh", "1", "3600" }, { "kWh", "1", "3600000" },
    { "BTU", "1", "1055.05585262" }, { "ftlbf", "1", "1.3558179483314004" },
    { "W", "1", "1" }, { "kW", "1", "1000" }, { "hp", "1", "745.69987158227022" },
    { "cv", "1", "735.49875" }, { "BTU/min", "60", "1055.05585262" },
    { "ftlbf/min", "60", "1.3558179483314004" },
    { "Pa", "1", "1" }, { "kPa", "1", "1000" }, { "bar", "1", "100000" },
    { "atm", "1", "101325" }, { "mmHg", "760", "101325" },
    { "psi", "0.00064516", "4.4482216152605" },
    { "bit", "1", "1" }, { "B", "1", "8" }, { "kb", "1", "1000" }, { "Mb", "1", "1000000" },
    { "Gb", "1", "1000000000" }, { "kB", "1", "8000" }, { "MB", "1", "8000000" },
    { "GB", "1", "8000000000" }, { "TB", "1", "8000000000000" }, { "KiB", "1", "8192" },
    { "MiB", "1", "8388608" }, { "GiB", "1", "8589934592" }, { "TiB", "1", "8796093022208" },
    { "deg", "1", "1" }, { "grad", "10", "9" },
    { "km/l", "1", "1" }, { "l/100km", "8", "12.5" }, { "mpg", "3.785411784", "1.609344" },
    { "mpguk", "4.54609", "1.609344" },
};

/* The base unit of each category, for the definitions above. */
static const char *base_of(units_category c)
{
    static const char *const base[UNITS_CATEGORY_COUNT] = {
        "m", "m2", "m3", "kg", "m/s", "s", "J", "W", "Pa", "bit", "K", "deg", "km/l",
    };
    return base[c];
}

static void test_definitions(void **state)
{
    (void)state;
    int bad = 0;
    for (size_t i = 0; i < sizeof definitions / sizeof definitions[0]; i++) {
        const definition *d = &definitions[i];
        int u = units_find(d->id);
        if (u < 0) {
            printf("unit %s missing\n", d->id);
            bad++;
            continue;
        }
        const char *base = base_of(units_category_of(u));
        char there[CAP], back[CAP];
        snprintf(there, sizeof there, "%s", conv(d->amount, d->id, base, FULL));
        snprintf(back, sizeof back, "%s", conv(d->base, base, d->id, FULL));
        if (!same_value(there, d->base) || !same_value(back, d->amount)) {
            printf("%s %s: %s in %s (want %s), back %s\n", d->amount, d->id, there, base,
                   d->base, back);
            bad++;
        }
    }
    /* every unit but the temperatures and radians has a row above */
    for (int u = 0; u < units_count(); u++) {
        bool found = units_category_of(u) == UNITS_TEMPERATURE || strcmp(units_id(u), "rad") == 0;
        for (size_t i = 0; i < sizeof definitions / sizeof definitions[0] && !found; i++)
            found = strcmp(definitions[i].id, units_id(u)) == 0;
        if (!found) {
            printf("unit %s has no definition in the test\n", units_id(u));
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

/* The examples, and radians through pi at full precision. */
static void test_examples(void **state)
{
    (void)state;
    assert_string_equal(conv("1", "mi", "km", STD), "1.609344");
    assert_string_equal(conv("100", "C", "F", STD), "212");
    assert_string_equal(conv("1", "hp", "W", STD), "745.6998715822702");
    assert_string_equal(conv("1", "psi", "kPa", STD), "6.894757293168361");
    assert_string_equal(conv("1", "gal", "l", STD), "3.785411784");
    assert_string_equal(conv("8", "l/100km", "mpg", STD), "29.40182291666667");
    assert_string_equal(conv("1", "rad", "deg", 32), "57.295779513082320876798154814105");
    assert_string_equal(conv("180", "deg", "rad", 32), "3.1415926535897932384626433832795");
    assert_string_equal(conv("200", "grad", "rad", 32), "3.1415926535897932384626433832795");
    assert_string_equal(conv("3.1415926535897932384626433832795028841971693993751", "rad",
                             "deg", STD), "180");
    /* mph is exactly 0.44704 m/s, the knot 1852/3600 (not Windows' rounded 51.44 cm/s) */
    assert_string_equal(conv("1", "mph", "cm/s", STD), "44.704");
    assert_string_equal(conv("1", "kn", "cm/s", STD), "51.44444444444444");
}

/* ------------------------------------------------------------ round trips */

static void test_round_trips(void **state)
{
    (void)state;
    static const char *const values[] = { "1", "123.456", "-0.0071", "6.02214076e23",
                                          "9.87654321e-30" };
    int bad = 0, pairs = 0;
    for (int a = 0; a < units_count(); a++) {
        for (int b = 0; b < units_count(); b++) {
            if (units_category_of(a) != units_category_of(b))
                continue;
            pairs++;
            for (size_t k = 0; k < sizeof values / sizeof values[0]; k++) {
                char mid[CAP];
                snprintf(mid, sizeof mid, "%s", conv(values[k], units_id(a), units_id(b), FULL));
                const char *back = conv(mid, units_id(b), units_id(a), 32);
                if (!same_value(back, values[k])) {
                    printf("%s %s -> %s %s -> %s\n", values[k], units_id(a), mid, units_id(b), back);
                    bad++;
                }
            }
        }
    }
    printf("%d pairs\n", pairs);
    assert_int_equal(bad, 0);
}

/* ------------------------------------------------------------ edges */

static void test_temperature(void **state)
{
    (void)state;
    assert_string_equal(conv("-273.15", "C", "K", STD), "0");
    assert_string_equal(conv("0", "K", "C", STD), "-273.15");
    assert_string_equal(conv("0", "K", "F", STD), "-459.67");
    assert_string_equal(conv("-459.67", "F", "C", STD), "-273.15");
    assert_string_equal(conv("-40", "C", "F", STD), "-40");
    assert_string_equal(conv("-40", "F", "C", STD), "-40");
    assert_string_equal(conv("32", "F", "C", STD), "0");
    assert_string_equal(conv("37", "C", "F", STD), "98.6");
    assert_string_equal(conv("0", "F", "C", STD), "-17.77777777777778");
    assert_string_equal(conv("300", "K", "F", STD), "80.33");
    /* below absolute zero is still arithmetic (Windows converts it too) */
    assert_string_equal(conv("-300", "C", "K", STD), "-26.85");
}

static void test_fuel_economy(void **state)
{
    (void)state;
    assert_string_equal(conv("0", "l/100km", "mpg", STD), "DIV_ZERO");
    assert_string_equal(conv("0", "l/100km", "km/l", STD), "DIV_ZERO");
    assert_string_equal(conv("0", "l/100km", "mpguk", STD), "DIV_ZERO");
    assert_string_equal(conv("0", "mpg", "l/100km", STD), "DIV_ZERO");
    assert_string_equal(conv("0", "km/l", "l/100km", STD), "DIV_ZERO");
    assert_string_equal(conv("0", "l/100km", "l/100km", STD), "0");
    assert_string_equal(conv("0", "km/l", "mpg", STD), "0");
    assert_string_equal(conv("100", "l/100km", "km/l", STD), "1");
    assert_string_equal(conv("20", "km/l", "l/100km", STD), "5");
    assert_string_equal(conv("-8", "l/100km", "km/l", STD), "-12.5");
    assert_string_equal(conv("1", "mpguk", "mpg", STD), "0.8326741846289889");
    assert_string_equal(conv("1e-9999", "l/100km", "km/l", STD), "OVERFLOW");
}

static void test_range(void **state)
{
    (void)state;
    assert_string_equal(conv("9.999999999999999e9999", "m", "m", STD), "9.999999999999999e+9999");
    assert_string_equal(conv("9.9999999999999999e9999", "m", "m", STD), "OVERFLOW");
    assert_string_equal(conv("1e10000", "m", "m", STD), "OVERFLOW");
    assert_string_equal(conv("1e9999", "km", "m", STD), "OVERFLOW");
    assert_string_equal(conv("1e9996", "km", "m", STD), "1.e+9999");
    assert_string_equal(conv("1e-9999", "m", "km", STD), "OVERFLOW");
    assert_string_equal(conv("1e-9999", "km", "m", STD), "1.e-9996");
    assert_string_equal(conv("1e-10000", "m", "m", STD), "OVERFLOW");
    assert_string_equal(conv("1e9000", "TiB", "bit", STD), "8.796093022208e+9012");
    assert_string_equal(conv("1e-9000", "eV", "kWh", STD), "4.45049065e-9026");
    assert_string_equal(conv("12345678901234567890", "m", "m", STD), "1.234567890123457e+19");
    assert_string_equal(conv("9999999999999999", "m", "m", STD), "9999999999999999");
    assert_string_equal(conv("0.1", "m", "ft", STD), "0.3280839895013123");
}

static void test_errors(void **state)
{
    (void)state;
    char out[8] = "x";
    assert_string_equal(conv("1", "parsec", "m", STD), "UNKNOWN");
    assert_string_equal(conv("1", "m", "parsec", STD), "UNKNOWN");
    assert_string_equal(conv("x", "m", "parsec", STD), "UNKNOWN");    /* units first */
    assert_string_equal(conv("1", "m", "kg", STD), "MISMATCH");
    assert_string_equal(conv("1", "C", "deg", STD), "MISMATCH");
    assert_string_equal(conv("x", "m", "kg", STD), "MISMATCH");
    assert_string_equal(conv("1,5", "m", "km", STD), "BAD_VALUE");
    assert_string_equal(conv("", "m", "km", STD), "BAD_VALUE");
    assert_string_equal(conv("+1", "m", "km", STD), "BAD_VALUE");
    assert_string_equal(conv(" 1", "m", "km", STD), "BAD_VALUE");
    assert_string_equal(conv("1e", "m", "km", STD), "BAD_VALUE");
    assert_string_equal(conv("1", "m", "km", 0), "BAD_VALUE");
    assert_string_equal(conv("1", "m", "km", FULL + 1), "BAD_VALUE");
    assert_int_equal(units_convert("1", "mi", "km", STD, out, 4), UNITS_NO_ROOM);
    assert_string_equal(out, "");
    assert_int_equal(units_convert("1", "mi", "kg", STD, out, sizeof out), UNITS_MISMATCH);
    assert_string_equal(out, "");
    assert_int_equal(units_convert("1", "mi", "km", STD, out, sizeof out), UNITS_NO_ROOM);
    assert_int_equal(units_convert("1", "km", "m", STD, out, sizeof out), UNITS_OK);
    assert_string_equal(out, "1000");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_definitions),
        cmocka_unit_test(test_examples),
        cmocka_unit_test(test_round_trips),
        cmocka_unit_test(test_temperature),
        cmocka_unit_test(test_fuel_economy),
        cmocka_unit_test(test_range),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
