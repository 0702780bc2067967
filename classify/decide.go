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
	// (Tenant "") and each affected tenant, in tenant-name order. A slot
	// whose Err is set found no window; the others stand on their own,
	// so one tenant without a fitting window does not leave the rest
	// without theirs. [Decision.Err] collects the failures.
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
	// are in the schedule's zone; read them in Location), when InWindow is
	// true. It is the zero Window otherwise: a span that no schedule
	// produced is not dressed up as a window, so no reader takes a hot
	// fix's 24 hours for a scheduled window's facts.
	Window window.Window
	// Start is the earliest instant the work may start: the window's
	// start, or later when the window is already open or the change is
	// ready later.
	Start time.Time
	// End is when the slot's time runs out: the window's end, a hot fix's
	// deadline (or the end of its work, if that is later), or, for a
	// routine update at any time, Start plus the work.
	End time.Time
	// NoticeBy is when the notice must be sent at the latest, or the zero
	// time when no notice is required.
	NoticeBy time.Time
	// InWindow reports that Window is a scheduled window of Schedule.
	InWindow bool
	// Err is why no slot was found for this audience, wrapping
	// [ErrNoWindow]; the other fields but Tenant and Location are then
	// zero.
	Err error
}

// Err returns the errors of the slots that found no window, joined, or
// nil when every slot has one. Each wraps [ErrNoWindow] and names its
// tenant.
func (d Decision) Err() error {
	var errs []error
	for _, s := range d.Slots {
		if s.Err != nil {
			errs = append(errs, s.Err)
		}
	}
	return errors.Join(errs...)
}

// ErrNoWindow is wrapped by a slot's error when no window within a year
// can hold a change for its audience, and by [Policy.Gate]'s error when a
// change is not allowed and no later instant within a year would be, so
// callers can escalate rather than retry.
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
//   - Maintenance: the first window of the audience's schedule in which
//     the work can start at least the policy's notice after c is ready
//     (now, or c.Ready if later), that is not frozen, and that has room
//     for the work from when it starts, using the window's actual length
//     on nights the clocks change. The work starts at the window's start,
//     or at once in a window already open (possible only with a zero
//     notice). Notice is due by the slot's start minus the notice. The
//     wait counts from when c is ready because a notice announces work
//     that is ready, so a late change never breaks a notice already sent.
//   - HotFix: the work starts when c is ready and must be done by the
//     deadline, now plus the response time (elapsed time, so 24 hours
//     across a night the clocks go back end an hour earlier on the wall
//     clock). With HotFixPolicy.PreferWindow, the first window that opens
//     after c is ready and holds the work before the deadline is used
//     instead. Freezes do not stop a hot fix; they are reported.
//   - Routine: no notice; the work may start when c is ready, or in the
//     first routine window that holds it.
//
// A decision never fails whole: an audience for which no window in the
// year fits gets a slot whose Err wraps [ErrNoWindow] and says why, and
// the others keep theirs; [Decision.Err] collects them. Decide's own
// error is for input it cannot decide on: a zero now, a negative length
// or downtime, an unknown tenant, a zero Policy.
func (p *Policy) Decide(c Change, now time.Time, hotFixes []time.Time) (Decision, error) {
	if err := p.check("Decide", "now", c, now); err != nil {
		return Decision{}, err
	}
	auds, err := p.affected(c.Tenants)
	if err != nil {
		return Decision{}, err
	}
	c.Tenants = slices.Clone(c.Tenants)
	d := Decision{Decided: now, Change: c}
	d.Class, d.Rule, d.Reasons = p.classify(c)
	// Reasons write the decision's instants in the zone of the now given,
	// and each slot's instants in its audience's zone.
	start, from := now, "the decision ("+formatTime(now, now.Location())+")"
	if c.Ready.After(now) {
		start, from = c.Ready, "the change is ready ("+formatTime(c.Ready, c.Ready.Location())+")"
	}
	s := &search{p: p, c: c, d: &d, start: start, from: from, need: c.need()}
	switch d.Class {
	case Maintenance:
		s.maintenance(auds)
	case HotFix:
		s.hotFix(auds, hotFixes)
	default:
		s.routine(auds)
	}
	return d, nil
}

