package notice

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// This file writes the sentence about a schedule's other windows, which
// must be true on the reader's clock for every one of them: a reader in
// Berlin of a Denver schedule has the work on Sunday morning, at 6 a.m.
// most months but at 5 a.m. on the Sunday the US and Europe disagree
// about daylight saving time.

// horizonMonths is how far ahead the sentence speaks for: the windows that
// overlap the 12 months after the send instant.
const horizonMonths = 12

// A form is how one window reads on a reader's clock: the day it starts
// on, counted from the date the rule selected (Sunday for a Saturday
// window read in Berlin), its start clock, the day it ends on, counted from
// its start, and its end clock.
type form struct {
	shift   int
	start   civil.Clock
	endDays int
	end     civil.Clock
}

func formOf(w window.Window, loc *time.Location) form {
	s, e := w.Start.In(loc), w.End.In(loc)
	sd := civil.DateOf(s)
	return form{
		shift: int(sd.Days() - w.Date.Days()), start: civil.ClockOf(s),
		endDays: int(civil.DateOf(e).Days() - sd.Days()), end: civil.ClockOf(e),
	}
}

// again returns the sentence about the other windows of n's schedule in
// the horizonMonths after n.Sent (see [Notice.Again]); this is the window
// announced, as the schedule gives it, and platform the schedule's zone.
//
// "The same time" is written only when every one of those windows reads,
// on the reader's clock, as this one does. Otherwise the sentence says the
// usual time (the one most of them have) and lists the dates that differ,
// so that it is true on every date it covers:
//
//	This downtime is also scheduled on the last Saturday of each month,
//	10 p.m. to 2 a.m. Mountain time; for you, Sunday from 6 a.m. to 10
//	a.m., except on Sunday, November 1st, 2026, from 5 a.m. to 10 a.m.
func again(n Notice, this window.Window, platform *time.Location) string {
	loc := n.Location
	var others []window.Window
	for w := range n.Schedule.Windows(n.Sent, n.Sent.AddDate(0, horizonMonths, 0)) {
		if w.Date == this.Date && w.OneOff == this.OneOff {
			continue
		}
		others = append(others, w)
	}
	if len(others) == 0 {
		return ""
	}
	mine := formOf(this, loc)
	forms := make([]form, len(others))
	count := map[form]int{}
	same := true
	weekday, oneWeekday := this.Date.Weekday(), true
	for i, w := range others {
		forms[i] = formOf(w, loc)
		count[forms[i]]++
		same = same && forms[i] == mine
		oneWeekday = oneWeekday && w.Date.Weekday() == weekday
	}
	// The usual time is the one most of the other windows have, and this
	// window's on a tie, so that the list of dates that differ is short.
	usual := mine
	for _, f := range forms {
		if count[f] > count[usual] {
			usual = f
		}
	}
	on := "on "
	if strings.HasPrefix(n.Recurrence, "every ") {
		on = ""
	}
	rec := on + n.Recurrence
	sameZone := loc.String() == platform.String()
	if sameZone && same {
		out := "This downtime is also scheduled for the same time " + rec + "."
		if none := missing(n.Schedule, n.Sent, platform); len(none) > 0 {
			out += " No window is scheduled on " + english.List(none...) + "."
		}
		return out
	}
	day := func(f form) string { // the reader's start day, "" in the same zone
		switch {
		case sameZone && f.shift == 0:
			return ""
		case oneWeekday:
			return weekdayAfter(weekday, f.shift) + " "
		case f.shift == 0:
			return "the same day "
		case f.shift == 1:
			return "the next day "
		case f.shift == -1:
			return "the day before "
		}
		if f.shift > 0 {
			return english.Plural(f.shift, "day") + " later "
		}
		return english.Plural(-f.shift, "day") + " earlier "
	}
	usualWords := day(usual) + formRange(usual, func(days int) string {
		if oneWeekday {
			return weekdayAfter(weekday, usual.shift+days)
		}
		if days == 1 {
			return "the next day"
		}
		return english.Plural(days, "day") + " later"
	})
	var b strings.Builder
	b.WriteString("This downtime is also scheduled " + rec)
	if sameZone {
		b.WriteString(", " + usualWords)
	} else {
		b.WriteString(", " + nominalWords(n.Schedule.Spec()) + " " + zoneClock(platform) + "; for you, ")
		if same {
			b.WriteString("the same time, ")
		}
		b.WriteString(usualWords)
	}
	// The windows that differ from the usual time, in runs of consecutive
	// windows that read alike.
	var runs []string
	for i := 0; i < len(others); i++ {
		if forms[i] == usual {
			continue
		}
		j := i
		for j+1 < len(others) && forms[j+1] == forms[i] {
			j++
		}
		first := others[i].Start.In(loc)
		when := "on " + yearDate(first)
		if j > i {
			when = "from " + yearDate(first) + ", through " + yearDate(others[j].Start.In(loc))
		}
		runs = append(runs, when+", "+formRange(forms[i], func(days int) string {
			return first.AddDate(0, 0, days).Weekday().String()
		}))
		i = j
	}
	if len(runs) > 0 {
		b.WriteString(", except " + english.List(runs...))
	}
	out := sentence(b.String())
	if none := missing(n.Schedule, n.Sent, platform); len(none) > 0 {
		// A date the rule selects but the schedule skips (an Except date,
		// or an occurrence a clock change left without a window) would
		// make "each month" false.
		out += " No window is scheduled on " + english.List(none...) + "."
	}
	return out
}

