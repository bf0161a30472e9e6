/* cli_convert: the converter on the command line (DESIGN.md Contract 4).
 * The engine (calc_units.h) knows the units by id; their English names, for
 * --list, live here, one row per unit id. */
#include <stdio.h>
#include <string.h>

#include "calc_units.h"
#include "cli_convert.h"
#include "cli_lines.h"

#define PRECISION 16   /* the standard display rule */
#define OUT_CAP (64 + PRECISION)

typedef struct unit_name {
    const char *id;
    const char *name;
} unit_name;

static const unit_name names[] = {
    { "nm", "Nanometers" }, { "um", "Microns" }, { "mm", "Millimeters" },
    { "cm", "Centimeters" }, { "m", "Meters" }, { "km", "Kilometers" }, { "in", "Inches" },
    { "ft", "Feet" }, { "yd", "Yards" }, { "mi", "Miles" }, { "nmi", "Nautical miles" },
    { "mm2", "Square millimeters" }, { "cm2", "Square centimeters" },
    { "m2", "Square meters" }, { "ha", "Hectares" }, { "km2", "Square kilometers" },
    { "in2", "Square inches" }, { "ft2", "Square feet" }, { "yd2", "Square yards" },
    { "ac", "Acres" }, { "mi2", "Square miles" },
    { "ml", "Milliliters" }, { "cm3", "Cubic centimeters" }, { "l", "Liters" },
    { "m3", "Cubic meters" }, { "in3", "Cubic inches" }, { "ft3", "Cubic feet" },
    { "yd3", "Cubic yards" }, { "tsp", "Teaspoons (US)" }, { "tbsp", "Tablespoons (US)" },
    { "floz", "Fluid ounces (US)" }, { "cup", "Cups (US)" }, { "pt", "Pints (US)" },
    { "qt", "Quarts (US)" }, { "gal", "Gallons (US)" }, { "flozuk", "Fluid ounces (UK)" },
    { "ptuk", "Pints (UK)" }, { "qtuk", "Quarts (UK)" }, { "galuk", "Gallons (UK)" },
    { "mg", "Milligrams" }, { "g", "Grams" }, { "kg", "Kilograms" },
    { "t", "Metric tonnes" }, { "ct", "Carats" }, { "oz", "Ounces" }, { "lb", "Pounds" },
    { "st", "Stones" }, { "ton", "Short tons (US)" }, { "tonuk", "Long tons (UK)" },
    { "cm/s", "Centimeters per second" }, { "m/s", "Meters per second" },
    { "km/h", "Kilometers per hour" }, { "ft/s", "Feet per second" },
    { "mph", "Miles per hour" }, { "kn", "Knots" },
    { "us", "Microseconds" }, { "ms", "Milliseconds" }, { "s", "Seconds" },
    { "min", "Minutes" }, { "h", "Hours" }, { "d", "Days" }, { "wk", "Weeks" },
    { "yr", "Years (365.25 days)" },
    { "J", "Joules" }, { "kJ", "Kilojoules" }, { "cal", "Thermochemical calories" },
    { "kcal", "Food calories" }, { "eV", "Electron volts" }, { "Wh", "Watt-hours" },
    { "kWh", "Kilowatt-hours" }, { "BTU", "British thermal units" },
    { "ftlbf", "Foot-pounds" },
    { "W", "Watts" }, { "kW", "Kilowatts" }, { "hp", "Horsepower (US)" },
    { "cv", "Metric horsepower" }, { "BTU/min", "BTUs per minute" },
    { "ftlbf/min", "Foot-pounds per minute" },
    { "Pa", "Pascals" }, { "kPa", "Kilopascals" }, { "bar", "Bars" },
    { "atm", "Atmospheres" }, { "mmHg", "Millimeters of mercury" },
    { "psi", "Pounds per square inch" },
    { "bit", "Bits" }, { "B", "Bytes" }, { "kb", "Kilobits" }, { "Mb", "Megabits" },
    { "Gb", "Gigabits" }, { "kB", "Kilobytes" }, { "MB", "Megabytes" },
    { "GB", "Gigabytes" }, { "TB", "Terabytes" }, { "KiB", "Kibibytes" },
    { "MiB", "Mebibytes" }, { "GiB", "Gibibytes" }, { "TiB", "Tebibytes" },
    { "C", "Celsius" }, { "F", "Fahrenheit" }, { "K", "Kelvin" },
    { "deg", "Degrees" }, { "rad", "Radians" }, { "grad", "Gradians" },
    { "l/100km", "Liters per 100 kilometers" }, { "km/l", "Kilometers per liter" },
    { "mpg", "Miles per gallon (US)" }, { "mpguk", "Miles per gallon (UK)" },
};

