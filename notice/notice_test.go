package notice_test

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/prostar/maintenance/classify"
	"github.com/prostar/maintenance/notice"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// golden compares got with testdata/golden/name, or writes it with -update.
// The files are reviewed by eye: they are the notices clients receive.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
	}
}

const (
	denverSpec = "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25"
	berlinSpec = "last Saturday of every month 22:00-02:00 Europe/Berlin from 2020-01-25"
)

// windowOn returns the window of s on the civil date d.
func windowOn(t testing.TB, s *window.Schedule, d string) window.Window {
	t.Helper()
	date, err := civil.ParseDate(d)
	if err != nil {
		t.Fatal(err)
	}
	from := time.Date(date.Year, date.Month, date.Day, 0, 0, 0, 0, time.UTC).Add(-48 * time.Hour)
	for w := range s.Windows(from, from.Add(5*24*time.Hour)) {
		if w.Date == date {
			return w
		}
	}
	t.Fatalf("%v has no window on %s", s, d)
	return window.Window{}
}

func render(t *testing.T, f notice.Format, n notice.Notice) string {
	t.Helper()
	s, err := notice.DefaultRenderer().Render(f, n)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestGoldenNotices(t *testing.T) {
	den, ber := load(t, "America/Denver"), load(t, "Europe/Berlin")
	denver, berlin := window.MustParse(denverSpec), window.MustParse(berlinSpec)
	tests := []struct {
		name     string
		s        *window.Schedule
		date     string
		audience notice.Audience
		sent     time.Time
		variant  notice.Variant
		contains []string
		absent   []string
	}{
		{
			name: "denver-2020-01-25", s: denver, date: "2020-01-25",
			sent:     time.Date(2020, 1, 20, 9, 0, 0, 0, den), // Monday
			contains: []string{"this Saturday, January 25th, from 10 p.m. to 2 a.m. MST Sunday", "the last Saturday of each month", notice.Alternative, "until 2 a.m. Sunday", "Users will not be able to access the system"},
			absent:   []string{"MDT", "Clocks"},
		},
		{
			name: "denver-2020-01-25-reminder", s: denver, date: "2020-01-25", variant: notice.Reminder,
			sent:     time.Date(2020, 1, 24, 22, 0, 0, 0, den),
			contains: []string{"Reminder", "tomorrow, Saturday, January 25th, from 10 p.m. to 2 a.m. MST Sunday"},
			absent:   []string{"MDT"},
		},
		{
			name: "denver-2020-01-25-completed", s: denver, date: "2020-01-25", variant: notice.Completed,
			sent:     time.Date(2020, 1, 26, 8, 0, 0, 0, den),
			contains: []string{"completed", "Saturday, January 25th, from 10 p.m. to 2 a.m. MST Sunday", "available again"},
			absent:   []string{"MDT", "this Saturday", notice.Alternative},
		},
		{
			name: "denver-2026-10-31", s: denver, date: "2026-10-31",
			sent:     time.Date(2026, 10, 26, 9, 0, 0, 0, den),
			contains: []string{"this Saturday, October 31st, from 10 p.m. MDT to 2 a.m. MST Sunday", "Clocks go back one hour at 2 a.m.; this window lasts 5 hours."},
		},
		{
			name: "berlin-2026-03-28", s: berlin, date: "2026-03-28",
			sent:     time.Date(2026, 3, 23, 9, 0, 0, 0, ber),
			contains: []string{"from 10 p.m. CET to 3 a.m. CEST Sunday", "2 a.m. does not exist that night; the window ends at 3 a.m. CEST."},
		},
		{
			name: "berlin-2025-10-25", s: berlin, date: "2025-10-25",
			sent:     time.Date(2025, 10, 20, 9, 0, 0, 0, ber),
			contains: []string{"from 10 p.m. to 2 a.m. CEST Sunday", "2 a.m. happens twice that night; the window ends at the first 2 a.m., CEST."},
		},
		{
			name: "new-york-2026-11-01", s: window.MustParse("1st Sunday of every month 01:30-02:30 America/New_York from 2026-01-01"), date: "2026-11-01",
			sent:     time.Date(2026, 10, 30, 9, 0, 0, 0, load(t, "America/New_York")),
			contains: []string{"this Sunday, November 1st, from 1:30 a.m. EDT to 2:30 a.m. EST", "Clocks go back one hour at 2 a.m.; this window lasts 2 hours.", "1:30 a.m. happens twice that night; the window starts at the first 1:30 a.m., EDT."},
		},
		{
			name: "lord-howe-2026-10-04", s: window.MustParse("1st Sunday of every month 02:00-03:00 Australia/Lord_Howe from 2026-01-01"), date: "2026-10-04",
			sent:     time.Date(2026, 9, 28, 9, 0, 0, 0, load(t, "Australia/Lord_Howe")),
			contains: []string{"this Sunday, October 4th, from 2:30 a.m. to 3 a.m. UTC+11", "2 a.m. does not exist that night; the window starts at 2:30 a.m. UTC+11."},
			absent:   []string{"Clocks go"},
		},
		{
			name: "berlin-tenant-denver-window", s: denver, date: "2020-01-25",
			audience: notice.Audience{Tenant: "Acme GmbH", Location: ber},
			sent:     time.Date(2020, 1, 20, 9, 0, 0, 0, ber),
			contains: []string{"Hello Acme GmbH team", "this Sunday, January 26th, from 6 a.m. to 10 a.m. CET (Saturday from 10 p.m. to 2 a.m. MST Sunday, Mountain time)"},
		},
		{
			name: "berlin-tenant-denver-2026-10-31", s: denver, date: "2026-10-31",
			audience: notice.Audience{Tenant: "Acme GmbH", Location: ber},
			sent:     time.Date(2026, 10, 26, 9, 0, 0, 0, ber),
			contains: []string{"this Sunday, November 1st, from 5 a.m. to 10 a.m. CET (Saturday from 10 p.m. MDT to 2 a.m. MST Sunday, Mountain time)",
				"Clocks go back one hour at 2 a.m. in America/Denver; this window lasts 5 hours."},
		},
		{
			// The platform's zone is UTC: its abbreviation names it, so
			// no ", UTC time" after it.
			name: "los-angeles-tenant-utc-window", s: window.MustParse("every day 22:00-02:00 UTC from 2026-01-01"), date: "2026-01-10",
			audience: notice.Audience{Tenant: "Acme Inc.", Location: load(t, "America/Los_Angeles")},
			sent:     time.Date(2026, 1, 5, 9, 0, 0, 0, load(t, "America/Los_Angeles")),
			contains: []string{"this Saturday, January 10th, from 2 p.m. to 6 p.m. PST (from 10 p.m. to 2 a.m. UTC Sunday)"},
			absent:   []string{"UTC time", "UTC, UTC"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := notice.ForWindow(tt.s, windowOn(t, tt.s, tt.date), tt.audience, "Prostar", tt.sent, tt.variant)
			if err != nil {
				t.Fatal(err)
			}
			text := render(t, notice.Text, n)
			flat := strings.Join(strings.Fields(text), " ")
			for _, c := range tt.contains {
				if !strings.Contains(flat, c) {
					t.Errorf("notice lacks %q:\n%s", c, text)
				}
			}
			for _, a := range tt.absent {
				if strings.Contains(flat, a) {
					t.Errorf("notice has %q:\n%s", a, text)
				}
			}
			golden(t, tt.name+".txt", text)
			noFindings(t, text, tt.s, tt.audience, tt.sent)
		})
	}
}

// noFindings checks that Check finds nothing false in a notice the
// package wrote.
func noFindings(t *testing.T, text string, s *window.Schedule, a notice.Audience, sent time.Time) {
	t.Helper()
	fs, err := notice.Check(text, s, a, sent)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	for _, f := range fs {
		t.Errorf("Check finds %v in:\n%s", f, text)
	}
}

// TestAllFormats renders the January 2020 notice in every format.
func TestAllFormats(t *testing.T) {
	den := load(t, "America/Denver")
	s := window.MustParse(denverSpec)
	n, err := notice.ForWindow(s, windowOn(t, s, "2020-01-25"), notice.Audience{}, "Prostar", time.Date(2020, 1, 20, 9, 0, 0, 0, den), notice.Announcement)
	if err != nil {
		t.Fatal(err)
	}
	for f, ext := range map[notice.Format]string{notice.Text: "txt", notice.Markdown: "md", notice.HTML: "html", notice.ICalendar: "ics"} {
		t.Run(f.String(), func(t *testing.T) {
			out := render(t, f, n)
			if f == notice.ICalendar {
				got, err := readCalendar([]byte(out))
				if err != nil {
					t.Fatalf("readCalendar: %v\n%s", err, out)
				}
				w := windowOn(t, s, "2020-01-25")
				if diff := cmp.Diff(strs([]instance{{w.Start, w.End}}), strs(got)); diff != "" {
					t.Errorf("calendar instances mismatch (-want +got):\n%s", diff)
				}
			}
			golden(t, "formats/denver-2020-01-25."+ext, out)
			if f == notice.Text {
				noFindings(t, out, s, notice.Audience{}, time.Date(2020, 1, 20, 9, 0, 0, 0, den))
			}
		})
	}
}

const hostile = `<script>alert(1)</script> & "Co"`

// TestHostileInput checks that an organization name and summary with
// markup are escaped in every format.
func TestHostileInput(t *testing.T) {
	den := load(t, "America/Denver")
	s := window.MustParse(denverSpec)
	d := classify.Decision{
		Class: classify.Maintenance, NoticeRequired: true,
		Change: classify.Change{Summary: hostile, Downtime: time.Hour},
		Slots: []classify.Slot{{Tenant: hostile, Location: den, Schedule: s,
			Window: windowOn(t, s, "2020-01-25"), InWindow: true}},
	}
	ns, err := notice.FromDecision(d, hostile, time.Date(2020, 1, 20, 9, 0, 0, 0, den), notice.Announcement)
	if err != nil {
		t.Fatal(err)
	}
	n := ns[0]
	html := render(t, notice.HTML, n)
	if strings.Contains(html, "<script>") || strings.Contains(html, `"Co"`) {
		t.Errorf("HTML is not escaped:\n%s", html)
	}
	if !strings.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Co&#34;") {
		t.Errorf("HTML lacks the escaped name:\n%s", html)
	}
	golden(t, "hostile.html", html)
	md := render(t, notice.Markdown, n)
	if strings.Contains(md, "<script>") {
		t.Errorf("Markdown is not escaped:\n%s", md)
	}
	golden(t, "hostile.md", md)
	ics := render(t, notice.ICalendar, n)
	if _, err := readCalendar([]byte(ics)); err != nil {
		t.Fatalf("readCalendar: %v\n%s", err, ics)
	}
	if !strings.Contains(ics, `SUMMARY:<script>alert(1)</script> & "Co": scheduled maintenance`) {
		t.Errorf("iCalendar SUMMARY not as expected:\n%s", ics)
	}
	if text := render(t, notice.Text, n); !strings.Contains(text, hostile) {
		t.Errorf("plain text should carry the name as written:\n%s", text)
	}
}

