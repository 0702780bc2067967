#!/usr/bin/env python3
"""Write the expected answers for tzdata's differential test.

Regenerate from the repository root with

    python3 tzdata/testdata/gen_zoneinfo.py > tzdata/testdata/zoneinfo.csv

The script uses only the standard library. It reads every zone FROM
tzdata/zoneinfo.zip (zipfile + zoneinfo.ZoneInfo.from_file), never from the
host's /usr/share/zoneinfo, because the host may hold another IANA release
than the one the package embeds; both sides must read the same data.

Python's zoneinfo is an independent implementation: it parses the TZif files
and the POSIX TZ footer itself and resolves wall times with PEP 495 fold.

For each zone it finds every change of UTC offset or abbreviation with an
instant in [1970-01-01Z, 2040-01-01Z) by scanning in 6-hour steps and
bisecting to the second, and writes two kinds of rows:

  T,zone,at,before_name,before_offset,after_name,after_offset
      a transition (at in UTC, offsets in seconds east of UTC);
  W,zone,wall,kind,compatible,earlier,later,reject
      a wall time around a transition (the start, middle and end of its gap
      or overlap, one second either side of start and end, and ordinary
      times hours and days away), with the instants (UTC) that each
      disambiguation picks and what Reject does ("ok", "nonexistent" or
      "ambiguous").

PEP 495 semantics: fold=0 reads a wall time with the offset in force before
a transition and fold=1 with the offset after it. So in a gap fold=0 is the
later instant (Compatible's pick) and fold=1 the earlier; in an overlap
fold=0 is the first occurrence (Compatible's pick) and fold=1 the second.
"""

import datetime
import hashlib
import io
import os
import sys
import zipfile
import zoneinfo

HERE = os.path.dirname(os.path.abspath(__file__))
ZIP = os.path.join(HERE, "..", "zoneinfo.zip")
VERSION = os.path.join(HERE, "..", "version.txt")

# Zones chosen for what they do to wall times: ordinary DST on both
# hemispheres, 30- and 45-minute offsets and shifts, skipped midnights,
# changes at 00:01, a skipped day, negative DST, two-hour DST, abbreviation-
# only changes and zones without DST.
ZONES = [
    "Africa/Casablanca",  # Ramadan suspensions of DST, negative DST since 2018
    "America/Denver",
    "America/Havana",  # midnight changes
    "America/New_York",
    "America/Phoenix",  # no DST since 1968
    "America/Santiago",  # skipped midnight
    "America/Sao_Paulo",  # skipped midnight until 2019
    "America/Scoresbysund",  # 2024 change of standard offset
    "America/St_Johns",  # 00:01 changes until 2011, 2-hour DST in 1988
    "Antarctica/Troll",  # 2-hour DST
    "Asia/Gaza",  # changes at odd hours
    "Asia/Kolkata",  # no DST, +05:30
    "Asia/Tehran",  # midnight changes until 2022
    "Australia/Lord_Howe",  # 30-minute DST
    "Australia/Sydney",
    "Europe/Berlin",
    "Europe/Dublin",  # negative DST in the TZif data
    "Europe/London",
    "Europe/Moscow",  # abbreviation and offset changes 2011, 2014
    "Pacific/Apia",  # skipped 2011-12-30
    "Pacific/Chatham",  # +12:45 / +13:45
    "Pacific/Kiritimati",  # skipped 1994-12-31
]

START = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
END = datetime.datetime(2040, 1, 1, tzinfo=datetime.timezone.utc)
STEP = 6 * 3600  # seconds; no zone changes twice within 6 hours in this range

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def load(zf, name):
    with zf.open(name) as f:
        return zoneinfo.ZoneInfo.from_file(io.BytesIO(f.read()), key=name)


def state(z, ts):
    """Return (offset seconds, abbreviation) in force at Unix time ts."""
    d = EPOCH + datetime.timedelta(seconds=ts)
    local = d.astimezone(z)
    return int(local.utcoffset().total_seconds()), local.tzname()


def transitions(z):
    """Yield (at, before, after) for every change in [START, END)."""
    lo = int(START.timestamp()) - 1
    end = int(END.timestamp())
    s = state(z, lo)
    while lo < end:
        hi = min(lo + STEP, end)
        t = state(z, hi)
        if t != s:
            # Bisect to the first second in (a, b] whose state differs.
            a, b = lo, hi
            while b - a > 1:
                m = (a + b) // 2
                if state(z, m) == s:
                    a = m
                else:
                    b = m
            after = state(z, b)
            if b < end:
                yield b, s, after
            # Continue from the change itself, so that a second change
            # within the same step is not lost.
            lo, s = b, after
            continue
        lo, s = hi, t


