package classify_test

// TestGate's instants come from testdata/gate.csv, which Python's zoneinfo
// writes from wall-clock times. Regenerate it from the repository root with
//
//	python3 classify/testdata/gen_gate.py > classify/testdata/gate.csv
//
// What the script computes is the conversion of wall times to instants
// (offsets, DST nights), independently of tzdata. The wall times
// themselves, the expected next allowed start included, are written by
// hand in the script from reading the schedules: they are expectations a
// person worked out, not a second implementation of the gate.

import (
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/prostar/maintenance/classify"
	"github.com/prostar/maintenance/window"
)

// gateInstants are the rows of testdata/gate.csv, by name.
type gateInstants struct{ at, sent, next time.Time }

func readGateCSV(t *testing.T) map[string]gateInstants {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "gate.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	parse := func(s string) time.Time {
		if s == "" {
			return time.Time{}
		}
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	out := make(map[string]gateInstants)
	for _, r := range rows[1:] {
		out[r[0]] = gateInstants{at: parse(r[1]), sent: parse(r[2]), next: parse(r[3])}
	}
	return out
}

// gatePolicy is the platform's policy with a Berlin tenant, a Tuesday
// routine window and a December freeze.
func gatePolicy(t testing.TB) *classify.Policy {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "policy.json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := classify.ParsePolicy(data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestGate(t *testing.T) {
	instants := readGateCSV(t)
	p := gatePolicy(t)
	deploy := classify.Change{Kind: classify.Deployment, Length: time.Hour}
	patch := classify.Change{Kind: classify.SoftwarePatch, Downtime: time.Hour, Length: 2 * time.Hour}
	long := classify.Change{Kind: classify.Upgrade, Length: 4*time.Hour + 30*time.Minute}
	threat := classify.Change{Kind: classify.Configuration, Threat: true, ThreatReason: "a leaked key", Length: time.Hour}
	tests := []struct {
		name     string // the row of gate.csv with the instants
		reason   string
		change   classify.Change
		tenant   string
		hotFixes []time.Time
		allowed  bool
		class    classify.Class
		noWindow bool     // Gate's error wraps ErrNoWindow
		reasons  []string // each must appear in some reason
		warnings []string // each must appear in some warning
	}{{
		name:    "routine inside its window",
		reason:  "Tuesday 10:00 is inside Tuesday 09:00-17:00 with 7h left",
		change:  deploy,
		allowed: true, class: classify.Routine,
		reasons: []string{"already open at Tuesday 2026-06-16 10:00 MDT and holds 1h of work, so the work may start at once"},
	}, {
		name:    "routine outside its window",
		reason:  "Wednesday: the next Tuesday's window",
		change:  deploy,
		class:   classify.Routine,
		reasons: []string{`Wednesday 2026-06-17 10:00 MDT is not inside a routine window of "every Tuesday 09:00-17:00 America/Denver".`},
	}, {
		name:    "routine with too little left",
		reason:  "16:30 leaves 30m of the window for 1h of work",
		change:  deploy,
		class:   classify.Routine,
		reasons: []string{"already open at Tuesday 2026-06-16 16:30 MDT, but only 30m of it is left, too little for 1h of work"},
	}, {
		name:    "maintenance, notice in time",
		reason:  "inside the June window, 2h of work fit, notice a week before",
		change:  patch,
		allowed: true, class: classify.Maintenance,
		reasons: []string{"the work may start now: the notice was sent at Saturday 2026-06-20 09:00 MDT, at least 72h before."},
	}, {
		name:    "maintenance, notice exactly in time",
		reason:  "sent exactly 72h before the work starts",
		change:  patch,
		allowed: true, class: classify.Maintenance,
	}, {
		name:     "maintenance, notice too late",
		reason:   "sent 37h30m before: the window after the notice period is July's",
		change:   patch,
		class:    classify.Maintenance,
		reasons:  []string{"is already open at Saturday 2026-06-27 22:30 MDT, but work starting then would not have the 72h notice"},
		warnings: []string{"the 72h notice period pushed the work from the window of Saturday 2026-06-27 to the window of Saturday 2026-07-25."},
	}, {
		name:     "maintenance, notice a minute late",
		reason:   "sent 71h59m before the work",
		change:   patch,
		class:    classify.Maintenance,
		warnings: []string{"the 72h notice period pushed the work from the window of Saturday 2026-06-27 to the window of Saturday 2026-07-25."},
	}, {
		name:     "maintenance, notice not sent",
		reason:   "no notice means not allowed; next assumes it is sent now",
		change:   patch,
		class:    classify.Maintenance,
		reasons:  []string{"no notice has been sent; maintenance needs a notice at least 72h before the work starts. The next allowed start assumes it is sent at Saturday 2026-06-27 22:30 MDT."},
		warnings: []string{"the 72h notice period pushed the work from the window of Saturday 2026-06-27 to the window of Saturday 2026-07-25."},
	}, {
		name:    "maintenance that does not fit before the window ends",
		reason:  "23:30 leaves 2h30m of the window, and 3h of work do not fit",
		change:  classify.Change{Kind: classify.SoftwarePatch, Downtime: 3 * time.Hour, Length: time.Hour},
		class:   classify.Maintenance,
		reasons: []string{"but only 2h30m of it is left, too little for 3h of work"},
	}, {
		name:     "maintenance in a frozen window",
		reason:   "December is frozen: January's window",
		change:   patch,
		class:    classify.Maintenance,
		reasons:  []string{"the window of Saturday 2026-12-26 22:00 MST is frozen: year-end trading (2026-12-01 to 2026-12-31)."},
		warnings: []string{"the window of Saturday 2026-12-26 is skipped for the freeze"},
	}, {
		name:    "maintenance outside any window",
		reason:  "a Wednesday: that Saturday's window",
		change:  patch,
		class:   classify.Maintenance,
		reasons: []string{`Wednesday 2026-06-24 12:00 MDT is not inside a maintenance window of "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25".`},
	}, {
		name:    "hot fix in a freeze",
		reason:  "a freeze does not stop a hot fix; it is reported",
		change:  threat,
		allowed: true, class: classify.HotFix,
		warnings: []string{"For clients on the default schedule, the hot fix runs during a freeze (year-end trading (2026-12-01 to 2026-12-31)); freezes do not stop a hot fix."},
	}, {
		name:     "hot fix over the limit",
		reason:   "two hot fixes in the 90 days before: the third is reported, not refused",
		change:   threat,
		hotFixes: []time.Time{mountain(t, "2026-05-01 12:00"), mountain(t, "2026-06-01 12:00")},
		allowed:  true, class: classify.HotFix,
		warnings: []string{"This is the 3rd hot fix in the 90 days to Monday 2026-06-15 12:00 MDT, more than the 2 the policy allows"},
	}, {
		name:    "tenant's own window",
		reason:  "acme's Sunday 03:00-07:00 Berlin window is open",
		change:  patch,
		tenant:  "acme",
		allowed: true, class: classify.Maintenance,
		reasons: []string{`For tenant "acme", the window of Sunday 2026-06-28 03:00 CEST to 07:00 CEST is already open at Sunday 2026-06-28 03:30 CEST`},
	}, {
		name:    "default audience at the tenant's instant",
		reason:  "19:30 in Denver is before the Saturday window",
		change:  patch,
		class:   classify.Maintenance,
		reasons: []string{"Saturday 2026-06-27 19:30 MDT is not inside a maintenance window"},
	}, {
		name:    "5-hour night, 4.5 hours from the start",
		reason:  "22:00 MDT to 02:00 MST lasts 5h as the clocks go back",
		change:  long,
		allowed: true, class: classify.Maintenance,
		reasons:  []string{"that window lasts 5h rather than the nominal 4h"},
		warnings: []string{"the work (4h30m) is longer than the nominal 4h window; the window of Saturday 2026-10-31 holds it only because it lasts 5h."},
	}, {
		name:    "5-hour night, 4.5 hours from 22:30",
		reason:  "exactly 4h30m left",
		change:  long,
		allowed: true, class: classify.Maintenance,
		reasons:  []string{"is already open at Saturday 2026-10-31 22:30 MDT, is not frozen and has 4h30m left for 4h30m of work"},
		warnings: []string{"the work (4h30m) is longer than the nominal 4h window"},
	}, {
		name:     "5-hour night, 4.5 hours from 22:31",
		reason:   "4h29m left, and no other window in a year lasts 4h30m",
		change:   long,
		class:    classify.Maintenance,
		noWindow: true,
		reasons:  []string{"only 4h29m of it is left, too little for 4h30m of work", "no later start is allowed either"},
		warnings: []string{"the window of Saturday 2026-12-26 is skipped for the freeze: year-end trading (2026-12-01 to 2026-12-31)."},
	}, {
		name:     "4.5 hours on a 4-hour night",
		reason:   "September's window lasts 4h: October's 5-hour night is next",
		change:   long,
		class:    classify.Maintenance,
		reasons:  []string{"1 window is too short for 4h30m of work: Saturday 2026-09-26 (4h)."},
		warnings: []string{"the work (4h30m) is longer than the nominal 4h window; the window of Saturday 2026-10-31 holds it only because it lasts 5h."},
	}}
	seen := make(map[string]bool)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, ok := instants[tt.name]
			if !ok {
				t.Fatalf("no row %q in gate.csv", tt.name)
			}
			seen[tt.name] = true
			v, err := p.Gate(tt.change, in.at, classify.GateInput{Tenant: tt.tenant, NoticeSent: in.sent, HotFixes: tt.hotFixes})
			if tt.noWindow {
				if !errors.Is(err, classify.ErrNoWindow) {
					t.Fatalf("Gate error = %v, want ErrNoWindow (%s)", err, tt.reason)
				}
			} else if err != nil {
				t.Fatalf("Gate: %v (%s)", err, tt.reason)
			}
			type answer struct {
				Allowed    bool
				Class      classify.Class
				Next       time.Time
				At         time.Time
				HasWarning bool
			}
			want := answer{tt.allowed, tt.class, in.next, in.at, len(tt.warnings) > 0}
			got := answer{v.Allowed, v.Class, v.Next, v.At, len(v.Warnings) > 0}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Gate mismatch (%s) (-want +got):\n%s\nreasons:\n%s\nwarnings:\n%s", tt.reason, diff,
					strings.Join(v.Reasons, "\n"), strings.Join(v.Warnings, "\n"))
			}
			if v.Tenant != tt.tenant {
				t.Errorf("Tenant = %q, want %q", v.Tenant, tt.tenant)
			}
			if (v.Class == classify.HotFix) != !v.Deadline.IsZero() {
				t.Errorf("Deadline = %v for a %v", v.Deadline, v.Class)
			}
			checkSentences(t, "reason", v.Reasons)
			checkSentences(t, "warning", v.Warnings)
			for _, r := range tt.reasons {
				if !containsPart(v.Reasons, r) {
					t.Errorf("no reason contains %q; reasons:\n%s", r, strings.Join(v.Reasons, "\n"))
				}
			}
			for _, w := range tt.warnings {
				if !containsPart(v.Warnings, w) {
					t.Errorf("no warning contains %q; warnings:\n%s", w, strings.Join(v.Warnings, "\n"))
				}
			}
			// Next is allowed, given the same notice (or, when none was
			// sent, one sent at the instant asked about).
			if !v.Allowed && !v.Next.IsZero() {
				sent := in.sent
				if sent.IsZero() {
					sent = in.at
				}
				again, err := p.Gate(tt.change, v.Next, classify.GateInput{Tenant: tt.tenant, NoticeSent: sent, HotFixes: tt.hotFixes})
				if err != nil || !again.Allowed {
					t.Errorf("Gate at Next %v = %v, %v; want allowed\nreasons:\n%s", v.Next, again.Allowed, err, strings.Join(again.Reasons, "\n"))
				}
			}
		})
	}
	for name := range instants {
		if !seen[name] {
			t.Errorf("gate.csv row %q has no test", name)
		}
	}
}

