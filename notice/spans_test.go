package notice_test

import (
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/prostar/maintenance/classify"
	"github.com/prostar/maintenance/notice"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// TestSpans checks that a span ending on a later day names that day in
// the Subject, the When and the body, so that a span of 24 hours or more
// never reads as a range within one day.
func TestSpans(t *testing.T) {
	utc := time.UTC
	tests := []struct {
		name, spec, date string
		sent             time.Time
		want             string // in Subject, When and body
	}{
		{"26 hours", "every Saturday 22:00 for 26h UTC from 2026-01-01", "2026-01-10",
			time.Date(2026, 1, 5, 9, 0, 0, 0, utc), "from 10 p.m. to midnight UTC at the start of Monday"},
		{"exactly 24 hours", "every Saturday 02:00-02:00 UTC from 2026-01-01", "2026-01-10",
			time.Date(2026, 1, 5, 9, 0, 0, 0, utc), "from 2 a.m. to 2 a.m. UTC Sunday"},
		{"ending at midnight", "every Saturday 22:00-00:00 UTC from 2026-01-01", "2026-01-10",
			time.Date(2026, 1, 5, 9, 0, 0, 0, utc), "from 10 p.m. to midnight UTC at the start of Sunday"},
		{"same day", "every Saturday 09:00-17:00 UTC from 2026-01-01", "2026-01-10",
			time.Date(2026, 1, 5, 9, 0, 0, 0, utc), "from 9 a.m. to 5 p.m. UTC."},
		{"3 weeks", "every 4 weeks on Saturday 22:00 for 3 weeks UTC from 2026-01-10", "2026-01-10",
			time.Date(2026, 1, 5, 9, 0, 0, 0, utc), "from 10 p.m. to 10 p.m. UTC Saturday, January 31st"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := window.MustParse(tt.spec)
			n, err := notice.ForWindow(s, windowOn(t, s, tt.date), notice.Audience{}, "Prostar", tt.sent, notice.Announcement)
			if err != nil {
				t.Fatal(err)
			}
			want := strings.TrimSuffix(tt.want, ".")
			if !strings.HasSuffix(n.Subject, want) || !strings.HasSuffix(n.When, want) {
				t.Errorf("Subject %q, When %q: want both to end %q", n.Subject, n.When, want)
			}
			text := render(t, notice.Text, n)
			if flat := strings.Join(strings.Fields(text), " "); !strings.Contains(flat, "scheduled maintenance this Saturday, January 10th, "+tt.want) {
				t.Errorf("body lacks %q:\n%s", tt.want, text)
			}
			golden(t, "span-"+strings.ReplaceAll(tt.name, " ", "-")+".txt", text)
			noFindings(t, text, s, notice.Audience{}, tt.sent)
		})
	}
}

// TestHotFixAcrossClockChange checks hot fixes outside any window across
// a night the clocks go back: the end day is named, the span is "this
// period", never "this window", and the notice states start and deadline.
func TestHotFixAcrossClockChange(t *testing.T) {
	den, ber := load(t, "America/Denver"), load(t, "Europe/Berlin")
	tests := []struct {
		name     string
		now      time.Time
		loc      *time.Location
		subject  string
		contains []string
	}{
		{"hotfix-denver-fall-back", time.Date(2026, 10, 31, 9, 0, 0, 0, den), den,
			"Urgent hot fix today, Saturday, October 31st, from 9 a.m. MDT to 8 a.m. MST Sunday",
			[]string{"The work starts today, Saturday, October 31st, at 9 a.m. MDT and must be complete by 8 a.m. MST Sunday.",
				"Clocks go back one hour at 2 a.m.; this period lasts 24 hours."}},
		{"hotfix-berlin-fall-back", time.Date(2026, 10, 24, 16, 0, 0, 0, ber), ber,
			"Urgent hot fix today, Saturday, October 24th, from 4 p.m. CEST to 3 p.m. CET Sunday",
			[]string{"The work starts today, Saturday, October 24th, at 4 p.m. CEST and must be complete by 3 p.m. CET Sunday.",
				"Clocks go back one hour at 3 a.m.; this period lasts 24 hours."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			deadline := tt.now.Add(24 * time.Hour)
			d := classify.Decision{
				Class: classify.HotFix, NoticeRequired: true, Deadline: deadline, Decided: tt.now,
				Change: classify.Change{Summary: "Patch the web server", Threat: true, Downtime: time.Hour},
				Slots:  []classify.Slot{{Location: tt.loc, Window: window.Window{Start: tt.now, End: deadline}, Start: tt.now}},
			}
			ns, err := notice.FromDecision(d, "Prostar", tt.now, notice.Announcement)
			if err != nil {
				t.Fatal(err)
			}
			n := ns[0]
			if n.Subject != tt.subject {
				t.Errorf("Subject = %q, want %q", n.Subject, tt.subject)
			}
			if !strings.HasSuffix(tt.subject, n.When) {
				t.Errorf("When = %q, want the end of %q", n.When, tt.subject)
			}
			text := render(t, notice.Text, n)
			flat := strings.Join(strings.Fields(text), " ")
			for _, c := range tt.contains {
				if !strings.Contains(flat, c) {
					t.Errorf("notice lacks %q:\n%s", c, text)
				}
			}
			if strings.Contains(flat, "window") {
				t.Errorf("a hot fix outside any window is called a window:\n%s", text)
			}
			golden(t, tt.name+".txt", text)
			// Checked against the platform's schedule, in which the
			// hot fix falls in no window.
			noFindings(t, text, window.MustParse(denverSpec), notice.Audience{Location: tt.loc}, tt.now)
		})
	}
}

