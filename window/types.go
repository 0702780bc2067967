package window

import (
	"iter"
	"time"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
)

// A Frequency is how often a [Rule] repeats. Sub-daily frequencies do not
// exist here: a window is a civil date plus a wall-clock time, so a rule
// selects dates, never hours.
type Frequency uint8

// The frequencies, as in RFC 5545's FREQ. The zero value is not a frequency.
const (
	Daily Frequency = iota + 1
	Weekly
	Monthly
	Yearly
)

// A WeekdayN is a weekday with an optional ordinal, as in RFC 5545's BYDAY:
// N is 1..5 counting from the start of the period, -1..-5 counting from its
// end, and 0 means every such weekday. For example, the last Saturday is
// WeekdayN{N: -1, Weekday: time.Saturday}.
type WeekdayN struct {
	N       int
	Weekday time.Weekday
}

// A Rule selects civil dates. It is the subset of an RFC 5545 RRULE that
// selects days: BYHOUR, BYMINUTE, BYSECOND and BYEASTER are not part of it,
// because the start of a window comes from its [Spec].
type Rule struct {
	Freq       Frequency    // FREQ; required
	Interval   int          // INTERVAL, up to 1000; 0 or 1 means every period
	ByDay      []WeekdayN   // BYDAY: weekdays, with ordinals in a MONTHLY or YEARLY rule
	ByMonthDay []int        // BYMONTHDAY: 1..31, or -31..-1 counting from the month's end
	ByMonth    []time.Month // BYMONTH: January..December
	ByYearDay  []int        // BYYEARDAY: 1..366, or -366..-1 counting from the year's end
	ByWeekNo   []int        // BYWEEKNO: weeks 1..53 or -53..-1 of a YEARLY rule, starting on WeekStart
	BySetPos   []int        // BYSETPOS: 1..366 or -366..-1, the n-th date of each period the other parts select
	// WeekStart is RFC 5545's WKST. Its zero value is Sunday; Parse sets
	// Monday when a RRULE has no WKST, as RFC 5545 says.
	WeekStart time.Weekday
	Count     int // COUNT, up to 100000; 0 means no count; a count becomes an Until date when the schedule is built
}

// A Spec is a schedule written as a Go value: what [Parse] reads from text
// and [New] builds a [Schedule] from.
type Spec struct {
	// Rule selects the dates that have a window.
	Rule Rule
	// Start is the wall-clock time at which each window opens, on its date.
	Start civil.Clock
	// End is the wall-clock end; an End at or before Start is on the next
	// day ("22:00-02:00"). It is used when Length is zero.
	End civil.Clock
	// EndDays puts End that many days after the window's date, for
	// windows that end on a later day than the next: 21 with End equal to
	// Start is "for 21 days", RFC 5545's nominal DURATION:P21D. Zero, the
	// default, means the day End falls on as said above; New writes 1 with
	// an End at or before Start as zero, which means the same.
	EndDays int
	// Length is an exact elapsed length ("09:00 for 3h"). Zero means the
	// wall-clock End is used.
	Length time.Duration
	// Location is the schedule's zone, normally from [tzdata.Load].
	Location *time.Location
	// From is the first date considered; the first window is the first
	// occurrence on or after it.
	From civil.Date
	// Until is the last date considered, inclusive; the zero Date means none.
	Until civil.Date
	// Except lists dates whose window is skipped (RFC 5545 EXDATE).
	Except []civil.Date
	// Extra lists one-off windows (RFC 5545 RDATE), such as a moved occurrence.
	Extra []Extra
	// Disambiguation resolves start and end wall times that a zone skips or
	// repeats; the zero value is tzdata.Compatible.
	Disambiguation tzdata.Disambiguation
	// Offset moves every date the rule selects by this many days, -366 to
	// 366: 2 with the rule "2nd Tuesday of every month" gives the Thursday
	// after Patch Tuesday, which no RRULE can say. From, Until, Except and
	// COUNT apply to the moved dates, the days the windows start on; the
	// rule's own anchor (INTERVAL counting, RFC 5545's defaults from
	// DTSTART) is From moved back by Offset.
	Offset int
}

// An Extra is a one-off window outside the rule: it opens at Start on Date
// and lasts the schedule's span (its wall-clock span, or its Length).
type Extra struct {
	Date  civil.Date
	Start civil.Clock
}

// A Window is one occurrence of a schedule: the half-open interval
// [Start, End) in the schedule's zone, and what daylight saving time did to it.
type Window struct {
	Start, End time.Time
	// Date is the civil date the rule selected: the window belongs to the day
	// it starts on, even when it ends on the next.
	Date civil.Date
	// Nominal is the length the spec promises: the wall-clock span (4h for
	// 22:00-02:00) or the exact Length.
	Nominal time.Duration
	// NominalStart and NominalEnd are the wall times the spec names for
	// this window, before the zone reads them: 2026-10-31T22:00 and
	// 2026-11-01T02:00 for Denver's "22:00-02:00" of that Saturday. For a
	// window with an exact Length, NominalEnd is NominalStart plus Length
	// on the wall clock.
	NominalStart, NominalEnd civil.DateTime
	// StartKind and EndKind say whether the zone skipped or repeated the
	// nominal start and end wall times; the schedule's
	// [Spec.Disambiguation] says which instant was taken. EndKind is
	// tzdata.Exact for a window with an exact Length.
	StartKind, EndKind tzdata.WallKind
	// OneOff reports that the window comes from [Spec.Extra] (an RDATE or
	// a moved occurrence), not from the rule.
	OneOff bool
}

// Duration returns the window's actual length, End minus Start. It differs
// from Nominal when a clock change falls inside the window: on Saturday
// 2026-10-31 in America/Denver, 22:00-02:00 lasts 5 hours.
func (w Window) Duration() time.Duration { return w.End.Sub(w.Start) }

// Contains reports whether t is in [w.Start, w.End).
func (w Window) Contains(t time.Time) bool { return !t.Before(w.Start) && t.Before(w.End) }

// Transitions returns an iterator over the zone's offset changes inside
// [w.Start, w.End), such as the fall-back at 02:00 MDT inside Denver's
// 22:00-02:00 window of 2026-10-31, so that a notice can say that the
// clocks change during the window.
func (w Window) Transitions() iter.Seq[tzdata.Transition] {
	return tzdata.Transitions(w.Start.Location(), w.Start, w.End)
}
