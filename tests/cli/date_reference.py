#!/usr/bin/env python3
"""An independent reference for `calculatrice-cli date` (DESIGN.md Contract 4).

A straightforward re-derivation of Windows Calculator's date arithmetic
(microsoft/calculator, DateCalculator.cpp) on Python's datetime.date, written
separately from the C engine so that the two can be compared:

  add   years, then months, then days, each from the previous result; a year
        or month step keeps the day unless the month is shorter, then takes
        its last day (the calendar API's AddYears / AddMonths);
  sub   days, then months, then years, the same way backwards;
  diff  from the earlier date: for years, then months, then weeks, start at
        the estimate (days left / days in the end date's year, / days in the
        start date's month, / 7), step the count back while pivot + count
        passes the end date and forward while pivot + (count + 1) does not,
        each candidate stepped from that unit's pivot in one go; the days left
        are the days. A candidate past 9999-12-31 (datetime raises) simply
        passes the end date.

Usage:
  date_reference.py gen COUNT SEED   print COUNT random command lines
                                     ("diff D1 D2", "add D Y M D", "sub D Y M D")
  date_reference.py run              read command lines on stdin, print the
                                     expected output lines of `calculatrice-cli
                                     date` reading the same lines (diff's two
                                     texts separated by a tab)
Standard library only.
"""
import calendar
import random
import sys
from datetime import date, timedelta

MIN = date(1601, 1, 1)
MAX = date(9999, 12, 31)
OUT_OF_RANGE = "Date out of range"


class Past(Exception):
    """A date beyond datetime's range (past 9999-12-31 or before year 1)."""


def plus_months(d, n):
    total = d.year * 12 + (d.month - 1) + n
    year, month = divmod(total, 12)
    month += 1
    if not 1 <= year <= 9999:
        raise Past()
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(d.day, last))


def plus_years(d, n):
    year = d.year + n
    if not 1 <= year <= 9999:
        raise Past()
    last = calendar.monthrange(year, d.month)[1]
    return date(year, d.month, min(d.day, last))


def plus_days(d, n):
    try:
        return d + timedelta(days=n)
    except OverflowError:
        raise Past() from None


def add(d, y, m, n):
    try:
        if y:
            d = plus_years(d, y)
        if m:
            d = plus_months(d, m)
        if n:
            d = plus_days(d, n)
    except Past:
        return None
    return d if MIN <= d <= MAX else None


def sub(d, y, m, n):
    try:
        if n:
            d = plus_days(d, -n)
        if m:
            d = plus_months(d, -m)
        if y:
            d = plus_years(d, -y)
    except Past:
        return None
    return d if MIN <= d <= MAX else None


def diff(a, b):
    start, end = min(a, b), max(a, b)
    total = (end - start).days
    year_days = 366 if calendar.isleap(end.year) else 365
    month_days = calendar.monthrange(start.year, start.month)[1]
    units = [
        (year_days, plus_years),
        (month_days, plus_months),
        (7, lambda d, k: plus_days(d, 7 * k)),
    ]
    counts = []
    pivot = start
    for unit_days, step in units:

        def at(k, base=pivot, step=step):
            try:
                return step(base, k)
            except Past:
                return None  # past 9999-12-31, so past the end

        def passes(k):
            p = at(k)
            return p is None or p > end

        k = (end - pivot).days // unit_days
        while k > 0 and passes(k):
            k -= 1
        while not passes(k + 1):
            k += 1
        counts.append(k)
        pivot = at(k)
    counts.append((end - pivot).days)
    return counts, total


NAMES = [("year", "years"), ("month", "months"), ("week", "weeks"), ("day", "days")]


def words(counts, total):
    if total == 0:
        return "Same dates"
    parts = []
    for n, (one, many) in zip(counts, NAMES):
        if n:
            parts.append("%d %s" % (n, one if n == 1 else many))
    return ", ".join(parts)


def total_words(total):
    return "%d %s" % (total, "day" if total == 1 else "days")


def answer(line):
    w = line.split()
    if w[0] == "diff":
        a, b = date.fromisoformat(w[1]), date.fromisoformat(w[2])
        counts, total = diff(a, b)
        return words(counts, total) + "\t" + total_words(total)
    d = date.fromisoformat(w[1])
    y, m, n = int(w[2]), int(w[3]), int(w[4])
    r = add(d, y, m, n) if w[0] == "add" else sub(d, y, m, n)
    return OUT_OF_RANGE if r is None else r.isoformat()


def random_date(rng):
    kind = rng.random()
    if kind < 0.15:  # month ends, where clamping happens
        y, m = rng.randint(1601, 9999), rng.randint(1, 12)
        return date(y, m, calendar.monthrange(y, m)[1] - rng.randint(0, 3))
    if kind < 0.22:  # the two ends of the range
        if rng.random() < 0.5:
            return MIN + timedelta(days=rng.randint(0, 1500))
        return MAX - timedelta(days=rng.randint(0, 1500))
    return MIN + timedelta(days=rng.randint(0, (MAX - MIN).days))


def random_offset(rng):
    kind = rng.random()
    if kind < 0.3:
        return 0
    if kind < 0.7:
        return rng.randint(1, 40)
    return rng.randint(0, 999)


def gen(count, seed):
    rng = random.Random(seed)
    for i in range(count):
        kind = i % 3
        a = random_date(rng)
        if kind == 0:
            if rng.random() < 0.5:  # near pairs: months and weeks matter
                s = a.toordinal() + rng.randint(-800, 800)
                b = date.fromordinal(min(max(s, MIN.toordinal()), MAX.toordinal()))
            else:
                b = random_date(rng)
            print("diff %s %s" % (a.isoformat(), b.isoformat()))
        else:
            print("%s %s %d %d %d" % ("add" if kind == 1 else "sub", a.isoformat(),
                                      random_offset(rng), random_offset(rng), random_offset(rng)))


def main(argv):
    if len(argv) == 4 and argv[1] == "gen":
        gen(int(argv[2]), int(argv[3]))
        return 0
    if len(argv) == 2 and argv[1] == "run":
        out = [answer(line) for line in sys.stdin if line.strip()]
        sys.stdout.write("".join(s + "\n" for s in out))
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
