package window

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/ical"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
)

// This file writes the RFC 5545 form of a spec; rfc5545_read.go reads it.

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

// rfcString writes s in the RFC 5545 form.
func rfcString(s *Schedule) string {
	sp := &s.spec
	loc := sp.Location
	first, ok := firstOccurrence(s)
	if !ok {
		first = sp.From
	}
	var lines []string
	lines = append(lines, dtProp("DTSTART", loc, []Extra{{Date: first, Start: sp.Start}}))
	switch {
	case sp.Length > 0:
		lines = append(lines, "DURATION:"+ical.Duration(sp.Length))
	case sp.End == sp.Start:
		lines = append(lines, fmt.Sprintf("DURATION:P%dD", max(sp.EndDays, 1)))
	default:
		d := first.AddDays(sp.EndDays)
		if sp.EndDays == 0 && !clockAfter(sp.End, sp.Start) {
			d = d.AddDays(1)
		}
		lines = append(lines, dtProp("DTEND", loc, []Extra{{Date: d, Start: sp.End}}), "X-PROSTAR-END:WALL")
	}
	lines = append(lines, "RRULE:"+rruleString(sp))
	if len(sp.Except) > 0 {
		xs := make([]Extra, len(sp.Except))
		for i, d := range sp.Except {
			xs[i] = Extra{Date: d, Start: sp.Start}
		}
		lines = append(lines, dtProp("EXDATE", loc, xs))
	}
	if len(sp.Extra) > 0 {
		lines = append(lines, dtProp("RDATE", loc, sp.Extra))
	}
	if sp.Offset != 0 {
		lines = append(lines, "X-PROSTAR-OFFSET:"+strconv.Itoa(sp.Offset))
	}
	if !ok || first != sp.From {
		lines = append(lines, "X-PROSTAR-FROM:"+ical.Date(sp.From))
	}
	if sp.Disambiguation != tzdata.Compatible {
		lines = append(lines, "X-PROSTAR-DISAMBIGUATION:"+strings.ToUpper(sp.Disambiguation.String()))
	}
	for i, l := range lines {
		lines[i] = ical.Fold(l)
	}
	return strings.Join(lines, "\r\n")
}

// dtProp writes NAME;TZID=Zone:V,V... for wall times in loc, or NAME:V,...Z
// in UTC.
func dtProp(name string, loc *time.Location, vs []Extra) string {
	var b strings.Builder
	b.WriteString(name)
	utc := loc.String() == "UTC" // time.UTC and tzdata.Load("UTC")
	if !utc {
		b.WriteString(";TZID=")
		tz, _ := ical.Param(loc.String()) // a zone name from tzdata is always writable
		b.WriteString(tz)
	}
	b.WriteByte(':')
	for i, v := range vs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(ical.DateTime(civil.DateTime{Date: v.Date, Clock: v.Start}))
		if utc {
			b.WriteByte('Z')
		}
	}
	return b.String()
}

// rruleString writes sp.Rule as an RRULE value, with sp.Until as UNTIL.
func rruleString(sp *Spec) string {
	until := ""
	if !sp.Until.IsZero() {
		until = untilString(sp)
	}
	return sp.Rule.rrule(until)
}

// String returns r as an RFC 5545 RRULE value, such as
// "FREQ=MONTHLY;BYDAY=-1SA": the parts in a fixed order, lists sorted,
// WKST only where it matters and is not RFC 5545's default Monday. A
// schedule's last date is not part of its Rule; [Schedule.RFC5545] adds
// it as UNTIL. For example, the rule of "2nd Tuesday of every month" is
// "FREQ=MONTHLY;BYDAY=2TU".
func (r Rule) String() string { return r.rrule("") }

// rrule writes r with UNTIL=until when until is not empty.
func (r Rule) rrule(until string) string {
	var freq string
	if int(r.Freq) < len(freqName) {
		freq = freqName[r.Freq]
	}
	if freq == "" {
		freq = fmt.Sprintf("Frequency(%d)", r.Freq)
	}
	parts := []string{"FREQ=" + freq}
	if r.Interval > 1 {
		parts = append(parts, "INTERVAL="+strconv.Itoa(r.Interval))
	}
	if r.Count > 0 {
		parts = append(parts, "COUNT="+strconv.Itoa(r.Count))
	}
	if until != "" {
		parts = append(parts, "UNTIL="+until)
	}
	ints := func(name string, ns []int) {
		if len(ns) == 0 {
			return
		}
		s := make([]string, len(ns))
		for i, n := range sortedInts(ns) {
			s[i] = strconv.Itoa(n)
		}
		parts = append(parts, name+"="+strings.Join(s, ","))
	}
	if len(r.ByMonth) > 0 {
		ms := make([]int, len(r.ByMonth))
		for i, m := range sortedMonths(r.ByMonth) {
			ms[i] = int(m)
		}
		ints("BYMONTH", ms)
	}
	ints("BYWEEKNO", r.ByWeekNo)
	ints("BYYEARDAY", r.ByYearDay)
	ints("BYMONTHDAY", r.ByMonthDay)
	if len(r.ByDay) > 0 {
		s := make([]string, 0, len(r.ByDay))
		for _, d := range sortedWeekdays(r.ByDay) {
			n := ""
			if d.N != 0 {
				n = strconv.Itoa(d.N)
			}
			code := "??"
			if d.Weekday >= 0 && int(d.Weekday) < len(weekdayCode) {
				code = weekdayCode[d.Weekday]
			}
			s = append(s, n+code)
		}
		parts = append(parts, "BYDAY="+strings.Join(s, ","))
	}
	ints("BYSETPOS", r.BySetPos)
	// WKST only when it matters; Parse reads it as Monday otherwise.
	if r.WeekStart != time.Monday && r.weekStartMatters() &&
		r.WeekStart >= 0 && int(r.WeekStart) < len(weekdayCode) {
		parts = append(parts, "WKST="+weekdayCode[r.WeekStart])
	}
	return strings.Join(parts, ";")
}

// untilString writes sp.Until as RFC 5545 wants it with a zoned DTSTART: the
// UTC instant of the last window's start (resolved as Compatible), which
// untilDate reads back to the same date.
func untilString(sp *Spec) string {
	u := sp.Until
	t, err := startOn(sp, u, tzdata.Compatible)
	if err != nil {
		return ical.Date(u)
	}
	return t.UTC().Format("20060102T150405Z")
}
