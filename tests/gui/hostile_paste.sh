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
  # the X junk is random: keep it when a check failed, to replay it
  [ "$FAILS" -eq 0 ] && rm -f "$WORK"/paste-*
  lib_gui_cleanup
}
trap gui_cleanup EXIT
gui_start

tool() { wine "$TOOL" "$@" </dev/null 2>>"$APP_LOG" | tr -d '\r'; }
now_ms() { date +%s%3N; }
T_START=$(now_ms)
section() { echo "--- $1 (at $(( ($(now_ms) - T_START) / 1000 )) s)"; }

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

# state: "display|expression" in one probe.
state() { probe display expression | paste -sd'|'; }

# hostile WHAT [wait]: with the clipboard already set, pastes onto "12 + 7" and
# checks the window answers, refuses, and loses nothing. With "wait", also
# waits for the notice to go (3 s) and checks the expression line is back.
hostile() {
  local what=$1 t0 t1 got="" i
  keys Escape 1 2 KP_Add 7
  t0=$(now_ms)
  pointer_on_window
  xdotool key ctrl+v
  for i in $(seq 1 40); do
    got=$(state)
    [ "${got#*|}" = "Invalid input" ] && break
    sleep 0.05
  done
  t1=$(now_ms)
  check "$what: refused, 7 kept" "7|Invalid input" "$got"
  echo "     paste answered in $((t1 - t0)) ms"
  check "$what: answered within 8 s" 1 "$([ $((t1 - t0)) -lt 8000 ] && echo 1 || echo 0)"
  after_paste "$what" "${2:-}"
}

# after_paste WHAT [wait]: the window runs, the notice goes, 12 + 7 = 19.
after_paste() {
  case "$(tool ping:5000)" in alive*) check "$1: message loop alive" ok ok ;; *) check "$1: message loop alive" alive hung ;; esac
  [ "${2:-}" = wait ] && expression_is "12 + " "$1: expression back to 12 + after the notice (3 s)"
  keys Return
  display_is 19 "$1: 12 + 7 = 19"
}

section "1 MB of text from X"
yes 'lorem ipsum dolor sit amet 12 + 7 = 19' | head -c 1048576 >"$WORK/paste-text"
x_clipboard "$WORK/paste-text"
hostile "1 MB text" wait

section "1 MB of binary junk from X (NULs, invalid UTF-8)"
{ printf '\377\376junk\300\200 12\0 7'; head -c 1048576 /dev/urandom; } >"$WORK/paste-junk"
x_clipboard "$WORK/paste-junk"
hostile "binary junk" wait

section "a 100,000-digit number (Windows clipboard, and from X)"
tool clip:digits:100000 >/dev/null
check "the clipboard holds 100,000 digits" 100000 "$(tool clip-len)"
hostile "100,000 digits" wait
head -c 100000 /dev/zero | tr '\0' '9' >"$WORK/paste-digits"
x_clipboard "$WORK/paste-digits"
hostile "100,000 nines from X"

section "raw UTF-16 junk: NULs, lone surrogates, noncharacters, no final NUL"
tool clip:junk:1048576:7 >/dev/null
hostile "1 MB of UTF-16 junk"
# twenty in a burst: each one reads the clipboard again
keys Escape 1 2 KP_Add 7
before=$(last_command)
pointer_on_window
burst=(); for i in $(seq 1 20); do burst+=(ctrl+v); done
xdotool key --delay 0 "${burst[@]}" 2>/dev/null
for i in $(seq 1 50); do
  after=$(last_command)
  [ $(( ${after#* } - ${before#* } )) -ge 20 ] && break
  sleep 0.2
done
check "20 pastes of 1 MB of junk in a burst all ran" 20 "$(( ${after#* } - ${before#* } ))"
expression_is "Invalid input" "the burst: refused"
after_paste "the burst"
section "text without a terminating NUL (the handle's size must bound the read)"
tool clip:nonul:1048576 >/dev/null
hostile "1 MB of fives, no NUL"
section "under the length cap but not a number"
tool clip:digits:4000 >/dev/null
hostile "4000 digits"
section "no text at all (only a bitmap)"
# Paste is then a grayed menu item, so Ctrl+V may do nothing at all, or say
# "Invalid input": either way nothing is lost.
tool clip-only-bitmap >/dev/null
keys Escape 1 2 KP_Add 7
pointer_on_window
xdotool key ctrl+v
sleep 0.5
got=$(state)
case "$got" in "7|12 + "|"7|Invalid input") echo "     bitmap only: [$got]"; check "bitmap only: ignored or refused, 7 kept" ok ok ;;
  *) check "bitmap only: ignored or refused, 7 kept" "7|12 + " "$got" ;; esac
after_paste "bitmap only"

section "heavy but valid, then plain pastes still work"
keys Escape
terms=$(printf '1+%.0s' $(seq 1 1999))
tool "clip-text:${terms}1=" >/dev/null
t0=$(now_ms)
keys ctrl+v
display_is 2,000 "paste 1+1+...+1= (2,000 terms, 4,000 characters)"
echo "     answered in $(( $(now_ms) - t0 )) ms"
keys Escape alt+2
tool "clip-text:$(printf '(%.0s' $(seq 1 2000))1+2$(printf ')%.0s' $(seq 1 2000))=" >/dev/null
keys ctrl+v
display_is 3 "scientific: paste of 2,000 nested parentheses around 1+2, then ="
keys Escape alt+1
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
