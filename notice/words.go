package notice

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
)

// This file holds the wording rules: US English in AP style, as the
// platform's notices use it. Every function reads the wall clock of its
// argument in the argument's own location, so callers convert to the
// audience's zone first (t.In(loc)).

// timeOfDay returns the wall-clock time of t in AP style: "10 p.m.",
// "2 a.m.", "10:30 p.m.", and "noon" and "midnight" rather than 12 p.m. and
// 12 a.m., which readers confuse. Seconds are not shown.
func timeOfDay(t time.Time) string {
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

// zoneName returns the abbreviation of t's zone at t, as the zone database
// gives it for that instant ("MST" in January, "MDT" in July in
// America/Denver), never a constant. Zones whose abbreviation is numeric in
// the database read as an offset from UTC: "-03" is "UTC-3", "+0530" is
// "UTC+5:30" and "+1345" is "UTC+13:45". A zone with no abbreviation reads
// the same way.
func zoneName(t time.Time) string {
	name, off := t.Zone()
	if name != "" && !numeric(name) {
		return name
	}
	return english.UTCOffset(off)
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

// rangeWords returns the span from start to end as AP style writes it,
// with the zone abbreviation once when it is the same at both ends and at
// each end when it differs, and the end's day when the span ends on a later
// day than it starts: "from 10 p.m. to 2 a.m. MST Sunday", "from 10 p.m.
// MDT to 2 a.m. MST Sunday", "from 3 a.m. to 7 a.m. CET". end is read in
// start's location. So a span of 24 hours or more never reads as a range
// within one day.
func rangeWords(start, end time.Time) string {
	end = end.In(start.Location())
	s, e := zoneName(start), zoneName(end)
	if s == e {
		return fmt.Sprintf("from %s to %s %s%s", timeOfDay(start), timeOfDay(end), e, endDay(start, end))
	}
	return fmt.Sprintf("from %s %s to %s %s%s", timeOfDay(start), s, timeOfDay(end), e, endDay(start, end))
}

// endDay names the day of end when it is later than start's (both read in
// start's location): "" on the same day, " Sunday" within the week after
// start, " Monday, February 3rd" beyond it. A span that ends at
// midnight ends as that day begins, which AP style's "midnight Sunday"
// would place a day earlier, so it reads " at the start of Monday".
func endDay(start, end time.Time) string {
	end = end.In(start.Location())
	days := civil.DateOf(end).DaysSince(civil.DateOf(start))
	name := end.Weekday().String()
	if days >= 7 {
		name = fullDate(end, start)
	}
	switch {
	case days <= 0:
		return ""
	case end.Hour() == 0 && end.Minute() == 0:
		return " at the start of " + name
	}
	return " " + name
}

// evening is the wall-clock hour from which a start later today is
// "tonight" rather than "today".
const evening = 18

// relative returns the word that places t relative to the instant sent,
// both read in t's location: "today", "tonight" (today, starting at 6 p.m.
// or later), "tomorrow", "this Saturday" (later in the same week), or ""
// when none applies (earlier than today, or after this week).
//
// A week runs Monday through Sunday, as ISO 8601 and most of the
// platform's clients count it: sent on a Monday, the following Sunday is
// "this Sunday"; sent on a Sunday, the next Saturday is not "this
// Saturday" but the full date.
func relative(t, sent time.Time) string {
	sent = sent.In(t.Location())
	days := civil.DateOf(t).DaysSince(civil.DateOf(sent))
	switch {
	case days == 0 && t.Hour() >= evening:
		return "tonight"
	case days == 0:
		return "today"
	case days == 1:
		return "tomorrow"
	case days > 1 && days <= 6 && isoWeekday(t.Weekday()) > isoWeekday(sent.Weekday()):
		return "this " + t.Weekday().String()
	}
	return ""
}

// isoWeekday numbers Monday 1 through Sunday 7: a week, as the
// platform's clients count it, begins on Monday.
func isoWeekday(d time.Weekday) int { return (int(d)+6)%7 + 1 }

// fullDate returns t's date as "Saturday, January 25th", with the year
// added when it differs from sent's ("Saturday, January 2nd, 2027"). Both
// are read in t's location.
func fullDate(t, sent time.Time) string {
	s := fmt.Sprintf("%s, %s %s", t.Weekday(), t.Month(), english.Ordinal(t.Day()))
	if t.Year() != sent.In(t.Location()).Year() {
		s += fmt.Sprintf(", %d", t.Year())
	}
	return s
}

// dayWords returns t's date relative to sent, in t's location, as a notice
// writes it: "this Saturday, January 25th", "tomorrow, Saturday, January
// 25th", "tonight, Saturday, January 25th", or the full date ("Saturday,
// January 25th", with the year when it is not sent's year).
func dayWords(t, sent time.Time) string {
	full := fullDate(t, sent)
	switch r := relative(t, sent); {
	case r == "":
		return full
	case strings.HasPrefix(r, "this "):
		// "this Saturday, January 25th": the weekday is said once.
		return "this " + full
	default:
		return r + ", " + full
	}
}

// untilWords returns the end of a span that started at start as "until 2 a.m.
// Sunday" when it ends on a later day than it starts (the weekday within
// the week after the start, the full date beyond it), or "until 2 p.m."
// when it ends the same day. end is read in start's location.
func untilWords(start, end time.Time) string {
	end = end.In(start.Location())
	s := "until " + timeOfDay(end)
	return s + endDay(start, end)
}

// clockChange returns the sentence that tells a reader what a transition
// inside a span does to the clocks, and how long the span (what: "this
// window", or "this period" for work that is no scheduled window) lasts:
// "Clocks go back one hour at 2 a.m.; this window lasts 5 hours." The time
// is the wall-clock time at which the change happens, as clocks show it
// just before. A transition that changes only the abbreviation gives "".
func clockChange(tr tzdata.Transition, length time.Duration, what string) string {
	if s := clockShift(tr); s != "" {
		return fmt.Sprintf("Clocks go %s; %s lasts %s.", s, what, english.Length(length))
	}
	return ""
}

// clockShift is what a transition does to the clocks, the words after
// "Clocks go": "back one hour at 2 a.m.". A transition that changes only
// the abbreviation gives "".
func clockShift(tr tzdata.Transition) string {
	shift := time.Duration(tr.After.Seconds-tr.Before.Seconds) * time.Second
	if shift == 0 {
		return ""
	}
	dir := "forward"
	if shift < 0 {
		dir = "back"
	}
	at := tr.At.In(time.FixedZone(tr.Before.Name, tr.Before.Seconds))
	return fmt.Sprintf("%s %s at %s", dir, english.Hours(shift), timeOfDay(at))
}

// genericNames holds the generic names by which people call the clocks of
// common zones, as US English writes them: "Mountain time" for every
// season of America/Denver, where "MST" would name only the winter. A
// zone not in the table is named after its IANA city ("Sao Paulo time");
// see [zoneClock].
var genericNames = map[string]string{
	"America/New_York":    "Eastern time",
	"America/Detroit":     "Eastern time",
	"America/Toronto":     "Eastern time",
	"America/Chicago":     "Central time",
	"America/Winnipeg":    "Central time",
	"America/Denver":      "Mountain time",
	"America/Boise":       "Mountain time",
	"America/Edmonton":    "Mountain time",
	"America/Phoenix":     "Arizona time",
	"America/Los_Angeles": "Pacific time",
	"America/Vancouver":   "Pacific time",
	"America/Anchorage":   "Alaska time",
	"Pacific/Honolulu":    "Hawaii time",
	"Europe/London":       "UK time",
	"Europe/Dublin":       "Irish time",
	"Europe/Lisbon":       "Portugal time",
	"Europe/Berlin":       "Central European time",
	"Europe/Paris":        "Central European time",
	"Europe/Madrid":       "Central European time",
	"Europe/Rome":         "Central European time",
	"Europe/Amsterdam":    "Central European time",
	"Europe/Zurich":       "Central European time",
	"Europe/Athens":       "Eastern European time",
	"Europe/Helsinki":     "Eastern European time",
	"Europe/Moscow":       "Moscow time",
	"Asia/Kolkata":        "India time",
	"Asia/Tokyo":          "Japan time",
	"Asia/Shanghai":       "China time",
	"Asia/Singapore":      "Singapore time",
	"UTC":                 "UTC",
	"Etc/UTC":             "UTC",
}

// zoneClock names loc's clock in words for a sentence that covers many
// dates, so never by a seasonal abbreviation: the generic name of a common
// zone ("Mountain time"), else the IANA name's city with spaces ("Sao Paulo
// time", "Lord Howe time"), else the name itself for a fixed zone such as
// "UTC+05:30".
func zoneClock(loc *time.Location) string {
	name := loc.String()
	if g, ok := genericNames[name]; ok {
		return g
	}
	if i := strings.LastIndexByte(name, '/'); i >= 0 && i < len(name)-1 {
		return strings.ReplaceAll(name[i+1:], "_", " ") + " time"
	}
	return name
}

// clean makes a name safe for every format, once, before any of them sees
// it: line breaks and tabs become spaces, other control characters (C0,
// DEL, C1, such as ESC) and the bidirectional embedding, override and
// isolate characters (U+202A..U+202E, U+2066..U+2069, and the marks
// U+200E, U+200F, U+061C), which could make a name read as other text,
// are removed, and runs of spaces become one.
func clean(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\r' || r == '\n' || r == '\t' || r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029:
			b.WriteByte(' ')
		case unicode.IsControl(r), r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069,
			r == 0x200E, r == 0x200F, r == 0x061C, r == utf8.RuneError:
		default:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
