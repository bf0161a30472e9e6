#!/bin/bash
# Nothing lost (issue 17): history, memory and settings are on disk soon after
# they change, so a process killed hard (kill -9 of its own PID, as a crash or
# Task Manager would) or a session ended (wineboot --end-session in our own
# prefix) loses nothing; damaged files are survived and reported once.
. "$(dirname "$0")/lib.bash"
gui_init
DIR=$(gui_state_dir)
IDM_KEEP_HISTORY=40050
NOTICE="Some saved data was damaged; what could be read is back"

# gui_gone: waits until our window has gone (the wineserver cleans up after a kill).
gui_gone() {
  local i
  for i in $(seq 1 100); do
    xdotool search --name '^Calculatrice$' >/dev/null 2>&1 || return 0
    sleep 0.1
  done
  echo "FAIL: the window is still there" >&2
  exit 1
}

echo "--- 17 + 25 =, memory, a setting; two seconds later kill -9"
gui_start
keys alt+2
keys Escape 1 7 KP_Add 2 5 Return
display_is 42 "17 + 25 ="
keys ctrl+m
probe command:$IDM_GROUPING >/dev/null
sleep 2
kill -9 "$APP"
wine_wait_pid "$APP" 10
wait "$APP" 2>/dev/null
APP=""
gui_gone
check "the history file is there" 1 "$([ -f "$DIR/history.txt" ] && echo 1 || echo 0)"
gui_start
check "scientific mode back (sin key exists)" 1 "$(probe exists:160)"
keys ctrl+h
probe_is "17 + 25=|42" item:$IDC_HISTORY_LIST:0 "history back after kill -9"
probe_is 1 count:$IDC_MEMORY_LIST "memory back after kill -9"
check "its value" 42 "$(probe item:$IDC_MEMORY_LIST:0)"
keys Escape 1 2 3 4 5
display_is 12345 "digit grouping off back after kill -9"

echo "--- a calculation, then the session ends at once (wineboot --end-session)"
keys Escape 3 KP_Multiply 4 Return
display_is 12 "3 × 4 ="
keys ctrl+p
timeout 60 wineboot --end-session </dev/null >/dev/null 2>&1
rc=$?
check "wineboot --end-session" 0 "$rc"
if ! wine_wait_pid "$APP" 20; then
  echo "     the process outlived the session: killed"
  kill -9 "$APP" 2>/dev/null
fi
wait "$APP" 2>/dev/null
APP=""
gui_gone
gui_start
probe_is "3 × 4=|12" item:$IDC_HISTORY_LIST:0 "history back after the end of the session"
check "older item kept" "17 + 25=|42" "$(probe item:$IDC_HISTORY_LIST:1)"
check "memory back after the end of the session (42 + 12)" 54 "$(probe item:$IDC_MEMORY_LIST:0)"
gui_close

echo "--- Clear history clears the disk copy"
gui_start
probe command:$IDM_CLEAR_HISTORY >/dev/null
probe_is 0 count:$IDC_HISTORY_LIST "cleared"
sleep 1
kill -9 "$APP"
wine_wait_pid "$APP" 10
wait "$APP" 2>/dev/null
APP=""
gui_gone
gui_start
check "still cleared after a kill" 0 "$(probe count:$IDC_HISTORY_LIST)"
check "memory kept" 54 "$(probe item:$IDC_MEMORY_LIST:0)"
gui_close

echo "--- damaged files: what can be read comes back, said once"
{
  printf 'Calculatrice history 1\r\n'
  printf '1\t%016x\t2 + 2=\t4\r\n' 300
  printf 'not a record\r\n'
  printf '1\t%016x\t5 + 5=\tnot a number\r\n' 250
  printf '1\t%016x\t1 + 1=\t2\r\n' 200
  printf '1\t%016x\t9 + 9=' 100              # cut short: no result, no "end"
} >"$DIR/history.txt"
printf '\0\0\377 garbage' >"$DIR/memory.txt"
gui_start
expression_is "$NOTICE" "the damage is reported"
probe_is 2 count:$IDC_HISTORY_LIST "the readable items are back"
check "newest" "2 + 2=|4" "$(probe item:$IDC_HISTORY_LIST:0)"
check "older" "1 + 1=|2" "$(probe item:$IDC_HISTORY_LIST:1)"
check "damaged memory: empty" 0 "$(probe count:$IDC_MEMORY_LIST)"
check "the damaged file is kept aside" 1 "$([ -f "$DIR/history.txt.bad" ] && echo 1 || echo 0)"
keys Escape 6 KP_Add 1 Return
display_is 7 "it calculates"
gui_close
gui_start
check "said once: not again at the next start" "" "$(probe expression)"
check "all of it saved" 3 "$(probe count:$IDC_HISTORY_LIST)"
gui_close

echo "--- a damaged registry value: the default, said once"
wine reg add 'HKCU\Software\Calculatrice' /v AngleUnit /t REG_SZ /d rad /f </dev/null >/dev/null 2>&1
gui_start
expression_is "$NOTICE" "the damaged value is reported"
check "history still there" 3 "$(probe count:$IDC_HISTORY_LIST)"
gui_close
gui_start
check "said once: not again at the next start" "" "$(probe expression)"
gui_close

echo "--- View > Keep history and memory off: the disk copies go"
gui_start
probe command:$IDM_KEEP_HISTORY >/dev/null
sleep 1
check "history file deleted" 0 "$([ -f "$DIR/history.txt" ] && echo 1 || echo 0)"
keys Escape 8 KP_Add 1 Return
display_is 9 "8 + 1 ="
gui_close
gui_start
check "off is remembered: nothing loaded" 0 "$(probe count:$IDC_HISTORY_LIST)"
check "and nothing written" 0 "$([ -f "$DIR/history.txt" ] && echo 1 || echo 0)"
probe command:$IDM_KEEP_HISTORY >/dev/null
gui_close

gui_reset_settings
gui_finish
