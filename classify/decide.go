package classify

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// A Decision is what a policy decided about a change, and why.
type Decision struct {
	// Class is the change's class.
	Class Class
	// Rule is the name of the rule that decided the class.
	Rule string
	// Reasons is the audit trail, in order: the rule that decided the
	// class, then how each slot was found, in sentences a person can read.
	Reasons []string
	// Warnings are the facts a person should look at: too many hot fixes,
	// a window skipped for a freeze, a notice period that pushed the work
	// to a later window, work longer than the window's nominal length, a
	// date whose window the zone's clock changes removed.
	Warnings []string
	// NoticeRequired reports that clients must be told before the work;
	// each Slot's NoticeBy says by when.
	NoticeRequired bool
	// Slots holds one slot per affected audience: the default audience
	// (Tenant "") and each affected tenant, in tenant-name order.
	Slots []Slot
	// Deadline is when a hot fix must be done: the decision plus the
	// policy's response time. It is the zero time for other classes.
	Deadline time.Time
	// Decided is the instant of the decision, the now passed to Decide.
	Decided time.Time
	// Change is the change decided on.
	Change Change
}

// A Slot is when a change may run for one audience.
type Slot struct {
	// Tenant is the tenant, or "" for the default audience: the clients
	// with no window or zone of their own.
	Tenant string
	// Location is the zone the audience reads times in: the tenant's zone,
	// or the default schedule's zone.
	Location *time.Location
	// Schedule is the schedule Window comes from, or nil when the slot is
	// not a scheduled window (a hot fix starting at once, a routine
	// update at any time).
	Schedule *window.Schedule
	// Window is the chosen window, as its schedule computed it (its times
	// are in the schedule's zone; read them in Location). When InWindow is
	// false it is the span the work may use: from Start to the hot fix's
	// deadline, or, for a routine update at any time, Start plus the work.
	Window window.Window
	// Start is the earliest instant the work may start: the window's
	// start, or later when the window is already open or the change is
	// ready later.
	Start time.Time
	// NoticeBy is when the notice must be sent at the latest, or the zero
	// time when no notice is required.
	NoticeBy time.Time
	// InWindow reports that Window is a scheduled window of Schedule.
	InWindow bool
}

// ErrNoWindow is wrapped by Decide's error when no window within a year
// can hold a change, so callers can escalate rather than retry.
var ErrNoWindow = errors.New("classify: no window fits")

// ErrUnknownTenant is wrapped by Decide's error when a change lists a
// tenant the policy does not name. A misspelt tenant would otherwise get
// the default schedule's slot in silence, and its notice the wrong time.
var ErrUnknownTenant = errors.New("classify: unknown tenant")

// unknownTenantError is an ErrUnknownTenant naming the field, the tenant
// and the tenants the policy knows.
type unknownTenantError struct{ msg string }

func (e *unknownTenantError) Error() string        { return e.msg }
func (e *unknownTenantError) Is(target error) bool { return target == ErrUnknownTenant }

// noWindowError is an ErrNoWindow with the reason in its message.
type noWindowError struct{ msg string }

func (e *noWindowError) Error() string        { return e.msg }
func (e *noWindowError) Is(target error) bool { return target == ErrNoWindow }

// searchYears bounds the search for a window: a change that fits no window
// within a year needs a person, not a later date.
const searchYears = 1

