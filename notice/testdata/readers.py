#!/usr/bin/env python3
"""Writes readers.csv: the windows of "last Saturday of every month
22:00-02:00" in a schedule's zone, read on the clock of readers in other
zones, computed with Python's zoneinfo (independent of package tzdata).

TestReaders (notice/readers_test.go) checks every time a notice states for
those readers against this file. Regenerate with

    python3 notice/testdata/readers.py > notice/testdata/readers.csv

A wall time the zone skips or repeats is read with fold=0, which is
tzdata.Compatible: a skipped time moves forward by the gap, a repeated one
is its first occurrence.
"""
import calendar
import csv
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

PAIRS = [
    ("America/Denver", "Europe/Berlin"),
    ("America/Denver", "Asia/Kolkata"),
    ("America/Denver", "Australia/Sydney"),
    ("America/Denver", "America/Sao_Paulo"),
    ("America/Denver", "America/New_York"),
    ("Europe/Berlin", "America/Denver"),
]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def ap_time(t):
    """AP style, as the notices write a time of day."""
    if t.hour == 0 and t.minute == 0:
        return "midnight"
    if t.hour == 12 and t.minute == 0:
        return "noon"
    h = t.hour % 12 or 12
    suffix = "a.m." if t.hour < 12 else "p.m."
    return f"{h} {suffix}" if t.minute == 0 else f"{h}:{t.minute:02d} {suffix}"


def abbr(t):
    """The zone's abbreviation at t, numeric ones as the notices write them."""
    name = t.tzname()
    if name and name[0] not in "+-":
        return name
    off = int(t.utcoffset().total_seconds())
    if off == 0:
        return "UTC"
    sign = "+" if off > 0 else "-"
    off = abs(off)
    s = f"UTC{sign}{off // 3600}"
    if off % 3600:
        s += f":{off % 3600 // 60:02d}"
    return s


def resolve(naive, zone):
    """The instant of a wall time, fold=0 (Compatible)."""
    return naive.replace(tzinfo=zone).astimezone(timezone.utc)


def main():
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["schedule", "reader", "rule_date", "local_date", "start", "start_abbr", "end", "end_abbr", "end_days", "start_utc", "end_utc"])
    for sched, reader in PAIRS:
        sz, rz = ZoneInfo(sched), ZoneInfo(reader)
        for year in (2026, 2027, 2028):
            for month in range(1, 13):
                last = max(d for d in range(1, calendar.monthrange(year, month)[1] + 1)
                           if calendar.weekday(year, month, d) == calendar.SATURDAY)
                day = datetime(year, month, last)
                start = resolve(day + timedelta(hours=22), sz)
                end = resolve(day + timedelta(days=1, hours=2), sz)
                ls, le = start.astimezone(rz), end.astimezone(rz)
                w.writerow([
                    sched, reader, day.date().isoformat(),
                    f"{ls:%A}, {ls:%B} {ordinal(ls.day)}, {ls.year}",
                    ap_time(ls), abbr(ls), ap_time(le), abbr(le),
                    (le.date() - ls.date()).days,
                    start.strftime("%Y-%m-%dT%H:%M:%SZ"), end.strftime("%Y-%m-%dT%H:%M:%SZ"),
                ])


if __name__ == "__main__":
    main()
