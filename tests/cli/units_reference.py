#!/usr/bin/env python3
"""Independent reference for `calculatrice-cli convert` (DESIGN.md Contract 4).

Converts random values between random pairs of units of the same category with
exact fractions (its own table, typed from the legal definitions; pi from a
long constant) and compares every answer with the CLI's, which it runs once in
batch mode (one "VALUE FROM TO" per stdin line). The expected text follows the
standard display rule (WINDOWS-CALCULATOR.md 2.2): 16 significant digits,
rounded half away from zero, "1.e+16" style when large, "Overflow" beyond
+-9999, "Cannot divide by zero" when the fuel economy has no inverse.

usage: units_reference.py CLI [COUNT] [SEED]   (CLI may be a wrapper, e.g. wine)
Exit status 0 when every answer matches, 1 otherwise."""
import random
import subprocess
import sys
from fractions import Fraction as F

PI = F("3.14159265358979323846264338327950288419716939937510582097494459230781"
       "6406286208998628034825342117067982148086513282306647093844609550582231")
PRECISION = 16
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)   # values near 1e9999 have 10000-digit parts

INCH = F("0.0254")
FOOT = 12 * INCH
YARD = 3 * FOOT
MILE = 1760 * YARD
POUND = F("0.45359237")
GRAVITY = F("9.80665")
LBF = POUND * GRAVITY
US_GALLON = 231 * INCH ** 3
UK_GALLON = F("4.54609") / 1000
FOOT_POUND = FOOT * LBF
BTU_IT = F("1055.05585262")
ATM = F(101325)

# unit id -> (category, factor to the category's base); temperature and
# fuel economy have their own rules below
LINEAR = {
    # length, m
    "nm": ("length", F(1, 10**9)), "um": ("length", F(1, 10**6)),
    "mm": ("length", F(1, 1000)), "cm": ("length", F(1, 100)), "m": ("length", F(1)),
    "km": ("length", F(1000)), "in": ("length", INCH), "ft": ("length", FOOT),
    "yd": ("length", YARD), "mi": ("length", MILE), "nmi": ("length", F(1852)),
    # area, m2
    "mm2": ("area", F(1, 10**6)), "cm2": ("area", F(1, 10**4)), "m2": ("area", F(1)),
    "ha": ("area", F(10**4)), "km2": ("area", F(10**6)), "in2": ("area", INCH**2),
    "ft2": ("area", FOOT**2), "yd2": ("area", YARD**2), "ac": ("area", 4840 * YARD**2),
    "mi2": ("area", MILE**2),
    # volume, m3
    "ml": ("volume", F(1, 10**6)), "cm3": ("volume", F(1, 10**6)), "l": ("volume", F(1, 1000)),
    "m3": ("volume", F(1)), "in3": ("volume", INCH**3), "ft3": ("volume", FOOT**3),
    "yd3": ("volume", YARD**3), "tsp": ("volume", US_GALLON / 128 / 6),
    "tbsp": ("volume", US_GALLON / 128 / 2), "floz": ("volume", US_GALLON / 128),
    "cup": ("volume", US_GALLON / 16), "pt": ("volume", US_GALLON / 8),
    "qt": ("volume", US_GALLON / 4), "gal": ("volume", US_GALLON),
    "flozuk": ("volume", UK_GALLON / 160), "ptuk": ("volume", UK_GALLON / 8),
    "qtuk": ("volume", UK_GALLON / 4), "galuk": ("volume", UK_GALLON),
    # mass, kg
    "mg": ("mass", F(1, 10**6)), "g": ("mass", F(1, 1000)), "kg": ("mass", F(1)),
    "t": ("mass", F(1000)), "ct": ("mass", F(1, 5000)), "oz": ("mass", POUND / 16),
    "lb": ("mass", POUND), "st": ("mass", 14 * POUND), "ton": ("mass", 2000 * POUND),
    "tonuk": ("mass", 2240 * POUND),
    # speed, m/s
    "cm/s": ("speed", F(1, 100)), "m/s": ("speed", F(1)), "km/h": ("speed", F(1000, 3600)),
    "ft/s": ("speed", FOOT), "mph": ("speed", MILE / 3600), "kn": ("speed", F(1852, 3600)),
    # time, s
    "us": ("time", F(1, 10**6)), "ms": ("time", F(1, 1000)), "s": ("time", F(1)),
    "min": ("time", F(60)), "h": ("time", F(3600)), "d": ("time", F(86400)),
    "wk": ("time", F(7 * 86400)), "yr": ("time", F("365.25") * 86400),
    # energy, J
    "J": ("energy", F(1)), "kJ": ("energy", F(1000)), "cal": ("energy", F("4.184")),
    "kcal": ("energy", F(4184)), "eV": ("energy", F("1.602176634e-19")),
    "Wh": ("energy", F(3600)), "kWh": ("energy", F(3600000)), "BTU": ("energy", BTU_IT),
    "ftlbf": ("energy", FOOT_POUND),
    # power, W
    "W": ("power", F(1)), "kW": ("power", F(1000)), "hp": ("power", 550 * FOOT_POUND),
    "cv": ("power", 75 * GRAVITY), "BTU/min": ("power", BTU_IT / 60),
    "ftlbf/min": ("power", FOOT_POUND / 60),
    # pressure, Pa
    "Pa": ("pressure", F(1)), "kPa": ("pressure", F(1000)), "bar": ("pressure", F(10**5)),
    "atm": ("pressure", ATM), "mmHg": ("pressure", ATM / 760),
    "psi": ("pressure", LBF / INCH**2),
    # data, bit
    "bit": ("data", F(1)), "B": ("data", F(8)), "kb": ("data", F(10**3)),
    "Mb": ("data", F(10**6)), "Gb": ("data", F(10**9)), "kB": ("data", F(8 * 10**3)),
    "MB": ("data", F(8 * 10**6)), "GB": ("data", F(8 * 10**9)), "TB": ("data", F(8 * 10**12)),
    "KiB": ("data", F(8 * 2**10)), "MiB": ("data", F(8 * 2**20)),
    "GiB": ("data", F(8 * 2**30)), "TiB": ("data", F(8 * 2**40)),
    # angle, rad
    "deg": ("angle", PI / 180), "rad": ("angle", F(1)), "grad": ("angle", PI / 200),
}
TEMPERATURE = ["C", "F", "K"]
FUEL = ["l/100km", "km/l", "mpg", "mpguk"]
KM_PER_L = {"km/l": F(1), "mpg": MILE / 1000 / (US_GALLON * 1000),
            "mpguk": MILE / 1000 / (UK_GALLON * 1000)}


