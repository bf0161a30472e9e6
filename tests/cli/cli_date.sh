#!/bin/bash
# calculatrice-cli date, black box (DESIGN.md Contract 4): diff / add / sub
# with arguments, the English words, out-of-range results, invalid input,
# --help, commands on standard input, and a cross-check against the
# independent Python reference tests/cli/date_reference.py over thousands of
# random date pairs and offsets (one CLI process). Usage: cli_date.sh path-to-cli
set -u
. "$(dirname "$0")/lib.bash"
cli_init "$@"
HERE=$(cd "$(dirname "$0")" && pwd)

# expect NAME EXPECTED_STDOUT EXPECTED_STATUS -- ARGS...   (stdin from /dev/null)
expect() {
  local name=$1 want=$2 want_rc=$3
  shift 4
  cli_run "$@"
  [ -n "$want" ] && want="$want$NL"
  [ "$out" = "$want" ] && [ "$rc" = "$want_rc" ] ||
    cli_fail "$name: got '$out' (status $rc), want '$want' (status $want_rc)"
}

# expect_error NAME -- ARGS...: nothing on stdout, "error: ..." on stderr, status 2
expect_error() {
  local name=$1
  shift 2
  expect "$name" "" 2 -- "$@"
  if ! grep -q '^error: ' "$tmp/err"; then
    cli_fail "$name: stderr is not 'error: <reason>': $(cat "$tmp/err")"
  fi
}

# expect_stdin NAME INPUT EXPECTED_STDOUT EXPECTED_STATUS
expect_stdin() {
  local name=$1 input=$2 want=$3 want_rc=$4
  printf '%s' "$input" >"$tmp/in"
  CLI_STDIN="$tmp/in" cli_run date
  [ "$out" = "$want$NL" ] && [ "$rc" = "$want_rc" ] ||
    cli_fail "$name: got '$out' (status $rc), want '$want$NL' (status $want_rc)"
}

# diff: Microsoft's examples, in either order
expect diff-ms "1 month, 2 days${NL}31 days" 0 -- date diff 2008-03-31 2008-02-29
expect diff-ms-swapped "1 month, 2 days${NL}31 days" 0 -- date diff 2008-02-29 2008-03-31
expect diff-ms-months "10 months${NL}305 days" 0 -- date diff 2007-05-10 2008-03-10
expect diff-ms-11-months "11 months, 1 day${NL}335 days" 0 -- date diff 2008-01-29 2007-02-28
# every unit, singular and plural; zero units left out
expect diff-all "1 year, 2 months, 3 weeks, 4 days${NL}450 days" 0 -- date diff 2000-01-01 2001-03-26
expect diff-singular "1 year, 1 month, 1 week, 1 day${NL}405 days" 0 -- date diff 2000-01-01 2001-02-09
expect diff-plural "2 years, 3 months, 2 weeks, 5 days${NL}840 days" 0 -- date diff 2000-01-01 2002-04-20
expect diff-day "1 day${NL}1 day" 0 -- date diff 2020-05-05 2020-05-06
expect diff-days "6 days${NL}6 days" 0 -- date diff 2020-05-05 2020-05-11
expect diff-week "1 week${NL}7 days" 0 -- date diff 2020-05-05 2020-05-12
expect diff-year-days "1 year, 2 days${NL}367 days" 0 -- date diff 2021-01-01 2022-01-03
expect diff-same "Same dates${NL}0 days" 0 -- date diff 2008-02-29 2008-02-29
# month ends: each count stepped from its pivot in one go
expect diff-month-end "1 month, 4 weeks, 1 day${NL}58 days" 0 -- date diff 2008-01-31 2008-03-29
expect diff-feb29 "1 year${NL}365 days" 0 -- date diff 2008-02-29 2009-02-28
# the whole range
expect diff-range "8398 years, 11 months, 4 weeks, 2 days${NL}3067670 days" 0 -- date diff 1601-01-01 9999-12-31
expect diff-top "1 year${NL}365 days" 0 -- date diff 9999-12-31 9998-12-31

# add and sub: Microsoft's examples, clamping, the order of the units
expect add-ms "2008-05-10" 0 -- date add 2008-03-31 0 1 10
expect sub-ms "2008-01-29" 0 -- date sub 2008-03-10 0 1 10
expect add-clamp "2008-02-29" 0 -- date add 2008-01-31 0 1 0
expect add-month-day "2008-03-01" 0 -- date add 2008-01-31 0 1 1
expect add-year-month "2009-03-28" 0 -- date add 2008-02-29 1 1 0
expect sub-clamp "2008-02-29" 0 -- date sub 2008-03-31 0 1 0
expect sub-month-year "2008-02-28" 0 -- date sub 2009-03-29 1 1 0
expect add-nothing "2024-07-14" 0 -- date add 2024-07-14 0 0 0
expect add-max "3084-12-25" 0 -- date add 2000-01-01 999 999 999
expect add-leading-zero "2000-01-08" 0 -- date add 2000-01-01 0 0 007
expect add-to-last "9999-12-31" 0 -- date add 9999-12-01 0 0 30
expect sub-to-first "1601-01-01" 0 -- date sub 1602-01-01 1 0 0
# out of range: the window's text, status 0
expect add-oob "Date out of range" 0 -- date add 9999-12-31 0 0 1
expect add-oob-years "Date out of range" 0 -- date add 9998-12-31 2 0 0
expect sub-oob "Date out of range" 0 -- date sub 1601-01-01 0 0 1
expect sub-oob-years "Date out of range" 0 -- date sub 2008-03-31 999 0 0