// TestGateNoticeNotSent checks that maintenance without a notice is not
// allowed even when the policy's notice is zero; Next is then the instant
// asked about, for a notice sent at once.
func TestGateNoticeNotSent(t *testing.T) {
	p := policy(t, func(c *classify.Config) { c.Notice = 0 })
	at := mountain(t, "2026-06-27 22:30")
	patch := classify.Change{Kind: classify.SoftwarePatch, Downtime: time.Hour}
	v, err := p.Gate(patch, at, classify.GateInput{})
	if err != nil {
		t.Fatal(err)
	}
	if v.Allowed || !v.Next.Equal(at) || containsPart(v.Reasons, "the work may start now") {
		t.Errorf("Gate without a notice = allowed %v, next %v; want not allowed, next %v\nreasons:\n%s", v.Allowed, v.Next, at, strings.Join(v.Reasons, "\n"))
	}
	v, err = p.Gate(patch, at, classify.GateInput{NoticeSent: at})
	if err != nil || !v.Allowed {
		t.Errorf("Gate with a notice sent at once and a zero notice = %v, %v; want allowed\nreasons:\n%s", v.Allowed, err, strings.Join(v.Reasons, "\n"))
	}
}

func TestGateBadInput(t *testing.T) {
	p := gatePolicy(t)
	at := mountain(t, "2026-06-27 22:30")
	tests := []struct {
		name   string
		p      *classify.Policy
		change classify.Change
		at     time.Time
		tenant string
		want   string
	}{
		{"unknown tenant", p, classify.Change{}, at, "acmee", `classify: gate.tenant: unknown tenant "acmee" (the policy knows: acme, initech)`},
		{"zero instant", p, classify.Change{}, time.Time{}, "", "classify: Gate: at is the zero time"},
		{"negative length", p, classify.Change{Length: -time.Hour}, at, "", "classify: Gate: negative length -1h"},
		{"zero policy", &classify.Policy{}, classify.Change{}, at, "", "classify: Gate on a zero Policy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.p.Gate(tt.change, tt.at, classify.GateInput{Tenant: tt.tenant})
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Gate error = %v, want %q", err, tt.want)
			}
			if tt.name == "unknown tenant" && !errors.Is(err, classify.ErrUnknownTenant) {
				t.Errorf("Gate error %v does not wrap ErrUnknownTenant", err)
			}
		})
	}
}

