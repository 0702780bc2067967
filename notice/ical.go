package notice

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/ical"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// An Event is what [Calendar] writes: windows of one schedule, or one-off
// windows, with the text a calendar shows for them.
type Event struct {
	Summary     string // SUMMARY of every instance
	Description string // DESCRIPTION; may be ""
	// Schedule is the schedule the windows come from. When it is set and
	// Windows holds at least two of its rule's windows, Calendar writes one
	// recurring VEVENT (RRULE, EXDATE, RDATE and RECURRENCE-ID overrides);
	// otherwise one VEVENT per window.
	Schedule *window.Schedule
	// Windows are the windows to write, in start order, all in one zone.
	Windows []window.Window
	// Stamp is DTSTAMP: when the calendar was made. It is a parameter, never
	// the clock, so that output is reproducible; use the send instant.
	Stamp time.Time
	// UID is the event's UID. "" derives a stable one from the schedule,
	// the first window and the summary (see [Calendar]).
	UID string
	// Sequence is SEQUENCE: raise it when a calendar replaces an earlier
	// one with the same UID (a reminder, a completion).
	Sequence int
}

// The calendar's PRODID.
const prodID = "-//Prostar//Maintenance notice//EN"

// Calendar returns e as an RFC 5545 VCALENDAR: CRLF line ends, lines folded
// at 75 octets between UTF-8 sequences, TEXT values escaped, and a
// VTIMEZONE for the windows' zone generated from the embedded zone
// database ([tzdata.Transitions]) for every year the calendar touches.
//
// A recurring schedule is one VEVENT: DTSTART in the zone at the first
// window's nominal wall time, DURATION of the nominal length, the
// schedule's RRULE bounded by an UNTIL just after the last window, EXDATE
// for each date the rule selects but the schedule skips, and RDATE for
// extra windows (none for an extra window at the rule's start on a date the
// schedule skips: it is that date's instance). An EXDATE whose wall time
// the zone skipped or repeated, and which some reader would read as the
// start of a window that is kept (Pacific/Apia's 2011-12-30), names only
// the other readings, in UTC, or is left out: that reader's instance for
// the date is the kept one. RFC 5545 readers give every instance the wall
// time of DTSTART on its date (a skipped time read with the offset before
// the gap) and the master's exact duration, and some readers (ical.js) add
// the duration in wall-clock time instead; every window on which either
// reading differs from the schedule's (a clock change inside the window, a
// start or end the zone skipped or repeated) gets an override VEVENT with
// RECURRENCE-ID and explicit DTSTART and DTEND. Those are written in the
// zone when the wall time is unambiguous and in UTC when it is not, so
// every reader reads the same instants.
//
// The derived UID is a hash of the zone, the schedule's String, the first
// window's start and the summary: the same inputs give the same UID.
func Calendar(e Event) ([]byte, error) {
	if len(e.Windows) == 0 {
		return nil, errors.New("notice: calendar has no window")
	}
	if e.Stamp.IsZero() {
		return nil, errors.New("notice: calendar needs a DTSTAMP instant")
	}
	loc := e.Windows[0].Start.Location()
	for i, w := range e.Windows {
		if w.Start.Location().String() != loc.String() {
			return nil, fmt.Errorf("notice: window %d is in %v, not %v", i, w.Start.Location(), loc)
		}
		if !w.Start.Before(w.End) {
			return nil, fmt.Errorf("notice: window %d ends at or before it starts", i)
		}
		if i > 0 && w.Start.Before(e.Windows[i-1].Start) {
			return nil, fmt.Errorf("notice: windows are not in start order at %d", i)
		}
	}
	c := &calendar{loc: loc, tzid: loc.String(), stamp: e.Stamp.UTC()}
	param, ok := ical.Param(c.tzid)
	switch {
	case c.tzid == "UTC":
		c.utc = true
	case c.tzid == "Local" || !ok:
		// A zone without a name, or whose name no parameter value can
		// hold (a control character, a DQUOTE), cannot be sent as a
		// TZID; every instant is written in UTC, one VEVENT per window.
		c.utc = true
		c.fixed = true
	default:
		// TZID=America/Denver as is; TZID="UTC+05:30" quoted, since a
		// colon, semicolon or comma would end the parameter (RFC 5545
		// section 3.2).
		c.tzparam = param
	}
	uid := e.UID
	if uid == "" {
		spec := ""
		if e.Schedule != nil {
			spec = e.Schedule.String()
		}
		uid = hashUID(c.tzid, spec, e.Windows[0].Start.UTC().Format(time.RFC3339Nano), e.Summary)
	}

	c.line("BEGIN:VCALENDAR")
	c.line("VERSION:2.0")
	c.line("PRODID:" + prodID)
	c.line("CALSCALE:GREGORIAN")
	c.line("METHOD:PUBLISH")
	body := *c
	body.out = nil
	if r, ok := recurrence(e, c); ok {
		body.series(e, uid, r)
	} else {
		for _, w := range e.Windows {
			id := uid
			if len(e.Windows) > 1 {
				id = hashUID(uid, w.Start.UTC().Format(time.RFC3339Nano))
			}
			body.event(e, id, "", w.Start, w.End, nil)
		}
	}
	if !c.utc {
		c.vtimezone(body.first, body.last)
	}
	c.out = append(c.out, body.out...)
	c.line("END:VCALENDAR")
	var b strings.Builder
	for _, l := range c.out {
		b.WriteString(ical.Fold(l) + "\r\n")
	}
	return []byte(b.String()), nil
}

