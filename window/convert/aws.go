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

// epoch is the first date of the schedules read from settings that have
// none, the human form's default.
var epoch = civil.Date{Year: 1970, Month: time.January, Day: 1}

// awsName and awsMin are the target's name in losses and its shortest
// window: 30 minutes for RDS, 60 for ElastiCache (their API references).
func awsName(f Format) (string, time.Duration) {
	if f == ElastiCache {
		return "ElastiCache", time.Hour
	}
	return "RDS", 30 * time.Minute
}

// toAWS writes the longest weekly UTC window inside the policy's window on
// every date of the next twelve months. RDS and ElastiCache hold one
// window a week, so the policy's windows are grouped by weekday and the
// weekday whose common span is longest wins (Monday first on a tie).
func toAWS(s *window.Schedule, at time.Time, c *Config) error {
	name, least := awsName(c.Format)
	ws := ruleWindows(windowsAhead(s, at))
	if len(ws) == 0 {
		return fmt.Errorf("convert: %s: the schedule has no window in the 12 months after %s", name, at.Format(time.RFC3339))
	}
	groups := map[time.Weekday][]window.Window{}
	for _, w := range ruleWindows(ws) {
		groups[w.Date.Weekday()] = append(groups[w.Date.Weekday()], w)
	}
	var (
		day  time.Weekday
		best span
		seen bool
	)
	for i := range 7 {
		d := time.Weekday((i + 1) % 7) // Monday first
		g := groups[d]
		if len(g) == 0 {
			continue
		}
		spans := make([]span, len(g))
		for k, w := range g {
			spans[k] = spanOf(w)
		}
		in := intersect(spans).minutes()
		if !seen || in.length() > best.length() {
			day, best, seen = d, in, true
		}
	}
	sp := s.Spec()
	nominal := ws[0].Nominal
	var notes []string
	if best.length() >= least {
		if best.length() > 24*time.Hour {
			best.b = best.a + 24*60*60
		}
		notes = append(notes, insideNotes(name+" keeps one weekly window in UTC", best.length(), nominal)...)
	} else {
		first := ws[0]
		day, best = first.Date.Weekday(), spanOf(first).minutes()
		notes = append(notes, fmt.Sprintf("no weekly UTC window of at least %s (%s's shortest) lies inside the policy's window on every date of the next 12 months: this is the policy's window of %s",
			english.Length(least), name, first.Date))
		if best.length() < least {
			notes = append(notes, fmt.Sprintf("%s's shortest window is %s: the setting runs %s past the policy's end",
				name, english.Length(least), english.Length(least-best.length())))
			best.b = best.a + int64(least/time.Second)
		}
	}
	c.Text = awsText(day, best)

	target, err := awsSchedule(day, best)
	if err != nil {
		return fmt.Errorf("convert: %s: %w", name, err)
	}
	switch r := sp.Rule; {
	case r.Freq == window.Monthly || r.Freq == window.Yearly:
		c.Losses = append(c.Losses, fmt.Sprintf("%s cannot say monthly: it repeats every week", name))
	case r.Interval > 1:
		c.Losses = append(c.Losses, fmt.Sprintf("%s cannot say every %d weeks: it repeats every week", name, r.Interval))
	case len(groups) > 1:
		c.Losses = append(c.Losses, fmt.Sprintf("%s holds one window a week: only the policy's %s windows are in it", name, day))
	}
	c.Losses = append(c.Losses, notes...)
	utcLosses(s, target, at, name, c)
	if ss := seasons(groups[day]); len(ss) > 1 {
		parts := make([]string, len(ss))
		for i, se := range ss {
			parts[i] = fmt.Sprintf("%s %s", awsText(day, se.set.minutes()), se.dates())
		}
		c.Losses = append(c.Losses, "the alternative is to change the setting by hand at each clock change: "+strings.Join(parts, ", "))
	}
	c.Losses = append(c.Losses, boundLosses(s, at, name, false, false)...)
	return nil
}

