package classify

import (
	"time"

	"github.com/prostar/maintenance/internal/english"
)

// A GateInput is what [Policy.Gate] needs to know beyond the change and
// the instant: who the change is for and what has already happened.
// The zero GateInput is a change for the default audience whose notice
// has not been sent, with no earlier hot fixes.
type GateInput struct {
	// Tenant names the audience whose windows apply; "" is the default
	// audience. A name the policy does not know is an error wrapping
	// [ErrUnknownTenant].
	Tenant string
	// NoticeSent is when the notice of a maintenance was sent; the zero
	// time means it has not been sent, and maintenance is then not
	// allowed. It is not read for other classes.
	NoticeSent time.Time
	// HotFixes are the instants of the hot fixes already done, for the
	// hot-fix limit; those after the gate's instant are ignored.
	HotFixes []time.Time
}

// A Verdict is the gate's answer: may a change start at an instant, and
// why.
type Verdict struct {
	// Allowed reports that the change may start at At.
	Allowed bool
	// Class is the change's class and Rule the name of the rule that
	// decided it.
	Class Class
	Rule  string
	// At is the instant asked about, in the audience's zone, and Tenant
	// the audience ("" for the default one).
	At     time.Time
	Tenant string
	// Next is the earliest instant at or after At at which the change
	// would be allowed, given the same notice: At itself when Allowed.
	// When maintenance's notice has not been sent, Next assumes it is sent
	// at At. It is the zero time only together with an error wrapping
	// [ErrNoWindow]: no instant within a year would do.
	Next time.Time
	// Deadline is when a hot fix must be done: At plus the policy's
	// response time. It is the zero time for other classes.
	Deadline time.Time
	// Reasons say, in sentences, what the answer rests on: the rule that
	// decided the class, each condition checked, and for a change not
	// allowed why, and where Next comes from.
	Reasons []string
	// Warnings are facts a person should read even when the change is
	// allowed: a hot fix during a freeze, too many hot fixes.
	Warnings []string
}

// Gate answers the question a deployment pipeline asks at the moment of a
// change: may c start at at? It classifies c as [Policy.Decide] does, for
// the audience in.Tenant names (c.Tenants is not read: the gate answers
// for one audience at a time; nor is c.Ready: at is when the work would
// start), and applies the rule of c's class:
//
//   - Routine update: at must be inside a routine window with room for
//     the work before the window ends; any instant is allowed when the
//     policy has no routine window.
//   - Maintenance: at must be inside a window of the audience's schedule
//     that is not frozen (a freeze that overlaps the window rules out all
//     of it, as it does for Decide), with room before the window ends for
//     the longer of c's length and downtime (the window's actual length,
//     so on the night the clocks go back a 4-hour window holds 4.5 hours
//     of work), and the notice must have been sent at least the policy's
//     notice before the work starts: before the window opens, or before
//     at when the work starts in a window already open. The work, not the
//     window, is what the notice announces; the same rule makes Decide's
//     slots pass the gate. A notice not sent means not allowed.
//   - Hot fix: allowed at once. A freeze, an exceeded hot-fix limit or
//     work that cannot meet the response time are warnings, never a
//     refusal: a threat does not wait.
//
// When the change is not allowed, Next is the earliest instant it would
// be, given the same notice. Gate never reads the clock. Its error is for
// input it cannot answer for (a zero at, a negative length, an unknown
// tenant, a zero Policy), or wraps [ErrNoWindow] with a Verdict that is
// not allowed and has no Next.
func (p *Policy) Gate(c Change, at time.Time, in GateInput) (Verdict, error) {
	if err := p.check("Gate", "at", c, at); err != nil {
		return Verdict{}, err
	}
	a := p.audiences[0]
	if in.Tenant != "" {
		var err error
		if a, err = p.tenant("gate.tenant", in.Tenant); err != nil {
			return Verdict{}, err
		}
	}
	// The gate shares Decide's search: a Decision collects the sentences.
	// Sentences read the instants in the audience's zone, whatever offset
	// at was given in.
	at = at.In(a.zone)
	d := Decision{Decided: at, Change: c}
	d.Class, d.Rule, d.Reasons = p.classify(c)
	s := &search{p: p, c: c, d: &d, start: at, from: "asked (" + formatTime(at, a.zone) + ")", need: c.need()}
	v := Verdict{Class: d.Class, Rule: d.Rule, At: d.Decided, Tenant: a.name}
	var err error
	switch d.Class {
	case HotFix:
		v.Deadline = s.hotFixChecks(in.HotFixes)
		s.reason("%s, a hot fix may start at once.", a.label())
		s.hotFreeze(a, at)
		v.Allowed, v.Next = true, at
	case Maintenance:
		v.Next, err = s.gateMaintenance(a, in.NoticeSent)
	default:
		v.Next, err = s.gateRoutine()
	}
	if err == nil {
		// A maintenance whose notice was not sent is never allowed, even
		// with a zero notice, where Next (a notice sent now) is at itself.
		v.Allowed = v.Next.Equal(at) && (d.Class != Maintenance || !in.NoticeSent.IsZero())
	}
	v.Reasons, v.Warnings = d.Reasons, d.Warnings
	return v, err
}

