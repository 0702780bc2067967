package classify_test

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/prostar/maintenance/classify"
	"github.com/prostar/maintenance/tzdata"
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
	// reason: It is a virus scan; virus scans, software patches and upgrades are maintenance, done in a scheduled window with notice.
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
