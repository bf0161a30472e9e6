#!/bin/bash
# Fraction view in the window (issue 16): the a/b button (id = CMD_FRAC 197) and
# Ctrl+Shift+F toggle it in standard and scientific mode; View > Mixed numbers
# (IDM_MIXED) shows 3 1/7 and is remembered; the fraction is shown as the
# engine writes it (no grouping, no locale), Ctrl+C copies what is shown; F1
# lists the key. English, then French. Own prefix: the last shot changes the DPI.
. "$(dirname "$0")/lib.bash"
gui_init "$BUILD_DIR/wine/gui-frac"
CMD_FRAC=197

gui_set_dpi 96
KEY='HKCU\Software\Calculatrice'

# decimal_is PREFIX WHAT: the display shows a decimal (no '/') starting with PREFIX.
decimal_is() {
  local prefix=$1 got="" i
  for i in $(seq 1 30); do
    got=$(probe display)
    case "$got" in "$prefix"*) break ;; esac
    sleep 0.1
  done
  case "$got" in
    */*) check "$2" "a decimal $prefix..." "$got" ;;
    "$prefix"*) check "$2" "$got" "$got" ;;
    *) check "$2" "$prefix..." "$got" ;;
  esac
}

echo "--- standard: the shortcut"
gui_start
check "a/b button in standard" 1 "$(probe exists:$CMD_FRAC)"
check "its accessible name" "Fraction view" "$(probe name:$CMD_FRAC)"
keys Escape 1 slash 3 Return
display_is 0.3333333333333333 "1 / 3 = decimal first"
keys ctrl+shift+f
check "Ctrl+Shift+F runs the frac command" "$CMD_FRAC" "$(last_command | cut -d' ' -f1)"
display_is 1/3 "1 / 3 = then Ctrl+Shift+F"
check "Ctrl+C copies the fraction" 1/3 "$(copy_display)"
expression_is "1 ÷ 3=" "the expression line keeps decimals"
shot fraction-en-standard
size96=$(probe size)
keys ctrl+shift+f
display_is 0.3333333333333333 "Ctrl+Shift+F again: decimal"

echo "--- standard: the button (WM_COMMAND of its id, and a click)"
probe command:$CMD_FRAC >/dev/null
display_is 1/3 "WM_COMMAND 197 turns the view on"
keys Escape 0 period 7 5 Return
display_is 3/4 "0.75 = shows 3/4"
keys Escape 2 period 5 F9 Return
display_is -5/2 "-2.5 = shows -5/2"
keys Escape 2 at
decimal_is 1.414213562373095 "2 √ stays decimal"
keys Escape 1 2 3 4 5 6 7
display_is 1,234,567 "the number being typed stays decimal (grouped)"
keys slash 2 Return
display_is 1234567/2 "1234567 / 2 = is not regrouped"
check "Ctrl+C: 1234567/2" 1234567/2 "$(copy_display)"
keys Escape 2 2 slash 7 Return
display_is 22/7 "22 / 7 ="
probe click:$CMD_FRAC >/dev/null
display_is 3.142857142857143 "a click on a/b: decimal again"
probe click:$CMD_FRAC >/dev/null
display_is 22/7 "a second click: fraction"

echo "--- mixed numbers (View menu)"
probe command:$IDM_MIXED >/dev/null
display_is "3 1/7" "Mixed numbers: 3 1/7"
check "Ctrl+C copies the mixed number" "3 1/7" "$(copy_display)"
keys Escape 2 period 5 F9 Return
display_is "-2 1/2" "mixed -2.5"
probe command:$IDM_MIXED >/dev/null
display_is -5/2 "Mixed numbers off: -5/2"
probe command:$IDM_MIXED >/dev/null
display_is "-2 1/2" "and on again (kept for the next run)"

echo "--- scientific: the view stays on across the mode switch"
keys alt+2
check "a/b button in scientific" 1 "$(probe exists:$CMD_FRAC)"
keys Escape 1 slash 3 Return
display_is 1/3 "scientific 1 / 3 ="
keys Escape 2 at
decimal_is 1.41421356237309504880168872420 "scientific 2 √ stays decimal (32 digits)"
keys Escape 1 slash 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 Return
display_is 1/12345678901234567 "a 17-digit denominator fits scientific's 32"
keys ctrl+shift+f
decimal_is 8.1000000729 "Ctrl+Shift+F in scientific: decimal"
probe click:$CMD_FRAC >/dev/null
display_is 1/12345678901234567 "the button in scientific"
keys Escape 2 2 slash 7 Return
shot fraction-en-scientific
keys alt+1
display_is "3 1/7" "back in standard: value, view and mixed numbers kept"
keys Escape 1 slash 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 Return
display_is 1/1234567890123456 "a 16-digit denominator fits standard"

echo "--- F1 lists the key"
probe command:$IDM_SHORTCUTS >/dev/null
probe_is 1 "dialog:Keyboard shortcuts" "shortcuts box"
help=$(probe "dialogtext:Keyboard shortcuts")
case "$help" in
  *$'Ctrl+Shift+F\tFraction view (Standard, Scientific)'*) check "F1 lists Ctrl+Shift+F" ok ok ;;
  *) check "F1 lists Ctrl+Shift+F" "Ctrl+Shift+F<TAB>Fraction view (Standard, Scientific)" "${help:0:300}..." ;;
esac
probe "dismiss:Keyboard shortcuts" >/dev/null
exe=$(winepath -w "$CALC_EXE" 2>/dev/null)
check "View > Mixed numbers" "Mi&xed numbers" "$(probe "exe=$exe" resmenu:1033:$IDM_MIXED)"
check "View > Mixed numbers in French" "&Nombres fractionnaires mixtes" "$(probe "exe=$exe" resmenu:1036:$IDM_MIXED)"

echo "--- programmer: no a/b"
pointer_on_window
probe command:212 >/dev/null   # CMD_PROGRAMMER
probe_is 1 exists:220 "programmer keypad shown"
# (the old keypad goes once the new one is built: wait for it)
probe_is 0 exists:$CMD_FRAC "no a/b button in programmer"
keys alt+1
gui_close
check "MixedNumbers saved" 1 "$(wine reg query "$KEY" /v MixedNumbers </dev/null 2>/dev/null | tr -d '\r' | awk '/MixedNumbers/ { print $3 + 0 }')"

echo "--- French: mixed numbers remembered, fractions kept as the engine writes them"
export LANG=fr_FR.UTF-8
gui_start LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8
check "accessible name in French" "Affichage en fraction" "$(probe name:$CMD_FRAC)"
keys Escape 2 2 slash 7 Return ctrl+shift+f
display_is "3 1/7" "fr: 3 1/7 with a plain space (Mixed numbers restored)"
check "fr: Ctrl+C 3 1/7" "3 1/7" "$(copy_display)"
keys Escape 1 2 3 4 slash 7 Return
display_is "176 2/7" "fr: 1234 / 7 = is 176 2/7"
keys Escape 1 2 3 4 5 6 7 slash 2 Return
display_is "617283 1/2" "fr: no group separator in a mixed number"
probe command:$IDM_MIXED >/dev/null
display_is 1234567/2 "fr: Mixed numbers off"
keys Escape 2 KP_Decimal 5 F9 Return
display_is -5/2 "fr: -2,5 = shows -5/2"
check "fr: Ctrl+C -5/2" -5/2 "$(copy_display)"
keys Escape 2 at
decimal_is "1,41421356237309" "fr: 2 √ stays decimal, with the French comma"
keys Escape 1 slash 3 Return
shot fraction-fr-standard
probe command:$IDM_SHORTCUTS >/dev/null
probe_is 1 "dialog:Raccourcis clavier" "fr: shortcuts box"
help=$(probe "dialogtext:Raccourcis clavier")
case "$help" in
  *$'Ctrl+Maj+F\tAffichage en fraction (Standard, Scientifique)'*) check "fr: F1 lists Ctrl+Maj+F" ok ok ;;
  *) check "fr: F1 lists Ctrl+Maj+F" "Ctrl+Maj+F<TAB>Affichage en fraction (Standard, Scientifique)" "${help:0:300}..." ;;
esac
probe "dismiss:Raccourcis clavier" >/dev/null
keys alt+2 Escape 2 2 slash 7 Return
shot fraction-fr-scientific
gui_close
check "MixedNumbers saved off" 0 "$(wine reg query "$KEY" /v MixedNumbers </dev/null 2>/dev/null | tr -d '\r' | awk '/MixedNumbers/ { print $3 + 0 }')"

echo "--- a corrupt MixedNumbers gives the default (off)"
wine reg add "$KEY" /v MixedNumbers /t REG_SZ /d yes /f </dev/null >/dev/null 2>&1
unset LANG
gui_start LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8
keys alt+1 Escape 2 2 slash 7 Return ctrl+shift+f
display_is 22/7 "REG_SZ MixedNumbers: not mixed"
gui_close

echo "--- 192 DPI: the keypads stay tidy"
gui_set_dpi 192
gui_reset_settings   # no window size saved at 96 DPI
gui_start LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8
keys alt+1 Escape 1 slash 3 Return ctrl+shift+f
display_is 1/3 "192 DPI: the view is on (standard)"
shot fraction-en-192-standard
size192=$(probe size)
ratio=$(( ${size192% *} * 100 / ${size96% *} ))
check "192 DPI window about twice as wide (ratio*100 in 180..220)" 1 "$([ $ratio -ge 180 ] && [ $ratio -le 220 ] && echo 1 || echo 0)"
keys alt+2
display_is 1/3 "192 DPI: scientific"
probe_is 1 visible:$CMD_FRAC "192 DPI: a/b shown in scientific"
sleep 1.5   # the larger window takes a while to paint under Xvfb
shot fraction-en-192-scientific
gui_close
gui_set_dpi 96
gui_finish
