#!/bin/bash
# The Converter form (issue 12), driven with real key events only: Ctrl+U
# switches to it, the category and both units are picked in their combo boxes
# with the keyboard, a value is typed (top row and numpad) or pasted, and the
# converted value is read back from the display (control 1000, Contract 2)
# and the clipboard; swap, ± for temperatures only, the hints, the settings
# (read defensively) and the French names and number format. Screenshots in
# English and French.
. "$(dirname "$0")/lib.bash"
gui_init
KEY='HKCU\Software\Calculatrice'
# src/win32/converter_ids.h and command_ids.h
IDC_CONV_CATEGORY=1200 IDC_CONV_FROM_VALUE=1201 IDC_CONV_FROM_UNIT=1202
IDC_CONV_TO_VALUE=1203 IDC_CONV_TO_UNIT=1204 IDC_CONV_HINTS=1205 IDC_CONV_SWAP=1206
CMD_NEGATE=117 CMD_DIGIT_7=107 CMD_CONVERTER=215

CPROBE="$GUI_TOOLS_DIR/gui_converter_probe.exe"
cprobe() { wine "$CPROBE" "$@" </dev/null 2>>"$APP_LOG" | tr -d '\r'; }
# unit_is WANT ID [what]: waits up to 3 s for combo box ID to show WANT.
unit_is() {
  local want=$1 got="" i
  for i in $(seq 1 30); do
    got=$(cprobe combo:$2)
    [ "$got" = "$want" ] && break
    sleep 0.1
  done
  check "${3:-combo $2}" "$want" "$got"
}

# every_category_lists_its_units LANGUAGE: with the category box focused, walks
# every category (Down) and checks that both unit boxes list exactly the
# engine's units of it (calculatrice-cli convert --list), each by a name that
# is not its id (a unit without a name would show its id).
every_category_lists_its_units() {
  local lang=$1 cats cat n items bad=0 listed
  cats=$(printf '%s\n' "$UNIT_LIST" | awk '{ print $1 }' | uniq)
  combo Home
  for cat in $cats; do
    n=$(printf '%s\n' "$UNIT_LIST" | awk -v c="$cat" '$1 == c' | wc -l)
    items=$(cprobe items:$IDC_CONV_FROM_UNIT)
    listed=$(printf '%s' "$items" | tr '|' '\n' | wc -l)
    [ -n "$items" ] && listed=$((listed + 1)) || listed=0
    [ "$listed" = "$n" ] || { bad=1; echo "  $cat: $listed units listed, the engine has $n"; }
    [ "$(cprobe items:$IDC_CONV_TO_UNIT)" = "$items" ] || { bad=1; echo "  $cat: the two boxes differ"; }
    for id in $(printf '%s\n' "$UNIT_LIST" | awk -v c="$cat" '$1 == c { print $2 }'); do
      case "|$items|" in *"|$id|"*) bad=1; echo "  $cat: unit $id is shown by its id (no name)";; esac
    done
    combo Down
  done
  check "$lang: all $(printf '%s\n' "$cats" | wc -l) categories list their units, by name" 0 "$bad"
}
UNIT_LIST=$(wine "$CALC_CLI_EXE" convert --list </dev/null 2>/dev/null | tr -d '\r')
check "the engine lists its units (convert --list, at least Contract 4's 107)" 1 \
  "$([ "$(printf '%s\n' "$UNIT_LIST" | grep -c .)" -ge 107 ] && echo 1 || echo 0)"

# combo ID KEY...: keys to the focused combo box (no command of the key map:
# plain xdotool, then a short wait for the window to take them).
combo() {
  pointer_on_window
  xdotool key --delay 40 "$@" 2>/dev/null
  sleep 0.3
}

