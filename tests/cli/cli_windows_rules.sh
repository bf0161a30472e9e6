#!/bin/bash
# calculatrice-cli on the issue 16 rules whose output the CLI shapes: the
# programmer BIN display padded to whole nibbles after a word-size change with
# an operation pending, exact integer powers, percent after '='.
# Usage: cli_windows_rules.sh path-to-cli
set -u
CLI=${1:-${CALC_CLI:-}}
[ -n "$CLI" ] || { echo "usage: $0 path-to-calculatrice-cli" >&2; exit 2; }
fails=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() {  # check NAME WANT ARGS...
  local name=$1 want=$2
  shift 2
  local got
  got=$("$CLI" "$@" </dev/null 2>&1)
  [ "$got" = "$want" ] || { echo "FAIL $name: got '$got', want '$want'"; fails=$((fails + 1)); }
}

check word-size 000111110110 --mode programmer bin byte 1 0 1 neg lsh 1 qword or 0 =
check power-mod 6514 --mode scientific 2 pow 7 8 8 6 mod 8 0 3 8 =
check power-mod-decimal 59.014 --mode scientific 9 pow 4 2 1 3 mod 2 8 7 . 1 7 9 6 =
check percent 92.16 9 6 = %
check fixed 0.000002 2 sqrt sqr / 1 0 0 0 0 0 0 =
check atanh "Cannot divide by zero" --mode scientific 1 atanh

if [ "$fails" -ne 0 ]; then
  echo "$fails failure(s)"
  exit 1
fi
echo "all rule checks pass"