// Decide classifies c and finds when it may run, as decided at now, given
// the instants of the hot fixes already done (used for the hot-fix limit;
// those after now are ignored). Decide never reads the clock: the same
// arguments give the same Decision.
//
// The first rule that matches c decides the class. Then, for each affected
// audience (the default audience and every tenant when c.Tenants is empty,
// else the tenants listed, each of which the policy must name, or the
// error wraps [ErrUnknownTenant]):
//
//   - Maintenance: the first window of the audience's schedule that starts
//     at least the policy's notice after c is ready (now, or c.Ready if
//     later), is not frozen, and lasts long enough for the work, using the
//     window's actual length on nights the clocks change. Notice is due
//     by the window's start minus the notice. The wait counts from when c
//     is ready because a notice announces work that is ready, so a late
//     change never breaks a notice already sent. If no window in the year
//     after that fits, the error wraps [ErrNoWindow] and says why.
//   - HotFix: the work starts when c is ready and must be done by the
//     deadline, now plus the response time (elapsed time, so 24 hours
//     across a night the clocks go back end an hour earlier on the wall
//     clock). With HotFixPolicy.PreferWindow, the first window that opens
//     after c is ready and holds the work before the deadline is used
//     instead. Freezes do not stop a hot fix; they are reported.
//   - Routine: no notice; the work may start when c is ready, or in the
//     first routine window that holds it.
//
// On error the Decision holds the class and the reasons so far.
func (p *Policy) Decide(c Change, now time.Time, hotFixes []time.Time) (Decision, error) {
	if p == nil || p.rules == nil {
		return Decision{}, errors.New("classify: Decide on a zero Policy (build one with NewPolicy or ParsePolicy)")
	}
	switch {
	case now.IsZero():
		return Decision{}, errors.New("classify: Decide: now is the zero time")
	case c.Length < 0:
		return Decision{}, fmt.Errorf("classify: Decide: negative length %s", english.Duration(c.Length))
	case c.Downtime < 0:
		return Decision{}, fmt.Errorf("classify: Decide: negative downtime %s", english.Duration(c.Downtime))
	}
	auds, err := p.affected(c.Tenants)
	if err != nil {
		return Decision{}, err
	}
	c.Tenants = slices.Clone(c.Tenants)
	d := Decision{Decided: now, Change: c}
	// NewPolicy made sure the last rule matches everything, so a class is
	// always found.
	for _, r := range p.rules {
		if r.When.Matches(c) {
			d.Class, d.Rule = r.Class, r.Name
			d.Reasons = append(d.Reasons, r.reason(c))
			break
		}
	}
	// Reasons write the decision's instants in the zone of the now given,
	// and each slot's instants in its audience's zone.
	start, from := now, "the decision ("+formatTime(now, now.Location())+")"
	if c.Ready.After(now) {
		start, from = c.Ready, "the change is ready ("+formatTime(c.Ready, c.Ready.Location())+")"
	}
	s := &search{p: p, c: c, d: &d, start: start, from: from, need: c.need()}
	switch d.Class {
	case Maintenance:
		err = s.maintenance(auds)
	case HotFix:
		s.hotFix(auds, hotFixes)
	default:
		err = s.routine(auds)
	}
	return d, err
}

// affected returns the audiences a change touching tenants affects: all of
// them for an empty list; otherwise each listed tenant once, in name order.
// A listed tenant the policy does not name is an error wrapping
// ErrUnknownTenant, not a tenant on the default schedule: the list is
// typed by a person, and a typo must not pick a slot.
func (p *Policy) affected(tenants []string) ([]audience, error) {
	if len(tenants) == 0 {
		return p.audiences, nil
	}
	names := slices.Clone(tenants)
	slices.Sort(names)
	names = slices.Compact(names)
	out := make([]audience, 0, len(names))
	for _, name := range names {
		if strings.TrimSpace(name) != name {
			return nil, fmt.Errorf("classify: Decide: tenant %q has surrounding space", name)
		}
		// audiences[0] is the default audience, whose name "" is no tenant.
		i := slices.IndexFunc(p.audiences[1:], func(a audience) bool { return a.name == name })
		if i < 0 {
			return nil, &unknownTenantError{fmt.Sprintf("classify: change.tenants: unknown tenant %q (%s)", name, p.knownTenants())}
		}
		out = append(out, p.audiences[1+i])
	}
	return out, nil
}