func TestHotFix(t *testing.T) {
	den := load(t, "America/Denver")
	now := time.Date(2026, 3, 10, 15, 17, 42, 0, den)
	deadline := now.Add(4 * time.Hour)
	d := classify.Decision{
		Class: classify.HotFix, NoticeRequired: true, Deadline: deadline, Decided: now,
		Reasons: []string{"threat to integrity"},
		Change: classify.Change{
			Summary: "Patch the authentication service", Kind: "software patch",
			Threat: true, ThreatReason: "a vulnerability that exposes customer data", Downtime: 30 * time.Minute,
		},
		Slots: []classify.Slot{
			{Location: den, Start: now, End: deadline},
			{Tenant: "Acme GmbH", Location: load(t, "Europe/Berlin"), Start: now, End: deadline},
		},
	}
	ns, err := notice.FromDecision(d, "Prostar", now, notice.Announcement)
	if err != nil {
		t.Fatal(err)
	}
	if len(ns) != 2 {
		t.Fatalf("FromDecision gave %d notices, want 2", len(ns))
	}
	text := render(t, notice.Text, ns[0])
	flat := strings.Join(strings.Fields(text), " ")
	for _, c := range []string{
		"Urgent hot fix", "a vulnerability that exposes customer data",
		"starts today, Tuesday, March 10th, at 3:17 p.m. MDT and must be complete by 7:17 p.m. MDT",
	} {
		if !strings.Contains(flat, c) {
			t.Errorf("hot fix notice lacks %q:\n%s", c, text)
		}
	}
	if strings.Contains(flat, notice.Alternative) {
		t.Errorf("hot fix notice offers another time:\n%s", text)
	}
	golden(t, "hotfix.txt", text)
	golden(t, "hotfix-berlin.txt", render(t, notice.Text, ns[1]))
	// The hot fix falls in no window of the platform's schedule: Check
	// reads its span from the notice and finds it true.
	s := window.MustParse(denverSpec)
	noFindings(t, text, s, notice.Audience{Location: den}, now)
	noFindings(t, render(t, notice.Text, ns[1]), s, notice.Audience{Tenant: ns[1].Tenant, Location: ns[1].Location}, now)
}