// check refuses what no decision can be made on; op names the caller and
// instant the name of its time parameter.
func (p *Policy) check(op, instant string, c Change, at time.Time) error {
	switch {
	case p == nil || p.rules == nil:
		return fmt.Errorf("classify: %s on a zero Policy (build one with NewPolicy or ParsePolicy)", op)
	case at.IsZero():
		return fmt.Errorf("classify: %s: %s is the zero time", op, instant)
	case c.Length < 0:
		return fmt.Errorf("classify: %s: negative length %s", op, english.Duration(c.Length))
	case c.Downtime < 0:
		return fmt.Errorf("classify: %s: negative downtime %s", op, english.Duration(c.Downtime))
	}
	return nil
}

// classify applies the first rule that matches c. NewPolicy made sure the
// last rule matches everything, so a class is always found.
func (p *Policy) classify(c Change) (Class, string, []string) {
	for _, r := range p.rules {
		if r.When.Matches(c) {
			return r.Class, r.Name, []string{r.reason(c)}
		}
	}
	return 0, "", nil
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
		a, err := p.tenant("change.tenants", name)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// tenant returns the audience of the tenant called name, or an error
// wrapping ErrUnknownTenant that names field. The tenants are sorted by
// name, so the lookup stays cheap for a policy of 100,000 tenants.
func (p *Policy) tenant(field, name string) (audience, error) {
	// audiences[0] is the default audience, whose name "" is no tenant.
	tenants := p.audiences[1:]
	i, ok := slices.BinarySearchFunc(tenants, name, func(a audience, name string) int { return strings.Compare(a.name, name) })
	if !ok {
		return audience{}, &unknownTenantError{fmt.Sprintf("classify: %s: unknown tenant %q (%s)", field, name, p.knownTenants())}
	}
	return tenants[i], nil
}

// knownTenants lists the policy's tenants for an unknown-tenant error, at
// most ten of them: a policy at platform scale has thousands.
func (p *Policy) knownTenants() string {
	if len(p.audiences) == 1 {
		return "the policy names no tenants"
	}
	const show = 10
	names := make([]string, 0, show+1)
	for i, a := range p.audiences[1:] {
		if i == show {
			names = append(names, fmt.Sprintf("and %d more", len(p.audiences)-1-show))
			break
		}
		names = append(names, a.name)
	}
	return "the policy knows: " + strings.Join(names, ", ")
}

// A search finds the slots for one decision, or the next allowed start
// for the gate.
type search struct {
	p     *Policy
	c     Change
	d     *Decision
	start time.Time     // when the work may start at the earliest: when the change is ready
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

// forWork is holds for a sentence about the time left: " for 4h of work",
// or nothing when the change takes no time.
func (s *search) forWork() string {
	if s.need <= 0 {
		return ""
	}
	return " for " + english.Duration(s.need) + " of work"
}

// maintenance finds one window per audience. Each audience is searched on
// its own because tenants have their own windows and zones: one decision
// can put the same change in a Denver Saturday and a Berlin Sunday.
func (s *search) maintenance(auds []audience) {
	notice := s.p.cfg.Notice
	s.d.NoticeRequired = true
	s.reason("Maintenance needs %s notice, so its window must start at least %s after %s.",
		english.Duration(notice), english.Duration(notice), s.from)
	for _, a := range auds {
		slot, err := s.maintenanceSlot(a, s.start, notice)
		if err != nil {
			slot = Slot{Tenant: a.name, Location: a.zone, Err: err}
			s.reason("%s, no window fits: %s.", a.label(), a.trim(err))
		}
		s.d.Slots = append(s.d.Slots, slot)
	}
}

// maintenanceSlot returns the first window of a's schedule in which work
// can start at or after s.start and at least notice after noticeFrom, is
// not frozen and has room for the work, writing each window it passes
// over into the reasons, so the audit trail says why the work is not in
// an earlier window. For a decision noticeFrom is s.start (the notice is
// sent when the change is ready); for the gate it is when the notice was
// sent.
func (s *search) maintenanceSlot(a audience, noticeFrom time.Time, notice time.Duration) (Slot, error) {
	label := a.label()
	earliest := noticeFrom.Add(notice)
	if earliest.Before(s.start) {
		earliest = s.start
	}
	limit := earliest.AddDate(searchYears, 0, 0)
	// pushed is the first window the notice period rules out (zero if
	// none), short are the windows too short for the work, and longest is
	// kept for the error when nothing fits.
	var pushed, longest window.Window
	var short []window.Window
	frozen := 0
	for w := range a.schedule.Windows(s.start, limit) {
		// A window already open counts from s.start, for the time it has left.
		begin := w.Start
		open := s.start.After(begin)
		if open {
			begin = s.start
		}
		if begin.Before(earliest) {
			if pushed.Start.IsZero() {
				pushed = w
			}
			if open {
				s.reason("%s, the window of %s is already open at %s, but work starting then would not have the %s notice, so it cannot be used.",
					label, formatSpan(w.Start, w.End, a.zone), formatTime(s.start, a.zone), english.Duration(notice))
			} else {
				s.reason("%s, the window of %s starts %s after %s, less than the %s notice, so it cannot be used.",
					label, formatTime(w.Start, a.zone), english.Duration(w.Start.Sub(noticeFrom)), s.from, english.Duration(notice))
			}
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
		if w.End.Sub(begin) < s.need {
			if open {
				s.reason("%s, the window of %s is already open at %s, but only %s of it is left, too little for %s of work.",
					label, formatSpan(w.Start, w.End, a.zone), formatTime(s.start, a.zone), english.Duration(w.End.Sub(begin)), english.Duration(s.need))
				continue
			}
			short = append(short, w)
			if w.Duration() > longest.Duration() {
				longest = w
			}
			continue
		}
		if len(short) > 0 {
			s.reason("%s, %s too short for %s of work: %s.", label, countWindows(len(short)), english.Duration(s.need), listWindows(short, a.zone))
		}
		slot := Slot{Tenant: a.name, Location: a.zone, Schedule: a.schedule, Window: w, Start: begin, End: w.End,
			NoticeBy: begin.Add(-notice).In(a.zone), InWindow: true}
		if open {
			s.reason("%s, the window of %s is already open at %s, is not frozen and has %s left%s, so the work may start at once. Notice must be sent by %s.",
				label, formatSpan(w.Start, w.End, a.zone), formatTime(s.start, a.zone), english.Duration(w.End.Sub(begin)), s.forWork(),
				formatTime(slot.NoticeBy, a.zone))
		} else {
			s.reason("%s, the window is %s (%s): the first that starts at least %s after %s, is not frozen%s. Notice must be sent by %s.",
				label, formatSpan(w.Start, w.End, a.zone), english.Duration(w.Duration()), english.Duration(notice), s.from, s.holds(),
				formatTime(slot.NoticeBy, a.zone))
		}
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

// hotFixChecks writes the hot fix's deadline, and warns when the work
// cannot meet it or when the hot-fix limit is exceeded. It returns the
// deadline.
func (s *search) hotFixChecks(hotFixes []time.Time) time.Time {
	h := s.p.cfg.HotFix
	now := s.d.Decided
	// The response time is elapsed time, like any service-level promise:
	// 24h from 09:00 MDT on 2026-10-31 is 08:00 MST the next morning.
	deadline := now.Add(h.Response)
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
	return deadline
}

// hotFreeze warns when a hot fix starting at start runs during a freeze.
// Freezes stop maintenance, not hot fixes; a person should still know the
// fix lands in one. Zero-length work is checked as an instant.
func (s *search) hotFreeze(a audience, start time.Time) {
	if f, ok := s.p.frozen(start, start.Add(max(s.need, 1)), a.schedTZ); ok {
		s.warn("%s, the hot fix runs during a freeze (%s); freezes do not stop a hot fix.", a.label(), f)
	}
}

// hotFix schedules a hot fix: at once, or in a window before the deadline
// when the policy prefers one. It never fails: a hot fix that cannot meet
// its deadline still has to be done, so that is a warning, not an error.
func (s *search) hotFix(auds []audience, hotFixes []time.Time) {
	h := s.p.cfg.HotFix
	deadline := s.hotFixChecks(hotFixes)
	s.d.Deadline = deadline
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
				slot = Slot{Tenant: a.name, Location: a.zone, Schedule: a.schedule, Window: w, Start: w.Start, End: w.End, InWindow: true}
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
			slot = Slot{Tenant: a.name, Location: a.zone, Start: s.start.In(a.zone), End: end.In(a.zone)}
			if !h.PreferWindow {
				s.reason("%s, the work starts at %s.", label, formatTime(s.start, a.zone))
			}
		}
		if notify {
			slot.NoticeBy = slot.Start.In(a.zone)
		}
		s.hotFreeze(a, slot.Start)
		s.d.Slots = append(s.d.Slots, slot)
	}
}

// routine schedules a routine update: at once, or in the first routine
// window that still holds the work. The routine schedule is the same for
// every audience, so it is searched once. Freezes do not apply: they stop
// maintenance, and a routine update has no downtime.
func (s *search) routine(auds []audience) {
	sched := s.p.cfg.Routine
	s.reason("A routine update needs no notice.")
	if sched == nil {
		s.reason("Routine updates may run at any time, so it may start at %s.", formatTime(s.start, s.start.Location()))
		for _, a := range auds {
			s.d.Slots = append(s.d.Slots, Slot{Tenant: a.name, Location: a.zone, Start: s.start.In(a.zone), End: s.start.Add(s.need).In(a.zone)})
		}
		return
	}
	w, begin, err := s.routineWindow()
	for _, a := range auds {
		if err != nil {
			s.d.Slots = append(s.d.Slots, Slot{Tenant: a.name, Location: a.zone, Err: err})
			continue
		}
		s.d.Slots = append(s.d.Slots, Slot{Tenant: a.name, Location: a.zone, Schedule: sched, Window: w, Start: begin, End: w.End, InWindow: true})
	}
}

// routineWindow returns the first routine window with room for the work
// from s.start, and when in it the work may start, writing why into the
// reasons.
func (s *search) routineWindow() (window.Window, time.Time, error) {
	sched := s.p.cfg.Routine
	limit := s.start.AddDate(searchYears, 0, 0)
	for w := range sched.Windows(s.start, limit) {
		// A window already open counts for the time it has left.
		begin := w.Start
		if s.start.After(begin) {
			begin = s.start
		}
		where := w.Start.Location()
		if w.End.Sub(begin) < s.need {
			if begin.After(w.Start) {
				s.reason("The routine window of %s is already open at %s, but only %s of it is left, too little for %s of work.",
					formatSpan(w.Start, w.End, where), formatTime(s.start, where), english.Duration(w.End.Sub(begin)), english.Duration(s.need))
			}
			continue
		}
		if begin.After(w.Start) {
			s.reason("Routine updates run in the routine window %q; the window of %s is already open at %s%s, so the work may start at once.",
				sched.String(), formatSpan(w.Start, w.End, where), formatTime(s.start, where), s.holds())
		} else {
			s.reason("Routine updates run in the routine window %q; the first that holds the work is %s.",
				sched.String(), formatSpan(w.Start, w.End, where))
		}
		return w, begin, nil
	}
	err := &noWindowError{fmt.Sprintf("classify: no routine window in the year after %s holds %s of work",
		formatTime(s.start, s.start.Location()), english.Duration(s.need))}
	s.reason("No routine window fits: %s.", strings.TrimPrefix(err.Error(), "classify: "))
	return window.Window{}, time.Time{}, err
}

// frozen reports the first freeze that [start, end) overlaps, in words.
// Freeze dates are read in loc, the zone of the schedule being checked.
func (p *Policy) frozen(start, end time.Time, loc *time.Location) (string, bool) {
	for _, f := range p.cfg.Freezes {
		if f.Schedule != nil {
			for fw := range f.Schedule.Windows(start, end) {
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

func (a audience) label() string {
	if a.name == "" {
		return "For clients on the default schedule"
	}
	return fmt.Sprintf("For tenant %q", a.name)
}

// trim returns err's message without the package and tenant prefixes, for
// a sentence that already names the audience.
func (a audience) trim(err error) string {
	msg := strings.TrimPrefix(err.Error(), "classify: ")
	if a.name != "" {
		msg = strings.TrimPrefix(msg, fmt.Sprintf("tenant %q: ", a.name))
	}
	return msg
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