// hashUID returns a UID that is a hash of parts: stable, and unique for
// different inputs.
func hashUID(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16]) + "@prostar-maintenance"
}

// A calendar collects content lines, unfolded.
type calendar struct {
	loc         *time.Location
	tzid        string // the zone's name, the VTIMEZONE's TZID value
	tzparam     string // tzid as a parameter value, quoted when it must be
	utc, fixed  bool
	stamp       time.Time
	out         []string
	first, last time.Time // instants written, for the VTIMEZONE's years
}

func (c *calendar) line(s string) { c.out = append(c.out, s) }

// seen widens the span of instants the VTIMEZONE must cover.
func (c *calendar) seen(t time.Time) {
	if c.first.IsZero() || t.Before(c.first) {
		c.first = t
	}
	if c.last.IsZero() || t.After(c.last) {
		c.last = t
	}
}

// instant returns ";TZID=zone:YYYYMMDDTHHMMSS" when t's wall time names
// only t in the zone, else ":YYYYMMDDTHHMMSSZ": a wall time in a repeated
// hour would be read as its first occurrence.
func (c *calendar) instant(t time.Time) string {
	c.seen(t)
	if !c.utc {
		l := t.In(c.loc)
		r := tzdata.Read(civil.DateTimeOf(l), c.loc)
		if r.Kind == tzdata.Exact && r.Earlier.Equal(t) {
			return ";TZID=" + c.tzparam + ":" + ical.DateTime(civil.DateTimeOf(l))
		}
	}
	return ":" + t.UTC().Format("20060102T150405Z")
}

// wall returns ";TZID=zone:" and the wall time of date at clock, as an
// RRULE generates it, or the UTC form in a UTC calendar.
func (c *calendar) wall(d civil.Date, clk civil.Clock) string {
	s := ical.DateTime(civil.DateTime{Date: d, Clock: clk})
	if c.utc {
		return ":" + s + "Z"
	}
	return ";TZID=" + c.tzparam + ":" + s
}

// event writes one VEVENT. recurrenceID is the RECURRENCE-ID's parameters
// and value for an override, "" for a standalone event; extra holds the
// master's recurrence lines.
func (c *calendar) event(e Event, uid, recurrenceID string, start, end time.Time, extra []string) {
	c.line("BEGIN:VEVENT")
	c.line("UID:" + ical.Text(uid))
	c.line("DTSTAMP:" + c.stamp.Format("20060102T150405Z"))
	if recurrenceID != "" {
		c.line("RECURRENCE-ID" + recurrenceID)
	}
	if extra != nil {
		// The master: DTSTART and DURATION come in extra, before the rule.
		c.out = append(c.out, extra...)
	} else {
		c.line("DTSTART" + c.instant(start))
		c.line("DTEND" + c.instant(end))
	}
	if e.Sequence > 0 {
		c.line(fmt.Sprintf("SEQUENCE:%d", e.Sequence))
	}
	c.line("SUMMARY:" + ical.Text(e.Summary))
	if e.Description != "" {
		c.line("DESCRIPTION:" + ical.Text(e.Description))
	}
	c.line("TRANSP:OPAQUE")
	c.line("END:VEVENT")
}

// A rule is what a recurring VEVENT needs from a schedule's RFC 5545 form.
type rule struct {
	start   civil.Clock // DTSTART's wall clock
	rrule   string      // RRULE value without UNTIL and COUNT
	exdates []civil.Date
}

