package convert

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// lastMinute is the latest end kured's flags can say on the start's day.
var lastMinute = civil.Clock{Hour: 23, Minute: 59}

// toKured writes kured's reboot-window flags. kured (pkg/timewindow) reads
// --start-time and --end-time on the same day and reboots strictly
// between them, so an end at or before the start, such as 22:00-02:00,
// gives a window that never opens. The flags therefore stop at 23:59 on
// the start's day, and the part after midnight is a loss.
func toKured(s *window.Schedule, at time.Time, c *Config) error {
	sp := s.Spec()
	r := sp.Rule
	if sp.Offset != 0 || r.Interval > 1 || r.Count != 0 || len(r.ByMonth) != 0 || len(r.ByYearDay) != 0 ||
		len(r.ByWeekNo) != 0 || len(r.BySetPos) != 0 || len(r.ByMonthDay) != 0 || r.Freq == window.Yearly {
		return fmt.Errorf("convert: kured cannot say this rule: it holds a set of weekdays")
	}
	var days []string
	seen := map[time.Weekday]bool{}
	for _, d := range r.ByDay {
		if !seen[d.Weekday] {
			seen[d.Weekday] = true
			days = append(days, weekdayCode(d.Weekday))
		}
	}
	if r.Freq == window.Daily {
		days = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}
	}
	if r.Freq == window.Monthly {
		c.Losses = append(c.Losses, fmt.Sprintf("kured cannot say monthly: it may reboot on every %s, not only on the %s of the month",
			english.List(weekdayNames(r.ByDay)...), ordinalDays(r.ByDay)))
	}
	span := int64(sp.Length / time.Second)
	if sp.Length == 0 {
		span = ((sp.End.Seconds()-sp.Start.Seconds())%civil.SecondsPerDay + civil.SecondsPerDay) % civil.SecondsPerDay
		if span == 0 {
			span = civil.SecondsPerDay
		}
	}
	end := civil.ClockOfSeconds((sp.Start.Seconds() + span) % civil.SecondsPerDay)
	if sp.Start.Seconds()+span >= civil.SecondsPerDay {
		lost := time.Duration(sp.Start.Seconds()+span-lastMinute.Seconds()) * time.Second
		c.Losses = append(c.Losses, fmt.Sprintf("kured reads its start and end on the same day, so %s-%s would never open: the flags stop at 23:59, %s before the policy's end",
			sp.Start, end, english.Length(lost)))
		end = lastMinute
	}
	if sp.Length > 0 {
		c.Losses = append(c.Losses, fmt.Sprintf("kured ends on the wall clock: on a night the clocks change, its window ends at %s while the policy's lasts exactly %s", end, english.Length(sp.Length)))
	}
	zone, err := zoneName(sp.Location, "kured")
	if err != nil {
		return err
	}
	c.Text = fmt.Sprintf("--reboot-days=%s --start-time=%s --end-time=%s --time-zone=%s",
		strings.Join(days, ","), sp.Start, end, zone)
	c.Losses = append(c.Losses, boundLosses(s, at, "kured", false, false)...)
	return nil
}

func weekdayNames(ds []window.WeekdayN) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Weekday.String())
	}
	return out
}

// ordinalDays says which weekdays of the month a monthly rule picks: "last Saturday".
func ordinalDays(ds []window.WeekdayN) string {
	var out []string
	for _, d := range ds {
		out = append(out, ordinalWord(d.N)+" "+d.Weekday.String())
	}
	return english.List(out...)
}

// fromKured reads kured's flags: --reboot-days (every day when absent),
// --start-time (0:00), --end-time (23:59:59, read as midnight) and
// --time-zone (UTC), as
// --name=value or --name value. Other flags are noted and ignored.
func fromKured(expr string) (window.Spec, []string, error) {
	bad := func(format string, args ...any) (window.Spec, []string, error) {
		return window.Spec{}, nil, fmt.Errorf("convert: kured flags %q: "+format, append([]any{expr}, args...)...)
	}
	var notes []string
	values := map[string]string{}
	fields := strings.Fields(expr)
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		name, value, hasValue := strings.Cut(strings.TrimLeft(f, "-"), "=")
		if !strings.HasPrefix(f, "-") {
			return bad("%q: want --name=value", f)
		}
		switch name {
		case "reboot-days", "start-time", "end-time", "time-zone":
		default:
			notes = append(notes, fmt.Sprintf("%s is not about the window: ignored", f))
			continue
		}
		if !hasValue {
			if i+1 == len(fields) {
				return bad("--%s: no value", name)
			}
			i++
			value = fields[i]
		}
		values[name] = value
	}
	rule := window.Rule{Freq: window.Daily}
	if v, ok := values["reboot-days"]; ok {
		var byDay []window.WeekdayN
		for _, code := range strings.Split(v, ",") {
			d, ok := weekdayOfCode(strings.TrimSpace(code))
			if !ok {
				return bad("--reboot-days: unknown day %q (want sun..sat)", code)
			}
			if !containsDay(byDay, window.WeekdayN{Weekday: d}) {
				byDay = append(byDay, window.WeekdayN{Weekday: d})
			}
		}
		if len(byDay) < 7 {
			rule = window.Rule{Freq: window.Weekly, ByDay: byDay}
		}
	}
	start, end := civil.Clock{}, civil.Clock{}
	if _, ok := values["end-time"]; !ok {
		notes = append(notes, "no --end-time: kured's default, 23:59:59, is read as midnight")
	}
	for name, c := range map[string]*civil.Clock{"start-time": &start, "end-time": &end} {
		if v, ok := values[name]; ok {
			t, err := kuredTime(v)
			if err != nil {
				return bad("--%s %q: %v", name, v, err)
			}
			*c = t
		}
	}
	zone, ok := values["time-zone"]
	if !ok {
		zone = "UTC"
		notes = append(notes, "no --time-zone: kured's default is UTC")
	}
	loc, err := loadZone(zone, &notes)
	if err != nil {
		return bad("--time-zone: %v", err)
	}
	if _, set := values["end-time"]; set && end.Seconds() <= start.Seconds() {
		notes = append(notes, fmt.Sprintf("kured reads its start and end on the same day, so with an end at or before the start (%s-%s) it never reboots; read as the window it was meant to be, ending the next day",
			start, end))
	}
	return window.Spec{Rule: rule, Start: start, End: end, Location: loc, From: epoch}, notes, nil
}

// kuredTime reads the time forms kured accepts: 15:04, 3:04pm, 3pm, 15.
// kured's list also has "15:04:06", a layout whose "06" is a year, so
// seconds are not read.
func kuredTime(s string) (civil.Clock, error) {
	for _, layout := range []string{"15:04", "03:04pm", "3:04pm", "15", "03pm", "3pm"} {
		if t, err := time.Parse(layout, s); err == nil {
			return civil.ClockOf(t), nil
		}
	}
	if _, err := strconv.Atoi(s); err == nil {
		return civil.Clock{}, fmt.Errorf("want an hour from 0 to 23")
	}
	return civil.Clock{}, fmt.Errorf("want 15:04, 3:04pm, 3pm or 15")
}
