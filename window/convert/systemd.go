package convert

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// toSystemd writes an OnCalendar= line (systemd.time(7)): weekdays, a
// date whose day part counts from the month's end after "~" (so
// "Sat *-*~07/1" is a Saturday among the month's last seven days: the
// last Saturday), a time and the schedule's zone. Weekdays and the date
// must both match, unlike cron's OR.
func toSystemd(s *window.Schedule, at time.Time, c *Config) error {
	sp := s.Spec()
	days, date, err := calendarDays(sp, "systemd")
	if err != nil {
		return err
	}
	zone, err := zoneName(sp.Location, "systemd")
	if err != nil {
		return err
	}
	expr := date + " " + sp.Start.String() + " " + zone
	if days != "" {
		expr = days + " " + expr
	}
	c.Text = "OnCalendar=" + expr
	c.Losses = append(c.Losses, noEndLosses(s, at, "systemd")...)
	c.Losses = append(c.Losses, startKindLosses(s, at, "systemd", "does not run that day", "")...)
	c.Losses = append(c.Losses, boundLosses(s, at, "systemd", false, false)...)
	return nil
}

// calendarDays returns a schedule's dates as systemd's weekday list and
// date ("Sat" and "*-*~07/1"), or an error naming what the target (systemd,
// or cron, which reuses the analysis) cannot say.
func calendarDays(sp window.Spec, name string) (days, date string, err error) {
	r := sp.Rule
	cannot := func(what string) (string, string, error) {
		return "", "", fmt.Errorf("convert: %s cannot say %s", name, what)
	}
	switch {
	case sp.Offset != 0:
		return cannot(fmt.Sprintf("a date %d days from the rule's", sp.Offset))
	case r.Interval > 1:
		return cannot(fmt.Sprintf("an interval (every %d periods)", r.Interval))
	case r.Count != 0, len(r.ByMonth) != 0, len(r.ByYearDay) != 0, len(r.ByWeekNo) != 0, len(r.BySetPos) != 0:
		return cannot("this rule (COUNT, BYMONTH, BYYEARDAY, BYWEEKNO or BYSETPOS)")
	}
	var names []string
	n, mixed := 0, false
	for i, d := range r.ByDay {
		names = append(names, d.Weekday.String()[:3])
		if i > 0 && d.N != n {
			mixed = true
		}
		n = d.N
	}
	days = strings.Join(names, ",")
	switch r.Freq {
	case window.Daily:
		if len(r.ByDay) == 0 && len(r.ByMonthDay) == 0 {
			return "", "*-*-*", nil
		}
	case window.Weekly:
		if len(r.ByDay) > 0 && n == 0 && !mixed {
			return days, "*-*-*", nil
		}
	case window.Monthly:
		switch {
		case len(r.ByDay) > 0 && len(r.ByMonthDay) > 0:
		case mixed:
			return cannot("weekdays with different ordinals in one rule")
		case n >= 1 && n <= 5:
			first := 7*(n-1) + 1
			return days, fmt.Sprintf("*-*-%02d..%02d", first, min(first+6, 31)), nil
		case n == -1:
			return days, "*-*~07/1", nil
		case len(r.ByMonthDay) > 0:
			var parts []string
			for _, d := range r.ByMonthDay {
				if d > 0 {
					parts = append(parts, fmt.Sprintf("%02d", d))
				} else {
					parts = append(parts, fmt.Sprintf("~%02d", -d))
				}
			}
			if slices.ContainsFunc(r.ByMonthDay, func(d int) bool { return d < 0 }) && len(parts) > 1 {
				return cannot("days counted from the start and from the end of the month in one rule")
			}
			if r.ByMonthDay[0] < 0 {
				return "", "*-*" + parts[0], nil
			}
			return "", "*-*-" + strings.Join(parts, ","), nil
		}
		if n != 0 {
			return cannot(fmt.Sprintf("the %s weekday of a month", ordinalWord(n)))
		}
	}
	return cannot("this rule")
}

