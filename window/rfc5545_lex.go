package window

import (
	"errors"
	"github.com/prostar/maintenance/internal/ical"
	"slices"
	"strings"
)

// This file holds what the RFC 5545 reader keeps while it reads, on top of
// internal/ical, which splits the text into content lines and properties;
// rfc5545_read.go gives them meaning and rfc5545_write.go writes them.

// errNoZone is the message for RFC 5545 times without a zone.
var errNoZone = errors.New("floating time has no zone (want TZID=Zone or a UTC time ending in Z)")

// Bounds on RRULE numbers. They are far beyond any maintenance schedule and
// keep the recurrence engine's arithmetic small.
const (
	maxInterval = 1000
	maxCount    = 100000
)

// rfcParser holds the spec being read and the lines read so far.
type rfcParser struct {
	specSource
	props map[string]*ical.Prop // single-valued lines by name
	exdates,
	rdates []*ical.Prop
}

// parseProp splits a content line into name, parameters and value, with
// an error at its place in the spec.
func (p *rfcParser) parseProp(l *ical.Line) (*ical.Prop, error) {
	pr, err := ical.ParseProp(l)
	if se := (*ical.SyntaxError)(nil); errors.As(err, &se) {
		return nil, p.fail(se.Pos, "%s", se.Msg)
	}
	return pr, err
}

// checkParams rejects parameters other than those allowed for pr.
func (p *rfcParser) checkParams(pr *ical.Prop, allowed ...string) error {
	seen := map[string]bool{}
	for _, pa := range pr.Params {
		if seen[pa.Name] {
			return p.fail(pr.Line.Pos(pa.At), "%s parameter %s given twice", pr.Name, pa.Name)
		}
		seen[pa.Name] = true
		if !slices.Contains(allowed, pa.Name) {
			want := "no parameters"
			if len(allowed) > 0 {
				want = strings.Join(allowed, " or ")
			}
			return p.fail(pr.Line.Pos(pa.At), "unknown %s parameter %s (want %s)", pr.Name, pa.Name, want)
		}
		if len(pa.Values) != 1 {
			return p.fail(pr.Line.Pos(pa.At), "%s parameter %s has %d values (want 1)", pr.Name, pa.Name, len(pa.Values))
		}
	}
	return nil
}
