/* units_table: every unit of the converter, one row each (DESIGN.md Contract 4).
 *
 * Factors are the legal definitions, exact, in the category's base unit:
 * the international yard and pound of 1959 (1 in = 0.0254 m, 1 lb =
 * 0.45359237 kg), standard gravity 9.80665 m/s2 for the pound-force and the
 * kilogram-force, SI 2019 (1 eV = 1.602176634e-19 J), the US gallon of 231 in3,
 * the UK gallon of 4.54609 l, the thermochemical calorie (4.184 J), the IT BTU
 * (1055.05585262 J), the mechanical horsepower (550 ft lbf/s), the metric
 * horsepower (75 kgf m/s), the standard atmosphere (101325 Pa, 760 mmHg).
 * A definition may use another unit's ("12*in"), and the rows are pasted
 * into one string (units_internal.h): no pointer and no padding a row. */
#include <string.h>

#include "units_internal.h"

#define G0 "9.80665"                /* m/s2 */

#define CAT "\1"                  /* the next category starts */
#define U(id, def) id "\0" def "\0"

const char units_text[] =
    CAT /* length, base m */
    U("nm", "1e-9")
    U("um", "1e-6")
    U("mm", "0.001")
    U("cm", "0.01")
    U("m", "1")
    U("km", "1000")
    U("in", "0.0254")
    U("ft", "12*in")
    U("yd", "36*in")
    U("mi", "63360*in")       /* 5280 ft */
    U("nmi", "1852")
    CAT /* area, base m2 */
    U("mm2", "0.001^2")
    U("cm2", "0.01^2")
    U("m2", "1")
    U("ha", "100^2")
    U("km2", "1000^2")
    U("in2", "in^2")
    U("ft2", "ft^2")
    U("yd2", "yd^2")
    U("ac", "4840*yd^2")    /* 4840 yd2 */
    U("mi2", "mi^2")
    CAT /* volume, base m3; US measures unless "uk" */
    U("ml", "1e-6")
    U("cm3", "0.01^3")
    U("l", "0.001")
    U("m3", "1")
    U("in3", "in^3")
    U("ft3", "ft^3")
    U("yd3", "yd^3")
    U("tsp", "gal/768")    /* 1/6 floz */
    U("tbsp", "gal/256")   /* 1/2 floz */
    U("floz", "gal/128")
    U("cup", "gal/16")     /* 8 floz */
    U("pt", "gal/8")
    U("qt", "gal/4")
    U("gal", "231*in^3")
    U("flozuk", "galuk/160")
    U("ptuk", "galuk/8")
    U("qtuk", "galuk/4")
    U("galuk", "0.00454609")
    CAT /* mass, base kg */
    U("mg", "1e-6")
    U("g", "0.001")
    U("kg", "1")
    U("t", "1000")
    U("ct", "0.0002")          /* metric carat, 200 mg */
    U("oz", "lb/16")          /* avoirdupois */
    U("lb", "0.45359237")
    U("st", "14*lb")
    U("ton", "2000*lb")       /* short ton */
    U("tonuk", "2240*lb")     /* long ton */
    CAT /* speed, base m/s */
    U("cm/s", "0.01")
    U("m/s", "1")
    U("km/h", "1000/3600")
    U("ft/s", "ft")
    U("mph", "mi/3600")
    U("kn", "1852/3600")
    CAT /* time, base s */
    U("us", "1e-6")
    U("ms", "0.001")
    U("s", "1")
    U("min", "60")
    U("h", "3600")
    U("d", "86400")
    U("wk", "7*86400")
    U("yr", "365.25*86400")    /* Julian year */
    CAT /* energy, base J */
    U("J", "1")
    U("kJ", "1000")
    U("cal", "4.184")        /* thermochemical */
    U("kcal", "4184")
    U("eV", "1.602176634e-19")
    U("Wh", "3600")
    U("kWh", "3600*1000")
    U("BTU", "1055.05585262")            /* International Table */
    U("ftlbf", "ft*lb*" G0)
    CAT /* power, base W */
    U("W", "1")
    U("kW", "1000")
    U("hp", "550*ftlbf")     /* mechanical */
    U("cv", "75*" G0)         /* metric, 75 kgf m/s */
    U("BTU/min", "BTU/60")
    U("ftlbf/min", "ftlbf/60")
    CAT /* pressure, base Pa */
    U("Pa", "1")
    U("kPa", "1000")
    U("bar", "100000")
    U("atm", "101325")
    U("mmHg", "101325/760")
    U("psi", "lb*" G0 "/in^2")  /* lbf/in2 */
    CAT /* data, base bit */
    U("bit", "1")
    U("B", "8")
    U("kb", "1000")
    U("Mb", "1000^2")
    U("Gb", "1000^3")
    U("kB", "8*1000")
    U("MB", "8*1000^2")
    U("GB", "8*1000^3")
    U("TB", "8*1000^4")
    U("KiB", "8*1024")
    U("MiB", "8*1024^2")
    U("GiB", "8*1024^3")
    U("TiB", "8*1024^4")
    CAT /* temperature, base K: base = (v + offset) * factor */
    U("C", "1+273.15")
    U("F", "5/9+459.67")
    U("K", "1")
    CAT /* angle, base degree */
    U("deg", "1")
    U("rad", "180/pi")
    U("grad", "0.9")
    CAT /* fuel economy, base km/l; l/100km is its inverse */
    U("l/100km", "~100")
    U("km/l", "1")
    U("mpg", "mi/1000/gal/1000")   /* mi per US gal (231 in3) */
    U("mpguk", "mi/1000/galuk/1000");

/* the ids in calc_units.h order, one after the other */
static const char category_ids[] = "length\0area\0volume\0mass\0speed\0time\0energy\0power\0"
                                   "pressure\0data\0temperature\0angle\0fuel-economy";

const char *units_category_id(units_category c)
{
    if ((unsigned)c >= UNITS_CATEGORY_COUNT)
        return NULL;
    const char *p = category_ids;
    for (int i = 0; i < (int)c; i++)
        p += strlen(p) + 1;
    return p;
}
