#!/usr/bin/env python3
"""Independent answers for window's differential test (differential_test.go).

Regenerate from the repository root with

    python3 window/testdata/differential_gen.py > window/testdata/differential.csv

and commit both files. Standard library only. The zones are read from the
repository's embedded database, tzdata/zoneinfo.zip, not from the host's
/usr/share/zoneinfo (which may be another IANA release), so that both sides
read the same data.

The computation shares nothing with the Go code: the Nth and last weekdays
of a month come from Python's date arithmetic here, and wall times resolve
with zoneinfo and PEP 495's fold:

  - a wall time whose fold=0 and fold=1 readings give the same instant is
    exact;
  - if both readings map back to the same wall time, it is repeated: the
    first occurrence (fold=0) is the earlier instant, fold=1 the later;
  - otherwise it is skipped: fold=0 reads it with the offset before the gap,
    which gives the later instant (RFC 5545's and Temporal's "compatible"
    choice), fold=1 with the offset after it, the earlier instant.

A window is the rule's date at the start clock to the end clock (on the
next day when the end is at or before the start), each resolved on its own,
or the start plus an exact length. A window of zero or negative length is a
drop.

The file lists every window that is not ordinary (a start or end skipped or
repeated, a length other than the nominal one, or a drop, under any
disambiguation), and a sample of the ordinary ones, one in SAMPLE. When the
three disambiguations agree the row says "all".
"""

import calendar
import datetime as dt
import io
import os
import sys
import zipfile
import zoneinfo

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
ZIP = os.path.join(ROOT, "tzdata", "zoneinfo.zip")
VERSION = open(os.path.join(ROOT, "tzdata", "version.txt")).read().strip()

ZONES = [
    "America/Denver", "Europe/Berlin", "Europe/London", "Australia/Lord_Howe",
    "Pacific/Chatham", "America/Santiago", "America/Havana", "Pacific/Apia",
    "America/St_Johns", "Asia/Kolkata", "America/Phoenix", "America/New_York",
    "Australia/Sydney", "Asia/Tehran", "America/Sao_Paulo", "Pacific/Auckland",
    "Africa/Casablanca", "Asia/Gaza",
]

# (ordinal, weekday) with Python's weekdays: Monday is 0.
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
RULES = [(1, 6), (2, 1), (3, 5), (4, 4), (-1, 4), (-1, 5), (-1, 6), (-2, 6)]

# (start, end) wall clocks, or (start, length in minutes).
TIMES = [
    ("22:00", "02:00"), ("01:30", "02:30"), ("02:00", "03:00"), ("00:00", "04:00"),
    ("00:30", "03:30"), ("00:00", "01:00"), ("23:00", 240), ("01:00", 90),
]

FIRST_YEAR, LAST_YEAR = 2000, 2040
SAMPLE = 150
DISAMBIGUATIONS = ["compatible", "earlier", "later"]
UTC = dt.timezone.utc


def load(name, archive):
    return zoneinfo.ZoneInfo.from_file(io.BytesIO(archive.read(name)), key=name)


def nth_weekday(year, month, n, weekday):
    """The date of the nth (or, n < 0, nth last) weekday of the month, or None."""
    days = calendar.monthrange(year, month)[1]
    if n > 0:
        first = dt.date(year, month, 1).weekday()
        day = 1 + (weekday - first) % 7 + (n - 1) * 7
    else:
        last = dt.date(year, month, days).weekday()
        day = days - (last - weekday) % 7 + (n + 1) * 7
    if 1 <= day <= days:
        return dt.date(year, month, day)
    return None


def resolve(wall, tz):
    """(kind, earlier, later) for the naive wall time in tz, instants in UTC."""
    u0 = wall.replace(tzinfo=tz, fold=0).astimezone(UTC)
    u1 = wall.replace(tzinfo=tz, fold=1).astimezone(UTC)
    if u0 == u1:
        return "exact", u0, u0
    back0 = u0.astimezone(tz).replace(tzinfo=None) == wall
    back1 = u1.astimezone(tz).replace(tzinfo=None) == wall
    if back0 and back1:
        return "repeated", min(u0, u1), max(u0, u1)
    return "skipped", min(u0, u1), max(u0, u1)


def pick(reading, how):
    kind, earlier, later = reading
    if kind == "exact" or how == "earlier":
        return earlier
    if how == "later" or kind == "skipped":
        return later
    return earlier  # compatible, repeated: the first occurrence


def times_name(t):
    start, end = t
    if isinstance(end, int):
        return f"{start}+{end}m"
    return f"{start}-{end}"


def window(day, t, tz, how):
    start_s, end_s = t
    sh, sm = map(int, start_s.split(":"))
    wall = dt.datetime(day.year, day.month, day.day, sh, sm)
    rs = resolve(wall, tz)
    start = pick(rs, how)
    if isinstance(end_s, int):
        end, ek, nominal = start + dt.timedelta(minutes=end_s), "exact", end_s
    else:
        eh, em = map(int, end_s.split(":"))
        end_wall = dt.datetime(day.year, day.month, day.day, eh, em)
        if (eh, em) <= (sh, sm):
            end_wall += dt.timedelta(days=1)
        nominal = int((end_wall - wall).total_seconds() // 60)
        re = resolve(end_wall, tz)
        end, ek = pick(re, how), re[0]
    if end <= start:
        return ("drop",)
    return (start, end, rs[0], ek, nominal)


def fmt(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    out = sys.stdout
    archive = zipfile.ZipFile(ZIP)
    out.write(f"# window differential test data: IANA {VERSION} from tzdata/zoneinfo.zip, "
              f"Python {sys.version.split()[0]} zoneinfo.\n")
    out.write("# Regenerate: python3 window/testdata/differential_gen.py > window/testdata/differential.csv\n")
    out.write(f"# zones: {' '.join(ZONES)}\n")
    out.write(f"# rules: {' '.join(f'{n}{DAYS[w]}' for n, w in RULES)}\n")
    out.write(f"# times: {' '.join(times_name(t) for t in TIMES)}\n")
    out.write(f"# years: {FIRST_YEAR}-{LAST_YEAR}\n")
    out.write(f"# Every window that is not ordinary is listed, and one ordinary window in {SAMPLE}.\n")
    out.write("zone,rule,times,disambiguation,date,start,end,start_kind,end_kind\n")
    count = 0
    for name in ZONES:
        tz = load(name, archive)
        for n, wd in RULES:
            rule = f"{n}{DAYS[wd]}"
            for t in TIMES:
                tn = times_name(t)
                for year in range(FIRST_YEAR, LAST_YEAR + 1):
                    for month in range(1, 13):
                        day = nth_weekday(year, month, n, wd)
                        if day is None:
                            continue
                        results = [window(day, t, tz, how) for how in DISAMBIGUATIONS]
                        same = results[0] == results[1] == results[2]
                        r = results[0]
                        ordinary = same and len(r) > 1 and r[2] == r[3] == "exact" and \
                            (r[1] - r[0]) == dt.timedelta(minutes=r[4])
                        count += 1
                        if ordinary and count % SAMPLE:
                            continue
                        rows = [("all", r)] if same else zip(DISAMBIGUATIONS, results)
                        for how, r in rows:
                            if len(r) == 1:
                                cols = ["drop", "", "", ""]
                            else:
                                cols = [fmt(r[0]), fmt(r[1]), r[2], r[3]]
                            out.write(",".join([name, rule, tn, how, day.isoformat()] + cols) + "\n")


if __name__ == "__main__":
    main()
