package window_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/window"
	"github.com/teambition/rrule-go"
)

// The tests in this file pin down what rrule-go, used the ordinary way
// (DTSTART in the zone), gets wrong, next to what this package answers. The
// README's comparison table cites them; if rrule-go is fixed, they fail and
// the table must change.

// rruleDates returns the civil dates of rrule-go's first n occurrences of
// rule with DTSTART at the wall time dtstart in zone.
func rruleDates(t *testing.T, rule, zone string, dtstart [5]int, n int) []string {
	t.Helper()
	loc, err := tzdata.Load(zone)
	if err != nil {
		t.Fatal(err)
	}
	opt, err := rrule.StrToROption(rule)
	if err != nil {
		t.Fatal(err)
	}
	opt.Dtstart = time.Date(dtstart[0], time.Month(dtstart[1]), dtstart[2], dtstart[3], dtstart[4], 0, 0, loc)
	opt.Count = n
	r, err := rrule.NewRRule(*opt)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range r.All() {
		got = append(got, d.In(loc).Format("Mon 2006-01-02"))
	}
	return got
}

// scheduleDates returns the civil dates of the first n windows of spec on
// or after from.
func scheduleDates(t *testing.T, spec string, from time.Time, n int) []string {
	t.Helper()
	s, err := window.Parse(spec)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for w := range s.Windows(from, from.AddDate(1, 0, 0)) {
		if len(got) == n {
			break
		}
		got = append(got, time.Date(w.Date.Year, w.Date.Month, w.Date.Day, 0, 0, 0, 0, time.UTC).Format("Mon 2006-01-02"))
	}
	return got
}

// TestRRuleGoWrongDates: in zones whose midnight is skipped, rrule-go
// computes dates in the zone with time.Date and selects the wrong days.
// America/Santiago skipped 00:00-01:00 on Sunday 2025-09-07; Sao_Paulo
// skipped midnight on Sunday 2018-11-04.
func TestRRuleGoWrongDates(t *testing.T) {
	tests := []struct {
		name, rule, zone string
		dtstart          [5]int
		spec             string
		from             time.Time
		rrulego, ours    []string
	}{
		{
			name:    "Santiago daily at noon",
			rule:    "FREQ=DAILY",
			zone:    "America/Santiago",
			dtstart: [5]int{2025, 9, 5, 12, 0},
			spec:    "every day 12:00-13:00 America/Santiago from 2025-09-05",
			from:    time.Date(2025, 9, 5, 0, 0, 0, 0, time.UTC),
			rrulego: []string{"Fri 2025-09-05", "Sat 2025-09-06", "Sat 2025-09-06", "Mon 2025-09-08"},
			ours:    []string{"Fri 2025-09-05", "Sat 2025-09-06", "Sun 2025-09-07", "Mon 2025-09-08"},
		},
		{
			name:    "Sao Paulo every Sunday",
			rule:    "FREQ=WEEKLY;BYDAY=SU",
			zone:    "America/Sao_Paulo",
			dtstart: [5]int{2018, 10, 28, 0, 0},
			spec:    "every Sunday 00:00-02:00 America/Sao_Paulo from 2018-10-28",
			from:    time.Date(2018, 10, 28, 0, 0, 0, 0, time.UTC),
			rrulego: []string{"Sun 2018-10-28", "Sat 2018-11-03", "Sun 2018-11-11"},
			ours:    []string{"Sun 2018-10-28", "Sun 2018-11-04", "Sun 2018-11-11"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.rrulego, rruleDates(t, tt.rule, tt.zone, tt.dtstart, len(tt.rrulego))); diff != "" {
				t.Errorf("rrule-go dates changed (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.ours, scheduleDates(t, tt.spec, tt.from, len(tt.ours))); diff != "" {
				t.Errorf("window dates mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRRuleGoBreakingRules: rules that panic rrule-go, or make it loop
// forever, are errors here. Only the panicking ones are run through
// rrule-go (a hang cannot be tested without leaking a goroutine).
func TestRRuleGoBreakingRules(t *testing.T) {
	tests := []struct {
		name, rrule string
		panics      bool // rrule-go panics on it (false: it loops forever)
	}{
		{"BYDAY=8SA", "FREQ=MONTHLY;BYDAY=8SA", true},
		{"BYDAY=-6SA", "FREQ=MONTHLY;BYDAY=-6SA", true},
		{"huge INTERVAL", "FREQ=MONTHLY;INTERVAL=9223372036854775807;BYDAY=-1SA", true},
		{"BYDAY=53SA in December", "FREQ=YEARLY;BYMONTH=12;BYDAY=53SA", true},
		{"BYEASTER", "FREQ=YEARLY;BYEASTER=1000", true},
		{"hourly BYHOUR", "FREQ=HOURLY;INTERVAL=2;BYHOUR=1", false},
		{"minutely BYMINUTE", "FREQ=MINUTELY;INTERVAL=2;BYMINUTE=1", false},
		{"hourly every 24h", "FREQ=HOURLY;INTERVAL=24;BYHOUR=1", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.panics && !rrulePanics(tt.rrule) {
				t.Errorf("rrule-go no longer panics on %s", tt.rrule)
			}
			spec := "DTSTART;TZID=America/Denver:20200125T220000\nDURATION:PT4H\nRRULE:" + tt.rrule
			if _, err := window.Parse(spec); err == nil {
				t.Errorf("Parse(%q) succeeded, want an error", spec)
			} else if !strings.HasPrefix(err.Error(), "window: ") {
				t.Errorf("Parse(%q) error %q lacks the package prefix", spec, err)
			}
		})
	}
}

// rrulePanics reports whether building and iterating rule panics rrule-go.
func rrulePanics(rule string) (panicked bool) {
	defer func() {
		if recover() != nil {
			panicked = true
		}
	}()
	opt, err := rrule.StrToROption(rule)
	if err != nil {
		return false
	}
	opt.Dtstart = time.Date(2020, 1, 25, 22, 0, 0, 0, time.UTC)
	r, err := rrule.NewRRule(*opt)
	if err != nil {
		return false
	}
	next := r.Iterator()
	for i := 0; i < 3; i++ {
		if _, ok := next(); !ok {
			break
		}
	}
	return false
}
