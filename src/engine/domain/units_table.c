/* units_table: every unit of the converter, one row each (DESIGN.md Contract 4).
 *
 * Factors are the legal definitions, exact, in the category's base unit:
 * the international yard and pound of 1959 (1 in = 0.0254 m, 1 lb =
 * 0.45359237 kg), standard gravity 9.80665 m/s2 for the pound-force and the
 * kilogram-force, SI 2019 (1 eV = 1.602176634e-19 J), the US gallon of 231 in3,
 * the UK gallon of 4.54609 l, the thermochemical calorie (4.184 J), the IT BTU
 * (1055.05585262 J), the mechanical horsepower (550 ft lbf/s), the metric
 * horsepower (75 kgf m/s), the standard atmosphere (101325 Pa, 760 mmHg).
 * The pieces below are pasted into the factor texts by the compiler. */
#include "units_internal.h"

#define IN "0.0254"                 /* m */
#define FT "12*" IN                 /* m */
#define YD "36*" IN                 /* m */
#define MI "63360*" IN              /* m: 5280 ft */
#define LB "0.45359237"             /* kg */
#define G0 "9.80665"                /* m/s2 */
#define FTLBF FT "*" LB "*" G0      /* J */
#define GAL "231*" IN "^3"          /* m3; a product, so never after a '/' */
#define GALUK "0.00454609"          /* m3 */
#define BTU "1055.05585262"         /* J */

