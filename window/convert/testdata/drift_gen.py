#!/usr/bin/env python3
"""Independent answers for convert's RDS and ElastiCache test (aws_test.go).

Regenerate from the repository root with

    python3 window/convert/testdata/drift_gen.py > window/convert/testdata/drift.csv

and commit both files. Standard library only; the zones come from the
repository's embedded tzdata/zoneinfo.zip, not from the host.

For each policy below, the windows overlapping the twelve months after AT
are computed with zoneinfo (a skipped wall time read with the offset before
the gap, a repeated one as its first occurrence: RFC 5545's "compatible").
Each window is written as seconds after 00:00 UTC of its local date; the
setting is the intersection of those spans over the windows of one local
weekday (the longest such intersection, Monday first on a tie), rounded
inward to whole minutes. The weekly UTC setting's window in the week of
each policy window is that date's midnight UTC plus the setting's span, and
a row is written for each policy window it does not match: how many
minutes later (positive) the setting's window starts and ends.

Rows: policy,format,setting,date,start_minutes,end_minutes. The first row
of each policy and format has date "setting" and carries only the setting.
"""

import calendar
import datetime as dt
import io
import os
import zipfile
import zoneinfo

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
ZIP = os.path.join(ROOT, "tzdata", "zoneinfo.zip")
UTC = dt.timezone.utc
AT = dt.datetime(2026, 1, 1, tzinfo=UTC)
END = dt.datetime(2027, 1, 1, tzinfo=UTC)

# (spec, zone, ordinal or 0 for every week, weekday Monday=0, start, end)
POLICIES = [
    ("every Saturday 22:00-02:00 America/Denver", "America/Denver", 0, 5, "22:00", "02:00"),
    ("last Saturday of every month 22:00-02:00 America/Denver", "America/Denver", -1, 5, "22:00", "02:00"),
    ("every Sunday 01:00-05:00 Europe/Berlin", "Europe/Berlin", 0, 6, "01:00", "05:00"),
    ("last Saturday of every month 22:00-02:00 Europe/Berlin", "Europe/Berlin", -1, 5, "22:00", "02:00"),
    ("every Saturday 22:00-02:00 Australia/Sydney", "Australia/Sydney", 0, 5, "22:00", "02:00"),
    ("every Sunday 02:00-04:00 Asia/Kolkata", "Asia/Kolkata", 0, 6, "02:00", "04:00"),
]
FORMATS = [("aws-rds", 30), ("aws-elasticache", 60)]
CODES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def last_weekday(year, month, weekday):
    days = calendar.monthrange(year, month)[1]
    last = dt.date(year, month, days).weekday()
    return dt.date(year, month, days - (last - weekday) % 7)


def read(wall, tz):
    """The instant of a naive wall time: fold=0, which is the first
    occurrence of a repeated time and the pre-gap offset for a skipped one."""
    return wall.replace(tzinfo=tz, fold=0).astimezone(UTC)


def windows(zone, n, weekday, start, end, tz):
    sh, sm = map(int, start.split(":"))
    eh, em = map(int, end.split(":"))
    day = (AT - dt.timedelta(days=2)).date()
    out = []
    while day <= END.date() + dt.timedelta(days=1):
        if day.weekday() == weekday and (n == 0 or day == last_weekday(day.year, day.month, weekday)):
            s_wall = dt.datetime(day.year, day.month, day.day, sh, sm)
            e_wall = dt.datetime(day.year, day.month, day.day, eh, em)
            if (eh, em) <= (sh, sm):
                e_wall += dt.timedelta(days=1)
            s, e = read(s_wall, tz), read(e_wall, tz)
            if e > s and e > AT and s < END:
                out.append((day, s, e))
        day += dt.timedelta(days=1)
    return out


def midnight(day):
    return dt.datetime(day.year, day.month, day.day, tzinfo=UTC)


def main():
    archive = zipfile.ZipFile(ZIP)
    print("policy,format,setting,date,start_minutes,end_minutes")
    for spec, zone, n, weekday, start, end in POLICIES:
        tz = zoneinfo.ZoneInfo.from_file(io.BytesIO(archive.read(zone)), key=zone)
        ws = windows(zone, n, weekday, start, end, tz)
        spans = [((s - midnight(d)).total_seconds(), (e - midnight(d)).total_seconds()) for d, s, e in ws]
        a = max(x for x, _ in spans)
        b = min(y for _, y in spans)
        a = -(-a // 60) * 60
        b = b // 60 * 60
        for fmt, least in FORMATS:
            if b - a < least * 60:
                raise SystemExit(f"{spec}: no {fmt} window inside")
            sday = CODES[(weekday + int(a // 86400)) % 7]
            eday = CODES[(weekday + int(b // 86400)) % 7]
            sclock = int(a % 86400) // 60
            eclock = int(b % 86400) // 60
            setting = f"{sday}:{sclock // 60:02d}:{sclock % 60:02d}-{eday}:{eclock // 60:02d}:{eclock % 60:02d}"
            print(f'"{spec}",{fmt},{setting},setting,,')
            for d, s, e in ws:
                ts = midnight(d) + dt.timedelta(seconds=a)
                te = midnight(d) + dt.timedelta(seconds=b)
                ds = int((ts - s).total_seconds() // 60)
                de = int((te - e).total_seconds() // 60)
                if ds or de:
                    print(f'"{spec}",{fmt},{setting},{d.isoformat()},{ds},{de}')


main()
