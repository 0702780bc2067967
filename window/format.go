package window

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
)

// maxSpecLen bounds the text Parse reads. A schedule fits in a few hundred
// bytes even with long EXDATE lists; the bound keeps a hostile config file
// from costing more than a linear scan of 64 KiB.
const maxSpecLen = 64 << 10

// defaultFrom is the From date of a human spec without "from": early enough that
// no schedule written today misses a window because of it, and fixed, so
// that every service reading the same text computes the same schedule.
var defaultFrom = civil.Date{Year: 1970, Month: time.January, Day: 1}

// A ParseError reports why [Parse] rejected a spec. Its message names the
// bad part and says what would have been accepted, for example
//
//	window: parse "last Fribday of every month 22:00-02:00 UTC": unknown weekday "Fribday" (want Monday..Sunday)
//
// Errors from the zone database and from [New] are wrapped, so
// errors.Is(err, tzdata.ErrUnknownZone) works on a ParseError.
type ParseError struct {
	Spec string // the text given to Parse
	// Pos is the byte offset in Spec of the bad part, or -1 when the error
	// concerns the spec as a whole (such as a schedule whose windows overlap).
	Pos int
	Err error // what is wrong with it
}

// Error returns the message, with Spec quoted and shortened to 200 bytes so
// that a 64 KiB spec does not make a 64 KiB log line.
func (e *ParseError) Error() string {
	spec := e.Spec
	if len(spec) > 200 {
		cut := 200
		for cut > 0 && !isRuneStart(spec[cut]) {
			cut--
		}
		spec = spec[:cut] + "..."
	}
	msg := "<nil>"
	if e.Err != nil {
		// Errors from New carry their own "window: " prefix; one is enough.
		msg = strings.TrimPrefix(e.Err.Error(), "window: ")
	}
	return "window: parse " + strconv.Quote(spec) + ": " + msg
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Parse returns the schedule described by spec, in the human form or the
// RFC 5545 form. A spec is in the RFC 5545 form when one of its lines
// starts with DTSTART or RRULE (in any case); otherwise it is in the human
// form. Parse never panics, and rejects a spec longer than 64 KiB. Every
// error is a [*ParseError] naming the bad part and what would be accepted.
//
// # Human form
//
//	RULE TIMES ZONE [from DATE] [until DATE] [except DATE, ...] [also DATE [TIME], ...] [dst MODE]
//
// for example
//
//	last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25
//	2nd Tuesday of every month 09:00 for 3h UTC
//	every Monday, Thursday 10 p.m. to 2 a.m. Europe/Berlin except 2026-12-28 dst later
//
// RULE is "every day", "every WEEKDAY[, WEEKDAY...]" or
// "ORDINAL WEEKDAY[, ORDINAL WEEKDAY...] of every month" ("of each month",
// "of the month"; "1st and 3rd Monday" shares the weekday). Weekdays are
// full names or Mon, Tue, Tues, Wed, Thu, Thur, Thurs, Fri, Sat, Sun.
// Ordinals are 1st..5th, first..fifth, last, and 2nd last..5th last (also
// "second last", "2nd to last"); a 5th weekday a month lacks is simply
// absent that month. Lists take commas or "and". Words ignore case.
//
// TIMES is START-END (a hyphen, en dash, em dash or " to ") or START for
// DURATION. A time is 22:00, 9:30, 10pm, 10 p.m., 10:30 a.m., noon or
// midnight; 24:00 is accepted as an end. An end at or before the start is
// on the next day: 22:00-02:00 is a four-hour window on the wall clock,
// which lasts five hours on the night clocks go back. DURATION is Go
// syntax (3h, 90m, 4h30m) and is exact elapsed time.
//
// ZONE is an IANA name as [tzdata.Load] takes it (case matters). Without
// "from" the first date considered is 1970-01-01. "until" is inclusive.
// "except" skips dates; "also" adds windows, at the schedule's start time
// unless a time follows the date. "dst MODE" selects the [tzdata.Disambiguation]
// for wall times a clock change skips or repeats: compatible (the
// default), earlier, later or reject. The clauses may come in any order;
// [Schedule.String] writes them in the order above.
//
// # RFC 5545 form
//
//	DTSTART;TZID=America/Denver:20200125T220000
//	DURATION:PT4H
//	RRULE:FREQ=MONTHLY;BYDAY=-1SA
//	EXDATE;TZID=America/Denver:20201226T220000
//
// Lines are DTSTART (with TZID, or in UTC with Z; a floating DTSTART is an
// error), DTEND or DURATION, RRULE, EXDATE, RDATE, and the extension lines
// below; CRLF or LF, folded or not. Any other line, parameter or RRULE part
// is an error, as are sub-daily frequencies, BYHOUR, BYMINUTE, BYSECOND
// and BYEASTER. DTSTART must be an occurrence of the RRULE. As RFC 5545
// §3.8.5.3 says, DTEND gives every window the first one's exact length
// (the [Spec.Length] form); DURATION:PT4H is exact too, and DURATION:P1D
// is one wall-clock day. Extensions, which calendar programs ignore:
//
//	X-PROSTAR-END:WALL              DTEND is a wall-clock end (the Spec.End form)
//	X-PROSTAR-FROM:20200101         Spec.From, when it is before DTSTART's date
//	X-PROSTAR-DISAMBIGUATION:LATER  Spec.Disambiguation
func Parse(spec string) (*Schedule, error) {
	if len(spec) > maxSpecLen {
		return nil, &ParseError{Spec: spec, Pos: maxSpecLen,
			Err: fmt.Errorf("spec is %d bytes (want at most %d)", len(spec), maxSpecLen)}
	}
	if isRFC5545(spec) {
		return parseRFC5545(spec)
	}
	sp, err := parseHuman(spec)
	if err != nil {
		return nil, err
	}
	s, err := New(sp)
	if err != nil {
		return nil, &ParseError{Spec: spec, Pos: -1, Err: err}
	}
	return s, nil
}

// MustParse is like [Parse] but panics if spec cannot be parsed. It is for
// package-level variables in tests and examples, whose specs are constants;
// programs reading specs from files should call Parse.
func MustParse(spec string) *Schedule {
	s, err := Parse(spec)
	if err != nil {
		panic(err)
	}
	return s
}

// isRFC5545 reports whether spec is in the RFC 5545 form: some line starts
// with a DTSTART or RRULE property name.
func isRFC5545(spec string) bool {
	for _, line := range strings.Split(spec, "\n") {
		line = strings.ToUpper(strings.TrimSpace(line))
		for _, name := range [...]string{"DTSTART", "RRULE"} {
			if rest, ok := strings.CutPrefix(line, name); ok && (rest == "" || rest[0] == ':' || rest[0] == ';') {
				return true
			}
		}
	}
	return false
}

// String returns the schedule in the canonical human form, such as
//
//	last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25
//
// or, when the human grammar cannot express the schedule (an INTERVAL, a
// BYMONTHDAY, a BYSETPOS, a COUNT and so on), the RFC 5545 form that
// [Schedule.RFC5545] returns. [Parse] of the result gives an equal schedule
// when its Location came from [tzdata.Load] (a [time.FixedZone] has no name
// Parse can read back). Parse normalizes what makes no difference: list
// order, repeats, INTERVAL=1 and a WKST without effect; so Parse(s.String())
// of a Spec built in Go may differ from it in those fields only.
// The zero Schedule's String is "".
func (s *Schedule) String() string {
	if s == nil || s.spec.Location == nil {
		return ""
	}
	if h, ok := humanString(&s.spec); ok {
		return h
	}
	return rfcString(s)
}

// RFC5545 returns the schedule as RFC 5545 content lines joined by CRLF:
// DTSTART, then DURATION or DTEND, then RRULE, EXDATE and RDATE, then the
// X-PROSTAR- lines that say what plain RFC 5545 cannot (see the package
// documentation). [Parse] of the result gives an equal schedule. The zero
// Schedule's RFC5545 is "".
func (s *Schedule) RFC5545() string {
	if s == nil || s.spec.Location == nil {
		return ""
	}
	return rfcString(s)
}

// MarshalText returns [Schedule.String], so a schedule is stored in JSON and
// other text formats as the spec a person would write. The method has a
// pointer receiver, like UnmarshalText: a Schedule field of a struct is
// encoded as text when the struct is addressable (json.Marshal(&v)), and
// a *Schedule field always is. A zero Schedule is an error.
func (s *Schedule) MarshalText() ([]byte, error) {
	if s == nil || s.spec.Location == nil {
		return nil, errors.New("window: cannot marshal a zero Schedule")
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses text with [Parse] and sets *s to the result. It works
// on a zero Schedule, so a Schedule can be a field of a struct decoded from
// JSON. It is the only method that changes a Schedule; do not call it on a
// Schedule that other goroutines are using.
func (s *Schedule) UnmarshalText(text []byte) error {
	if s == nil {
		return errors.New("window: UnmarshalText on a nil *Schedule")
	}
	p, err := Parse(string(text))
	if err != nil {
		return err
	}
	*s = *p
	return nil
}

// Describe returns the schedule's recurrence in words, for notices:
// "the last Saturday of each month", "the second Tuesday of each month",
// "every Sunday", "every Monday and Thursday", "every day",
// "every other week on Monday". Rules with no plain-words reading (BYSETPOS,
// BYWEEKNO, BYYEARDAY, weekday and month-day filters together) are
// "on a custom schedule". It says nothing of times, zone or dates, which a
// notice writes on its own. The zero Schedule's Describe is "".
func (s *Schedule) Describe() string {
	if s == nil || s.spec.Location == nil {
		return ""
	}
	return describeSpec(&s.spec)
}

// humanString returns sp in the canonical human form, and false when the
// human grammar cannot say it. The form is
// RULE TIMES ZONE [from D] [until D] [except D, ...] [also D [HH:MM], ...] [dst X].
func humanString(sp *Spec) (string, bool) {
	rule, ok := humanRule(&sp.Rule)
	if !ok || sp.Location == nil {
		return "", false
	}
	var b strings.Builder
	b.WriteString(rule)
	b.WriteByte(' ')
	b.WriteString(sp.Start.String())
	if sp.Length > 0 {
		b.WriteString(" for ")
		b.WriteString(english.Duration(sp.Length))
	} else {
		b.WriteByte('-')
		b.WriteString(sp.End.String())
	}
	b.WriteByte(' ')
	b.WriteString(sp.Location.String())
	if sp.From != defaultFrom {
		b.WriteString(" from ")
		b.WriteString(sp.From.String())
	}
	if !sp.Until.IsZero() {
		b.WriteString(" until ")
		b.WriteString(sp.Until.String())
	}
	for i, d := range sp.Except {
		if i == 0 {
			b.WriteString(" except ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(d.String())
	}
	for i, x := range sp.Extra {
		if i == 0 {
			b.WriteString(" also ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(x.Date.String())
		if x.Start != sp.Start {
			b.WriteByte(' ')
			b.WriteString(x.Start.String())
		}
	}
	if sp.Disambiguation != tzdata.Compatible {
		b.WriteString(" dst ")
		b.WriteString(sp.Disambiguation.String())
	}
	return b.String(), true
}

// humanRule returns the rule part of the human form, and false when the
// rule needs the RFC 5545 form. WeekStart is ignored: it changes nothing
// unless a rule has an INTERVAL or BYWEEKNO, which the human form lacks.
func humanRule(r *Rule) (string, bool) {
	if r.Interval > 1 || r.Count != 0 || len(r.ByMonthDay) != 0 || len(r.ByMonth) != 0 ||
		len(r.ByYearDay) != 0 || len(r.ByWeekNo) != 0 || len(r.BySetPos) != 0 {
		return "", false
	}
	days := sortedWeekdays(r.ByDay)
	switch r.Freq {
	case Daily:
		if len(days) == 0 {
			return "every day", true
		}
	case Weekly:
		if len(days) == 0 {
			return "", false
		}
		names := make([]string, len(days))
		for i, d := range days {
			if d.N != 0 {
				return "", false
			}
			names[i] = d.Weekday.String()
		}
		return "every " + strings.Join(names, ", "), true
	case Monthly:
		if len(days) == 0 {
			return "", false
		}
		parts := make([]string, len(days))
		for i, d := range days {
			if d.N == 0 || d.N < -5 || d.N > 5 {
				return "", false
			}
			parts[i] = ordinalName(d.N) + " " + d.Weekday.String()
		}
		return strings.Join(parts, ", ") + " of every month", true
	}
	return "", false
}

// ordinalName returns the human word for a BYDAY ordinal: "1st".."5th" and
// "last", "2nd last".."5th last".
func ordinalName(n int) string {
	switch {
	case n == -1:
		return "last"
	case n < 0:
		return ordinalName(-n) + " last"
	}
	return english.Ordinal(n)
}

// describeSpec says which dates sp.Rule selects, in words.
func describeSpec(sp *Spec) string {
	const custom = "on a custom schedule"
	r := &sp.Rule
	if len(r.ByYearDay) != 0 || len(r.ByWeekNo) != 0 || len(r.BySetPos) != 0 ||
		(len(r.ByDay) != 0 && len(r.ByMonthDay) != 0) {
		return custom
	}
	days := sortedWeekdays(r.ByDay)
	plain := true // every weekday in days has N == 0
	for _, d := range days {
		if d.N != 0 {
			plain = false
		}
	}
	months := ""
	if len(r.ByMonth) != 0 {
		names := make([]string, 0, len(r.ByMonth))
		for _, m := range sortedMonths(r.ByMonth) {
			names = append(names, m.String())
		}
		months = " in " + joinAnd(names)
	}
	interval := max(r.Interval, 1)
	switch r.Freq {
	case Daily:
		if len(r.ByMonthDay) != 0 || !plain {
			return custom
		}
		if len(days) != 0 {
			if interval > 1 {
				return custom
			}
			return "every " + weekdayList(days) + months
		}
		return everyN(interval, "day", "days") + months
	case Weekly:
		if len(r.ByMonthDay) != 0 || !plain {
			return custom
		}
		if len(days) == 0 {
			days = []WeekdayN{{Weekday: sp.From.Weekday()}}
		}
		if interval == 1 {
			return "every " + weekdayList(days) + months
		}
		return everyN(interval, "week", "weeks") + " on " + weekdayList(days) + months
	case Monthly:
		var what string
		switch {
		case len(days) != 0 && plain:
			// Every such weekday, on every (or every nth) month.
			if interval == 1 {
				return "every " + weekdayList(days) + months
			}
			return "every " + weekdayList(days) + " of " + everyN(interval, "month", "months") + months
		case len(days) != 0:
			if !ordinalsOnly(days) {
				return custom
			}
			what = "the " + ordinalWeekdays(days)
		case len(r.ByMonthDay) != 0:
			what = "the " + monthDays(r.ByMonthDay)
		default:
			what = "the " + ordinalName(sp.From.Day)
		}
		if interval == 1 {
			return what + " of each month" + months
		}
		return what + " of " + everyN(interval, "month", "months") + months
	case Yearly:
		if months == "" {
			months = " in " + sp.From.Month.String()
		}
		switch {
		case len(days) != 0 && plain:
			return "every " + weekdayList(days) + months + yearlySuffix(interval)
		case len(days) != 0:
			if !ordinalsOnly(days) || len(r.ByMonth) == 0 {
				return custom
			}
			return "the " + ordinalWeekdays(days) + " of" + strings.TrimPrefix(months, " in") + yearlySuffix(interval)
		case len(r.ByMonthDay) != 0:
			return "the " + monthDays(r.ByMonthDay) + " of" + strings.TrimPrefix(months, " in") + yearlySuffix(interval)
		case len(r.ByMonth) == 0:
			return everyN(interval, "year", "years") + " on " + sp.From.Month.String() + " " + strconv.Itoa(sp.From.Day)
		default:
			return "the " + ordinalName(sp.From.Day) + " of" + strings.TrimPrefix(months, " in") + yearlySuffix(interval)
		}
	}
	return custom
}

func yearlySuffix(interval int) string {
	if interval == 1 {
		return " each year"
	}
	return ", " + everyN(interval, "year", "years")
}

// everyN returns "every day", "every other day" or "every 3 days".
func everyN(n int, one, many string) string {
	switch n {
	case 1:
		return "every " + one
	case 2:
		return "every other " + one
	}
	return "every " + strconv.Itoa(n) + " " + many
}

func ordinalsOnly(days []WeekdayN) bool {
	for _, d := range days {
		if d.N == 0 {
			return false
		}
	}
	return true
}

// ordinalWord returns the word prose uses for a weekday ordinal, in AP
// style: "first".."fifth", "last", "second-to-last".."fifth-to-last". The
// spec's own form ("1st", "2nd last") stays in String.
func ordinalWord(n int) string {
	words := [...]string{"", "first", "second", "third", "fourth", "fifth"}
	switch {
	case n == -1:
		return "last"
	case n < -1 && n >= -5:
		return words[-n] + "-to-last"
	case n >= 1 && n <= 5:
		return words[n]
	}
	return ordinalName(n)
}

// ordinalWeekdays writes "first and third Monday" when the weekdays agree and
// "first Monday and last Friday" when they do not.
func ordinalWeekdays(days []WeekdayN) string {
	same := true
	for _, d := range days {
		if d.Weekday != days[0].Weekday {
			same = false
		}
	}
	parts := make([]string, len(days))
	for i, d := range days {
		parts[i] = ordinalWord(d.N)
		if !same {
			parts[i] += " " + d.Weekday.String()
		}
	}
	s := joinAnd(parts)
	if same {
		s += " " + days[0].Weekday.String()
	}
	return s
}

func weekdayList(days []WeekdayN) string {
	if len(days) == 7 {
		return "day"
	}
	names := make([]string, len(days))
	for i, d := range days {
		names[i] = d.Weekday.String()
	}
	return joinAnd(names)
}

// monthDays writes BYMONTHDAY values: "15th", "1st and 15th",
// "1st and last day".
func monthDays(ns []int) string {
	parts := make([]string, 0, len(ns))
	day := ""
	for _, n := range sortedInts(ns) {
		parts = append(parts, ordinalName(n))
		if n < 0 {
			day = " day"
		}
	}
	return joinAnd(parts) + day
}

// joinAnd joins words as English lists do: "a", "a and b", "a, b and c".
func joinAnd(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}