const units_row units_table[] = {
    /* length, base m */
    { "nm", UNITS_LENGTH, UNITS_RULE_LINEAR, "1e-9", NULL },
    { "um", UNITS_LENGTH, UNITS_RULE_LINEAR, "1e-6", NULL },
    { "mm", UNITS_LENGTH, UNITS_RULE_LINEAR, "0.001", NULL },
    { "cm", UNITS_LENGTH, UNITS_RULE_LINEAR, "0.01", NULL },
    { "m", UNITS_LENGTH, UNITS_RULE_LINEAR, "1", NULL },
    { "km", UNITS_LENGTH, UNITS_RULE_LINEAR, "1000", NULL },
    { "in", UNITS_LENGTH, UNITS_RULE_LINEAR, IN, NULL },
    { "ft", UNITS_LENGTH, UNITS_RULE_LINEAR, FT, NULL },
    { "yd", UNITS_LENGTH, UNITS_RULE_LINEAR, YD, NULL },
    { "mi", UNITS_LENGTH, UNITS_RULE_LINEAR, MI, NULL },
    { "nmi", UNITS_LENGTH, UNITS_RULE_LINEAR, "1852", NULL },
    /* area, base m2 */
    { "mm2", UNITS_AREA, UNITS_RULE_LINEAR, "0.001^2", NULL },
    { "cm2", UNITS_AREA, UNITS_RULE_LINEAR, "0.01^2", NULL },
    { "m2", UNITS_AREA, UNITS_RULE_LINEAR, "1", NULL },
    { "ha", UNITS_AREA, UNITS_RULE_LINEAR, "100^2", NULL },
    { "km2", UNITS_AREA, UNITS_RULE_LINEAR, "1000^2", NULL },
    { "in2", UNITS_AREA, UNITS_RULE_LINEAR, IN "^2", NULL },
    { "ft2", UNITS_AREA, UNITS_RULE_LINEAR, "12^2*" IN "^2", NULL },
    { "yd2", UNITS_AREA, UNITS_RULE_LINEAR, "36^2*" IN "^2", NULL },
    { "ac", UNITS_AREA, UNITS_RULE_LINEAR, "4840*36^2*" IN "^2", NULL },    /* 4840 yd2 */
    { "mi2", UNITS_AREA, UNITS_RULE_LINEAR, "63360^2*" IN "^2", NULL },
    /* volume, base m3; US measures unless "uk" */
    { "ml", UNITS_VOLUME, UNITS_RULE_LINEAR, "1e-6", NULL },
    { "cm3", UNITS_VOLUME, UNITS_RULE_LINEAR, "0.01^3", NULL },
    { "l", UNITS_VOLUME, UNITS_RULE_LINEAR, "0.001", NULL },
    { "m3", UNITS_VOLUME, UNITS_RULE_LINEAR, "1", NULL },
    { "in3", UNITS_VOLUME, UNITS_RULE_LINEAR, IN "^3", NULL },
    { "ft3", UNITS_VOLUME, UNITS_RULE_LINEAR, "12^3*" IN "^3", NULL },
    { "yd3", UNITS_VOLUME, UNITS_RULE_LINEAR, "36^3*" IN "^3", NULL },
    { "tsp", UNITS_VOLUME, UNITS_RULE_LINEAR, GAL "/768", NULL },    /* 1/6 floz */
    { "tbsp", UNITS_VOLUME, UNITS_RULE_LINEAR, GAL "/256", NULL },   /* 1/2 floz */
    { "floz", UNITS_VOLUME, UNITS_RULE_LINEAR, GAL "/128", NULL },
    { "cup", UNITS_VOLUME, UNITS_RULE_LINEAR, GAL "/16", NULL },     /* 8 floz */
    { "pt", UNITS_VOLUME, UNITS_RULE_LINEAR, GAL "/8", NULL },
    { "qt", UNITS_VOLUME, UNITS_RULE_LINEAR, GAL "/4", NULL },
    { "gal", UNITS_VOLUME, UNITS_RULE_LINEAR, GAL, NULL },
    { "flozuk", UNITS_VOLUME, UNITS_RULE_LINEAR, GALUK "/160", NULL },
    { "ptuk", UNITS_VOLUME, UNITS_RULE_LINEAR, GALUK "/8", NULL },
    { "qtuk", UNITS_VOLUME, UNITS_RULE_LINEAR, GALUK "/4", NULL },
    { "galuk", UNITS_VOLUME, UNITS_RULE_LINEAR, GALUK, NULL },
    /* mass, base kg */
    { "mg", UNITS_MASS, UNITS_RULE_LINEAR, "1e-6", NULL },
    { "g", UNITS_MASS, UNITS_RULE_LINEAR, "0.001", NULL },
    { "kg", UNITS_MASS, UNITS_RULE_LINEAR, "1", NULL },
    { "t", UNITS_MASS, UNITS_RULE_LINEAR, "1000", NULL },
    { "ct", UNITS_MASS, UNITS_RULE_LINEAR, "0.0002", NULL },          /* metric carat, 200 mg */
    { "oz", UNITS_MASS, UNITS_RULE_LINEAR, LB "/16", NULL },          /* avoirdupois */
    { "lb", UNITS_MASS, UNITS_RULE_LINEAR, LB, NULL },
    { "st", UNITS_MASS, UNITS_RULE_LINEAR, "14*" LB, NULL },
    { "ton", UNITS_MASS, UNITS_RULE_LINEAR, "2000*" LB, NULL },       /* short ton */
    { "tonuk", UNITS_MASS, UNITS_RULE_LINEAR, "2240*" LB, NULL },     /* long ton */
    /* speed, base m/s */
    { "cm/s", UNITS_SPEED, UNITS_RULE_LINEAR, "0.01", NULL },
    { "m/s", UNITS_SPEED, UNITS_RULE_LINEAR, "1", NULL },
    { "km/h", UNITS_SPEED, UNITS_RULE_LINEAR, "1000/3600", NULL },
    { "ft/s", UNITS_SPEED, UNITS_RULE_LINEAR, FT, NULL },
    { "mph", UNITS_SPEED, UNITS_RULE_LINEAR, MI "/3600", NULL },
    { "kn", UNITS_SPEED, UNITS_RULE_LINEAR, "1852/3600", NULL },
    /* time, base s */
    { "us", UNITS_TIME, UNITS_RULE_LINEAR, "1e-6", NULL },
    { "ms", UNITS_TIME, UNITS_RULE_LINEAR, "0.001", NULL },
    { "s", UNITS_TIME, UNITS_RULE_LINEAR, "1", NULL },
    { "min", UNITS_TIME, UNITS_RULE_LINEAR, "60", NULL },
    { "h", UNITS_TIME, UNITS_RULE_LINEAR, "3600", NULL },
    { "d", UNITS_TIME, UNITS_RULE_LINEAR, "86400", NULL },
    { "wk", UNITS_TIME, UNITS_RULE_LINEAR, "7*86400", NULL },
    { "yr", UNITS_TIME, UNITS_RULE_LINEAR, "365.25*86400", NULL },    /* Julian year */
    /* energy, base J */
    { "J", UNITS_ENERGY, UNITS_RULE_LINEAR, "1", NULL },
    { "kJ", UNITS_ENERGY, UNITS_RULE_LINEAR, "1000", NULL },
    { "cal", UNITS_ENERGY, UNITS_RULE_LINEAR, "4.184", NULL },        /* thermochemical */
    { "kcal", UNITS_ENERGY, UNITS_RULE_LINEAR, "4184", NULL },
    { "eV", UNITS_ENERGY, UNITS_RULE_LINEAR, "1.602176634e-19", NULL },
    { "Wh", UNITS_ENERGY, UNITS_RULE_LINEAR, "3600", NULL },
    { "kWh", UNITS_ENERGY, UNITS_RULE_LINEAR, "3600*1000", NULL },
    { "BTU", UNITS_ENERGY, UNITS_RULE_LINEAR, BTU, NULL },            /* International Table */
    { "ftlbf", UNITS_ENERGY, UNITS_RULE_LINEAR, FTLBF, NULL },
    /* power, base W */
    { "W", UNITS_POWER, UNITS_RULE_LINEAR, "1", NULL },
    { "kW", UNITS_POWER, UNITS_RULE_LINEAR, "1000", NULL },
    { "hp", UNITS_POWER, UNITS_RULE_LINEAR, "550*" FTLBF, NULL },     /* mechanical */
    { "cv", UNITS_POWER, UNITS_RULE_LINEAR, "75*" G0, NULL },         /* metric, 75 kgf m/s */
    { "BTU/min", UNITS_POWER, UNITS_RULE_LINEAR, BTU "/60", NULL },
    { "ftlbf/min", UNITS_POWER, UNITS_RULE_LINEAR, FTLBF "/60", NULL },
    /* pressure, base Pa */
    { "Pa", UNITS_PRESSURE, UNITS_RULE_LINEAR, "1", NULL },
    { "kPa", UNITS_PRESSURE, UNITS_RULE_LINEAR, "1000", NULL },
    { "bar", UNITS_PRESSURE, UNITS_RULE_LINEAR, "100000", NULL },
    { "atm", UNITS_PRESSURE, UNITS_RULE_LINEAR, "101325", NULL },
    { "mmHg", UNITS_PRESSURE, UNITS_RULE_LINEAR, "101325/760", NULL },
    { "psi", UNITS_PRESSURE, UNITS_RULE_LINEAR, LB "*" G0 "/" IN "^2", NULL },  /* lbf/in2 */
    /* data, base bit */
    { "bit", UNITS_DATA, UNITS_RULE_LINEAR, "1", NULL },
    { "B", UNITS_DATA, UNITS_RULE_LINEAR, "8", NULL },
    { "kb", UNITS_DATA, UNITS_RULE_LINEAR, "1000", NULL },
    { "Mb", UNITS_DATA, UNITS_RULE_LINEAR, "1000^2", NULL },
    { "Gb", UNITS_DATA, UNITS_RULE_LINEAR, "1000^3", NULL },
    { "kB", UNITS_DATA, UNITS_RULE_LINEAR, "8*1000", NULL },
    { "MB", UNITS_DATA, UNITS_RULE_LINEAR, "8*1000^2", NULL },
    { "GB", UNITS_DATA, UNITS_RULE_LINEAR, "8*1000^3", NULL },
    { "TB", UNITS_DATA, UNITS_RULE_LINEAR, "8*1000^4", NULL },
    { "KiB", UNITS_DATA, UNITS_RULE_LINEAR, "8*1024", NULL },
    { "MiB", UNITS_DATA, UNITS_RULE_LINEAR, "8*1024^2", NULL },
    { "GiB", UNITS_DATA, UNITS_RULE_LINEAR, "8*1024^3", NULL },
    { "TiB", UNITS_DATA, UNITS_RULE_LINEAR, "8*1024^4", NULL },
    /* temperature, base K: base = (v + offset) * factor */
    { "C", UNITS_TEMPERATURE, UNITS_RULE_LINEAR, "1", "273.15" },
    { "F", UNITS_TEMPERATURE, UNITS_RULE_LINEAR, "5/9", "459.67" },
    { "K", UNITS_TEMPERATURE, UNITS_RULE_LINEAR, "1", NULL },
    /* angle, base degree */
    { "deg", UNITS_ANGLE, UNITS_RULE_LINEAR, "1", NULL },
    { "rad", UNITS_ANGLE, UNITS_RULE_LINEAR, "180/pi", NULL },
    { "grad", UNITS_ANGLE, UNITS_RULE_LINEAR, "0.9", NULL },
    /* fuel economy, base km/l; l/100km is its inverse */
    { "l/100km", UNITS_FUEL_ECONOMY, UNITS_RULE_INVERSE, "100", NULL },
    { "km/l", UNITS_FUEL_ECONOMY, UNITS_RULE_LINEAR, "1", NULL },
    { "mpg", UNITS_FUEL_ECONOMY, UNITS_RULE_LINEAR, MI "/1000/231/" IN "^3/1000", NULL },   /* mi per US gal (231 in3) */
    { "mpguk", UNITS_FUEL_ECONOMY, UNITS_RULE_LINEAR, MI "/1000/" GALUK "/1000", NULL },
};

const int units_table_count = (int)(sizeof units_table / sizeof units_table[0]);

static const char *const category_ids[UNITS_CATEGORY_COUNT] = {
    "length", "area", "volume", "mass", "speed", "time", "energy", "power", "pressure",
    "data", "temperature", "angle", "fuel-economy",
};

const char *units_category_id(units_category c)
{
    return (unsigned)c < UNITS_CATEGORY_COUNT ? category_ids[c] : NULL;
}