// knownTenants lists the policy's tenants for an unknown-tenant error.
func (p *Policy) knownTenants() string {
	if len(p.audiences) == 1 {
		return "the policy names no tenants"
	}
	names := make([]string, 0, len(p.audiences)-1)
	for _, a := range p.audiences[1:] {
		names = append(names, a.name)
	}
	return "the policy knows: " + strings.Join(names, ", ")
}

// A search finds the slots for one decision.
type search struct {
	p     *Policy
	c     Change
	d     *Decision
	start time.Time     // when the change is ready: now, or c.Ready if later
	from  string        // start in words, for reasons
	need  time.Duration // how long a slot must be
}

func (s *search) reason(format string, args ...any) {
	s.d.Reasons = append(s.d.Reasons, fmt.Sprintf(format, args...))
}

func (s *search) warn(format string, args ...any) {
	s.d.Warnings = append(s.d.Warnings, fmt.Sprintf(format, args...))
}

// holds describes the change's length for sentences: " and holds 4h of work",
// or nothing when the change takes no time.
func (s *search) holds() string {
	if s.need <= 0 {
		return ""
	}
	return " and holds " + english.Duration(s.need) + " of work"
}

// maintenance finds one window per audience. Each audience is searched on
// its own because tenants have their own windows and zones: one decision
// can put the same change in a Denver Saturday and a Berlin Sunday.
func (s *search) maintenance(auds []audience) error {
	notice := s.p.cfg.Notice
	s.d.NoticeRequired = true
	s.reason("Maintenance needs %s notice, so its window must start at least %s after %s.",
		english.Duration(notice), english.Duration(notice), s.from)
	for _, a := range auds {
		slot, err := s.maintenanceSlot(a, notice)
		if err != nil {
			return err
		}
		s.d.Slots = append(s.d.Slots, slot)
	}
	return nil
}

