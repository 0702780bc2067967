package convert

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// gkeWindow is GKE's RecurringTimeWindow as JSON: the first window, in UTC,
// and an RRULE whose weekdays are UTC weekdays.
type gkeWindow struct {
	Window     gkeTimes `json:"window"`
	Recurrence string   `json:"recurrence"`
}

type gkeTimes struct {
	StartTime string `json:"startTime"`
	EndTime   string `json:"endTime"`
}

// toGKE writes the recurringWindow object of a GKE maintenance policy.
// GKE keeps UTC, so, as for RDS, the window is the longest UTC span that
// lies inside the policy's window on every date of the next twelve
// months, on the policy's dates moved to the UTC day it falls on.
func toGKE(s *window.Schedule, at time.Time, c *Config) error {
	ws := ruleWindows(windowsAhead(s, at))
	if len(ws) == 0 {
		return fmt.Errorf("convert: GKE: the schedule has no window in the 12 months after %s", at.Format(time.RFC3339))
	}
	spans := make([]span, len(ws))
	for i, w := range ws {
		spans[i] = spanOf(w)
	}
	set := intersect(spans).minutes()
	var notes []string
	if set.length() >= time.Minute {
		notes = insideNotes("GKE keeps UTC", set.length(), ws[0].Nominal)
	} else {
		set = spans[0].minutes()
		notes = append(notes, fmt.Sprintf("no UTC window lies inside the policy's window on every date of the next 12 months: this is the policy's window of %s", ws[0].Date))
	}
	sp := s.Spec()
	rule, rrule, err := gkeRule(sp, set.dayShift())
	if err != nil {
		return err
	}
	target, err := window.New(window.Spec{
		Rule:     rule,
		Start:    set.clock(),
		Length:   set.length(),
		Location: time.UTC,
		From:     civil.DateOf(ws[0].Start.UTC()),
	})
	if err != nil {
		return fmt.Errorf("convert: GKE: %w", err)
	}
	first, ok := target.Next(at)
	if !ok {
		return fmt.Errorf("convert: GKE: the setting has no window after %s", at.Format(time.RFC3339))
	}
	text, err := json.MarshalIndent(gkeWindow{
		Window:     gkeTimes{first.Start.UTC().Format(time.RFC3339), first.End.UTC().Format(time.RFC3339)},
		Recurrence: rrule,
	}, "", "  ")
	if err != nil {
		return err
	}
	c.Text = string(text)
	c.Losses = append(c.Losses, notes...)
	c.Losses = append(c.Losses, gkeAvailability(windowsAhead(target, at))...)
	utcLosses(s, target, at, "GKE", c)
	if ss := seasons(ws); len(ss) > 1 {
		parts := make([]string, len(ss))
		for i, se := range ss {
			set := se.set.minutes()
			parts[i] = fmt.Sprintf("%s-%s UTC %s", set.clock(), span{set.b, set.b}.clock(), se.dates())
		}
		c.Losses = append(c.Losses, "the alternative is to change the setting by hand at each clock change: "+strings.Join(parts, ", "))
	}
	c.Losses = append(c.Losses, boundLosses(s, at, "GKE", true, false)...)
	return nil
}

