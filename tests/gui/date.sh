#!/bin/bash
# Date calculation (View > Date calculation, Alt+5, Ctrl+E): the form panel
# driven with real key events only (xdotool: Tab, arrows, digits), its result
# read back from the display control (1000, Contract 2) and the clipboard, in
# English and French; both views, singular and plural, same dates, out of
# range, the settings remembered and read defensively; screenshots of the
# panel in English and French at 96, 150 and 192 DPI.
# Own prefix: it changes LogPixels.
. "$(dirname "$0")/lib.bash"
gui_init "$BUILD_DIR/wine/gui-date"
KEY='HKCU\Software\Calculatrice'
CMD_DATE=213 IDC_DATE_VIEW=1100 IDC_DATE_FROM=1102 IDC_DATE_TO=1104 IDC_DATE_YEARS=1108

# type_keys K...: key events to the focused control. Keys in the form run no
# command of the window, so nothing to wait for here: the checks poll.
type_keys() {
  pointer_on_window
  xdotool key --delay 40 "$@" 2>/dev/null
  sleep 0.2
}

# The short date's field order in the pickers: en-US M/d/yyyy, fr-FR dd/MM/yyyy.
LANG_UI=en
# set_date YYYY MM DD: fills the focused picker. Right from no selection picks
# the first field; the year goes first so that 29 February can exist.
set_date() {
  if [ "$LANG_UI" = fr ]; then
    type_keys Right Right Right $(echo "$1" | sed 's/./& /g') Left $(echo "$2" | sed 's/./& /g') Left $(echo "$3" | sed 's/./& /g')
  else
    type_keys Right Right Right $(echo "$1" | sed 's/./& /g') Left Left $(echo "$2" | sed 's/./& /g') Right $(echo "$3" | sed 's/./& /g')
  fi
}

# days_between A B: the total by Python's calendar, not by our engine.
days_between() { python3 -c "from datetime import date; import sys; a, b = (date.fromisoformat(x) for x in sys.argv[1:]); print(abs((b - a).days))" "$1" "$2"; }

