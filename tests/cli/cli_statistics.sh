#!/bin/bash
# calculatrice-cli --mode statistics, black box (DESIGN.md Contract 4): the
# data list tokens, every statistic, a statistic in an expression, too few
# values, and an independent exact reference (Python fractions; roots of the
# exact variances rounded half away from zero to 32 digits) over random data
# lists in batch mode. Usage: cli_statistics.sh path-to-cli
set -u
. "$(dirname "$0")/lib.bash"
cli_init "$@"

# expect NAME WANT TOKENS...
expect() {
  local name=$1 want=$2 got
  shift 2
  got=$("$CLI" --mode statistics "$@" </dev/null 2>"$tmp/err")
  if [ "$got" != "$want" ]; then
    cli_fail "$name: got '$got', want '$want'"
  fi
}

D="2 add 4 add 4 add 4 add 5 add 5 add 7 add 9 add"
expect count 8 $D count
expect sum 40 $D sum
expect sumsq 232 $D sumsq
expect mean 5 $D mean
expect meansq 29 $D meansq
expect sdev 2.138089935299395077476427847038 $D sdev
expect psdev 2 $D psdev
expect var 4.5714285714285714285714285714286 $D var
expect pvar 4 $D pvar
expect median 4.5 $D median
expect min 2 $D min
expect max 9 $D max
expect delete 3 $D delete delete delete delete delete count
expect cad 0 $D cad count
expect "in an expression" 3 1 add 2 add 3 add mean + 1 =
expect "too few values" "Invalid input" 5 add sdev
expect "empty list" "Invalid input" mean
expect cancellation 1 1 ee 1 6 + 1 = add 1 ee 1 6 + 2 = add 1 ee 1 6 + 3 = add sdev
out=$("$CLI" --mode statistics --expression 1 add 2 add 3 add mean + 1 = </dev/null)
[ "$out" = $'3\n2 + 1=' ] || cli_fail "expression line: '$out'"
# each input line is a fresh calculator: the list does not carry over
out=$(printf '1 add 2 add count\ncount\n' | "$CLI" --mode statistics)
[ "$out" = $'2\n0' ] || cli_fail "fresh list per line: '$out'"
"$CLI" --help 2>&1 | grep -q 'statistics' || cli_fail "--help lists statistics"

# random lists against the exact reference
lists=300
if [ -n "${CALC_UNDER_WINE:-}" ]; then lists=60; fi
python3 - "$lists" "$tmp/in" "$tmp/want" <<'PY'
import random, sys
from fractions import Fraction as F
from decimal import Decimal, getcontext, ROUND_HALF_UP
getcontext().prec = 90
random.seed(13)
n_lists, fin, fwant = int(sys.argv[1]), open(sys.argv[2], "w"), open(sys.argv[3], "w")

def show(x, root=False):
    d = Decimal(x.numerator) / Decimal(x.denominator)
    if root:
        d = d.sqrt()
    if d == 0:
        return "0"
    q = d.quantize(Decimal(1).scaleb(d.adjusted() - 31), rounding=ROUND_HALF_UP)
    s = format(q, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s

def keys(v):
    s = format(abs(v), "f")
    return " ".join(s) + (" neg" if v < 0 else "")

for _ in range(n_lists):
    n = random.randint(1, 25)
    xs = [F(random.randint(-10**6, 10**6), 10**random.randint(0, 3)) for _ in range(n)]
    entry = " ".join(keys(Decimal(x.numerator) / Decimal(x.denominator)) + " add" for x in xs)
    s, sq = sum(xs), sum(x * x for x in xs)
    m = s / n
    pv = sum((x - m) ** 2 for x in xs) / n
    ys = sorted(xs)
    want = {"count": show(F(n)), "sum": show(s), "sumsq": show(sq), "mean": show(m),
            "meansq": show(sq / n), "pvar": show(pv), "psdev": show(pv, True),
            "median": show(ys[n // 2] if n % 2 else (ys[n // 2 - 1] + ys[n // 2]) / 2),
            "min": show(ys[0]), "max": show(ys[-1]),
            "var": show(pv * n / (n - 1)) if n > 1 else "Invalid input",
            "sdev": show(pv * n / (n - 1), True) if n > 1 else "Invalid input"}
    for k, v in want.items():
        fin.write(f"{entry} {k}\n")
        fwant.write(v + "\n")
PY
"$CLI" --mode statistics <"$tmp/in" >"$tmp/got" 2>"$tmp/err"
if ! cmp -s "$tmp/got" "$tmp/want"; then
  bad=$(diff "$tmp/got" "$tmp/want" | grep -c '^<')
  echo "FAIL reference: $bad of $(wc -l <"$tmp/want") statistics differ"
  diff "$tmp/got" "$tmp/want" | head -6
  fails=$((fails + 1))
fi
echo "$(wc -l <"$tmp/want") statistics of $lists random lists checked"

cli_finish "statistics CLI"
