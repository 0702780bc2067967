#!/usr/bin/env python3
"""Writes gate.csv, the instants TestGate checks, from wall-clock times
read by Python's zoneinfo, an implementation independent of this module.

Regenerate from the repository root with

    python3 classify/testdata/gen_gate.py > classify/testdata/gate.csv

Each row names a row of TestGate's table and gives, as UTC instants in
RFC 3339, the instant asked about, when the notice was sent (empty: not
sent) and the expected next allowed start (empty: none, or the instant
itself when allowed). No wall time below is skipped or repeated, except
where a row says which occurrence it means (fold).

Only the conversion is Python's: the wall times below, the expected next
allowed start included, are written by hand from reading the schedules.
They are a person's expectations, not a second implementation of the gate.
"""
import csv
import sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

DEN = "America/Denver"
BER = "Europe/Berlin"

# name, (zone, wall) asked about, (zone, wall) notice sent, (zone, wall) next
ROWS = [
    ("routine inside its window", (DEN, "2026-06-16 10:00"), None, (DEN, "2026-06-16 10:00")),
    ("routine outside its window", (DEN, "2026-06-17 10:00"), None, (DEN, "2026-06-23 09:00")),
    ("routine with too little left", (DEN, "2026-06-16 16:30"), None, (DEN, "2026-06-23 09:00")),
    ("maintenance, notice in time", (DEN, "2026-06-27 22:30"), (DEN, "2026-06-20 09:00"), (DEN, "2026-06-27 22:30")),
    ("maintenance, notice exactly in time", (DEN, "2026-06-27 22:30"), (DEN, "2026-06-24 22:30"), (DEN, "2026-06-27 22:30")),
    ("maintenance, notice too late", (DEN, "2026-06-27 22:30"), (DEN, "2026-06-26 09:00"), (DEN, "2026-07-25 22:00")),
    ("maintenance, notice a minute late", (DEN, "2026-06-27 22:30"), (DEN, "2026-06-24 22:31"), (DEN, "2026-07-25 22:00")),
    ("maintenance, notice not sent", (DEN, "2026-06-27 22:30"), None, (DEN, "2026-07-25 22:00")),
    ("maintenance that does not fit before the window ends", (DEN, "2026-06-27 23:30"), (DEN, "2026-06-20 09:00"), (DEN, "2026-07-25 22:00")),
    ("maintenance in a frozen window", (DEN, "2026-12-26 22:30"), (DEN, "2026-12-01 09:00"), (DEN, "2027-01-30 22:00")),
    ("maintenance outside any window", (DEN, "2026-06-24 12:00"), (DEN, "2026-06-20 09:00"), (DEN, "2026-06-27 22:00")),
    ("hot fix in a freeze", (DEN, "2026-12-15 12:00"), None, (DEN, "2026-12-15 12:00")),
    ("hot fix over the limit", (DEN, "2026-06-15 12:00"), None, (DEN, "2026-06-15 12:00")),
    ("tenant's own window", (BER, "2026-06-28 03:30"), (DEN, "2026-06-20 09:00"), (BER, "2026-06-28 03:30")),
    ("default audience at the tenant's instant", (BER, "2026-06-28 03:30"), (DEN, "2026-06-20 09:00"), (DEN, "2026-06-27 22:00")),
    ("5-hour night, 4.5 hours from the start", (DEN, "2026-10-31 22:00"), (DEN, "2026-10-20 09:00"), (DEN, "2026-10-31 22:00")),
    ("5-hour night, 4.5 hours from 22:30", (DEN, "2026-10-31 22:30"), (DEN, "2026-10-20 09:00"), (DEN, "2026-10-31 22:30")),
    ("5-hour night, 4.5 hours from 22:31", (DEN, "2026-10-31 22:31"), (DEN, "2026-10-20 09:00"), None),
    ("4.5 hours on a 4-hour night", (DEN, "2026-09-26 22:00"), (DEN, "2026-09-20 09:00"), (DEN, "2026-10-31 22:00")),
]


def utc(zone_wall):
    if zone_wall is None:
        return ""
    zone, wall = zone_wall
    t = datetime.strptime(wall, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
    return t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["name", "at", "notice_sent", "next"])
for name, at, sent, nxt in ROWS:
    out.writerow([name, utc(at), utc(sent), utc(nxt)])
