// Package tzdata is a pinned, embedded IANA time zone database with one
// explicit rule for the wall-clock times that daylight saving skips or
// repeats; it is not a scheduler (see package
// [github.com/prostar/maintenance/window], which computes windows from
// it) and it does not replace the time package's database for the rest
// of a program.
//
// Every service that imports the package computes the same instants
// whatever its host has installed, because [Load] reads zones only from the
// release embedded here ([Version] names it, such as "2025c"). [Load] does
// not consult the host's files, the ZONEINFO variable or time/tzdata, and
// importing the package does not change what [time.LoadLocation] returns.
//
// [Date] is [time.Date] with the choice made explicit, [Read] says what a
// wall time means (exact, skipped or repeated, and both candidate instants)
// and [Transitions] lists the offset changes in a range of instants. They
// accept any *[time.Location], but only one from [Load] carries the pinned
// data. Wall times are [civil.DateTime] values, from the subpackage civil,
// which sits below every package of the module that names a date or a
// wall clock.
//
// # Compiled zones
//
// A [Zone] is a compiled zone: the zone's offsets as a table of transition
// instants, and the one implementation in this module of reading a wall
// time under a [Disambiguation]. [ZoneOf] builds it once per zone name, on
// first use, and the whole process shares it: [Read], [Date] and every
// schedule of package window in America/Denver use one table. [Read] and
// [Date] ask any other location directly, by the same rule; [ZoneOf]
// compiles such a location afresh on each call rather than caching it.
//
// # Daylight saving time
//
// [time.Date] "does not guarantee which" instant it returns for a wall
// time that a zone skips (a gap, when clocks spring forward) or repeats (an
// overlap, when they fall back), and on Go 1.26 it settles them differently
// from zone to zone. A maintenance window that starts or ends at such a
// time needs one documented rule, the same in every zone, so [Date] takes a
// [Disambiguation]:
//
//   - [Compatible], the zero value, is RFC 5545's rule and TC39 Temporal's
//     default: a skipped time is read with the offset in force before the
//     gap, so it moves forward by the gap's length, and a repeated time is
//     its first occurrence.
//   - [Earlier] and [Later] take the earlier or the later of the two
//     candidate instants, in a gap too.
//   - [Reject] makes [Date] fail with an error wrapping [ErrNonexistent] or
//     [ErrAmbiguous], naming the wall time and the zone.
//
// In America/Denver, clocks go from 02:00 MST to 03:00 MDT on 2026-03-08,
// so 02:30 does not exist: Compatible and Later give 03:30 MDT (09:30 UTC),
// Earlier 01:30 MST (08:30 UTC), an hour before. In Europe/Berlin, clocks
// go back from 03:00 CEST to 02:00 CET on 2026-10-25, so 02:30 happens
// twice: Compatible and Earlier give 02:30 CEST (00:30 UTC), Later 02:30
// CET (01:30 UTC). Reject fails for both. The rule holds for 30-minute
// shifts (Australia/Lord_Howe), skipped midnights (America/Santiago) and
// the day Pacific/Apia skipped (2011-12-30) alike.
//
// # Cost
//
// Compiling a zone, its transition table, happens once per zone name and
// process, at most once for each zone of the database. [Date] on a
// location from [Load] is then a table lookup: faster than [time.Date] on
// the same location for present-day dates, with no allocation unless it
// fails. The README quotes the benchmarks.
//
// # Concurrency
//
// All functions are safe for concurrent use by multiple goroutines. The
// embedded database is read once and never changes. [Load] caches each
// zone and returns the same *[time.Location] for the same name; [ZoneOf]
// builds each shared [Zone] under a [sync.Once], so goroutines asking for
// it first at the same time build it once. Both caches, and the tables of
// abbreviations, links and Windows names that ParseZone builds on first
// use, hold immutable values; the package has no other state. Nothing reads the clock or
// [time.Local], directly or through a [time.Time] in it.
//
// # Refreshing the database
//
// The embedded zoneinfo.zip is the Go toolchain's lib/time/zoneinfo.zip.
// To move to the release a newer toolchain carries, run
//
//	go generate ./tzdata
//	python3 tzdata/testdata/gen_zoneinfo.py > tzdata/testdata/zoneinfo.csv
//	python3 window/testdata/differential_gen.py > window/testdata/differential.csv
//	python3 window/testdata/grammar_gen.py > window/testdata/grammar.csv
//	python3 window/convert/testdata/drift_gen.py > window/convert/testdata/drift.csv
//	python3 notice/testdata/readers.py > notice/testdata/readers.csv
//	python3 classify/testdata/gen_gate.py > classify/testdata/gate.csv
//
// from the repository root and commit zoneinfo.zip, version.txt and the
// CSVs together; links.txt (the release's backward links) and the CLDR
// windowsZones copy are refreshed by refresh_names.go, whose comment says
// from which files. The first command copies the zip and records its release
// in version.txt; the second regenerates the answers of the differential
// test, which reads the zones from the new zip with Python's zoneinfo and
// fails while the CSV names another zip. A new release changes instants
// only where governments changed their rules.
package tzdata
