#!/bin/bash
# calculatrice-cli convert, black box (DESIGN.md Contract 4): VALUE FROM TO,
# --list, --help, the stdin batch mode, errors and exit statuses, then the
# independent exact reference (units_reference.py) over thousands of random
# conversions. Usage: cli_convert.sh path-to-cli (a Wine wrapper works too)
set -u
. "$(dirname "$0")/lib.bash"
cli_init "$@"
here=$(cd "$(dirname "$0")" && pwd)
# conv NAME EXPECTED_STDOUT EXPECTED_STATUS ARGS...   (stdin from /dev/null)
conv() {
  local name=$1 want=$2 want_rc=$3
  shift 3
  cli_run convert "$@"
  [ "$out" = "$want$NL" ] && [ "$rc" = "$want_rc" ] ||
    cli_fail "$name: got '$out' (status $rc), want '$want' (status $want_rc)"
}

# conv_error NAME ARGS...: nothing on stdout, "error: ..." on stderr, status 2
conv_error() {
  local name=$1
  shift
  cli_run convert "$@"
  [ "$rc" = 2 ] && [ ! -s "$tmp/out" ] && grep -q '^error: ' "$tmp/err" ||
    fail "$name: status $rc, stdout '$(cat "$tmp/out")', stderr '$(cat "$tmp/err")'"
}

# the issue's examples
conv mile "1.609344" 0 1 mi km
conv boiling "212" 0 100 C F
conv hp "745.6998715822702" 0 1 hp W
conv psi "6.894757293168361" 0 1 psi kPa
conv gallon "3.785411784" 0 1 gal l
conv fuel "29.40182291666667" 0 8 l/100km mpg
conv fuel-zero "Cannot divide by zero" 0 0 l/100km mpg
conv fuel-zero-back "Cannot divide by zero" 0 0 mpg l/100km
# more definitions and edges
conv absolute-zero "0" 0 -273.15 C K
conv minus-forty "-40" 0 -40 C F
conv kelvin-f "-459.67" 0 0 K F
conv knot "1.852" 0 1 kn km/h
conv year "31557600" 0 1 yr s
conv calorie "4.184" 0 1 cal J
conv btu "1055.05585262" 0 1 BTU J
conv cv "735.49875" 0 1 cv W
conv mmhg "760" 0 1 atm mmHg
conv ev "1.602176634e-19" 0 1 eV J
conv kib "1024" 0 1 KiB B
conv kb "125" 0 1 kb B
conv galuk "4.54609" 0 1 galuk l
conv acre "4046.8564224" 0 1 ac m2
conv rad "57.29577951308232" 0 1 rad deg
conv pi-rad "3.141592653589793" 0 180 deg rad
conv grad "90" 0 100 grad deg
conv same-unit "0" 0 0 l/100km l/100km
conv exponent "1.609344e+20" 0 1e20 mi km
conv negative "-1.609344" 0 -1 mi km
conv large "1.e+16" 0 1e13 km m
conv small-fixed "0.000000001" 0 1 nm m
conv small "1.e-33" 0 1e-30 m km
conv overflow "Overflow" 0 9e9999 km nm
conv underflow "Overflow" 0 1e-9999 nm km
conv input-overflow "Overflow" 0 1e10000 m m
# invalid inputs: error on stderr, status 2
conv_error unknown-from 1 parsec m
conv_error unknown-to 1 m parsec
conv_error case-sensitive 1 KM m
conv_error categories 1 m kg
conv_error categories-temp 1 C deg
conv_error bad-value 1,5 m km
conv_error bad-value-text abc m km
conv_error bad-value-plus +1 m km
conv_error empty-value "" m km
conv_error too-few 1 m
conv_error too-many 1 m km cm

# --help
"$CLI" convert --help </dev/null >"$tmp/out" 2>&1
rc=$?
[ "$rc" = 0 ] && grep -q 'convert VALUE FROM TO' "$tmp/out" && grep -q -- '--list' "$tmp/out" &&
  grep -qi 'standard input' "$tmp/out" || fail "help: status $rc"

# --list: "category id English-name", every contract id present, names not ids
"$CLI" convert --list </dev/null >"$tmp/list" 2>"$tmp/err"
rc=$?
[ "$rc" = 0 ] && [ ! -s "$tmp/err" ] || fail "list: status $rc"
grep -q $'\r' "$tmp/list" && fail "list: CR in output"
awk 'NF < 3 || $3 == $2 { print "FAIL list line: " $0; bad = 1 } END { exit bad }' "$tmp/list" ||
  fails=$((fails + 1))
[ "$(awk '{ print $2 }' "$tmp/list" | sort | uniq -d)" = "" ] || fail "list: duplicate ids"
contract="length:nm um mm cm m km in ft yd mi nmi
area:mm2 cm2 m2 ha km2 in2 ft2 yd2 ac mi2
volume:ml cm3 l m3 in3 ft3 yd3 tsp tbsp floz cup pt qt gal flozuk ptuk qtuk galuk
mass:mg g kg t ct oz lb st ton tonuk
speed:cm/s m/s km/h ft/s mph kn
time:us ms s min h d wk yr
energy:J kJ cal kcal eV Wh kWh BTU ftlbf
power:W kW hp cv BTU/min ftlbf/min
pressure:Pa kPa bar atm mmHg psi
data:bit B kb Mb Gb kB MB GB TB KiB MiB GiB TiB
temperature:C F K
angle:deg rad grad
fuel-economy:l/100km km/l mpg mpguk"
while IFS=: read -r cat ids; do
  for id in $ids; do
    awk -v c="$cat" -v i="$id" '$1 == c && $2 == i { found = 1 } END { exit !found }' "$tmp/list" ||
      fail "list: no line '$cat $id …'"
  done
done <<<"$contract"

# batch mode: one line per input line, an invalid line gives an empty line and status 2
printf '1 mi km\n100 C F\r\n0 l/100km mpg\n1 m kg\n  2  ft   in\n' | "$CLI" convert >"$tmp/out" 2>"$tmp/err"
rc=$?
got=$(cat "$tmp/out"; echo .)
want="1.609344${NL}212${NL}Cannot divide by zero${NL}${NL}24${NL}."
[ "$got" = "$want" ] && [ "$rc" = 2 ] && grep -q '^error: ' "$tmp/err" ||
  fail "batch: got '$got' (status $rc)"
printf '1 mi km\n' | "$CLI" convert >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$(cat "$tmp/out")" = "1.609344" ] && [ "$rc" = 0 ] || fail "batch ok: status $rc"

# the independent exact reference, in one batch run
if command -v python3 >/dev/null 2>&1; then
  count=4000
  python3 "$here/units_reference.py" "$CLI" "$count" || fails=$((fails + 1))
else
  echo "SKIP units_reference.py: no python3"
fi

cli_finish convert
