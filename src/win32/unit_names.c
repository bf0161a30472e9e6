/* The window's view of the converter's units (unit_names.h). */
#include <string.h>

#include "converter_ids.h"
#include "unit_names.h"

/* One row per unit of the engine (units_table.c), in its order: its id and
 * the suffix of its IDS_UNIT_* name. The names are numbered in this order
 * (IDS_UNIT_NM + 2 k is row k's; checked below), so that the rows need only
 * the ids, packed one after the other in one string. */
#define UNIT_ROWS(X)                                                                                           \
    /* length */                                                                                               \
    X("nm", NM) X("um", UM) X("mm", MM) X("cm", CM) X("m", M) X("km", KM) X("in", IN) X("ft", FT) X("yd", YD) \
    X("mi", MI) X("nmi", NMI)                                                                                  \
    /* area */                                                                                                 \
    X("mm2", MM2) X("cm2", CM2) X("m2", M2) X("ha", HA) X("km2", KM2) X("in2", IN2) X("ft2", FT2)             \
    X("yd2", YD2) X("ac", AC) X("mi2", MI2)                                                                    \
    /* volume */                                                                                               \
    X("ml", ML) X("cm3", CM3) X("l", L) X("m3", M3) X("in3", IN3) X("ft3", FT3) X("yd3", YD3) X("tsp", TSP)   \
    X("tbsp", TBSP) X("floz", FLOZ) X("cup", CUP) X("pt", PT) X("qt", QT) X("gal", GAL) X("flozuk", FLOZUK)    \
    X("ptuk", PTUK) X("qtuk", QTUK) X("galuk", GALUK)                                                          \
    /* mass */                                                                                                 \
    X("mg", MG) X("g", G) X("kg", KG) X("t", T) X("ct", CT) X("oz", OZ) X("lb", LB) X("st", ST) X("ton", TON) \
    X("tonuk", TONUK)                                                                                          \
    /* speed */                                                                                                \
    X("cm/s", CM_S) X("m/s", M_S) X("km/h", KM_H) X("ft/s", FT_S) X("mph", MPH) X("kn", KN)                   \
    /* time */                                                                                                 \
    X("us", US) X("ms", MS) X("s", S) X("min", MIN) X("h", H) X("d", D) X("wk", WK) X("yr", YR)               \
    /* energy */                                                                                               \
    X("J", J) X("kJ", KJ) X("cal", CAL) X("kcal", KCAL) X("eV", EV) X("Wh", WH) X("kWh", KWH) X("BTU", BTU)   \
    X("ftlbf", FTLBF)                                                                                          \
    /* power */                                                                                                \
    X("W", W) X("kW", KW) X("hp", HP) X("cv", CV) X("BTU/min", BTU_MIN) X("ftlbf/min", FTLBF_MIN)             \
    /* pressure */                                                                                             \
    X("Pa", PA) X("kPa", KPA) X("bar", BAR) X("atm", ATM) X("mmHg", MMHG) X("psi", PSI)                       \
    /* data */                                                                                                 \
    X("bit", BIT) X("B", BYTE) X("kb", KBIT) X("Mb", MBIT) X("Gb", GBIT) X("kB", KBYTE) X("MB", MBYTE)        \
    X("GB", GBYTE) X("TB", TBYTE) X("KiB", KIBYTE) X("MiB", MIBYTE) X("GiB", GIBYTE) X("TiB", TIBYTE)         \
    /* temperature */                                                                                          \
    X("C", CELSIUS) X("F", FAHRENHEIT) X("K", KELVIN)                                                          \
    /* angle */                                                                                                \
    X("deg", DEG) X("rad", RAD) X("grad", GRAD)                                                                \
    /* fuel economy */                                                                                         \
    X("l/100km", L_100KM) X("km/l", KM_L) X("mpg", MPG) X("mpguk", MPGUK)

#define ROW_TEXT(id, name) id "\0"
#define ROW_NUMBER(id, name) ROW_##name,
#define ROW_CHECK(id, name) _Static_assert(IDS_UNIT_##name == IDS_UNIT_NM + 2 * ROW_##name, "IDS_UNIT_" #name " out of order");

