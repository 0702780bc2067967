package notice

import (
	"fmt"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata"
)

// This file holds the wording rules: US English in AP style, as the
// platform's notices use it. Every function reads the wall clock of its
// argument in the argument's own location, so callers convert to the
// audience's zone first (t.In(loc)).

// Ordinal returns n with its English ordinal suffix. For example,
// Ordinal(1) == "1st", Ordinal(12) == "12th" and Ordinal(22) == "22nd".
func Ordinal(n int) string { return english.Ordinal(n) }

// TimeOfDay returns the wall-clock time of t in AP style: "10 p.m.",
// "2 a.m.", "10:30 p.m.", and "noon" and "midnight" rather than 12 p.m. and
// 12 a.m., which readers confuse. Seconds are not shown.
func TimeOfDay(t time.Time) string {
	h, m := t.Hour(), t.Minute()
	switch {
	case h == 0 && m == 0:
		return "midnight"
	case h == 12 && m == 0:
		return "noon"
	}
	suffix := "a.m."
	if h >= 12 {
		suffix = "p.m."
	}
	h %= 12
	if h == 0 {
		h = 12
	}
	if m == 0 {
		return fmt.Sprintf("%d %s", h, suffix)
	}
	return fmt.Sprintf("%d:%02d %s", h, m, suffix)
}

// ZoneName returns the abbreviation of t's zone at t, as the zone database
// gives it for that instant ("MST" in January, "MDT" in July in
// America/Denver), never a constant. Zones whose abbreviation is numeric in
// the database read as an offset from UTC: "-03" is "UTC-3", "+0530" is
// "UTC+5:30" and "+1345" is "UTC+13:45". A zone with no abbreviation reads
// the same way.
func ZoneName(t time.Time) string {
	name, off := t.Zone()
	if name != "" && !numeric(name) {
		return name
	}
	return UTCOffset(off)
}

// numeric reports whether a zone abbreviation is an offset such as "-03",
// "+0530" or "+134530", which the database uses where no English
// abbreviation is in common use.
func numeric(name string) bool {
	if len(name) < 3 || (name[0] != '+' && name[0] != '-') {
		return false
	}
	for _, c := range name[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// UTCOffset returns an offset of secs seconds east of UTC as readers write
// it: "UTC" for zero, "UTC-3", "UTC+5:30".
func UTCOffset(secs int) string { return english.UTCOffset(secs) }

// Range returns the span from start to end as AP style writes it, with the
// zone abbreviation once when it is the same at both ends and at each end
// when it differs: "from 10 p.m. to 2 a.m. MST", "from 10 p.m. MDT to 2 a.m.
// MST". end is read in start's location. Range does not name days; see
// [Day] and [Until].
func Range(start, end time.Time) string {
	end = end.In(start.Location())
	s, e := ZoneName(start), ZoneName(end)
	if s == e {
		return fmt.Sprintf("from %s to %s %s", TimeOfDay(start), TimeOfDay(end), e)
	}
	return fmt.Sprintf("from %s %s to %s %s", TimeOfDay(start), s, TimeOfDay(end), e)
}

// Evening is the wall-clock hour from which a start later today is
// "tonight" rather than "today".
const Evening = 18

// Relative returns the word that places t relative to the instant sent,
// both read in t's location: "today", "tonight" (today, starting at 6 p.m.
// or later), "tomorrow", "this Saturday" (later in the same week), or ""
// when none applies (earlier than today, or after this week).
//
// A week runs Monday through Sunday, as ISO 8601 and most of the
// platform's clients count it: sent on a Monday, the following Sunday is
// "this Sunday"; sent on a Sunday, the next Saturday is not "this
// Saturday" but the full date.
func Relative(t, sent time.Time) string {
	sent = sent.In(t.Location())
	days := dayNumber(t) - dayNumber(sent)
	switch {
	case days == 0 && t.Hour() >= Evening:
		return "tonight"
	case days == 0:
		return "today"
	case days == 1:
		return "tomorrow"
	case days > 1 && days <= 6 && isoWeekday(t) > isoWeekday(sent):
		return "this " + t.Weekday().String()
	}
	return ""
}

// isoWeekday numbers Monday 1 through Sunday 7.
func isoWeekday(t time.Time) int {
	if wd := t.Weekday(); wd != time.Sunday {
		return int(wd)
	}
	return 7
}

// dayNumber is the count of civil days of t's wall-clock date since a fixed
// epoch, so that two dates subtract across month and year ends.
func dayNumber(t time.Time) int {
	y, m, d := t.Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// FullDate returns t's date as "Saturday, January 25th", with the year
// added when it differs from sent's ("Saturday, January 2nd, 2027"). Both
// are read in t's location.
func FullDate(t, sent time.Time) string {
	s := fmt.Sprintf("%s, %s %s", t.Weekday(), t.Month(), Ordinal(t.Day()))
	if t.Year() != sent.In(t.Location()).Year() {
		s += fmt.Sprintf(", %d", t.Year())
	}
	return s
}

// Day returns t's date relative to sent, in t's location, as a notice
// writes it: "this Saturday, January 25th", "tomorrow, Saturday, January
// 25th", "tonight, Saturday, January 25th", or the full date ("Saturday,
// January 25th", with the year when it is not sent's year).
func Day(t, sent time.Time) string {
	full := FullDate(t, sent)
	switch r := Relative(t, sent); {
	case r == "":
		return full
	case strings.HasPrefix(r, "this "):
		// "this Saturday, January 25th": the weekday is said once.
		return "this " + full
	default:
		return r + ", " + full
	}
}

// Until returns the end of a span that started at start as "until 2 a.m.
// Sunday" when it ends on a later day than it starts (the weekday within
// the week after the start, the full date beyond it), or "until 2 p.m."
// when it ends the same day. end is read in start's location.
func Until(start, end time.Time) string {
	end = end.In(start.Location())
	s := "until " + TimeOfDay(end)
	switch days := dayNumber(end) - dayNumber(start); {
	case days == 0:
		return s
	case days > 0 && days < 7:
		return s + " " + end.Weekday().String()
	default:
		return s + " " + FullDate(end, start)
	}
}

// Length returns an elapsed time in words: "5 hours", "3 hours 30
// minutes".
func Length(d time.Duration) string { return english.Length(d) }

// shiftWords is a clock shift as AP style spells it: "one hour", "two
// hours", "30 minutes".
func shiftWords(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	small := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	if d%time.Hour == 0 {
		if h := int(d / time.Hour); h < 10 {
			if h == 1 {
				return "one hour"
			}
			return small[h] + " hours"
		}
	}
	return Length(d)
}

// ClockChange returns the sentence that tells a reader what a transition
// inside a window does to the clocks, and how long the window lasts:
// "Clocks go back one hour at 2 a.m.; this window lasts 5 hours." The time
// is the wall-clock time at which the change happens, as clocks show it
// just before. A transition that changes only the abbreviation gives "".
func ClockChange(tr tzdata.Transition, length time.Duration) string {
	shift := time.Duration(tr.After.Seconds-tr.Before.Seconds) * time.Second
	if shift == 0 {
		return ""
	}
	dir := "forward"
	if shift < 0 {
		dir = "back"
	}
	at := tr.At.In(time.FixedZone(tr.Before.Name, tr.Before.Seconds))
	return fmt.Sprintf("Clocks go %s %s at %s; this window lasts %s.",
		dir, shiftWords(shift), TimeOfDay(at), Length(length))
}
