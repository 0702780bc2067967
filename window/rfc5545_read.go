package window

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/ical"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
)

// This file reads and writes the RFC 5545 form of a spec: the content lines
// of a VEVENT that describe its recurrence, and nothing else.
//
//	DTSTART;TZID=America/Denver:20200125T220000
//	DURATION:PT4H
//	RRULE:FREQ=MONTHLY;BYDAY=-1SA
//	EXDATE;TZID=America/Denver:20201226T220000
//
// Reading follows RFC 5545 where it speaks and is strict where rrule-go is
// lax: lines may end in CRLF or LF and may be folded (a line starting with a
// space or tab continues the previous one); names are case-insensitive; any
// line, parameter or RRULE part this package does not understand is an
// error naming it, never silently ignored.
//
// What each line means:
//
//   - DTSTART gives the zone (TZID=, or UTC with a trailing Z), the start
//     clock and the first date. A floating DTSTART (no TZID, no Z) is an
//     error, since a window needs a zone, and so is a DATE-only DTSTART.
//     DTSTART must be an occurrence of the RRULE: RFC 5545 calls the set
//     "undefined" otherwise, and rrule-go and Python's dateutil disagree
//     about it, so a mismatch is reported instead of guessed at.
//   - DTEND, as RFC 5545 §3.8.5.3 says, gives every window the exact
//     duration of the first one: DTEND minus DTSTART, each read in its zone.
//     That is [Spec.Length]. A wall-clock end ("02:00 the next morning",
//     whatever the clocks did) is written as DTEND with the extension line
//     X-PROSTAR-END:WALL, and then DTEND must be in DTSTART's zone, later
//     on the same date or at or before its clock on the next date.
//   - DURATION with weeks or days is nominal and with hours, minutes and
//     seconds exact (§3.3.6). PT... gives [Spec.Length]; P1D (or PT0H with
//     P1D) gives a wall-clock end at the start clock on the next day, the
//     [Spec.End] form with End equal to Start, and P21D or P3W one that
//     many days later ([Spec.EndDays]). A mix of days and hours has no
//     Spec form and is an error.
//   - RRULE: FREQ DAILY, WEEKLY, MONTHLY or YEARLY; INTERVAL, COUNT, UNTIL,
//     BYDAY, BYMONTHDAY, BYMONTH, BYYEARDAY, BYWEEKNO, BYSETPOS and WKST
//     (Monday when absent, and when it makes no difference: without an
//     INTERVAL over 1 or a BYWEEKNO). Sub-daily frequencies and BYHOUR, BYMINUTE,
//     BYSECOND and BYEASTER are errors: a window is a date and a clock. A
//     UTC UNTIL becomes the last date whose start is at or before it, in the
//     schedule's zone. Without an RRULE the schedule is the single window at
//     DTSTART (plus any RDATE).
//   - EXDATE lists dates to skip, as DATE values or as date-times that must
//     be DTSTART's clock on those dates. RDATE lists extra windows, as dates
//     (at DTSTART's clock) or date-times. A floating EXDATE or RDATE is read
//     in DTSTART's zone.
//   - X-PROSTAR-DISAMBIGUATION:LATER selects [Spec.Disambiguation]
//     (COMPATIBLE, EARLIER, LATER, REJECT).
//   - X-PROSTAR-OFFSET:2 sets [Spec.Offset]: every date the RRULE selects
//     moves by that many days ("2 days after the 2nd Tuesday"), which no
//     RRULE can say. DTSTART is then the first moved date. Calendar
//     programs ignore the line and so compute other dates: package notice
//     exports such a schedule's windows one by one.
//   - X-PROSTAR-FROM:20200101 sets [Spec.From] when it is earlier than
//     DTSTART's date; DTSTART must then be the rule's first date on or after
//     it (or equal to it, when the rule selects no date). Export writes it so
//     that a schedule whose From is not an occurrence round-trips exactly.
//
// A pasted VCALENDAR or VEVENT is read for these lines alone: BEGIN and
// END, VTIMEZONE and VALARM components and the properties in ignoredProps
// are skipped (a TZID names a zone of the embedded database, whatever a
// VTIMEZONE says).
//
// Calendar readers ignore the X-PROSTAR- lines. They read an exported
// wall-clock end as an exact duration, which differs from what the schedule
// computes only on nights when the clocks change inside the window; package
// notice's iCalendar export writes those instances as overrides.

// A dtValue is a DATE or DATE-TIME value and the zone it is in.
type dtValue struct {
	date     civil.Date
	clock    civil.Clock
	sec      int
	dateOnly bool
	utc      bool
	loc      *time.Location // the TZID zone, time.UTC for Z, nil when floating
	at       int            // offset in the spec
}