// maintenanceSlot returns the first window of a's schedule that leaves the
// full notice, is not frozen and holds the work, writing each window it
// passes over into the reasons, so the audit trail says why the work is
// not in an earlier window.
func (s *search) maintenanceSlot(a audience, notice time.Duration) (Slot, error) {
	label := a.label()
	earliest := s.start.Add(notice)
	limit := earliest.AddDate(searchYears, 0, 0)
	// pushed is the first window the notice period rules out (zero if
	// none), short are the windows too short for the work, and longest is
	// kept for the error when nothing fits.
	var pushed, longest window.Window
	var short []window.Window
	frozen := 0
	for w := range a.schedule.Windows(s.start, limit) {
		if w.Start.Before(s.start) {
			continue // already open when the change is ready
		}
		if w.Start.Before(earliest) {
			if pushed.Start.IsZero() {
				pushed = w
			}
			s.reason("%s, the window of %s starts %s after %s, less than the %s notice, so it cannot be used.",
				label, formatTime(w.Start, a.zone), english.Duration(w.Start.Sub(s.start)), s.from, english.Duration(notice))
			continue
		}
		if f, ok := s.p.frozen(w.Start, w.End, a.schedTZ); ok {
			frozen++
			s.reason("%s, the window of %s is frozen: %s.", label, formatTime(w.Start, a.zone), f)
			s.warn("%s, the window of %s is skipped for the freeze: %s.", label, formatDay(w.Start, a.zone), f)
			continue
		}
		// The actual length, not the nominal one: a window that the clocks
		// going back make an hour longer can hold an hour more work.
		if w.Duration() < s.need {
			short = append(short, w)
			if w.Duration() > longest.Duration() {
				longest = w
			}
			continue
		}
		if len(short) > 0 {
			s.reason("%s, %s too short for %s of work: %s.", label, countWindows(len(short)), english.Duration(s.need), listWindows(short, a.zone))
		}
		slot := Slot{Tenant: a.name, Location: a.zone, Schedule: a.schedule, Window: w, Start: w.Start,
			NoticeBy: w.Start.Add(-notice).In(a.zone), InWindow: true}
		s.reason("%s, the window is %s (%s): the first that starts at least %s after %s, is not frozen%s. Notice must be sent by %s.",
			label, formatSpan(w.Start, w.End, a.zone), english.Duration(w.Duration()), english.Duration(notice), s.from, s.holds(),
			formatTime(slot.NoticeBy, a.zone))
		if w.Duration() != w.Nominal {
			s.reason("%s, that window lasts %s rather than the nominal %s, because the clocks change during it.",
				label, english.Duration(w.Duration()), english.Duration(w.Nominal))
		}
		s.dropped(a, w.Start)
		if !pushed.Start.IsZero() {
			s.warn("%s, the %s notice period pushed the work from the window of %s to the window of %s.",
				label, english.Duration(notice), formatDay(pushed.Start, a.zone), formatDay(w.Start, a.zone))
		}
		if s.need > w.Nominal {
			s.warn("%s, the work (%s) is longer than the nominal %s window; the window of %s holds it only because it lasts %s.",
				label, english.Duration(s.need), english.Duration(w.Nominal), formatDay(w.Start, a.zone), english.Duration(w.Duration()))
		}
		return slot, nil
	}
	// Nothing fits within the year. Say the most useful reason: windows too
	// short (with the longest, so a person can split the work), all frozen,
	// or a schedule with no windows left.
	prefix := "classify: "
	if a.name != "" {
		prefix += fmt.Sprintf("tenant %q: ", a.name)
	}
	after := formatTime(earliest, a.zone)
	var msg string
	switch {
	case len(short) > 0:
		msg = fmt.Sprintf("no window in the year after %s is long enough for %s of work: the longest is %s on %s",
			after, english.Duration(s.need), english.Duration(longest.Duration()), formatDay(longest.Start, a.zone))
	case frozen > 0:
		msg = fmt.Sprintf("every window in the year after %s is frozen", after)
	default:
		msg = fmt.Sprintf("the schedule has no window in the year after %s", after)
	}
	if frozen > 0 && len(short) > 0 {
		msg += fmt.Sprintf(" (%s skipped for freezes)", english.Plural(frozen, "window"))
	}
	return Slot{}, &noWindowError{prefix + msg}
}

// dropped warns of the occurrences of a's schedule that produced no window
// between the change being ready and until: a date the zone skipped
// (Pacific/Apia's 2011-12-30) or a window wholly inside a DST gap. Without
// it a decision would pass over a date the schedule names in silence.
func (s *search) dropped(a audience, until time.Time) {
	for d := range a.schedule.Dropped(s.start, until) {
		s.warn("%s, the schedule has no window on %s %s: %v.", a.label(), d.Date.Weekday(), d.Date, d.Err)
	}
}

