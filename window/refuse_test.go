package window_test

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/prostar/maintenance/window"
)

// TestNewRefusesBreakingRules checks that New, given a Spec (no grammar in
// the way), refuses at build time every rule that would make rrule-go
// panic, loop or walk for centuries, with an error naming the part.
// TestRRuleGoBreakingRules shows rrule-go panicking on the text of the
// first ones.
func TestNewRefusesBreakingRules(t *testing.T) {
	sat := func(n int) []window.WeekdayN { return []window.WeekdayN{{N: n, Weekday: time.Saturday}} }
	many := make([]int, 1001)
	for i := range many {
		many[i] = 1 + i%28
	}
	tests := []struct {
		name string
		rule window.Rule
		want string // in the error
	}{
		{"MONTHLY BYDAY=8SA", window.Rule{Freq: window.Monthly, ByDay: sat(8)}, "BYDAY ordinal 8 out of range"},
		{"MONTHLY BYDAY=-6SA", window.Rule{Freq: window.Monthly, ByDay: sat(-6)}, "BYDAY ordinal -6 out of range"},
		{"YEARLY BYMONTH=12 BYDAY=53SA", window.Rule{Freq: window.Yearly, ByMonth: []time.Month{12}, ByDay: sat(53)}, "BYDAY ordinal 53 out of range"},
		{"INTERVAL=MaxInt64", window.Rule{Freq: window.Monthly, Interval: math.MaxInt64, ByDay: sat(-1)}, "INTERVAL 9223372036854775807 out of range"},
		{"INTERVAL=-1", window.Rule{Freq: window.Monthly, Interval: -1, ByDay: sat(-1)}, "INTERVAL -1 out of range"},
		{"sub-daily frequency", window.Rule{Freq: window.Yearly + 1}, "frequency 5 unknown"},
		{"no frequency", window.Rule{}, "no frequency"},
		{"BYSETPOS=0", window.Rule{Freq: window.Monthly, ByDay: sat(0), BySetPos: []int{0}}, "BYSETPOS 0 out of range"},
		{"BYSETPOS=367", window.Rule{Freq: window.Yearly, ByDay: sat(0), BySetPos: []int{367}}, "BYSETPOS 367 out of range"},
		{"BYSETPOS=-367", window.Rule{Freq: window.Yearly, ByDay: sat(0), BySetPos: []int{-367}}, "BYSETPOS -367 out of range"},
		{"BYSETPOS=MinInt64", window.Rule{Freq: window.Yearly, ByDay: sat(0), BySetPos: []int{math.MinInt64}}, "out of range"},
		{"BYSETPOS alone", window.Rule{Freq: window.Monthly, BySetPos: []int{1}}, "BYSETPOS needs another BYxxx part"},
		{"BYSETPOS of 1001 entries", window.Rule{Freq: window.Monthly, ByMonthDay: []int{1}, BySetPos: many}, "BYSETPOS has 1001 entries"},
		{"BYMONTHDAY=32", window.Rule{Freq: window.Monthly, ByMonthDay: []int{32}}, "BYMONTHDAY 32 out of range"},
		{"BYYEARDAY=367", window.Rule{Freq: window.Yearly, ByYearDay: []int{367}}, "BYYEARDAY 367 out of range"},
		{"BYWEEKNO=54", window.Rule{Freq: window.Yearly, ByWeekNo: []int{54}}, "BYWEEKNO 54 out of range"},
		{"BYMONTH=13", window.Rule{Freq: window.Yearly, ByMonth: []time.Month{13}}, "BYMONTH 13 out of range"},
		{"weekday 7", window.Rule{Freq: window.Weekly, ByDay: []window.WeekdayN{{Weekday: 7}}}, "BYDAY weekday 7 is not a weekday"},
		{"WKST 9", window.Rule{Freq: window.Weekly, WeekStart: 9}, "WKST 9 is not a weekday"},
		{"COUNT=-5", window.Rule{Freq: window.Monthly, ByDay: sat(-1), Count: -5}, "COUNT -5 out of range"},
		{"February 30th", window.Rule{Freq: window.Yearly, ByMonth: []time.Month{2}, ByMonthDay: []int{30}}, "the rule selects no date"},
		{"week 53 in June", window.Rule{Freq: window.Yearly, ByWeekNo: []int{53}, ByMonth: []time.Month{6}}, "rule selects no date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp := eDenver(t)
			sp.Rule = tt.rule
			s, err := window.New(sp)
			if err == nil {
				t.Fatalf("New(%+v) = %v, want an error", tt.rule, s)
			}
			if !strings.HasPrefix(err.Error(), "window: ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New(%+v) error = %q, want one containing %q", tt.rule, err, tt.want)
			}
		})
	}
}

// TestGeneralPathEnds checks that rules on the rrule-go path, at the
// extremes it accepts, answer every query to the ends of the calendar:
// nothing is cut short in silence (the path used to recover from any
// panic and report "no more windows").
func TestGeneralPathEnds(t *testing.T) {
	every := []window.WeekdayN{{Weekday: time.Sunday}, {Weekday: time.Monday}, {Weekday: time.Tuesday},
		{Weekday: time.Wednesday}, {Weekday: time.Thursday}, {Weekday: time.Friday}, {Weekday: time.Saturday}}
	tests := []struct {
		name       string
		rule       window.Rule
		first      string // the first window's date from 2000-01-01
		last, prev string // Next from 9999-01-01 and Prev from the end of 9999
	}{
		// The 366th day of the year is December 31st of a leap year.
		{"BYSETPOS=366", window.Rule{Freq: window.Yearly, ByDay: every, BySetPos: []int{366}}, "2000-12-31", "", "9996-12-31"},
		{"BYSETPOS=-366", window.Rule{Freq: window.Yearly, ByDay: every, BySetPos: []int{-366}}, "2000-01-01", "", "9996-01-01"},
		{"last weekday of the month", window.Rule{Freq: window.Monthly, ByDay: every[1:6], BySetPos: []int{-1}}, "2000-01-31", "9999-01-29", "9999-12-31"},
		{"YEARLY BYWEEKNO=53", window.Rule{Freq: window.Yearly, ByWeekNo: []int{53}, ByDay: every[4:5], WeekStart: time.Monday}, "2004-12-30", "", "9998-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := eNew(t, window.Spec{Rule: tt.rule, Start: eClock("10:00"), Length: time.Hour,
				Location: eLoad(t, "UTC"), From: eDate("2000-01-01")})
			w, ok := s.Next(eUTC("2000-01-01 00:00"))
			if got := dateOr(w, ok); got != tt.first {
				t.Errorf("Next(2000-01-01) = %s, want %s", got, tt.first)
			}
			w, ok = s.Next(eUTC("9999-01-01 00:00"))
			if got := dateOr(w, ok); got != tt.last {
				t.Errorf("Next(9999-01-01) = %s, want %q", got, tt.last)
			}
			w, ok = s.Prev(eUTC("9999-12-31 23:00"))
			if got := dateOr(w, ok); got != tt.prev {
				t.Errorf("Prev(9999-12-31 23:00) = %s, want %s", got, tt.prev)
			}
		})
	}
}

func dateOr(w window.Window, ok bool) string {
	if !ok {
		return ""
	}
	return w.Date.String()
}
