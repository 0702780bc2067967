package classify_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/prostar/maintenance/classify"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// denver is the platform's schedule from its January 2020 notice.
const denver = "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25"

// at returns the wall time s ("2006-01-02 15:04") in zone. Test times are
// never in a gap or overlap, so time.ParseInLocation reads them exactly.
func at(t testing.TB, zone, s string) time.Time {
	t.Helper()
	loc, err := tzdata.Load(zone)
	if err != nil {
		t.Fatal(err)
	}
	v, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func mountain(t testing.TB, s string) time.Time { return at(t, "America/Denver", s) }

func zone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := tzdata.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// policy returns the default policy on the Denver schedule, changed by edit.
func policy(t testing.TB, edit func(*classify.Config)) *classify.Policy {
	t.Helper()
	cfg := classify.DefaultConfig()
	cfg.Maintenance = window.MustParse(denver)
	if edit != nil {
		edit(&cfg)
	}
	p, err := classify.NewPolicy(cfg)
	if err != nil {
		t.Fatalf("NewPolicy: %v", err)
	}
	return p
}

// A view is the part of a Decision a scenario checks, with instants
// written in the audience's zone so that a failure reads like a notice.
type view struct {
	Class          classify.Class
	Rule           string
	NoticeRequired bool
	Deadline       string
	Slots          []slotView
	Warnings       []string
}

type slotView struct {
	Tenant     string
	Start, End string
	Length     string
	NoticeBy   string
	InWindow   bool
}

const stamp = "2006-01-02 15:04 MST"

func viewOf(d classify.Decision) view {
	v := view{Class: d.Class, Rule: d.Rule, NoticeRequired: d.NoticeRequired, Warnings: d.Warnings}
	if !d.Deadline.IsZero() {
		v.Deadline = d.Deadline.Format(stamp)
	}
	for _, s := range d.Slots {
		sv := slotView{
			Tenant:   s.Tenant,
			Start:    s.Start.In(s.Location).Format(stamp),
			End:      s.End.In(s.Location).Format(stamp),
			Length:   s.End.Sub(s.Start).String(),
			InWindow: s.InWindow,
		}
		if !s.NoticeBy.IsZero() {
			sv.NoticeBy = s.NoticeBy.In(s.Location).Format(stamp)
		}
		switch {
		case s.InWindow && (s.Window.Start.After(s.Start) || !s.Window.End.Equal(s.End)):
			sv.Length = "slot not in its window"
		case s.InWindow:
			sv.Length = s.Window.Duration().String()
		case s.Window != (window.Window{}):
			sv.Length = "a window made up for a span"
		}
		v.Slots = append(v.Slots, sv)
	}
	return v
}

func TestDecide(t *testing.T) {
	berlinTenants := func(c *classify.Config) {
		c.Tenants = map[string]classify.Tenant{
			"acme":    {Schedule: window.MustParse("every Sunday 03:00-07:00 Europe/Berlin")},
			"initech": {Zone: zone(t, "Asia/Kolkata")},
		}
	}
	december := func(c *classify.Config) {
		c.Freezes = []classify.Freeze{{
			From:   civil.Date{Year: 2026, Month: time.December, Day: 1},
			Until:  civil.Date{Year: 2026, Month: time.December, Day: 31},
			Reason: "year-end trading",
		}}
	}
	flaw := classify.Change{
		Summary:      "patch the login flaw",
		Kind:         classify.SoftwarePatch,
		Threat:       true,
		ThreatReason: "an actively exploited flaw exposes customer data",
		Downtime:     30 * time.Minute,
		Length:       2 * time.Hour,
	}
	patch := classify.Change{Kind: classify.SoftwarePatch, Downtime: time.Hour, Length: 2 * time.Hour}
	flawNow := slotView{Start: "2026-10-31 09:00 MDT", End: "2026-11-01 08:00 MST", Length: "24h0m0s", NoticeBy: "2026-10-31 09:00 MDT"}

	tests := []struct {
		name     string
		reason   string // why the row's answer is right
		edit     func(*classify.Config)
		change   classify.Change
		now      time.Time
		hotFixes []time.Time
		want     view
		reasons  []string // each must appear in some reason
	}{{
		name:   "weekly deployment",
		reason: "no downtime, no feature lost, no threat: a routine update, now, without notice",
		change: classify.Change{Kind: classify.Deployment, Length: 30 * time.Minute},
		now:    mountain(t, "2020-01-21 10:00"),
		want: view{Class: classify.Routine, Rule: "routine", Slots: []slotView{
			{Start: "2020-01-21 10:00 MST", End: "2020-01-21 10:30 MST", Length: "30m0s"},
		}},
		reasons: []string{"so it is a routine update", "Routine updates may run at any time, so it may start at Tuesday 2020-01-21 10:00 MST."},
	}, {
		name:   "virus scan",
		reason: "a maintenance kind: the next window, notice 72h before it",
		change: classify.Change{Kind: classify.VirusScan, Length: 2 * time.Hour},
		now:    mountain(t, "2020-01-06 09:00"),
		want: view{Class: classify.Maintenance, Rule: "maintenance kinds", NoticeRequired: true, Slots: []slotView{
			{Start: "2020-01-25 22:00 MST", End: "2020-01-26 02:00 MST", Length: "4h0m0s", NoticeBy: "2020-01-22 22:00 MST", InWindow: true},
		}},
		reasons: []string{
			"Its kind, virus scan, is maintenance: virus scans, software patches and upgrades are done",
			"For clients on the default schedule, the window is Saturday 2020-01-25 22:00 MST to Sunday 02:00 MST (4h): the first that starts at least 72h after the decision (Monday 2020-01-06 09:00 MST), is not frozen and holds 2h of work. Notice must be sent by Wednesday 2020-01-22 22:00 MST.",
		},
	}, {
		name:   "security patch decided the Thursday before",
		reason: "Saturday 2020-01-25 22:00 is 61h away, inside the 72h notice, so the next last Saturday, the leap day",
		change: patch,
		now:    mountain(t, "2020-01-23 09:00"),
		want: view{Class: classify.Maintenance, Rule: "downtime", NoticeRequired: true, Slots: []slotView{
			{Start: "2020-02-29 22:00 MST", End: "2020-03-01 02:00 MST", Length: "4h0m0s", NoticeBy: "2020-02-26 22:00 MST", InWindow: true},
		}, Warnings: []string{
			"For clients on the default schedule, the 72h notice period pushed the work from the window of Saturday 2020-01-25 to the window of Saturday 2020-02-29.",
		}},
		reasons: []string{
			"It needs 1h of downtime",
			"the window of Saturday 2020-01-25 22:00 MST starts 61h after the decision (Thursday 2020-01-23 09:00 MST), less than the 72h notice, so it cannot be used.",
			"the window is Saturday 2020-02-29 22:00 MST to Sunday 02:00 MST (4h)",
		},
	}, {
		name:   "notice counts from when the change is ready",
		reason: "ready Friday 2020-01-24: the 25th is only 37h later",
		change: classify.Change{Kind: classify.Upgrade, Ready: mountain(t, "2020-01-24 09:00")},
		now:    mountain(t, "2020-01-06 09:00"),
		want: view{Class: classify.Maintenance, Rule: "maintenance kinds", NoticeRequired: true, Slots: []slotView{
			{Start: "2020-02-29 22:00 MST", End: "2020-03-01 02:00 MST", Length: "4h0m0s", NoticeBy: "2020-02-26 22:00 MST", InWindow: true},
		}, Warnings: []string{
			"For clients on the default schedule, the 72h notice period pushed the work from the window of Saturday 2020-01-25 to the window of Saturday 2020-02-29.",
		}},
		reasons: []string{"starts 37h after the change is ready (Friday 2020-01-24 09:00 MST)"},
	}, {
		name:   "upgrade disabling a feature, default",
		reason: "DefaultConfig treats disabling features without downtime as maintenance",
		change: classify.Change{Kind: classify.Upgrade, DisablesFeatures: true, Length: time.Hour},
		now:    mountain(t, "2020-01-06 09:00"),
		want: view{Class: classify.Maintenance, Rule: "disables features", NoticeRequired: true, Slots: []slotView{
			{Start: "2020-01-25 22:00 MST", End: "2020-01-26 02:00 MST", Length: "4h0m0s", NoticeBy: "2020-01-22 22:00 MST", InWindow: true},
		}},
		reasons: []string{"the policy treats that as maintenance, so clients are told in advance"},
	}, {
		name:   "upgrade disabling a feature, set to routine",
		reason: "the setting decides before the kind rule does",
		edit:   func(c *classify.Config) { c.DisablesFeatures = classify.Routine },
		change: classify.Change{Kind: classify.Upgrade, DisablesFeatures: true, Length: time.Hour},
		now:    mountain(t, "2020-01-06 09:00"),
		want: view{Class: classify.Routine, Rule: "disables features", Slots: []slotView{
			{Start: "2020-01-06 09:00 MST", End: "2020-01-06 10:00 MST", Length: "1h0m0s"},
		}},
		reasons: []string{"the policy treats that as a routine update, given without notice"},
	}, {
		name:   "exploited flaw, start at once",
		reason: "a threat: hot fix now; deadline 24 elapsed hours later, 08:00 MST after the clocks go back",
		change: flaw,
		now:    mountain(t, "2026-10-31 09:00"),
		want: view{Class: classify.HotFix, Rule: "threat", NoticeRequired: true, Deadline: "2026-11-01 08:00 MST",
			Slots: []slotView{flawNow}},
		reasons: []string{
			"It answers a threat to the integrity of the platform or customer data (an actively exploited flaw exposes customer data), so it is a hot fix",
			"As a hot fix it must be done within the 24h response time, by Sunday 2026-11-01 08:00 MST.",
			"For clients on the default schedule, the work starts at Saturday 2026-10-31 09:00 MDT.",
		},
	}, {
		name:   "exploited flaw, prefer a window",
		reason: "that night's window opens at 22:00 MDT and lasts 5h, ending before the deadline",
		edit:   func(c *classify.Config) { c.HotFix.PreferWindow = true },
		change: flaw,
		now:    mountain(t, "2026-10-31 09:00"),
		want: view{Class: classify.HotFix, Rule: "threat", NoticeRequired: true, Deadline: "2026-11-01 08:00 MST",
			Slots: []slotView{{Start: "2026-10-31 22:00 MDT", End: "2026-11-01 02:00 MST", Length: "5h0m0s", NoticeBy: "2026-10-31 22:00 MDT", InWindow: true}}},
		reasons: []string{"the policy prefers a maintenance window: the window of Saturday 2026-10-31 22:00 MDT to Sunday 02:00 MST (5h) opens after the decision"},
	}, {
		name:   "prefer a window, none before the deadline",
		reason: "the next window is 24 days away: start at once",
		edit:   func(c *classify.Config) { c.HotFix.PreferWindow = true },
		change: flaw,
		now:    mountain(t, "2026-10-07 09:00"),
		want: view{Class: classify.HotFix, Rule: "threat", NoticeRequired: true, Deadline: "2026-10-08 09:00 MDT",
			Slots: []slotView{{Start: "2026-10-07 09:00 MDT", End: "2026-10-08 09:00 MDT", Length: "24h0m0s", NoticeBy: "2026-10-07 09:00 MDT"}}},
		reasons: []string{"no maintenance window opens after the decision (Wednesday 2026-10-07 09:00 MDT) and holds 2h of work before the deadline, so the work starts at once."},
	}, {
		name:     "third hot fix in 90 days",
		reason:   "two earlier hot fixes fall in the 90 days before now; one before them and one after now do not count",
		change:   flaw,
		now:      mountain(t, "2026-10-31 09:00"),
		hotFixes: []time.Time{mountain(t, "2026-08-15 12:00"), mountain(t, "2026-10-01 12:00"), mountain(t, "2026-07-01 12:00"), mountain(t, "2026-11-02 12:00")},
		want: view{Class: classify.HotFix, Rule: "threat", NoticeRequired: true, Deadline: "2026-11-01 08:00 MST",
			Slots: []slotView{flawNow},
			Warnings: []string{
				"This is the 3rd hot fix in the 90 days to Saturday 2026-10-31 09:00 MDT, more than the 2 the policy allows: hot fixes should be rare.",
			}},
	}, {
		name:     "second hot fix in 90 days",
		reason:   "one earlier hot fix in the period: within the limit of 2",
		change:   flaw,
		now:      mountain(t, "2026-10-31 09:00"),
		hotFixes: []time.Time{mountain(t, "2026-10-01 12:00"), mountain(t, "2026-08-01 12:00")},
		want: view{Class: classify.HotFix, Rule: "threat", NoticeRequired: true, Deadline: "2026-11-01 08:00 MST",
			Slots: []slotView{flawNow}},
	}, {
		name:   "hot fix ready after its deadline",
		reason: "ready 30h after the decision: the work cannot meet the 24h deadline, and the decision says so",
		change: classify.Change{Threat: true, Length: time.Hour, Ready: mountain(t, "2026-06-16 15:00")},
		now:    mountain(t, "2026-06-15 09:00"),
		want: view{Class: classify.HotFix, Rule: "threat", Deadline: "2026-06-16 09:00 MDT",
			Slots: []slotView{{Start: "2026-06-16 15:00 MDT", End: "2026-06-16 16:00 MDT", Length: "1h0m0s"}},
			Warnings: []string{
				"The work cannot be done by the deadline: it starts when the change is ready (Tuesday 2026-06-16 15:00 MDT) and its 1h of work ends at Tuesday 2026-06-16 16:00 MDT, after the deadline Tuesday 2026-06-16 09:00 MDT.",
			}},
	}, {
		name:   "hot fix during a freeze",
		reason: "freezes do not stop a hot fix, but it is reported",
		edit:   december,
		change: classify.Change{Kind: classify.Configuration, Threat: true, Length: time.Hour},
		now:    mountain(t, "2026-12-24 09:00"),
		want: view{Class: classify.HotFix, Rule: "threat", Deadline: "2026-12-25 09:00 MST",
			Slots: []slotView{{Start: "2026-12-24 09:00 MST", End: "2026-12-25 09:00 MST", Length: "24h0m0s"}},
			Warnings: []string{
				"For clients on the default schedule, the hot fix runs during a freeze (year-end trading (2026-12-01 to 2026-12-31)); freezes do not stop a hot fix.",
			}},
		reasons: []string{"(no reason given)"},
	}, {
		name:   "tenants with their own window and zone",
		reason: "acme has weekly Berlin windows; initech reads the default windows in India",
		edit:   berlinTenants,
		change: patch,
		now:    mountain(t, "2020-01-23 09:00"),
		want: view{Class: classify.Maintenance, Rule: "downtime", NoticeRequired: true, Slots: []slotView{
			{Start: "2020-02-29 22:00 MST", End: "2020-03-01 02:00 MST", Length: "4h0m0s", NoticeBy: "2020-02-26 22:00 MST", InWindow: true},
			{Tenant: "acme", Start: "2020-02-02 03:00 CET", End: "2020-02-02 07:00 CET", Length: "4h0m0s", NoticeBy: "2020-01-30 03:00 CET", InWindow: true},
			{Tenant: "initech", Start: "2020-03-01 10:30 IST", End: "2020-03-01 14:30 IST", Length: "4h0m0s", NoticeBy: "2020-02-27 10:30 IST", InWindow: true},
		}, Warnings: []string{
			"For clients on the default schedule, the 72h notice period pushed the work from the window of Saturday 2020-01-25 to the window of Saturday 2020-02-29.",
			`For tenant "acme", the 72h notice period pushed the work from the window of Sunday 2020-01-26 to the window of Sunday 2020-02-02.`,
			`For tenant "initech", the 72h notice period pushed the work from the window of Sunday 2020-01-26 to the window of Sunday 2020-03-01.`,
		}},
		reasons: []string{
			`For tenant "acme", the window is Sunday 2020-02-02 03:00 CET to 07:00 CET (4h): the first that starts at least 72h after the decision (Thursday 2020-01-23 09:00 MST), is not frozen and holds 2h of work. Notice must be sent by Thursday 2020-01-30 03:00 CET.`,
			`For tenant "initech", the window is Sunday 2020-03-01 10:30 IST to 14:30 IST (4h)`,
		},
	}, {
		name:   "a change for one tenant",
		reason: "only acme's slot; the default audience is not affected",
		edit:   berlinTenants,
		change: classify.Change{Kind: classify.Upgrade, Tenants: []string{"acme", "acme"}},
		now:    mountain(t, "2020-01-23 09:00"),
		want: view{Class: classify.Maintenance, Rule: "maintenance kinds", NoticeRequired: true, Slots: []slotView{
			{Tenant: "acme", Start: "2020-02-02 03:00 CET", End: "2020-02-02 07:00 CET", Length: "4h0m0s", NoticeBy: "2020-01-30 03:00 CET", InWindow: true},
		}, Warnings: []string{
			`For tenant "acme", the 72h notice period pushed the work from the window of Sunday 2020-01-26 to the window of Sunday 2020-02-02.`,
		}},
	}, {
		name:   "a tenant on the default schedule",
		reason: "initech has only a zone: the default windows, read in India",
		edit:   berlinTenants,
		change: classify.Change{Kind: classify.Upgrade, Tenants: []string{"initech"}},
		now:    mountain(t, "2020-01-06 09:00"),
		want: view{Class: classify.Maintenance, Rule: "maintenance kinds", NoticeRequired: true, Slots: []slotView{
			{Tenant: "initech", Start: "2020-01-26 10:30 IST", End: "2020-01-26 14:30 IST", Length: "4h0m0s", NoticeBy: "2020-01-23 10:30 IST", InWindow: true},
		}},
	}, {
		name:   "December freeze",
		reason: "the 2026-12-26 window is frozen, so the next, in January",
		edit:   december,
		change: classify.Change{Kind: classify.VirusScan, Length: 2 * time.Hour},
		now:    mountain(t, "2026-12-07 09:00"),
		want: view{Class: classify.Maintenance, Rule: "maintenance kinds", NoticeRequired: true, Slots: []slotView{
			{Start: "2027-01-30 22:00 MST", End: "2027-01-31 02:00 MST", Length: "4h0m0s", NoticeBy: "2027-01-27 22:00 MST", InWindow: true},
		}, Warnings: []string{
			"For clients on the default schedule, the window of Saturday 2026-12-26 is skipped for the freeze: year-end trading (2026-12-01 to 2026-12-31).",
		}},
		reasons: []string{"the window of Saturday 2026-12-26 22:00 MST is frozen: year-end trading (2026-12-01 to 2026-12-31)."},
	}, {
		name:   "freeze ending the day before the window",
		reason: "a freeze until 2026-12-25 does not touch the 26th",
		edit: func(c *classify.Config) {
			c.Freezes = []classify.Freeze{{
				From:   civil.Date{Year: 2026, Month: time.December, Day: 1},
				Until:  civil.Date{Year: 2026, Month: time.December, Day: 25},
				Reason: "holidays",
			}}
		},
		change: classify.Change{Kind: classify.VirusScan, Length: 2 * time.Hour},
		now:    mountain(t, "2026-12-07 09:00"),
		want: view{Class: classify.Maintenance, Rule: "maintenance kinds", NoticeRequired: true, Slots: []slotView{
			{Start: "2026-12-26 22:00 MST", End: "2026-12-27 02:00 MST", Length: "4h0m0s", NoticeBy: "2026-12-23 22:00 MST", InWindow: true},
		}},
	}, {
		name:   "recurring freeze",
		reason: "a freeze window overlapping the first hour of January's window skips it",
		edit: func(c *classify.Config) {
			c.Freezes = []classify.Freeze{{
				Schedule: window.MustParse("last Saturday of every month 12:00-23:00 America/Denver from 2020-01-25 until 2020-01-31"),
				Reason:   "launch weekend",
			}}
		},
		change: classify.Change{Kind: classify.VirusScan, Length: 2 * time.Hour},
		now:    mountain(t, "2020-01-06 09:00"),
		want: view{Class: classify.Maintenance, Rule: "maintenance kinds", NoticeRequired: true, Slots: []slotView{
			{Start: "2020-02-29 22:00 MST", End: "2020-03-01 02:00 MST", Length: "4h0m0s", NoticeBy: "2020-02-26 22:00 MST", InWindow: true},
		}, Warnings: []string{
			"For clients on the default schedule, the window of Saturday 2020-01-25 is skipped for the freeze: launch weekend (Saturday 2020-01-25 12:00 MST to 23:00 MST).",
		}},
	}, {
		name:   "4.5-hour upgrade in June",
		reason: "the 4-hour windows of June to September are too short; 2026-10-31 lasts 5h as the clocks go back",
		change: classify.Change{Kind: classify.Upgrade, Length: 4*time.Hour + 30*time.Minute},
		now:    mountain(t, "2026-06-15 09:00"),
		want: view{Class: classify.Maintenance, Rule: "maintenance kinds", NoticeRequired: true, Slots: []slotView{
			{Start: "2026-10-31 22:00 MDT", End: "2026-11-01 02:00 MST", Length: "5h0m0s", NoticeBy: "2026-10-28 22:00 MDT", InWindow: true},
		}, Warnings: []string{
			"For clients on the default schedule, the work (4h30m) is longer than the nominal 4h window; the window of Saturday 2026-10-31 holds it only because it lasts 5h.",
		}},
		reasons: []string{
			"For clients on the default schedule, 4 windows are too short for 4h30m of work: Saturday 2026-06-27 (4h), Saturday 2026-07-25 (4h), Saturday 2026-08-29 (4h), Saturday 2026-09-26 (4h).",
			"that window lasts 5h rather than the nominal 4h, because the clocks change during it.",
		},
	}, {
		name:   "a date the zone skipped",
		reason: "Samoa skipped Friday 2011-12-30, the last Friday of December: its window is dropped, and the decision says so",
		edit: func(c *classify.Config) {
			c.Maintenance = window.MustParse("last Friday of every month 22:00-02:00 Pacific/Apia from 2011-01-01")
		},
		change: classify.Change{Kind: classify.Upgrade, Length: 3 * time.Hour},
		now:    at(t, "UTC", "2011-12-01 00:00"),
		want: view{Class: classify.Maintenance, Rule: "maintenance kinds", NoticeRequired: true, Slots: []slotView{
			{Start: "2012-01-27 22:00 +14", End: "2012-01-28 02:00 +14", Length: "4h0m0s", NoticeBy: "2012-01-24 22:00 +14", InWindow: true},
		}, Warnings: []string{
			"For clients on the default schedule, the schedule has no window on Friday 2011-12-30: window: resolves to zero or negative length.",
		}},
	}, {
		name:   "routine window, open now",
		reason: "Tuesday 10:00 is inside the Tuesday window (8h) and 2h fit before 17:00: start now",
		edit:   func(c *classify.Config) { c.Routine = window.MustParse("every Tuesday 09:00-17:00 America/Denver") },
		change: classify.Change{Kind: classify.Deployment, Length: 2 * time.Hour},
		now:    mountain(t, "2020-01-21 10:00"),
		want: view{Class: classify.Routine, Rule: "routine", Slots: []slotView{
			{Start: "2020-01-21 10:00 MST", End: "2020-01-21 17:00 MST", Length: "8h0m0s", InWindow: true},
		}},
		reasons: []string{`Routine updates run in the routine window "every Tuesday 09:00-17:00 America/Denver"; the window of Tuesday 2020-01-21 09:00 MST to 17:00 MST is already open at Tuesday 2020-01-21 10:00 MST and holds 2h of work, so the work may start at once.`},
	}, {
		name:   "routine window, too little left",
		reason: "at 16:00 one hour is left of the window: next Tuesday",
		edit:   func(c *classify.Config) { c.Routine = window.MustParse("every Tuesday 09:00-17:00 America/Denver") },
		change: classify.Change{Kind: classify.Deployment, Length: 2 * time.Hour},
		now:    mountain(t, "2020-01-21 16:00"),
		want: view{Class: classify.Routine, Rule: "routine", Slots: []slotView{
			{Start: "2020-01-28 09:00 MST", End: "2020-01-28 17:00 MST", Length: "8h0m0s", InWindow: true},
		}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := policy(t, tt.edit)
			d, err := p.Decide(tt.change, tt.now, tt.hotFixes)
			if err != nil {
				t.Fatalf("Decide: %v (%s)", err, tt.reason)
			}
			if diff := cmp.Diff(tt.want, viewOf(d)); diff != "" {
				t.Errorf("Decide mismatch (%s) (-want +got):\n%s\nreasons:\n%s", tt.reason, diff, strings.Join(d.Reasons, "\n"))
			}
			checkSentences(t, "reason", d.Reasons)
			checkSentences(t, "warning", d.Warnings)
			for _, r := range tt.reasons {
				if !containsPart(d.Reasons, r) {
					t.Errorf("no reason contains %q; reasons:\n%s", r, strings.Join(d.Reasons, "\n"))
				}
			}
			if !d.Decided.Equal(tt.now) {
				t.Errorf("Decided = %v, want %v", d.Decided, tt.now)
			}
			again, _ := p.Decide(tt.change, tt.now, tt.hotFixes)
			if diff := cmp.Diff(viewOf(d), viewOf(again)); diff != "" || !cmp.Equal(d.Reasons, again.Reasons) {
				t.Errorf("Decide is not deterministic (-first +second):\n%s", diff)
			}
		})
	}
}

// checkSentences checks that each text is a sentence that ends once:
// with a single period, and no ".;" or ".." inside, so that reasons and
// warnings can be joined into one message (a notice's NotNeededError, a
// log line) without doubled punctuation. The review that added it found
// "...response time.; As a hot fix..." in such a message.
func checkSentences(t *testing.T, what string, texts []string) {
	t.Helper()
	for _, s := range texts {
		if !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..") {
			t.Errorf("%s %q does not end with one period", what, s)
		}
		checkPunctuation(t, what, s)
	}
}