// instant returns the instant of v's wall time in v.loc (or loc when v is
// floating), resolved with d.
func (v dtValue) instant(loc *time.Location, d tzdata.Disambiguation) (time.Time, error) {
	if v.loc != nil {
		loc = v.loc
	}
	return tzdata.Date(civil.DateTime{Date: v.date, Clock: civil.Clock{Hour: v.clock.Hour, Minute: v.clock.Minute, Second: v.sec}}, loc, d)
}

// dateTimes reads the values of a DTSTART, DTEND, EXDATE or RDATE line:
// a comma-separated list of DATE or DATE-TIME values with the line's TZID.
func (p *rfcParser) dateTimes(pr *ical.Prop, allowed ...string) ([]dtValue, error) {
	if err := p.checkParams(pr, append([]string{"TZID"}, allowed...)...); err != nil {
		return nil, err
	}
	var loc *time.Location
	if tz, ok := pr.Param("TZID"); ok {
		name := strings.TrimPrefix(tz.Values[0], "/")
		l, err := loadZone(name)
		if err != nil {
			return nil, p.wrap(pr.Line.Pos(tz.At), err)
		}
		loc = l
	}
	dateOnly := false
	if v, ok := pr.Param("VALUE"); ok {
		switch strings.ToUpper(v.Values[0]) {
		case "DATE-TIME":
		case "DATE":
			dateOnly = true
		case "PERIOD":
			return nil, p.fail(pr.Line.Pos(v.At), "%s VALUE=PERIOD is not supported (want DATE or DATE-TIME; every window lasts the schedule's span)", pr.Name)
		default:
			return nil, p.fail(pr.Line.Pos(v.At), "unknown %s VALUE=%s (want DATE or DATE-TIME)", pr.Name, v.Values[0])
		}
	}
	var out []dtValue
	i := 0
	for _, s := range strings.Split(pr.Value, ",") {
		v, err := parseDateTime(s, dateOnly)
		if err != nil {
			return nil, p.fail(pr.Pos(i), "%s: %v", pr.Name, err)
		}
		v.at = pr.Pos(i)
		switch {
		case v.utc && loc != nil:
			return nil, p.fail(v.at, "%s: UTC time %s with a TZID (want one or the other)", pr.Name, quoted(s))
		case v.utc:
			v.loc = time.UTC
		case !v.dateOnly:
			v.loc = loc
		}
		out = append(out, v)
		i += len(s) + 1
	}
	return out, nil
}

// parseDateTime reads YYYYMMDD (when dateOnly) or YYYYMMDDTHHMMSS[Z].
func parseDateTime(s string, dateOnly bool) (dtValue, error) {
	want := "want YYYYMMDDTHHMMSS, with Z for UTC"
	if dateOnly {
		want = "want YYYYMMDD"
	}
	bad := fmt.Errorf("bad value %s (%s)", quoted(s), want)
	digits := func(t string) bool {
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return false
			}
		}
		return true
	}
	var v dtValue
	if len(s) < 8 || !digits(s[:8]) {
		return v, bad
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[4:6])
	d, _ := strconv.Atoi(s[6:8])
	v.date = civil.Date{Year: y, Month: time.Month(m), Day: d}
	if !v.date.IsValid() {
		return v, fmt.Errorf("bad date %s (no such day)", quoted(s[:8]))
	}
	if dateOnly {
		if len(s) != 8 {
			return v, bad
		}
		v.dateOnly = true
		return v, nil
	}
	rest := s[8:]
	if len(rest) == 0 {
		return v, fmt.Errorf("date %s without a time (want YYYYMMDDTHHMMSS, or VALUE=DATE)", quoted(s))
	}
	if strings.HasSuffix(rest, "Z") || strings.HasSuffix(rest, "z") {
		v.utc = true
		rest = rest[:len(rest)-1]
	}
	if len(rest) != 7 || rest[0]|0x20 != 't' || !digits(rest[1:]) {
		return v, bad
	}
	h, _ := strconv.Atoi(rest[1:3])
	mi, _ := strconv.Atoi(rest[3:5])
	sec, _ := strconv.Atoi(rest[5:7])
	if h > 23 || mi > 59 || sec > 59 {
		return v, fmt.Errorf("bad time in %s (want 000000..235959)", quoted(s))
	}
	v.clock, v.sec = civil.Clock{Hour: h, Minute: mi}, sec
	return v, nil
}

