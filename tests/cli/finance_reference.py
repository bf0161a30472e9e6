#!/usr/bin/python3
"""calculatrice-cli finance against an independent 60-digit reference (mpmath).

Usage: finance_reference.py path-to-cli [problems] [seed]

Random TVM (every field solved), amortization, NPV, IRR, APR and worksheet
problems, built from plausible loans and savings plans; the inputs are the
16-digit texts the CLI gets, and the reference solves the same equation from
those texts at 60 digits. Every answer must be the reference correctly rounded
to 16 significant digits (0.5 unit of the 16th digit, plus 1e-6 for the
reference's own rounding). Rate problems have one sign change in their flows,
so their rate is unique. Prints the figures; exit status 1 on any mismatch.
"""
import random
from fractions import Fraction
import subprocess
import sys

from mpmath import mp, mpf, exp, expm1, log1p, nstr, floor, log10, fabs

mp.dps = 60


def text(x):
    """16 significant digits, the CLI's input style"""
    return nstr(mpf(x), 16, min_fixed=-30, max_fixed=30).replace("e+", "e")


def run(cli, args):
    p = subprocess.run([cli, "finance"] + args, capture_output=True, text=True)
    return p.returncode, p.stdout.strip().splitlines(), p.stderr.strip()


def ulps(got, ref):
    """|got - ref| in units of the last digit the display rule shows: 16
    significant digits, but 16 places after the point for 0.001 <= |x| < 1
    (at most two zeros after the point stay fixed, WINDOWS-CALCULATOR.md 2.2)"""
    if ref == 0:
        return mpf(0) if got == 0 else mpf(10) ** 40
    e = int(floor(log10(fabs(ref))))
    unit = mpf(10) ** -16 if -3 <= e <= -1 else mpf(10) ** (e - 15)
    return fabs(got - ref) / unit


# ---------------------------------------------------------------- the equations
def growth(i, n):
    """(1+i)^n - 1 over i, and (1+i)^n"""
    if i == 0:
        return mpf(n), mpf(1)
    x = n * log1p(i)
    return expm1(x) / i, exp(x)


def tvm_residual(n, i, pv, pmt, fv, begin, exact=None):
    """pv + pmt k a + fv v; with A = pmt k / i as (pv + A) + v (fv - A), which
    keeps pv + A when v is huge; `exact` = (pv + A, fv - A) as fractions"""
    s, g = growth(i, -n)        # s = ((1+i)^-n - 1)/i = -a
    k = 1 + i if begin else 1
    if i == 0:
        return pv - pmt * k * s + fv * g
    if exact is not None:
        return fraction_mpf(exact[0]) + g * fraction_mpf(exact[1])
    a = pmt * k / i
    return (pv + a) + g * (fv - a)


def tvm_solve(field, n, rate, pv, pmt, fv, ppy, begin):
    i = rate / (100 * ppy) if rate is not None else None
    k = (1 + i if begin else 1) if i is not None else None
    if field == "pmt":
        s, g = growth(i, -n)
        return -(pv + fv * g) / (-k * s)
    if field == "pv":
        if i == 0:
            return -(pmt * n + fv)
        fi = Fraction(text(rate)) / (100 * ppy)
        a = Fraction(text(pmt)) * ((1 + fi) if begin else 1) / fi
        return -tvm_residual(n, i, mpf(0), pmt, fv, begin, (a, Fraction(text(fv)) - a))
    if field == "fv":
        s, g = growth(i, n)
        if i != 0 and g > 3:   # pv g and pmt k s may cancel: use pv + pmt k / i, exactly
            fi = Fraction(text(rate)) / (100 * ppy)
            a = Fraction(text(pmt)) * ((1 + fi) if begin else 1) / fi
            return mpf(a.numerator) / a.denominator - g * fraction_mpf(Fraction(text(pv)) + a)
        return -(pv * g + pmt * k * s)
    if field == "n":
        if i == 0:
            return -(pv + fv) / pmt
        # pv + pmt k / i exactly: an interest-only payment makes it 0
        fi = Fraction(text(rate)) / (100 * ppy)
        den = Fraction(text(pv)) + Fraction(text(pmt)) * ((1 + fi) if begin else 1) / fi
        d = fraction_mpf(-(Fraction(text(pv)) + Fraction(text(fv))) / den) if den != 0 else None
        if d is None or d <= -1:
            return None          # (1+i)^n would have to be <= 0
        return log1p(d) / log1p(i)
    if field == "rate":
        f = lambda j: tvm_residual(n, j, pv, pmt, fv, begin)
        return bracket_root(f) * 100 * ppy
    raise ValueError(field)


