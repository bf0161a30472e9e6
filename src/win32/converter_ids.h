/* Resource ids of the converter (converter_panel.c, unit_names.c): its
 * controls, its texts, and the names of the categories and units in the .rc
 * string tables of every language. Pure #defines (the .rc scripts include this
 * file). The keypad's buttons are command ids (command_ids.h). Ranges:
 *   1200-1219  controls of IDD_CONVERTER
 *   2110-2119  the form's texts
 *   6000-6099  categories: IDS_UNITCAT_BASE + units_category (calc_units.h)
 *   6100-6999  units: each IDS_UNIT_* is the unit's name ("Kilometers") and
 *              IDS_UNIT_* + 1 its symbol ("km"); one row per unit in
 *              unit_names.c maps the engine's unit id to its IDS_UNIT_*. */
#ifndef CALC_CONVERTER_IDS_H
#define CALC_CONVERTER_IDS_H

/* Controls of the form, in tab order. */
#define IDC_CONV_CATEGORY   1200  /* combo box: the category */
#define IDC_CONV_FROM_VALUE 1201  /* the value typed (static) */
#define IDC_CONV_FROM_UNIT  1202  /* combo box: its unit */
#define IDC_CONV_TO_VALUE   1203  /* the converted value (static); also the display */
#define IDC_CONV_TO_UNIT    1204  /* combo box: its unit */
#define IDC_CONV_HINTS      1205  /* "≈ 0.62 mi, 3,280.84 ft" */
#define IDC_CONV_SWAP       1206  /* swaps the units (and the values) */

#define IDS_CONV_SWAP       2113  /* accessible name of the swap button */
#define IDS_CONV_ABOUT      2114  /* "≈ %ls": before the hints */
#define IDS_CONV_LIST_SEP   2115  /* between two hints: ", " */

#define IDS_UNITCAT_BASE 6000
#define IDS_UNITCAT_LENGTH       6000
#define IDS_UNITCAT_AREA         6001
#define IDS_UNITCAT_VOLUME       6002
#define IDS_UNITCAT_MASS         6003
#define IDS_UNITCAT_SPEED        6004
#define IDS_UNITCAT_TIME         6005
#define IDS_UNITCAT_ENERGY       6006
#define IDS_UNITCAT_POWER        6007
#define IDS_UNITCAT_PRESSURE     6008
#define IDS_UNITCAT_DATA         6009
#define IDS_UNITCAT_TEMPERATURE  6010
#define IDS_UNITCAT_ANGLE        6011
#define IDS_UNITCAT_FUEL_ECONOMY 6012

#define IDS_UNIT_SYMBOL(name_id) ((name_id) + 1)

#define IDS_UNIT_NM         6100
#define IDS_UNIT_UM         6102
#define IDS_UNIT_MM         6104
#define IDS_UNIT_CM         6106
#define IDS_UNIT_M          6108
#define IDS_UNIT_KM         6110
#define IDS_UNIT_IN         6112
#define IDS_UNIT_FT         6114
#define IDS_UNIT_YD         6116
#define IDS_UNIT_MI         6118
#define IDS_UNIT_NMI        6120
#define IDS_UNIT_MM2        6122
#define IDS_UNIT_CM2        6124
#define IDS_UNIT_M2         6126
#define IDS_UNIT_HA         6128
#define IDS_UNIT_KM2        6130
#define IDS_UNIT_IN2        6132
#define IDS_UNIT_FT2        6134
#define IDS_UNIT_YD2        6136
#define IDS_UNIT_AC         6138
#define IDS_UNIT_MI2        6140
#define IDS_UNIT_ML         6142
#define IDS_UNIT_CM3        6144
#define IDS_UNIT_L          6146
#define IDS_UNIT_M3         6148
#define IDS_UNIT_IN3        6150
#define IDS_UNIT_FT3        6152
#define IDS_UNIT_YD3        6154
#define IDS_UNIT_TSP        6156
#define IDS_UNIT_TBSP       6158
#define IDS_UNIT_FLOZ       6160
#define IDS_UNIT_CUP        6162
#define IDS_UNIT_PT         6164
#define IDS_UNIT_QT         6166
#define IDS_UNIT_GAL        6168
#define IDS_UNIT_FLOZUK     6170
#define IDS_UNIT_PTUK       6172
#define IDS_UNIT_QTUK       6174
#define IDS_UNIT_GALUK      6176
#define IDS_UNIT_MG         6178
#define IDS_UNIT_G          6180
#define IDS_UNIT_KG         6182
#define IDS_UNIT_T          6184
#define IDS_UNIT_CT         6186
#define IDS_UNIT_OZ         6188
#define IDS_UNIT_LB         6190
#define IDS_UNIT_ST         6192
#define IDS_UNIT_TON        6194
#define IDS_UNIT_TONUK      6196
#define IDS_UNIT_CM_S       6198
#define IDS_UNIT_M_S        6200
#define IDS_UNIT_KM_H       6202
#define IDS_UNIT_FT_S       6204
#define IDS_UNIT_MPH        6206
#define IDS_UNIT_KN         6208
#define IDS_UNIT_US         6210
#define IDS_UNIT_MS         6212
#define IDS_UNIT_S          6214
#define IDS_UNIT_MIN        6216
#define IDS_UNIT_H          6218
#define IDS_UNIT_D          6220
#define IDS_UNIT_WK         6222
#define IDS_UNIT_YR         6224
#define IDS_UNIT_J          6226
#define IDS_UNIT_KJ         6228
#define IDS_UNIT_CAL        6230
#define IDS_UNIT_KCAL       6232
#define IDS_UNIT_EV         6234
#define IDS_UNIT_WH         6236
#define IDS_UNIT_KWH        6238
#define IDS_UNIT_BTU        6240
#define IDS_UNIT_FTLBF      6242
#define IDS_UNIT_W          6244
#define IDS_UNIT_KW         6246
#define IDS_UNIT_HP         6248
#define IDS_UNIT_CV         6250
#define IDS_UNIT_BTU_MIN    6252
#define IDS_UNIT_FTLBF_MIN  6254
#define IDS_UNIT_PA         6256
#define IDS_UNIT_KPA        6258
#define IDS_UNIT_BAR        6260
#define IDS_UNIT_ATM        6262
#define IDS_UNIT_MMHG       6264
#define IDS_UNIT_PSI        6266
#define IDS_UNIT_BIT        6268
#define IDS_UNIT_BYTE       6270
#define IDS_UNIT_KBIT       6272
#define IDS_UNIT_MBIT       6274
#define IDS_UNIT_GBIT       6276
#define IDS_UNIT_KBYTE      6278
#define IDS_UNIT_MBYTE      6280
#define IDS_UNIT_GBYTE      6282
#define IDS_UNIT_TBYTE      6284
#define IDS_UNIT_KIBYTE     6286
#define IDS_UNIT_MIBYTE     6288
#define IDS_UNIT_GIBYTE     6290
#define IDS_UNIT_TIBYTE     6292
#define IDS_UNIT_CELSIUS    6294
#define IDS_UNIT_FAHRENHEIT 6296
#define IDS_UNIT_KELVIN     6298
#define IDS_UNIT_DEG        6300
#define IDS_UNIT_RAD        6302
#define IDS_UNIT_GRAD       6304
#define IDS_UNIT_L_100KM    6306
#define IDS_UNIT_KM_L       6308
#define IDS_UNIT_MPG        6310
#define IDS_UNIT_MPGUK      6312

#endif
