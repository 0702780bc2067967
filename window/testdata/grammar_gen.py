#!/usr/bin/env python3
"""Independent answers for the human grammar's differential test (grammar_test.go).

Regenerate from the repository root with

    python3 window/testdata/grammar_gen.py > window/testdata/grammar.csv

and commit both files. Standard library only; the zones are read from the
repository's embedded database, tzdata/zoneinfo.zip, as the Go side reads
them.

Each FORM below is a spec of the human grammar, with {zone} for the zone,
and a Python description of the dates it selects written from the words
alone, with calendar arithmetic: no recurrence library, nothing shared with
the Go code. Wall times resolve with zoneinfo and fold=0, which is RFC
5545's (and the package's default) "compatible" reading: a skipped time
takes the offset before the gap (so moves later), a repeated time its
first occurrence. A window is its date at the start clock to the end clock
(on the next day when the end is at or before the start), each resolved on
its own, or the start plus an exact length; a window of zero or negative
length is dropped.

Each row is one form in one zone in one year (of the window's date,
2000-2040): the number of windows, the first start and last end, and the
sums of the starts and of the ends, in Unix seconds. A second kind of row
lists every window whose actual length differs from its nominal one (the
nights the clocks change), so that a failure names the night.
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

FIRST, LAST = 2000, 2040

ZONES = [
    "America/Denver", "Europe/Berlin", "Australia/Lord_Howe", "America/Santiago",
    "Pacific/Apia", "America/St_Johns", "Pacific/Chatham", "Asia/Kolkata",
    "America/Phoenix", "Europe/London", "America/Sao_Paulo", "Asia/Tehran",
    "America/Havana", "UTC-7", "UTC+5:45",
]

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def days(first, last):
    d = first
    while d <= last:
        yield d
        d += dt.timedelta(days=1)


def nth_weekday(year, month, n, weekday):
    """The nth (1..5, or -1 for the last) weekday of a month, or None."""
    if n > 0:
        first = dt.date(year, month, 1)
        d = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        return d if d.month == month else None
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def month_day(year, month, n):
    """Day n of a month (negative counts from its end), or None."""
    length = calendar.monthrange(year, month)[1]
    day = n if n > 0 else length + 1 + n
    return dt.date(year, month, day) if 1 <= day <= length else None


def months(first_year, last_year):
    for y in range(first_year, last_year + 1):
        for m in range(1, 13):
            yield y, m


# The dates each form selects, for window dates from A to B. The rule's
# own dates may lie a few days outside; the caller keeps A..B.
A, B = dt.date(FIRST, 1, 1), dt.date(LAST, 12, 31)


def weekdays():
    return [d for d in days(A, B) if d.weekday() < 5]


def every_other_sunday():
    start = dt.date(2000, 1, 2)  # a Sunday, the from date
    return [start + dt.timedelta(days=14 * i) for i in range((B - start).days // 14 + 1)]


def last_day():
    return [month_day(y, m, -1) for y, m in months(FIRST, LAST)]


def second_last_day():
    return [month_day(y, m, -2) for y, m in months(FIRST, LAST)]


def after_patch_tuesday(n):
    return [nth_weekday(y, m, 2, TUE) + dt.timedelta(days=n) for y, m in months(FIRST - 1, LAST + 1)]


def before_last_sunday():
    return [nth_weekday(y, m, -1, SUN) - dt.timedelta(days=1) for y, m in months(FIRST - 1, LAST + 1)]


def last_sunday_march_october():
    return [nth_weekday(y, m, -1, SUN) for y in range(FIRST, LAST + 1) for m in (3, 10)]


def every_third_saturday():
    start = dt.date(2000, 1, 1)  # a Saturday, the from date
    return [start + dt.timedelta(days=21 * i) for i in range((B - start).days // 21 + 1)]


def fifteenth_quarterly():
    # From 2000-02-01: February, May, August, November.
    return [dt.date(y, m, 15) for y, m in months(FIRST, LAST) if (m - 2) % 3 == 0]


def every_two_days():
    start = dt.date(2000, 1, 1)
    return [start + dt.timedelta(days=2 * i) for i in range((B - start).days // 2 + 1)]


def weekends():
    return [d for d in days(A, B) if d.weekday() >= 5]


def first_monday_quarter_months():
    return [nth_weekday(y, m, 1, MON) for y in range(FIRST, LAST + 1) for m in (1, 4, 7, 10)]


def one_off():
    return [dt.date(2026, 12, 24)]


def first_and_fifteenth():
    return [dt.date(y, m, d) for y, m in months(FIRST, LAST) for d in (1, 15)]


def tuesdays_thursdays():
    return [d for d in days(A, B) if d.weekday() in (TUE, THU)]


def saturdays_except_also():
    # except 2026-12-26 and 2030-06-01, also 2026-12-23 (a Wednesday).
    skip = {dt.date(2026, 12, 26), dt.date(2030, 6, 1)}
    return [d for d in days(A, B) if d.weekday() == SAT and d not in skip] + [dt.date(2026, 12, 23)]


def last_saturday():
    return [nth_weekday(y, m, -1, SAT) for y, m in months(FIRST, LAST)]


# (name, spec with {zone}, dates, start clock, end clock or None, length in minutes or None)
FORMS = [
    ("weekday-9-5", "every weekday 9-5 {zone}", weekdays, (9, 0), (17, 0), None),
    ("other-sunday", "every other Sunday 01:00-05:00 {zone} from 2000-01-02", every_other_sunday, (1, 0), (5, 0), None),
    ("last-day", "last day of every month 23:00-03:00 {zone}", last_day, (23, 0), (3, 0), None),
    ("2nd-last-day", "2nd last day of every month 01:30-02:30 {zone}", second_last_day, (1, 30), (2, 30), None),
    ("patch-thursday", "2 days after the 2nd Tuesday of every month 22:00-02:00 {zone}", lambda: after_patch_tuesday(2), (22, 0), (2, 0), None),
    ("patch-saturday", "the Saturday after the 2nd Tuesday of every month 00:00-04:00 {zone}", lambda: after_patch_tuesday(4), (0, 0), (4, 0), None),
    ("before-last-sunday", "1 day before the last Sunday of every month 22:00-02:00 {zone}", before_last_sunday, (22, 0), (2, 0), None),
    ("march-october", "last Sunday of March and October 00:30-03:30 {zone}", last_sunday_march_october, (0, 30), (3, 30), None),
    ("third-saturday-4h", "every 3 weeks on Saturday 22:00 for 4 hours {zone} from 2000-01-01", every_third_saturday, (22, 0), None, 240),
    ("quarterly-15th", "15th of every 3 months 02:00-03:00 {zone} from 2000-02-01", fifteenth_quarterly, (2, 0), (3, 0), None),
    ("two-days-1day", "every 2 days 23:00 for 1 day {zone} from 2000-01-01", every_two_days, (23, 0), (23, 0), None),
    ("weekend", "every weekend 02:30-03:30 {zone}", weekends, (2, 30), (3, 30), None),
    ("quarter-mondays", "1st Monday of January, April, July and October 9-5 {zone}", first_monday_quarter_months, (9, 0), (17, 0), None),
    ("one-off", "on 2026-12-24 22:00-02:00 {zone}", one_off, (22, 0), (2, 0), None),
    ("1st-and-15th", "1st and 15th of every month 02:00-04:00 {zone}", first_and_fifteenth, (2, 0), (4, 0), None),
    ("tue-thu-90min", "every Tuesday and Thursday 22:00 for 90 minutes {zone}", tuesdays_thursdays, (22, 0), None, 90),
    ("next-day-except-also", "every Saturday 10pm to 2am the next day {zone} except 2026-12-26, 2030-06-01 also 2026-12-23 22:00", saturdays_except_also, (22, 0), (2, 0), None),
    ("three-weeks", "last Saturday of every month 22:00 for 3 weeks {zone}", last_saturday, (22, 0), (22, 0), None, 21),
]


def load(name, archive):
    if name.startswith("UTC"):
        sign = -1 if name[3] == "-" else 1
        h, _, m = name[4:].partition(":")
        return dt.timezone(sign * dt.timedelta(hours=int(h), minutes=int(m or 0)))
    return zoneinfo.ZoneInfo.from_file(io.BytesIO(archive.read(name)), key=name)


def instant(day, clock, tz):
    wall = dt.datetime(day.year, day.month, day.day, clock[0], clock[1], tzinfo=tz, fold=0)
    return int(wall.timestamp())


def window(day, form, tz):
    _, _, _, start, end, length = form[:6]
    s = instant(day, start, tz)
    if length is not None:
        return s, s + 60 * length, 60 * length
    if len(form) > 6:
        # A wall-clock end a number of days after the date ("for 3 weeks").
        end_days = form[6]
        e = instant(day + dt.timedelta(days=end_days), end, tz)
        nominal = end_days * 24 * 60 + (end[0] * 60 + end[1]) - (start[0] * 60 + start[1])
        return s, e, 60 * nominal
    end_day = day if end > start else day + dt.timedelta(days=1)
    e = instant(end_day, end, tz)
    nominal = ((end[0] * 60 + end[1]) - (start[0] * 60 + start[1])) % (24 * 60) or 24 * 60
    return s, e, 60 * nominal


def main():
    archive = zipfile.ZipFile(ZIP)
    out = sys.stdout
    out.write(f"# window grammar differential test data: IANA {VERSION} from tzdata/zoneinfo.zip, "
              f"Python {sys.version.split()[0]} zoneinfo.\n")
    out.write("# Regenerate: python3 window/testdata/grammar_gen.py > window/testdata/grammar.csv\n")
    out.write(f"# years: {FIRST}-{LAST}\n")
    out.write(f"# zones: {' '.join(ZONES)}\n")
    for form in FORMS:
        out.write(f"# form: {form[0]}: {form[1]}\n")
    out.write("kind,form,zone,year or date,count or start,first start or end,last end,sum starts,sum ends\n")
    for form in FORMS:
        dates = sorted({d for d in form[2]() if d is not None and A <= d <= B})
        for zone in ZONES:
            tz = load(zone, archive)
            years = {}
            odd = []
            for d in dates:
                s, e, nominal = window(d, form, tz)
                if e <= s:
                    continue
                y = years.setdefault(d.year, [0, None, None, 0, 0])
                y[0] += 1
                y[1] = s if y[1] is None else y[1]
                y[2] = e
                y[3] += s
                y[4] += e
                if e - s != nominal:
                    odd.append((d, s, e))
            for year in sorted(years):
                n, first, last, ss, se = years[year]
                out.write(f"Y,{form[0]},{zone},{year},{n},{first},{last},{ss},{se}\n")
            for d, s, e in odd:
                out.write(f"W,{form[0]},{zone},{d.isoformat()},{s},{e},,,\n")


if __name__ == "__main__":
    main()