// ignoredProps are the properties of a pasted VEVENT or VCALENDAR that do
// not change when its windows are: what it is called, who made it and
// when. VTIMEZONE and VALARM components are skipped whole; a TZID names an
// IANA zone, read from the embedded database whatever a VTIMEZONE says.
var ignoredProps = map[string]bool{
	"VERSION": true, "PRODID": true, "CALSCALE": true, "METHOD": true,
	"SUMMARY": true, "DESCRIPTION": true, "LOCATION": true, "UID": true,
	"DTSTAMP": true, "CREATED": true, "LAST-MODIFIED": true, "SEQUENCE": true,
	"STATUS": true, "TRANSP": true, "CLASS": true, "CATEGORIES": true,
	"ORGANIZER": true, "ATTENDEE": true, "URL": true, "PRIORITY": true,
	"COMMENT": true, "CONTACT": true, "RELATED-TO": true, "RESOURCES": true,
	"ATTACH": true, "GEO": true,
}

// parseRFC5545 reads a spec in the RFC 5545 form and builds its schedule.
func parseRFC5545(src string) (*Schedule, error) {
	p := &rfcParser{specSource: specSource{src}, props: map[string]*ical.Prop{}}
	var skip string // the component being skipped (VTIMEZONE, VALARM), or ""
	events := 0
	for _, l := range ical.Unfold(src) {
		pr, err := p.parseProp(l)
		if err != nil {
			return nil, err
		}
		// A pasted calendar: the VEVENT's time properties count, its other
		// properties and components do not.
		if skip != "" {
			if pr.Name == "END" && strings.EqualFold(pr.Value, skip) {
				skip = ""
			}
			continue
		}
		if ignoredProps[pr.Name] || (strings.HasPrefix(pr.Name, "X-") && !strings.HasPrefix(pr.Name, "X-PROSTAR-")) {
			continue
		}
		switch pr.Name {
		case "BEGIN":
			switch v := strings.ToUpper(pr.Value); v {
			case "VCALENDAR":
			case "VEVENT":
				if events++; events > 1 {
					return nil, p.fail(l.Pos(0), "more than one VEVENT (want the one event whose recurrence is the schedule)")
				}
			case "VTIMEZONE", "VALARM":
				skip = v
			default:
				return nil, p.fail(pr.Pos(0), "BEGIN:%s is not a schedule (want a VEVENT)", pr.Value)
			}
			continue
		case "END":
			continue
		case "RECURRENCE-ID":
			return nil, p.fail(l.Pos(0), "RECURRENCE-ID (a moved occurrence) is not supported: write EXDATE for the date and RDATE for the new time")
		}
		switch pr.Name {
		case "EXDATE":
			p.exdates = append(p.exdates, pr)
			continue
		case "RDATE":
			p.rdates = append(p.rdates, pr)
			continue
		case "DTSTART", "DTEND", "DURATION", "RRULE",
			"X-PROSTAR-DISAMBIGUATION", "X-PROSTAR-END", "X-PROSTAR-FROM", "X-PROSTAR-OFFSET":
		case "EXRULE":
			return nil, p.fail(l.Pos(0), "EXRULE is not supported (RFC 5545 removed it; use EXDATE)")
		default:
			return nil, p.fail(l.Pos(0), "unknown line %s (want DTSTART, DTEND, DURATION, RRULE, EXDATE, RDATE or an X-PROSTAR- line)", quoted(pr.Name))
		}
		if p.props[pr.Name] != nil {
			return nil, p.fail(l.Pos(0), "%s given twice", pr.Name)
		}
		p.props[pr.Name] = pr
	}
	sp, dtstart, from, err := p.spec()
	if err != nil {
		return nil, err
	}
	s, err := New(sp)
	if err != nil {
		return nil, p.wrap(-1, err)
	}
	// DTSTART must be the first date the rule selects on or after From.
	first, ok := firstOccurrence(s)
	switch {
	case ok && first == dtstart.date:
	case !ok && from && sp.From == dtstart.date:
	case ok:
		return nil, p.fail(dtstart.at, "DTSTART %v is not an occurrence of the RRULE (the first on or after %v is %v); RFC 5545 would add DTSTART as an extra first window, which is more often a typo than a wish: write DTSTART %s, and RDATE with %s if you want that window too",
			dtstart.date, sp.From, first, ical.Date(first), ical.Date(dtstart.date))
	default:
		return nil, p.fail(dtstart.at, "DTSTART %v is not an occurrence of the RRULE (it selects no date on or after %v)", dtstart.date, sp.From)
	}
	return s, nil
}

