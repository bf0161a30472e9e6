#!/bin/bash
# Smoke: the window starts, is titled Calculatrice, shows 0, its buttons carry
# accessible names, Esc does not close it, WM_CLOSE ends it with status 0, and
# CALC_STARTUP_TIMING gets the start-up time.
. "$(dirname "$0")/lib.bash"
gui_init

timing=$(mktemp)
gui_start CALC_STARTUP_TIMING="$(winepath -w "$timing" 2>/dev/null)"
check "title" "Calculatrice" "$(probe title)"
check "display at start" "0" "$(probe display)"
check "display control id 1000 exists" "1" "$(probe exists:1000)"
# accessible names are the command names (commands.h), not the symbols drawn
check "name of the 7 key" "Seven" "$(probe name:107)"
check "name of the = key" "Equals" "$(probe name:124)"
name_sqrt=$(probe name:140)
case "$name_sqrt" in ""|"²√x"|"<none>") check "square root has a real name" "a name" "$name_sqrt" ;; *) check "square root has a real name" ok ok ;; esac
keys Escape Escape
sleep 0.5
check "Esc does not close the window" "Calculatrice" "$(probe title)"
keys KP_7 KP_Multiply KP_6 KP_Enter
display_is 42 "7 × 6 ="
t=$(cat "$timing" 2>/dev/null)
if printf '%s' "$t" | grep -Eq '^[0-9]+\.[0-9]{3}$'; then check "startup timing written (ms)" ok ok; else check "startup timing written (ms)" "a number" "$t"; fi
echo "startup time: $t ms"
shot smoke
gui_close
rm -f "$timing"
gui_finish
