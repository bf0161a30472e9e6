#!/bin/bash
# calculatrice-cli on the issue 16 rules whose output the CLI shapes: the
# programmer BIN display padded to whole nibbles after a word-size change with
# an operation pending, exact integer powers, percent after '='.
# Usage: cli_windows_rules.sh path-to-cli
set -u
. "$(dirname "$0")/lib.bash"
cli_init "$@"

check() {  # check NAME WANT ARGS...
  local name=$1 want=$2
  shift 2
  local got
  got=$("$CLI" "$@" </dev/null 2>&1)
  [ "$got" = "$want" ] || cli_fail "$name: got '$got', want '$want'"
}

check word-size 000111110110 --mode programmer bin byte 1 0 1 neg lsh 1 qword or 0 =
check power-mod 6514 --mode scientific 2 pow 7 8 8 6 mod 8 0 3 8 =
check power-mod-decimal 59.014 --mode scientific 9 pow 4 2 1 3 mod 2 8 7 . 1 7 9 6 =
check percent 92.16 9 6 = %
check fixed 0.000002 2 sqrt sqr / 1 0 0 0 0 0 0 =
check atanh "Cannot divide by zero" --mode scientific 1 atanh

cli_finish rule