// spec turns the lines read into a Spec. It returns DTSTART, and whether an
// X-PROSTAR-FROM line set From.
func (p *rfcParser) spec() (Spec, dtValue, bool, error) {
	var sp Spec
	var none dtValue
	pr := p.props["DTSTART"]
	if pr == nil {
		return sp, none, false, p.fail(0, "missing DTSTART (want DTSTART;TZID=Zone:YYYYMMDDTHHMMSS)")
	}
	vs, err := p.dateTimes(pr, "VALUE")
	if err != nil {
		return sp, none, false, err
	}
	if len(vs) != 1 {
		return sp, none, false, p.fail(pr.Pos(0), "DTSTART has %d values (want 1)", len(vs))
	}
	start := vs[0]
	switch {
	case start.dateOnly:
		return sp, none, false, p.fail(start.at, "DTSTART is a DATE (want a DATE-TIME: a window needs a start time)")
	case start.loc == nil:
		return sp, none, false, p.fail(start.at, "DTSTART: %v", errNoZone)
	case start.sec != 0:
		return sp, none, false, p.fail(start.at, "DTSTART has seconds (want a whole minute)")
	}
	sp.Location, sp.Start, sp.From = start.loc, start.clock, start.date

	if pr := p.props["X-PROSTAR-DISAMBIGUATION"]; pr != nil {
		if err := p.checkParams(pr); err != nil {
			return sp, none, false, err
		}
		d, err := tzdata.ParseDisambiguation(pr.Value)
		if err != nil {
			return sp, none, false, p.fail(pr.Pos(0), "unknown X-PROSTAR-DISAMBIGUATION %s (want COMPATIBLE, EARLIER, LATER or REJECT)", quoted(pr.Value))
		}
		sp.Disambiguation = d
	}

	if err := p.span(&sp, start); err != nil {
		return sp, none, false, err
	}

	if pr := p.props["RRULE"]; pr != nil {
		if err := p.checkParams(pr); err != nil {
			return sp, none, false, err
		}
		rule, until, err := p.rrule(pr)
		if err != nil {
			return sp, none, false, err
		}
		sp.Rule = rule
		if until != nil {
			sp.Until, err = untilDate(*until, &sp)
			if err != nil {
				return sp, none, false, p.wrap(until.at, err)
			}
		}
	} else {
		// A lone DTSTART is one window.
		sp.Rule = Rule{Freq: Daily, WeekStart: time.Monday}
		sp.Until = start.date
	}

	if pr := p.props["X-PROSTAR-OFFSET"]; pr != nil {
		if err := p.checkParams(pr); err != nil {
			return sp, none, false, err
		}
		n, err := strconv.Atoi(pr.Value)
		if err != nil || n < -366 || n > 366 || strings.HasPrefix(pr.Value, "+") {
			return sp, none, false, p.fail(pr.Pos(0), "bad X-PROSTAR-OFFSET %s (want whole days -366..366, such as 2)", quoted(pr.Value))
		}
		sp.Offset = n
	}

	from := false
	if pr := p.props["X-PROSTAR-FROM"]; pr != nil {
		if err := p.checkParams(pr, "VALUE"); err != nil {
			return sp, none, false, err
		}
		v, err := parseDateTime(pr.Value, true)
		if err != nil {
			return sp, none, false, p.fail(pr.Pos(0), "X-PROSTAR-FROM: %v", err)
		}
		if v.date.After(start.date) {
			return sp, none, false, p.fail(pr.Pos(0), "X-PROSTAR-FROM %v is after DTSTART %v", v.date, start.date)
		}
		sp.From, from = v.date, true
	}

	for _, pr := range p.exdates {
		vs, err := p.dateTimes(pr, "VALUE")
		if err != nil {
			return sp, none, false, err
		}
		for _, v := range vs {
			d, err := exceptDate(v, &sp)
			if err != nil {
				return sp, none, false, p.wrap(v.at, err)
			}
			sp.Except = append(sp.Except, d)
		}
	}
	for _, pr := range p.rdates {
		vs, err := p.dateTimes(pr, "VALUE")
		if err != nil {
			return sp, none, false, err
		}
		for _, v := range vs {
			x, err := extraOf(v, &sp)
			if err != nil {
				return sp, none, false, p.wrap(v.at, err)
			}
			sp.Extra = append(sp.Extra, x)
		}
	}
	return sp, start, from, nil
}

