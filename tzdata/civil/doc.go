// Package civil holds the zone-less values everything else in this module
// stands on: a calendar [Date], a wall-clock [Clock] and the [DateTime] of
// the two, in the spirit of cloud.google.com/go/civil.
//
// These values do not name instants. 2026-10-31 22:00 is a different
// instant in every zone, and in some zones none or two (a wall time that a
// daylight saving change skips or repeats); package
// github.com/prostar/maintenance/tzdata says which instant a DateTime
// means in a zone under an explicit rule. A recurrence rule selects civil
// dates first and only then reads them in a zone, which is why a window
// belongs to the date it starts on in every zone, even where midnight is
// skipped.
//
// The package sits below tzdata, which reads its values, and so below
// window, classify and notice, which all use them: a date or a clock is
// written once, here, and handed up. It is a subpackage of tzdata rather
// than a package of its own at the top of the module because the module's
// top level is its promise (window, classify, notice, tzdata), and civil
// values are what tzdata's functions take.
//
// Dates use the proleptic Gregorian calendar; valid dates are those of the
// years 1 to 9999, the range that [time.Time] formats and RFC 5545 writes.
// The arithmetic is integer arithmetic on day numbers (days since
// 1970-01-01), never [time.Date], so it neither allocates nor depends on
// a zone.
package civil