// gkeRule moves the policy's rule to the UTC dates of its windows, shift
// days later, and writes it as GKE's RRULE. Weekdays move with the shift.
// An Nth weekday moved by a day is no Nth weekday, but it is a weekday
// among certain days of the month: the Sunday after the last Saturday is
// the Sunday among the month's last six days or its first, so
// FREQ=MONTHLY;BYDAY=SU;BYMONTHDAY=1,-6,-5,-4,-3,-2,-1 says it exactly.
// Moves with no such reading keep the ordinal, which is wrong in the
// months the drift lines list.
func gkeRule(sp window.Spec, shift int) (window.Rule, string, error) {
	r := sp.Rule
	cannot := func(what string) (window.Rule, string, error) {
		return window.Rule{}, "", fmt.Errorf("convert: GKE cannot say %s", what)
	}
	if sp.Offset != 0 || r.Interval > 1 || r.Count != 0 || len(r.ByMonth) != 0 || len(r.ByYearDay) != 0 ||
		len(r.ByWeekNo) != 0 || len(r.BySetPos) != 0 || (len(r.ByMonthDay) != 0 && shift != 0) {
		return cannot("this rule (an offset, INTERVAL, COUNT, BYMONTH, BYYEARDAY, BYWEEKNO or BYSETPOS, or BYMONTHDAY in another UTC day)")
	}
	out := window.Rule{Freq: r.Freq, ByMonthDay: slices.Clone(r.ByMonthDay)}
	if r.Freq == window.Monthly && len(r.ByDay) == 1 && len(r.ByMonthDay) == 0 {
		if days := movedDays(r.ByDay[0].N, shift); days != nil {
			out.ByDay = []window.WeekdayN{{Weekday: shiftDay(r.ByDay[0].Weekday, shift)}}
			out.ByMonthDay = days
		}
	}
	if out.ByDay == nil {
		for _, d := range r.ByDay {
			out.ByDay = append(out.ByDay, window.WeekdayN{N: d.N, Weekday: shiftDay(d.Weekday, shift)})
		}
	}
	var codes []string
	for _, w := range out.ByDay {
		code := strings.ToUpper(w.Weekday.String()[:2])
		if w.N != 0 {
			code = strconv.Itoa(w.N) + code
		}
		codes = append(codes, code)
	}
	var days []string
	for _, d := range out.ByMonthDay {
		days = append(days, strconv.Itoa(d))
	}
	switch r.Freq {
	case window.Daily:
		if len(r.ByDay) != 0 || len(r.ByMonthDay) != 0 {
			return cannot("a daily rule with weekdays or days of the month")
		}
		return out, "FREQ=DAILY", nil
	case window.Weekly:
		if len(r.ByDay) == 0 {
			return cannot("a weekly rule without weekdays")
		}
		return out, "FREQ=WEEKLY;BYDAY=" + strings.Join(codes, ","), nil
	case window.Monthly:
		rrule := "FREQ=MONTHLY"
		if len(codes) > 0 {
			rrule += ";BYDAY=" + strings.Join(codes, ",")
		}
		if len(days) > 0 {
			rrule += ";BYMONTHDAY=" + strings.Join(days, ",")
		}
		return out, rrule, nil
	}
	return cannot("a yearly rule")
}

// movedDays returns the days of the month on which the n-th weekday of a
// month falls when moved by shift days, or nil when they are not days of
// one month in every month: the last weekday moved a day later is in the
// last six days or on the 1st; the 1st to 3rd moved later, and the 2nd to
// 4th and the last moved earlier, stay within their month.
func movedDays(n, shift int) []int {
	span := func(a, b int) []int {
		var out []int
		for d := a; d <= b; d++ {
			out = append(out, d)
		}
		return out
	}
	switch {
	case n == -1 && shift == 1:
		return append([]int{1}, span(-6, -1)...)
	case n == -1 && shift == -1:
		return span(-7, -2)
	case n >= 1 && n <= 3 && shift == 1:
		return span(7*n-5, 7*n+1)
	case n >= 2 && n <= 4 && shift == -1:
		return span(7*n-7, 7*n-1)
	}
	return nil
}

// gkeAvailability checks GKE's rule that a maintenance policy allows at
// least 48 hours of maintenance in any 32 days, counting only windows of
// 4 hours or more.
func gkeAvailability(ws []window.Window) []string {
	if len(ws) == 0 {
		return nil
	}
	longest := time.Duration(0)
	for _, w := range ws {
		longest = max(longest, w.Duration())
	}
	if longest < 4*time.Hour {
		return []string{fmt.Sprintf("GKE requires at least 48 hours of maintenance in any 32 days and counts only windows of 4 hours or more: these last at most %s, so GKE refuses the setting",
			english.Length(longest))}
	}
	least := time.Duration(-1)
	for i, w := range ws {
		if w.Start.AddDate(0, 0, 32).After(ws[len(ws)-1].Start) {
			break
		}
		var sum time.Duration
		for _, v := range ws[i:] {
			if !v.Start.Before(w.Start.AddDate(0, 0, 32)) {
				break
			}
			if v.Duration() >= 4*time.Hour {
				sum += v.Duration()
			}
		}
		if least < 0 || sum < least {
			least = sum
		}
	}
	if least < 0 || least >= 48*time.Hour {
		return nil
	}
	return []string{fmt.Sprintf("GKE requires at least 48 hours of maintenance in any 32 days, counting only windows of 4 hours or more: this setting gives %s in some 32 days, so GKE refuses it",
		english.Length(least))}
}

