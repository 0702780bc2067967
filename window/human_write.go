package window

import (
	"strconv"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata"
)

// This file writes the human form of a spec: the canonical text that
// [Schedule.String] returns and [Parse] reads back (see human_read.go).

// String returns the schedule in the canonical human form, such as
//
//	last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25
//
// or, when the human grammar cannot express the schedule (a BYSETPOS, a
// BYYEARDAY, a COUNT, a yearly rule, an except date the rule never
// selects and so on), the RFC 5545 form that [Schedule.RFC5545] returns.
// [Parse] of the result gives an equal schedule when its Location came
// from [tzdata.Load] or [tzdata.ParseZone] (a [time.FixedZone] built in Go
// may have a name Parse cannot read back). Parse normalizes what makes no difference: list
// order, repeats, INTERVAL=1 and a WKST without effect; so Parse(s.String())
// of a Spec built in Go may differ from it in those fields only.
// The zero Schedule's String is "".
func (s *Schedule) String() string {
	if s == nil || s.spec.Location == nil {
		return ""
	}
	// A spec built in Go may skip a date its rule never selects, which
	// the human form refuses as a typo; the RFC 5545 form keeps it.
	if h, ok := humanString(&s.spec); ok && checkMistakes(s) == nil {
		return h
	}
	return rfcString(s)
}

// humanString returns sp in the canonical human form, and false when the
// human grammar cannot say it. The form is
// RULE TIMES ZONE [from D] [until D] [except D, ...] [also D [HH:MM], ...] [dst X].
func humanString(sp *Spec) (string, bool) {
	rule, ok := humanRule(sp)
	if !ok || sp.Location == nil || sp.EndDays > 0 && sp.End != sp.Start {
		// An end on a later day at another clock has no human words;
		// the RFC 5545 form's DTEND says it.
		return "", false
	}
	var b strings.Builder
	b.WriteString(rule)
	b.WriteByte(' ')
	b.WriteString(sp.Start.String())
	switch {
	case sp.Length > 0:
		b.WriteString(" for ")
		b.WriteString(english.Duration(sp.Length))
	case sp.EndDays > 0:
		b.WriteString(" for ")
		b.WriteString(english.Plural(sp.EndDays, "day"))
	default:
		b.WriteByte('-')
		b.WriteString(sp.End.String())
	}
	b.WriteByte(' ')
	b.WriteString(sp.Location.String())
	oneOff := strings.HasPrefix(rule, "on ")
	if sp.From != defaultFrom && !oneOff {
		b.WriteString(" from ")
		b.WriteString(sp.From.String())
	}
	if !sp.Until.IsZero() && !oneOff {
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

// humanRule returns the rule part of the human form, with the offset
// before it, and false when the rule needs the RFC 5545 form. WeekStart
// is ignored: it changes nothing unless a rule has an INTERVAL over 1
// with BYDAY in a WEEKLY rule, where the human form's weeks run Monday to
// Sunday, or a BYWEEKNO, which the human form lacks.
func humanRule(sp *Spec) (string, bool) {
	r := &sp.Rule
	if r.Count != 0 || len(r.ByYearDay) != 0 || len(r.ByWeekNo) != 0 || len(r.BySetPos) != 0 {
		return "", false
	}
	interval := max(r.Interval, 1)
	days := sortedWeekdays(r.ByDay)
	switch r.Freq {
	case Daily:
		if len(days) != 0 || len(r.ByMonthDay) != 0 || len(r.ByMonth) != 0 || sp.Offset != 0 {
			return "", false
		}
		if interval == 1 && !sp.Until.IsZero() && sp.Until == sp.From {
			return "on " + sp.From.String(), true
		}
		return everyN(interval, "day", "days"), true
	case Weekly:
		if len(days) == 0 || len(r.ByMonthDay) != 0 || len(r.ByMonth) != 0 || sp.Offset != 0 {
			return "", false
		}
		if r.weekStartMatters() && r.WeekStart != time.Monday {
			return "", false
		}
		for _, d := range days {
			if d.N != 0 {
				return "", false
			}
		}
		set := weekdaySetName(days)
		switch interval {
		case 1:
			return "every " + set, true
		case 2:
			return "every other " + set, true
		}
		return "every " + strconv.Itoa(interval) + " weeks on " + set, true
	case Monthly:
		if len(days) == 0 && len(r.ByMonthDay) == 0 {
			return "", false
		}
		if len(days) != 0 && len(r.ByMonthDay) != 0 {
			return "", false
		}
		var parts []string
		for _, d := range days {
			if d.N == 0 || d.N < -5 || d.N > 5 {
				return "", false
			}
			parts = append(parts, ordinalName(d.N)+" "+d.Weekday.String())
		}
		for _, n := range sortedInts(r.ByMonthDay) {
			if n < 0 {
				parts = append(parts, ordinalName(n)+" day")
			} else {
				parts = append(parts, ordinalName(n))
			}
		}
		var months string
		switch {
		case len(r.ByMonth) != 0 && interval == 1:
			names := make([]string, 0, len(r.ByMonth))
			for _, m := range sortedMonths(r.ByMonth) {
				names = append(names, m.String())
			}
			months = english.List(names...)
		case len(r.ByMonth) != 0:
			return "", false
		case interval == 1:
			months = "every month"
		case interval == 2:
			months = "every other month"
		default:
			months = "every " + strconv.Itoa(interval) + " months"
		}
		rule := strings.Join(parts, ", ") + " of " + months
		switch {
		case sp.Offset == 1:
			rule = "1 day after the " + rule
		case sp.Offset > 1:
			rule = strconv.Itoa(sp.Offset) + " days after the " + rule
		case sp.Offset == -1:
			rule = "1 day before the " + rule
		case sp.Offset < -1:
			rule = strconv.Itoa(-sp.Offset) + " days before the " + rule
		}
		return rule, true
	}
	return "", false
}

// weekdaySetName writes a set of plain weekdays: "weekday" for Monday to
// Friday, "weekend" for Saturday and Sunday, else "Monday, Thursday".
func weekdaySetName(days []WeekdayN) string {
	names := make([]string, len(days))
	for i, d := range days {
		names[i] = d.Weekday.String()
	}
	switch strings.Join(names, ",") {
	case "Monday,Tuesday,Wednesday,Thursday,Friday":
		return "weekday"
	case "Saturday,Sunday":
		return "weekend"
	}
	return strings.Join(names, ", ")
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
