#!/bin/bash
# calculatrice-cli and the fraction view (issue 16, DESIGN.md Contract 1: the
# frac token): the CLI prints the display as shown, so a fraction prints as
# "n/d", and --mixed prints mixed numbers. One CLI run per table (stdin, one
# sequence a line), so the test stays quick under Wine.
# Usage: cli_frac.sh path-to-cli
set -u
. "$(dirname "$0")/lib.bash"
cli_init "$@"

# table NAME OPTIONS... <<< "tokens|expected" lines: runs every line's tokens
# in one CLI call and compares each output line.
table() {
  local name=$1
  shift
  cut -d'|' -f1 >"$tmp/in" <<<"$TABLE"
  cut -d'|' -f2 <<<"$TABLE" >"$tmp/want"
  "$CLI" "$@" <"$tmp/in" >"$tmp/got" 2>"$tmp/err"
  local rc=$?
  [ "$rc" = 0 ] || cli_fail "$name: status $rc ($(cat "$tmp/err"))"
  local i=0
  while IFS= read -r want <&3 && IFS= read -r got <&4; do
    i=$((i + 1))
    if [ "$got" != "$want" ]; then
      cli_fail "$name line $i [$(sed -n "${i}p" "$tmp/in")]: got '$got', want '$want'"
    fi
  done 3<"$tmp/want" 4<"$tmp/got"
  [ "$(wc -l <"$tmp/got")" = "$(wc -l <"$tmp/want")" ] \
    || cli_fail "$name: $(wc -l <"$tmp/got") lines for $(wc -l <"$tmp/want")"
}

TABLE='1 / 3 = frac|1/3
0 . 7 5 frac|3/4
2 . 5 neg frac|-5/2
2 2 / 7 = frac|22/7
2 sqrt frac|1.414213562373095
1 / 3 = frac frac|0.3333333333333333
frac 1 / 3 + 1 / 6 =|2/9
frac 6 / 3 =|2
frac 1 / 4 = 5|5
frac 1 / 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 / 7 =|1.428571428571429e-17'
table standard

TABLE='frac 1 / 3 pow 6 7 =|1/92709463147897837085761925410587
frac 3 0 sin|1/2
frac pi|3.1415926535897932384626433832795'
table scientific --mode scientific

TABLE='2 2 / 7 = frac|3 1/7
2 2 neg / 7 = frac|-3 1/7
1 / 7 = frac|1/7
7 / 7 = frac|1'
table mixed --mixed

# --expression: the expression line keeps the decimal operands
printf '1 / 3 = frac + 1 =\n' | "$CLI" --expression >"$tmp/got"
want=$'4/3\n0.3333333333333333 + 1='
[ "$(cat "$tmp/got")" = "$want" ] || cli_fail "expression: got '$(cat "$tmp/got")'"

# programmer mode has no frac key: the token is known, the key disabled
printf '7 frac\n' | "$CLI" --mode programmer >"$tmp/got"
[ "$(cat "$tmp/got")" = "7" ] || cli_fail "programmer: got '$(cat "$tmp/got")'"

cli_finish "fraction view"
