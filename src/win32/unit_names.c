/* The window's view of the converter's units (unit_names.h). */
#include <string.h>

#include "converter_ids.h"
#include "unit_names.h"

/* One row per unit of the engine (units_table.c), in its order. */
static const unit_name_row UNITS[] = {
    { "nm", IDS_UNIT_NM },
    { "um", IDS_UNIT_UM },
    { "mm", IDS_UNIT_MM },
    { "cm", IDS_UNIT_CM },
    { "m", IDS_UNIT_M },
    { "km", IDS_UNIT_KM },
    { "in", IDS_UNIT_IN },
    { "ft", IDS_UNIT_FT },
    { "yd", IDS_UNIT_YD },
    { "mi", IDS_UNIT_MI },
    { "nmi", IDS_UNIT_NMI },
    { "mm2", IDS_UNIT_MM2 },
    { "cm2", IDS_UNIT_CM2 },
    { "m2", IDS_UNIT_M2 },
    { "ha", IDS_UNIT_HA },
    { "km2", IDS_UNIT_KM2 },
    { "in2", IDS_UNIT_IN2 },
    { "ft2", IDS_UNIT_FT2 },
    { "yd2", IDS_UNIT_YD2 },
    { "ac", IDS_UNIT_AC },
    { "mi2", IDS_UNIT_MI2 },
    { "ml", IDS_UNIT_ML },
    { "cm3", IDS_UNIT_CM3 },
    { "l", IDS_UNIT_L },
    { "m3", IDS_UNIT_M3 },
    { "in3", IDS_UNIT_IN3 },
    { "ft3", IDS_UNIT_FT3 },
    { "yd3", IDS_UNIT_YD3 },
    { "tsp", IDS_UNIT_TSP },
    { "tbsp", IDS_UNIT_TBSP },
    { "floz", IDS_UNIT_FLOZ },
    { "cup", IDS_UNIT_CUP },
    { "pt", IDS_UNIT_PT },
    { "qt", IDS_UNIT_QT },
    { "gal", IDS_UNIT_GAL },
    { "flozuk", IDS_UNIT_FLOZUK },
    { "ptuk", IDS_UNIT_PTUK },
    { "qtuk", IDS_UNIT_QTUK },
    { "galuk", IDS_UNIT_GALUK },
    { "mg", IDS_UNIT_MG },
    { "g", IDS_UNIT_G },
    { "kg", IDS_UNIT_KG },
    { "t", IDS_UNIT_T },
    { "ct", IDS_UNIT_CT },
    { "oz", IDS_UNIT_OZ },
    { "lb", IDS_UNIT_LB },
    { "st", IDS_UNIT_ST },
    { "ton", IDS_UNIT_TON },
    { "tonuk", IDS_UNIT_TONUK },
    { "cm/s", IDS_UNIT_CM_S },
    { "m/s", IDS_UNIT_M_S },
    { "km/h", IDS_UNIT_KM_H },
    { "ft/s", IDS_UNIT_FT_S },
    { "mph", IDS_UNIT_MPH },
    { "kn", IDS_UNIT_KN },
    { "us", IDS_UNIT_US },
    { "ms", IDS_UNIT_MS },
    { "s", IDS_UNIT_S },
    { "min", IDS_UNIT_MIN },
    { "h", IDS_UNIT_H },
    { "d", IDS_UNIT_D },
    { "wk", IDS_UNIT_WK },
    { "yr", IDS_UNIT_YR },
    { "J", IDS_UNIT_J },
    { "kJ", IDS_UNIT_KJ },
    { "cal", IDS_UNIT_CAL },
    { "kcal", IDS_UNIT_KCAL },
    { "eV", IDS_UNIT_EV },
    { "Wh", IDS_UNIT_WH },
    { "kWh", IDS_UNIT_KWH },
    { "BTU", IDS_UNIT_BTU },
    { "ftlbf", IDS_UNIT_FTLBF },
    { "W", IDS_UNIT_W },
    { "kW", IDS_UNIT_KW },
    { "hp", IDS_UNIT_HP },
    { "cv", IDS_UNIT_CV },
    { "BTU/min", IDS_UNIT_BTU_MIN },
    { "ftlbf/min", IDS_UNIT_FTLBF_MIN },
    { "Pa", IDS_UNIT_PA },
    { "kPa", IDS_UNIT_KPA },
    { "bar", IDS_UNIT_BAR },
    { "atm", IDS_UNIT_ATM },
    { "mmHg", IDS_UNIT_MMHG },
    { "psi", IDS_UNIT_PSI },
    { "bit", IDS_UNIT_BIT },
    { "B", IDS_UNIT_BYTE },
    { "kb", IDS_UNIT_KBIT },
    { "Mb", IDS_UNIT_MBIT },
    { "Gb", IDS_UNIT_GBIT },
    { "kB", IDS_UNIT_KBYTE },
    { "MB", IDS_UNIT_MBYTE },
    { "GB", IDS_UNIT_GBYTE },
    { "TB", IDS_UNIT_TBYTE },
    { "KiB", IDS_UNIT_KIBYTE },
    { "MiB", IDS_UNIT_MIBYTE },
    { "GiB", IDS_UNIT_GIBYTE },
    { "TiB", IDS_UNIT_TIBYTE },
    { "C", IDS_UNIT_CELSIUS },
    { "F", IDS_UNIT_FAHRENHEIT },
    { "K", IDS_UNIT_KELVIN },
    { "deg", IDS_UNIT_DEG },
    { "rad", IDS_UNIT_RAD },
    { "grad", IDS_UNIT_GRAD },
    { "l/100km", IDS_UNIT_L_100KM },
    { "km/l", IDS_UNIT_KM_L },
    { "mpg", IDS_UNIT_MPG },
    { "mpguk", IDS_UNIT_MPGUK },
};