static const char IDS[] = UNIT_ROWS(ROW_TEXT);
enum { UNIT_ROWS(ROW_NUMBER) N_UNITS, NO_UNIT = 255 };
UNIT_ROWS(ROW_CHECK)

/* The first units of each category and the hints, as Windows Calculator
 * shows them: the everyday units of the category, metric and imperial. One
 * row per category, in units_category order (its name is IDS_UNITCAT_BASE +
 * category): from, to, then the hints. */
#define U(name) ROW_##name
static const unsigned char CATEGORIES[][2 + UNIT_HINTS_MAX] = {
    { U(M), U(FT), U(KM), U(MI), U(FT), U(M) },                  /* length */
    { U(M2), U(FT2), U(HA), U(AC), U(M2), U(FT2) },              /* area */
    { U(L), U(GAL), U(L), U(GAL), U(GALUK), U(ML) },             /* volume */
    { U(KG), U(LB), U(KG), U(LB), U(OZ), U(G) },                 /* mass */
    { U(KM_H), U(MPH), U(KM_H), U(MPH), U(M_S), U(KN) },         /* speed */
    { U(H), U(MIN), U(MIN), U(H), U(D), U(S) },                  /* time */
    { U(KJ), U(KCAL), U(KCAL), U(KJ), U(KWH), U(BTU) },          /* energy */
    { U(KW), U(HP), U(CV), U(HP), U(KW), U(W) },                 /* power */
    { U(BAR), U(PSI), U(BAR), U(PSI), U(ATM), U(KPA) },          /* pressure */
    { U(GBYTE), U(GIBYTE), U(MBYTE), U(GBYTE), U(MIBYTE), U(GIBYTE) }, /* data */
    { U(CELSIUS), U(FAHRENHEIT), U(KELVIN), U(FAHRENHEIT), U(CELSIUS), NO_UNIT }, /* temperature */
    { U(DEG), U(RAD), U(GRAD), U(RAD), U(DEG), NO_UNIT },        /* angle */
    { U(L_100KM), U(MPG), U(KM_L), U(MPGUK), U(MPG), U(L_100KM) }, /* fuel economy */
};
#undef U
_Static_assert(sizeof CATEGORIES / sizeof CATEGORIES[0] == UNITS_CATEGORY_COUNT, "one row per category");

/* The rows as unit_names.h shows them, made from the tables above on first use
 * (the window has one UI thread). */
static unit_name_row g_units[N_UNITS];
static unit_category_row g_categories[UNITS_CATEGORY_COUNT];

static void make_rows(void)
{
    if (g_units[0].id) return;
    const char *s = IDS;
    for (int i = 0; i < N_UNITS; i++, s += strlen(s) + 1) {
        g_units[i].id = s;
        g_units[i].name = IDS_UNIT_NM + 2 * (UINT)i;
    }
    for (int c = 0; c < UNITS_CATEGORY_COUNT; c++) {
        unit_category_row *r = &g_categories[c];
        const unsigned char *t = CATEGORIES[c];
        r->category = (units_category)c;
        r->name = IDS_UNITCAT_BASE + (UINT)c;
        r->from = g_units[t[0]].id;
        r->to = g_units[t[1]].id;
        for (int k = 0; k < UNIT_HINTS_MAX; k++) r->hints[k] = t[2 + k] == NO_UNIT ? NULL : g_units[t[2 + k]].id;
    }
}

int unit_name_count(void) { return N_UNITS; }

const unit_name_row *unit_name_at(int index)
{
    make_rows();
    return index >= 0 && index < N_UNITS ? &g_units[index] : NULL;
}

UINT unit_name_id(const char *id)
{
    make_rows();
    for (int i = 0; id && i < N_UNITS; i++)
        if (strcmp(g_units[i].id, id) == 0) return g_units[i].name;
    return 0;
}

const unit_category_row *unit_category(units_category c)
{
    make_rows();
    return (unsigned)c < UNITS_CATEGORY_COUNT ? &g_categories[c] : NULL;
}
