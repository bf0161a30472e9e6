#!/bin/bash
# calculatrice-cli finance, black box (DESIGN.md Contract 4): tvm, amort
# (--table), npv, irr, apr, mortgage, lease; "FIELD=value" lines; invalid
# input -> "error: ..." on stderr and status 2; no answer -> "Invalid input"
# and status 0. Then the 60-digit cross-check (finance_reference.py; fewer
# problems under Wine, where every run starts a Windows process).
# Usage: cli_finance.sh path-to-cli
set -u
. "$(dirname "$0")/lib.bash"
cli_init "$@"
here=$(cd "$(dirname "$0")" && pwd)

# expect NAME EXPECTED_STDOUT EXPECTED_STATUS -- ARGS...
expect() {
  local name=$1 want=$2 want_rc=$3
  shift 4
  cli_run finance "$@"
  [ -n "$want" ] && want="$want$NL"
  [ "$out" = "$want" ] && [ "$rc" = "$want_rc" ] ||
    cli_fail "$name: got '$out' (status $rc), want '$want' (status $want_rc)"
}

# expect_error NAME WORD -- ARGS...: status 2, nothing on stdout, "error: ...WORD..." on stderr
expect_error() {
  local name=$1 word=$2
  shift 3
  cli_run finance "$@"
  if [ "$rc" != 2 ] || [ -s "$tmp/out" ] || ! grep -q "^error: .*$word" "$tmp/err"; then
    cli_fail "$name: status $rc, stdout '$(cat "$tmp/out")', stderr '$(cat "$tmp/err")'"
  fi
}

# the four cases of issue 14
expect pmt-30y "pmt=-939.4378402712432" 0 -- tvm solve=pmt n=360 rate=5 pv=175000 fv=0
expect penny "fv=331667.0066907769" 0 -- tvm solve=fv n=31536000 rate=10 pv=0 pmt=-0.01 ppy=31536000
expect rate "rate=0.4980365840090326" 0 -- tvm solve=rate n=360 pv=0 pmt=-1000 fv=1000000 ppy=1
expect pmt-20y "pmt=-505.8833350451171" 0 -- tvm solve=pmt n=240 rate=2 pv=100000 fv=0
# every field, both timings, order of arguments free
expect n "n=360" 0 -- tvm solve=n rate=5 pv=175000 pmt=-939.4378402712432 fv=0
expect pv "pv=175000" 0 -- tvm pmt=-939.4378402712432 fv=0 n=360 rate=5 solve=pv
expect begin "pmt=-935.5397579464663" 0 -- tvm solve=pmt n=360 rate=5 pv=175000 fv=0 due=begin
expect end "pmt=-939.4378402712432" 0 -- tvm solve=pmt n=360 rate=5 pv=175000 fv=0 due=end ppy=12
expect zero-rate "pmt=-100" 0 -- tvm solve=pmt n=10 rate=0 pv=1000 fv=0
expect exponent "pv=240" 0 -- tvm solve=pv n=1e9 rate=5 pmt=-1 fv=0
# no answer: the window's text, status 0
expect no-rate "Invalid input" 0 -- tvm solve=rate n=360 pv=1000 pmt=10 fv=5
expect no-n "Invalid input" 0 -- tvm solve=n rate=5 pv=175000 pmt=-500 fv=0
expect overflow "Overflow" 0 -- tvm solve=fv n=1e20 rate=5 pv=0 pmt=-1

# amortization: a range, the whole table
expect amort-1 "principal=-210.2711736045765${NL}interest=-729.1666666666667${NL}balance=174789.7288263954" 0 -- \
  amort rate=5 pv=175000 pmt=-939.4378402712432 from=1 to=1
expect amort-year "principal=-2581.889354743089${NL}interest=-8691.36472851183${NL}balance=172418.1106452569" 0 -- \
  amort rate=5 pv=175000 pmt=-939.4378402712432 from=1 to=12
expect table "period,payment,interest,principal,balance${NL}1,-340.0221114814693,-10,-330.0221114814693,669.9778885185307${NL}2,-340.0221114814693,-6.699778885185307,-333.322332596284,336.6555559222468${NL}3,-340.0221114814693,-3.366555559222468,-336.6555559222468,0" 0 -- \
  amort rate=12 pv=1000 n=3 --table
expect table-payoff "period,payment,interest,principal,balance${NL}1,-300,-4.166666666666667,-295.8333333333333,704.1666666666667${NL}2,-300,-2.934027777777778,-297.0659722222222,407.1006944444444${NL}3,-300,-1.696252893518519,-298.3037471064815,108.796947337963${NL}4,-109.2502679518711,-0.453320613908179,-108.796947337963,0" 0 -- \
  amort --table rate=5 pv=1000 pmt=-300
