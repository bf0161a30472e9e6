# Sourced by the scripts that run Windows programs under Wine (GUI tests, installer
# tests, the launcher). Every prefix lives inside the build tree; every process
# started here is stopped here, by PID or by `wineserver -k` on our own prefix.
#
#   wine_env_init [prefix]     set WINEPREFIX (default $BUILD_DIR/wine/gui) and the
#                              quiet-Wine variables; create the prefix if missing
#                              (copied from a template prefix made once per build tree)
#   wine_env_start_display     start our own Xvfb (free display via -displayfd),
#                              export DISPLAY, start a persistent wineserver for the
#                              prefix and warm it up; an EXIT trap stops both
#   wine_env_stop              what the trap does (safe to call twice)
#   wine_wait_pid PID [secs]   wait for a process to exit (default 20 s)

: "${BUILD_DIR:?BUILD_DIR must be set}"

export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
export WINEARCH=win64

_wine_template="$BUILD_DIR/wine/template"
_wine_xvfb_pid=""
_wine_server_started=""

_wine_make_template() {
  mkdir -p "$BUILD_DIR/wine"
  (
    flock 9
    if [ ! -f "$_wine_template/.complete" ]; then
      rm -rf "$_wine_template"
      # No DISPLAY: a prefix made without X is complete and is faster to make.
      WINEPREFIX="$_wine_template" DISPLAY= wineboot -i </dev/null >/dev/null 2>&1 || true
      WINEPREFIX="$_wine_template" wineserver -w </dev/null >/dev/null 2>&1 || true
      test -f "$_wine_template/system.reg" || { echo "wine-env: wineboot failed" >&2; exit 1; }
      touch "$_wine_template/.complete"
    fi
  ) 9>"$BUILD_DIR/wine/.template.lock"
}

wine_env_init() {
  export WINEPREFIX="${1:-$BUILD_DIR/wine/gui}"
  if [ ! -f "$WINEPREFIX/.complete" ]; then
    _wine_make_template
    rm -rf "$WINEPREFIX"
    mkdir -p "$(dirname "$WINEPREFIX")"
    cp -a "$_wine_template" "$WINEPREFIX"
  fi
}

wine_env_start_display() {
  : "${WINEPREFIX:?call wine_env_init first}"
  local fdfile
  fdfile=$(mktemp)
  # -r: no key auto-repeat. xdotool's press and release are two requests; on a
  # loaded machine the release can come later than the repeat delay, and the
  # key then arrives twice (gui_keyboard saw "a" run twice under CI load).
  Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -r 3>"$fdfile" </dev/null >/dev/null 2>&1 &
  _wine_xvfb_pid=$!
  local i
  for i in $(seq 1 100); do
    [ -s "$fdfile" ] && break
    sleep 0.05
  done
  if [ ! -s "$fdfile" ]; then
    echo "wine-env: Xvfb did not start" >&2
    rm -f "$fdfile"
    return 1
  fi
  export DISPLAY=":$(head -1 "$fdfile")"
  rm -f "$fdfile"
  trap wine_env_stop EXIT
  # A previous run's server for this prefix would be bound to another display.
  wineserver -k </dev/null >/dev/null 2>&1 || true
  wineserver -w </dev/null >/dev/null 2>&1 || true
  # Persistent server + warm-up, stdio detached so no test waits on our pipes.
  wineserver -p </dev/null >/dev/null 2>&1
  _wine_server_started=1
  wine cmd /c exit </dev/null >/dev/null 2>&1 || true
}

wine_env_stop() {
  if [ -n "$_wine_server_started" ]; then
    wineserver -k </dev/null >/dev/null 2>&1 || true
    timeout 20 wineserver -w </dev/null >/dev/null 2>&1 || true
    _wine_server_started=""
  fi
  if [ -n "$_wine_xvfb_pid" ]; then
    kill "$_wine_xvfb_pid" 2>/dev/null || true
    wait "$_wine_xvfb_pid" 2>/dev/null || true
    _wine_xvfb_pid=""
  fi
}

wine_wait_pid() {
  local pid=$1 secs=${2:-20}
  timeout "$secs" tail --pid="$pid" -f /dev/null 2>/dev/null
}
