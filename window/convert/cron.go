package convert

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// command is the placeholder for the job in a written crontab line.
const command = "COMMAND"

// toCron writes a crontab line with the zone as CRON_TZ=. Standard cron
// ORs its day-of-month and day-of-week fields when both are set, so
// "0 22 25-31 * 6" runs on every day from the 25th and on every Saturday.
// The line therefore sets one of the two fields and tests the other in
// the command, the classic workaround: the last Saturday is a Saturday
// whose date a week later is in another month.
func toCron(s *window.Schedule, at time.Time, c *Config) error {
	sp := s.Spec()
	if sp.Start.Second != 0 {
		return fmt.Errorf("convert: cron cannot say a start with seconds (%s)", sp.Start)
	}
	if _, _, err := calendarDays(sp, "cron"); err != nil {
		return err
	}
	r := sp.Rule
	zone, err := zoneName(sp.Location, "cron")
	if err != nil {
		return err
	}
	date := "TZ=" + zone + " date"
	dom, dow, guard := "*", "*", ""
	var lost string
	switch {
	case r.Freq == window.Daily:
	case r.Freq == window.Weekly:
		dow = cronDays(r.ByDay)
	case len(r.ByMonthDay) > 0:
		for i, d := range r.ByMonthDay {
			if d < 0 {
				return fmt.Errorf("convert: cron cannot say a day counted from the month's end")
			}
			if i > 0 {
				dom += ","
			} else {
				dom = ""
			}
			dom += strconv.Itoa(d)
		}
	case len(r.ByDay) != 1:
		return fmt.Errorf("convert: cron cannot say more than one Nth weekday of a month")
	case r.ByDay[0].N == -1:
		dow = cronDays(r.ByDay)
		guard = fmt.Sprintf(`[ "$(%s -d +7days +\%%m)" != "$(%s +\%%m)" ] && `, date, date)
		lost = fmt.Sprintf(`cron cannot say "last %s": the line fires every %s and the test before the command (GNU date) lets only the %s whose date a week later is in the next month through`,
			r.ByDay[0].Weekday, r.ByDay[0].Weekday, r.ByDay[0].Weekday)
	default:
		n, d := r.ByDay[0].N, r.ByDay[0].Weekday
		first := 7*(n-1) + 1
		dom = fmt.Sprintf("%d-%d", first, min(first+6, 31))
		guard = fmt.Sprintf(`[ "$(%s +\%%u)" = %d ] && `, date, isoWeekday(d))
		lost = fmt.Sprintf(`cron ORs day of month and day of week ("%d %d %s * %d" would also run on every other day %s): the line fires on days %s and the test before the command lets only the %s through`,
			sp.Start.Minute, sp.Start.Hour, dom, int(d), dom, dom, d)
	}
	c.Text = fmt.Sprintf("CRON_TZ=%s\n%d %d %s * %s %s%s", zone, sp.Start.Minute, sp.Start.Hour, dom, dow, guard, command)
	if lost != "" {
		c.Losses = append(c.Losses, lost)
	}
	c.Losses = append(c.Losses, noEndLosses(s, at, "cron")...)
	c.Losses = append(c.Losses, "CRON_TZ= is read by cronie and robfig/cron; Debian's cron and BusyBox crond ignore it and use the host's zone")
	c.Losses = append(c.Losses, startKindLosses(s, at, "cron", "runs at the change (cronie) or not that day (robfig/cron)", "runs once (cronie) or at both times (robfig/cron)")...)
	c.Losses = append(c.Losses, boundLosses(s, at, "cron", false, false)...)
	return nil
}

// isoWeekday is date +%u's number: Monday 1 to Sunday 7.
func isoWeekday(d time.Weekday) int { return (int(d)+6)%7 + 1 }

// cronDays writes weekdays as cron's numbers, Sunday 0: "1,4".
func cronDays(days []window.WeekdayN) string {
	parts := make([]string, len(days))
	for i, d := range days {
		parts[i] = strconv.Itoa(int(d.Weekday))
	}
	return strings.Join(parts, ",")
}

var (
	// lastGuard and weekdayGuard recognize the tests toCron writes.
	lastGuard    = regexp.MustCompile(`date -d \+7days \+\\?%m\)" != "\$\(TZ=\S+ date \+\\?%m\)" \]`)
	weekdayGuard = regexp.MustCompile(`date \+\\?%u\)" = ([1-7]) \]`)
	cronMacros   = map[string]string{
		"@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@weekly": "0 0 * * 0", "@monthly": "0 0 1 * *",
	}
)