// ordinalWord names the Nth weekday of a month: "2nd", "last", "3rd last".
func ordinalWord(n int) string {
	switch {
	case n == -1:
		return "last"
	case n < 0:
		return english.Ordinal(-n) + " last"
	}
	return english.Ordinal(n)
}

// fromSystemd reads an OnCalendar expression: [WEEKDAYS] [DATE] TIME [ZONE],
// or daily, weekly, monthly.
func fromSystemd(expr string, opt Options) (window.Spec, []string, error) {
	bad := func(format string, args ...any) (window.Spec, []string, error) {
		return window.Spec{}, nil, fmt.Errorf("convert: systemd calendar %q: "+format, append([]any{expr}, args...)...)
	}
	text := strings.TrimSpace(expr)
	text = strings.TrimSpace(strings.TrimPrefix(text, "OnCalendar="))
	switch strings.ToLower(text) {
	case "daily":
		text = "*-*-* 00:00:00"
	case "weekly":
		text = "Mon *-*-* 00:00:00"
	case "monthly":
		text = "*-*-01 00:00:00"
	case "minutely", "hourly", "quarterly", "semiannually", "yearly", "annually":
		return bad("%q: a schedule has daily, weekly and monthly rules only here", text)
	}
	fields := strings.Fields(text)
	if len(fields) == 0 {
		return bad("empty")
	}
	var (
		notes    []string
		weekdays []time.Weekday
		day      = "*"
		clock    civil.Clock
		loc      *time.Location
		haveTime bool
	)
	i := 0
	if ds, ok := systemdWeekdays(fields[0]); ok {
		weekdays, i = ds, 1
	}
	if i < len(fields) && strings.ContainsAny(fields[i], "-~") && !strings.Contains(fields[i], ":") {
		d, err := systemdDate(fields[i])
		if err != nil {
			return bad("date %q: %v", fields[i], err)
		}
		day, i = d, i+1
	}
	if i < len(fields) && strings.Contains(fields[i], ":") {
		c, err := systemdTime(fields[i])
		if err != nil {
			return bad("time %q: %v", fields[i], err)
		}
		clock, haveTime, i = c, true, i+1
	}
	if !haveTime {
		clock = civil.Clock{}
		notes = append(notes, "no time given: systemd reads midnight, 00:00")
	}
	if i < len(fields) {
		z, err := loadZone(fields[i], &notes)
		if err != nil {
			return bad("zone %q: %v", fields[i], err)
		}
		loc, i = z, i+1
	}
	if i < len(fields) {
		return bad("unexpected %q", fields[i])
	}
	if loc == nil {
		loc = zoneOr(opt, "systemd", &notes)
	}
	rule, err := dayRule(weekdays, day)
	if err != nil {
		return bad("%v", err)
	}
	length := lengthOr(opt, "systemd", &notes)
	return window.Spec{Rule: rule, Start: clock, Length: length, Location: loc, From: epoch}, notes, nil
}

// systemdWeekdays reads "Sat", "Mon,Thu", "Mon..Fri".
func systemdWeekdays(s string) ([]time.Weekday, bool) {
	var out []time.Weekday
	for _, part := range strings.Split(s, ",") {
		lo, hi, isRange := strings.Cut(part, "..")
		a, ok := weekdayOfCode(lo)
		if !ok {
			return nil, false
		}
		b := a
		if isRange {
			if b, ok = weekdayOfCode(hi); !ok {
				return nil, false
			}
		}
		for d := a; ; d = (d + 1) % 7 {
			out = append(out, d)
			if d == b {
				break
			}
		}
	}
	return out, true
}

