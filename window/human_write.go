package window

import (
	"strings"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata"
)

// This file writes the human form of a spec: the canonical text that
// [Schedule.String] returns and [Parse] reads back (see human_read.go).

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
