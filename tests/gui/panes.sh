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
sleep 0.3
check "Ctrl+H shows the empty-history text" 1 "$(probe visible:1020)"
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
sleep 0.2
check "Clear history empties it" 0 "$(probe count:$IDC_HISTORY_LIST)"
keys Escape 4 KP_Add 4 Return ctrl+shift+d
sleep 0.3
check "Ctrl+Shift+D clears the history" 0 "$(probe count:$IDC_HISTORY_LIST)"

echo "--- memory"
probe click:$IDC_TAB_MEMORY >/dev/null
sleep 0.2
check "memory tab shows the empty-memory text" 1 "$(probe visible:1020)"
keys Escape 5 ctrl+m Escape 7 ctrl+m
sleep 0.3
check "two memory items" 2 "$(probe count:$IDC_MEMORY_LIST)"
check "newest on top" 7 "$(probe item:$IDC_MEMORY_LIST:0)"
check "then the older" 5 "$(probe item:$IDC_MEMORY_LIST:1)"
keys Escape 3
probe select:$IDC_MEMORY_LIST:1 >/dev/null
probe click:$IDC_MEMITEM_MPLUS >/dev/null
sleep 0.2
check "M+ on item 1 adds the display to it" 8 "$(probe item:$IDC_MEMORY_LIST:1)"
probe select:$IDC_MEMORY_LIST:0 >/dev/null
probe click:$IDC_MEMITEM_MMINUS >/dev/null
sleep 0.2
check "M- on item 0" 4 "$(probe item:$IDC_MEMORY_LIST:0)"
keys Escape
probe select:$IDC_MEMORY_LIST:1 >/dev/null
probe click:$IDC_MEMITEM_MR >/dev/null
display_is 8 "MR of item 1"
probe dblclick:$IDC_MEMORY_LIST:0 >/dev/null
display_is 4 "double-click recalls item 0"
keys ctrl+p
sleep 0.2
check "Ctrl+P adds to the top item" 8 "$(probe item:$IDC_MEMORY_LIST:0)"
probe select:$IDC_MEMORY_LIST:0 >/dev/null
probe click:$IDC_MEMITEM_MC >/dev/null
sleep 0.2
check "MC of an item removes it" 1 "$(probe count:$IDC_MEMORY_LIST)"
check "the other stays" 8 "$(probe item:$IDC_MEMORY_LIST:0)"
shot panes-memory
keys alt+2
sleep 0.3
check "memory survives a mode switch" 8 "$(probe item:$IDC_MEMORY_LIST:0)"
keys ctrl+l
sleep 0.3
check "Ctrl+L clears the memory" 0 "$(probe count:$IDC_MEMORY_LIST)"
keys alt+1

echo "--- toggling"
probe command:$IDM_MEMORY >/dev/null
sleep 0.3
check "View > Memory again hides the pane" 0 "$(probe visible:$IDC_TAB_MEMORY)"
probe command:$IDM_HISTORY >/dev/null
sleep 0.3
check "View > History shows it" 1 "$(probe visible:$IDC_TAB_HISTORY)"
keys ctrl+h
sleep 0.3
check "Ctrl+H hides it" 0 "$(probe visible:$IDC_TAB_HISTORY)"
# a wide window shows the pane without being asked
xdotool windowsize "$W" 900 500 2>/dev/null
sleep 0.5
check "a wide window shows the pane" 1 "$(probe visible:$IDC_TAB_HISTORY)"

gui_close
gui_finish
