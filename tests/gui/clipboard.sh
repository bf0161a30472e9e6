#!/bin/bash
# Clipboard: Ctrl+C copies the display without grouping (or the error text);
# Ctrl+V pastes numbers and expressions as if typed; invalid text says
# "Invalid input" and keeps the value being worked on.
. "$(dirname "$0")/lib.bash"
gui_init
gui_start

keys Escape 1 2 3 4 5 6 7 period 8 9
display_is 1,234,567.89 "typed with grouping"
check "Ctrl+C copies without grouping" "1234567.89" "$(copy_display)"
keys Escape 1 slash 0 Return
display_is "Cannot divide by zero"
check "Ctrl+C copies the error text" "Cannot divide by zero" "$(copy_display)"
keys Escape

paste() {
  clipboard_set "$1"
  keys ctrl+v
}
keys Escape
paste "12.5"
display_is 12.5 "paste 12.5"
keys Escape
paste "-3e5"
display_is "-3.e+5" "paste -3e5 (as typed: exponent entry)"
keys Return
display_is "-300,000" "-3e5 ="
keys Escape
paste "2+3*4="
display_is 20 "paste 2+3*4= (standard: left to right)"
keys Escape alt+2
paste "2+3*4="
display_is 14 "paste 2+3*4= (scientific: precedence)"
keys Escape alt+1
keys Escape
paste "1,234.5"
display_is 1,234.5 "paste 1,234.5"
keys Escape
paste "  42
"
display_is 42 "paste with spaces and a newline"

echo "--- invalid paste keeps the value"
keys Escape 7 7 KP_Add 5
paste "hello"
expression_is "Invalid input" "notice on the expression line"
display_is 5 "display unchanged after a bad paste"
keys Return
display_is 82 "the calculation goes on: 77 + 5"
paste "1+*2"
expression_is "Invalid input" "1+*2 is invalid"
display_is 82 "still 82"
paste "   "
expression_is "Invalid input" "blank text is invalid"
display_is 82 "blank text changes nothing"

echo "--- Edit menu commands"
keys Escape 9 9
probe command:$IDM_COPY >/dev/null
sleep 0.3
check "Edit > Copy" 99 "$(timeout 2 xclip -o -selection clipboard 2>/dev/null)"
clipboard_set "31"
probe command:$IDM_PASTE >/dev/null
display_is 31 "Edit > Paste"

gui_close
gui_finish