#define N_UNITS ((int)(sizeof UNITS / sizeof UNITS[0]))

/* The first units of each category and the hints, as Windows Calculator
 * shows them: the everyday units of the category, metric and imperial. */
static const unit_category_row CATEGORIES[] = {
    { UNITS_LENGTH, IDS_UNITCAT_LENGTH, "m", "ft", { "km", "mi", "ft", "m" } },
    { UNITS_AREA, IDS_UNITCAT_AREA, "m2", "ft2", { "ha", "ac", "m2", "ft2" } },
    { UNITS_VOLUME, IDS_UNITCAT_VOLUME, "l", "gal", { "l", "gal", "galuk", "ml" } },
    { UNITS_MASS, IDS_UNITCAT_MASS, "kg", "lb", { "kg", "lb", "oz", "g" } },
    { UNITS_SPEED, IDS_UNITCAT_SPEED, "km/h", "mph", { "km/h", "mph", "m/s", "kn" } },
    { UNITS_TIME, IDS_UNITCAT_TIME, "h", "min", { "min", "h", "d", "s" } },
    { UNITS_ENERGY, IDS_UNITCAT_ENERGY, "kJ", "kcal", { "kcal", "kJ", "kWh", "BTU" } },
    { UNITS_POWER, IDS_UNITCAT_POWER, "kW", "hp", { "cv", "hp", "kW", "W" } },
    { UNITS_PRESSURE, IDS_UNITCAT_PRESSURE, "bar", "psi", { "bar", "psi", "atm", "kPa" } },
    { UNITS_DATA, IDS_UNITCAT_DATA, "GB", "GiB", { "MB", "GB", "MiB", "GiB" } },
    { UNITS_TEMPERATURE, IDS_UNITCAT_TEMPERATURE, "C", "F", { "K", "F", "C", NULL } },
    { UNITS_ANGLE, IDS_UNITCAT_ANGLE, "deg", "rad", { "grad", "rad", "deg", NULL } },
    { UNITS_FUEL_ECONOMY, IDS_UNITCAT_FUEL_ECONOMY, "l/100km", "mpg", { "km/l", "mpguk", "mpg", "l/100km" } },
};

#define N_CATEGORIES ((int)(sizeof CATEGORIES / sizeof CATEGORIES[0]))

int unit_name_count(void) { return N_UNITS; }

const unit_name_row *unit_name_at(int index) { return index >= 0 && index < N_UNITS ? &UNITS[index] : NULL; }

UINT unit_name_id(const char *id)
{
    if (!id) return 0;
    for (int i = 0; i < N_UNITS; i++)
        if (strcmp(UNITS[i].id, id) == 0) return UNITS[i].name;
    return 0;
}

const unit_category_row *unit_category(units_category c)
{
    for (int i = 0; i < N_CATEGORIES; i++)
        if (CATEGORIES[i].category == c) return &CATEGORIES[i];
    return NULL;
}
