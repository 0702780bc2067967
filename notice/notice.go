package notice

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/prostar/maintenance/classify"
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

	// Subject is the notice's title, such as "Scheduled maintenance this
	// Saturday, January 25th, from 10 p.m. to 2 a.m. MST".
	Subject string
	// When is the date and range in the audience's zone: "this Saturday,
	// January 25th, from 10 p.m. to 2 a.m. MST".
	When string
	// Platform is the window in the schedule's zone when it differs from
	// the audience's, such as "Saturday from 10 p.m. to 2 a.m. MST,
	// America/Denver time" ("from 10 p.m. to 2 a.m. UTC" when the
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
}

// Alternative is the sentence that offers a client another time.
const Alternative = "If this window does not work for you and your organization, contact us to schedule a different time."

// ForWindow returns the plain announcement (or reminder, or completion
// notice, per v) of window w of schedule s, for audience a, sent at sent
// by organization org. s may be nil for a one-off window; then the notice
// has no recurrence sentence.
func ForWindow(s *window.Schedule, w window.Window, a Audience, org string, sent time.Time, v Variant) (Notice, error) {
	return build(input{
		class: classify.Maintenance, variant: v, org: org, audience: a, sent: sent,
		schedule: s, window: w, end: w.End, downtime: true,
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
// scheduled window, with the change's threat reason.
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
		in := input{
			class: d.Class, variant: v, org: org, sent: sent,
			audience: Audience{Tenant: sl.Tenant, Location: sl.Location},
			schedule: sl.Schedule, window: sl.Window, end: sl.Window.End,
			summary: d.Change.Summary, reason: d.Change.ThreatReason,
			downtime:    d.Change.Downtime > 0 || d.Class == classify.Maintenance,
			unscheduled: !sl.InWindow,
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

type input struct {
	class    classify.Class
	variant  Variant
	org      string
	audience Audience
	sent     time.Time
	schedule *window.Schedule
	window   window.Window
	end      time.Time
	deadline time.Time // a hot fix's deadline; zero otherwise
	summary  string
	reason   string
	downtime bool
	// unscheduled marks a decision slot that is not a scheduled window.
	unscheduled bool
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
	n := Notice{
		Variant: in.variant, Class: in.class, Organization: strings.TrimSpace(in.org),
		Tenant: in.audience.Tenant, Summary: strings.TrimSpace(in.summary),
		Reason: strings.TrimSpace(in.reason), Downtime: in.downtime,
		Sent: in.sent.In(loc), Start: w.Start.In(loc), End: in.end.In(loc),
		Location: loc, Window: w, Schedule: in.schedule,
	}
	if !in.deadline.IsZero() {
		n.Deadline = in.deadline.In(loc)
	}
	day := Day(n.Start, n.Sent)
	if n.Variant == Completed {
		// A completed notice looks back: no "tonight" or "this Saturday".
		day = FullDate(n.Start, n.Sent)
	}
	n.When = day + ", " + Range(n.Start, n.End)
	if platform.String() != loc.String() {
		ps, pe := w.Start, in.end.In(platform)
		n.Platform = Range(ps, pe)
		if dayNumber(ps) != dayNumber(n.Start) {
			n.Platform = ps.Weekday().String() + " " + n.Platform
		}
		if !namesZone(ps, platform) || !namesZone(pe, platform) {
			n.Platform += ", " + platform.String() + " time"
		}
	}
	n.DST = dstNotes(n, platform)
	if n.Schedule != nil && n.Class == classify.Maintenance {
		n.Recurrence = n.Schedule.Describe()
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
		subject = "Maintenance completed: " + FullDate(n.Start, n.Sent)
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
		add(sentence("Users will not be able to access the system " + Until(n.Start, n.End)))
	}
	ps = append(ps, n.DST...)
	if n.Recurrence != "" {
		// "on the last Saturday of each month", but "every Sunday".
		on := "on "
		if strings.HasPrefix(n.Recurrence, "every ") {
			on = ""
		}
		add("This downtime is also scheduled for the same time " + on + n.Recurrence + ".")
	}
	add(Alternative)
	return subject, ps
}

// hotFixTimes is the sentence that says when a hot fix is done: "The work
// starts today, Tuesday, March 10th, at 3:17 p.m. MDT and must be complete
// by 7:17 p.m. MDT." When the fix uses a window that ends before its
// deadline, it names both, since the window is when the work is planned
// and the deadline is the promise: "The work will use tonight's
// maintenance window, Saturday, October 31st, from 10 p.m. MDT to 2 a.m.
// MST; it must be complete by 8 a.m. MST Sunday at the latest."
func hotFixTimes(n Notice) string {
	// "by 2 a.m. MST Sunday": Until names the day when it differs.
	by := func(t time.Time) string {
		return TimeOfDay(t) + " " + ZoneName(t) + strings.TrimPrefix(Until(n.Start, t), "until "+TimeOfDay(t))
	}
	if n.Deadline.IsZero() || !n.Deadline.After(n.End) {
		return fmt.Sprintf("The work starts %s, at %s %s and must be complete by %s%s.",
			Day(n.Start, n.Sent), TimeOfDay(n.Start), ZoneName(n.Start), by(n.End), platformNote(n))
	}
	var which string
	switch rel := Relative(n.Start, n.Sent); rel {
	case "today", "tonight", "tomorrow":
		which = rel + "'s maintenance window, " + FullDate(n.Start, n.Sent)
	case "":
		which = "the maintenance window on " + FullDate(n.Start, n.Sent)
	default: // "this Saturday, October 31st"
		which = "the maintenance window " + Day(n.Start, n.Sent)
	}
	return fmt.Sprintf("The work will use %s, %s%s; it must be complete by %s at the latest.",
		which, Range(n.Start, n.End), platformNote(n), by(n.Deadline))
}

// namesZone reports whether t's abbreviation already names loc, so that
// "2 a.m. UTC, UTC time" would repeat it: the abbreviation is the zone's
// name, or the zone is UTC under another name (Etc/UTC).
func namesZone(t time.Time, loc *time.Location) bool {
	name := ZoneName(t)
	return name == loc.String() || name == "UTC" && strings.HasSuffix(loc.String(), "UTC")
}

// platformNote is " (10 p.m. to 2 a.m. MST, America/Denver time)" for a
// reader in another zone, else "". It goes at the end of a sentence.
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
// meant.
func dstNotes(n Notice, platform *time.Location) []string {
	var out []string
	// A change at the very instant the work starts is not inside it: the
	// start's own sentence (a skipped start) says what it did.
	for tr := range tzdata.Transitions(n.Location, n.Start.Add(time.Nanosecond), n.End) {
		if s := ClockChange(tr, n.End.Sub(n.Start)); s != "" {
			out = append(out, s)
		}
	}
	where := ""
	if platform.String() != n.Location.String() {
		where = " in " + platform.String()
		// The reader's clocks may not change, but the platform's do: say
		// so, since it is why the window is longer or shorter that night.
		for tr := range tzdata.Transitions(platform, n.Start.Add(time.Nanosecond), n.End) {
			if s := ClockChange(tr, n.End.Sub(n.Start)); s != "" {
				out = append(out, strings.Replace(s, ";", where+";", 1))
			}
		}
	}
	if s := kindNote(n.Window.Start, n.Window.StartKind, "starts", where); s != "" {
		out = append(out, s)
	}
	if n.Class != classify.HotFix {
		if s := kindNote(n.Window.End, n.Window.EndKind, "ends", where); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// kindNote explains a start or end at instant t whose nominal wall time
// the zone skipped or repeated: "2 a.m. does not exist that night; the
// window ends at 3 a.m. CEST." or "1 a.m. happens twice that night; the
// window starts at the first 1 a.m., EDT."
func kindNote(t time.Time, k tzdata.Kind, verb, where string) string {
	loc := t.Location()
	when := "that night"
	if h := t.Hour(); h >= 6 && h < Evening {
		when = "that day"
	}
	switch k {
	case tzdata.Repeated:
		r := tzdata.Read(civil.DateTimeOf(t), loc)
		which := "first"
		if r.Kind == tzdata.Repeated && t.Equal(r.Later) {
			which = "second"
		}
		return fmt.Sprintf("%s happens twice %s%s; the window %s at the %s %s, %s.",
			TimeOfDay(t), when, where, verb, which, TimeOfDay(t), ZoneName(t))
	case tzdata.Skipped:
		nominal, ok := skippedWall(t)
		if !ok {
			return fmt.Sprintf("The clocks skip the nominal time that %s%s; the window %s at %s %s.",
				strings.TrimPrefix(when, "that "), where, verb, TimeOfDay(t), ZoneName(t))
		}
		return fmt.Sprintf("%s does not exist %s%s; the window %s at %s %s.",
			TimeOfDay(nominal), when, where, verb, TimeOfDay(t), ZoneName(t))
	}
	return ""
}

// skippedWall finds the skipped wall time that resolved to instant t: the
// wall time one gap before or after t's own wall time that the zone skips
// and reads as t. The result's clock fields are the wall time (its zone is
// meaningless).
func skippedWall(t time.Time) (time.Time, bool) {
	loc := t.Location()
	for tr := range tzdata.Transitions(loc, t.Add(-48*time.Hour), t.Add(48*time.Hour)) {
		shift := time.Duration(tr.After.Seconds-tr.Before.Seconds) * time.Second
		if shift <= 0 {
			continue
		}
		wall := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
		for _, c := range []time.Time{wall.Add(-shift), wall.Add(shift)} {
			r := tzdata.Read(civil.DateTimeOf(c), loc)
			if r.Kind == tzdata.Skipped && (r.Earlier.Equal(t) || r.Later.Equal(t)) {
				return c, true
			}
		}
	}
	return time.Time{}, false
}