def wall_of(ts, offset):
    """The naive wall time that Unix time ts reads with offset."""
    return datetime.datetime(1970, 1, 1) + datetime.timedelta(seconds=ts + offset)


def utc(d):
    return d.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def resolve(z, wall):
    """Return (kind, compatible, earlier, later, reject) for a naive wall time."""
    d0 = wall.replace(tzinfo=z, fold=0)
    d1 = wall.replace(tzinfo=z, fold=1)
    u0 = d0.astimezone(datetime.timezone.utc)
    u1 = d1.astimezone(datetime.timezone.utc)
    # A wall time exists when reading the instant back in the zone gives it.
    ok0 = u0.astimezone(z).replace(tzinfo=None) == wall
    ok1 = u1.astimezone(z).replace(tzinfo=None) == wall
    if u0 == u1:
        if not ok0:
            raise ValueError(f"{z.key} {wall}: single reading does not round-trip")
        return "exact", u0, u0, u0, "ok"
    if ok0 and ok1:
        # Repeated: fold=0 is the first occurrence.
        return "repeated", u0, min(u0, u1), max(u0, u1), "ambiguous"
    if not ok0 and not ok1:
        # Skipped: fold=0 (offset before the gap) is the later instant.
        return "skipped", u0, min(u0, u1), max(u0, u1), "nonexistent"
    raise ValueError(f"{z.key} {wall}: folds differ but only one is valid")


def walls(at, before, after):
    """Wall times to test around the transition at Unix time at."""
    ob, oa = before[0], after[0]
    lo, hi = at + min(ob, oa), at + max(ob, oa)  # the gap or overlap, as wall seconds
    secs = {lo - 1, lo, lo + 1, (lo + hi) // 2, hi - 1, hi, hi + 1}
    # Ordinary times: three hours, a day and four days either side (the
    # last beyond the 3-day margin of tzdata's fast path).
    secs |= {lo - 3 * 3600, hi + 3 * 3600, lo - 86400, hi + 86400, lo - 4 * 86400, hi + 4 * 86400}
    return sorted(datetime.datetime(1970, 1, 1) + datetime.timedelta(seconds=s) for s in secs)


def host_version():
    try:
        with open("/usr/share/zoneinfo/tzdata.zi") as f:
            line = f.readline().strip()
        if line.startswith("# version "):
            return line[len("# version "):]
    except OSError:
        pass
    return "unknown"


def main():
    with open(ZIP, "rb") as f:
        data = f.read()
    with open(VERSION) as f:
        version = f.read().strip()
    out = sys.stdout
    out.write("# Generated by: python3 tzdata/testdata/gen_zoneinfo.py > tzdata/testdata/zoneinfo.csv\n")
    out.write(f"# source: tzdata/zoneinfo.zip IANA {version} sha256 {hashlib.sha256(data).hexdigest()}\n")
    out.write(f"# python {sys.version.split()[0]} zoneinfo; host /usr/share/zoneinfo {host_version()} (not used)\n")
    out.write(f"# range: transitions at [{utc(START)}, {utc(END)})\n")
    out.write("# T,zone,at,before_name,before_offset,after_name,after_offset\n")
    out.write("# W,zone,wall,kind,compatible,earlier,later,reject\n")
    zf = zipfile.ZipFile(io.BytesIO(data))
    for name in ZONES:
        z = load(zf, name)
        trs = list(transitions(z))
        for at, before, after in trs:
            out.write(f"T,{name},{utc(EPOCH + datetime.timedelta(seconds=at))},"
                      f"{before[1]},{before[0]},{after[1]},{after[0]}\n")
        seen = set()
        rows = []
        if not trs:
            # A zone without changes: ordinary times across the range.
            for y in range(1970, 2040, 7):
                for m, h in ((1, 0), (7, 12)):
                    seen.add(datetime.datetime(y, m, 15, h, 30))
        for at, before, after in trs:
            seen.update(walls(at, before, after))
        for wall in sorted(seen):
            kind, c, e, l, r = resolve(z, wall)
            rows.append(f"W,{name},{wall.strftime('%Y-%m-%dT%H:%M:%S')},{kind},{utc(c)},{utc(e)},{utc(l)},{r}\n")
        out.writelines(rows)


if __name__ == "__main__":
    main()
