#!/bin/bash
# Statistics mode (issue 13) with real key events: switch to it with Alt+8,
# add values with Insert and by pasting a spreadsheet column (tabs and
# newlines), read every statistic back from the display (control 1000), use
# one in an expression, delete a selected value, CAD and its undo, copy the
# list back, restart and find the list again; a damaged statistics.txt is
# reported once and loses nothing else. Screenshots in English and French.
# Own prefix: it writes %LOCALAPPDATA%\Calculatrice.
. "$(dirname "$0")/lib.bash"
gui_init "$BUILD_DIR/wine/gui-statistics"
IDC_STAT_LIST=1400 IDC_STAT_DELETE_ITEM=1401 IDC_STAT_UNDO=1402 IDC_STAT_COPY=1403
IDM_STAT_DELETE_ITEM=40040 IDM_STAT_UNDO=40041 IDM_STAT_COPY=40042
CMD_STATISTICS=214 CMD_STAT_ADD=250 CMD_STAT_CAD=252 CMD_STAT_COUNT=253 CMD_STAT_SUM=254
CMD_STAT_SUMSQ=255 CMD_STAT_MEAN=256 CMD_STAT_MEANSQ=257 CMD_STAT_SDEV=258 CMD_STAT_PSDEV=259
CMD_STAT_VAR=260 CMD_STAT_PVAR=261 CMD_STAT_MEDIAN=262 CMD_STAT_MIN=263 CMD_STAT_MAX=264

# Where the window keeps the list: %LOCALAPPDATA%\Calculatrice\statistics.txt.
LOCAL=$(winepath -u "$(wine cmd /c echo %LOCALAPPDATA% </dev/null 2>/dev/null | tr -d '\r')" 2>/dev/null)
STORE="$LOCAL/Calculatrice/statistics.txt"
BAD="$LOCAL/Calculatrice/statistics.txt.bad"  # storage.h storage_set_aside
rm -f "$STORE" "$BAD"
echo "data list file: $STORE"

# key_does KEY COMMAND-ID: one press of KEY runs exactly COMMAND-ID once.
key_does() {
  local before after i
  before=$(last_command)
  pointer_on_window
  xdotool key "$1" 2>/dev/null
  for i in $(seq 1 30); do
    after=$(last_command)
    [ -n "$after" ] && [ "$after" != "$before" ] && break
    sleep 0.05
  done
  check "key $1" "$2 x1" "${after% *} x$(( ${after#* } - ${before#* } ))"
}

# The data list as Copy list (Ctrl+Shift+C) puts it on the clipboard, one
# value per line, the lines joined by spaces.
copied_list() {
  local sentinel="sentinel-$$-$RANDOM" got="" i
  clipboard_set "$sentinel"
  keys ctrl+shift+c
  for i in $(seq 1 30); do
    got=$(timeout 2 xclip -o -selection clipboard 2>/dev/null || true)
    [ -n "$got" ] && [ "$got" != "$sentinel" ] && break
    sleep 0.1
  done
  printf '%s' "$got" | tr -d '\r' | tr '\n' ' ' | sed 's/ $//'
}

# clip_text TEXT: the clipboard holds TEXT, trailing newlines included (a
# spreadsheet's copy ends in one; lib.bash's clipboard_set compares without).
clip_text() {
  local i
  printf '%s' "$1" | xclip -i -selection clipboard >/dev/null 2>&1
  for i in $(seq 1 30); do
    [ "$(timeout 2 xclip -o -selection clipboard 2>/dev/null || true)" = "$(printf '%s' "$1")" ] && return 0
    sleep 0.1
  done
  echo "could not set the clipboard" >&2
}

# stat KEY WANT WHAT: the statistic's key, then the display.
stat() {
  keys "$1"
  display_is "$2" "$3"
}

echo "--- switch to Statistics with the keyboard"
gui_start
key_does alt+8 $CMD_STATISTICS
check "statistics keypad (x̄ key)" 1 "$(probe exists:$CMD_STAT_MEAN)"
check "data list shown" 1 "$(probe visible:$IDC_STAT_LIST)"
check "data list empty" 0 "$(probe lvcount:$IDC_STAT_LIST)"

echo "--- add values with Insert (Windows 7's key)"
keys Escape 2 Insert 4 Insert 4 Insert
key_does Insert $CMD_STAT_ADD
probe_is 4 lvcount:$IDC_STAT_LIST "four values after Insert"
keys 5 Insert
probe_is 5 lvcount:$IDC_STAT_LIST "five values"

echo "--- paste a column with tabs and newlines"
clip_text $'5\r\n7\t9\r\n'
keys ctrl+v
probe_is 8 lvcount:$IDC_STAT_LIST "three more by paste"
check "the list: 2 4 4 4 5 5 7 9" "2 4 4 4 5 5 7 9" "$(copied_list)"
clip_text $'1\nnot a number\n'
keys ctrl+v
expression_is "Invalid input" "a column with a word in it"
probe_is 8 lvcount:$IDC_STAT_LIST "adds nothing"

