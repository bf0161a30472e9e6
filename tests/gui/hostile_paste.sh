#!/bin/bash
# Hostile paste: 1 MB of text, binary junk (random bytes with NULs and invalid
# UTF-8 from X; raw UTF-16 junk with NULs and lone surrogates, and text with no
# NUL at all from Windows), a 100,000-digit number, a bitmap and no text. Each
# time, with "12 + 7" being worked on: the window answers within a few seconds,
# says "Invalid input", keeps 7 and "12 +", and = still gives 19. A heavy but
# valid paste (1+1+...+1=, 2,000 terms) and a plain one still work afterwards.
. "$(dirname "$0")/lib.bash"
TOOL="$GUI_TOOLS_DIR/gui_hostile_tool.exe"
WORK="$BUILD_DIR/hostile"
mkdir -p "$WORK"
XCLIP=""
gui_init
eval "lib_$(declare -f gui_cleanup)"
gui_cleanup() {
  [ -n "$XCLIP" ] && kill "$XCLIP" 2>/dev/null
  rm -f "$WORK"/paste-*
  lib_gui_cleanup
}
trap gui_cleanup EXIT
gui_start

tool() { wine "$TOOL" "$@" </dev/null 2>>"$APP_LOG" | tr -d '\r'; }
now_ms() { date +%s%3N; }

# x_clipboard FILE: X owns the clipboard with the bytes of FILE (as a Linux
# program would), and Wine has seen it: a Windows-side marker is gone.
x_clipboard() {
  local marker="hostile-marker-$$-$RANDOM" i
  [ -n "$XCLIP" ] && kill "$XCLIP" 2>/dev/null
  tool "clip-text:$marker" >/dev/null
  # -quiet keeps xclip in the foreground: its PID is ours to stop
  xclip -quiet -i -selection clipboard "$1" </dev/null >/dev/null 2>&1 &
  XCLIP=$!
  for i in $(seq 1 50); do
    [ "$(tool "clip-equals:$marker")" = 0 ] && return 0
    sleep 0.1
  done
  echo "the X clipboard did not reach Wine" >&2
}

# hostile WHAT: with the clipboard already set, paste onto "12 + 7" and check
# the window answers, refuses, and loses nothing. With "wait", also waits for
# the notice to go (3 s) and checks the expression line is back.
hostile() {
  local what=$1 t0 t1 got="" i
  keys Escape 1 2 KP_Add 7
  display_is 7 "$what: 7 typed"
  t0=$(now_ms)
  pointer_on_window
  xdotool key ctrl+v
  for i in $(seq 1 200); do
    got=$(probe expression)
    [ "$got" = "Invalid input" ] && break
    sleep 0.05
  done
  t1=$(now_ms)
  check "$what: refused with the notice" "Invalid input" "$got"
  echo "     paste answered in $((t1 - t0)) ms"
  check "$what: answered within 10 s" 1 "$([ $((t1 - t0)) -lt 10000 ] && echo 1 || echo 0)"
  case "$(tool ping:5000)" in alive*) check "$what: message loop alive" ok ok ;; *) check "$what: message loop alive" alive hung ;; esac
  display_is 7 "$what: display keeps 7"
  if [ "${2:-}" = wait ]; then
    expression_is_within 50 "12 + " "$what: expression back to 12 + after the notice"
  fi
  keys Return
  display_is 19 "$what: 12 + 7 = 19"
}

# expression_is_within TENTHS WANT WHAT
expression_is_within() {
  local n=$1 want=$2 got="" i
  for i in $(seq 1 "$n"); do
    got=$(probe expression)
    [ "$got" = "$want" ] && break
    sleep 0.1
  done
  check "$3" "$want" "$got"
}

echo "--- 1 MB of text from X"
yes 'lorem ipsum dolor sit amet 12 + 7 = 19' | head -c 1048576 >"$WORK/paste-text"
x_clipboard "$WORK/paste-text"
hostile "1 MB text" wait

echo "--- 1 MB of binary junk from X (NULs, invalid UTF-8)"
{ printf '12\0\377\376junk\300\200'; head -c 1048576 /dev/urandom; } >"$WORK/paste-junk"
x_clipboard "$WORK/paste-junk"
hostile "binary junk" wait

echo "--- a 100,000-digit number (Windows clipboard, and from X)"
tool clip:digits:100000 >/dev/null
check "the clipboard holds 100,000 digits" 100000 "$(tool clip-len)"
hostile "100,000 digits" wait
head -c 100000 /dev/zero | tr '\0' '9' >"$WORK/paste-digits"
x_clipboard "$WORK/paste-digits"
hostile "100,000 nines from X"

echo "--- raw UTF-16 junk: NULs, lone surrogates, noncharacters, no final NUL"
tool clip:junk:1048576:7 >/dev/null
hostile "1 MB of UTF-16 junk"
tool clip:junk:3000:11 >/dev/null
hostile "short UTF-16 junk"
echo "--- text without a terminating NUL (the handle's size must bound the read)"
tool clip:nonul:4000 >/dev/null
hostile "4000 fives, no NUL"
tool clip:nonul:1048576 >/dev/null
hostile "1 MB of fives, no NUL"
echo "--- under the length cap but not a number"
tool clip:digits:4000 >/dev/null
hostile "4000 digits"
echo "--- no text at all (only a bitmap)"
tool clip-only-bitmap >/dev/null
hostile "bitmap only"

echo "--- heavy but valid, then plain pastes still work"
keys Escape
terms=$(printf '1+%.0s' $(seq 1 1999))
tool "clip-text:${terms}1=" >/dev/null
t0=$(now_ms)
keys ctrl+v
display_is 2,000 "paste 1+1+...+1= (2,000 terms, 4,000 characters)"
echo "     answered in $(( $(now_ms) - t0 )) ms"
keys Escape
printf '2+3*4=' >"$WORK/paste-valid"
x_clipboard "$WORK/paste-valid"
keys ctrl+v
display_is 20 "paste 2+3*4= from X after all that"
keys Escape 1 2 KP_Add
clipboard_set "7"
keys ctrl+v Return
display_is 19 "12 + pasted 7 ="
check "Ctrl+C still copies" 19 "$(copy_display)"

gui_close
gui_finish