def fraction_mpf(q):
    return mpf(q.numerator) / q.denominator


def bisect(f, a, fa, b, fb):
    """plain bisection: slow, but nothing can fool it"""
    for _ in range(400):
        c = (a + b) / 2
        if fabs(b - a) < mpf(10) ** -52 * max(fabs(a), fabs(b)):
            return c
        fc = f(c)
        if fc == 0:
            return c
        if (fc > 0) == (fa > 0):
            a, fa = c, fc
        else:
            b, fb = c, fc
    return (a + b) / 2


def bracket_root(f, lo=mpf("-0.99"), hi=mpf(10)):
    """the unique root in (lo, hi) by scanning and then Anderson/bisection"""
    # a geometric grid on both sides of 0 (the root is unique: any bracket does)
    xs = [mpf(0), lo, hi] + [mpf(10) ** (-mpf(k) / 4) * s for k in range(-12, 120) for s in (1, -1)]
    xs = sorted(x for x in set(xs) if lo <= x <= hi)
    prev = None
    for x in xs:
        fx = f(x)
        if fx == 0:
            return x
        if prev is not None and (fx > 0) != (prev[1] > 0):
            return bisect(f, prev[0], prev[1], x, fx)
        prev = (x, fx)
    raise ValueError("no root")


def npv(i, flows):
    v = 1 / (1 + i)
    return sum(c * v**t for t, c in enumerate(flows))


def expand(items):
    out = []
    for value, count in items:
        out += [mpf(value)] * count
    return out


def flows_text(items):
    return ",".join(v if c == 1 else "%sx%d" % (v, c) for v, c in items)


# ---------------------------------------------------------------- the problems
class Checker:
    def __init__(self, cli):
        self.cli = cli
        self.count = 0
        self.fails = []
        self.worst = mpf(0)
        self.no_answer = 0

    def check(self, kind, args, field, ref):
        """ref None: the problem has no answer, the CLI must say Invalid input"""
        self.count += 1
        rc, out, err = run(self.cli, args)
        if ref is None:
            self.no_answer += 1
            if rc != 0 or out != ["Invalid input"]:
                self.fails.append("%s %s: status %d out %s, want Invalid input" % (kind, " ".join(args), rc, out))
            return
        want_line = field + "="
        got = [l for l in out if l.startswith(want_line)]
        if rc != 0 or not got:
            self.fails.append("%s %s: status %d out %s err %s, want %s" % (kind, " ".join(args), rc, out, err, nstr(ref, 20)))
            return
        value = mpf(got[0][len(want_line):])
        u = ulps(value, ref)
        self.worst = max(self.worst, u)
        if u > mpf("0.500001"):
            self.fails.append("%s %s: got %s, want %s (%s units of the 16th digit)" % (kind, " ".join(args), got[0], nstr(ref, 20), nstr(u, 3)))


def rand_rate(r):
    c = r.random()
    if c < 0.05:
        return "0"
    if c < 0.10:
        return text(mpf(10) ** -r.randint(3, 12) * r.randint(1, 99))
    if c < 0.14:
        return text(-mpf(r.randint(1, 500)) / 100)     # negative rates exist too
    return text(mpf(r.randint(1, 3000)) / 100)


