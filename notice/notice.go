package notice

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/prostar/maintenance/classify"
	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// A Variant is which message about a window a notice is: the first
// announcement, a reminder shortly before, or the word that the work is
// done. The zero value is Announcement.
type Variant uint8

// The variants. New values are only appended.
const (
	Announcement Variant = iota
	Reminder
	Completed
)

// ReminderLead is how long before a window the platform sends its
// reminder. Notice does not schedule anything; callers use it to choose the
// send instant of a Reminder, for example w.Start.Add(-ReminderLead).
const ReminderLead = 24 * time.Hour

var variantNames = [...]string{"announcement", "reminder", "completed"}

// String returns "announcement", "reminder" or "completed", and
// "Variant(9)" for an unknown value.
func (v Variant) String() string {
	if int(v) < len(variantNames) {
		return variantNames[v]
	}
	return fmt.Sprintf("Variant(%d)", uint8(v))
}

// ErrNoNotice is the answer for a change that needs no notice, such as a
// routine update. [FromDecision] returns a [*NotNeededError], which wraps
// it and says why, rather than an empty notice: an empty string is too
// easy to send.
var ErrNoNotice = errors.New("notice: no notice needed")

// A NotNeededError says that a decision needs no notice, and why. It
// matches [ErrNoNotice] with [errors.Is].
type NotNeededError struct {
	Class  classify.Class
	Reason string // the decision's reasons, sentences joined by spaces
}

// Error returns "notice: no notice needed for a routine update: REASON".
func (e *NotNeededError) Error() string {
	s := fmt.Sprintf("notice: no notice needed for a %v", e.Class)
	if e.Reason != "" {
		s += ": " + e.Reason
	}
	return s
}

// Is reports whether target is [ErrNoNotice].
func (e *NotNeededError) Is(target error) bool { return target == ErrNoNotice }

// An Audience is who reads a notice: a tenant, and the zone its people
// read clocks in.
type Audience struct {
	Tenant string // "" for the platform's default audience
	// Location is the audience's zone. Nil means the window's own zone.
	Location *time.Location
}

// A Notice is one client notice: the facts it states and the words it
// states them in. It is a plain value; render it with a [Renderer] or
// [Notice.ICalendar]. Templates receive a Notice as their data, so every
// exported field is available to a custom template.
//
// Times are in the audience's zone except Window, which is as the schedule
// computed it, in the schedule's (platform's) zone.
type Notice struct {
	Variant      Variant
	Class        classify.Class // Maintenance or HotFix
	Organization string         // who does the work and signs the notice
	Tenant       string         // "" for the default audience
	Summary      string         // what the work is, from the change; may be ""
	Reason       string         // a hot fix's threat to integrity; may be ""
	Downtime     bool           // users cannot reach the system during the work
	Sent         time.Time      // when the notice is sent, in the audience's zone

	// Start and End bound the work, in the audience's zone: the window,
	// or for a hot fix outside a window the time from its start to its
	// deadline.
	Start, End time.Time
	// Deadline is a hot fix's deadline, in the audience's zone: the
	// response time after the decision, which a window the fix uses may
	// end well before. It is zero for maintenance.
	Deadline time.Time
	Location *time.Location   // the audience's zone
	Window   window.Window    // the window, in the schedule's zone
	Schedule *window.Schedule // the schedule the window comes from; nil for a one-off
	// Scheduled reports that the work is a scheduled window, and not a
	// hot fix's span from its start to its deadline.
	Scheduled bool

	// Subject is the notice's title, such as "Scheduled maintenance this
	// Saturday, January 25th, from 10 p.m. to 2 a.m. MST Sunday".
	Subject string
	// When is the date and range in the audience's zone, naming the end's
	// day when it is a later one: "this Saturday, January 25th, from 10
	// p.m. to 2 a.m. MST Sunday".
	When string
	// Platform is the window in the schedule's zone when it differs from
	// the audience's, such as "Saturday from 10 p.m. to 2 a.m. MST Sunday,
	// Mountain time" ("from 10 p.m. to 2 a.m. UTC Sunday" when the
	// abbreviation already names the zone); "" otherwise. Paragraphs puts
	// it in parentheses.
	Platform string
	// Paragraphs is the body, one paragraph a string, without greeting or
	// signature: the default templates lay these out.
	Paragraphs []string
	// DST holds the daylight saving sentences (also in Paragraphs).
	DST []string
	// Recurrence is the schedule in words, "the last Saturday of each
	// month", or "".
	Recurrence string
	// Again is the sentence about the schedule's other windows in the
	// next 12 months, true on the reader's clock for each of them (also in
	// Paragraphs): "This downtime is also scheduled for the same time on
	// the last Saturday of each month." only when it is the same time for
	// every one; otherwise it names the schedule's clock and the reader's,
	// and the dates on which the reader's differs. "" when the notice is
	// not a maintenance window of a schedule, or no other window falls in
	// the next 12 months.
	Again string
}