// hotFix schedules a hot fix: at once, or in a window before the deadline
// when the policy prefers one. It never fails: a hot fix that cannot meet
// its deadline still has to be done, so that is a warning, not an error.
func (s *search) hotFix(auds []audience, hotFixes []time.Time) {
	h := s.p.cfg.HotFix
	now := s.d.Decided
	// The response time is elapsed time, like any service-level promise:
	// 24h from 09:00 MDT on 2026-10-31 is 08:00 MST the next morning.
	deadline := now.Add(h.Response)
	s.d.Deadline = deadline
	s.reason("As a hot fix it must be done within the %s response time, by %s.", english.Duration(h.Response), formatTime(deadline, now.Location()))
	if end := s.start.Add(s.need); end.After(deadline) {
		s.warn("The work cannot be done by the deadline: it starts when %s and its %s of work ends at %s, after the deadline %s.",
			s.from, english.Duration(s.need), formatTime(end, now.Location()), formatTime(deadline, now.Location()))
	}
	// The limit counts this hot fix and the earlier ones in the rolling
	// period (since, now]. Hot fixes after now are ignored: a decision only
	// knows the past, and replaying it later must give the same answer.
	if h.Limit > 0 {
		since := now.Add(-time.Duration(h.Days) * 24 * time.Hour)
		n := 1
		for _, t := range hotFixes {
			if t.After(since) && !t.After(now) {
				n++
			}
		}
		if n > h.Limit {
			s.warn("This is the %s hot fix in the %d days to %s, more than the %d the policy allows: hot fixes should be rare.",
				english.Ordinal(n), h.Days, formatTime(now, now.Location()), h.Limit)
		}
	}
	// A hot fix cannot wait for the minimum notice, but clients who lose
	// service should still hear of it before it starts.
	notify := s.c.Downtime > 0 || s.c.DisablesFeatures
	if notify {
		s.d.NoticeRequired = true
		s.reason("No minimum notice applies to a hot fix, but clients lose service during it, so they are told before it starts.")
	}
	for _, a := range auds {
		label := a.label()
		slot, found := Slot{}, false
		if h.PreferWindow {
			// The work must be done by the deadline, not merely begun: a
			// window opening an hour before it does not answer the threat.
			for w := range a.schedule.Windows(s.start, deadline) {
				if w.Start.Before(s.start) || w.Duration() < s.need || w.Start.Add(s.need).After(deadline) {
					continue
				}
				slot = Slot{Tenant: a.name, Location: a.zone, Schedule: a.schedule, Window: w, Start: w.Start, InWindow: true}
				s.reason("%s, the policy prefers a maintenance window: the window of %s (%s) opens after %s%s before the deadline.",
					label, formatSpan(w.Start, w.End, a.zone), english.Duration(w.Duration()), s.from, s.holds())
				found = true
				break
			}
			if !found {
				s.reason("%s, no maintenance window opens after %s%s before the deadline, so the work starts at once.", label, s.from, s.holds())
			}
		}
		if !found {
			end := deadline
			if e := s.start.Add(s.need); e.After(end) {
				end = e
			}
			slot = Slot{Tenant: a.name, Location: a.zone, Window: span(s.start, end, a.zone), Start: s.start}
			if !h.PreferWindow {
				s.reason("%s, the work starts at %s.", label, formatTime(s.start, a.zone))
			}
		}
		if notify {
			slot.NoticeBy = slot.Start.In(a.zone)
		}
		// Freezes stop maintenance, not hot fixes; a person should still
		// know the fix lands in one. Zero-length work is checked as an instant.
		if f, ok := s.p.frozen(slot.Start, slot.Start.Add(max(s.need, 1)), a.schedTZ); ok {
			s.warn("%s, the hot fix runs during a freeze (%s); freezes do not stop a hot fix.", label, f)
		}
		s.d.Slots = append(s.d.Slots, slot)
	}
}

// routine schedules a routine update: at once, or in the first routine
// window that still holds the work. The routine schedule is the same for
// every audience, so it is searched once. Freezes do not apply: they stop
// maintenance, and a routine update has no downtime.
func (s *search) routine(auds []audience) error {
	sched := s.p.cfg.Routine
	s.reason("A routine update needs no notice.")
	if sched == nil {
		s.reason("Routine updates may run at any time, so it may start at %s.", formatTime(s.start, s.start.Location()))
		for _, a := range auds {
			s.d.Slots = append(s.d.Slots, Slot{Tenant: a.name, Location: a.zone, Window: span(s.start, s.start.Add(s.need), a.zone), Start: s.start})
		}
		return nil
	}
	limit := s.start.AddDate(searchYears, 0, 0)
	for w := range sched.Windows(s.start, limit) {
		// A window already open counts for the time it has left.
		begin := w.Start
		if s.start.After(begin) {
			begin = s.start
		}
		if w.End.Sub(begin) < s.need {
			continue
		}
		where := w.Start.Location()
		if begin.After(w.Start) {
			s.reason("Routine updates run in the routine window %q; the window of %s is already open at %s%s, so the work may start at once.",
				sched.String(), formatSpan(w.Start, w.End, where), formatTime(s.start, where), s.holds())
		} else {
			s.reason("Routine updates run in the routine window %q; the first that holds the work is %s.",
				sched.String(), formatSpan(w.Start, w.End, where))
		}
		for _, a := range auds {
			s.d.Slots = append(s.d.Slots, Slot{Tenant: a.name, Location: a.zone, Schedule: sched, Window: w, Start: begin, InWindow: true})
		}
		return nil
	}
	return &noWindowError{fmt.Sprintf("classify: no routine window in the year after %s holds %s of work",
		formatTime(s.start, s.start.Location()), english.Duration(s.need))}
}

