// Package ical writes and reads RFC 5545 content lines for package window
// (its RFC 5545 spec form) and package notice (calendar files): folding
// and unfolding, TEXT escaping, parameter values, the DATE, DATE-TIME,
// DURATION and UTC-OFFSET value forms, and splitting a line into name,
// parameters and value with the source position of every byte. One
// implementation, so that the two can never write or read the same value
// two ways.
//
// See https://www.rfc-editor.org/rfc/rfc5545 (sections 3.1, 3.2, 3.3).
package ical

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/prostar/maintenance/tzdata/civil"
)

// Fold returns content line l folded as RFC 5545 section 3.1 asks: no
// physical line longer than 75 octets, each continuation starting with a
// space (which counts toward its 75), never cut inside a UTF-8 sequence.
// The lines are joined by CRLF; no CRLF is added at the end.
func Fold(l string) string {
	if len(l) <= 75 {
		return l
	}
	var b strings.Builder
	limit := 75
	for len(l) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(l[cut]) {
			cut--
		}
		if cut == 0 {
			// Not UTF-8 at all: no sequence to keep whole, so cut at
			// the limit rather than never.
			cut = limit
		}
		b.WriteString(l[:cut])
		b.WriteString("\r\n ")
		l = l[cut:]
		limit = 74
	}
	b.WriteString(l)
	return b.String()
}

// Text escapes a TEXT value (section 3.3.11): backslash, semicolon, comma
// and newline. Other control characters, which TEXT does not allow, are
// dropped; a CR LF pair is one newline.
func Text(s string) string {
	var b strings.Builder
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == ';':
			b.WriteString(`\;`)
		case r == ',':
			b.WriteString(`\,`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Param returns s as a parameter value (section 3.2): quoted when it holds
// a colon, semicolon or comma, and false when it cannot be written at all,
// because it holds a DQUOTE or a control character, which no parameter
// value may hold, or is empty. A caller that gets false writes the value
// another way (package notice falls back to UTC instants for a zone whose
// name cannot be a TZID).
func Param(s string) (string, bool) {
	if s == "" {
		return "", false
	}
	for _, r := range s {
		if r == '"' || r < 0x20 || r == 0x7f || r == utf8.RuneError {
			return "", false
		}
	}
	if strings.ContainsAny(s, ":;,") {
		return `"` + s + `"`, true
	}
	return s, true
}

// Date formats d as a DATE value: "20200125".
func Date(d civil.Date) string {
	return fmt.Sprintf("%04d%02d%02d", d.Year, int(d.Month), d.Day)
}

// DateTime formats dt as a local DATE-TIME value: "20200125T220000".
func DateTime(dt civil.DateTime) string {
	c := dt.Clock
	return fmt.Sprintf("%sT%02d%02d%02d", Date(dt.Date), c.Hour, c.Minute, c.Second)
}

// UTC formats the instant t as a UTC DATE-TIME value: "20200126T050000Z".
func UTC(t time.Time) string { return DateTime(civil.DateTimeOf(t.UTC())) + "Z" }

// Duration formats d, its size rounded up to whole seconds, as an exact DURATION
// value (section 3.3.6): "PT4H", "PT3H30M", "PT0S". Days and weeks are
// nominal in RFC 5545, so an exact length is always written in hours,
// minutes and seconds.
func Duration(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	secs := int64((d + time.Second - 1) / time.Second)
	var b strings.Builder
	b.WriteString(sign + "PT")
	if h := secs / 3600; h > 0 {
		fmt.Fprintf(&b, "%dH", h)
	}
	if m := secs / 60 % 60; m > 0 {
		fmt.Fprintf(&b, "%dM", m)
	}
	if s := secs % 60; s > 0 || secs == 0 {
		fmt.Fprintf(&b, "%dS", s)
	}
	return b.String()
}

// Offset formats seconds east of UTC as a UTC-OFFSET value (section
// 3.3.14): "-0700", "+0530", "+003415" when there are seconds.
func Offset(secs int) string {
	sign := "+"
	if secs < 0 {
		sign, secs = "-", -secs
	}
	s := fmt.Sprintf("%s%02d%02d", sign, secs/3600, secs%3600/60)
	if secs%60 != 0 {
		s += fmt.Sprintf("%02d", secs%60)
	}
	return s
}