// span sets sp's End or Length from DTEND or DURATION.
func (p *rfcParser) span(sp *Spec, start dtValue) error {
	end, dur := p.props["DTEND"], p.props["DURATION"]
	wall := false
	if pr := p.props["X-PROSTAR-END"]; pr != nil {
		if err := p.checkParams(pr); err != nil {
			return err
		}
		switch strings.ToUpper(pr.Value) {
		case "WALL":
			wall = true
		case "EXACT":
		default:
			return p.fail(pr.Pos(0), "unknown X-PROSTAR-END %s (want WALL or EXACT)", quoted(pr.Value))
		}
		if end == nil {
			return p.fail(pr.Line.Pos(0), "X-PROSTAR-END without DTEND")
		}
	}
	switch {
	case end != nil && dur != nil:
		return p.fail(dur.Line.Pos(0), "both DTEND and DURATION (want one)")
	case end == nil && dur == nil:
		return p.fail(len(p.src), "missing DTEND or DURATION (want DURATION:PT4H, for example)")
	case dur != nil:
		if err := p.checkParams(dur); err != nil {
			return err
		}
		d, days, err := parseDuration(dur.Value)
		if err != nil {
			return p.fail(dur.Pos(0), "DURATION: %v", err)
		}
		if days > 0 {
			sp.End = sp.Start
			if days > 1 {
				sp.EndDays = days
			}
		} else {
			sp.Length = d
		}
		return nil
	}
	vs, err := p.dateTimes(end, "VALUE")
	if err != nil {
		return err
	}
	if len(vs) != 1 || vs[0].dateOnly {
		return p.fail(end.Pos(0), "DTEND must be one DATE-TIME")
	}
	v := vs[0]
	if v.loc == nil {
		return p.fail(v.at, "DTEND: %v", errNoZone)
	}
	if wall {
		next := start.date.AddDays(1)
		switch {
		case v.loc.String() != start.loc.String():
			return p.fail(v.at, "DTEND with X-PROSTAR-END:WALL must be in DTSTART's zone %s", start.loc)
		case v.sec != 0:
			return p.fail(v.at, "DTEND has seconds (want a whole minute)")
		case v.date == start.date && clockAfter(v.clock, start.clock):
		case v.date == next && !clockAfter(v.clock, start.clock):
		case v.date.After(start.date) && v.date.DaysSince(start.date) <= limitEndDays:
			// A later day: the end is that many days after each
			// window's date.
			sp.EndDays = v.date.DaysSince(start.date)
		default:
			return p.fail(v.at, "DTEND %v %v with X-PROSTAR-END:WALL must be later than DTSTART, within %d days",
				v.date, v.clock, limitEndDays)
		}
		sp.End = v.clock
		return nil
	}
	t0, err := start.instant(nil, sp.Disambiguation)
	if err != nil {
		return p.wrap(start.at, err)
	}
	t1, err := v.instant(nil, sp.Disambiguation)
	if err != nil {
		return p.wrap(v.at, err)
	}
	if !t1.After(t0) {
		return p.fail(v.at, "DTEND %v is not after DTSTART %v", t1, t0)
	}
	sp.Length = t1.Sub(t0)
	return nil
}

func clockAfter(a, b civil.Clock) bool { return a.Hour*60+a.Minute > b.Hour*60+b.Minute }

// parseDuration reads an RFC 5545 DURATION. It returns either an exact
// length (PTnHnMnS) or a number of nominal days (PnD, PnW), up to
// limitEndDays.
func parseDuration(s string) (time.Duration, int, error) {
	bad := fmt.Errorf("bad duration %s (want PTnHnMnS such as PT4H30M, or PnD such as P21D)", quoted(s))
	t := strings.TrimPrefix(s, "+")
	if strings.HasPrefix(t, "-") {
		return 0, 0, fmt.Errorf("negative duration %s", quoted(s))
	}
	if len(t) < 2 || t[0]|0x20 != 'p' {
		return 0, 0, bad
	}
	t = t[1:]
	var days int64
	var exact time.Duration
	inTime, any := false, false
	seen := ""
	for len(t) > 0 {
		if t[0]|0x20 == 't' {
			if inTime {
				return 0, 0, bad
			}
			inTime = true
			t = t[1:]
			if t == "" {
				return 0, 0, bad
			}
			continue
		}
		i := 0
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		if i == 0 || i > 9 || i >= len(t) {
			return 0, 0, bad
		}
		n, _ := strconv.ParseInt(t[:i], 10, 64)
		unit := t[i] &^ 0x20
		if strings.IndexByte(seen, unit) >= 0 {
			return 0, 0, bad
		}
		seen += string(unit)
		any = true
		switch {
		case !inTime && unit == 'W':
			days += 7 * n
		case !inTime && unit == 'D':
			days += n
		case inTime && unit == 'H':
			exact += time.Duration(n) * time.Hour
		case inTime && unit == 'M':
			exact += time.Duration(n) * time.Minute
		case inTime && unit == 'S':
			exact += time.Duration(n) * time.Second
		default:
			return 0, 0, bad
		}
		t = t[i+1:]
	}
	switch {
	case !any:
		return 0, 0, bad
	case days > 0 && exact > 0:
		return 0, 0, fmt.Errorf("duration %s mixes nominal days and exact time (want PTnHnM, or P1D)", quoted(s))
	case days > limitEndDays:
		return 0, 0, fmt.Errorf("duration %s is longer than %d days", quoted(s), limitEndDays)
	case days > 0:
		return 0, int(days), nil
	case exact <= 0:
		return 0, 0, fmt.Errorf("duration %s is not positive", quoted(s))
	}
	return exact, 0, nil
}

