#!/bin/bash
# The README's run command: installs what is missing, builds calculatrice.exe and
# launches it under Wine in its own prefix (inside the build tree), on your X
# display, or on a virtual one (Xvfb) when there is none.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
cmake --preset windows >/dev/null
cmake --build --preset windows --target calculatrice

export BUILD_DIR="$PWD/build/windows"
. scripts/wine-env.sh
wine_env_init "$BUILD_DIR/wine/run"
exe="$BUILD_DIR/src/win32/calculatrice.exe"

if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then
  echo "Launching Calculatrice on $DISPLAY (prefix $WINEPREFIX)"
  exec wine "$exe"
fi
wine_env_start_display
echo "No X display: Calculatrice runs on the virtual display $DISPLAY (Xvfb)."
echo "A screenshot is written to build/windows/calculatrice-run.png; press Ctrl+C to stop."
wine "$exe" </dev/null >/dev/null 2>&1 &
app=$!
if timeout 30 xdotool search --sync --onlyvisible --name '^Calculatrice$' >/dev/null 2>&1; then
  sleep 1
  import -window root "$BUILD_DIR/calculatrice-run.png" 2>/dev/null || true
fi
wait "$app"
