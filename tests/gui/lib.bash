# Shared by the GUI tests (tests/gui/*.sh); not a test itself.
# The real calculatrice.exe under Wine on our own Xvfb, driven with xdotool
# (XTEST, pointer over the window, NumLock on) and read back with gui_probe.exe
# (tests/gui/probe.c) and the X clipboard.
#
# Env (from ctest): BUILD_DIR SOURCE_DIR CALC_EXE, GUI_TOOLS_DIR (gui_probe.exe).
set -u
: "${BUILD_DIR:?}" "${SOURCE_DIR:?}" "${CALC_EXE:?}"
GUI_TOOLS_DIR=${GUI_TOOLS_DIR:-$BUILD_DIR/tests}
PROBE="$GUI_TOOLS_DIR/gui_probe.exe"
SHOTS="$BUILD_DIR/screenshots"
# shellcheck source=/dev/null
. "$SOURCE_DIR/scripts/wine-env.sh"

CHECKS=0
FAILS=0
APP=""
W=""
APP_LOG=$(mktemp)

# Command ids (src/engine/command_ids.h) and window ids (src/win32/ui_ids.h) used here.
IDC_DISPLAY=1000 IDC_EXPRESSION=1001
IDC_TAB_HISTORY=1010 IDC_TAB_MEMORY=1011 IDC_HISTORY_LIST=1012 IDC_MEMORY_LIST=1013
IDC_HISTORY_DELETE=1014 IDC_HISTORY_CLEAR=1015
IDC_MEMITEM_MR=1016 IDC_MEMITEM_MPLUS=1017 IDC_MEMITEM_MMINUS=1018 IDC_MEMITEM_MC=1019
IDM_HISTORY=40001 IDM_MEMORY=40002 IDM_TOPMOST=40003 IDM_GROUPING=40004 IDM_MIXED=40005
IDM_COPY=40010 IDM_PASTE=40011 IDM_CLEAR_HISTORY=40012 IDM_SHORTCUTS=40020 IDM_ABOUT=40021

gui_cleanup() {
  if [ -n "$APP" ] && kill -0 "$APP" 2>/dev/null; then
    kill "$APP" 2>/dev/null || true
  fi
  rm -f "$APP_LOG"
  wine_env_stop
}

# gui_init [prefix]: our prefix, our display, settings of a previous run removed.
gui_init() {
  wine_env_init "$@"
  wine_env_start_display
  trap gui_cleanup EXIT
  mkdir -p "$SHOTS"
  gui_reset_settings
  # NumLock on, so that the numpad types digits.
  xdotool key Num_Lock
}

# Settings (registry) and the saved history and memory files
# (%LOCALAPPDATA%\Calculatrice: src/win32/storage.h) removed.
gui_reset_settings() {
  wine reg delete 'HKCU\Software\Calculatrice' /f </dev/null >/dev/null 2>&1 || true
  gui_remove_files
}

# The folder of the saved files on the Linux side (asked of Wine once).
GUI_STATE_DIR=""
gui_state_dir() {
  if [ -z "$GUI_STATE_DIR" ]; then
    local w
    w=$(wine cmd /c echo %LOCALAPPDATA% </dev/null 2>/dev/null | tr -d '\r')
    GUI_STATE_DIR="$(winepath -u "$w" 2>/dev/null)"
    GUI_STATE_DIR="${GUI_STATE_DIR%/}/Calculatrice"
  fi
  printf '%s' "$GUI_STATE_DIR"
}

gui_remove_files() {
  local d
  d=$(gui_state_dir)
  case "$d" in */Calculatrice) rm -rf "$d" ;; esac
}

probe() {
  wine "$PROBE" "$@" </dev/null 2>>"$APP_LOG" | tr -d '\r'
}

# gui_start [VAR=value ...]: starts the exe (with those variables) and waits for its window.
gui_start() {
  if xdotool search --name '^Calculatrice$' >/dev/null 2>&1; then
    echo "FAIL: a Calculatrice window is already there" >&2
    exit 1
  fi
  # the locale the window will see, for the log
  echo "locale: $(env "$@" wine "$PROBE" locale </dev/null 2>/dev/null | tr -d '\r')"
  env "$@" wine "$CALC_EXE" </dev/null >>"$APP_LOG" 2>&1 &
  APP=$!
  # a loaded machine can take a while: the probe waits for the window (20 s)
  # and its keypad, then xdotool finds its X window
  local ready
  ready=$(probe wait)
  W=$(timeout 30 xdotool search --sync --onlyvisible --name '^Calculatrice$' 2>/dev/null | head -1)
  if [ -z "$W" ] || [ "$ready" != ok ]; then
    echo "FAIL: no window titled Calculatrice" >&2
    exit 1
  fi
  pointer_on_window
}

