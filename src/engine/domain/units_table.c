/* units_table: every unit of the converter, one row each (DESIGN.md Contract 4).
 *
 * Factors are the legal definitions, exact, in the category's base unit:
 * the international yard and pound of 1959 (1 in = 0.0254 m, 1 lb =
 * 0.45359237 kg), standard gravity 9.80665 m/s2 for the pound-force and the
 * kilogram-force, SI 2019 (1 eV = 1.602176634e-19 J), the US gallon of 231 in3,
 * the UK gallon of 4.54609 l, the thermochemical calorie (4.184 J), the IT BTU
 * (1055.05585262 J), the mechanical horsepower (550 ft lbf/s), the metric
 * horsepower (75 kgf m/s), the standard atmosphere (101325 Pa, 760 mmHg).
 * The pieces below are pasted into the definition texts by the compiler, and
 * the rows into one string (units_internal.h): no pointer and no padding a row. */
#include <string.h>

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
    U("in", IN)
    U("ft", FT)
    U("yd", YD)
    U("mi", MI)
    U("nmi", "1852")
    CAT /* area, base m2 */
    U("mm2", "0.001^2")
    U("cm2", "0.01^2")
    U("m2", "1")
    U("ha", "100^2")
    U("km2", "1000^2")
    U("in2", IN "^2")
    U("ft2", "12^2*" IN "^2")
    U("yd2", "36^2*" IN "^2")
    U("ac", "4840*36^2*" IN "^2")    /* 4840 yd2 */
    U("mi2", "63360^2*" IN "^2")
    CAT /* volume, base m3; US measures unless "uk" */
    U("ml", "1e-6")
    U("cm3", "0.01^3")
    U("l", "0.001")
    U("m3", "1")
    U("in3", IN "^3")
    U("ft3", "12^3*" IN "^3")
    U("yd3", "36^3*" IN "^3")
    U("tsp", GAL "/768")    /* 1/6 floz */
    U("tbsp", GAL "/256")   /* 1/2 floz */
    U("floz", GAL "/128")
    U("cup", GAL "/16")     /* 8 floz */
    U("pt", GAL "/8")
    U("qt", GAL "/4")
    U("gal", GAL)
    U("flozuk", GALUK "/160")
    U("ptuk", GALUK "/8")
    U("qtuk", GALUK "/4")
    U("galuk", GALUK)
    CAT /* mass, base kg */
    U("mg", "1e-6")
    U("g", "0.001")
    U("kg", "1")
    U("t", "1000")
    U("ct", "0.0002")          /* metric carat, 200 mg */
    U("oz", LB "/16")          /* avoirdupois */
    U("lb", LB)
    U("st", "14*" LB)
    U("ton", "2000*" LB)       /* short ton */
    U("tonuk", "2240*" LB)     /* long ton */
    CAT /* speed, base m/s */
    U("cm/s", "0.01")
    U("m/s", "1")
    U("km/h", "1000/3600")
    U("ft/s", FT)
    U("mph", MI "/3600")
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
    U("BTU", BTU)            /* International Table */
    U("ftlbf", FTLBF)
    CAT /* power, base W */
    U("W", "1")
    U("kW", "1000")
    U("hp", "550*" FTLBF)     /* mechanical */
    U("cv", "75*" G0)         /* metric, 75 kgf m/s */
    U("BTU/min", BTU "/60")
    U("ftlbf/min", FTLBF "/60")
    CAT /* pressure, base Pa */
    U("Pa", "1")
    U("kPa", "1000")
    U("bar", "100000")
    U("atm", "101325")
    U("mmHg", "101325/760")
    U("psi", LB "*" G0 "/" IN "^2")  /* lbf/in2 */
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
    U("mpg", MI "/1000/231/" IN "^3/1000")   /* mi per US gal (231 in3) */
    U("mpguk", MI "/1000/" GALUK "/1000");

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