"$CLI" finance amort rate=5 pv=175000 pmt=-939.4378402712432 --table >"$tmp/t" 2>&1
[ "$(wc -l <"$tmp/t")" = 361 ] && [ "$(tail -n 1 "$tmp/t" | cut -d, -f1)" = 360 ] \
  || cli_fail "table-360: $(wc -l <"$tmp/t") lines, last '$(tail -n 1 "$tmp/t")'"
expect amort-never "Invalid input" 0 -- amort rate=5 pv=175000 pmt=-500 --table

# cash flows
expect npv "npv=87.56232497780206" 0 -- npv rate=10 cf=-1000,300x3,500
expect irr "irr=13.66362084429301" 0 -- irr cf=-1000,300x3,500
expect irr-exact "irr=10" 0 -- irr cf=-1000,100x4,1100
expect irr-two-roots "irr=10" 0 -- irr cf=-1000,2300,-1320
expect irr-no-change "Invalid input" 0 -- irr cf=1000,300x3
# APR / TAEG
expect apr "apr=6.611482746781807" 0 -- apr pv=10000 pmt=-300 n=36 fees=200
expect apr-nofee "apr=6.167781186449957" 0 -- apr pv=1000 pmt=-1005 n=1
# Windows 7 worksheets
expect mortgage "payment=1199.101050305505" 0 -- mortgage solve=payment price=250000 down=50000 years=30 rate=6
expect mortgage-price "price=250000" 0 -- mortgage solve=price down=50000 years=30 rate=6 payment=1199.101050305505
expect mortgage-years "years=29.99999999999999" 0 -- mortgage solve=years price=250000 down=50000 rate=6 payment=1199.101050305505
expect lease "payment=587.0301887641279" 0 -- lease solve=payment value=30000 residual=12000 years=3 rate=5
expect lease-default "payment=587.0301887641279" 0 -- lease value=30000 residual=12000 years=3 rate=5 ppy=12

# invalid input: error on stderr, status 2
expect_error no-calc "missing" --
expect_error unknown-calc "unknown finance calculation" -- loan pv=1
expect_error unknown-field "unknown field 'foo'" -- tvm solve=pmt n=360 rate=5 pv=175000 fv=0 foo=1
expect_error missing-field "missing fv" -- tvm solve=pmt n=360 rate=5 pv=175000
expect_error missing-solve "missing solve" -- tvm n=360 rate=5 pv=175000 fv=0
expect_error bad-solve "cannot solve" -- tvm solve=ppy n=360 rate=5 pv=175000 fv=0
expect_error malformed "malformed number for pv" -- tvm solve=pmt n=360 rate=5 pv=17x5000 fv=0
expect_error empty "missing value for rate" -- tvm solve=pmt n=360 rate= pv=175000 fv=0
expect_error twice "given twice" -- tvm solve=pmt n=360 n=12 rate=5 pv=175000 fv=0
expect_error no-equals "key=value" -- tvm solve=pmt 360
expect_error bad-due "due must be" -- tvm solve=pmt n=360 rate=5 pv=175000 fv=0 due=middle
expect_error ppy-zero "out of range" -- tvm solve=pmt n=360 rate=5 pv=175000 fv=0 ppy=0
expect_error from-missing "missing from" -- amort rate=5 pv=175000 pmt=-939 to=3
expect_error from-after-to "before from" -- amort rate=5 pv=175000 pmt=-939 from=5 to=3
expect_error from-zero "at least 1" -- amort rate=5 pv=175000 pmt=-939 from=0 to=3
expect_error bad-flows "malformed cash flows" -- irr cf=-1000,x3
expect_error apr-n "whole number" -- apr pv=1000 pmt=-100 n=10.5
expect_error lease-solve "cannot solve" -- lease solve=value residual=1 years=3 rate=5

# line ends are '\n' only, also on Windows
"$CLI" finance amort rate=12 pv=1000 n=3 --table >"$tmp/out"
if grep -q $'\r' "$tmp/out"; then cli_fail "line ends: output contains CR"; fi

# the 60-digit cross-check
problems=300
if [ -n "${CALC_UNDER_WINE:-}" ]; then problems=30; fi
if [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import mpmath' 2>/dev/null; then
  /usr/bin/python3 "$here/finance_reference.py" "$CLI" "$problems" || fails=$((fails + 1))
else
  echo "skipped the mpmath cross-check: /usr/bin/python3 has no mpmath"
fi

cli_finish "finance CLI"