// TestSendInstant checks that a notice is refused when its send instant
// contradicts it, and that a hot fix may be announced while it runs.
func TestSendInstant(t *testing.T) {
	den := load(t, "America/Denver")
	s := window.MustParse(denverSpec)
	w := windowOn(t, s, "2020-01-25")
	hot := func(sent time.Time, v notice.Variant) error {
		now := w.Start
		d := classify.Decision{
			Class: classify.HotFix, NoticeRequired: true, Deadline: now.Add(4 * time.Hour), Decided: now,
			Change: classify.Change{Threat: true, Downtime: time.Hour},
			Slots:  []classify.Slot{{Location: den, Window: window.Window{Start: now, End: now.Add(4 * time.Hour)}, Start: now}},
		}
		_, err := notice.FromDecision(d, "Prostar", sent, v)
		return err
	}
	// A hot fix a policy placed in a window: its work ends with the
	// window, long before its deadline.
	hotInWindow := func(sent time.Time, v notice.Variant) error {
		d := classify.Decision{
			Class: classify.HotFix, NoticeRequired: true, Deadline: w.Start.Add(24 * time.Hour), Decided: w.Start.Add(-time.Hour),
			Change: classify.Change{Threat: true, Downtime: time.Hour},
			Slots:  []classify.Slot{{Location: den, Schedule: s, Window: w, Start: w.Start, InWindow: true}},
		}
		_, err := notice.FromDecision(d, "Prostar", sent, v)
		return err
	}
	win := func(sent time.Time, v notice.Variant) error {
		_, err := notice.ForWindow(s, w, notice.Audience{}, "Prostar", sent, v)
		return err
	}
	tests := []struct {
		name    string
		call    func(time.Time, notice.Variant) error
		sent    time.Time
		v       notice.Variant
		wantErr string // "" for none
	}{
		{"announcement a second before", win, w.Start.Add(-time.Second), notice.Announcement, ""},
		{"announcement at the start", win, w.Start, notice.Announcement, "at or after the window starts"},
		{"announcement during", win, w.Start.Add(time.Hour), notice.Announcement, "at or after the window starts"},
		{"reminder at the start", win, w.Start, notice.Reminder, "at or after the window starts"},
		{"reminder after the end", win, w.End.Add(time.Hour), notice.Reminder, "at or after the window starts"},
		{"completed during", win, w.Start.Add(time.Hour), notice.Completed, "before the work ends"},
		{"completed before", win, w.Start.Add(-time.Hour), notice.Completed, "before the work ends"},
		{"completed at the end", win, w.End, notice.Completed, ""},
		{"hot fix announced as it starts", hot, w.Start, notice.Announcement, ""},
		{"hot fix announced while it runs", hot, w.Start.Add(time.Hour), notice.Announcement, ""},
		{"hot fix reminder after its deadline", hot, w.Start.Add(5 * time.Hour), notice.Reminder, "at or after the work ends"},
		{"hot fix completed while it runs", hot, w.Start.Add(time.Hour), notice.Completed, "before the work ends"},
		{"hot fix in a window announced while the window is open", hotInWindow, w.Start.Add(time.Hour), notice.Announcement, ""},
		{"hot fix in a window announced after the window, before the deadline", hotInWindow, w.End.Add(time.Hour), notice.Announcement, "at or after the work ends"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call(tt.sent, tt.v)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("error = %v, want none", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.HasPrefix(err.Error(), "notice: ")):
				t.Errorf("error = %v, want one saying %q", err, tt.wantErr)
			}
		})
	}
}