# invalid input: error on stderr, status 2
expect_error bad-text -- date diff 2008-03-31 yesterday
expect_error impossible -- date diff 2023-02-29 2023-03-01
expect_error before-range -- date add 1600-12-31 0 0 1
expect_error after-range -- date sub 10000-01-01 0 0 1
expect_error short-form -- date add 2008-3-31 0 0 1
expect_error offset-1000 -- date add 2008-03-31 0 0 1000
expect_error offset-negative -- date sub 2008-03-31 -1 0 0
expect_error offset-plus -- date add 2008-03-31 +1 0 0
expect_error offset-decimal -- date add 2008-03-31 0 1.5 0
expect_error offset-empty -- date add 2008-03-31 0 "" 0
expect_error offset-huge -- date add 2008-03-31 99999999999999999999 0 0
expect_error diff-one -- date diff 2008-03-31
expect_error diff-three -- date diff 2008-03-31 2008-03-31 2008-03-31
expect_error add-three -- date add 2008-03-31 0 1
expect_error sub-five -- date sub 2008-03-31 0 1 2 3
expect_error unknown -- date mul 2008-03-31 0 1 2
grep -q "mul" "$tmp/err" || cli_fail "unknown: stderr does not name the command"

# --help
"$CLI" date --help >"$tmp/help" 2>&1; rc=$?
[ "$rc" = 0 ] || cli_fail "help: status $rc"
for w in "date diff DATE1 DATE2" "date add DATE YEARS MONTHS DAYS" "date sub DATE YEARS MONTHS DAYS" \
         "Date out of range" "0 to 999"; do
  grep -qF "$w" "$tmp/help" || cli_fail "help: '$w' missing"
done

# standard input: one command per line, one output line per line
expect_stdin stdin "diff 2008-03-31 2008-02-29${NL}add 2008-03-31 0 1 10${NL}sub 2008-03-10 0 1 10${NL}" \
  "1 month, 2 days${TAB}31 days${NL}2008-05-10${NL}2008-01-29" 0
expect_stdin stdin-same "diff 2020-01-01 2020-01-01" "Same dates${TAB}0 days" 0
expect_stdin stdin-crlf "add 9999-12-31 0 0 1${CR}${NL}diff 2020-05-05${TAB}2020-05-06${CR}${NL}" \
  "Date out of range${NL}1 day${TAB}1 day" 0
expect_stdin stdin-invalid "add 2008-01-31 0 1 0${NL}add 2023-02-29 0 0 1${NL}${NL}diff 2008-01-01 2008-01-08${NL}" \
  "2008-02-29${NL}${NL}${NL}1 week${TAB}7 days" 2

# line ends are '\n' only, also on Windows
"$CLI" date diff 2008-03-31 2008-02-29 >"$tmp/out"
if grep -q $'\r' "$tmp/out"; then cli_fail "line ends: output contains CR"; fi

# cross-check against the independent reference: random pairs and offsets
# (month ends and the range's edges favoured), one CLI process for all
if command -v python3 >/dev/null 2>&1; then
  n=9000
  python3 "$HERE/date_reference.py" gen $n 20261201 >"$tmp/cmds"
  python3 "$HERE/date_reference.py" run <"$tmp/cmds" >"$tmp/want"
  "$CLI" date <"$tmp/cmds" >"$tmp/got" 2>"$tmp/err"; rc=$?
  [ "$rc" = 0 ] || cli_fail "cross-check: status $rc: $(head -3 "$tmp/err")"
  mismatches=$(paste -d '\n' "$tmp/cmds" "$tmp/want" "$tmp/got" \
    | awk 'NR % 3 == 1 { c = $0 } NR % 3 == 2 { w = $0 } NR % 3 == 0 && $0 != w { n++; if (n <= 5) print "  " c ": got \"" $0 "\", want \"" w "\"" > "/dev/stderr" } END { print n + 0 }')
  lines=$(wc -l <"$tmp/got")
  echo "cross-check: $n commands ($((n / 3)) date pairs, $((2 * n / 3)) add/sub offsets), $mismatches mismatch(es)"
  if [ "$mismatches" != 0 ] || [ "$lines" != "$n" ]; then
    cli_fail "cross-check: $mismatches mismatches, $lines lines for $n commands"
  fi
else
  echo "SKIP cross-check: no python3"
fi

cli_finish "date CLI"