def tvm_problem(r, ck):
    ppy = r.choice([1, 2, 4, 12, 12, 12, 52, 365])
    n = r.choice([r.randint(1, 480), r.randint(1, 40) * ppy, r.randint(1, 100000)])
    if r.random() < 0.1:
        n = text(mpf(r.randint(10, 5000)) / 10)     # fractional n
    n = mpf(n)
    rate = mpf(rand_rate(r))
    begin = r.random() < 0.3
    kind = r.choice(["loan", "savings", "balloon", "lender"])
    scale = mpf(10) ** r.randint(2, 7)
    if kind == "loan":        # pv > 0 received, pmt < 0, fv = 0
        pv, fv = mpf(text(scale * r.randint(100, 999) / 100)), mpf(0)
        pmt = mpf(text(tvm_solve("pmt", n, rate, pv, None, fv, ppy, begin)))
    elif kind == "savings":   # pv <= 0, pmt < 0 paid in, fv > 0
        pv = -mpf(text(scale * r.randint(0, 999) / 1000))
        pmt = -mpf(text(scale * r.randint(1, 999) / 100000))
        fv = mpf(text(tvm_solve("fv", n, rate, pv, pmt, None, ppy, begin)))
    elif kind == "lender":    # the other side of a loan: pv < 0 lent, pmt > 0 received
        pv, fv = -mpf(text(scale * r.randint(100, 999) / 100)), mpf(0)
        pmt = mpf(text(tvm_solve("pmt", n, rate, pv, None, fv, ppy, begin)))
    else:                     # loan with a balloon: pv > 0, pmt < 0, fv < 0
        pv = mpf(text(scale * r.randint(100, 999) / 100))
        fv = -mpf(text(pv * r.randint(1, 50) / 100))
        pmt = mpf(text(tvm_solve("pmt", n, rate, pv, None, fv, ppy, begin)))
    values = {"n": n, "rate": rate, "pv": pv, "pmt": pmt, "fv": fv}
    field = r.choice(["n", "rate", "pv", "pmt", "fv"])
    if field == "n" and (rate == 0 and pmt == 0):
        field = "fv"
    if field == "rate" and pmt == 0:
        field = "pv"
    args = ["tvm", "solve=" + field, "ppy=%d" % ppy] + (["due=begin"] if begin else [])
    for k, v in values.items():
        if k != field:
            args.append("%s=%s" % (k, text(v)))
    given = {k: (mpf(text(v)) if k != field else None) for k, v in values.items()}
    exact = {k: Fraction(text(v)) for k, v in values.items()}
    if field == "rate" and exact["pv"] + exact["pmt"] * exact["n"] + exact["fv"] == 0:
        ref = mpf(0)   # exactly 0 %, where the 60-digit residual is only noise
    else:
        ref = tvm_solve(field, given["n"], given["rate"], given["pv"], given["pmt"], given["fv"], ppy, begin)
    if field == "rate" and rate != 0 and fabs(ref) < mpf(10) ** -25:
        return   # the generating rate was lost in the 16-digit inputs
    ck.check("tvm", args, field, ref)


def amort_problem(r, ck):
    ppy = r.choice([1, 4, 12, 12, 52])
    n = r.randint(2, 480)
    rate = mpf(rand_rate(r))
    if rate == 0:
        rate = mpf(3)
    pv = mpf(text(mpf(10) ** r.randint(3, 6) * r.randint(100, 999) / 100))
    begin = r.random() < 0.3
    pmt = mpf(text(tvm_solve("pmt", n, rate, pv, None, mpf(0), ppy, begin)))
    p1 = r.randint(1, n)
    p2 = r.randint(p1, n)
    # exactly, in rationals: the inputs are decimals
    i = Fraction(text(rate)) / (100 * ppy)
    fpmt = Fraction(text(pmt))
    bal, prn, intr = Fraction(text(pv)), Fraction(0), Fraction(0)
    for k in range(1, p2 + 1):
        it = Fraction(0) if (begin and k == 1) else -bal * i
        pr = fpmt - it
        bal += pr
        if k >= p1:
            prn += pr
            intr += it
    prn, intr, bal = fraction_mpf(prn), fraction_mpf(intr), fraction_mpf(bal)
    args = ["amort", "rate=" + text(rate), "pv=" + text(pv), "pmt=" + text(pmt), "from=%d" % p1, "to=%d" % p2,
            "ppy=%d" % ppy] + (["due=begin"] if begin else [])
    ck.check("amort", args, "principal", prn)
    ck.check("amort", args, "interest", intr)
    ck.check("amort", args, "balance", bal)


