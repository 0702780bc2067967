// Package window computes recurring maintenance windows: the instants at
// which a window such as "the last Saturday of each month, 10 p.m. to 2 a.m.
// Mountain time" opens and closes, exactly, across midnight and daylight
// saving time, in any IANA zone. It does not decide what work may use a
// window (see package [github.com/prostar/maintenance/classify]) or tell
// anyone about it (see package [github.com/prostar/maintenance/notice]);
// the zone facts it stands on come from package
// [github.com/prostar/maintenance/tzdata].
//
// A [Schedule] is built from a [Spec], a Go value, by [New], or from text
// by [Parse]. Its queries take the instant as a parameter and never read
// the clock: [Schedule.Next] is the window in progress at an instant or
// else the next to start, [Schedule.Prev] the last one that ended,
// [Schedule.Windows] iterates the windows overlapping a range, and
// [Schedule.Dropped] the occurrences that produced no window.
//
// Dates use the proleptic Gregorian calendar of the years 1 to 9999, and
// instants are whole seconds.
//
// # Dates first, then the zone
//
// A [Rule] selects civil dates in a floating calendar that has no zone, as
// RFC 5545 does with DTSTART's local fields; only then is the start clock
// read in the schedule's zone. Dates are never computed in the zone:
// [time.Date], and rrule-go, which calls it, settle skipped and repeated
// times differently from zone to zone and produce wrong dates where
// midnight is skipped (America/Santiago, America/Havana, Sao_Paulo until
// 2019). Here a window belongs to the date it starts on, always.
//
// A window runs from its start clock on its date to its end clock, on the
// next day when the end is at or before the start ("22:00-02:00"; 02:00 to
// 02:00 is 24 hours), or for an exact [Spec.Length] ("22:00 for 4h").
// Windows are half-open, [Start, End).
//
// # Daylight saving time
//
// A wall time that a clock change skips or repeats is resolved by the
// schedule's [tzdata.Disambiguation], applied to the start and to the end
// independently:
//
//   - [tzdata.Compatible], the default (RFC 5545 and TC39 Temporal's rule):
//     a skipped time moves forward by the gap, a repeated one means its
//     first occurrence;
//   - [tzdata.Earlier] and [tzdata.Later]: the earlier or later of the two
//     candidate instants;
//   - [tzdata.Reject]: an occurrence whose start or end is skipped or
//     repeated produces no window.
//
// So the window "22:00-02:00" of Saturday 2026-10-31 in America/Denver runs
// from 22:00 MDT to 02:00 MST, five hours: [Window.Duration] is 5h while
// [Window.Nominal] is 4h, and [Window.StartKind], [Window.EndKind] and
// [Window.Transitions] say why. "22:00 for 4h" that night ends at 01:00 MST.
//
// An occurrence whose window would have zero or negative length (wholly
// inside a gap, like Europe/London's 01:30-02:30 on the last Sunday of
// March, or on Pacific/Apia's skipped 2011-12-30) is not a window: it is
// reported by [Schedule.Dropped] with [ErrEmpty]. One that would start
// before the previous window ends is dropped with [ErrOverlap], so windows
// never overlap and always come in order. Only clocks moving forward by
// more than the 3 hours New leaves between windows can cause that: a jump
// across the date line (Pacific/Apia, 2011-12-30) or an Antarctic
// station's first offset after "-00" (Antarctica/Casey, 1969-01-01).
// Dates in [Spec.Except] are skipped on purpose and are not drops.
//
// # Recurrence rules
//
// A [Rule] is the part of an RFC 5545 RRULE that selects days: FREQ DAILY,
// WEEKLY, MONTHLY or YEARLY, INTERVAL, COUNT, BYDAY, BYMONTHDAY, BYMONTH,
// BYYEARDAY, BYWEEKNO, BYSETPOS and WKST. [New] rejects, with an error that
// names the part, anything it could not evaluate in bounded time or that
// RFC 5545 does not allow: sub-daily frequencies, INTERVAL over 1000,
// COUNT over 100000, BYDAY ordinals out of range (-5..5 within a month,
// -53..53 within a year), BYxxx parts a frequency does not take, and a rule
// that selects no date at all. Some choices where RFC 5545 or its
// implementations leave room:
//
//   - From plays DTSTART's part: the first window is the rule's first date
//     on or after it, and the defaults RFC 5545 takes from DTSTART (the day
//     of the month of a plain MONTHLY rule, the month and day of a YEARLY
//     one, the weekday of a WEEKLY one) come from From. With an INTERVAL,
//     the weeks, months or years counted start with From's.
//   - BYSETPOS picks from all the dates of a period, then dates before From
//     are dropped (rrule-go picks from the part of the first period on or
//     after DTSTART).
//   - A BYDAY list mixing plain weekdays and ordinals ("TH,-1TU") is an
//     error: RFC 5545 means the union, rrule-go and python-dateutil the
//     intersection.
//   - A COUNT counts the rule's dates from From, excepted and dropped ones
//     included, and becomes a last date; with Until as well, the earlier
//     one wins.
//   - [Spec.Extra] windows are outside the rule: From, Until, COUNT and
//     Except do not apply to them. Except a date and add an extra window to
//     move an occurrence.
//
// Windows that could overlap one another are rejected: the nominal span
// plus three hours (more than any daylight saving shift) must fit between
// the two closest dates the rule selects, and between an extra window and
// any other. So a daily window is at most 21 hours long.
//
// # Cost
//
// A query costs the same whatever the distance from the first window. The
// common rules (every n days, weekdays every n weeks, Nth or last weekdays
// and days of the month every n months, yearly in given months) are
// computed directly, in a few integer operations; [Schedule.Next] on them
// allocates nothing and takes about a quarter of the time of the same
// answer computed with [time.Date], where rrule-go's After grows with the
// distance from DTSTART.
//
// Other rules (BYSETPOS, BYYEARDAY, BYWEEKNO, and combinations the direct
// computation does not cover) are evaluated by rrule-go, started at the
// period holding the date asked about instead of at From, and moved by
// whole 400-year cycles of the calendar so that every walk ends. A query
// then walks one or two of the rule's periods for a rule that selects a
// date in most periods, some microseconds and a few dozen allocations; its
// bound is 120 walks of at most 500 years each, reached only by a rule
// that selects a date once in centuries.
//
// Wall times are read with the zone's compiled [tzdata.Zone], which the
// whole process shares ([tzdata.ZoneOf]): building a schedule in a zone
// that was used before costs microseconds, less than rrule-go's parse of
// the same rule, and a schedule keeps well under 2 KB of its own. The
// first schedule in a zone compiles it. A location that does not come from
// [tzdata.Load] (a [time.FixedZone], say) is compiled for each schedule.
// The README quotes the benchmarks.
//
// # Concurrency
//
// A Schedule is immutable (New copies the slices of its Spec) and safe for
// concurrent use by multiple goroutines; schedules in one zone share its
// immutable [tzdata.Zone]. [Schedule.UnmarshalText] is the one method that
// changes a Schedule, for decoding. Nothing reads the clock or
// [time.Local].
//
// # Errors
//
// Every rule that could make rrule-go panic, loop or walk for centuries is
// refused by [New] with an error naming the part, so a schedule's queries
// have no error to report: a window that cannot be had is reported by
// [Schedule.Dropped] with its reason, and "no window" means the schedule
// has none left. The package recovers from no panic.
//
// # Spec formats
//
// [Parse] reads two forms, and its documentation (with the README's "Spec
// grammar" section, the same table) is the grammar's full description. The human form, the canonical output of [Schedule.String],
// is what an operator writes in a policy file:
//
//	last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25
//	every weekday 9-5 Europe/London
//	2 days after the 2nd Tuesday of every month 22:00 for 4 hours UTC
//
// The RFC 5545 form, from [Schedule.RFC5545], is what calendars exchange:
// DTSTART, DTEND or DURATION, RRULE, EXDATE and RDATE lines, or a pasted
// VEVENT. Zone names go through [tzdata.ParseZone], which refuses
// abbreviations such as MST: an abbreviation is a season of a zone, not a
// zone.
package window