// fromGKE reads a recurringWindow object, bare or inside {"recurringWindow": ...}.
func fromGKE(expr string) (window.Spec, []string, error) {
	bad := func(format string, args ...any) (window.Spec, []string, error) {
		return window.Spec{}, nil, fmt.Errorf("convert: GKE recurringWindow: "+format, args...)
	}
	var outer struct {
		RecurringWindow *gkeWindow `json:"recurringWindow"`
	}
	var rw gkeWindow
	if err := strictJSON(expr, &outer); err == nil && outer.RecurringWindow != nil {
		rw = *outer.RecurringWindow
	} else if err := strictJSON(expr, &rw); err != nil {
		return bad("%v", err)
	}
	start, err := time.Parse(time.RFC3339, rw.Window.StartTime)
	if err != nil {
		return bad("window.startTime %q: want RFC 3339", rw.Window.StartTime)
	}
	end, err := time.Parse(time.RFC3339, rw.Window.EndTime)
	if err != nil {
		return bad("window.endTime %q: want RFC 3339", rw.Window.EndTime)
	}
	start, end = start.UTC(), end.UTC()
	if !end.After(start) || end.Sub(start) > 7*24*time.Hour || start.Second() != 0 || end.Second() != 0 {
		return bad("window %s to %s: want an end after the start, within 7 days, in whole minutes", rw.Window.StartTime, rw.Window.EndTime)
	}
	rule, err := readRRule(rw.Recurrence)
	if err != nil {
		return bad("recurrence %q: %v", rw.Recurrence, err)
	}
	sp := window.Spec{Rule: rule, Start: civil.ClockOf(start), Location: time.UTC, From: civil.DateOf(start)}
	if l := end.Sub(start); l <= 24*time.Hour {
		sp.End = civil.ClockOf(end)
	} else {
		sp.Length = l
	}
	return sp, []string{"GKE keeps UTC: the schedule is in UTC, and its weekdays are UTC weekdays"}, nil
}

// readRRule reads the RRULE subset GKE settings use: FREQ DAILY, WEEKLY
// or MONTHLY, BYDAY, with ordinals in a MONTHLY rule, and BYMONTHDAY.
func readRRule(s string) (window.Rule, error) {
	var r window.Rule
	for _, part := range strings.Split(strings.TrimPrefix(s, "RRULE:"), ";") {
		name, value, ok := strings.Cut(part, "=")
		if !ok {
			return r, fmt.Errorf("part %q: want NAME=VALUE", part)
		}
		switch strings.ToUpper(name) {
		case "FREQ":
			switch strings.ToUpper(value) {
			case "DAILY":
				r.Freq = window.Daily
			case "WEEKLY":
				r.Freq = window.Weekly
			case "MONTHLY":
				r.Freq = window.Monthly
			default:
				return r, fmt.Errorf("FREQ=%s: want DAILY, WEEKLY or MONTHLY", value)
			}
		case "BYDAY":
			for _, code := range strings.Split(value, ",") {
				code = strings.ToUpper(code)
				if len(code) < 2 {
					return r, fmt.Errorf("BYDAY %q: want a weekday such as SA or -1SA", code)
				}
				d, ok := rruleDay(code[len(code)-2:])
				n := 0
				if num := code[:len(code)-2]; num != "" {
					var err error
					if n, err = strconv.Atoi(num); err != nil || n == 0 || n < -5 || n > 5 {
						ok = false
					}
				}
				if !ok {
					return r, fmt.Errorf("BYDAY %q: want a weekday such as SA or -1SA", code)
				}
				r.ByDay = append(r.ByDay, window.WeekdayN{N: n, Weekday: d})
			}
		case "BYMONTHDAY":
			for _, v := range strings.Split(value, ",") {
				d, err := strconv.Atoi(v)
				if err != nil || d == 0 || d < -31 || d > 31 {
					return r, fmt.Errorf("BYMONTHDAY %q: want 1..31 or -31..-1", v)
				}
				r.ByMonthDay = append(r.ByMonthDay, d)
			}
		default:
			return r, fmt.Errorf("part %s: read are FREQ, BYDAY and BYMONTHDAY", name)
		}
	}
	if r.Freq == 0 {
		return r, fmt.Errorf("no FREQ")
	}
	return r, nil
}

func rruleDay(code string) (time.Weekday, bool) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.ToUpper(d.String()[:2]) == code {
			return d, true
		}
	}
	return 0, false
}

// strictJSON decodes one JSON value, refusing unknown fields and trailing data.
func strictJSON(s string, v any) error {
	dec := json.NewDecoder(bytes.NewReader([]byte(s)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("data after the JSON object")
	}
	return nil
}