// awsText writes a span of the windows of local weekday day as
// ddd:hh24:mi-ddd:hh24:mi.
func awsText(day time.Weekday, set span) string {
	end := span{set.b, set.b}
	return fmt.Sprintf("%s:%s-%s:%s",
		weekdayCode(shiftDay(day, set.dayShift())), set.clock(),
		weekdayCode(shiftDay(day, end.dayShift())), end.clock())
}

func shiftDay(d time.Weekday, n int) time.Weekday {
	return time.Weekday(((int(d)+n)%7 + 7) % 7)
}

// awsSchedule is what RDS does with the setting: a weekly UTC window.
func awsSchedule(day time.Weekday, set span) (*window.Schedule, error) {
	return window.New(window.Spec{
		Rule:     window.Rule{Freq: window.Weekly, ByDay: []window.WeekdayN{{Weekday: shiftDay(day, set.dayShift())}}},
		Start:    set.clock(),
		End:      civil.ClockOfSeconds((set.clock().Seconds() + set.b - set.a) % civil.SecondsPerDay),
		Location: time.UTC,
		From:     epoch,
	})
}

// fromAWS reads ddd:hh24:mi-ddd:hh24:mi, in UTC.
func fromAWS(f Format, expr string) (window.Spec, []string, error) {
	name, least := awsName(f)
	bad := func(format string, args ...any) (window.Spec, []string, error) {
		return window.Spec{}, nil, fmt.Errorf("convert: %s window %q: "+format, append([]any{name, expr}, args...)...)
	}
	lo, hi, ok := strings.Cut(strings.TrimSpace(expr), "-")
	if !ok {
		return bad("want ddd:hh24:mi-ddd:hh24:mi, such as sun:05:00-sun:08:00")
	}
	d1, c1, err := awsPoint(lo)
	if err != nil {
		return bad("start %q: %v", lo, err)
	}
	d2, c2, err := awsPoint(hi)
	if err != nil {
		return bad("end %q: %v", hi, err)
	}
	week := int64(7 * civil.SecondsPerDay)
	length := ((int64(d2-d1)*civil.SecondsPerDay+c2.Seconds()-c1.Seconds())%week + week) % week
	if length == 0 || length > civil.SecondsPerDay {
		return bad("the window lasts %s (want more than 0 and at most 24 hours)", english.Length(time.Duration(length)*time.Second))
	}
	var notes []string
	if l := time.Duration(length) * time.Second; l < least {
		notes = append(notes, fmt.Sprintf("the window lasts %s: %s refuses windows shorter than %s", english.Length(l), name, english.Length(least)))
	}
	return window.Spec{
		Rule:     window.Rule{Freq: window.Weekly, ByDay: []window.WeekdayN{{Weekday: d1}}},
		Start:    c1,
		End:      c2,
		Location: time.UTC,
		From:     epoch,
	}, notes, nil
}

// awsPoint reads ddd:hh24:mi.
func awsPoint(s string) (time.Weekday, civil.Clock, error) {
	parts := strings.Split(strings.TrimSpace(s), ":")
	if len(parts) != 3 {
		return 0, civil.Clock{}, fmt.Errorf("want ddd:hh24:mi")
	}
	d, ok := weekdayOfCode(parts[0])
	if !ok || len(parts[0]) != 3 {
		return 0, civil.Clock{}, fmt.Errorf("unknown day %q (want mon..sun)", parts[0])
	}
	h, err1 := twoDigits(parts[1], 23)
	m, err2 := twoDigits(parts[2], 59)
	if err1 != nil || err2 != nil {
		return 0, civil.Clock{}, fmt.Errorf("want a time hh24:mi from 00:00 to 23:59")
	}
	return d, civil.Clock{Hour: h, Minute: m}, nil
}

// twoDigits reads exactly two decimal digits no greater than limit.
func twoDigits(s string, limit int) (int, error) {
	if len(s) != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return 0, fmt.Errorf("want two digits")
	}
	n, _ := strconv.Atoi(s)
	if n > limit {
		return 0, fmt.Errorf("%d is over %d", n, limit)
	}
	return n, nil
}
