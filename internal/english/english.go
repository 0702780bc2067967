// Package english holds the small pieces of English that the window,
// classify and notice packages all write, so that they write them alike.
package english

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Ordinal returns n with its English ordinal suffix. For example,
// Ordinal(1) == "1st", Ordinal(12) == "12th" and Ordinal(22) == "22nd".
// A negative n keeps "th" so that the result is still well-formed text.
func Ordinal(n int) string {
	suffix := "th"
	switch m := n % 100; {
	case m < 0:
	case m >= 11 && m <= 13:
	case m%10 == 1:
		suffix = "st"
	case m%10 == 2:
		suffix = "nd"
	case m%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

// Plural returns n and noun, with an "s" unless n is 1: "1 window",
// "4 windows", "0 hours".
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// Length returns an elapsed time in words: "5 hours", "1 hour",
// "30 minutes", "3 hours 30 minutes". Seconds are dropped; a negative d
// is read as its size.
func Length(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	h, m := int(d/time.Hour), int(d%time.Hour/time.Minute)
	var parts []string
	if h > 0 {
		parts = append(parts, Plural(h, "hour"))
	}
	if m > 0 || h == 0 {
		parts = append(parts, Plural(m, "minute"))
	}
	return strings.Join(parts, " ")
}

// Duration returns d in Go's duration syntax without zero units, as a
// person writes it in a spec or a policy file: "3h", "1h30m", "1h30s",
// "72h", "0s". [time.ParseDuration] reads it back. A duration with a
// fraction of a second keeps Go's own form ("1.5s"); a negative one
// has a minus sign ("-1h").
func Duration(d time.Duration) string {
	if d == 0 {
		return "0s"
	}
	if d < 0 && d > -1<<63 {
		return "-" + Duration(-d)
	}
	if d%time.Second != 0 {
		return d.String()
	}
	var b strings.Builder
	if h := d / time.Hour; h > 0 {
		b.WriteString(strconv.FormatInt(int64(h), 10) + "h")
		d -= h * time.Hour
	}
	if m := d / time.Minute; m > 0 {
		b.WriteString(strconv.FormatInt(int64(m), 10) + "m")
		d -= m * time.Minute
	}
	if d > 0 {
		b.WriteString(strconv.FormatInt(int64(d/time.Second), 10) + "s")
	}
	return b.String()
}

// UTCOffset returns an offset of secs seconds east of UTC as readers write
// it: "UTC" for zero, "UTC-3", "UTC+5:30", "UTC+13:45". Seconds, which only
// local mean times have, are dropped.
func UTCOffset(secs int) string {
	if secs == 0 {
		return "UTC"
	}
	sign := "+"
	if secs < 0 {
		sign, secs = "-", -secs
	}
	h, m := secs/3600, secs%3600/60
	if m == 0 {
		return "UTC" + sign + strconv.Itoa(h)
	}
	return fmt.Sprintf("UTC%s%d:%02d", sign, h, m)
}

// List joins phrases as an English list, AP style (no serial comma):
// List("a") == "a", List("a", "b") == "a and b", List("a", "b", "c") ==
// "a, b and c". No phrase gives "".
func List(phrases ...string) string {
	switch len(phrases) {
	case 0:
		return ""
	case 1:
		return phrases[0]
	}
	return strings.Join(phrases[:len(phrases)-1], ", ") + " and " + phrases[len(phrases)-1]
}

// Hours returns a whole number of hours under ten spelled out, as AP style
// writes a clock shift: "one hour", "two hours"; any other length is
// [Length]'s ("30 minutes", "1 hour 30 minutes", "10 hours"). A negative
// length reads as its size.
func Hours(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	small := [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	if h := int(d / time.Hour); d%time.Hour == 0 && h < len(small) {
		if h == 1 {
			return "one hour"
		}
		return small[h] + " hours"
	}
	return Length(d)
}

// Verb returns the form of a verb that agrees with a count of n: one
// (the singular, "has") for 1, many ("have") otherwise, as in "1 window
// has" and "3 windows have".
func Verb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