// TestHotFixInWindow checks that a hot fix that uses a maintenance window
// states the window and the deadline, which is later than the window's
// end: 09:00 MDT Saturday plus 24 hours is 08:00 MST Sunday.
func TestHotFixInWindow(t *testing.T) {
	den, ber := load(t, "America/Denver"), load(t, "Europe/Berlin")
	s := window.MustParse(denverSpec)
	w := windowOn(t, s, "2026-10-31")
	now := time.Date(2026, 10, 31, 9, 0, 0, 0, den)
	d := classify.Decision{
		Class: classify.HotFix, NoticeRequired: true, Deadline: now.Add(24 * time.Hour), Decided: now,
		Change: classify.Change{
			Summary: "Patch the web server", Kind: "software patch", Threat: true,
			ThreatReason: "an actively exploited flaw exposes customer data", Downtime: time.Hour, Length: 2 * time.Hour,
		},
		Slots: []classify.Slot{
			{Location: den, Schedule: s, Window: w, Start: w.Start, InWindow: true},
			{Tenant: "Acme GmbH", Location: ber, Schedule: s, Window: w, Start: w.Start, InWindow: true},
		},
	}
	ns, err := notice.FromDecision(d, "Prostar", now, notice.Announcement)
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 11, 1, 8, 0, 0, 0, den); !ns[0].Deadline.Equal(want) || !ns[0].End.Equal(w.End) {
		t.Errorf("Deadline, End = %v, %v; want %v, %v", ns[0].Deadline, ns[0].End, want, w.End)
	}
	tests := []struct {
		n    notice.Notice
		want string
		file string
	}{
		{ns[0], "The work will use tonight's maintenance window, Saturday, October 31st, from 10 p.m. MDT to 2 a.m. MST Sunday; it must be complete by 8 a.m. MST Sunday at the latest.", "hotfix-window.txt"},
		{ns[1], "The work will use tomorrow's maintenance window, Sunday, November 1st, from 5 a.m. to 10 a.m. CET (Saturday from 10 p.m. MDT to 2 a.m. MST Sunday, Mountain time); it must be complete by 4 p.m. CET at the latest.", "hotfix-window-berlin.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			text := render(t, notice.Text, tt.n)
			if flat := strings.Join(strings.Fields(text), " "); !strings.Contains(flat, tt.want) {
				t.Errorf("hot fix notice lacks %q:\n%s", tt.want, text)
			}
			golden(t, tt.file, text)
			noFindings(t, text, s, notice.Audience{Tenant: tt.n.Tenant, Location: tt.n.Location}, now)
		})
	}
}

