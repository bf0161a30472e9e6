#!/bin/bash
# One command for every figure the README quotes (run after scripts/test.sh has
# built both presets, or let it build them):
#   sizes of calculatrice.exe, calculatrice-cli.exe and the installer;
#   engine per-operation median and worst time, with GNU MPFR side by side;
#   calculatrice-cli sequences per second;
#   soak: key presses per second and the slowest single command;
#   start-up time of the window under Wine (wWinMain to first paint, measured
#   inside the exe when CALC_STARTUP_TIMING names a file).
# Usage: bench/figures.sh [--no-build]
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
if [ "${1:-}" != "--no-build" ]; then
  bash scripts/deps.sh >/dev/null
  cmake --preset native >/dev/null && cmake --build --preset native >/dev/null
  cmake --preset windows >/dev/null && cmake --build --preset windows >/dev/null
fi
N=build/native
W=build/windows

echo "== sizes"
for f in "$W/src/win32/calculatrice.exe" "$W/calculatrice-cli.exe" "$W"/calculatrice-setup-*.exe; do
  [ -f "$f" ] && printf '%-40s %8d bytes\n' "$(basename "$f")" "$(stat -c %s "$f")"
done

echo "== engine: per operation (native, -O2)"
for b in "$N"/bench/bench_engine*; do [ -x "$b" ] && "$b"; done

echo "== calculatrice-cli throughput"
for b in "$N"/bench/bench_cli*; do [ -x "$b" ] && "$b" "$N/calculatrice-cli"; done

echo "== soak (1,000,000 random key presses; pass a count for more)"
[ -x "$N/tests/soak" ] && "$N/tests/soak" "${SOAK_PRESSES:-1000000}" | grep -v passed

echo "== start-up of the window under Wine (wWinMain to first paint)"
export BUILD_DIR="$root/$W"
. scripts/wine-env.sh
wine_env_init "$BUILD_DIR/wine/bench"
wine_env_start_display
times=()
for i in 1 2 3 4 5; do
  out=$(mktemp)
  CALC_STARTUP_TIMING="$(winepath -w "$out" 2>/dev/null)" wine "$W/src/win32/calculatrice.exe" </dev/null >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do [ -s "$out" ] && break; sleep 0.1; done
  w=$(timeout 5 xdotool search --name '^Calculatrice$' 2>/dev/null | head -1)
  [ -n "$w" ] && xdotool key --window "$w" alt+F4 >/dev/null 2>&1
  wine_wait_pid $pid 10 || kill $pid 2>/dev/null
  times+=("$(tr -d '\r\n' < "$out")")
  rm -f "$out"
done
echo "start-up (ms), 5 launches, warm wineserver: ${times[*]}"
