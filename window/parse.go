package window

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

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
// This comment and the README's "Spec grammar" section are the grammar's
// two full descriptions, the same table for two kinds of reader; the
// package documentation and everything else link here.
//
// # Human form
//
//	RULE TIMES ZONE [from DATE] [until DATE] [except DATE, ...] [also DATE [TIME], ...] [dst MODE]
//
// RULE says which dates have a window. Every form, with the canonical
// text [Schedule.String] writes for it:
//
//	every day                                        every day
//	every 2 days                                     every other day
//	every Monday, Thursday                           every Monday, Thursday (lists take commas or "and")
//	every weekday                                    every weekday (Monday to Friday)
//	every weekend                                    every weekend (Saturday and Sunday)
//	every Mon-Fri, every Monday to Friday            every weekday (ranges may wrap: Friday to Monday)
//	every other Sunday                               every other Sunday
//	every 3 weeks on Saturday                        every 3 weeks on Saturday
//	last Saturday of every month                     last Saturday of every month
//	1st and 3rd Monday of the month                  1st Monday, 3rd Monday of every month
//	15th of every month                              15th of every month
//	1st and 15th of every month                      1st, 15th of every month
//	last day of every month, 2nd last day of ...     last day of every month, 2nd last day of ...
//	last Sunday of every 3 months                    last Sunday of every 3 months (also "every other month")
//	last Sunday of March and October                 last Sunday of March and October
//	2 days after the 2nd Tuesday of every month      2 days after the 2nd Tuesday of every month
//	the Saturday after the 2nd Tuesday of ...        4 days after the 2nd Tuesday of ...
//	1 day before the last Sunday of every month      1 day before the last Sunday of every month
//	on 2026-12-24                                    on 2026-12-24 (one window; no from or until)
//
// Weekdays are full names or Mon, Tue, Tues, Wed, Thu, Thur, Thurs, Fri,
// Sat, Sun; months full names or their first three letters. Ordinals are
// 1st..31st (1st..5th for weekdays), first..fifth, last, and "2nd last"
// ("second last", "2nd to last") counting from the end; a date a month
// lacks (a 5th Monday, a 31st) is simply absent that month. "of each
// month" and "of the month" mean "of every month". Intervals ("every
// other", "every 3 weeks", "of every 3 months") count from the from date:
// "every other Sunday ... from 2026-01-04" has windows on 2026-01-04,
// 2026-01-18, and so on; without from they count from 1970-01-01. An offset
// moves every date the rule selects by whole days (see [Spec.Offset]); "the
// Saturday after" is the first Saturday after the rule's weekday (4 days
// after a Tuesday), and String writes the days. Words ignore case.
// "quarterly", "weekly" and the like are refused with examples, because
// they do not say which day; rules that need BYSETPOS, BYYEARDAY,
// BYWEEKNO or COUNT are in the RFC 5545 form.
//
// TIMES is START-END (a hyphen, en dash or em dash) or "START to END", or
// START for LENGTH. A time is 22:00, 9:30, 10pm, 10 p.m., 10:30 a.m., noon
// or midnight; 24:00 is accepted as an end. An end at or before the start
// is on the next day ("22:00 to 02:00 the next day" says so, and is
// refused when the end is later than the start): 22:00-02:00 is a
// four-hour window on the wall clock, which lasts five hours on the night
// clocks go back. Two bare hours are a range: "9-5" is office hours,
// 09:00-17:00 (when both hours are 1..12 and the end is at or before the
// start, the end is in the afternoon; "10-2" is 10:00-14:00), and any other
// pair is read on the 24-hour clock ("22-2" is 22:00-02:00); a bare hour
// elsewhere needs a.m. or p.m. LENGTH is exact elapsed time, in Go syntax
// (3h, 90m, 3h55m) or in words ("4 hours", "90 minutes", "1 hour 30
// minutes"); "for 1 day" is one wall-clock day, the start time the next
// day (String writes it as 22:00-22:00).
//
// ZONE is read by [tzdata.ParseZone]: an IANA name (case matters), a fixed
// offset (UTC, UTC-7, UTC+05:30, written back as UTC+5:30) or a Windows
// name (Mountain Standard Time, written back as America/Denver).
// Abbreviations (MST, CEST, IST) and the legacy names EST, MST, HST,
// EST5EDT, CST6CDT, MST7MDT, PST8PDT, CET, MET, EET and WET are refused
// with the zones that use them.
//
// "from" is the first date considered (the first window is the first
// occurrence on or after it). "until" is inclusive. "except" skips dates;
// a date the rule never selects is an error naming the nearest dates it
// does select. "also" adds windows, at the schedule's start time unless a
// time follows the date; one that overlaps an occurrence is an error.
// "until" before "from" is an error. "dst MODE" selects the
// [tzdata.Disambiguation] for wall times a clock change skips or repeats:
// compatible (the default), earlier, later or reject. The clauses may come
// in any order; String writes them in the order above.
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
// below; CRLF or LF, folded or not. A pasted VCALENDAR or VEVENT is read
// too: BEGIN and END lines, VTIMEZONE and VALARM components and the
// properties that do not change the windows (SUMMARY, UID, DTSTAMP,
// DESCRIPTION, LOCATION, other X- lines, ...) are skipped; a second VEVENT
// and RECURRENCE-ID are errors. Any other line, parameter or RRULE part is
// an error, as are sub-daily frequencies, BYHOUR, BYMINUTE, BYSECOND and
// BYEASTER. DTSTART must be an occurrence of the RRULE: RFC 5545 would
// make any other DTSTART an extra first window, which is more often a
// typo, so the error says how to write either meaning (RDATE for the
// extra window). As RFC 5545 §3.8.5.3 says, DTEND gives every window the
// first one's exact length (the [Spec.Length] form); DURATION:PT4H is
// exact too, and DURATION:P1D is one wall-clock day; longer nominal
// durations (P2D, P3W) are errors, since a window here spans at most one
// wall-clock day. Extensions, which calendar programs ignore:
//
//	X-PROSTAR-END:WALL              DTEND is a wall-clock end (the Spec.End form)
//	X-PROSTAR-FROM:20200101         Spec.From, when it is before DTSTART's date
//	X-PROSTAR-OFFSET:2              Spec.Offset: each RRULE date moves 2 days
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
	if err == nil {
		err = checkMistakes(s)
	}
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
