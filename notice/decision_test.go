package notice_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/prostar/maintenance/classify"
	"github.com/prostar/maintenance/notice"
)

// TestDecisions renders notices from real classify decisions: the
// platform's default audience and a tenant with its own window and zone.
func TestDecisions(t *testing.T) {
	p, err := classify.ParsePolicy([]byte(`{
		"maintenance": "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25",
		"tenants": {"acme": {"window": "every Sunday 03:00-07:00 Europe/Berlin"}},
		"notice": "72h"
	}`))
	if err != nil {
		t.Fatal(err)
	}
	den := load(t, "America/Denver")
	now := time.Date(2020, 1, 20, 9, 0, 0, 0, den) // Monday
	d, err := p.Decide(classify.Change{
		Summary: "Virus scan and software patches", Kind: classify.SoftwarePatch,
		Downtime: time.Hour, Length: 2 * time.Hour,
	}, now, nil)
	if err != nil {
		t.Fatal(err)
	}
	ns, err := notice.FromDecision(d, "Prostar", now, notice.Announcement)
	if err != nil {
		t.Fatal(err)
	}
	if len(ns) != len(d.Slots) || len(ns) < 2 {
		t.Fatalf("FromDecision gave %d notices for %d slots", len(ns), len(d.Slots))
	}
	var all []string
	for i, n := range ns {
		text := render(t, notice.Text, n)
		all = append(all, text)
		noFindings(t, text, d.Slots[i].Schedule, notice.Audience{Tenant: n.Tenant, Location: n.Location}, now)
	}
	text := strings.Join(all, "\n----\n")
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{
		"this Saturday, January 25th, from 10 p.m. to 2 a.m. MST",
		"Planned work: Virus scan and software patches.",
		"Hello acme team",
		"this Sunday, January 26th, from 3 a.m. to 7 a.m. CET",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("notices lack %q:\n%s", want, text)
		}
	}
	golden(t, "decision-maintenance.txt", text)

	routine, err := p.Decide(classify.Change{Summary: "Weekly deployment", Kind: classify.Deployment}, now, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := notice.FromDecision(routine, "Prostar", now, notice.Announcement); !errors.Is(err, notice.ErrNoNotice) {
		t.Errorf("FromDecision(routine) error = %v, want ErrNoNotice", err)
	}
}