// gateMaintenance checks maintenance at s.start against a's schedule and
// returns the earliest instant it would be allowed.
func (s *search) gateMaintenance(a audience, sent time.Time) (time.Time, error) {
	at, notice, label := s.start, s.p.cfg.Notice, a.label()
	// Say first what is wrong at the instant asked about, so the reasons
	// answer "why not now?" before "when then?". What is wrong with a
	// window already open at at (frozen, too little left, too late a
	// notice), the search below says as it passes it.
	if w, ok := a.schedule.Next(at); !ok || !w.Contains(at) {
		s.reason("%s, %s is not inside a maintenance window of %q.", label, formatTime(at, a.zone), a.schedule.String())
	}
	notSent := sent.IsZero()
	if notSent {
		s.reason("%s, no notice has been sent; maintenance needs a notice at least %s before the work starts. The next allowed start assumes it is sent at %s.",
			label, english.Duration(notice), formatTime(at, a.zone))
		s.from = "the notice, if sent at " + formatTime(at, a.zone)
		sent = at
	} else {
		s.from = "the notice was sent (" + formatTime(sent, a.zone) + ")"
		if by := at.Add(-notice); sent.After(by) {
			s.reason("%s, the notice was sent at %s, less than the %s notice before %s: it had to be sent by %s.",
				label, formatTime(sent, a.zone), english.Duration(notice), formatTime(at, a.zone), formatTime(by, a.zone))
		}
	}
	slot, err := s.maintenanceSlot(a, sent, notice)
	if err != nil {
		s.reason("%s, no later start is allowed either: %s.", label, a.trim(err))
		return time.Time{}, err
	}
	if slot.Start.Equal(at) && !notSent {
		s.reason("%s, the work may start now: the notice was sent at %s, at least %s before.",
			label, formatTime(sent, a.zone), english.Duration(notice))
	}
	return slot.Start, nil
}

// gateRoutine checks a routine update at s.start and returns the earliest
// instant it would be allowed.
func (s *search) gateRoutine() (time.Time, error) {
	if s.p.cfg.Routine == nil {
		s.reason("Routine updates may run at any time, so it may start now.")
		return s.start, nil
	}
	sched := s.p.cfg.Routine
	if w, ok := sched.Next(s.start); !ok || !w.Contains(s.start) {
		s.reason("%s is not inside a routine window of %q.", formatTime(s.start, s.start.Location()), sched.String())
	}
	_, begin, err := s.routineWindow()
	if err != nil {
		return time.Time{}, err
	}
	return begin, nil
}