/* The English name of a unit id; the id itself if a row is missing (the CLI
 * test checks that none is). */
static const char *unit_name_of(const char *id)
{
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(names[i].id, id) == 0)
            return names[i].name;
    return id;
}

static void usage(FILE *f)
{
    fputs("usage: calculatrice-cli convert VALUE FROM TO\n"
          "       calculatrice-cli convert --list\n"
          "       calculatrice-cli convert < LINES\n"
          "\n"
          "Converts VALUE (a decimal such as 12.5, -3 or 1.5e-7) from unit FROM to unit TO\n"
          "of the same category, exactly, and prints it with 16 significant digits.\n"
          "  --list   print every unit, one per line: category id English-name\n"
          "  --help   this text\n"
          "Without arguments, each line of standard input is \"VALUE FROM TO\" and gives one\n"
          "output line (empty after an error).\n"
          "A conversion without an answer prints the error text (Cannot divide by zero,\n"
          "Overflow) and exit status 0. Exit status 2: an unknown unit, units of different\n"
          "categories or a malformed value (reported as error: ... on standard error).\n", f);
}

static void list_units(void)
{
    for (int i = 0; i < units_count(); i++)
        printf("%s %s %s\n", units_category_id(units_category_of(i)), units_id(i),
               unit_name_of(units_id(i)));
}

/* Converts once; prints the result line, or reports an invalid input on
 * stderr and prints nothing. Returns the exit status of this conversion. */
static int convert_one(const char *value, const char *from, const char *to)
{
    char out[OUT_CAP];
    units_status st = units_convert(value, from, to, PRECISION, out, sizeof out);
    switch (st) {
    case UNITS_OK:
        puts(out);
        return 0;
    case UNITS_DIV_ZERO:
        puts("Cannot divide by zero");
        return 0;
    case UNITS_OVERFLOW:
        puts("Overflow");
        return 0;
    case UNITS_UNKNOWN_UNIT:
        fprintf(stderr, "error: unknown unit '%s' (convert --list shows them)\n",
                units_find(from) < 0 ? from : to);
        return 2;
    case UNITS_MISMATCH:
        fprintf(stderr, "error: '%s' (%s) and '%s' (%s) are not of the same category\n", from,
                units_category_id(units_category_of(units_find(from))), to,
                units_category_id(units_category_of(units_find(to))));
        return 2;
    case UNITS_BAD_VALUE:
        fprintf(stderr, "error: '%s' is not a number\n", value);
        return 2;
    default:
        fputs("error: result too long\n", stderr);
        return 2;
    }
}

/* Batch mode: one "VALUE FROM TO" per line, one output line per input line. */
static int convert_lines(void)
{
    line_reader r;
    if (!line_reader_init(&r, stdin)) {
        fputs("error: out of memory\n", stderr);
        return 1;
    }
    int status = 0;
    size_t len;
    char *line;
    while ((line = line_reader_next(&r, &len)) != NULL) {
        char *field[4];
        int n = 0;
        for (char *tok = strtok(line, " \t"); tok != NULL && n < 4; tok = strtok(NULL, " \t"))
            field[n++] = tok;
        int rc = 2;
        if (n == 3)
            rc = convert_one(field[0], field[1], field[2]);
        else
            fputs("error: a line needs VALUE FROM TO\n", stderr);
        if (rc != 0) {
            putchar('\n');
            status = rc;
        }
    }
    line_reader_free(&r);
    return status;
}

int cli_convert_main(int argc, char **argv)
{
    if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        usage(stdout);
        return 0;
    }
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        list_units();
        return 0;
    }
    if (argc == 1)
        return convert_lines();
    if (argc == 4)
        return convert_one(argv[1], argv[2], argv[3]);
    fputs("error: convert takes VALUE FROM TO, --list or --help\n", stderr);
    usage(stderr);
    return 2;
}