# Keys go by XTEST to the window under the pointer (no window manager): keep
# the pointer over the display, which takes no clicks.
pointer_on_window() {
  xdotool mousemove --window "$W" 60 55
}

# keys K...: presses the keys and waits (up to 15 s: a mode switch on a loaded
# machine can take over 5 s) until the window has run one command per key:
# every key used by the tests is in the key map.
keys() {
  local before after i
  before=$(last_command)
  pointer_on_window
  xdotool key --delay 30 "$@" 2>/dev/null
  for i in $(seq 1 150); do
    after=$(last_command)
    [ $(( ${after#* } - ${before#* } )) -ge $# ] && return 0
    sleep 0.1
  done
}

# gui_close: WM_CLOSE, the process must exit with status 0.
gui_close() {
  probe close >/dev/null
  wine_wait_pid "$APP" 20
  local rc=0
  wait "$APP" || rc=$?
  APP=""
  check "exit status after WM_CLOSE" 0 "$rc"
}

check() {
  local what=$1 want=$2 got=$3
  CHECKS=$((CHECKS + 1))
  if [ "$want" = "$got" ]; then
    echo "ok   $what: $got"
  else
    FAILS=$((FAILS + 1))
    echo "FAIL $what: want [$want] got [$got]"
  fi
}

# display_is VALUE [what]: waits up to 3 s for the display to show VALUE.
display_is() {
  local want=$1 got="" i
  for i in $(seq 1 30); do
    got=$(probe display)
    [ "$got" = "$want" ] && break
    sleep 0.1
  done
  check "${2:-display}" "$want" "$got"
}

expression_is() {
  local want=$1 got="" i
  for i in $(seq 1 30); do
    got=$(probe expression)
    [ "$got" = "$want" ] && break
    sleep 0.1
  done
  check "${2:-expression}" "$want" "$got"
}

# probe_is WANT QUERY [what]: waits up to 3 s for the probe's answer to QUERY
# to be WANT (keys travel asynchronously: X server, Wine, the window's queue).
probe_is() {
  local want=$1 q=$2 got="" i
  for i in $(seq 1 30); do
    got=$(probe "$q")
    [ "$got" = "$want" ] && break
    sleep 0.1
  done
  check "${3:-$q}" "$want" "$got"
}

# The clipboard's text, after putting a sentinel there and pressing Ctrl+C.
copy_display() {
  local sentinel="sentinel-$$-$RANDOM" got="" i
  clipboard_set "$sentinel"
  keys ctrl+c
  for i in $(seq 1 30); do
    got=$(timeout 2 xclip -o -selection clipboard 2>/dev/null || true)
    [ -n "$got" ] && [ "$got" != "$sentinel" ] && break
    sleep 0.1
  done
  printf '%s' "$got"
}

clipboard_set() {
  local i
  printf '%s' "$1" | xclip -i -selection clipboard >/dev/null 2>&1
  for i in $(seq 1 30); do
    [ "$(timeout 2 xclip -o -selection clipboard 2>/dev/null || true)" = "$1" ] && return 0
    sleep 0.1
  done
  echo "could not set the clipboard" >&2
}

# The command count of the window (see probe "last").
last_command() { probe last; }

shot() {
  sleep 0.3
  import -window "$W" "$SHOTS/$1.png"
  echo "screenshot $SHOTS/$1.png"
}

# The screen DPI of this test's prefix (Wine keeps it in several places; set
# them all). The window reads it when it starts: call before gui_start.
gui_set_dpi() {
  local key
  for key in 'HKCU\Control Panel\Desktop' 'HKCU\Software\Wine\Fonts' \
             'HKLM\System\CurrentControlSet\Hardware Profiles\Current\Software\Fonts'; do
    wine reg add "$key" /v LogPixels /t REG_DWORD /d "$1" /f </dev/null >/dev/null 2>&1
  done
}

gui_finish() {
  echo "$CHECKS checks, $FAILS failed"
  [ "$FAILS" -eq 0 ]
}