// Alternative is the sentence that offers a client another time.
const Alternative = "If this window does not work for you and your organization, contact us to schedule a different time."

// ForWindow returns the plain announcement (or reminder, or completion
// notice, per v) of window w of schedule s, for audience a, sent at sent
// by organization org. s may be nil for a one-off window; then the notice
// has no recurrence sentence. An announcement or reminder sent at or after
// w starts, or a completion notice sent before it ends, is an error.
func ForWindow(s *window.Schedule, w window.Window, a Audience, org string, sent time.Time, v Variant) (Notice, error) {
	return build(input{
		class: classify.Maintenance, variant: v, org: org, audience: a, sent: sent,
		schedule: s, window: w, rule: w, end: w.End, downtime: true,
	})
}

// FromDecision returns one notice per slot of d (one per affected tenant,
// in d's order), sent at sent by organization org. A decision that needs
// no notice (a routine update, or any decision whose NoticeRequired is
// false, such as a hot fix without downtime) gives a [*NotNeededError]
// that wraps [ErrNoNotice] and carries d's reasons.
//
// A maintenance slot announces its window, from the slot's Start when the
// window is already open. A hot fix slot announces work from the slot's
// start to d.Deadline, or its window and d.Deadline when the slot is a
// scheduled window, with the change's threat reason. Send instants are
// checked as [ForWindow] checks them, except that a hot fix may be
// announced while its work runs (it starts at once), until its end.
func FromDecision(d classify.Decision, org string, sent time.Time, v Variant) ([]Notice, error) {
	switch {
	case d.Class == classify.Routine || !d.NoticeRequired:
		return nil, &NotNeededError{Class: d.Class, Reason: strings.Join(d.Reasons, " ")}
	case d.Class != classify.Maintenance && d.Class != classify.HotFix:
		return nil, fmt.Errorf("notice: decision has unknown class %v", d.Class)
	case len(d.Slots) == 0:
		return nil, fmt.Errorf("notice: %v decision has no slot to announce", d.Class)
	}
	out := make([]Notice, 0, len(d.Slots))
	for _, sl := range d.Slots {
		if sl.Err != nil {
			return nil, fmt.Errorf("notice: the decision has no slot for %s: %w", tenantName(sl.Tenant), sl.Err)
		}
		in := input{
			class: d.Class, variant: v, org: org, sent: sent,
			audience: Audience{Tenant: sl.Tenant, Location: sl.Location},
			schedule: sl.Schedule, window: sl.Window, rule: sl.Window, end: sl.Window.End,
			summary: d.Change.Summary, reason: d.Change.ThreatReason,
			downtime:    d.Change.Downtime > 0 || d.Class == classify.Maintenance,
			unscheduled: !sl.InWindow,
		}
		// A slot that is no scheduled window (a hot fix at once, a routine
		// update at any time) carries only its span; no schedule
		// computed it, so it has no facts beyond its two instants.
		if !sl.InWindow {
			in.window = window.Window{Start: sl.Start, End: sl.End, Date: civil.DateOf(sl.Start.In(sl.Location)), Nominal: sl.End.Sub(sl.Start)}
			in.end = sl.End
		}
		// The work starts at the slot's Start when that is later than the
		// window's (the window is already open, or the change is ready
		// later); the notice announces what will happen.
		if sl.Start.After(in.window.Start) && sl.Start.Before(in.window.End) {
			in.window.Start = sl.Start.In(in.window.Start.Location())
			in.window.StartKind = tzdata.Exact
		}
		// A hot fix outside a window runs from its start to the deadline;
		// in a window (a policy that prefers windows) it is announced as
		// the window.
		if d.Class == classify.HotFix && !sl.InWindow && !d.Deadline.IsZero() {
			in.end = d.Deadline
		}
		if d.Class == classify.HotFix {
			in.deadline = d.Deadline
		}
		n, err := build(in)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}

// tenantName names a slot's audience in an error.
func tenantName(t string) string {
	if t == "" {
		return "the default audience"
	}
	return fmt.Sprintf("tenant %q", t)
}

type input struct {
	class    classify.Class
	variant  Variant
	org      string
	audience Audience
	sent     time.Time
	schedule *window.Schedule
	window   window.Window // the window as announced (its Start may be the slot's)
	rule     window.Window // the window as the schedule gives it
	end      time.Time
	deadline time.Time // a hot fix's deadline; zero otherwise
	summary  string
	reason   string
	downtime bool
	// unscheduled marks a decision slot that is not a scheduled window.
	unscheduled bool
}

// A notice is a promise about the future, or a report of the past, so its
// send instant is checked against the work it speaks of:
//
//   - an announcement or reminder must be sent before the work starts;
//   - a completion notice must be sent at or after the work ends.
//
// A hot fix is the documented exception to the first rule: its work may
// start at once, at the very instant of the decision, so its announcement
// may be sent while the work runs, but not after its end.
func checkSent(in input, start, end time.Time) error {
	const layout = "Monday 2006-01-02 15:04 MST"
	sent := in.sent.In(start.Location())
	switch {
	case in.variant == Completed && sent.Before(end):
		return fmt.Errorf("notice: completion notice sent at %s, before the work ends at %s: the system is not available again yet",
			sent.Format(layout), end.Format(layout))
	case in.variant == Completed:
		return nil
	case in.class == classify.HotFix && !sent.Before(end):
		return fmt.Errorf("notice: hot fix %v sent at %s, at or after the work ends at %s: send a completion notice instead",
			in.variant, sent.Format(layout), end.Format(layout))
	case in.class != classify.HotFix && !sent.Before(start):
		return fmt.Errorf("notice: %v sent at %s, at or after the window starts at %s: a notice must reach readers before the work begins",
			in.variant, sent.Format(layout), start.Format(layout))
	}
	return nil
}

func build(in input) (Notice, error) {
	w := in.window
	switch {
	case w.Start.IsZero() || in.end.IsZero():
		return Notice{}, errors.New("notice: window has no start or end")
	case !w.Start.Before(in.end):
		return Notice{}, fmt.Errorf("notice: window ends (%v) at or before it starts (%v)", in.end, w.Start)
	case in.sent.IsZero():
		return Notice{}, errors.New("notice: send instant is zero")
	case in.variant > Completed:
		return Notice{}, fmt.Errorf("notice: unknown variant %v", in.variant)
	}
	if err := checkSent(in, w.Start, in.end); err != nil {
		return Notice{}, err
	}
	if in.rule.Start.IsZero() {
		in.rule = w
	}
	platform := w.Start.Location()
	loc := in.audience.Location
	if loc == nil {
		loc = platform
	}
	if in.unscheduled {
		// A slot that is no scheduled window (a hot fix "now") has no
		// platform zone to compare with: it is read in the audience's zone.
		platform = loc
	}
	// Names pass this one boundary: no format below sees a control
	// character, a line break or a bidi override.
	n := Notice{
		Variant: in.variant, Class: in.class, Organization: clean(in.org),
		Tenant: clean(in.audience.Tenant), Summary: clean(in.summary),
		Reason: clean(in.reason), Downtime: in.downtime,
		Sent: in.sent.In(loc), Start: w.Start.In(loc), End: in.end.In(loc),
		Location: loc, Window: w, Schedule: in.schedule, Scheduled: !in.unscheduled,
	}
	if !in.deadline.IsZero() {
		n.Deadline = in.deadline.In(loc)
	}
	day := dayWords(n.Start, n.Sent)
	if n.Variant == Completed {
		// A completed notice looks back: no "tonight" or "this Saturday".
		day = fullDate(n.Start, n.Sent)
	}
	n.When = day + ", " + rangeWords(n.Start, n.End)
	if platform.String() != loc.String() {
		ps, pe := w.Start, in.end.In(platform)
		n.Platform = rangeWords(ps, pe)
		if civil.DateOf(ps) != civil.DateOf(n.Start) {
			n.Platform = ps.Weekday().String() + " " + n.Platform
		}
		if !namesZone(ps, platform) || !namesZone(pe, platform) {
			n.Platform += ", " + zoneClock(platform)
		}
	}
	n.DST = dstNotes(n, platform)
	if n.Schedule != nil && n.Class == classify.Maintenance {
		n.Recurrence = n.Schedule.Describe()
		n.Again = again(n, in.rule, platform)
	}
	n.Subject, n.Paragraphs = words(n)
	return n, nil
}

// when returns When with the platform's time in parentheses.
func (n Notice) when() string { return n.When + platformNote(n) }

// words writes the subject and paragraphs for n's class and variant.
func words(n Notice) (string, []string) {
	var ps []string
	add := func(s string) {
		if s != "" {
			ps = append(ps, s)
		}
	}
	org := n.Organization
	if org == "" {
		org = "We"
	}
	var subject string
	planned := ""
	if n.Summary != "" {
		planned = "Planned work: " + sentence(n.Summary)
	}
	if n.Class == classify.HotFix {
		switch n.Variant {
		case Completed:
			subject = "Hot fix completed: " + n.When
			add(fmt.Sprintf("%s has completed the urgent hot fix scheduled for %s. The system is available again.", org, n.when()))
			add(planned)
		default:
			subject = "Urgent hot fix " + n.When
			if n.Variant == Reminder {
				subject = "Reminder: urgent hot fix " + n.When
			}
			why := "because of a threat to the integrity of the platform or customer data"
			if n.Reason != "" {
				why += ": " + strings.TrimSuffix(n.Reason, ".")
			}
			add(fmt.Sprintf("%s must apply an urgent hot fix %s.", org, why))
			add(hotFixTimes(n))
			add(planned)
			if n.Downtime {
				add("Users will not be able to access the system while the fix is applied.")
			} else {
				add("We do not expect users to lose access to the system.")
			}
			ps = append(ps, n.DST...)
		}
		return subject, ps
	}
	switch n.Variant {
	case Completed:
		subject = "Maintenance completed: " + n.When
		add(fmt.Sprintf("%s has completed the scheduled maintenance of %s. The system is available again.", org, n.when()))
		add(planned)
		add("Thank you for your patience.")
		return subject, ps
	case Reminder:
		subject = "Reminder: scheduled maintenance " + n.When
		add(fmt.Sprintf("This is a reminder that %s will perform scheduled maintenance %s.", lowerWe(org), n.when()))
	default:
		subject = "Scheduled maintenance " + n.When
		add(fmt.Sprintf("%s will perform scheduled maintenance %s.", org, n.when()))
	}
	add(planned)
	if n.Downtime {
		add(sentence("Users will not be able to access the system " + untilWords(n.Start, n.End)))
	}
	ps = append(ps, n.DST...)
	add(n.Again)
	add(Alternative)
	return subject, ps
}

// hotFixTimes is the sentence that says when a hot fix is done: "The work
// starts today, Tuesday, March 10th, at 3:17 p.m. MDT and must be complete
// by 7:17 p.m. MDT." When the fix uses a window that ends before its
// deadline, it names both, since the window is when the work is planned
// and the deadline is the promise: "The work will use tonight's
// maintenance window, Saturday, October 31st, from 10 p.m. MDT to 2 a.m.
// MST Sunday; it must be complete by 8 a.m. MST Sunday at the latest."
func hotFixTimes(n Notice) string {
	// "by 2 a.m. MST Sunday": the day is named when it differs.
	by := func(t time.Time) string {
		return timeOfDay(t) + " " + zoneName(t) + endDay(n.Start, t)
	}
	if n.Deadline.IsZero() || !n.Deadline.After(n.End) {
		// The work is done by the end of its span, or by the deadline
		// when that comes first: the promise is the earlier one.
		done := n.End
		if !n.Deadline.IsZero() && n.Deadline.Before(done) {
			done = n.Deadline
		}
		return fmt.Sprintf("The work starts %s, at %s %s and must be complete by %s%s.",
			dayWords(n.Start, n.Sent), timeOfDay(n.Start), zoneName(n.Start), by(done), platformNote(n))
	}
	var which string
	switch rel := relative(n.Start, n.Sent); rel {
	case "today", "tonight", "tomorrow":
		which = rel + "'s maintenance window, " + fullDate(n.Start, n.Sent)
	case "":
		which = "the maintenance window on " + fullDate(n.Start, n.Sent)
	default: // "this Saturday, October 31st"
		which = "the maintenance window " + dayWords(n.Start, n.Sent)
	}
	return fmt.Sprintf("The work will use %s, %s%s; it must be complete by %s at the latest.",
		which, rangeWords(n.Start, n.End), platformNote(n), by(n.Deadline))
}

// namesZone reports whether t's abbreviation already names loc, so that
// "2 a.m. UTC, UTC time" would repeat it: the abbreviation is the zone's
// name, or the zone is UTC under another name (Etc/UTC).
func namesZone(t time.Time, loc *time.Location) bool {
	name := zoneName(t)
	return name == loc.String() || name == "UTC" && strings.HasSuffix(loc.String(), "UTC")
}

// platformNote is " (Saturday from 10 p.m. to 2 a.m. MST Sunday, Mountain
// time)" for a reader in another zone, else "". It goes at the end of a
// sentence.
func platformNote(n Notice) string {
	if n.Platform == "" {
		return ""
	}
	return " (" + n.Platform + ")"
}

// lowerWe keeps an organization's name but lowercases the "We" that stands
// in for a missing one mid-sentence.
func lowerWe(org string) string {
	if org == "We" {
		return "we"
	}
	return org
}

// sentence returns s ending in a period.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}

// dstNotes returns the daylight saving sentences for n: one per clock
// change inside the work in the audience's zone, and one for a start or end
// that the platform's zone skipped or repeated, saying which instant is
// meant. Work that is no scheduled window (a hot fix from now to its
// deadline) is "this period", never "this window".
func dstNotes(n Notice, platform *time.Location) []string {
	what := "this window"
	if !n.Scheduled {
		what = "this period"
	}
	// What the clocks do during the work, the reader's and (when they
	// differ) the platform's, in one sentence that says the length once:
	// "Clocks go back one hour at 2 a.m., here and in America/Denver;
	// this window lasts 5 hours." A change at the very instant the work
	// starts is not inside it: the start's own sentence (a skipped start)
	// says what it did.
	// Two zones' changes are alike when they are the same shift at the
	// same wall time of the same date.
	shifts := func(loc *time.Location) (words, same []string) {
		for tr := range tzdata.Transitions(loc, n.Start.Add(time.Nanosecond), n.End) {
			if s := clockShift(tr); s != "" {
				words = append(words, s)
				same = append(same, s+" "+civil.DateOf(tr.At.In(loc)).String())
			}
		}
		return words, same
	}
	mine, mineSame := shifts(n.Location)
	var theirs, theirsSame []string
	where := ""
	if platform.String() != n.Location.String() {
		where = " in " + platform.String()
		// The reader's clocks may not change, but the platform's do: say
		// so, since it is why the window is longer or shorter that night.
		theirs, theirsSame = shifts(platform)
	}
	var parts []string
	switch {
	case len(theirs) == 0:
		parts = mine
	case len(mine) == 0:
		parts = theirs
		parts[len(parts)-1] += where
	case slices.Equal(mineSame, theirsSame):
		parts = mine
		parts[len(parts)-1] += ", here and" + where
	default:
		parts = append(mine, theirs...)
		parts[len(mine)-1] += " here"
		parts[len(parts)-1] += where
	}
	var out []string
	if len(parts) > 0 {
		out = append(out, fmt.Sprintf("Clocks go %s; %s lasts %s.", english.List(parts...), what, english.Length(n.End.Sub(n.Start))))
	}
	if !n.Scheduled {
		return out
	}
	w := n.Window
	if s := kindNote(w.Start, w.StartKind, w.NominalStart, "starts", where); s != "" {
		out = append(out, s)
	}
	if n.Class != classify.HotFix {
		if s := kindNote(w.End, w.EndKind, w.NominalEnd, "ends", where); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// kindNote explains a start or end at instant t whose nominal wall time
// (as the window carries it) the zone skipped or repeated: "2 a.m. does
// not exist that night; the window ends at 3 a.m. CEST." or "1 a.m.
// happens twice that night; the window starts at the first 1 a.m., EDT."
func kindNote(t time.Time, k tzdata.WallKind, nominal civil.DateTime, verb, where string) string {
	when := "that night"
	if h := nominal.Clock.Hour; h >= 6 && h < evening {
		when = "that day"
	}
	wall := time.Date(nominal.Date.Year, nominal.Date.Month, nominal.Date.Day, nominal.Clock.Hour, nominal.Clock.Minute, 0, 0, time.UTC)
	switch k {
	case tzdata.Repeated:
		which := "first"
		if r := tzdata.Read(nominal, t.Location()); t.Equal(r.Later) && !r.Later.Equal(r.Earlier) {
			which = "second"
		}
		return fmt.Sprintf("%s happens twice %s%s; the window %s at the %s %s, %s.",
			timeOfDay(wall), when, where, verb, which, timeOfDay(wall), zoneName(t))
	case tzdata.Skipped:
		return fmt.Sprintf("%s does not exist %s%s; the window %s at %s %s.",
			timeOfDay(wall), when, where, verb, timeOfDay(t), zoneName(t))
	}
	return ""
}