class NoAnswer(Exception):
    pass


def to_kelvin(u, v):
    return {"C": v + F("273.15"), "F": (v + F("459.67")) * F(5, 9), "K": v}[u]


def from_kelvin(u, k):
    return {"C": k - F("273.15"), "F": k * F(9, 5) - F("459.67"), "K": k}[u]


def to_km_per_l(u, v):
    if u == "l/100km":
        if v == 0:
            raise NoAnswer
        return 100 / v
    return v * KM_PER_L[u]


def from_km_per_l(u, k):
    if u == "l/100km":
        if k == 0:
            raise NoAnswer
        return 100 / k
    return k / KM_PER_L[u]


def convert(v, a, b):
    if a == b:
        return v
    if a in TEMPERATURE:
        return from_kelvin(b, to_kelvin(a, v))
    if a in FUEL:
        return from_km_per_l(b, to_km_per_l(a, v))
    return v * LINEAR[a][1] / LINEAR[b][1]


def lead_exponent(x):
    """floor(log10(x)) for x > 0, exactly."""
    e = len(str(x.numerator)) - len(str(x.denominator))
    while F(10) ** e > x:
        e -= 1
    while F(10) ** (e + 1) <= x:
        e += 1
    return e


def round_half_away(x):
    """The integer nearest x >= 0, halves away from zero."""
    n, r = divmod(x.numerator, x.denominator)
    return n + 1 if 2 * r >= x.denominator else n