// weekdayCode is the RFC 5545 code of each weekday, indexed by
// [time.Weekday]; it serves both reading and writing.
var weekdayCode = [...]string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}

// weekdayOfCode returns the weekday whose code is s, in upper case.
func weekdayOfCode(s string) (time.Weekday, bool) {
	i := slices.Index(weekdayCode[:], s)
	return time.Weekday(i), i >= 0
}

// freqName is the RFC 5545 FREQ of each [Frequency], for reading and writing.
var freqName = [...]string{Daily: "DAILY", Weekly: "WEEKLY", Monthly: "MONTHLY", Yearly: "YEARLY"}

// rrule reads an RRULE value. It returns the UNTIL value, if any, for the
// caller to convert once the zone and start clock are known.
func (p *rfcParser) rrule(pr *ical.Prop) (Rule, *dtValue, error) {
	r := Rule{WeekStart: time.Monday}
	var until *dtValue
	seen := map[string]bool{}
	var byDayAt, byMonthDayAt, byYearDayAt, byWeekNoAt, bySetPosAt, countAt int
	off := 0
	for _, part := range strings.Split(pr.Value, ";") {
		at := pr.Pos(off)
		off += len(part) + 1
		if part == "" {
			continue
		}
		name, value, ok := strings.Cut(part, "=")
		name = strings.ToUpper(name)
		if !ok {
			return r, nil, p.fail(at, "RRULE part %s has no value (want NAME=VALUE)", quoted(part))
		}
		if seen[name] {
			return r, nil, p.fail(at, "RRULE part %s given twice", name)
		}
		seen[name] = true
		vat := at + len(name) + 1
		uv := strings.ToUpper(value)
		ints := func(min, max int) ([]int, error) {
			var out []int
			for _, f := range strings.Split(value, ",") {
				n, err := strconv.Atoi(f)
				if err != nil || len(f) > 6 || n == 0 && min < 0 || n < min || n > max {
					if min < 0 {
						return nil, p.fail(vat, "RRULE %s value %s out of range (want %d..-1 or 1..%d)", name, quoted(f), min, max)
					}
					return nil, p.fail(vat, "RRULE %s value %s out of range (want %d..%d)", name, quoted(f), min, max)
				}
				out = append(out, n)
			}
			return out, nil
		}
		var err error
		switch name {
		case "FREQ":
			switch i := slices.Index(freqName[:], uv); {
			case i > 0:
				r.Freq = Frequency(i)
			case uv == "HOURLY" || uv == "MINUTELY" || uv == "SECONDLY":
				return r, nil, p.fail(vat, "FREQ=%s is not supported (want DAILY, WEEKLY, MONTHLY or YEARLY: a window is a date and a start time)", uv)
			default:
				return r, nil, p.fail(vat, "unknown FREQ %s (want DAILY, WEEKLY, MONTHLY or YEARLY)", quoted(value))
			}
		case "INTERVAL":
			var v []int
			if v, err = ints(1, maxInterval); err == nil && len(v) != 1 {
				err = p.fail(vat, "RRULE INTERVAL has %d values (want 1)", len(v))
			}
			if err == nil {
				r.Interval = v[0]
				if r.Interval == 1 {
					r.Interval = 0 // the same rule; one canonical Spec
				}
			}
		case "COUNT":
			var v []int
			countAt = at
			if v, err = ints(1, maxCount); err == nil && len(v) != 1 {
				err = p.fail(vat, "RRULE COUNT has %d values (want 1)", len(v))
			}
			if err == nil {
				r.Count = v[0]
			}
		case "UNTIL":
			v, e := parseDateTime(value, len(value) == 8)
			if e != nil {
				return r, nil, p.fail(vat, "RRULE UNTIL: %v", e)
			}
			v.at = at
			until = &v
		case "BYDAY":
			byDayAt = at
			for _, f := range strings.Split(uv, ",") {
				if len(f) < 2 {
					return r, nil, p.fail(vat, "bad BYDAY value %s (want [+-][n]SU..SA, such as -1SA)", quoted(f))
				}
				wd, ok := weekdayOfCode(f[len(f)-2:])
				if !ok {
					return r, nil, p.fail(vat, "unknown BYDAY weekday %s (want SU, MO, TU, WE, TH, FR or SA)", quoted(f))
				}
				n := 0
				if num := f[:len(f)-2]; num != "" {
					n, err = strconv.Atoi(num)
					if err != nil || len(num) > 3 || n == 0 || n < -53 || n > 53 {
						return r, nil, p.fail(vat, "BYDAY ordinal %s out of range (want -53..-1 or 1..53)", quoted(f))
					}
				}
				r.ByDay = append(r.ByDay, WeekdayN{N: n, Weekday: wd})
			}
		case "BYMONTHDAY":
			byMonthDayAt = at
			r.ByMonthDay, err = ints(-31, 31)
		case "BYMONTH":
			var v []int
			if v, err = ints(1, 12); err == nil {
				for _, m := range v {
					r.ByMonth = append(r.ByMonth, time.Month(m))
				}
			}
		case "BYYEARDAY":
			byYearDayAt = at
			r.ByYearDay, err = ints(-366, 366)
		case "BYWEEKNO":
			byWeekNoAt = at
			r.ByWeekNo, err = ints(-53, 53)
		case "BYSETPOS":
			bySetPosAt = at
			r.BySetPos, err = ints(-366, 366)
		case "WKST":
			wd, ok := weekdayOfCode(uv)
			if !ok {
				return r, nil, p.fail(vat, "unknown WKST %s (want SU, MO, TU, WE, TH, FR or SA)", quoted(value))
			}
			r.WeekStart = wd
		case "BYHOUR", "BYMINUTE", "BYSECOND":
			return r, nil, p.fail(at, "RRULE %s is not supported (a window starts at DTSTART's time; use one schedule per time)", name)
		case "BYEASTER":
			return r, nil, p.fail(at, "RRULE BYEASTER is not supported (it is not part of RFC 5545)")
		default:
			return r, nil, p.fail(at, "unknown RRULE part %s (want FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYYEARDAY, BYWEEKNO, BYSETPOS or WKST)", quoted(name))
		}
		if err != nil {
			return r, nil, err
		}
	}
	// The constraints of RFC 5545 §3.3.10 that depend on FREQ.
	switch {
	case r.Freq == 0:
		return r, nil, p.fail(pr.Pos(0), "RRULE without FREQ (want FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)")
	case r.Count != 0 && until != nil:
		return r, nil, p.fail(countAt, "RRULE has both COUNT and UNTIL (RFC 5545 allows one)")
	case len(r.ByMonthDay) != 0 && r.Freq == Weekly:
		return r, nil, p.fail(byMonthDayAt, "BYMONTHDAY with FREQ=WEEKLY (RFC 5545 forbids it)")
	case len(r.ByYearDay) != 0 && r.Freq != Yearly:
		return r, nil, p.fail(byYearDayAt, "BYYEARDAY needs FREQ=YEARLY")
	case len(r.ByWeekNo) != 0 && r.Freq != Yearly:
		return r, nil, p.fail(byWeekNoAt, "BYWEEKNO needs FREQ=YEARLY")
	case len(r.BySetPos) != 0 && len(r.ByDay)+len(r.ByMonthDay)+len(r.ByMonth)+len(r.ByYearDay)+len(r.ByWeekNo) == 0:
		return r, nil, p.fail(bySetPosAt, "BYSETPOS without another BYxxx part (RFC 5545 requires one)")
	}
	for _, d := range r.ByDay {
		if d.N == 0 {
			continue
		}
		switch {
		case r.Freq != Monthly && r.Freq != Yearly:
			return r, nil, p.fail(byDayAt, "BYDAY ordinal %d%s needs FREQ=MONTHLY or YEARLY", d.N, weekdayCode[d.Weekday])
		case r.Freq == Yearly && len(r.ByWeekNo) != 0:
			return r, nil, p.fail(byDayAt, "BYDAY ordinal %d%s with BYWEEKNO (RFC 5545 forbids it)", d.N, weekdayCode[d.Weekday])
		case (r.Freq == Monthly || len(r.ByMonth) != 0) && (d.N < -5 || d.N > 5):
			// Within a month the ordinal counts that weekday in the month,
			// which happens at most five times. rrule-go panics on 8SA.
			return r, nil, p.fail(byDayAt, "BYDAY ordinal %d%s out of range within a month (want -5..-1 or 1..5)", d.N, weekdayCode[d.Weekday])
		}
	}
	if r.Interval <= 1 && len(r.ByWeekNo) == 0 {
		// WKST changes nothing then (RFC 5545 §3.3.10); one canonical
		// Spec lets String use the human form and still round-trip.
		r.WeekStart = time.Monday
	}
	r.ByDay = normalWeekdays(r.ByDay)
	r.ByMonthDay = normalInts(r.ByMonthDay)
	r.ByMonth = normalMonths(r.ByMonth)
	r.ByYearDay = normalInts(r.ByYearDay)
	r.ByWeekNo = normalInts(r.ByWeekNo)
	r.BySetPos = normalInts(r.BySetPos)
	return r, until, nil
}