echo "--- English: Ctrl+U, then length with the keyboard"
gui_start
keys ctrl+u
probe_is 1 exists:$IDC_CONV_CATEGORY "Ctrl+U shows the converter"
check "its View menu item" "$(printf 'Con&verter\tCtrl+U')" "$(probe "exe=$(winepath -w "$CALC_EXE" 2>/dev/null)" resmenu:1033:$CMD_CONVERTER)"
unit_is "Length" $IDC_CONV_CATEGORY "first category"
unit_is "Meters" $IDC_CONV_FROM_UNIT "first units: meters"
unit_is "Feet" $IDC_CONV_TO_UNIT "to feet"
check "± is off outside temperatures" 0 "$(probe enabled:$CMD_NEGATE)"
check "the swap button's accessible name" "Swap units" "$(probe name:$IDC_CONV_SWAP)"
check "a key's accessible name" "Seven" "$(probe name:$CMD_DIGIT_7)"
# the category box has the focus (first tab stop)
every_category_lists_its_units English
# End = fuel economy, Home = length
combo End
unit_is "Fuel economy" $IDC_CONV_CATEGORY "End in the category box"
combo Home
unit_is "Length" $IDC_CONV_CATEGORY "Home in the category box"
# Tab to the value's unit: kilometers is the 6th length unit; Tab to the result's: miles, one above the last
combo Tab Home Down Down Down Down Down
unit_is "Kilometers" $IDC_CONV_FROM_UNIT "from unit picked with the keyboard"
combo Tab End Up
unit_is "Miles" $IDC_CONV_TO_UNIT "to unit picked with the keyboard"
keys 1
display_is 0.621371192237334 "1 km in mi"
check "the result field shows it too" 0.621371192237334 "$(probe name:$IDC_CONV_TO_VALUE)"
expression_is "1 km =" "expression line: the value and its unit"
probe_is "≈ 3,280.84 ft, 1,000 m" name:$IDC_CONV_HINTS "about-equal hints"
keys Escape KP_1 KP_2 KP_Decimal KP_5
display_is 7.767139902966675 "12.5 km in mi (numpad)"
check "typed value as shown" 12.5 "$(probe name:$IDC_CONV_FROM_VALUE)"
keys BackSpace
display_is 7.456454306848008 "backspace: 12. km"
keys Delete 5 0 0 0
display_is 3,106.85596118667 "5000 km in mi, grouped"
check "Ctrl+C copies the converted value without grouping" 3106.85596118667 "$(copy_display)"
shot converter-en

echo "--- paste and swap"
clipboard_set "2.5e3"
keys ctrl+v
display_is 1,553.427980593335 "pasted 2.5e3 km in mi"
keys BackSpace
display_is 1.553427980593335 "backspace after a pasted exponent: 2.5"
clipboard_set "1,234.5"
keys ctrl+v
display_is 767.0827368169888 "pasted 1,234.5 km in mi"
check "pasted value shown" 1,234.5 "$(probe name:$IDC_CONV_FROM_VALUE)"
clipboard_set "not a number"
keys ctrl+v
probe_is "Invalid input" name:$IDC_CONV_HINTS "a bad paste says so"
check "and leaves the value" 767.0827368169888 "$(probe display)"
# Tab from the result's unit to the swap button, Space presses it
combo Tab space
unit_is "Miles" $IDC_CONV_FROM_UNIT "swap: from miles"
unit_is "Kilometers" $IDC_CONV_TO_UNIT "swap: to kilometers"
display_is 1,234.5 "swap converts the result back"
keys 2
display_is 3.218688 "after a swap a digit starts a new value: 2 mi"

echo "--- temperature: ± only there"
combo shift+Tab shift+Tab shift+Tab End Up Up
unit_is "Temperature" $IDC_CONV_CATEGORY "temperature picked with the keyboard"
unit_is "Celsius" $IDC_CONV_FROM_UNIT "its first units: Celsius"
unit_is "Fahrenheit" $IDC_CONV_TO_UNIT "to Fahrenheit"
check "± is on for temperatures" 1 "$(probe enabled:$CMD_NEGATE)"
keys Escape 1 0 0
display_is 212 "100 C in F"
keys Escape 4 0 F9
display_is -40 "-40 C in F (F9 is ±)"

