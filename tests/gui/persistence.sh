#!/bin/bash
# Settings in HKCU\Software\Calculatrice survive a restart (mode, angle unit,
# digit grouping, always on top, pane, window position, history); corrupt or
# missing values give the defaults and the program always starts.
. "$(dirname "$0")/lib.bash"
gui_init
KEY='HKCU\Software\Calculatrice'

echo "--- first run: change everything"
gui_start
keys alt+2 F4
keys Escape 2 KP_Add 3 Return
display_is 5
keys Escape 6 KP_Multiply 7 Return
display_is 42
probe command:$IDM_GROUPING command:$IDM_TOPMOST >/dev/null
keys ctrl+h
sleep 0.3
xdotool windowmove "$W" 120 80 2>/dev/null
sleep 0.3
gui_close

echo "--- second run: all of it is back"
gui_start
check "scientific mode restored (sin key exists)" 1 "$(probe exists:160)"
keys Escape p s
display_is 0 "angle unit restored: sin(pi) in radians"
keys Escape 1 2 3 4 5
display_is 12345 "digit grouping off restored"
check "always on top restored" 1 "$(probe topmost)"
check "history pane restored" 1 "$(probe visible:$IDC_HISTORY_LIST)"
check "history restored, newest first" "6 × 7=|42" "$(probe item:$IDC_HISTORY_LIST:0)"
check "older history item" "2 + 3=|5" "$(probe item:$IDC_HISTORY_LIST:1)"
eval "$(xdotool getwindowgeometry --shell "$W" 2>/dev/null)"
check "window position restored" "120 80" "$X $Y"
probe select:$IDC_HISTORY_LIST:1 >/dev/null
display_is 5 "a restored history item can be recalled"
gui_close

echo "--- corrupt values: defaults"
# The history values of older versions are read when there is no history file.
gui_remove_files
wine reg add "$KEY" /v Mode /t REG_DWORD /d 7 /f >/dev/null 2>&1
wine reg add "$KEY" /v AngleUnit /t REG_SZ /d rad /f >/dev/null 2>&1
wine reg add "$KEY" /v DigitGrouping /t REG_DWORD /d 5 /f >/dev/null 2>&1
wine reg add "$KEY" /v HistoryStandard /t REG_BINARY /d 00ff00ff /f >/dev/null 2>&1
wine reg add "$KEY" /v HistoryScientific /t REG_MULTI_SZ /d $'garbage\\0no tab\\0x\tnot a number\\01 + 1=\t2' /f >/dev/null 2>&1
wine reg add "$KEY" /v WindowX /t REG_DWORD /d 50000 /f >/dev/null 2>&1
gui_start
check "bad Mode gives standard (no sin key)" 0 "$(probe exists:160)"
keys Escape 1 2 3 4 5
display_is 12,345 "bad DigitGrouping gives grouping on"
eval "$(xdotool getwindowgeometry --shell "$W" 2>/dev/null)"
check "off-screen position not used" 1 "$([ "$X" -lt 1280 ] && echo 1 || echo 0)"
keys alt+2 ctrl+h
probe_is 1 count:$IDC_HISTORY_LIST "only the valid history item is loaded"
check "and it is right" "1 + 1=|2" "$(probe item:$IDC_HISTORY_LIST:0)"
keys Escape 1 8 0 s
display_is 0 "bad AngleUnit gives degrees: sin 180 = 0"
gui_close

echo "--- no key at all"
gui_reset_settings
gui_start
check "starts with nothing stored" 0 "$(probe display)"
gui_close
gui_finish