// checkPunctuation checks that s has no doubled punctuation such as ".;".
func checkPunctuation(t *testing.T, what, s string) {
	t.Helper()
	for _, bad := range []string{".;", ";.", "..", ". ;", ";;"} {
		if strings.Contains(s, bad) {
			t.Errorf("%s %q contains %q", what, s, bad)
		}
	}
}

func containsPart(list []string, part string) bool {
	for _, s := range list {
		if strings.Contains(s, part) {
			return true
		}
	}
	return false
}

func TestDecideNoWindow(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*classify.Config)
		change classify.Change
		now    time.Time
		want   string
	}{{
		name:   "6-hour upgrade",
		change: classify.Change{Kind: classify.Upgrade, Length: 6 * time.Hour},
		now:    mountain(t, "2026-06-15 09:00"),
		want:   "classify: no window in the year after Thursday 2026-06-18 09:00 MDT is long enough for 6h of work: the longest is 5h on Saturday 2026-10-31",
	}, {
		name: "6-hour upgrade for a tenant, with a freeze",
		edit: func(c *classify.Config) {
			c.Tenants = map[string]classify.Tenant{"acme": {Schedule: window.MustParse("every Sunday 03:00-07:00 Europe/Berlin")}}
			c.Freezes = []classify.Freeze{{
				From:   civil.Date{Year: 2026, Month: time.December, Day: 1},
				Until:  civil.Date{Year: 2026, Month: time.December, Day: 31},
				Reason: "year-end trading",
			}}
		},
		change: classify.Change{Kind: classify.Upgrade, Length: 6 * time.Hour, Tenants: []string{"acme"}},
		now:    mountain(t, "2026-06-15 09:00"),
		want:   `classify: tenant "acme": no window in the year after Thursday 2026-06-18 17:00 CEST is long enough for 6h of work: the longest is 4h on Sunday 2026-06-21 (4 windows skipped for freezes)`,
	}, {
		name: "schedule ended",
		edit: func(c *classify.Config) {
			c.Maintenance = window.MustParse("last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25 until 2020-12-31")
		},
		change: classify.Change{Kind: classify.Upgrade},
		now:    mountain(t, "2026-06-15 09:00"),
		want:   "classify: the schedule has no window in the year after Thursday 2026-06-18 09:00 MDT",
	}, {
		name: "everything frozen",
		edit: func(c *classify.Config) {
			c.Freezes = []classify.Freeze{{
				From:   civil.Date{Year: 2026, Month: time.January, Day: 1},
				Until:  civil.Date{Year: 2027, Month: time.December, Day: 31},
				Reason: "migration",
			}}
		},
		change: classify.Change{Kind: classify.Upgrade},
		now:    mountain(t, "2026-06-15 09:00"),
		want:   "classify: every window in the year after Thursday 2026-06-18 09:00 MDT is frozen",
	}, {
		name:   "routine window too short",
		edit:   func(c *classify.Config) { c.Routine = window.MustParse("every Tuesday 09:00-17:00 America/Denver") },
		change: classify.Change{Kind: classify.Deployment, Length: 9 * time.Hour},
		now:    mountain(t, "2026-06-15 09:00"),
		want:   "classify: no routine window in the year after Monday 2026-06-15 09:00 MDT holds 9h of work",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := policy(t, tt.edit).Decide(tt.change, tt.now, nil)
			if err != nil {
				t.Fatalf("Decide: %v; want a decision whose slot carries the error", err)
			}
			if len(d.Slots) != 1 || d.Slots[0].Err == nil {
				t.Fatalf("Decide = %+v, want one slot with error %q", viewOf(d), tt.want)
			}
			err = d.Slots[0].Err
			if err.Error() != tt.want {
				t.Errorf("slot error:\n got %s\nwant %s", err, tt.want)
			}
			if got := d.Err(); got == nil || got.Error() != tt.want {
				t.Errorf("Decision.Err() = %v, want %s", got, tt.want)
			}
			checkPunctuation(t, "error", err.Error())
			checkSentences(t, "reason", d.Reasons)
			if !errors.Is(err, classify.ErrNoWindow) || !errors.Is(d.Err(), classify.ErrNoWindow) {
				t.Errorf("slot error %v does not wrap ErrNoWindow", err)
			}
			if d.Class == 0 || len(d.Reasons) == 0 || !containsPart(d.Reasons, strings.TrimPrefix(strings.TrimPrefix(tt.want, "classify: "), `tenant "acme": `)) {
				t.Errorf("Decide left class %v and reasons %q; want the class and a reason quoting the error", d.Class, d.Reasons)
			}
			s := d.Slots[0]
			if s.InWindow || !s.Start.IsZero() || !s.End.IsZero() || s.Schedule != nil || s.Location == nil {
				t.Errorf("failed slot = %+v, want only Tenant, Location and Err", s)
			}
		})
	}
}