// frozen reports the first freeze that [start, end) overlaps, in words.
// Freeze dates are read in loc, the zone of the schedule being checked.
func (p *Policy) frozen(start, end time.Time, loc *time.Location) (string, bool) {
	for _, f := range p.cfg.Freezes {
		if f.Window != nil {
			for fw := range f.Window.Windows(start, end) {
				return fmt.Sprintf("%s (%s)", f.Reason, formatSpan(fw.Start, fw.End, fw.Start.Location())), true
			}
			continue
		}
		from := midnight(f.From, loc)
		until := midnight(f.Until.AddDays(1), loc)
		if start.Before(until) && end.After(from) {
			return fmt.Sprintf("%s (%s to %s)", f.Reason, f.From, f.Until), true
		}
	}
	return "", false
}

// midnight returns the first instant of d in loc. A zone that skips
// midnight (America/Santiago) starts the day at the end of the gap, which
// is what the Compatible disambiguation reads.
func midnight(d civil.Date, loc *time.Location) time.Time {
	t, _ := tzdata.Date(civil.DateTime{Date: d}, loc, tzdata.Compatible) // Compatible never fails
	return t
}

// span returns the unscheduled window [start, end) read in loc.
func span(start, end time.Time, loc *time.Location) window.Window {
	start, end = start.In(loc), end.In(loc)
	return window.Window{
		Start:   start,
		End:     end,
		Date:    civil.DateOf(start),
		Nominal: end.Sub(start),
	}
}

func (a audience) label() string {
	if a.name == "" {
		return "For clients on the default schedule"
	}
	return fmt.Sprintf("For tenant %q", a.name)
}

// formatTime writes t in loc as "Saturday 2020-01-25 22:00 MST".
func formatTime(t time.Time, loc *time.Location) string {
	return t.In(loc).Format("Monday 2006-01-02 15:04 MST")
}

// formatDay writes the day t falls on in loc, as "Saturday 2020-01-25".
func formatDay(t time.Time, loc *time.Location) string {
	return t.In(loc).Format("Monday 2006-01-02")
}

// formatSpan writes [start, end) in loc, the end as briefly as it stays
// clear: "Saturday 2020-02-29 22:00 MST to Sunday 02:00 MST".
func formatSpan(start, end time.Time, loc *time.Location) string {
	start, end = start.In(loc), end.In(loc)
	layout := "Monday 2006-01-02 15:04 MST"
	switch day := civil.DateOf(start); civil.DateOf(end) {
	case day:
		layout = "15:04 MST"
	case day.AddDays(1):
		layout = "Monday 15:04 MST"
	}
	return formatTime(start, loc) + " to " + end.Format(layout)
}

func countWindows(n int) string {
	if n == 1 {
		return "1 window is"
	}
	return fmt.Sprintf("%d windows are", n)
}

// listWindows names up to four windows by day and actual length.
func listWindows(ws []window.Window, loc *time.Location) string {
	const show = 4
	var parts []string
	for i, w := range ws {
		if i == show {
			parts = append(parts, fmt.Sprintf("and %d more", len(ws)-show))
			break
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", formatDay(w.Start, loc), english.Duration(w.Duration())))
	}
	return strings.Join(parts, ", ")
}