// hostileName holds every kind of character that must not reach a
// reader: CR LF (header and property injection), ESC (terminal control),
// NUL, a tab, and bidi overrides and isolates that reorder text.
const hostileName = "Acme\r\nX-INJECT:1\x1b[31m red\x00 \u202eevil\u202c \u2066iso\u2069\tend"

// TestHostileNames checks that names are made safe once, before any
// format sees them: no raw control character, no broken line, no bidi
// override, in every format.
func TestHostileNames(t *testing.T) {
	den := load(t, "America/Denver")
	s := window.MustParse(denverSpec)
	w := windowOn(t, s, "2020-01-25")
	sent := time.Date(2020, 1, 20, 9, 0, 0, 0, den)
	maint := classify.Decision{
		Class: classify.Maintenance, NoticeRequired: true,
		Change: classify.Change{Summary: hostileName, Downtime: time.Hour},
		Slots:  []classify.Slot{{Tenant: hostileName, Location: den, Schedule: s, Window: w, InWindow: true}},
	}
	fix := classify.Decision{
		Class: classify.HotFix, NoticeRequired: true, Deadline: sent.Add(4 * time.Hour), Decided: sent,
		Change: classify.Change{Summary: hostileName, Threat: true, ThreatReason: hostileName, Downtime: time.Hour},
		Slots:  []classify.Slot{{Tenant: hostileName, Location: den, Window: window.Window{Start: sent, End: sent.Add(4 * time.Hour)}, Start: sent}},
	}
	for _, d := range []classify.Decision{maint, fix} {
		ns, err := notice.FromDecision(d, hostileName, sent, notice.Announcement)
		if err != nil {
			t.Fatal(err)
		}
		n := ns[0]
		if want := "Acme X-INJECT:1[31m red evil iso end"; n.Organization != want || n.Tenant != want || n.Summary != want {
			t.Errorf("names = %q, %q, %q; want each %q", n.Organization, n.Tenant, n.Summary, want)
		}
		for _, f := range []notice.Format{notice.Text, notice.Markdown, notice.HTML, notice.ICalendar} {
			t.Run(d.Class.String()+"/"+f.String(), func(t *testing.T) {
				out := render(t, f, n)
				body := out
				if f == notice.ICalendar {
					// CRLF ends each content line; nothing else may.
					body = strings.ReplaceAll(out, "\r\n", "\n")
					for _, l := range strings.Split(body, "\n") {
						if strings.HasPrefix(l, "X-INJECT") {
							t.Errorf("injected property line %q", l)
						}
					}
					if _, err := readCalendar([]byte(out)); err != nil {
						t.Errorf("readCalendar: %v", err)
					}
				}
				for i, r := range body {
					if (unicode.IsControl(r) && r != '\n') || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) {
						t.Errorf("%v output holds %U at byte %d", f, r, i)
						break
					}
				}
			})
		}
	}
}

