package convert

import (
	"fmt"
	"time"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// A span is a window as seconds after 00:00 UTC of the civil date the
// window belongs to: Denver's 22:00-02:00 of a winter Saturday is
// {29h, 33h}, of a summer one {28h, 32h}. Spans of windows on different
// dates compare directly, which is what a UTC target needs: the same UTC
// clock, a whole number of days from the local date.
type span struct{ a, b int64 }

func spanOf(w window.Window) span {
	base := w.Date.Days() * civil.SecondsPerDay
	return span{w.Start.Unix() - base, w.End.Unix() - base}
}

func (s span) length() time.Duration { return time.Duration(s.b-s.a) * time.Second }

// intersect returns the part of the spans common to all of them; its
// length is zero or negative when there is none.
func intersect(ss []span) span {
	out := ss[0]
	for _, s := range ss[1:] {
		out.a = max(out.a, s.a)
		out.b = min(out.b, s.b)
	}
	return out
}

// minutes rounds a span inward to whole minutes, which is all UTC targets
// hold.
// A day is a whole number of minutes, so a clock's seconds are the
// seconds past the minute of any count of seconds.
func (s span) minutes() span {
	return span{s.a + (60-int64(civil.ClockOfSeconds(s.a).Second))%60, s.b - int64(civil.ClockOfSeconds(s.b).Second)}
}

// dayShift and clock split a span's start into whole days after the local
// date and a UTC clock.
func (s span) dayShift() int      { return int(civil.DateTimeOfWall(s.a).Date.Days()) }
func (s span) clock() civil.Clock { return civil.ClockOfSeconds(s.a) }

// A season is a run of consecutive windows that one UTC setting serves:
// its setting and the dates of its first and last windows.
type season struct {
	set         span
	first, last civil.Date
}

// seasons splits ws into runs of windows with the same span, one per
// stretch of the year between clock changes, and folds a lone window
// whose span holds a neighbour's into it: Denver's fall-back night
// {28h, 33h} is served by the summer setting {28h, 32h}. A night that
// holds neither (Berlin's 01:00-05:00 on the last Sunday of March, three
// hours long) stays a season of its own.
func seasons(ws []window.Window) []season {
	var runs []season
	for _, w := range ws {
		sp := spanOf(w)
		if n := len(runs); n > 0 && runs[n-1].set == sp {
			runs[n-1].last = w.Date
			continue
		}
		runs = append(runs, season{sp, w.Date, w.Date})
	}
	var out []season
	for i := 0; i < len(runs); i++ {
		r := runs[i]
		lone := r.first == r.last
		switch {
		case lone && len(out) > 0 && holds(r.set, out[len(out)-1].set):
			out[len(out)-1].last = r.last
		case lone && i+1 < len(runs) && holds(r.set, runs[i+1].set):
			runs[i+1].first = r.first
		default:
			out = append(out, r)
		}
	}
	return out
}

// dates names the windows a season serves: "for the window of 2026-03-29",
// "for the windows of 2026-04-05 to 2026-10-25".
func (s season) dates() string {
	if s.first == s.last {
		return "for the window of " + s.first.String()
	}
	return fmt.Sprintf("for the windows of %s to %s", s.first, s.last)
}

// holds reports whether span s holds span t.
func holds(s, t span) bool { return s.a <= t.a && t.b <= s.b }

// insideNotes says what the UTC setting is when it is shorter than the
// policy's window: the longest window inside the policy's on every date
// of the next twelve months, and how much of the policy's window that is.
// A setting as long as the policy's window loses nothing and gets no note.
func insideNotes(what string, set, nominal time.Duration) []string {
	if set >= nominal {
		return nil
	}
	return []string{fmt.Sprintf("%s: this is the longest window that lies inside the policy's on every date of the next 12 months, %s of the policy's %s",
		what, english.Length(set), english.Length(nominal))}
}

// ruleWindows returns the windows of ws that come from the rule: one-off
// windows do not shape a recurring setting (they are a loss of their own).
func ruleWindows(ws []window.Window) []window.Window {
	var out []window.Window
	for _, w := range ws {
		if !w.OneOff {
			out = append(out, w)
		}
	}
	return out
}

// drift pairs each of the policy's windows with the target's window that
// overlaps it and returns the pairs that differ, and the dates of the
// policy's windows that no target window overlaps.
func drift(policy, target []window.Window) (ds []Drift, missing []civil.Date) {
	j := 0
	for _, pw := range policy {
		for j < len(target) && !target[j].End.After(pw.Start) {
			j++
		}
		if j == len(target) || !target[j].Start.Before(pw.End) {
			missing = append(missing, pw.Date)
			continue
		}
		tw := target[j]
		if d := (Drift{pw.Date, tw.Start.Sub(pw.Start), tw.End.Sub(pw.End)}); d.Start != 0 || d.End != 0 {
			ds = append(ds, d)
		}
	}
	return ds, missing
}

// utcLosses compares a UTC target's windows with the policy's in the
// twelve months after at and says, in words, where they differ: each run
// of windows that drift alike, the policy's windows the target misses, and
// the target's windows outside every policy window.
func utcLosses(policy, target *window.Schedule, at time.Time, name string, c *Config) {
	pws, tws := windowsAhead(policy, at), windowsAhead(target, at)
	ds, missing := drift(pws, tws)
	c.Drift = ds
	for i := 0; i < len(ds); {
		j := i + 1
		for j < len(ds) && ds[j].Start == ds[i].Start && ds[j].End == ds[i].End {
			j++
		}
		c.Losses = append(c.Losses, fmt.Sprintf("%s: %s's window %s and %s",
			dateRun(ds[i:j]), name, moves("opens", "the policy's", ds[i].Start), moves("closes", "it", ds[i].End)))
		i = j
	}
	if len(missing) > 0 {
		dates := make([]string, len(missing))
		for i, d := range missing {
			dates[i] = d.String()
		}
		c.Losses = append(c.Losses, fmt.Sprintf("%d of the policy's %s in the next 12 months %s no %s window: %s",
			len(missing), english.Plural(len(pws), "window"), english.Verb(len(missing), "has", "have"), name, listSome(dates)))
	}
	var outside []string
	for _, m := range Compare(policy, target, at, at.AddDate(0, horizon, 0)) {
		if m.Outside == m.Window.Duration() {
			outside = append(outside, civil.DateOf(m.Window.Start).String())
		}
	}
	if len(outside) > 0 {
		c.Losses = append(c.Losses, fmt.Sprintf("%d of %s's %s in the next 12 months %s outside every policy window, on %s (UTC dates)",
			len(outside), name, english.Plural(len(tws), "window"), english.Verb(len(outside), "falls", "fall"), listSome(outside)))
	}
}

// listSome lists up to four items, or the first three and the last:
// "a, b, c ... z".
func listSome(items []string) string {
	if len(items) <= 4 {
		return english.List(items...)
	}
	return fmt.Sprintf("%s, %s, %s ... %s", items[0], items[1], items[2], items[len(items)-1])
}

// dateRun names the dates of a run of drifts: "on 2026-01-31",
// "on 2026-01-31 and 2026-02-28", "from 2026-03-28 to 2026-10-31 (8 windows)".
func dateRun(ds []Drift) string {
	switch len(ds) {
	case 1:
		return "on " + ds[0].Date.String()
	case 2:
		return "on " + ds[0].Date.String() + " and " + ds[1].Date.String()
	}
	return fmt.Sprintf("from %s to %s (%d windows)", ds[0].Date, ds[len(ds)-1].Date, len(ds))
}

// moves says how a boundary moves against the policy's: "opens 1 hour
// after the policy's", "closes with it".
func moves(verb, other string, d time.Duration) string {
	switch {
	case d > 0:
		return verb + " " + english.Length(d) + " after " + other
	case d < 0:
		return verb + " " + english.Length(d) + " before " + other
	}
	return verb + " with " + other
}