// missing returns, as "Saturday, December 26th, 2026" on the schedule's
// clock, the dates in the horizon after sent that the rule selects but
// that have no window: the schedule's Except dates and its drops.
func missing(s *window.Schedule, sent time.Time, platform *time.Location) []string {
	to := sent.AddDate(0, horizonMonths, 0)
	from, until := civil.DateOf(sent.In(platform)), civil.DateOf(to.In(platform))
	var dates []civil.Date
	for _, d := range s.Spec().Except {
		if !d.Before(from) && d.Before(until) {
			dates = append(dates, d)
		}
	}
	for d := range s.Dropped(sent, to) {
		dates = append(dates, d.Date)
	}
	slices.SortFunc(dates, civil.Date.Compare)
	dates = slices.Compact(dates)
	out := make([]string, len(dates))
	for i, d := range dates {
		out[i] = yearDate(time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC))
	}
	return out
}

// formRange is a form's times, "from 6 a.m. to 10 a.m.", with the end's
// day named by dayName when it is a later day (see [endDay]).
func formRange(f form, dayName func(days int) string) string {
	s := "from " + clockWords(f.start) + " to " + clockWords(f.end)
	switch {
	case f.endDays <= 0:
	case f.end == civil.Clock{}:
		s += " at the start of " + dayName(f.endDays)
	default:
		s += " " + dayName(f.endDays)
	}
	return s
}

// nominalWords is the schedule's span on its own clock, as a sentence
// about every window says it: "10 p.m. to 2 a.m.", "10 p.m. to 10 p.m.
// the next day", "from 10 p.m. for 26 hours".
func nominalWords(sp window.Spec) string {
	if sp.Length > 0 {
		return "from " + clockWords(sp.Start) + " for " + english.Length(sp.Length)
	}
	s := clockWords(sp.Start) + " to " + clockWords(sp.End)
	switch {
	case sp.EndDays > 1:
		s += " " + english.Plural(sp.EndDays, "day") + " later"
	case sp.EndDays == 1 || sp.End == sp.Start:
		s += " the next day"
	}
	return s
}

// clockWords is a wall clock in AP style, as timeOfDay writes an instant's.
func clockWords(c civil.Clock) string {
	return timeOfDay(time.Date(2000, 1, 1, c.Hour, c.Minute, 0, 0, time.UTC))
}

// yearDate is t's date with its year, "Sunday, November 1st, 2026": a
// sentence about the next 12 months may cross a New Year.
func yearDate(t time.Time) string {
	return fmt.Sprintf("%s, %s %s, %d", t.Weekday(), t.Month(), english.Ordinal(t.Day()), t.Year())
}

func weekdayAfter(d time.Weekday, n int) string {
	return time.Weekday(((int(d)+n)%7 + 7) % 7).String()
}