// TestFixedZoneCalendar writes a schedule in a fixed zone whose name holds
// a colon, "UTC+05:30", which is quoted in TZID and reads back exactly,
// in the test's own reader and in ical.js; a name no parameter value can
// hold is refused by window.New.
func TestFixedZoneCalendar(t *testing.T) {
	tests := []struct {
		name, zone string
		want       string // in the calendar
		absent     string
	}{
		{"colon", "UTC+05:30", `DTSTART;TZID="UTC+05:30":`, ""},
	}
	// A name no parameter value can hold never reaches a calendar: the
	// schedule is refused when it is built.
	if _, err := window.New(window.Spec{
		Rule:  window.Rule{Freq: window.Weekly, ByDay: []window.WeekdayN{{Weekday: time.Saturday}}},
		Start: civil.Clock{Hour: 22}, End: civil.Clock{Hour: 2},
		Location: time.FixedZone("evil\"\r\nX-INJECT:1", 3600), From: civil.Date{Year: 2026, Month: 1, Day: 1},
	}); err == nil {
		t.Error("window.New accepted a zone named with a quote and a line break")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := window.New(window.Spec{
				Rule:  window.Rule{Freq: window.Weekly, ByDay: []window.WeekdayN{{Weekday: time.Saturday}}},
				Start: civil.Clock{Hour: 22}, End: civil.Clock{Hour: 2},
				Location: time.FixedZone(tt.zone, 5*3600+1800), From: civil.Date{Year: 2026, Month: 1, Day: 1},
			})
			if err != nil {
				t.Fatal(err)
			}
			var ws []window.Window
			for w := range s.Windows(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)) {
				ws = append(ws, w)
			}
			ics, err := notice.Calendar(notice.Event{Summary: "Maintenance", Schedule: s, Windows: ws, Stamp: ws[0].Start})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(ics), tt.want) || (tt.absent != "" && strings.Contains(string(ics), tt.absent)) {
				t.Errorf("calendar lacks %q or has %q:\n%s", tt.want, tt.absent, ics)
			}
			got, err := readCalendar(ics)
			if err != nil {
				t.Fatalf("readCalendar: %v\n%s", err, ics)
			}
			if diff := cmp.Diff(instancesOf(ws), strs(got)); diff != "" {
				t.Errorf("calendar instances mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(instancesOf(ws), icaljs(t, ics, len(ws)+5)); diff != "" {
				t.Errorf("ical.js mismatch (-want +got):\n%s", diff)
			}
			// A notice in that zone renders in every format.
			n, err := notice.ForWindow(s, ws[1], notice.Audience{}, "Prostar", ws[0].End, notice.Announcement)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := readCalendar([]byte(render(t, notice.ICalendar, n))); err != nil {
				t.Errorf("notice calendar: %v", err)
			}
		})
	}
}

// TestCalendarOffset checks that a schedule whose rule dates are moved by
// an Offset, which no RRULE can say, is written as explicit instances.
func TestCalendarOffset(t *testing.T) {
	den := load(t, "America/Denver")
	s, err := window.New(window.Spec{
		Rule:  window.Rule{Freq: window.Monthly, ByDay: []window.WeekdayN{{N: 2, Weekday: time.Tuesday}}},
		Start: civil.Clock{Hour: 22}, End: civil.Clock{Hour: 2}, Location: den,
		From: civil.Date{Year: 2026, Month: 1, Day: 1}, Offset: 2,
	})
	if err != nil {
		t.Fatal(err)
	}
	var ws []window.Window
	for w := range s.Windows(time.Date(2026, 1, 1, 0, 0, 0, 0, den), time.Date(2027, 1, 1, 0, 0, 0, 0, den)) {
		ws = append(ws, w)
	}
	ics, err := notice.Calendar(notice.Event{Summary: "Maintenance", Schedule: s, Windows: ws, Stamp: ws[0].Start})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(ics), "RRULE") {
		t.Errorf("an Offset schedule is written with an RRULE:\n%s", ics)
	}
	if got := strings.Count(string(ics), "BEGIN:VEVENT"); got != len(ws) {
		t.Errorf("calendar has %d VEVENTs, want %d", got, len(ws))
	}
	got, err := readCalendar(ics)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(instancesOf(ws), strs(got)); diff != "" {
		t.Errorf("calendar instances mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(instancesOf(ws), icaljs(t, ics, len(ws)+5)); diff != "" {
		t.Errorf("ical.js mismatch (-want +got):\n%s", diff)
	}
	// Thursday, January 15th, 2026 is two days after the 2nd Tuesday.
	if !regexp.MustCompile(`DTSTART;TZID=America/Denver:20260115T220000`).Match(ics) {
		t.Errorf("calendar lacks the first window's start:\n%s", ics)
	}
}

// TestSkippedDates checks that the recurrence sentence names the dates of
// the next 12 months that the rule selects but the schedule skips, and
// that Check accepts the sentence.
func TestSkippedDates(t *testing.T) {
	den := load(t, "America/Denver")
	s := window.MustParse("last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25 except 2026-12-26")
	sent := time.Date(2026, 11, 23, 9, 0, 0, 0, den)
	n, err := notice.ForWindow(s, windowOn(t, s, "2026-11-28"), notice.Audience{}, "Prostar", sent, notice.Announcement)
	if err != nil {
		t.Fatal(err)
	}
	want := "This downtime is also scheduled for the same time on the last Saturday of each month. No window is scheduled on Saturday, December 26th, 2026."
	if n.Again != want {
		t.Errorf("Again = %q, want %q", n.Again, want)
	}
	noFindings(t, render(t, notice.Text, n), s, notice.Audience{}, sent)
}
