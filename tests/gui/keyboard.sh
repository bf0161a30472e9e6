#!/bin/bash
# Keyboard: every key of the map (WINDOWS-CALCULATOR.md §4.1-§4.4 and the
# numpad) runs exactly its command, whatever has the focus; numpad arithmetic;
# Enter presses "=" once, never the focused button; Esc clears, never closes.
. "$(dirname "$0")/lib.bash"
gui_init
gui_start

# key_does KEY COMMAND-ID: one press of KEY runs exactly COMMAND-ID once.
# (The command count carries over from one key_does to the next.)
LAST=""
key_does() {
  local before after i id count
  before=${LAST:-$(last_command)}
  pointer_on_window
  xdotool key "$1" 2>/dev/null
  for i in $(seq 1 30); do
    after=$(last_command)
    # an empty read is a probe that did not get through (busy machine): read again
    [ -n "$after" ] && [ "$after" != "$before" ] && break
    sleep 0.05
  done
  id=${after% *}
  count=$(( ${after#* } - ${before#* } ))
  check "key $1" "$2 x1" "$id x$count"
  LAST=$after
}
# Any other key press makes the carried count stale.
eval "lib_$(declare -f keys)"
keys() {
  LAST=""
  lib_keys "$@"
}

echo "--- numpad arithmetic (NumLock on)"
keys Escape KP_1 KP_2 KP_Add KP_3 KP_Enter
display_is 15 "12 + 3 = on the numpad"
keys Escape KP_9 KP_Divide KP_4 KP_Enter
display_is 2.25 "9 / 4 with the numpad"
keys Escape KP_7 KP_Decimal KP_5 KP_Multiply KP_2 KP_Subtract KP_1 KP_Enter
display_is 14 "7.5 * 2 - 1 with the numpad"
keys Escape 1 2 3 4 5 6 7
display_is 1,234,567 "digit grouping while typing"
keys Escape 2 plus 3 equal
display_is 5 "2 + 3 ="

echo "--- Enter presses = once even when another button has the focus"
probe click:107 >/dev/null   # clicking "7" gives it the focus
keys Escape 4 Return
display_is 4 "Enter with 7 focused"
keys Escape 5 KP_Add 1 Return Return
display_is 7 "repeated equals: 5 + 1 = ="

echo "--- every key of the standard map"
keys alt+1
for d in 0 1 2 3 4 5 6 7 8 9; do key_does "$d" $((100 + d)); key_does "KP_$d" $((100 + d)); done
key_does period 116; key_does comma 116; key_does KP_Decimal 116
key_does plus 120; key_does minus 121; key_does asterisk 122; key_does slash 123
key_does KP_Add 120; key_does KP_Subtract 121; key_does KP_Multiply 122; key_does KP_Divide 123
key_does equal 124; key_does Return 124; key_does KP_Enter 124
key_does Escape 131; key_does Delete 130; key_does BackSpace 129; key_does F9 117
key_does ctrl+m 200; key_does ctrl+r 201; key_does ctrl+p 203; key_does ctrl+q 204; key_does ctrl+l 202
key_does percent 125; key_does at 140; key_does q 141; key_does r 143
key_does ctrl+shift+f 197; key_does ctrl+shift+f 197   # fraction view on, then off
key_does ctrl+c $IDM_COPY; key_does ctrl+Insert $IDM_COPY
key_does ctrl+v $IDM_PASTE; key_does shift+Insert $IDM_PASTE
key_does ctrl+h $IDM_HISTORY; key_does ctrl+h $IDM_HISTORY
key_does ctrl+shift+d $IDM_CLEAR_HISTORY
key_does F1 $IDM_SHORTCUTS
check "F1 shows the shortcuts" 1 "$(probe 'dialog:Keyboard shortcuts')"
check "the shortcuts box closes" ok "$(probe 'dismiss:Keyboard shortcuts')"
pointer_on_window

echo "--- Ctrl+V with no text on the clipboard says so (the greyed menu item must not eat the key)"
wine "$GUI_TOOLS_DIR/gui_hostile_tool.exe" clip-only-bitmap </dev/null >/dev/null 2>&1
keys Escape 7 ctrl+v
expression_is "Invalid input" "Ctrl+V with only a bitmap"
display_is 7 "the value is kept"
keys Escape
pointer_on_window

echo "--- modes"
key_does alt+2 211
display_is 0
key_does alt+1 210
key_does alt+3 212
key_does alt+4 212
key_does alt+1 210
keys 4 2 alt+2
display_is 42 "the value survives the switch to scientific"
keys alt+1
display_is 42 "and back to standard"

echo "--- every key of the scientific map"
keys alt+2
n=0
for k in s o t; do
  key_does "$k" $((160 + n)); key_does "shift+$k" $((163 + n)); key_does "ctrl+$k" $((166 + n)); key_does "ctrl+shift+$k" $((169 + n))
  n=$((n + 1))
done
n=0
for k in u i j; do
  key_does "$k" $((172 + n)); key_does "shift+$k" $((175 + n)); key_does "ctrl+$k" $((178 + n)); key_does "ctrl+shift+$k" $((181 + n))
  n=$((n + 1))
done
key_does numbersign 142; key_does y 144; key_does asciicircum 144; key_does ctrl+y 145
key_does b 156; key_does l 149; key_does shift+l 158; key_does g 157; key_does ctrl+g 146
key_does n 148; key_does ctrl+n 147; key_does p 154; key_does shift+e 155; key_does exclam 150
key_does x 193; key_does percent 126; key_does m 195; key_does bar 151
key_does bracketleft 152; key_does bracketright 153; key_does v 194; key_does shift+r 159
key_does F3 190; key_does F4 191; key_does F5 192; key_does parenleft 127; key_does parenright 128
key_does at 140; key_does q 141; key_does r 143
key_does ctrl+shift+f 197; key_does ctrl+shift+f 197
key_does Escape 131; key_does KP_Enter 124

echo "--- scientific results through the keyboard"
keys Escape F3 3 0 s
display_is 0.5 "sin 30 (degrees)"
keys Escape 2 y 1 0 Return
display_is 1,024 "2 ^ 10"
keys Escape 1 plus 2 asterisk 3 Return
display_is 7 "precedence: 1 + 2 × 3"
keys Escape parenleft 1 plus 2 parenright asterisk 3 Return
display_is 9 "(1 + 2) × 3"
keys Escape 5 exclam
display_is 120 "5!"
keys Escape 1 0 0 l
display_is 2 "log 100"
keys Escape 1 F4 p
keys F3

if [ "$(probe exists:212)" = 1 ] || probe command:212 >/dev/null; then
  keys alt+3
  if [ "$(probe exists:220)" = 1 ]; then
    echo "--- every key of the programmer map"
    for k in a b c d e f; do
      id=$((110 + $(printf '%d' "'$k") - 97))
      key_does "$k" $id; key_does "shift+$k" $id
    done
    key_does F5 220; key_does F6 221; key_does F7 222; key_does F8 223
    key_does F12 224; key_does F2 225; key_does F3 226; key_does F4 227; key_does F12 224
    key_does ampersand 230; key_does bar 231; key_does asciicircum 232; key_does asciitilde 233
    key_does period 234; key_does backslash 235
    # < and > run the selected Bit shift kind's commands (Arithmetic by default)
    key_does less 236; key_does greater 237
    for kind in "1 236 238" "2 239 240" "3 241 242" "0 236 237"; do
      set -- $kind
      probe command:$((40030 + $1)) >/dev/null   # IDM_SHIFT_ARITHMETIC + kind
      probe_is 1 exists:$3 "Bit shift kind $1 chosen"
      LAST=""
      key_does less "$2"; key_does greater "$3"
    done
    key_does percent 126; key_does parenleft 127; key_does parenright 128
    keys Escape F5 f f
    display_is FF "FF typed in HEX"
    keys F6
    display_is 255 "FF is 255 in DEC"
    keys alt+1
  fi
fi

shot keyboard
gui_close
gui_finish
