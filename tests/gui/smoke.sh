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
probe_is "Calculatrice" title "Esc does not close the window"
keys KP_7 KP_Multiply KP_6 KP_Enter
display_is 42 "7 × 6 ="
t=$(cat "$timing" 2>/dev/null)
if printf '%s' "$t" | grep -Eq '^[0-9]+\.[0-9]{3}$'; then check "startup timing written (ms)" ok ok; else check "startup timing written (ms)" "a number" "$t"; fi
echo "startup time: $t ms"
echo "--- Help"
probe command:$IDM_ABOUT >/dev/null
about=$(probe 'dialogtext:About Calculatrice')
case "$about" in *"Calculatrice ${CALC_VERSION:-}"*) check "About shows the version" ok ok ;; *) check "About shows the version" "Calculatrice ${CALC_VERSION:-x.y.z}" "$about" ;; esac
check "About closes" ok "$(probe 'dismiss:About Calculatrice')"
probe command:$IDM_SHORTCUTS >/dev/null
help=$(probe 'dialogtext:Keyboard shortcuts')
case "$help" in *"Ctrl+M"*"Memory"*) check "the shortcut list names keys and actions" ok ok ;; *) check "the shortcut list names keys and actions" "Ctrl+M ... Memory" "${help:0:200}" ;; esac
check "shortcuts box closes" ok "$(probe 'dismiss:Keyboard shortcuts')"

echo "--- version resource"
if command -v x86_64-w64-mingw32-windres >/dev/null; then
  v=$(x86_64-w64-mingw32-windres -J coff -i "$CALC_EXE" -O rc 2>/dev/null | sed -n 's/.*VALUE "FileVersion", "\(.*\)".*/\1/p' | head -1)
  check "FileVersion" "${CALC_VERSION:-$v}" "$v"
  m=$(x86_64-w64-mingw32-windres -J coff -i "$CALC_EXE" -O rc 2>/dev/null | grep -c 'RT_MANIFEST')
  check "one manifest" 1 "$m"
fi

echo "--- resizing scales the keys"
before=$(probe rect:107)
size0=$(probe size)
xdotool windowsize "$W" 700 800 2>/dev/null
for i in $(seq 1 20); do [ "$(probe size)" != "$size0" ] && break; sleep 0.1; done
echo "client size $size0 -> $(probe size)"
after=$(probe rect:107)
check "the 7 key grew with the window ($before -> $after)" 1 "$([ "${after% *}" -gt "${before% *}" ] && [ "${after#* }" -gt "${before#* }" ] && echo 1 || echo 0)"
shot smoke-resized
gui_close
rm -f "$timing"
gui_finish