// recurrence reports whether e is written as one recurring VEVENT, and
// the schedule's rule when it is, read from the schedule's definition
// ([window.Schedule.Spec]), never from text. A schedule whose rule dates
// are moved by an Offset ("2 days after the 2nd Tuesday") has no RRULE
// that says it, so its windows are written as individual VEVENTs, each
// with its own DTSTART and DTEND: every reader then reads exactly the
// schedule's instants.
func recurrence(e Event, c *calendar) (rule, bool) {
	if e.Schedule == nil || c.fixed {
		return rule{}, false
	}
	n := 0
	for _, w := range e.Windows {
		if !w.OneOff {
			n++
		}
	}
	if n < 2 {
		return rule{}, false
	}
	sp := e.Schedule.Spec()
	if sp.Offset != 0 {
		return rule{}, false
	}
	// The calendar bounds the series by the windows it writes, so the
	// rule goes without COUNT (and, being a Rule, without UNTIL).
	r := sp.Rule
	r.Count = 0
	return rule{start: sp.Start, rrule: r.String(), exdates: sp.Except}, true
}

// series writes windows of a schedule as one recurring VEVENT and its
// overrides.
func (c *calendar) series(e Event, uid string, r rule) {
	ws := e.Windows
	var rules []window.Window
	for _, w := range ws {
		if !w.OneOff {
			rules = append(rules, w)
		}
	}
	first, last := rules[0], rules[len(rules)-1]
	length := first.Nominal
	if length <= 0 {
		length = first.Duration()
	}
	// reader is the start an RFC 5545 reader computes for a rule date.
	reader := func(d civil.Date) time.Time {
		t, _ := c.read(d, r.start).Instant(tzdata.Compatible) // Compatible never fails
		return t
	}
	// UNTIL is inclusive and in UTC (RFC 5545 3.3.10, for a DTSTART with
	// TZID). The later of the reader's and the schedule's start of the last
	// window is before the next date's start, as windows do not overlap.
	until := last.Start
	if rs := reader(last.Date); rs.After(until) {
		until = rs
	}
	master := []string{
		"DTSTART" + c.wall(first.Date, r.start),
		"DURATION:" + ical.Duration(length),
		"RRULE:" + r.rrule + ";UNTIL=" + until.UTC().Format("20060102T150405Z"),
	}
	c.seen(reader(first.Date))
	c.seen(until.Add(length))

	have := map[civil.Date]bool{}
	for _, w := range rules {
		have[w.Date] = true
	}
	skip := map[civil.Date]bool{}
	for _, d := range r.exdates {
		skip[d] = true
	}
	for d := range e.Schedule.Dropped(first.Start.Add(-48*time.Hour), last.End.Add(48*time.Hour)) {
		skip[d.Date] = true
	}
	var exdates []civil.Date
	for d := range skip {
		if !have[d] && first.Date.Before(d) && d.Before(last.Date) {
			exdates = append(exdates, d)
		}
	}
	slices.SortFunc(exdates, civil.Date.Compare)
	// kept holds every start a reader could compute for a window the
	// calendar keeps: both readings of a rule date's wall time (see read)
	// and the extra windows' starts.
	kept := map[int64]bool{}
	for _, w := range ws {
		if w.OneOff {
			kept[w.Start.Unix()] = true
			continue
		}
		rd := c.read(w.Date, r.start)
		kept[rd.Earlier.Unix()], kept[rd.Later.Unix()] = true, true
	}
	// ruled holds the starts of skipped dates' rule instances that every
	// reader reads alike. An extra window starting at one is that
	// instance: exdate leaves it in (an EXDATE would remove the RDATE's
	// instant as well, RFC 5545 3.8.5.3), and no RDATE is written, since
	// ical.js would then list the instant twice.
	ruled := map[int64]bool{}
	for _, d := range exdates {
		if v, ok := c.exdate(d, r.start, kept); ok {
			master = append(master, "EXDATE"+v)
		}
		if rd := c.read(d, r.start); rd.Kind == tzdata.Exact {
			ruled[rd.Earlier.Unix()] = true
		}
	}
	for _, w := range ws {
		if w.OneOff && !ruled[w.Start.Unix()] {
			master = append(master, "RDATE:"+w.Start.UTC().Format("20060102T150405Z"))
			c.seen(w.Start)
		}
	}
	c.event(e, uid, "", time.Time{}, time.Time{}, master)

	for _, w := range ws {
		start, id := reader(w.Date), c.wall(w.Date, r.start)
		if w.OneOff {
			start, id = w.Start, ":"+w.Start.UTC().Format("20060102T150405Z")
		}
		if !c.differs(w, start, length) {
			continue
		}
		c.event(e, uid, id, w.Start, w.End, nil)
	}
}

// read returns what the rule's wall time clk on date d means in the
// calendar's zone: the one instant of an exact time, or the two readings
// of a time the zone skipped or repeated. Readers differ on a skipped
// time: RFC 5545 reads it with the offset before the gap (Later, as
// [tzdata.Compatible] does), ical.js with the offset after it (Earlier).
func (c *calendar) read(d civil.Date, clk civil.Clock) tzdata.Reading {
	return tzdata.Read(civil.DateTime{Date: d, Clock: clk}, c.loc)
}