func TestNoNotice(t *testing.T) {
	d := classify.Decision{
		Class:   classify.Routine,
		Reasons: []string{"no downtime, no visible change: routine update"},
	}
	ns, err := notice.FromDecision(d, "Prostar", time.Date(2020, 1, 20, 0, 0, 0, 0, time.UTC), notice.Announcement)
	if !errors.Is(err, notice.ErrNoNotice) {
		t.Fatalf("FromDecision(routine) = %v, %v; want ErrNoNotice", ns, err)
	}
	var nn *notice.NotNeededError
	if !errors.As(err, &nn) || nn.Reason != d.Reasons[0] || nn.Class != classify.Routine {
		t.Errorf("error = %#v, want a NotNeededError with the decision's reason", err)
	}
	if want := "notice: no notice needed for a routine update: no downtime, no visible change: routine update"; err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
}

// TestNoNoticeReasonsRead checks that a decision's sentences stay
// sentences in the error: "response time. As a hot fix", never
// "response time.; As a hot fix".
func TestNoNoticeReasonsRead(t *testing.T) {
	d := classify.Decision{
		Class: classify.HotFix,
		Reasons: []string{
			"It answers a threat to the integrity of the platform, so it is a hot fix.",
			"As a hot fix it must be done within the 24h response time.",
		},
	}
	_, err := notice.FromDecision(d, "Prostar", time.Date(2026, 10, 31, 15, 0, 0, 0, time.UTC), notice.Announcement)
	want := "notice: no notice needed for a hot fix: It answers a threat to the integrity of the platform, so it is a hot fix. As a hot fix it must be done within the 24h response time."
	if err == nil || err.Error() != want {
		t.Errorf("FromDecision(hot fix without notice) error = %v, want %q", err, want)
	}
}