echo "--- fuel economy: no answer for 0 l/100km"
combo End
unit_is "Fuel economy" $IDC_CONV_CATEGORY "fuel economy"
keys Escape 8
display_is 29.40182291666667 "8 l/100km in mpg"
keys Escape 0
display_is "Cannot divide by zero" "0 l/100km in mpg"
gui_close

echo "--- restart: the converter, its category and units are back"
gui_start
probe_is 1 exists:$IDC_CONV_CATEGORY "converter mode restored"
unit_is "Fuel economy" $IDC_CONV_CATEGORY "category restored"
unit_is "Liters per 100 kilometers" $IDC_CONV_FROM_UNIT "from unit restored"
gui_close

echo "--- odd settings: the defaults"
wine reg add "$KEY" /v ConverterCategory /t REG_DWORD /d 0 /f >/dev/null 2>&1
wine reg add "$KEY" /v ConverterFrom /t REG_SZ /d parsec /f >/dev/null 2>&1
wine reg add "$KEY" /v ConverterTo /t REG_SZ /d mpg /f >/dev/null 2>&1
gui_start
unit_is "Meters" $IDC_CONV_FROM_UNIT "unknown unit id: the category's first unit"
unit_is "Feet" $IDC_CONV_TO_UNIT "unit of another category: the category's"
gui_close
wine reg add "$KEY" /v ConverterCategory /t REG_DWORD /d 99 /f >/dev/null 2>&1
wine reg add "$KEY" /v ConverterFrom /t REG_DWORD /d 5 /f >/dev/null 2>&1
gui_start
unit_is "Length" $IDC_CONV_CATEGORY "category out of range: length"
unit_is "Meters" $IDC_CONV_FROM_UNIT "a unit of the wrong type: meters"
keys alt+1
probe_is 0 exists:$IDC_CONV_CATEGORY "Alt+1 leaves the converter"
keys alt+6
probe_is 1 exists:$IDC_CONV_CATEGORY "Alt+6 comes back"
gui_close

echo "--- French"
gui_reset_settings
export LANG=fr_FR.UTF-8
gui_start LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8
keys ctrl+u
probe_is 1 exists:$IDC_CONV_CATEGORY "Ctrl+U in French"
unit_is "Longueur" $IDC_CONV_CATEGORY "category in French"
unit_is "Mètres" $IDC_CONV_FROM_UNIT "mètres"
unit_is "Pieds" $IDC_CONV_TO_UNIT "pieds"
check "the swap button's name in French" "Inverser les unités" "$(probe name:$IDC_CONV_SWAP)"
every_category_lists_its_units French
combo Home
combo Tab End
unit_is "Milles marins" $IDC_CONV_FROM_UNIT "mille marin"
combo Home Down Down Down Down
keys 1 2 3 4 KP_Decimal 5
d=$(probe display)
check "1 234,5 m in ft, French format" "4050,196850393701" "$(printf '%s' "$d" | tr -d ' \302\240\342\200\257')"
check "Ctrl+C in French: no grouping, comma" "4050,196850393701" "$(copy_display)"
shot converter-fr
combo shift+Tab Home Down Down Down Down Down Down Down
unit_is "Puissance" $IDC_CONV_CATEGORY "power in French"
unit_is "Chevaux-vapeur impériaux" $IDC_CONV_TO_UNIT "cheval-vapeur"
combo Tab Tab End Up Up
unit_is "Chevaux-vapeur" $IDC_CONV_TO_UNIT "metric horsepower: cheval-vapeur"
combo shift+Tab shift+Tab End
unit_is "Consommation de carburant" $IDC_CONV_CATEGORY "fuel economy in French"
unit_is "Litres aux 100 km" $IDC_CONV_FROM_UNIT "litres aux 100 km"
gui_close

gui_finish
