#!/bin/bash
# calculatrice-cli, black box (DESIGN.md Contract 1): tokens as arguments or
# one sequence per stdin line, --mode, --trace, --expression, unknown tokens,
# exit statuses, --help, '\n' line ends. Usage: cli_contract.sh path-to-cli
set -u
. "$(dirname "$0")/lib.bash"
cli_init "$@"

# expect NAME EXPECTED_STDOUT EXPECTED_STATUS -- ARGS...   (stdin from /dev/null)
expect() {
  local name=$1 want=$2 want_rc=$3
  shift 4
  cli_run "$@"
  [ "$out" = "$want$NL" ] && [ "$rc" = "$want_rc" ] ||
    cli_fail "$name: got '$out' (status $rc), want '$want$NL' (status $want_rc)"
}

# expect_stdin NAME INPUT EXPECTED_STDOUT EXPECTED_STATUS -- ARGS...
expect_stdin() {
  local name=$1 input=$2 want=$3 want_rc=$4
  shift 5
  printf '%s' "$input" >"$tmp/in"
  CLI_STDIN="$tmp/in" cli_run "$@"
  if [ "$out" != "$want$NL" ] || [ "$rc" != "$want_rc" ]; then
    cli_fail "$name: got '$out' (status $rc), want '$want$NL' (status $want_rc)"
  fi
}

# tokens as arguments: one sequence
expect args-std "9" 0 -- 1 + 2 '*' 3 =
expect args-sci "7" 0 -- --mode scientific 1 + 2 '*' 3 =
expect args-sci-eq "7" 0 -- --mode=scientific 1 + 2 '*' 3 =
expect args-prog "7" 0 -- --mode programmer 1 + 2 '*' 3 =
expect decimal "123.456" 0 -- 1 2 3 . 4 5 6
expect one-argument "9" 0 -- "1 + 2 * 3 ="
expect error-text "Cannot divide by zero" 0 -- 1 / 0 =
expect overflow "Overflow" 0 -- 1 ee neg 9 9 9 9 / 1 0 =
expect sci-fn "0.01745240643728351281941897851632" 0 -- --mode scientific 1 sin
expect mode-token "14" 0 -- scientific 2 + 3 '*' 4 =
expect mode-keeps "12.5" 0 -- 1 2 . 5 scientific
expect prog-hex "FF" 0 -- --mode programmer hex F F
expect prog-bin-pad "00010100" 0 -- --mode programmer bin 1 0 1 0 0
expect prog-neg "-2" 0 -- --mode programmer 1 not
expect disabled-mr "5" 0 -- 5 mr
expect memory "8" 0 -- 5 ms 3 m+ clear mr

# --expression: a second line
expect expression "3${NL}1 + 2=" 0 -- --expression 1 + 2 =
expect expression-utf8 "2${NL}√(√(√(256)))" 0 -- --expression 2 5 6 sqrt sqrt sqrt
expect expression-sci "50${NL}2 + 3 × 4 ^ 2=" 0 -- --mode scientific --expression 2 + 3 '*' 4 pow 2 =
expect expression-trig "0.5${NL}sin₀(30)" 0 -- --mode scientific --expression 3 0 sin
expect expression-empty "5${NL}" 0 -- --expression 5

# --trace: the display after every token, one line per token (the last line is
# the final display); with --expression each display is followed by its expression line
expect trace "1${NL}13${NL}135" 0 -- --trace 1 3 5
expect trace-ops "8${NL}8${NL}2${NL}16${NL}32" 0 -- --trace 8 '*' 2 = =
expect trace-expr "1${NL}${NL}1${NL}1 + ${NL}2${NL}1 + ${NL}3${NL}1 + 2=" 0 -- --trace --expression 1 + 2 =
expect trace-unknown "" 2 -- --trace 1 + foo 2

# unknown token: named on stderr, empty line, status 2
expect unknown "" 2 -- 1 + foo 2
grep -q "foo" "$tmp/err" || cli_fail "unknown: stderr does not name the token: $(cat "$tmp/err")"
expect unknown-expr "${NL}" 2 -- --expression 1 + 12
# usage errors: nothing on stdout, status 2
for args in "--mode nonsense 1" "--frobnicate 1" "--mode"; do
  # shellcheck disable=SC2086
  out=$("$CLI" $args </dev/null 2>/dev/null); rc=$?
  if [ -n "$out" ] || [ "$rc" != 2 ]; then cli_fail "usage '$args': '$out' status $rc"; fi
done

# standard input: one sequence per line, one output line per line
expect_stdin stdin "1 + 2 =${NL}3 * 4 =${NL}${NL}1 / 0 =${NL}" "3${NL}12${NL}0${NL}Cannot divide by zero" 0 --
expect_stdin stdin-no-final-newline "2 + 2 =" "4" 0 --
expect_stdin stdin-crlf "2 + 2 =${CR}${NL}5${CR}${NL}" "4${NL}5" 0 --
expect_stdin stdin-tabs "2${TAB}+${TAB}2 =" "4" 0 --
expect_stdin stdin-unknown "1 + 1 =${NL}1 + x =${NL}2 + 2 =${NL}" "2${NL}${NL}4" 2 --
expect_stdin stdin-mode "2 + 3 * 4 =${NL}rad 1 sin${NL}" "14${NL}0.8414709848078965066525023216303" 0 -- --mode scientific
expect_stdin stdin-expression "1 + 2 =${NL}4 sqrt${NL}" "3${NL}1 + 2=${NL}2${NL}√(4)" 0 -- --expression
expect_stdin stdin-fresh "5 ms${NL}mr${NL}" "5${NL}0" 0 --

# --help lists every token of the command table
"$CLI" --help >"$tmp/help" 2>&1; rc=$?
[ "$rc" = 0 ] || cli_fail "help: status $rc"
for tok in 0 9 A F . neg + - '*' / = % mod '(' ')' back ce clear sqrt sqr cube recip pow root pow10 exp ln log \
           fact abs floor ceil pi euler cuberoot pow2 logy rand sin acoth deg rad grad ee fe dms degrees \
           ms mr mc m+ m- standard scientific programmer hex dec oct bin qword dword word byte and or xor not \
           nand nor lsh rsh rshl rol ror rolc rorc bit0 bit63; do
  grep -qE "^  $(printf '%s' "$tok" | sed 's/[][\.*^$()+?{}|/]/\\&/g') " "$tmp/help" \
    || cli_fail "help: token '$tok' missing"
done

# line ends are '\n' only, also on Windows
printf '1 + 1 =\n2\n' | "$CLI" --expression >"$tmp/out"
if grep -q $'\r' "$tmp/out"; then cli_fail "line ends: output contains CR"; fi

# many sequences in one process
n=20000
if [ -n "${CALC_UNDER_WINE:-}" ]; then n=2000; fi
awk -v n=$n 'BEGIN { for (i = 0; i < n; i++) print (i % 7) " + " (i % 5) " * 3 =" }' >"$tmp/many"
start=$(date +%s)
lines=$("$CLI" <"$tmp/many" | wc -l)
end=$(date +%s)
[ "$lines" = "$n" ] || cli_fail "many: $lines lines for $n sequences"
echo "$n sequences in $((end - start)) s"
[ $((end - start)) -lt 60 ] || cli_fail "many: too slow"

cli_finish CLI