def display(x, p=PRECISION):
    """The standard display rule, independently of the engine's code."""
    if x == 0:
        return "0"
    sign = "-" if x < 0 else ""
    a = abs(x)
    e = lead_exponent(a)
    m = round_half_away(a / F(10) ** (e - p + 1))   # p significant digits
    if m == 10 ** p:
        m, e = 10 ** (p - 1), e + 1
    if e > 9999 or e < -9999:
        return "Overflow"
    digits = str(m).rstrip("0") or "0"

    def exponential():
        return "%s%s.%se%s%d" % (sign, digits[0], digits[1:], "-" if e < 0 else "+", abs(e))

    if e >= p:
        return exponential()
    if a < 1:
        places = 0
        while (a * 10 ** places).denominator != 1 and places <= p:
            places += 1
        if places <= p:   # every digit fits after the point: shown exactly
            exact = str((a * 10 ** places).numerator)
            return sign + "0." + "0" * (places - len(exact)) + exact.rstrip("0")
    if e >= 0:
        whole = digits[: e + 1].ljust(e + 1, "0")
        frac = digits[e + 1:]
        return sign + whole + ("." + frac if frac else "")
    if -e - 1 > 2:
        return exponential()
    f = round_half_away(a * F(10) ** p)   # p places after the point
    fd = str(f)
    return sign + "0." + "0" * (p - len(fd)) + fd.rstrip("0")


def expected(value, a, b):
    v = F(value)
    if v != 0 and (abs(v) >= F(10) ** 10000 or abs(v) < F(1, 10**9999)):
        return "Overflow"
    try:
        return display(convert(v, a, b))
    except NoAnswer:
        return "Cannot divide by zero"


def random_value(rng):
    kind = rng.random()
    if kind < 0.05:
        return "0"
    sign = "-" if rng.random() < 0.3 else ""
    digits = str(rng.randrange(1, 10 ** rng.randint(1, 16)))
    if kind < 0.35:
        return sign + digits                                   # an integer
    if kind < 0.75:
        k = rng.randint(0, len(digits))                        # a plain decimal
        return sign + (digits[:k] or "0") + "." + digits[k:] if k < len(digits) else sign + digits
    if kind < 0.95:
        return "%s%s.%se%d" % (sign, digits[0], digits[1:] or "0", rng.randint(-40, 40))
    return "%s%s.%se%d" % (sign, digits[0], digits[1:] or "0",   # the range's edges
                           rng.choice([-1, 1]) * rng.randint(9980, 9999))


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    cli = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 4000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261201
    rng = random.Random(seed)

    listed = subprocess.run([cli, "convert", "--list"], capture_output=True, text=True, check=True)
    categories = {}
    for line in listed.stdout.splitlines():
        cat, uid, _name = line.split(" ", 2)
        categories.setdefault(cat, []).append(uid)
    ours = set(LINEAR) | set(TEMPERATURE) | set(FUEL)
    listed_ids = {u for us in categories.values() for u in us}
    if listed_ids != ours:
        print("FAIL --list ids differ from the reference table: missing %s, extra %s"
              % (sorted(ours - listed_ids), sorted(listed_ids - ours)))
        return 1

    cases = []
    for cat in categories.values():            # every pair once with a simple value
        for a in cat:
            for b in cat:
                cases.append(("1", a, b))
    cats = list(categories.values())
    for _ in range(count):
        cat = rng.choice(cats)
        cases.append((random_value(rng), rng.choice(cat), rng.choice(cat)))
    cases += [("0", "l/100km", "mpg"), ("0", "mpg", "l/100km"), ("0", "km/l", "l/100km"),
              ("-273.15", "C", "K"), ("-40", "C", "F"), ("-459.67", "F", "K"),
              ("9.999999999999999e9999", "mm", "km"), ("9e9999", "km", "nm"),
              ("1e-9999", "nm", "km"), ("1e-9999", "km", "nm")]

    text = "".join("%s %s %s\n" % c for c in cases)
    run = subprocess.run([cli, "convert"], input=text, capture_output=True, text=True)
    got = run.stdout.split("\n")
    if got and got[-1] == "":
        got.pop()
    if run.returncode != 0 or len(got) != len(cases):
        print("FAIL batch run: status %d, %d lines for %d cases; stderr: %s"
              % (run.returncode, len(got), len(cases), run.stderr[:500]))
        return 1
    bad = 0
    for (value, a, b), line in zip(cases, got):
        want = expected(value, a, b)
        if line != want:
            bad += 1
            if bad <= 20:
                print("FAIL %s %s -> %s: got %s, want %s" % (value, a, b, line, want))
    pairs = len({(a, b) for _, a, b in cases})
    print("units reference: %d conversions, %d unit pairs, %d mismatches" % (len(cases), pairs, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