// exdate returns the EXDATE parameters and value that remove the rule's
// instance on date d at clock clk, and false when no EXDATE must be
// written.
//
// Usually that is the wall time with TZID, which every reader resolves as
// it resolves the instance it generates. But a wall time the zone skipped
// or repeated has two readings, and readers differ (RFC 5545 reads a
// skipped time with the offset before the gap, ical.js with the offset
// after it); when a reading falls on the start of a window the calendar
// keeps (Pacific/Apia skipped 2011-12-30, so 22:00 that day reads as
// 22:00 on the 29th or on the 31st), that EXDATE would remove the kept
// window instead. The rule's instance for d is then the kept instance
// itself in that reader (a recurrence set holds an instant once), so only
// the other readings are excluded, in UTC; when every reading is a kept
// start nothing is written.
func (c *calendar) exdate(d civil.Date, clk civil.Clock, kept map[int64]bool) (string, bool) {
	rd := c.read(d, clk)
	readings := []time.Time{rd.Earlier}
	if !rd.Later.Equal(rd.Earlier) {
		readings = append(readings, rd.Later)
	}
	var free []string
	for _, t := range readings {
		if !kept[t.Unix()] {
			free = append(free, t.UTC().Format("20060102T150405Z"))
		}
	}
	switch len(free) {
	case len(readings):
		return c.wall(d, clk), true
	case 0:
		return "", false
	}
	for _, t := range readings {
		c.seen(t)
	}
	return ":" + strings.Join(free, ","), true
}

// differs reports whether a reader of the master could compute a window
// other than w for the instance it starts at start: a different start or
// length, a skipped or repeated wall time, or a clock change between the
// instants either reading spans (RFC 5545 adds DURATION as exact time,
// ical.js as wall-clock time).
func (c *calendar) differs(w window.Window, start time.Time, length time.Duration) bool {
	if start.IsZero() || !start.Equal(w.Start) || w.Duration() != length ||
		w.StartKind != tzdata.Exact || w.EndKind != tzdata.Exact {
		return true
	}
	end := w.End
	if e := start.Add(length); e.After(end) {
		end = e
	}
	end = end.Add(time.Hour)
	for range tzdata.Transitions(c.loc, start, end) {
		return true
	}
	return false
}

// vtimezone writes the VTIMEZONE for instants first..last: one observance
// for the offset in force on January 1 of first's year, then one STANDARD
// or DAYLIGHT observance per transition until the end of last's year, each
// with its explicit DTSTART (the wall time before the change),
// TZOFFSETFROM, TZOFFSETTO and TZNAME. Years are read in the zone, from
// a day before first to a day after last, so that a window near New Year
// is covered.
func (c *calendar) vtimezone(first, last time.Time) {
	from := time.Date(first.Add(-24*time.Hour).In(c.loc).Year(), 1, 1, 0, 0, 0, 0, c.loc)
	to := time.Date(last.Add(24*time.Hour).In(c.loc).Year()+1, 1, 1, 0, 0, 0, 0, c.loc)
	c.line("BEGIN:VTIMEZONE")
	c.line("TZID:" + ical.Text(c.tzid))
	name, off := from.In(c.loc).Zone()
	trs := slices.Collect(tzdata.Transitions(c.loc, from, to))
	if len(trs) == 0 || !trs[0].At.Equal(from) {
		kind := "STANDARD"
		if from.In(c.loc).IsDST() {
			kind = "DAYLIGHT"
		}
		c.observance(kind, from.In(time.FixedZone("", off)), tzdata.Offset{Name: name, Seconds: off}, tzdata.Offset{Name: name, Seconds: off})
	}
	for _, tr := range trs {
		kind := "STANDARD"
		if tr.At.In(c.loc).IsDST() {
			kind = "DAYLIGHT"
		}
		c.observance(kind, tr.At.In(time.FixedZone("", tr.Before.Seconds)), tr.Before, tr.After)
	}
	c.line("END:VTIMEZONE")
}

func (c *calendar) observance(kind string, wall time.Time, before, after tzdata.Offset) {
	c.line("BEGIN:" + kind)
	c.line("DTSTART:" + wall.Format("20060102T150405"))
	c.line("TZOFFSETFROM:" + ical.Offset(before.Seconds))
	c.line("TZOFFSETTO:" + ical.Offset(after.Seconds))
	if after.Name != "" {
		c.line("TZNAME:" + ical.Text(after.Name))
	}
	c.line("END:" + kind)
}