// TestDecideThenGate checks that Decide and Gate agree: the slot a
// decision finds, with its notice sent by NoticeBy, passes the gate at its
// start, and a minute before the start (outside the window) does not.
func TestDecideThenGate(t *testing.T) {
	p := gatePolicy(t)
	changes := []classify.Change{
		{Kind: classify.SoftwarePatch, Downtime: time.Hour, Length: 2 * time.Hour},
		{Kind: classify.Upgrade, Length: 4*time.Hour + 30*time.Minute},
		{Kind: classify.Deployment, Length: time.Hour},
	}
	for _, now := range []time.Time{mountain(t, "2026-01-05 09:00"), mountain(t, "2026-06-25 09:00"), mountain(t, "2026-11-20 09:00")} {
		for _, c := range changes {
			d, err := p.Decide(c, now, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Slots {
				if s.Err != nil {
					continue
				}
				in := classify.GateInput{Tenant: s.Tenant, NoticeSent: s.NoticeBy}
				v, err := p.Gate(c, s.Start, in)
				if err != nil || !v.Allowed {
					t.Errorf("Decide(%v at %v) slot %q at %v: Gate = %v, %v\nreasons:\n%s", c.Kind, now, s.Tenant, s.Start, v.Allowed, err, strings.Join(v.Reasons, "\n"))
				}
				if d.Class == classify.Maintenance {
					v, _ := p.Gate(c, s.Start.Add(-time.Minute), in)
					if v.Allowed {
						t.Errorf("Decide(%v at %v) slot %q: Gate a minute before its start allowed", c.Kind, now, s.Tenant)
					}
				}
			}
		}
	}
}

// TestDecideOpenWindow checks that a window already open at the decision
// is used when it has room and the notice allows it, and that the reasons
// say why when it is not.
func TestDecideOpenWindow(t *testing.T) {
	zero := policy(t, func(c *classify.Config) { c.Notice = 0 })
	at := mountain(t, "2020-01-25 22:30")
	d, err := zero.Decide(classify.Change{Kind: classify.Upgrade, Length: time.Hour}, at, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []slotView{{Start: "2020-01-25 22:30 MST", End: "2020-01-26 02:00 MST", Length: "4h0m0s", NoticeBy: "2020-01-25 22:30 MST", InWindow: true}}
	if diff := cmp.Diff(want, viewOf(d).Slots); diff != "" {
		t.Errorf("Decide at 22:30 with no notice: slots mismatch (-want +got):\n%s\nreasons:\n%s", diff, strings.Join(d.Reasons, "\n"))
	}
	if r := "the window of Saturday 2020-01-25 22:00 MST to Sunday 02:00 MST is already open at Saturday 2020-01-25 22:30 MST, is not frozen and has 3h30m left for 1h of work, so the work may start at once."; !containsPart(d.Reasons, r) {
		t.Errorf("no reason contains %q; reasons:\n%s", r, strings.Join(d.Reasons, "\n"))
	}
	// Too little left: the reasons name the open window.
	d, err = zero.Decide(classify.Change{Kind: classify.Upgrade, Length: 4 * time.Hour}, at, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := viewOf(d).Slots[0].Start; got != "2020-02-29 22:00 MST" {
		t.Errorf("Decide 4h at 22:30: start %s, want 2020-02-29 22:00 MST", got)
	}
	if r := "the window of Saturday 2020-01-25 22:00 MST to Sunday 02:00 MST is already open at Saturday 2020-01-25 22:30 MST, but only 3h30m of it is left, too little for 4h of work."; !containsPart(d.Reasons, r) {
		t.Errorf("no reason contains %q; reasons:\n%s", r, strings.Join(d.Reasons, "\n"))
	}
	// With 72h notice, the open window cannot be used, and the reasons say so.
	d, err = policy(t, nil).Decide(classify.Change{Kind: classify.Upgrade, Length: time.Hour}, at, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := "is already open at Saturday 2020-01-25 22:30 MST, but work starting then would not have the 72h notice, so it cannot be used."; !containsPart(d.Reasons, r) {
		t.Errorf("no reason contains %q; reasons:\n%s", r, strings.Join(d.Reasons, "\n"))
	}
}

// TestDecidePartial checks that one tenant without a fitting window does
// not cost the others their slots: its slot carries an error wrapping
// ErrNoWindow, and Decision.Err names it.
func TestDecidePartial(t *testing.T) {
	p := policy(t, func(c *classify.Config) {
		c.Tenants = map[string]classify.Tenant{
			"acme":    {Schedule: window.MustParse("every Sunday 03:00-07:00 Europe/Berlin")},
			"globex":  {Schedule: window.MustParse("every Sunday 03:00-04:00 Europe/Berlin")},
			"initech": {Zone: zone(t, "Asia/Kolkata")},
		}
	})
	d, err := p.Decide(classify.Change{Kind: classify.Upgrade, Length: 2 * time.Hour}, mountain(t, "2026-06-15 09:00"), nil)
	if err != nil {
		t.Fatalf("Decide: %v; want a decision with one failed slot", err)
	}
	type outcome struct {
		Tenant string
		Start  string
		Err    string
	}
	var got []outcome
	for _, s := range d.Slots {
		o := outcome{Tenant: s.Tenant}
		if s.Err != nil {
			o.Err = s.Err.Error()
			if !errors.Is(s.Err, classify.ErrNoWindow) {
				t.Errorf("slot %q error %v does not wrap ErrNoWindow", s.Tenant, s.Err)
			}
		} else {
			o.Start = s.Start.In(s.Location).Format(stamp)
		}
		got = append(got, o)
	}
	want := []outcome{
		{Start: "2026-06-27 22:00 MDT"},
		{Tenant: "acme", Start: "2026-06-21 03:00 CEST"},
		{Tenant: "globex", Err: `classify: tenant "globex": no window in the year after Thursday 2026-06-18 17:00 CEST is long enough for 2h of work: the longest is 1h on Sunday 2026-06-21`},
		{Tenant: "initech", Start: "2026-06-28 09:30 IST"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Decide slots mismatch (-want +got):\n%s", diff)
	}
	if err := d.Err(); err == nil || err.Error() != want[2].Err || !errors.Is(err, classify.ErrNoWindow) {
		t.Errorf("Decision.Err() = %v, want %s", err, want[2].Err)
	}
	if r := `For tenant "globex", no window fits: no window in the year after`; !containsPart(d.Reasons, r) {
		t.Errorf("no reason contains %q; reasons:\n%s", r, strings.Join(d.Reasons, "\n"))
	}
}