// systemdDate reads a date whose year and month are "*" and returns its
// day part: "*", "15", "01,15", "08..14", or "~07/1" for a day part
// counted from the month's end.
func systemdDate(s string) (string, error) {
	if ym, d, ok := strings.Cut(s, "~"); ok {
		if ym != "*-*" {
			return "", fmt.Errorf("year and month %q: want *-*", ym)
		}
		switch d {
		case "07/1", "7/1", "07..01", "7..1":
			return "~07/1", nil
		}
		n, err := strconv.Atoi(d)
		if err != nil || n < 1 || n > 31 {
			return "", fmt.Errorf("day from the end %q: want 01..31 or 07/1", d)
		}
		return "~" + strconv.Itoa(n), nil
	}
	parts := strings.Split(s, "-")
	switch {
	case len(parts) == 3 && parts[0] == "*" && parts[1] == "*":
		return parts[2], nil
	case len(parts) == 2 && parts[0] == "*":
		return parts[1], nil
	}
	return "", fmt.Errorf("want *-*-DAY: a schedule read from systemd repeats in every year and month")
}

// systemdTime reads hh:mm or hh:mm:ss with single values.
func systemdTime(s string) (civil.Clock, error) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return civil.Clock{}, fmt.Errorf("want hh:mm[:ss]")
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || len(p) > 2 {
			return civil.Clock{}, fmt.Errorf("%q: want one number (a schedule starts once a day)", p)
		}
		n[i] = v
	}
	c := civil.Clock{Hour: n[0], Minute: n[1]}
	if n[2] != 0 {
		return civil.Clock{}, fmt.Errorf("seconds %q: a schedule read from systemd starts on a whole minute", parts[2])
	}
	if !c.IsValid() {
		return civil.Clock{}, fmt.Errorf("want 00:00 to 23:59")
	}
	return c, nil
}

// dayRule turns weekdays and a day part into a rule: "*" is every day or
// every such weekday; a week of days (01..07 ... 29..31) with weekdays is
// the Nth weekday; "~07/1" with weekdays the last; days alone are days of
// the month.
func dayRule(weekdays []time.Weekday, day string) (window.Rule, error) {
	var byDay []window.WeekdayN
	withN := func(n int) []window.WeekdayN {
		out := make([]window.WeekdayN, len(weekdays))
		for i, d := range weekdays {
			out[i] = window.WeekdayN{N: n, Weekday: d}
		}
		return out
	}
	byDay = withN(0)
	if day == "*" {
		if len(weekdays) == 0 || len(weekdays) == 7 {
			return window.Rule{Freq: window.Daily}, nil
		}
		return window.Rule{Freq: window.Weekly, ByDay: byDay}, nil
	}
	if day == "~07/1" {
		if len(weekdays) == 0 {
			return window.Rule{Freq: window.Monthly, ByMonthDay: []int{-7, -6, -5, -4, -3, -2, -1}}, nil
		}
		return window.Rule{Freq: window.Monthly, ByDay: withN(-1)}, nil
	}
	if rest, ok := strings.CutPrefix(day, "~"); ok {
		n, _ := strconv.Atoi(rest)
		if len(weekdays) > 0 {
			return window.Rule{}, fmt.Errorf("weekdays with day ~%s: no schedule rule says this", rest)
		}
		return window.Rule{Freq: window.Monthly, ByMonthDay: []int{-n}}, nil
	}
	var days []int
	for _, part := range strings.Split(day, ",") {
		lo, hi, isRange := strings.Cut(part, "..")
		a, err := strconv.Atoi(lo)
		b := a
		if err == nil && isRange {
			b, err = strconv.Atoi(hi)
		}
		if err != nil || a < 1 || b > 31 || b < a {
			return window.Rule{}, fmt.Errorf("day %q: want 1..31, a range a..b or a list", part)
		}
		for d := a; d <= b; d++ {
			days = append(days, d)
		}
	}
	if len(weekdays) == 0 {
		return window.Rule{Freq: window.Monthly, ByMonthDay: days}, nil
	}
	for n := 1; n <= 5; n++ {
		first := 7*(n-1) + 1
		if len(days) == min(first+6, 31)-first+1 && days[0] == first && !strings.Contains(day, ",") {
			return window.Rule{Freq: window.Monthly, ByDay: withN(n)}, nil
		}
	}
	return window.Rule{}, fmt.Errorf("weekdays with day %q: a schedule says an Nth weekday with days 01..07, 08..14, 15..21, 22..28 or 29..31, and the last with ~07/1", day)
}