// untilDate returns the last date a RRULE's UNTIL allows: the last date
// whose start is at or before UNTIL. A DATE UNTIL is that date.
func untilDate(v dtValue, sp *Spec) (civil.Date, error) {
	switch {
	case v.dateOnly:
		return v.date, nil
	case !v.utc:
		// Floating, read in the schedule's zone.
		if clockAfter(sp.Start, v.clock) {
			return v.date.AddDays(-1), nil
		}
		return v.date, nil
	}
	u := time.Date(v.date.Year, v.date.Month, v.date.Day, v.clock.Hour, v.clock.Minute, v.sec, 0, time.UTC)
	d := civil.DateOf(u.In(sp.Location))
	t, err := startOn(sp, d, tzdata.Compatible)
	if err != nil {
		return civil.Date{}, fmt.Errorf("RRULE UNTIL: %w", err)
	}
	if t.After(u) {
		return d.AddDays(-1), nil
	}
	return d, nil
}

// startOn returns the instant at which sp's window on date d opens, its
// start wall time resolved with dis.
func startOn(sp *Spec, d civil.Date, dis tzdata.Disambiguation) (time.Time, error) {
	return tzdata.Date(civil.DateTime{Date: d, Clock: civil.Clock{Hour: sp.Start.Hour, Minute: sp.Start.Minute}}, sp.Location, dis)
}

