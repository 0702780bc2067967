package window_test

import (
	"errors"
	"testing"
	"time"

	"github.com/prostar/maintenance/window"
)

// breakingRules are RRULEs that panic rrule-go v1.8.2 or make it loop
// forever. Parse must reject each with an error.
var breakingRules = []string{
	"FREQ=MONTHLY;BYDAY=8SA",
	"FREQ=MONTHLY;BYDAY=-6SA",
	"FREQ=MONTHLY;INTERVAL=9223372036854775807;BYDAY=-1SA",
	"FREQ=YEARLY;BYMONTH=12;BYDAY=53SA",
	"FREQ=YEARLY;BYEASTER=1000",
	"FREQ=HOURLY;INTERVAL=2;BYHOUR=1",
	"FREQ=MINUTELY;INTERVAL=2;BYMINUTE=1",
	"FREQ=HOURLY;INTERVAL=24;BYHOUR=1",
	"FREQ=MONTHLY;BYDAY=-1SA;COUNT=-5",
}

func breakingSpec(rule string) string {
	return crlf(denverStart, "DURATION:PT4H", "RRULE:"+rule)
}

func TestBreakingRules(t *testing.T) {
	for _, rule := range breakingRules {
		t.Run(rule, func(t *testing.T) {
			spec := breakingSpec(rule)
			s, err := window.Parse(spec)
			var pe *window.ParseError
			if !errors.As(err, &pe) {
				t.Errorf("Parse(%q) = %v, %v; want a *window.ParseError", spec, s, err)
			}
		})
	}
}

// FuzzParse checks, for any text, that Parse returns a schedule or a
// *ParseError without panicking or hanging, and that a schedule it returns
// round-trips through String and RFC5545 as [checkRoundTrip] checks (the
// same Spec, the same String) and has well-formed windows:
// Start before End, in strictly increasing order, none overlapping.
func FuzzParse(f *testing.F) {
	for _, s := range allSpecs() {
		f.Add(s)
	}
	for _, tt := range humanErrors {
		if len(tt.spec) < 1000 {
			f.Add(tt.spec)
		}
	}
	for _, tt := range rfcErrors {
		f.Add(tt.spec)
	}
	for _, r := range breakingRules {
		f.Add(breakingSpec(r))
	}
	starts := []time.Time{
		{},
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 10, 31, 12, 0, 0, 0, time.UTC),
		time.Date(2500, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 1, 0, 0, 0, 0, time.UTC),
	}
	f.Fuzz(func(t *testing.T, spec string) {
		s, err := window.Parse(spec)
		if err != nil {
			var pe *window.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) error %T %v, want a *window.ParseError", spec, err, err)
			}
			if pe.Pos < -1 || pe.Pos > len(spec) {
				t.Fatalf("Parse(%q) error at %d, outside the spec", spec, pe.Pos)
			}
			return
		}
		checkRoundTrip(t, s)
		for _, from := range starts {
			n := 0
			var prev window.Window
			for w := range s.Windows(from, from.AddDate(100, 0, 0)) {
				if !w.Start.Before(w.End) {
					t.Fatalf("%q: window %v..%v does not have Start before End", spec, w.Start, w.End)
				}
				if n > 0 && !prev.Start.Before(w.Start) {
					t.Fatalf("%q: window at %v follows the one at %v", spec, w.Start, prev.Start)
				}
				if n > 0 && w.Start.Before(prev.End) {
					t.Fatalf("%q: window %v..%v overlaps %v..%v", spec, w.Start, w.End, prev.Start, prev.End)
				}
				prev = w
				if n++; n == 20 {
					break
				}
			}
		}
	})
}
