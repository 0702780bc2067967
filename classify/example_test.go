package classify_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/prostar/maintenance/classify"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// printDecision writes a decision as an operator would read it.
func printDecision(d classify.Decision) {
	fmt.Printf("%s (rule %q), notice required: %v\n", d.Class, d.Rule, d.NoticeRequired)
	for _, s := range d.Slots {
		who := s.Tenant
		if who == "" {
			who = "default"
		}
		fmt.Printf("slot %s: %s to %s", who, s.Start.In(s.Location).Format("Mon 2006-01-02 15:04 MST"),
			s.Window.End.In(s.Location).Format("Mon 15:04 MST"))
		if !s.NoticeBy.IsZero() {
			fmt.Printf(", notice by %s", s.NoticeBy.In(s.Location).Format("Mon 2006-01-02 15:04 MST"))
		}
		fmt.Println()
	}
	for _, r := range d.Reasons {
		fmt.Println("reason:", r)
	}
	for _, w := range d.Warnings {
		fmt.Println("warning:", w)
	}
}

// The platform's first maintenance window was Saturday 2020-01-25. A
// security patch needing downtime, decided on the Thursday before, cannot
// give 72 hours of notice for it, so it goes to the next last Saturday:
// the leap day.
func ExamplePolicy_Decide() {
	cfg := classify.DefaultConfig()
	cfg.Maintenance = window.MustParse("last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25")
	p, err := classify.NewPolicy(cfg)
	if err != nil {
		fmt.Println(err)
		return
	}
	denver, _ := tzdata.Load("America/Denver")
	now := time.Date(2020, time.January, 23, 9, 0, 0, 0, denver)
	d, err := p.Decide(classify.Change{
		Summary:  "patch the web server",
		Kind:     classify.SoftwarePatch,
		Downtime: time.Hour,
		Length:   2 * time.Hour,
	}, now, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	printDecision(d)
	// Output:
	// maintenance (rule "downtime"), notice required: true
	// slot default: Sat 2020-02-29 22:00 MST to Sun 02:00 MST, notice by Wed 2020-02-26 22:00 MST
	// reason: It needs 1h of downtime, when users cannot reach the system, so it is maintenance: it runs in a scheduled window outside the clients' main hours, with notice.
	// reason: Maintenance needs 72h notice, so its window must start at least 72h after the decision (Thursday 2020-01-23 09:00 MST).
	// reason: For clients on the default schedule, the window of Saturday 2020-01-25 22:00 MST starts 61h after the decision (Thursday 2020-01-23 09:00 MST), less than the 72h notice, so it cannot be used.
	// reason: For clients on the default schedule, the window is Saturday 2020-02-29 22:00 MST to Sunday 02:00 MST (4h): the first that starts at least 72h after the decision (Thursday 2020-01-23 09:00 MST), is not frozen and holds 2h of work. Notice must be sent by Wednesday 2020-02-26 22:00 MST.
	// warning: For clients on the default schedule, the 72h notice period pushed the work from the window of Saturday 2020-01-25 to the window of Saturday 2020-02-29.
}

// An actively exploited flaw found on the morning of Saturday 2026-10-31
// is a hot fix. With PreferWindow it uses that night's window, which lasts
// five hours because the clocks go back at 2 a.m.
func ExamplePolicy_Decide_hotFix() {
	cfg := classify.DefaultConfig()
	cfg.Maintenance = window.MustParse("last Saturday of every month 22:00-02:00 America/Denver")
	cfg.HotFix.PreferWindow = true
	p, err := classify.NewPolicy(cfg)
	if err != nil {
		fmt.Println(err)
		return
	}
	denver, _ := tzdata.Load("America/Denver")
	now := time.Date(2026, time.October, 31, 9, 0, 0, 0, denver)
	earlier := []time.Time{now.AddDate(0, -1, 0), now.AddDate(0, -2, 0)}
	d, err := p.Decide(classify.Change{
		Kind:         classify.SoftwarePatch,
		Threat:       true,
		ThreatReason: "an actively exploited flaw exposes customer data",
		Downtime:     30 * time.Minute,
		Length:       2 * time.Hour,
	}, now, earlier)
	if err != nil {
		fmt.Println(err)
		return
	}
	printDecision(d)
	fmt.Println("deadline:", d.Deadline.Format("Mon 2006-01-02 15:04 MST"))
	// Output:
	// hot fix (rule "threat"), notice required: true
	// slot default: Sat 2026-10-31 22:00 MDT to Sun 02:00 MST, notice by Sat 2026-10-31 22:00 MDT
	// reason: It answers a threat to the integrity of the platform or customer data (an actively exploited flaw exposes customer data), so it is a hot fix: it must be done within the response time.
	// reason: As a hot fix it must be done within the 24h response time, by Sunday 2026-11-01 08:00 MST.
	// reason: No minimum notice applies to a hot fix, but clients lose service during it, so they are told before it starts.
	// reason: For clients on the default schedule, the policy prefers a maintenance window: the window of Saturday 2026-10-31 22:00 MDT to Sunday 02:00 MST (5h) opens after the decision (Saturday 2026-10-31 09:00 MDT) and holds 2h of work before the deadline.
	// warning: This is the 3rd hot fix in the 90 days to Saturday 2026-10-31 09:00 MDT, more than the 2 the policy allows: hot fixes should be rare.
	// deadline: Sun 2026-11-01 08:00 MST
}

// A policy file names the default window, tenants with their own window
// or zone, freezes and the hot-fix settings. Errors name the field.
func ExampleParsePolicy() {
	p, err := classify.ParsePolicy([]byte(`{
		"maintenance": "last Saturday of every month 22:00-02:00 America/Denver",
		"tenants": {"acme": {"window": "every Sunday 03:00-07:00 Europe/Berlin"}},
		"notice": "72h"
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	denver, _ := tzdata.Load("America/Denver")
	d, err := p.Decide(classify.Change{Kind: classify.VirusScan, Length: 2 * time.Hour},
		time.Date(2026, time.March, 2, 9, 0, 0, 0, denver), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	printDecision(d)

	_, err = classify.ParsePolicy([]byte(`{
		"maintenance": "last Saturday of every month 22:00-02:00 America/Denver",
		"tenants": {"acme": {"zone": "Europe/Berln"}}
	}`))
	fmt.Println(err)
	// Output:
	// maintenance (rule "maintenance kinds"), notice required: true
	// slot default: Sat 2026-03-28 22:00 MDT to Sun 02:00 MDT, notice by Wed 2026-03-25 22:00 MDT
	// slot acme: Sun 2026-03-08 03:00 CET to Sun 07:00 CET, notice by Thu 2026-03-05 03:00 CET
	// reason: Its kind, virus scan, is maintenance: virus scans, software patches and upgrades are done in a scheduled window with notice.
	// reason: Maintenance needs 72h notice, so its window must start at least 72h after the decision (Monday 2026-03-02 09:00 MST).
	// reason: For clients on the default schedule, the window is Saturday 2026-03-28 22:00 MDT to Sunday 02:00 MDT (4h): the first that starts at least 72h after the decision (Monday 2026-03-02 09:00 MST), is not frozen and holds 2h of work. Notice must be sent by Wednesday 2026-03-25 22:00 MDT.
	// reason: For tenant "acme", the window is Sunday 2026-03-08 03:00 CET to 07:00 CET (4h): the first that starts at least 72h after the decision (Monday 2026-03-02 09:00 MST), is not frozen and holds 2h of work. Notice must be sent by Thursday 2026-03-05 03:00 CET.
	// classify: policy.tenants["acme"].zone: tzdata: unknown zone "Europe/Berln" (did you mean Europe/Berlin?)
}

// A Policy encodes to the policy file it came from, with the defaults
// filled in.
func ExamplePolicy() {
	p, err := classify.ParsePolicy([]byte(`{"maintenance": "last Saturday of every month 22:00-02:00 America/Denver"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		fmt.Println(err)
		return
	}
	os.Stdout.Write(append(b, '\n'))
	// Output:
	// {
	//   "maintenance": "last Saturday of every month 22:00-02:00 America/Denver",
	//   "routine": "any time",
	//   "notice": "72h",
	//   "hot_fix": {
	//     "response": "24h",
	//     "prefer_window": false,
	//     "limit": 2,
	//     "days": 90
	//   },
	//   "disables_features": "maintenance"
	// }
}

// NewPolicy builds a policy in Go. A change that disables a feature
// without downtime is maintenance by default; the setting makes it a
// routine update.
func ExampleNewPolicy() {
	cfg := classify.DefaultConfig()
	cfg.Maintenance = window.MustParse("last Saturday of every month 22:00-02:00 America/Denver")
	cfg.DisablesFeatures = classify.Routine
	p, err := classify.NewPolicy(cfg)
	if err != nil {
		fmt.Println(err)
		return
	}
	now := time.Date(2026, time.March, 2, 16, 0, 0, 0, time.UTC)
	d, err := p.Decide(classify.Change{Kind: classify.Upgrade, DisablesFeatures: true}, now, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Class, "by rule", d.Rule)

	cfg.Notice = -time.Hour
	_, err = classify.NewPolicy(cfg)
	fmt.Println(err)
	// Output:
	// routine update by rule disables features
	// classify: policy.notice: must not be negative, got -1h
}

func ExampleDefaultRules() {
	for _, r := range classify.DefaultRules(classify.Maintenance) {
		fmt.Printf("%-18s -> %s\n", r.Name, r.Class)
	}
	// Output:
	// threat             -> hot fix
	// downtime           -> maintenance
	// disables features  -> maintenance
	// maintenance kinds  -> maintenance
	// routine            -> routine update
}

func ExampleDefaultConfig() {
	c := classify.DefaultConfig()
	fmt.Println("notice:", c.Notice)
	fmt.Println("hot fix response:", c.HotFix.Response, "prefer window:", c.HotFix.PreferWindow)
	fmt.Printf("hot fixes: at most %d in %d days\n", c.HotFix.Limit, c.HotFix.Days)
	fmt.Println("disables features:", c.DisablesFeatures)
	fmt.Println("routine updates any time:", c.Routine == nil)
	// Output:
	// notice: 72h0m0s
	// hot fix response: 24h0m0s prefer window: false
	// hot fixes: at most 2 in 90 days
	// disables features: maintenance
	// routine updates any time: true
}

func ExampleParseClass() {
	for _, s := range []string{"standard", "normal", "Emergency", "hotfix", "urgent"} {
		c, err := classify.ParseClass(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s\n", s, c)
	}
	fmt.Println(classify.Class(0))
	// Output:
	// standard: routine update
	// normal: maintenance
	// Emergency: hot fix
	// hotfix: hot fix
	// classify: unknown class "urgent" (want routine update, maintenance or hot fix)
	// Class(0)
}

func ExampleKind_Is() {
	fmt.Println(classify.Kind("Virus_Scan").Is(classify.VirusScan))
	fmt.Println(classify.Kind("virus scans").Is(classify.VirusScan))
	// Output:
	// true
	// false
}

func ExampleClass_String() {
	fmt.Println(classify.Routine, "/", classify.Maintenance, "/", classify.HotFix)
	fmt.Println(classify.Class(0))
	// Output:
	// routine update / maintenance / hot fix
	// Class(0)
}

// A Class is written by name in JSON; the zero Class cannot be written.
func ExampleClass_MarshalText() {
	b, err := json.Marshal(map[string]classify.Class{"class": classify.HotFix})
	fmt.Println(string(b), err)
	_, err = json.Marshal(map[string]classify.Class{"class": 0})
	fmt.Println(err)
	// Output:
	// {"class":"hot fix"} <nil>
	// json: error calling MarshalText for type classify.Class: classify: cannot marshal Class(0)
}

// UnmarshalText reads the names ParseClass reads, including the ITIL ones.
func ExampleClass_UnmarshalText() {
	var v struct{ Class classify.Class }
	err := json.Unmarshal([]byte(`{"Class": "Emergency"}`), &v)
	fmt.Println(v.Class, err)
	err = json.Unmarshal([]byte(`{"Class": "urgent"}`), &v)
	fmt.Println(err)
	// Output:
	// hot fix <nil>
	// classify: unknown class "urgent" (want routine update, maintenance or hot fix)
}

// Every condition a Match sets must hold; its kinds compare as Kind.Is does.
func ExampleMatch_Matches() {
	m := classify.Match{Downtime: true, Kinds: []classify.Kind{classify.Upgrade, classify.DataRepair}}
	fmt.Println(m.Matches(classify.Change{Kind: "Data-Repair", Downtime: time.Hour}))
	fmt.Println(m.Matches(classify.Change{Kind: classify.Upgrade}))
	fmt.Println(m.Matches(classify.Change{Kind: classify.Deployment, Downtime: time.Hour}))
	fmt.Println(classify.Match{}.Matches(classify.Change{}))
	// Output:
	// true
	// false
	// false
	// true
}

func ExampleMatch_IsZero() {
	fmt.Println(classify.Match{}.IsZero())
	fmt.Println(classify.Match{Threat: true}.IsZero())
	// Output:
	// true
	// false
}

// MarshalJSON writes the policy file, here for a policy built in Go with
// a tenant and a freeze; ParsePolicy reads it back.
func ExamplePolicy_MarshalJSON() {
	cfg := classify.DefaultConfig()
	cfg.Maintenance = window.MustParse("last Saturday of every month 22:00-02:00 America/Denver")
	berlin, _ := tzdata.Load("Europe/Berlin")
	cfg.Tenants = map[string]classify.Tenant{"acme": {Zone: berlin}}
	cfg.Notice = 96 * time.Hour
	cfg.Freezes = []classify.Freeze{{
		From:   civil.Date{Year: 2026, Month: time.December, Day: 1},
		Until:  civil.Date{Year: 2026, Month: time.December, Day: 31},
		Reason: "year-end trading",
	}}
	p, err := classify.NewPolicy(cfg)
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := p.MarshalJSON()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b))
	// Output:
	// {"maintenance":"last Saturday of every month 22:00-02:00 America/Denver","tenants":{"acme":{"zone":"Europe/Berlin"}},"routine":"any time","notice":"96h","hot_fix":{"response":"24h","prefer_window":false,"limit":2,"days":90},"freezes":[{"from":"2026-12-01","until":"2026-12-31","reason":"year-end trading"}],"disables_features":"maintenance"}
}

// A Policy can be a field of a larger configuration. The policy part is
// decoded strictly: a repeated key or a field name in the wrong case is an
// error naming where it is.
func ExamplePolicy_UnmarshalJSON() {
	var conf struct {
		Service string          `json:"service"`
		Policy  classify.Policy `json:"policy"`
	}
	err := json.Unmarshal([]byte(`{
		"service": "billing",
		"policy": {"maintenance": "every Sunday 01:00-05:00 Europe/Berlin", "notice": "48h"}
	}`), &conf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(conf.Service, conf.Policy.Config().Maintenance, conf.Policy.Config().Notice)

	var p classify.Policy
	fmt.Println(p.UnmarshalJSON([]byte(`{"maintenance": "every Sunday 01:00-05:00 UTC", "notice": "48h", "notice": "1h"}`)))
	fmt.Println(p.UnmarshalJSON([]byte(`{"Maintenance": "every Sunday 01:00-05:00 UTC"}`)))
	// Output:
	// billing every Sunday 01:00-05:00 Europe/Berlin 48h0m0s
	// classify: policy.notice: repeated key (each key may appear once in an object)
	// classify: policy: unknown field "Maintenance" (field names are lower case: want "maintenance")
}

// Config gives back the configuration as given: a file that does not set
// rules leaves Rules nil, which means the default rules.
func ExamplePolicy_Config() {
	p, err := classify.ParsePolicy([]byte(`{"maintenance": "every Sunday 01:00-05:00 UTC", "notice": "48h"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	c := p.Config()
	fmt.Println(c.Maintenance, "|", c.Notice, "|", c.HotFix.Response, "|", c.Rules == nil)
	// Output:
	// every Sunday 01:00-05:00 UTC | 48h0m0s | 24h0m0s | true
}

// Rules gives the rules a policy applies, the default ones when the
// configuration has none.
func ExamplePolicy_Rules() {
	p, err := classify.ParsePolicy([]byte(`{"maintenance": "every Sunday 01:00-05:00 UTC", "disables_features": "routine"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range p.Rules() {
		fmt.Printf("%s: %s\n", r.Name, r.Class)
	}
	// Output:
	// threat: hot fix
	// downtime: maintenance
	// disables features: routine update
	// maintenance kinds: maintenance
	// routine: routine update
}

// A change for tenants the policy does not name is an error, so a typo
// cannot give a tenant the default slot.
func ExamplePolicy_Decide_unknownTenant() {
	p, err := classify.ParsePolicy([]byte(`{
		"maintenance": "last Saturday of every month 22:00-02:00 America/Denver",
		"tenants": {"acme": {"zone": "Europe/Berlin"}, "initech": {"zone": "Asia/Kolkata"}}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	now := time.Date(2026, time.March, 2, 16, 0, 0, 0, time.UTC)
	_, err = p.Decide(classify.Change{Kind: classify.Upgrade, Tenants: []string{"acmee"}}, now, nil)
	fmt.Println(err)
	fmt.Println(errors.Is(err, classify.ErrUnknownTenant))
	// Output:
	// classify: change.tenants: unknown tenant "acmee" (the policy knows: acme, initech)
	// true
}

// Work longer than every window within a year leaves the slot with an
// error that wraps ErrNoWindow and says why: here the longest window, which the clocks
// going back make five hours long.
func ExamplePolicy_Decide_noWindow() {
	cfg := classify.DefaultConfig()
	cfg.Maintenance = window.MustParse("last Saturday of every month 22:00-02:00 America/Denver")
	p, err := classify.NewPolicy(cfg)
	if err != nil {
		fmt.Println(err)
		return
	}
	denver, _ := tzdata.Load("America/Denver")
	now := time.Date(2026, time.June, 15, 9, 0, 0, 0, denver)
	d, err := p.Decide(classify.Change{Kind: classify.Upgrade, Length: 6 * time.Hour}, now, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Slots[0].Err)
	fmt.Println(errors.Is(d.Err(), classify.ErrNoWindow))
	// Output:
	// classify: no window in the year after Thursday 2026-06-18 09:00 MDT is long enough for 6h of work: the longest is 5h on Saturday 2026-10-31
	// true
}

// A policy's own rules replace the default ones. They are tried in order;
// the last must match every change.
func ExampleRule() {
	cfg := classify.DefaultConfig()
	cfg.Maintenance = window.MustParse("every Sunday 01:00-05:00 UTC")
	cfg.DisablesFeatures = 0 // the rules decide
	cfg.Rules = []classify.Rule{{
		Name:   "visible",
		When:   classify.Match{VisibleChanges: true},
		Class:  classify.Maintenance,
		Reason: "A {kind} that users will see is announced.",
	}, {
		Name:   "rest",
		Class:  classify.Routine,
		Reason: "Anything else is routine.",
	}}
	p, err := classify.NewPolicy(cfg)
	if err != nil {
		fmt.Println(err)
		return
	}
	now := time.Date(2026, time.March, 2, 16, 0, 0, 0, time.UTC)
	for _, c := range []classify.Change{{Kind: classify.Configuration, VisibleChanges: true}, {Kind: classify.Upgrade}} {
		d, err := p.Decide(c, now, nil)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: %s by %q: %s\n", c.Kind, d.Class, d.Rule, d.Reasons[0])
	}
	// Output:
	// configuration: maintenance by "visible": A configuration that users will see is announced.
	// upgrade: routine update by "rest": Anything else is routine.
}

// A tenant with only a zone reads the default windows on its own clock; a
// tenant with a window of its own gets its own slot and notice deadline.
func ExampleTenant() {
	cfg := classify.DefaultConfig()
	cfg.Maintenance = window.MustParse("last Saturday of every month 22:00-02:00 America/Denver")
	kolkata, _ := tzdata.Load("Asia/Kolkata")
	cfg.Tenants = map[string]classify.Tenant{
		"acme":    {Schedule: window.MustParse("every Sunday 03:00-07:00 Europe/Berlin")},
		"initech": {Zone: kolkata},
	}
	p, err := classify.NewPolicy(cfg)
	if err != nil {
		fmt.Println(err)
		return
	}
	denver, _ := tzdata.Load("America/Denver")
	d, err := p.Decide(classify.Change{Kind: classify.VirusScan, Length: 2 * time.Hour},
		time.Date(2026, time.March, 2, 9, 0, 0, 0, denver), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range d.Slots {
		fmt.Printf("%q: %s, notice by %s\n", s.Tenant, s.Start.In(s.Location).Format("Mon 2006-01-02 15:04 MST"),
			s.NoticeBy.In(s.Location).Format("Mon 2006-01-02 15:04 MST"))
	}
	// Output:
	// "": Sat 2026-03-28 22:00 MDT, notice by Wed 2026-03-25 22:00 MDT
	// "acme": Sun 2026-03-08 03:00 CET, notice by Thu 2026-03-05 03:00 CET
	// "initech": Sun 2026-03-29 09:30 IST, notice by Thu 2026-03-26 09:30 IST
}

// A freeze keeps maintenance out of its dates; the decision warns of the
// window it skipped.
func ExampleFreeze() {
	cfg := classify.DefaultConfig()
	cfg.Maintenance = window.MustParse("last Saturday of every month 22:00-02:00 America/Denver")
	cfg.Freezes = []classify.Freeze{{
		From:   civil.Date{Year: 2026, Month: time.December, Day: 1},
		Until:  civil.Date{Year: 2026, Month: time.December, Day: 31},
		Reason: "year-end trading",
	}}
	p, err := classify.NewPolicy(cfg)
	if err != nil {
		fmt.Println(err)
		return
	}
	denver, _ := tzdata.Load("America/Denver")
	d, err := p.Decide(classify.Change{Kind: classify.VirusScan, Length: 2 * time.Hour},
		time.Date(2026, time.December, 7, 9, 0, 0, 0, denver), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Slots[0].Start.Format("Mon 2006-01-02 15:04 MST"))
	fmt.Println(d.Warnings[0])
	// Output:
	// Sat 2027-01-30 22:00 MST
	// For clients on the default schedule, the window of Saturday 2026-12-26 is skipped for the freeze: year-end trading (2026-12-01 to 2026-12-31).
}

// Gate answers a pipeline at the moment of a change: here a software
// patch inside the 5-hour window of 2026-10-31. Without a notice it is
// not allowed, and Next is the first window a notice sent now would
// reach; with one sent the Tuesday before, it may start.
func ExamplePolicy_Gate() {
	p, err := classify.ParsePolicy([]byte(`{"maintenance": "last Saturday of every month 22:00-02:00 America/Denver"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	denver, _ := tzdata.Load("America/Denver")
	at := time.Date(2026, time.October, 31, 22, 30, 0, 0, denver)
	patch := classify.Change{Kind: classify.SoftwarePatch, Downtime: time.Hour, Length: 4 * time.Hour}

	v, err := p.Gate(patch, at, classify.GateInput{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v.Allowed, v.Class, "next:", v.Next.Format(time.RFC3339))

	sent := time.Date(2026, time.October, 27, 9, 0, 0, 0, denver)
	v, err = p.Gate(patch, at, classify.GateInput{NoticeSent: sent})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v.Allowed, v.Class)
	fmt.Println(v.Reasons[len(v.Reasons)-1])
	// Output:
	// false maintenance next: 2026-11-28T22:00:00-07:00
	// true maintenance
	// For clients on the default schedule, the work may start now: the notice was sent at Tuesday 2026-10-27 09:00 MDT, at least 72h before.
}

// A hot fix is allowed at once; a freeze is a warning, not a refusal.
func ExamplePolicy_Gate_hotFix() {
	p, err := classify.ParsePolicy([]byte(`{
		"maintenance": "last Saturday of every month 22:00-02:00 America/Denver",
		"freezes": [{"from": "2026-12-01", "until": "2026-12-31", "reason": "year-end trading"}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	at := time.Date(2026, time.December, 15, 19, 0, 0, 0, time.UTC)
	v, err := p.Gate(classify.Change{Threat: true, ThreatReason: "a leaked key"}, at, classify.GateInput{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v.Allowed, v.Class, "deadline:", v.Deadline.Format(time.RFC3339))
	fmt.Println(v.Warnings[0])
	// Output:
	// true hot fix deadline: 2026-12-16T12:00:00-07:00
	// For clients on the default schedule, the hot fix runs during a freeze (year-end trading (2026-12-01 to 2026-12-31)); freezes do not stop a hot fix.
}

// A tenant the policy does not name is an error, not the default audience.
func ExampleGateInput() {
	p, err := classify.ParsePolicy([]byte(`{
		"maintenance": "last Saturday of every month 22:00-02:00 America/Denver",
		"tenants": {"acme": {"window": "every Sunday 03:00-07:00 Europe/Berlin"}}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	at := time.Date(2026, time.June, 28, 1, 30, 0, 0, time.UTC) // 03:30 in Berlin
	sent := time.Date(2026, time.June, 20, 0, 0, 0, 0, time.UTC)
	upgrade := classify.Change{Kind: classify.Upgrade, Length: time.Hour}
	for _, tenant := range []string{"acme", "", "acmee"} {
		v, err := p.Gate(upgrade, at, classify.GateInput{Tenant: tenant, NoticeSent: sent})
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q: allowed %v, next %s\n", tenant, v.Allowed, v.Next.Format(time.RFC3339))
	}
	// Output:
	// "acme": allowed true, next 2026-06-28T03:30:00+02:00
	// "": allowed false, next 2026-06-27T22:00:00-06:00
	// classify: gate.tenant: unknown tenant "acmee" (the policy knows: acme)
}

// A Verdict that is not allowed says when the change would be, and why
// not now.
func ExampleVerdict() {
	p, err := classify.ParsePolicy([]byte(`{"maintenance": "every Sunday 01:00-05:00 UTC", "routine": "every Tuesday 09:00-17:00 UTC"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	at := time.Date(2026, time.March, 4, 10, 0, 0, 0, time.UTC) // a Wednesday
	v, err := p.Gate(classify.Change{Kind: classify.Deployment, Length: time.Hour}, at, classify.GateInput{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v.Allowed, v.Class, v.Next.Format(time.RFC3339))
	fmt.Println(v.Reasons[1])
	// Output:
	// false routine update 2026-03-10T09:00:00Z
	// Wednesday 2026-03-04 10:00 UTC is not inside a routine window of "every Tuesday 09:00-17:00 UTC".
}

// Decision.Err names the audiences for which no window fits; the others
// keep their slots.
func ExampleDecision_Err() {
	p, err := classify.ParsePolicy([]byte(`{
		"maintenance": "last Saturday of every month 22:00-02:00 America/Denver",
		"tenants": {"globex": {"window": "every Sunday 03:00-04:00 Europe/Berlin"}}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	now := time.Date(2026, time.June, 15, 15, 0, 0, 0, time.UTC)
	d, err := p.Decide(classify.Change{Kind: classify.Upgrade, Length: 2 * time.Hour}, now, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range d.Slots {
		if s.Err != nil {
			fmt.Printf("%q: no slot\n", s.Tenant)
			continue
		}
		fmt.Printf("%q: %v\n", s.Tenant, s.Start.In(s.Location).Format("2006-01-02 15:04 MST"))
	}
	fmt.Println(d.Err())
	fmt.Println(errors.Is(d.Err(), classify.ErrNoWindow))
	// Output:
	// "": 2026-06-27 22:00 MDT
	// "globex": no slot
	// classify: tenant "globex": no window in the year after Thursday 2026-06-18 17:00 CEST is long enough for 2h of work: the longest is 1h on Sunday 2026-06-21
	// true
}

// Schema is the JSON Schema of a policy file, for editors and for checking
// a file before it reaches a service.
func ExampleSchema() {
	var s struct {
		Schema     string `json:"$schema"`
		Properties map[string]struct {
			Description string `json:"description"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(classify.Schema(), &s); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Schema)
	fmt.Println(s.Properties["notice"].Description)
	// Output:
	// https://json-schema.org/draft/2020-12/schema
	// The minimum notice before maintenance work starts, in Go's duration syntax ("72h", "1h30m"); not negative. Default 72h: a notice sent on a Friday is still read on a working day.
}

// ParseOptions raise (or lower) the size a policy file may have.
func ExampleParseOptions_ParsePolicy() {
	data := []byte(`{"maintenance": "every Sunday 01:00-05:00 UTC"}`)
	_, err := classify.ParseOptions{MaxSize: 16}.ParsePolicy(data)
	fmt.Println(err)
	p, err := classify.ParseOptions{MaxSize: 256 << 20}.ParsePolicy(data)
	fmt.Println(p.Config().Maintenance, err)
	// Output:
	// classify: policy: 47 bytes is more than the 16 a policy file may have (see ParseOptions.MaxSize)
	// every Sunday 01:00-05:00 UTC <nil>
}