# difference FROM TO: From and To set with the keyboard, focus back on From's
# label row (Tab order: view, From, To).
difference() {
  set_date ${1//-/ }
  type_keys Tab
  set_date ${2//-/ }
  type_keys shift+Tab
}

echo "--- English"
gui_start
keys Escape 4 2
keys ctrl+e
check "Ctrl+E runs the Date command" "$CMD_DATE" "$(probe last | cut -d' ' -f1)"
probe_is 1 visible:$IDC_DATE_VIEW "the date panel is shown"
check "no keypad key in date mode" 0 "$(probe exists:107)"
probe_is "Same dates" display "From and To are both today at first"
type_keys Tab
difference 2008-03-31 2008-02-29
probe_is "1 month, 2 days" display "31.03.2008 - 29.02.2008 (Microsoft's example)"
probe_is "$(days_between 2008-03-31 2008-02-29) days" expression "total in days"
check "Ctrl+C copies the result" "1 month, 2 days" "$(copy_display)"
difference 2008-01-01 2009-03-26
probe_is "1 year, 2 months, 3 weeks, 4 days" display "every unit, plural"
probe_is "$(days_between 2008-01-01 2009-03-26) days" expression "total"
difference 2008-01-01 2009-02-09
probe_is "1 year, 1 month, 1 week, 1 day" display "every unit, singular"
probe_is "$(days_between 2008-01-01 2009-02-09) days" expression "total"
difference 2008-01-01 2008-01-02
probe_is "1 day" display "one day"
probe_is "1 day" expression "one day in total"
difference 2010-06-15 2010-06-15
probe_is "Same dates" display "equal dates"
# Arrow keys in a picker: Up on To's day field (Tab selects no field; Right Right = day).
difference 2008-03-31 2008-03-01
type_keys Tab Right Right Up shift+Tab
probe_is "4 weeks, 1 day" display "Up on To's day: 2 March"
shot date-difference-en

echo "--- Add or subtract days"
type_keys shift+Tab Down
probe_is "Monday, March 31, 2008" display "Add view: From + nothing"
# Tab order: view, From, Add/Subtract (one stop), years, months, days.
type_keys Tab Tab Tab 0 Tab 1 Tab 1 0
probe_is "Saturday, May 10, 2008" display "31.03.2008 + 1 month 10 days (Microsoft's example)"
check "Ctrl+C copies the date" "Saturday, May 10, 2008" "$(copy_display)"
type_keys shift+Tab shift+Tab shift+Tab shift+Tab
set_date 2008 03 10
type_keys Tab Right
probe_is "Tuesday, January 29, 2008" display "10.03.2008 - 1 month 10 days (Microsoft's example)"
type_keys Tab Up
probe_is "Monday, January 29, 2007" display "Up in years: 1 year more subtracted"
type_keys shift+Tab Left shift+Tab
set_date 9999 12 01
type_keys Tab Tab
type_keys BackSpace BackSpace BackSpace 9 9 9
probe_is "Outside the supported dates (1601 to 9999)" display "out of range says so"
shot date-add-en
keys alt+1
display_is 42 "back in standard mode: the keypad's value waited"
keys alt+5
probe_is "Outside the supported dates (1601 to 9999)" display "Alt+5: the form as it was"
gui_close

echo "--- settings: remembered, then read defensively"
check "view saved" 0x1 "$(wine reg query "$KEY" /v DateView 2>/dev/null | tr -d '\r' | awk '/DateView/ {print $3}')"
check "From saved" "9999-12-01" "$(wine reg query "$KEY" /v DateFrom 2>/dev/null | tr -d '\r' | awk '/DateFrom/ {print $3}')"
gui_start
probe_is "Outside the supported dates (1601 to 9999)" display "restart: date mode, view, dates and offsets back"
gui_close
wine reg add "$KEY" /v DateView /t REG_DWORD /d 7 /f >/dev/null 2>&1
wine reg add "$KEY" /v DateFrom /t REG_SZ /d 2023-02-29 /f >/dev/null 2>&1
wine reg add "$KEY" /v DateTo /t REG_DWORD /d 5 /f >/dev/null 2>&1
wine reg add "$KEY" /v DateYears /t REG_DWORD /d 4000 /f >/dev/null 2>&1
gui_start
probe_is "Same dates" display "bad values: difference view, both dates today"
gui_close

echo "--- French"
LANG_UI=fr
gui_reset_settings
gui_start LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8
exe=$(winepath -w "$CALC_EXE" 2>/dev/null)
check "View > Date calculation in French" "$(printf 'Calcul de &dates\tCtrl+E')" "$(probe "exe=$exe" resmenu:1036:$CMD_DATE)"
keys alt+5
probe_is "Dates identiques" display "same dates in French"
type_keys Tab
difference 2008-03-31 2008-02-29
probe_is "1 mois, 2 jours" display "French difference"
probe_is "$(days_between 2008-03-31 2008-02-29) jours" expression "French total"
difference 2008-01-01 2009-03-26
probe_is "1 an, 2 mois, 3 semaines, 4 jours" display "French plurals"
difference 2008-01-01 2009-02-09
probe_is "1 an, 1 mois, 1 semaine, 1 jour" display "French singulars"
probe_is "$(days_between 2008-01-01 2009-02-09) jours" expression "French total"
check "Ctrl+C in French" "1 an, 1 mois, 1 semaine, 1 jour" "$(copy_display)"
shot date-difference-fr
type_keys shift+Tab Down
type_keys Tab
set_date 2008 03 31
type_keys Tab Tab 0 Tab 1 Tab 1 0
probe_is "samedi 10 mai 2008" display "French long date with the weekday"
shot date-add-fr
gui_close

echo "--- screenshots at 96, 150 and 192 DPI"
declare -A width
for dpi in 96 150 192; do
  gui_set_dpi "$dpi"
  for LANG_UI in en fr; do
    gui_reset_settings
    if [ "$LANG_UI" = fr ]; then gui_start LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8; else gui_start; fi
    keys ctrl+e
    probe_is 1 visible:$IDC_DATE_VIEW "$LANG_UI $dpi: date panel"
    type_keys Tab
    difference 2008-01-01 2009-03-26
    if [ "$LANG_UI" = fr ]; then want="1 an, 2 mois, 3 semaines, 4 jours"; else want="1 year, 2 months, 3 weeks, 4 days"; fi
    probe_is "$want" display "$LANG_UI $dpi: result"
    shot "$LANG_UI-$dpi-date-difference"
    size=$(probe size)
    width[$LANG_UI-$dpi]=${size% *}
    type_keys shift+Tab Down Tab Tab Tab 1 Tab 2 Tab 3
    shot "$LANG_UI-$dpi-date-add"
    gui_close
  done
done
gui_set_dpi 96
ratio=$(( ${width[en-192]} * 100 / ${width[en-96]} ))
check "192 DPI date window about twice as wide (ratio*100 in 180..220)" 1 "$([ $ratio -ge 180 ] && [ $ratio -le 220 ] && echo 1 || echo 0)"
gui_finish