func TestErrors(t *testing.T) {
	den := load(t, "America/Denver")
	s := window.MustParse(denverSpec)
	w := windowOn(t, s, "2020-01-25")
	sent := time.Date(2020, 1, 20, 9, 0, 0, 0, den)
	tests := []struct {
		name string
		w    window.Window
		sent time.Time
		v    notice.Variant
	}{
		{"zero window", window.Window{}, sent, notice.Announcement},
		{"reversed", window.Window{Start: w.End, End: w.Start}, sent, notice.Announcement},
		{"zero sent", w, time.Time{}, notice.Announcement},
		{"bad variant", w, sent, notice.Variant(9)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := notice.ForWindow(s, tt.w, notice.Audience{}, "Prostar", tt.sent, tt.v)
			if err == nil || !strings.HasPrefix(err.Error(), "notice: ") {
				t.Errorf("ForWindow = %v, want an error prefixed notice:", err)
			}
		})
	}
	if _, err := notice.FromDecision(classify.Decision{Class: classify.Maintenance, NoticeRequired: true}, "", sent, 0); err == nil {
		t.Error("FromDecision without slots: no error")
	}
}

func TestCustomTemplates(t *testing.T) {
	den := load(t, "America/Denver")
	s := window.MustParse(denverSpec)
	n, err := notice.ForWindow(s, windowOn(t, s, "2020-01-25"), notice.Audience{}, "Prostar", time.Date(2020, 1, 20, 9, 0, 0, 0, den), notice.Announcement)
	if err != nil {
		t.Fatal(err)
	}
	r, err := notice.NewRenderer(notice.Templates{
		Text: `{{.Organization}}: {{.When}} ({{md "*x*"}})`,
		HTML: `<b>{{.Organization}}</b> {{.Subject}}`,
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := r.Render(notice.Text, n)
	if want := `Prostar: this Saturday, January 25th, from 10 p.m. to 2 a.m. MST Sunday (\*x\*)`; err != nil || got != want {
		t.Errorf("custom text = %q, %v; want %q", got, err, want)
	}
	got, err = r.Render(notice.HTML, n)
	if want := "<b>Prostar</b> Scheduled maintenance this Saturday, January 25th, from 10 p.m. to 2 a.m. MST Sunday"; err != nil || got != want {
		t.Errorf("custom html = %q, %v; want %q", got, err, want)
	}
	// The default Markdown template is used for the empty field.
	if got, _ := r.Render(notice.Markdown, n); !strings.HasPrefix(got, "# Scheduled maintenance") {
		t.Errorf("markdown = %q, want the default template", got)
	}
	if _, err := notice.NewRenderer(notice.Templates{HTML: "{{"}); err == nil || !strings.HasPrefix(err.Error(), "notice: html template") {
		t.Errorf("NewRenderer(bad) = %v, want a notice: html template error", err)
	}
}

func load(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := tzdata.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