func TestDecideBadInput(t *testing.T) {
	p := policy(t, nil)
	now := mountain(t, "2026-06-15 09:00")
	tests := []struct {
		name   string
		p      *classify.Policy
		change classify.Change
		now    time.Time
		want   string
	}{
		{"zero now", p, classify.Change{}, time.Time{}, "classify: Decide: now is the zero time"},
		{"negative length", p, classify.Change{Length: -time.Hour}, now, "classify: Decide: negative length -1h"},
		{"negative downtime", p, classify.Change{Downtime: -time.Minute}, now, "classify: Decide: negative downtime -1m"},
		{"tenant with space", p, classify.Change{Tenants: []string{" acme"}}, now, `classify: Decide: tenant " acme" has surrounding space`},
		{"nil policy", nil, classify.Change{}, now, "classify: Decide on a zero Policy"},
		{"zero policy", &classify.Policy{}, classify.Change{}, now, "classify: Decide on a zero Policy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.p.Decide(tt.change, tt.now, nil)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Decide error = %v, want %q", err, tt.want)
			}
		})
	}
}

// TestDecideUnknownTenant checks that a change listing a tenant the policy
// does not name is an error wrapping ErrUnknownTenant that lists the
// tenants it knows, rather than a slot on the default schedule: a typo in
// the list must not pick the wrong window.
func TestDecideUnknownTenant(t *testing.T) {
	withTenants := policy(t, func(c *classify.Config) {
		c.Tenants = map[string]classify.Tenant{
			"initech": {Zone: zone(t, "Asia/Kolkata")},
			"acme":    {Schedule: window.MustParse("every Sunday 03:00-07:00 Europe/Berlin")},
		}
	})
	now := mountain(t, "2020-01-06 09:00")
	tests := []struct {
		name    string
		p       *classify.Policy
		tenants []string
		want    string
	}{
		{"typo", withTenants, []string{"acmee"}, `classify: change.tenants: unknown tenant "acmee" (the policy knows: acme, initech)`},
		{"with known ones", withTenants, []string{"initech", "acme", "zeta"}, `classify: change.tenants: unknown tenant "zeta" (the policy knows: acme, initech)`},
		{"case differs", withTenants, []string{"ACME"}, `classify: change.tenants: unknown tenant "ACME" (the policy knows: acme, initech)`},
		{"empty name", withTenants, []string{""}, `classify: change.tenants: unknown tenant "" (the policy knows: acme, initech)`},
		{"policy without tenants", policy(t, nil), []string{"acme"}, `classify: change.tenants: unknown tenant "acme" (the policy names no tenants)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range []classify.Change{
				{Kind: classify.Upgrade, Tenants: tt.tenants},
				{Kind: classify.Deployment, Tenants: tt.tenants},
				{Kind: classify.SoftwarePatch, Threat: true, Tenants: tt.tenants},
			} {
				d, err := tt.p.Decide(c, now, nil)
				if err == nil {
					t.Fatalf("Decide(%v, tenants %q) = %+v, want error %q", c.Kind, tt.tenants, viewOf(d), tt.want)
				}
				if err.Error() != tt.want {
					t.Errorf("Decide(%v) error:\n got %s\nwant %s", c.Kind, err, tt.want)
				}
				checkPunctuation(t, "error", err.Error())
				if !errors.Is(err, classify.ErrUnknownTenant) {
					t.Errorf("Decide(%v) error %v does not wrap ErrUnknownTenant", c.Kind, err)
				}
				if len(d.Slots) != 0 {
					t.Errorf("Decide(%v) gave slots %+v with the error", c.Kind, viewOf(d).Slots)
				}
			}
		})
	}
}

// TestMaintenanceKindReason checks the sentence the "maintenance kinds"
// rule writes for each kind it names, since a template such as "It is a
// {kind}" reads "It is a upgrade".
func TestMaintenanceKindReason(t *testing.T) {
	p := policy(t, nil)
	for _, kind := range []classify.Kind{classify.VirusScan, classify.SoftwarePatch, classify.Upgrade} {
		t.Run(string(kind), func(t *testing.T) {
			d, err := p.Decide(classify.Change{Kind: kind, Length: time.Hour}, mountain(t, "2026-06-15 09:00"), nil)
			if err != nil {
				t.Fatal(err)
			}
			want := "Its kind, " + string(kind) + ", is maintenance: virus scans, software patches and upgrades are done in a scheduled window with notice."
			if d.Rule != classify.RuleMaintenanceKinds || d.Reasons[0] != want {
				t.Errorf("Decide(%s): rule %q, first reason %q; want %q, %q", kind, d.Rule, d.Reasons[0], classify.RuleMaintenanceKinds, want)
			}
		})
	}
}

// TestDecideCopiesChange checks that a Decision does not share the
// caller's tenant slice, so editing it later does not change the record.
func TestDecideCopiesChange(t *testing.T) {
	tenants := []string{"acme"}
	p := policy(t, func(c *classify.Config) {
		c.Tenants = map[string]classify.Tenant{"acme": {Zone: zone(t, "Europe/Berlin")}}
	})
	d, err := p.Decide(classify.Change{Kind: classify.Deployment, Tenants: tenants}, mountain(t, "2026-06-15 09:00"), nil)
	if err != nil {
		t.Fatal(err)
	}
	tenants[0] = "changed"
	if d.Change.Tenants[0] != "acme" {
		t.Errorf("Decision.Change.Tenants = %q after the caller's edit, want [acme]", d.Change.Tenants)
	}
}

func BenchmarkDecide(b *testing.B) {
	// Two audiences, each skipping a window for the notice period.
	p := policy(b, func(c *classify.Config) {
		c.Tenants = map[string]classify.Tenant{"acme": {Schedule: window.MustParse("every Sunday 03:00-07:00 Europe/Berlin")}}
	})
	c := classify.Change{Kind: classify.Upgrade, Length: 4 * time.Hour}
	// Thursday: Saturday's Denver window and Sunday's Berlin window are
	// both less than 72h away.
	now := mountain(b, "2026-06-25 09:00")
	if d, err := p.Decide(c, now, nil); err != nil || len(d.Warnings) != 2 {
		b.Fatalf("Decide = %v, warnings %q; want a window skipped for notice in each audience", err, d.Warnings)
	}
	b.ReportAllocs()
	for range b.N {
		if _, err := p.Decide(c, now, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func windowDate(y int, m time.Month, d int) civil.Date {
	return civil.Date{Year: y, Month: m, Day: d}
}

func mustSchedule(spec string) *window.Schedule { return window.MustParse(spec) }

// TestDecideCustomRules checks that rules from a policy file decide, in
// order, and that their sentences fill in the placeholders.
func TestDecideCustomRules(t *testing.T) {
	p, err := classify.ParsePolicy([]byte(`{
		"maintenance": "` + denver + `",
		"rules": [
			{"name": "visible", "when": {"visible_changes": true}, "class": "maintenance",
			 "reason": "A {kind} that users will see is announced."},
			{"name": "repairs", "when": {"kinds": ["data repair"], "downtime": true}, "class": "hot fix",
			 "reason": "A data repair with {downtime} of downtime cannot wait."},
			{"name": "rest", "class": "routine", "reason": "Anything else is routine."}
		]}`))
	if err != nil {
		t.Fatal(err)
	}
	now := mountain(t, "2026-06-15 09:00")
	tests := []struct {
		change     classify.Change
		rule, text string
	}{
		{classify.Change{Kind: "Configuration", VisibleChanges: true}, "visible", "A Configuration that users will see is announced."},
		{classify.Change{VisibleChanges: true}, "visible", "A change of no stated kind that users will see is announced."},
		{classify.Change{Kind: "data_repair", Downtime: 90 * time.Minute}, "repairs", "A data repair with 1h30m of downtime cannot wait."},
		{classify.Change{Kind: "data repair"}, "rest", "Anything else is routine."},
		{classify.Change{Kind: classify.Upgrade, Downtime: time.Hour}, "rest", "Anything else is routine."},
	}
	for _, tt := range tests {
		d, err := p.Decide(tt.change, now, nil)
		if err != nil {
			t.Fatalf("Decide(%+v): %v", tt.change, err)
		}
		if d.Rule != tt.rule || len(d.Reasons) == 0 || d.Reasons[0] != tt.text {
			t.Errorf("Decide(%+v) = rule %q, reasons %q; want rule %q, first reason %q", tt.change, d.Rule, d.Reasons, tt.rule, tt.text)
		}
	}
}

// TestDecideConcurrent runs decisions on one Policy from many goroutines;
// with -race it checks that a Policy is safe for concurrent use.
func TestDecideConcurrent(t *testing.T) {
	p := policy(t, nil)
	now := mountain(t, "2026-06-15 09:00")
	want, err := p.Decide(classify.Change{Kind: classify.Upgrade, Length: 4*time.Hour + 30*time.Minute}, now, nil)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			d, err := p.Decide(classify.Change{Kind: classify.Upgrade, Length: 4*time.Hour + 30*time.Minute}, now, nil)
			if err == nil && !cmp.Equal(d.Reasons, want.Reasons) {
				err = errors.New("reasons differ between goroutines")
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
