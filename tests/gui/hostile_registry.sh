#!/bin/bash
# Hostile registry: corrupt and oversized values in HKCU\Software\Calculatrice
# (src/win32/settings.c): wrong types, out-of-range numbers, megabytes of
# binary and of text, history that is garbage, truncated (no NULs, odd byte
# count) or far too long, window rectangles off every monitor or larger than
# the screen. Each time the program starts, shows its window on the screen,
# calculates (1 + 2 = 3) and exits 0; what it saves on exit is read back.
. "$(dirname "$0")/lib.bash"
TOOL="$GUI_TOOLS_DIR/gui_hostile_tool.exe"
WORK="$BUILD_DIR/hostile"
mkdir -p "$WORK"
now_ms() { date +%s%3N; }
T_START=$(now_ms)
section() { echo "--- $1 (at $(( ($(now_ms) - T_START) / 1000 )) s)"; }
SCREEN_W=1280 SCREEN_H=1024

gui_init
eval "lib_$(declare -f gui_cleanup)"
gui_cleanup() {
  rm -f "$WORK"/reg-*
  # leave no corrupt settings behind for the next test of this prefix
  gui_reset_settings
  lib_gui_cleanup
}
trap gui_cleanup EXIT

# store ACTION...: writes with the program closed (it saves on exit).
store() {
  local out
  out=$(wine "$TOOL" "$@" </dev/null 2>>"$APP_LOG" | tr -d '\r' | grep -c '^ok$')
  check "stored $# hostile values" "$#" "$out"
}

start_timed() {
  local t0
  t0=$(now_ms)
  gui_start
  echo "     window up in $(( $(now_ms) - t0 )) ms"
  check "title" Calculatrice "$(probe title)"
}

works() {
  keys Escape 1 KP_Add 2 Return
  display_is 3 "1 + 2 ="
}

# geometry: X Y WIDTH HEIGHT of the window (client area: no window manager)
geometry() {
  eval "$(xdotool getwindowgeometry --shell "$W" 2>/dev/null)"
  echo "     window at $X,$Y size ${WIDTH}x$HEIGHT"
}

fully_on_screen() {
  geometry
  check "$1: the window is on the ${SCREEN_W}x$SCREEN_H screen" 1 \
    "$([ "$X" -ge 0 ] && [ "$Y" -ge 0 ] && [ $((X + WIDTH)) -le $SCREEN_W ] && [ $((Y + HEIGHT)) -le $SCREEN_H ] && echo 1 || echo 0)"
}

section "wrong types, out-of-range numbers, megabytes of junk"
store reg-sz:Mode:1 \
      reg-dword:AngleUnit:0xFFFFFFFF \
      reg-dword:Pane:99 \
      reg-raw:AlwaysOnTop:3:1048576:rand:5 \
      reg-raw:DigitGrouping:11:8:zero \
      reg-raw:PaneOpen:1:1048576:digits \
      reg-sz:WindowX:100 reg-dword:WindowY:100 reg-dword:WindowWidth:0xFFFFFFFF reg-dword:WindowHeight:0 \
      reg-raw:HistoryStandard:7:1572864:digits \
      reg-dword:HistoryScientific:5 \
      reg-raw:Junk:3:1048576:ones \
      reg-raw::1:1048576:digits
start_timed
check "REG_SZ Mode: standard (no sin key)" 0 "$(probe exists:160)"
check "1 MB of binary AlwaysOnTop: not on top" 0 "$(probe topmost)"
check "1 MB of text PaneOpen: pane closed" 0 "$(probe visible:$IDC_HISTORY_LIST)"
fully_on_screen "REG_SZ WindowX, zero height"
keys Escape 1 2 3 4 5
display_is 12,345 "REG_QWORD DigitGrouping: grouping on"
works
keys alt+2 Escape 1 8 0 s
display_is 0 "AngleUnit 0xFFFFFFFF: degrees, sin 180 = 0"
keys alt+1
gui_close