// fromCron reads a crontab line of five fields and a command, after
// optional CRON_TZ= or TZ= lines (or a CRON_TZ= prefix, as robfig/cron
// reads it). The tests toCron writes before the command are recognized.
func fromCron(expr string, opt Options) (window.Spec, []string, error) {
	bad := func(format string, args ...any) (window.Spec, []string, error) {
		return window.Spec{}, nil, fmt.Errorf("convert: crontab %q: "+format, append([]any{expr}, args...)...)
	}
	var (
		notes []string
		loc   *time.Location
		job   string
	)
	for _, line := range strings.Split(expr, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if job != "" {
			return bad("more than one job line")
		}
		for {
			name, rest, _ := strings.Cut(line, "=")
			if name != "CRON_TZ" && name != "TZ" {
				break
			}
			zone, after, _ := strings.Cut(rest, " ")
			z, err := loadZone(strings.Trim(zone, `"'`), &notes)
			if err != nil {
				return bad("%s=%s: %v", name, zone, err)
			}
			loc, line = z, strings.TrimSpace(after)
		}
		if line != "" {
			job = line
		}
	}
	if job == "" {
		return bad("no job line")
	}
	fields := strings.Fields(job)
	if m, ok := cronMacros[fields[0]]; ok {
		fields = append(strings.Fields(m), fields[1:]...)
	} else if strings.HasPrefix(fields[0], "@") {
		return bad("%s: a schedule has daily, weekly and monthly rules only here", fields[0])
	}
	if len(fields) < 5 {
		return bad("want five fields (minute hour day-of-month month day-of-week) and a command")
	}
	minute, err := cronNumber(fields[0], 0, 59)
	if err != nil {
		return bad("minute %q: %v", fields[0], err)
	}
	hour, err := cronNumber(fields[1], 0, 23)
	if err != nil {
		return bad("hour %q: %v", fields[1], err)
	}
	var doms []int
	if fields[2] != "*" && fields[2] != "?" {
		if doms, err = cronList(fields[2], 1, 31, nil); err != nil {
			return bad("day of month %q: %v", fields[2], err)
		}
	}
	if fields[3] != "*" {
		return bad("month %q: want * (a schedule read from cron repeats in every month)", fields[3])
	}
	var dows []int
	if fields[4] != "*" && fields[4] != "?" {
		if dows, err = cronList(fields[4], 0, 7, weekdayOfCode); err != nil {
			return bad("day of week %q: %v", fields[4], err)
		}
	}
	cmd := strings.Join(fields[5:], " ")
	if cmd == "" {
		notes = append(notes, "the line has no command: cron needs one")
	}
	var rule window.Rule
	weekdays := func(n int) []window.WeekdayN {
		var out []window.WeekdayN
		for _, d := range dows {
			w := window.WeekdayN{N: n, Weekday: time.Weekday(d % 7)}
			if !containsDay(out, w) {
				out = append(out, w)
			}
		}
		return out
	}
	switch {
	case doms == nil && dows == nil:
		rule = window.Rule{Freq: window.Daily}
	case doms == nil && lastGuard.MatchString(cmd) && len(dows) == 1:
		rule = window.Rule{Freq: window.Monthly, ByDay: weekdays(-1)}
	case doms == nil:
		rule = window.Rule{Freq: window.Weekly, ByDay: weekdays(0)}
	case dows == nil:
		rule = window.Rule{Freq: window.Monthly, ByMonthDay: doms}
		if m := weekdayGuard.FindStringSubmatch(cmd); m != nil {
			d, _ := strconv.Atoi(m[1])
			n := (doms[0]-1)/7 + 1
			if doms[0] == 7*(n-1)+1 && len(doms) == min(7, 32-doms[0]) && doms[len(doms)-1] == doms[0]+len(doms)-1 {
				rule = window.Rule{Freq: window.Monthly, ByDay: []window.WeekdayN{{N: n, Weekday: time.Weekday(d % 7)}}}
			}
		}
	default:
		return bad("day of month %q and day of week %q are both set: cron runs when either matches, which one schedule cannot say; set one to * and test the other in the command", fields[2], fields[4])
	}
	if loc == nil {
		loc = zoneOr(opt, "cron", &notes)
	}
	length := lengthOr(opt, "cron", &notes)
	return window.Spec{Rule: rule, Start: civil.Clock{Hour: hour, Minute: minute}, Length: length, Location: loc, From: epoch}, notes, nil
}

func containsDay(ds []window.WeekdayN, w window.WeekdayN) bool {
	for _, d := range ds {
		if d == w {
			return true
		}
	}
	return false
}

// cronNumber reads one number from lo to hi.
func cronNumber(s string, lo, hi int) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi || len(s) > 2 {
		return 0, fmt.Errorf("want one number from %d to %d (a schedule starts once a day)", lo, hi)
	}
	return n, nil
}

// cronList reads a list of numbers and ranges ("1,15", "8-14", "1-5"),
// with names where name is set; steps are errors.
func cronList(s string, lo, hi int, name func(string) (time.Weekday, bool)) ([]int, error) {
	var out []int
	one := func(p string) (int, error) {
		if name != nil {
			if d, ok := name(p); ok && len(p) == 3 {
				return int(d), nil
			}
		}
		return cronNumber(p, lo, hi)
	}
	for _, part := range strings.Split(s, ",") {
		if strings.Contains(part, "/") {
			return nil, fmt.Errorf("%q: steps are not read", part)
		}
		a, b, isRange := strings.Cut(part, "-")
		x, err := one(a)
		if err != nil {
			return nil, err
		}
		y := x
		if isRange {
			if y, err = one(b); err != nil {
				return nil, err
			}
		}
		if y < x {
			return nil, fmt.Errorf("%q: a range runs upward", part)
		}
		for v := x; v <= y; v++ {
			out = append(out, v)
		}
	}
	return out, nil
}
