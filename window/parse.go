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
