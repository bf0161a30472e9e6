#!/bin/bash
# History and memory panes: history items appear newest first, a click recalls
# one, Delete and Clear history work; memory items with MR/M+/M-/MC each; the
# pane opens beside the keypad (View menu, Ctrl+H) and when the window is wide.
. "$(dirname "$0")/lib.bash"
gui_init
gui_start

echo "--- history"
check "history pane hidden at first" 0 "$(probe visible:$IDC_HISTORY_LIST)"
w0=$(probe size)
keys ctrl+h
probe_is 1 visible:1020 "Ctrl+H shows the empty-history text"
w1=$(probe size)
check "the window grew for the pane" 1 "$([ "${w1% *}" -gt "${w0% *}" ] && echo 1 || echo 0)"
keys Escape 1 KP_Add 1 Return
display_is 2
keys Escape 2 KP_Multiply 3 Return
display_is 6
check "history has 2 items" 2 "$(probe count:$IDC_HISTORY_LIST)"
check "newest item first" "2 × 3=|6" "$(probe item:$IDC_HISTORY_LIST:0)"
check "older item" "1 + 1=|2" "$(probe item:$IDC_HISTORY_LIST:1)"
probe select:$IDC_HISTORY_LIST:1 >/dev/null
display_is 2 "click on an item recalls its result"
keys KP_Add 5 Return
display_is 7 "and the calculation goes on from it"
check "history has 3 items" 3 "$(probe count:$IDC_HISTORY_LIST)"
probe select:$IDC_HISTORY_LIST:0 >/dev/null
probe click:$IDC_HISTORY_DELETE >/dev/null
check "Delete removes the selected item" 2 "$(probe count:$IDC_HISTORY_LIST)"
check "the others stay" "2 × 3=|6" "$(probe item:$IDC_HISTORY_LIST:0)"
shot panes-history
probe click:$IDC_HISTORY_CLEAR >/dev/null
probe_is 0 count:$IDC_HISTORY_LIST "Clear history empties it"
keys Escape 4 KP_Add 4 Return ctrl+shift+d
probe_is 0 count:$IDC_HISTORY_LIST "Ctrl+Shift+D clears the history"

echo "--- memory"
probe click:$IDC_TAB_MEMORY >/dev/null
probe_is 1 visible:1020 "memory tab shows the empty-memory text"
keys Escape 5 ctrl+m Escape 7 ctrl+m
probe_is 2 count:$IDC_MEMORY_LIST "two memory items"
check "newest on top" 7 "$(probe item:$IDC_MEMORY_LIST:0)"
check "then the older" 5 "$(probe item:$IDC_MEMORY_LIST:1)"
keys Escape 3
probe select:$IDC_MEMORY_LIST:1 >/dev/null
probe click:$IDC_MEMITEM_MPLUS >/dev/null
probe_is 8 item:$IDC_MEMORY_LIST:1 "M+ on item 1 adds the display to it"
probe select:$IDC_MEMORY_LIST:0 >/dev/null
probe click:$IDC_MEMITEM_MMINUS >/dev/null
probe_is 4 item:$IDC_MEMORY_LIST:0 "M- on item 0"
keys Escape
probe select:$IDC_MEMORY_LIST:1 >/dev/null
probe click:$IDC_MEMITEM_MR >/dev/null
display_is 8 "MR of item 1"
probe dblclick:$IDC_MEMORY_LIST:0 >/dev/null
display_is 4 "double-click recalls item 0"
keys ctrl+p
probe_is 8 item:$IDC_MEMORY_LIST:0 "Ctrl+P adds to the top item"
probe select:$IDC_MEMORY_LIST:0 >/dev/null
probe click:$IDC_MEMITEM_MC >/dev/null
probe_is 1 count:$IDC_MEMORY_LIST "MC of an item removes it"
check "the other stays" 8 "$(probe item:$IDC_MEMORY_LIST:0)"
shot panes-memory
keys alt+2
probe_is 8 item:$IDC_MEMORY_LIST:0 "memory survives a mode switch"
keys ctrl+l
probe_is 0 count:$IDC_MEMORY_LIST "Ctrl+L clears the memory"
keys alt+1

echo "--- toggling"
probe command:$IDM_MEMORY >/dev/null
probe_is 0 visible:$IDC_TAB_MEMORY "View > Memory again hides the pane"
probe command:$IDM_HISTORY >/dev/null
probe_is 1 visible:$IDC_TAB_HISTORY "View > History shows it"
keys ctrl+h
probe_is 0 visible:$IDC_TAB_HISTORY "Ctrl+H hides it"
# a wide window shows the pane without being asked
xdotool windowsize "$W" 900 500 2>/dev/null
probe_is 1 visible:$IDC_TAB_HISTORY "a wide window shows the pane"

gui_close
gui_finish