section "history: garbage, truncated, too long, too many; a 1 MB REG_DWORD"
{
  printf '1 + 1=\t2\n'                       # newest: item 0
  printf 'garbage without a tab\n'
  printf 'x\tnot a number\n'
  printf '\t\n'
  printf '%s\t18\n' "$(head -c 100000 /dev/zero | tr '\0' '9')"
  printf 'big\t%s\n' "$(head -c 299 /dev/zero | tr '\0' '9')"
  printf 'huge\t1e10000\n'
  printf '\001\002 controls \377\376 invalid UTF-8\t5\n'
  for i in $(seq 1 5000); do printf '%d + 1=\t%d\n' "$i" $((i + 1)); done
} >"$WORK/reg-history"
# scientific: one good item, then one cut short: no NULs, odd byte count
{ printf '2 + 2=\t4\0003 + 3=\t' | iconv -f UTF-8 -t UTF-16LE; printf 'X'; } >"$WORK/reg-truncated"
# Older versions' history values are read only when there is no history file
# (src/win32/persist.h): remove the one the first section saved.
gui_remove_files
store "reg-lines:HistoryStandard:$(winepath -w "$WORK/reg-history" 2>/dev/null)" \
      "reg-file:HistoryScientific:7:$(winepath -w "$WORK/reg-truncated" 2>/dev/null)" \
      reg-raw:Mode:4:1048576:zero \
      reg-dword:PaneOpen:1 reg-dword:Pane:0 \
      reg-dword:WindowX:0xFFFF8AD0 reg-dword:WindowY:0xFFFF8AD0 reg-dword:WindowWidth:300 reg-dword:WindowHeight:400
start_timed
fully_on_screen "position -30000,-30000"
check "history pane open" 1 "$(probe visible:$IDC_HISTORY_LIST)"
check "5,000 items: the first 1,000 good ones are loaded" 1000 "$(probe count:$IDC_HISTORY_LIST)"
check "newest item" "1 + 1=|2" "$(probe item:$IDC_HISTORY_LIST:0)"
works
probe_is "1 + 2=|3" item:$IDC_HISTORY_LIST:0 "the new item is first"
check "still 1,000 items" 1000 "$(probe count:$IDC_HISTORY_LIST)"
keys alt+2
probe_is 1 count:$IDC_HISTORY_LIST "truncated scientific history: the whole item only"
check "and it is right" "2 + 2=|4" "$(probe item:$IDC_HISTORY_LIST:0)"
keys alt+1
gui_close

section "what was saved comes back; a 16384 x 16384 window"
store reg-dword:WindowX:0 reg-dword:WindowY:0 reg-dword:WindowWidth:16384 reg-dword:WindowHeight:16384
start_timed
geometry
check "not larger than the screen (plus the frame)" 1 \
  "$([ "$WIDTH" -le $((SCREEN_W + 16)) ] && [ "$HEIGHT" -le $((SCREEN_H + 16)) ] && echo 1 || echo 0)"
check "its top left corner on the screen" 1 "$([ "$X" -ge 0 ] && [ "$Y" -ge 0 ] && [ "$X" -lt 64 ] && [ "$Y" -lt 64 ] && echo 1 || echo 0)"
check "history saved after the hostile start" "1 + 2=|3" "$(probe item:$IDC_HISTORY_LIST:0)"
check "all of it" 1000 "$(probe count:$IDC_HISTORY_LIST)"
works
gui_close

section "far off the screen, and only a corner on it"
gui_reset_settings
store reg-dword:WindowX:20000 reg-dword:WindowY:20000 reg-dword:WindowWidth:300 reg-dword:WindowHeight:400
start_timed
fully_on_screen "position 20000,20000"
works
gui_close
# A rectangle that touches the screen by one pixel passes "is it on a
# monitor?" but leaves the window where nobody can see or reach it.
gui_reset_settings
store reg-dword:WindowX:1279 reg-dword:WindowY:1023 reg-dword:WindowWidth:300 reg-dword:WindowHeight:400
start_timed
geometry
vis_w=$(( (X + WIDTH < SCREEN_W ? X + WIDTH : SCREEN_W) - (X > 0 ? X : 0) ))
vis_h=$(( (Y + HEIGHT < SCREEN_H ? Y + HEIGHT : SCREEN_H) - (Y > 0 ? Y : 0) ))
[ "$vis_w" -lt 0 ] && vis_w=0
[ "$vis_h" -lt 0 ] && vis_h=0
check "position 1279,1023: at least half the window is on the screen" 1 \
  "$([ $((2 * vis_w * vis_h)) -ge $((WIDTH * HEIGHT)) ] && echo 1 || echo 0)"
# X cannot put the pointer (and so the keys) on a window off the screen: the
# buttons are clicked from inside Wine to see the program itself still works.
probe click:131 click:101 click:120 click:102 click:124 >/dev/null
display_is 3 "1 + 2 = by clicks"
gui_close

gui_reset_settings
section "done"
gui_finish
