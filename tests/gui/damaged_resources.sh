#!/bin/bash
# The exe keeps its strings, dialogs and menus in one compressed resource
# (src/win32/respack.h). A copy whose packed resource is damaged, or not one
# the window can read, does not crash: it says so in a message box (in both
# languages, from no resource) and exits with status 1 once it is closed.
. "$(dirname "$0")/lib.bash"
gui_init
WORK=$(mktemp -d)
trap 'gui_cleanup; rm -rf "$WORK"' EXIT
SAYS="could not open its window"

# damaged_copy KIND OUT: a copy of the exe with its packed resource's DEFLATE
# data changed (data) or its magic changed (magic). The blob is the last
# "RPK1" of the file (.rsrc comes after the code and data that name it).
damaged_copy() {
  python3 - "$CALC_EXE" "$2" "$1" <<'EOF'
import sys
src, dst, kind = sys.argv[1:]
d = bytearray(open(src, "rb").read())
i = d.rindex(b"RPK1")
if kind == "magic":
    d[i:i + 4] = b"RPKX"
else:
    for k in range(40):
        d[i + 12 + 200 + 37 * k] ^= 0xA5
open(dst, "wb").write(d)
EOF
}

for kind in data magic; do
  echo "--- packed resource: $kind damaged"
  exe="$WORK/calculatrice-$kind.exe"
  damaged_copy "$kind" "$exe"
  wine "$exe" </dev/null >>"$APP_LOG" 2>&1 &
  APP=$!
  text=""
  for _ in $(seq 1 60); do
    text=$(probe "dialogtext:Calculatrice")
    case "$text" in *"$SAYS"*) break ;; esac
    sleep 0.5
  done
  case "$text" in
    *"$SAYS"*"ressources"*) check "a message box says it ($kind)" ok ok ;;
    *) check "a message box says it ($kind)" "... $SAYS ... ressources ..." "$text" ;;
  esac
  check "the box closes ($kind)" ok "$(probe "dismiss:Calculatrice")"
  wine_wait_pid "$APP" 20
  rc=0
  wait "$APP" || rc=$?
  APP=""
  check "exit status 1, no crash ($kind)" 1 "$rc"
done
check "no unhandled exception in the log" 0 "$(grep -c 'Unhandled' "$APP_LOG")"
gui_finish