echo "--- every statistic from the keyboard (exact reference values)"
stat k 8 "count n (K)"
stat s 40 "Σx (S)"
stat ctrl+s 232 "Σx² (Ctrl+S)"
stat a 5 "mean x̄ (A)"
stat ctrl+a 29 "mean of the squares x̄² (Ctrl+A)"
stat t 2 "population deviation σₙ (T)"
stat ctrl+t 2.138089935299395077476427847038 "sample deviation σₙ₋₁ (Ctrl+T)"
stat shift+t 4 "population variance (Shift+T)"
stat ctrl+shift+t 4.5714285714285714285714285714286 "sample variance (Ctrl+Shift+T)"
stat m 4.5 "median (M)"
stat less 2 "minimum (<)"
stat greater 9 "maximum (>)"
echo "--- and from the buttons"
for b in "$CMD_STAT_SUM 40" "$CMD_STAT_SDEV 2.138089935299395077476427847038" "$CMD_STAT_MEDIAN 4.5" "$CMD_STAT_MAX 9"; do
  set -- $b
  probe click:$1 >/dev/null
  display_is "$2" "button $1"
done

echo "--- a statistic in an expression"
keys Escape a KP_Add 1 Return
display_is 6 "x̄ + 1 ="
keys Escape 2 KP_Multiply parenleft greater KP_Subtract less parenright Return
display_is 14 "2 × (max − min) ="
shot statistics-en

echo "--- select a value and delete it"
read -r L T R B <<< "$(probe screenrect:$IDC_STAT_LIST)"
# a click in the list gives it the focus; Home selects the first row, Down the second
xdotool mousemove $((L + (R - L) / 2)) $((B - 8)) click 1
xdotool key Home
probe_is 0 lvselected:$IDC_STAT_LIST "Home selects the first row"
xdotool key Down
probe_is 1 lvselected:$IDC_STAT_LIST "Down selects the second"
key_does ctrl+Delete $IDM_STAT_DELETE_ITEM
probe_is 7 lvcount:$IDC_STAT_LIST "one value fewer"
check "the second value (4) is gone" "2 4 4 5 5 7 9" "$(copied_list)"
probe click:$IDC_STAT_DELETE_ITEM >/dev/null
probe_is 6 lvcount:$IDC_STAT_LIST "Delete selected button"
check "the selection moved to the next value, which went" "2 4 5 5 7 9" "$(copied_list)"
pointer_on_window
stat k 6 "count after the deletes"
stat a 5.3333333333333333333333333333333 "mean after the deletes"

echo "--- CAD (D) and its undo (Ctrl+Z)"
key_does d $CMD_STAT_CAD
probe_is 0 lvcount:$IDC_STAT_LIST "CAD empties the list"
keys a
display_is "Invalid input" "no values: the mean is Invalid input"
key_does ctrl+z $IDM_STAT_UNDO
probe_is 6 lvcount:$IDC_STAT_LIST "Ctrl+Z brings them back"
keys Escape 8 Insert
probe_is 7 lvcount:$IDC_STAT_LIST "one more"

echo "--- the shortcut list names the keys"
keys F1
probe_is 1 'dialog:Keyboard shortcuts' "F1 shows the shortcuts"
help=$(probe 'dialogtext:Keyboard shortcuts')
for line in "Insert	Add to the data list (Statistics)" "D	Clear all data (Statistics)" \
            "Ctrl+Z	Undo clear (Statistics)" "Alt+8	Statistics"; do
  case "$help" in *"$line"*) check "shortcut list: ${line/	/ = }" yes yes ;;
    *) check "shortcut list: ${line/	/ = }" present missing ;; esac
done
probe 'dismiss:Keyboard shortcuts' >/dev/null
pointer_on_window
gui_close
check "the list is saved" 1 "$([ -s "$STORE" ] && echo 1 || echo 0)"

echo "--- restart: the list is back (in French this time)"
gui_start LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8
probe_is 1 exists:$CMD_STAT_MEAN "statistics mode remembered"
probe_is 7 lvcount:$IDC_STAT_LIST "seven values after the restart"
check "the same values" "2 4 5 5 7 9 8" "$(copied_list)"
keys a
display_is "5,7142857142857142857142857142857" "mean in French"
check "French name of σₙ₋₁" "Écart type de l'échantillon σₙ₋₁ (divise par n − 1)" "$(probe name:$CMD_STAT_SDEV)"
check "French name of σₙ" "Écart type de la population σₙ (divise par n)" "$(probe name:$CMD_STAT_PSDEV)"
check "French list name" "Liste des données" "$(probe name:$IDC_STAT_LIST)"
clip_text $'1,5\r\n2,5\r\n'
keys ctrl+v
probe_is 9 lvcount:$IDC_STAT_LIST "a French column pastes (comma decimals)"
shot statistics-fr
gui_close

echo "--- a damaged file: what is readable comes back, reported once"
printf 'Calculatrice statistics data 1\r\n3\r\ngarbage\r\n\x01\x02\r\n4\r\n%s\r\n' "$(head -c 300 /dev/zero | tr '\0' 9)" > "$STORE"
gui_start
probe_is 2 lvcount:$IDC_STAT_LIST "the two good values are loaded"
expression_is "Saved statistics data was damaged; what could be read is back" "the damage is reported"
check "the damaged file is kept" 1 "$([ -s "$BAD" ] && echo 1 || echo 0)"
gui_close
gui_start
probe_is 2 lvcount:$IDC_STAT_LIST "still there next time"
check "and not reported again" "" "$(probe expression)"
gui_close

echo "--- an unreadable file never blocks the start"
head -c 5000 /dev/urandom > "$STORE"
gui_start
check "starts" 1 "$(probe exists:$CMD_STAT_MEAN)"
gui_close
gui_finish