// exceptDate returns the date an EXDATE value skips.
func exceptDate(v dtValue, sp *Spec) (civil.Date, error) {
	if v.dateOnly {
		return v.date, nil
	}
	if v.loc == nil || v.loc.String() == sp.Location.String() {
		if v.clock != sp.Start || v.sec != 0 {
			return civil.Date{}, fmt.Errorf("EXDATE %v %v is not at DTSTART's time %v (want that time, or VALUE=DATE)", v.date, v.clock, sp.Start)
		}
		return v.date, nil
	}
	// Another zone or UTC: the instant must be the start of the window on
	// its date in the schedule's zone.
	t, err := v.instant(nil, tzdata.Compatible)
	if err != nil {
		return civil.Date{}, fmt.Errorf("EXDATE: %w", err)
	}
	d := civil.DateOf(t.In(sp.Location))
	for _, c := range [...]civil.Date{d, d.AddDays(-1)} {
		s, err := startOn(sp, c, sp.Disambiguation)
		if err == nil && s.Equal(t) {
			return c, nil
		}
	}
	return civil.Date{}, fmt.Errorf("EXDATE %v is not the start of a window (DTSTART's time %v in %v)", t.UTC().Format("20060102T150405Z"), sp.Start, sp.Location)
}

// extraOf returns the window an RDATE value adds.
func extraOf(v dtValue, sp *Spec) (Extra, error) {
	switch {
	case v.dateOnly:
		return Extra{Date: v.date, Start: sp.Start}, nil
	case v.loc == nil || v.loc.String() == sp.Location.String():
		if v.sec != 0 {
			return Extra{}, fmt.Errorf("RDATE %v has seconds (want a whole minute)", v.date)
		}
		return Extra{Date: v.date, Start: v.clock}, nil
	}
	t, err := v.instant(nil, tzdata.Compatible)
	if err != nil {
		return Extra{}, fmt.Errorf("RDATE: %w", err)
	}
	t = t.In(sp.Location)
	if t.Second() != 0 || t.Nanosecond() != 0 {
		return Extra{}, fmt.Errorf("RDATE %v has seconds in %v (want a whole minute)", t.Format(time.DateTime), sp.Location)
	}
	return Extra{Date: civil.DateOf(t), Start: civil.Clock{Hour: t.Hour(), Minute: t.Minute()}}, nil
}

// firstOccurrence returns the first date on or after From that s's rule
// selects, whether or not a window is produced on it (an EXDATE, a window
// inside a gap), and false when the rule selects none up to Until. It asks
// the engine's compiled rule, so it costs what one query does.
func firstOccurrence(s *Schedule) (civil.Date, bool) {
	d, ok := s.rule.next(s.rule.from, s.until-s.shift)
	d += s.shift
	if !ok {
		return civil.Date{}, false
	}
	return civil.DateOfDays(d), true
}
