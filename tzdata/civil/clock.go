package civil

import (
	"fmt"
	"strings"
	"time"
)

// A Clock is a wall-clock time of day, 00:00:00 to 23:59:59, in no zone.
// Windows are stated in minutes; Second is there so that a [DateTime]
// can name any whole second.
type Clock struct {
	Hour, Minute, Second int
}

// ParseClock parses a clock written as "15:04" or "15:04:05", two digits
// each. For example, ParseClock("22:00") is Clock{Hour: 22}.
func ParseClock(s string) (Clock, error) {
	bad := func(why string) (Clock, error) {
		return Clock{}, fmt.Errorf("civil: invalid clock %q: %s (want HH:MM or HH:MM:SS)", s, why)
	}
	if (len(s) != 5 && len(s) != 8) || s[2] != ':' || (len(s) == 8 && s[5] != ':') {
		return bad("wrong layout")
	}
	h, ok1 := digits(s[0:2])
	m, ok2 := digits(s[3:5])
	sec, ok3 := 0, true
	if len(s) == 8 {
		sec, ok3 = digits(s[6:8])
	}
	if !ok1 || !ok2 || !ok3 {
		return bad("not a number")
	}
	c := Clock{h, m, sec}
	if !c.IsValid() {
		return bad("out of range")
	}
	return c, nil
}

// ClockOf returns the wall-clock time of t in t's own location, to the
// second.
func ClockOf(t time.Time) Clock {
	h, m, s := t.Clock()
	return Clock{h, m, s}
}

// String returns the clock as "15:04", or "15:04:05" when Second is not
// zero.
func (c Clock) String() string {
	if c.Second != 0 {
		return fmt.Sprintf("%02d:%02d:%02d", c.Hour, c.Minute, c.Second)
	}
	return fmt.Sprintf("%02d:%02d", c.Hour, c.Minute)
}

// IsValid reports whether c is 00:00:00 to 23:59:59.
func (c Clock) IsValid() bool {
	return c.Hour >= 0 && c.Hour < 24 && c.Minute >= 0 && c.Minute < 60 && c.Second >= 0 && c.Second < 60
}

// Seconds returns the number of seconds from midnight to c on a day
// without clock changes. For example, 22:00 is 79200.
func (c Clock) Seconds() int64 {
	return int64(c.Hour)*3600 + int64(c.Minute)*60 + int64(c.Second)
}

// ClockOfSeconds returns the clock n seconds after midnight, n taken
// modulo a day. For example, ClockOfSeconds(79200) is 22:00.
func ClockOfSeconds(n int64) Clock {
	n = floorMod(n, SecondsPerDay)
	return Clock{int(n / 3600), int(n / 60 % 60), int(n % 60)}
}

// MarshalText returns the clock as [Clock.String] writes it.
func (c Clock) MarshalText() ([]byte, error) {
	if !c.IsValid() {
		return nil, fmt.Errorf("civil: cannot marshal invalid clock %s", c)
	}
	return []byte(c.String()), nil
}

// UnmarshalText parses a clock as [ParseClock] does.
func (c *Clock) UnmarshalText(b []byte) error {
	v, err := ParseClock(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// A DateTime is a date and a wall-clock time in no zone, such as
// 2026-10-31 22:00. Like cloud.google.com/go/civil, the Date and Clock are
// fields rather than embedded, so that DateTime does not promote AddDays
// or Seconds with a meaning that forgets the other half.
type DateTime struct {
	Date  Date
	Clock Clock
}

// DateTimeOf returns the date and wall-clock time of t in t's own location.
func DateTimeOf(t time.Time) DateTime { return DateTime{DateOf(t), ClockOf(t)} }

// String returns the date-time as "2006-01-02T15:04" or
// "2006-01-02T15:04:05".
func (dt DateTime) String() string { return dt.Date.String() + "T" + dt.Clock.String() }

// ParseDateTime parses a date-time written as [DateTime.String] writes it;
// a space may stand for the "T".
func ParseDateTime(s string) (DateTime, error) {
	i := strings.IndexAny(s, "T ")
	if i < 0 {
		return DateTime{}, fmt.Errorf("civil: invalid date-time %q (want YYYY-MM-DDTHH:MM[:SS])", s)
	}
	d, err := ParseDate(s[:i])
	if err != nil {
		return DateTime{}, err
	}
	c, err := ParseClock(s[i+1:])
	if err != nil {
		return DateTime{}, err
	}
	return DateTime{d, c}, nil
}

// IsValid reports whether both the date and the clock are valid.
func (dt DateTime) IsValid() bool { return dt.Date.IsValid() && dt.Clock.IsValid() }

// Wall returns the seconds from 1970-01-01 00:00 to dt on the floating
// calendar: the date-time read as if it were UTC. Package tzdata reads
// wall times in this form.
func (dt DateTime) Wall() int64 { return dt.Date.Days()*SecondsPerDay + dt.Clock.Seconds() }

// DateTimeOfWall returns the date-time w seconds after 1970-01-01 00:00 on
// the floating calendar; it is the inverse of [DateTime.Wall].
func DateTimeOfWall(w int64) DateTime {
	return DateTime{DateOfDays(floorDiv(w, SecondsPerDay)), ClockOfSeconds(w)}
}

// Compare returns -1, 0 or +1 as dt is before, equal to or after e.
func (dt DateTime) Compare(e DateTime) int {
	a, b := dt.Wall(), e.Wall()
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