def cashflow_problem(r, ck):
    items = [(text(-mpf(r.randint(100, 100000))), 1)]
    for _ in range(r.randint(1, 6)):
        items.append((text(mpf(r.randint(0, 50000)) / r.choice([1, 10, 100])), r.choice([1, 1, 2, 3, 12, 30])))
    if all(mpf(v) == 0 for v, _ in items[1:]):
        items.append(("100", 1))
    flows = expand(items)
    rate = mpf(rand_rate(r))
    ck.check("npv", ["npv", "rate=" + text(rate), "cf=" + flows_text(items)], "npv", npv(rate / 100, flows))
    if sum(flows) == 0:
        return
    try:
        ref = bracket_root(lambda j: npv(j, flows), hi=mpf(10) ** 6)
    except ValueError:
        return   # beyond the reference's search range
    ck.check("irr", ["irr", "cf=" + flows_text(items)], "irr", ref * 100)


def apr_problem(r, ck):
    ppy = r.choice([12, 12, 12, 4, 52])
    n = r.randint(1, 360)
    rate = mpf(r.randint(50, 2500)) / 100
    pv = mpf(text(r.randint(1000, 500000)))
    pmt = mpf(text(tvm_solve("pmt", n, rate, pv, None, mpf(0), ppy, False)))
    fees = mpf(text(pv * r.randint(0, 300) / 10000)) if r.random() < 0.7 else mpf(0)
    net = pv - fees
    j = bracket_root(lambda x: net + pmt * (-growth(x, -n)[0]))
    ref = expm1(ppy * log1p(j)) * 100
    args = ["apr", "pv=" + text(pv), "pmt=" + text(pmt), "n=%d" % n, "ppy=%d" % ppy]
    if fees != 0:
        args.append("fees=" + text(fees))
    ck.check("apr", args, "apr", ref)


def worksheet_problem(r, ck):
    price = mpf(r.randint(50, 900) * 1000)
    down = mpf(r.randint(0, 30)) * price / 100
    years = r.randint(5, 30)
    rate = mpf(r.randint(100, 900)) / 100
    pmt = tvm_solve("pmt", years * 12, rate, price - down, None, mpf(0), 12, False)
    ck.check("mortgage", ["mortgage", "solve=payment", "price=" + text(price), "down=" + text(down),
                          "years=%d" % years, "rate=" + text(rate)], "payment", -pmt)
    value = mpf(r.randint(10, 90) * 1000)
    residual = value * r.randint(10, 60) / 100
    ppy = r.choice([12, 4, 1])
    lease = -tvm_solve("pmt", years * ppy, rate, value, None, -mpf(text(residual)), ppy, True)
    ck.check("lease", ["lease", "solve=payment", "value=" + text(value), "residual=" + text(residual),
                       "years=%d" % years, "rate=" + text(rate), "ppy=%d" % ppy], "payment", lease)


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    cli = sys.argv[1]
    problems = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 14
    r = random.Random(seed)
    ck = Checker(cli)
    makers = [tvm_problem] * 5 + [amort_problem, cashflow_problem, apr_problem, worksheet_problem]
    for _ in range(problems):
        r.choice(makers)(r, ck)
    for f in ck.fails[:30]:
        print("MISMATCH", f)
    print("finance reference: %d answers (%d without solution) from %d problems (seed %d), %d mismatches, "
          "worst %s units of the 16th digit" % (ck.count, ck.no_answer, problems, seed, len(ck.fails), nstr(ck.worst, 3)))
    return 1 if ck.fails else 0


if __name__ == "__main__":
    sys.exit(main())
