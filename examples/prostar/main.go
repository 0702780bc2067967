// Command prostar tells the platform's story with the library: its
// maintenance policy, the January 2020 notice as it was sent, checked by
// notice.Check, and as it should have been sent,
// the windows of 2026 in Denver (one of them five hours long), three changes
// decided by the policy, and the hot-fix notice. Every instant is fixed, so
// the output is the same on every machine and every day:
//
//	go run ./examples/prostar
package main

import (
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/prostar/maintenance/classify"
	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/notice"
	"github.com/prostar/maintenance/tzdata"
)

// policyFile is the platform's policy as the services that embed the
// library share it: the last Saturday of each month, 10 p.m. to 2 a.m.
// Mountain time, from the first window on January 25th, 2020; 72 hours of
// notice; hot fixes within 24 hours, in a window if one opens in time; and
// one client in Berlin with a window of its own.
const policyFile = `{
  "maintenance": "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25",
  "tenants": {
    "acme": {
      "zone": "Europe/Berlin",
      "window": "last Saturday of every month 22:00-02:00 Europe/Berlin from 2020-01-25"
    }
  },
  "notice": "72h",
  "hot_fix": {
    "response": "24h",
    "prefer_window": true,
    "limit": 2,
    "days": 90
  }
}`

const org = "Prostar"

// original is the platform's January 2020 notice as it was sent, with the
// claim it got wrong: January 25th, 2020 in Denver is MST, not MDT.
const original = "Our first maintenance downtime window is scheduled to be performed this Saturday on January 25th from 10 p.m. – 2 a.m. MDT. During this time, users will not be able to access the system. This downtime is also scheduled for the same time on the last Saturday of each month. If this window does not work for you and your organization, please contact us to schedule a different time for this mandatory work."

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "prostar:", err)
		os.Exit(1)
	}
}

func run(out io.Writer) error {
	// The notices' own line breaking, so the example wraps as they do.
	wrap := notice.Funcs()["wrap"].(func(int, string) string)
	denver, err := tzdata.Load("America/Denver")
	if err != nil {
		return err
	}
	policy, err := classify.ParsePolicy([]byte(policyFile))
	if err != nil {
		return err
	}
	cfg := policy.Config()
	schedule := cfg.Maintenance

	heading(out, "1. The policy")
	fmt.Fprintf(out, "Maintenance: %s (%s).\n", schedule.Describe(), schedule)
	for _, name := range slices.Sorted(maps.Keys(cfg.Tenants)) {
		t := cfg.Tenants[name]
		fmt.Fprintf(out, "Tenant %s: %s (%s).\n", name, t.Schedule.Describe(), t.Schedule)
	}
	fmt.Fprintf(out, "Notice %s ahead; hot fixes within %s, in a window if one opens in time.\n",
		english.Duration(cfg.Notice), english.Duration(cfg.HotFix.Response))

	heading(out, "2. The January 2020 notice, sent Monday, January 20th")
	sent := time.Date(2020, time.January, 20, 9, 0, 0, 0, denver)
	audience := notice.Audience{Location: denver}
	fmt.Fprintf(out, "As sent:\n\n%s\n\n", wrap(72, original))
	findings, err := notice.Check(original, schedule, audience, sent)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "notice.Check finds %d false claim(s):\n", len(findings))
	for _, f := range findings {
		fmt.Fprintf(out, "- %q should read %q.\n  %s\n", f.Claim, f.Correct, f.Reason)
	}
	first, ok := schedule.Next(sent)
	if !ok {
		return fmt.Errorf("no window after %v", sent)
	}
	n, err := notice.ForWindow(schedule, first, audience, org, sent, notice.Announcement)
	if err != nil {
		return err
	}
	text, err := notice.DefaultRenderer().Render(notice.Text, n)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "\nAs the library writes it:\n\n%s", text)

	heading(out, "3. The windows of 2026 in Denver")
	from := time.Date(2026, time.January, 1, 0, 0, 0, 0, denver)
	to := time.Date(2027, time.January, 1, 0, 0, 0, 0, denver)
	for w := range schedule.Windows(from, to) {
		line := fmt.Sprintf("%s  %s to %s  %v", w.Start.Format("Mon Jan 02"), w.Start.Format("15:04 MST"), w.End.Format("15:04 MST Mon"), english.Duration(w.Duration()))
		for tr := range w.Transitions() {
			dir := "forward"
			if tr.After.Seconds < tr.Before.Seconds {
				dir = "back"
			}
			before := tr.At.In(time.FixedZone(tr.Before.Name, tr.Before.Seconds))
			line += fmt.Sprintf("  clocks go %s from %s to %s", dir, before.Format("15:04 MST"), tr.At.In(denver).Format("15:04 MST"))
		}
		fmt.Fprintln(out, strings.TrimRight(line, " "))
	}

	heading(out, "4. Three changes, decided by the policy")
	changes := []struct {
		title string
		c     classify.Change
		now   time.Time
	}{
		{
			"A weekly deployment",
			classify.Change{Summary: "Deploy release 2026.43", Kind: classify.Deployment, Length: 30 * time.Minute},
			time.Date(2026, time.October, 20, 10, 0, 0, 0, denver),
		},
		{
			"A security patch with downtime",
			classify.Change{Summary: "Patch the database servers", Kind: classify.SoftwarePatch, Downtime: 3 * time.Hour, Length: 3 * time.Hour},
			time.Date(2026, time.October, 29, 9, 0, 0, 0, denver),
		},
		{
			"A flaw exposing customer data, found on a Saturday morning",
			classify.Change{
				Summary:      "Patch the authentication service",
				Kind:         classify.SoftwarePatch,
				Downtime:     2 * time.Hour,
				Length:       2 * time.Hour,
				Threat:       true,
				ThreatReason: "an actively exploited flaw exposes customer data",
			},
			time.Date(2026, time.October, 31, 9, 0, 0, 0, denver),
		},
	}
	var hotfix classify.Decision
	for i, ch := range changes {
		d, err := policy.Decide(ch.c, ch.now, nil)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "\n%c) %s, decided %s: %s\n", 'a'+i, ch.title, ch.now.Format("Mon Jan 2 15:04 MST"), d.Class)
		for _, r := range d.Reasons {
			fmt.Fprintf(out, "   - %s\n", r)
		}
		for _, w := range d.Warnings {
			fmt.Fprintf(out, "   ! %s\n", w)
		}
		if d.Class == classify.HotFix {
			hotfix = d
		}
	}

	heading(out, "5. The hot-fix notice")
	notices, err := notice.FromDecision(hotfix, org, hotfix.Decided, notice.Announcement)
	if err != nil {
		return err
	}
	text, err = notice.DefaultRenderer().Render(notice.Text, notices[0])
	if err != nil {
		return err
	}
	fmt.Fprint(out, text)
	return nil
}

func heading(out io.Writer, s string) {
	fmt.Fprintf(out, "\n## %s\n\n", s)
}
