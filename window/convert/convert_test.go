package convert_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/window"
	"github.com/prostar/maintenance/window/convert"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/to")

// at is the instant every test's "next 12 months" start at.
var at = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

var formats = []convert.Format{convert.Human, convert.RFC5545, convert.Systemd, convert.Cron,
	convert.RDS, convert.ElastiCache, convert.Azure, convert.GKE, convert.Kured}

// policies are the schedules the golden files convert, by file name.
var policies = []struct{ name, spec string }{
	{"seed", "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25"},
	{"denver-weekly", "every Saturday 22:00-02:00 America/Denver"},
	{"berlin-sunday", "every Sunday 01:00-05:00 Europe/Berlin"},
	{"berlin-last-saturday", "last Saturday of every month 22:00-02:00 Europe/Berlin"},
	{"sydney-weekly", "every Saturday 22:00-02:00 Australia/Sydney"},
	{"kolkata-daily", "every day 02:00-02:30 Asia/Kolkata until 2027-12-31"},
	{"utc-patch-tuesday", "2nd Tuesday of every month 09:00 for 3h UTC"},
	{"berlin-two-days", "every Monday, Thursday 22:00-02:00 Europe/Berlin from 2026-03-01 except 2026-12-28 also 2026-12-23 22:00"},
	{"denver-skipped-start", "every day 02:30-04:00 America/Denver"},
}

// render is what examples/convert prints for a conversion.
func render(c convert.Config, err error) string {
	if err != nil {
		return "error: " + err.Error() + "\n"
	}
	var b strings.Builder
	b.WriteString(c.Text + "\n")
	for _, l := range c.Losses {
		b.WriteString("! " + l + "\n")
	}
	return b.String()
}

// TestToGolden converts every policy to every format and compares the
// result with testdata/to/NAME.FORMAT, which -update rewrites for review.
func TestToGolden(t *testing.T) {
	for _, p := range policies {
		s := window.MustParse(p.spec)
		for _, f := range formats {
			t.Run(p.name+"/"+f.String(), func(t *testing.T) {
				got := render(convert.To(s, f, at))
				path := filepath.Join("testdata", "to", p.name+"."+f.String())
				if *update {
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test -update)", err)
				}
				if diff := cmp.Diff(string(want), got); diff != "" {
					t.Errorf("To(%q, %v) mismatch (-want +got):\n%s", p.spec, f, diff)
				}
			})
		}
	}
}

// TestToFacts pins the facts the golden files hold that the issue names,
// so that an -update cannot quietly lose them.
func TestToFacts(t *testing.T) {
	tests := []struct {
		spec     string
		f        convert.Format
		text     string
		contains []string
	}{
		{"last Saturday of every month 22:00-02:00 America/Denver", convert.RDS, "sun:05:00-sun:08:00",
			[]string{"RDS cannot say monthly", "3 hours of the policy's 4 hours", "sun:04:00-sun:08:00 for the windows of 2026-03-28 to 2026-10-31"}},
		{"every Saturday 22:00-02:00 America/Denver", convert.ElastiCache, "sun:05:00-sun:08:00",
			[]string{"from 2026-03-14 to 2026-10-24 (33 windows): ElastiCache's window opens 1 hour after the policy's and closes with it"}},
		{"last Saturday of every month 22:00-02:00 America/Denver", convert.Systemd, "OnCalendar=Sat *-*~07/1 22:00 America/Denver",
			[]string{"no end", "on 2026-10-31 the clocks change during the window: it lasts 5 hours, not 4 hours"}},
		{"last Saturday of every month 22:00-02:00 America/Denver", convert.Cron,
			"CRON_TZ=America/Denver\n0 22 * * 6 [ \"$(TZ=America/Denver date -d +7days +\\%m)\" != \"$(TZ=America/Denver date +\\%m)\" ] && COMMAND",
			[]string{`cron cannot say "last Saturday"`, "no end"}},
		{"2nd Tuesday of every month 09:00 for 3h UTC", convert.Cron,
			"CRON_TZ=UTC\n0 9 8-14 * * [ \"$(TZ=UTC date +\\%u)\" = 2 ] && COMMAND",
			[]string{"cron ORs day of month and day of week"}},
		{"last Saturday of every month 22:00-02:00 America/Denver", convert.Kured,
			"--reboot-days=sat --start-time=22:00 --end-time=23:59 --time-zone=America/Denver",
			[]string{"kured cannot say monthly", "2 hours 1 minute before the policy's end"}},
		{"last Saturday of every month 22:00-02:00 America/Denver", convert.GKE, "",
			[]string{"GKE refuses the setting", "on 2026-10-31: GKE's window opens 1 hour after the policy's and closes 1 hour before it"}},
		{"last Saturday of every month 22:00-02:00 America/Denver", convert.GKE, "",
			[]string{`"recurrence": "FREQ=MONTHLY;BYDAY=SU;BYMONTHDAY=1,-6,-5,-4,-3,-2,-1"`}},
		{"last Saturday of every month 22:00-02:00 America/Denver", convert.Azure, "",
			[]string{"Azure's lasts 4 hours and closes at 01:00 MST, the policy's lasts 5 hours"}}, {"last Saturday of every month 22:00 for 3 weeks America/Denver", convert.Systemd, "OnCalendar=Sat *-*~07/1 22:00 America/Denver",
			[]string{"the job must stop itself by 22:00 21 days later", "it lasts 505 hours, not 504 hours"}},
	}
	for _, tt := range tests {
		t.Run(tt.spec+"/"+tt.f.String(), func(t *testing.T) {
			c, err := convert.To(window.MustParse(tt.spec), tt.f, at)
			if err != nil {
				t.Fatal(err)
			}
			if tt.f == convert.GKE {
				c.Losses = append(c.Losses, c.Text)
			}
			if tt.text != "" && c.Text != tt.text {
				t.Errorf("To().Text = %q, want %q", c.Text, tt.text)
			}
			all := strings.Join(c.Losses, "\n")
			for _, want := range tt.contains {
				if !strings.Contains(all, want) {
					t.Errorf("losses lack %q; they are:\n%s", want, all)
				}
			}
		})
	}
}

func TestToErrors(t *testing.T) {
	tests := []struct {
		spec string
		f    convert.Format
		want string
	}{
		{"DTSTART;TZID=UTC:20260101T090000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=TH", convert.Cron, "cron cannot say an interval"},
		{"DTSTART;TZID=UTC:20260101T090000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=TH", convert.Systemd, "systemd cannot say an interval"},
		{"DTSTART;TZID=UTC:20260101T090000\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYMONTHDAY=1;BYMONTH=1", convert.Kured, "kured cannot say this rule"},
		{"5th Friday of every month 09:00 for 1h UTC", convert.Azure, "Azure cannot say the 5th weekday"},
		{"every Saturday 22:00-02:00 UTC until 2025-06-01", convert.RDS, "no window in the 12 months"},
		{"2nd last Friday of every month 02:00-03:00 UTC", convert.Systemd, "systemd cannot say the 2nd last weekday of a month"},
		{"3rd last Friday of every month 02:00-03:00 UTC", convert.Azure, "Azure cannot say the 3rd last weekday"},
		{"every Saturday 22:00-02:00 UTC+5:45", convert.Systemd, "systemd cannot name the fixed offset UTC+5:45"},
		{"every Saturday 22:00-02:00 UTC+5:45", convert.Cron, "cron cannot name the fixed offset UTC+5:45"},
		{"every Saturday 22:00-02:00 UTC-3:30", convert.Kured, "kured cannot name the fixed offset UTC-3:30"},
		{"every Saturday 22:00-02:00 UTC+5:30", convert.Azure, "Azure cannot name the fixed offset UTC+5:30"},
	}
	for _, tt := range tests {
		t.Run(tt.f.String()+"/"+tt.spec, func(t *testing.T) {
			_, err := convert.To(window.MustParse(tt.spec), tt.f, at)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("To(%q, %v) error = %v, want one containing %q", tt.spec, tt.f, err, tt.want)
			}
		})
	}
	if _, err := convert.To(nil, convert.Cron, at); err == nil {
		t.Error("To(nil) succeeded")
	}
	if _, err := convert.To(window.MustParse("every day 02:00-03:00 UTC"), 0, at); err == nil {
		t.Error("To(Format(0)) succeeded")
	}
}

// fromCases are settings and what From reads them as; the fuzz targets
// start from them.
var fromCases = []struct {
	f     convert.Format
	expr  string
	opt   convert.Options
	want  string
	notes []string
}{
	{convert.Systemd, "OnCalendar=Sat *-*~07/1 22:00 America/Denver", convert.Options{Length: 4 * time.Hour},
		"last Saturday of every month 22:00 for 4h America/Denver", nil},
	{convert.Systemd, "Tue *-*-08..14 09:00:00 UTC", convert.Options{Length: 3 * time.Hour},
		"2nd Tuesday of every month 09:00 for 3h UTC", nil},
	{convert.Systemd, "Mon..Fri 02:00", convert.Options{Length: time.Hour, Zone: mustLoad("Europe/Berlin")},
		"every weekday 02:00 for 1h Europe/Berlin", nil},
	{convert.Systemd, "daily", convert.Options{},
		"every day 00:00 for 1h UTC", []string{"names no zone", "1 hour"}},
	{convert.Cron, "CRON_TZ=America/Denver\n0 22 * * 6 [ \"$(TZ=America/Denver date -d +7days +\\%m)\" != \"$(TZ=America/Denver date +\\%m)\" ] && /usr/local/bin/patch", convert.Options{Length: 4 * time.Hour},
		"last Saturday of every month 22:00 for 4h America/Denver", nil},
	{convert.Cron, "CRON_TZ=UTC 0 9 8-14 * * [ \"$(TZ=UTC date +%u)\" = 2 ] && run", convert.Options{Length: 3 * time.Hour},
		"2nd Tuesday of every month 09:00 for 3h UTC", nil},
	{convert.Cron, "30 2 * * 1,4 backup", convert.Options{Zone: mustLoad("Asia/Kolkata")},
		"every Monday, Thursday 02:30 for 1h Asia/Kolkata", []string{"1 hour"}},
	{convert.Cron, "@weekly job", convert.Options{Length: 2 * time.Hour},
		"every Sunday 00:00 for 2h UTC", []string{"names no zone"}},
	{convert.RDS, "sun:05:00-sun:08:00", convert.Options{}, "every Sunday 05:00-08:00 UTC", nil},
	{convert.ElastiCache, "Sat:23:30-sun:00:00", convert.Options{}, "every Saturday 23:30-00:00 UTC", []string{"ElastiCache refuses windows shorter than 1 hour"}},
	{convert.GKE, `{"window":{"startTime":"2026-01-04T05:00:00Z","endTime":"2026-01-04T08:00:00Z"},"recurrence":"FREQ=WEEKLY;BYDAY=SU"}`, convert.Options{},
		"every Sunday 05:00-08:00 UTC from 2026-01-04", []string{"GKE keeps UTC"}},
	{convert.GKE, `{"recurringWindow":{"window":{"startTime":"2026-01-25T05:00:00Z","endTime":"2026-01-25T08:00:00Z"},"recurrence":"FREQ=MONTHLY;BYDAY=-1SU"}}`, convert.Options{},
		"last Sunday of every month 05:00-08:00 UTC from 2026-01-25", nil},
	{convert.Azure, `{"startDateTime":"2026-01-31 22:00","duration":"04:00","timeZone":"Mountain Standard Time","recurEvery":"Month Last Saturday"}`, convert.Options{},
		"last Saturday of every month 22:00 for 4h America/Denver from 2026-01-31", []string{`"Mountain Standard Time" is America/Denver`}},
	{convert.Azure, `{"maintenanceWindow":{"startDateTime":"2026-01-15 23:00","expirationDateTime":"2026-12-31 23:59","duration":"03:55","timeZone":"W. Europe Standard Time","recurEvery":"Month Second Tuesday Offset2"}}`, convert.Options{},
		"", nil},
	{convert.Azure, `{"startDateTime":"2026-01-03 01:00","duration":"02:00","timeZone":"UTC","recurEvery":"Week Saturday,Sunday"}`, convert.Options{},
		"every weekend 01:00 for 2h Etc/UTC from 2026-01-03", nil},
	{convert.Kured, "--reboot-days=sat --start-time=22:00 --end-time=02:00 --time-zone=America/Denver", convert.Options{},
		"every Saturday 22:00-02:00 America/Denver", []string{"never reboots"}},
	{convert.Kured, "--period=1h --reboot-days sat,sun --start-time 1am --end-time 5am", convert.Options{},
		"every weekend 01:00-05:00 UTC", []string{"--period=1h is not about the window", "kured's default is UTC"}},
	{convert.Human, "every Sunday 01:00-05:00 Europe/Berlin", convert.Options{}, "every Sunday 01:00-05:00 Europe/Berlin", nil},
	{convert.Cron, "CRON_TZ=UTC-7\n0 22 * * 6 job", convert.Options{Length: 4 * time.Hour},
		"every Saturday 22:00 for 4h UTC-7", nil},
	{convert.Cron, "CRON_TZ=Etc/GMT+7\n0 22 * * 6 job", convert.Options{Length: 4 * time.Hour},
		"every Saturday 22:00 for 4h UTC-7", []string{"Etc/GMT+7 is UTC-7 (IANA's sign is inverted): read as the fixed offset UTC-7"}},
	{convert.Systemd, "Sat 22:00 Etc/GMT-5", convert.Options{Length: time.Hour},
		"every Saturday 22:00 for 1h UTC+5", []string{"Etc/GMT-5 is UTC+5"}},
	{convert.Kured, "--reboot-days=sat --start-time=22:00 --end-time=23:00 --time-zone=Etc/GMT-14", convert.Options{},
		"every Saturday 22:00-23:00 UTC+14", []string{"Etc/GMT-14 is UTC+14"}},
	{convert.Azure, `{"startDateTime":"2026-01-03 01:00","duration":"02:00","timeZone":"UTC-11","recurEvery":"Week Saturday"}`, convert.Options{},
		"every Saturday 01:00 for 2h UTC-11 from 2026-01-03", nil},
}

func mustLoad(name string) *time.Location {
	loc, err := tzdata.Load(name)
	if err != nil {
		panic(err)
	}
	return loc
}

func TestFrom(t *testing.T) {
	for _, tt := range fromCases {
		t.Run(tt.f.String()+"/"+tt.expr, func(t *testing.T) {
			r, err := convert.From(tt.f, tt.expr, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want != "" && r.Schedule.String() != tt.want {
				t.Errorf("From() = %q, want %q", r.Schedule, tt.want)
			}
			all := strings.Join(r.Notes, "\n")
			for _, n := range tt.notes {
				if !strings.Contains(all, n) {
					t.Errorf("notes lack %q; they are:\n%s", n, all)
				}
			}
		})
	}
}

// TestFromAzureOffset checks Azure's Offset: two days after the second
// Tuesday, in Berlin, until the expiration date.
func TestFromAzureOffset(t *testing.T) {
	r, err := convert.From(convert.Azure, fromCases[13].expr, convert.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for w := range r.Schedule.Windows(at, at.AddDate(2, 0, 0)) {
		got = append(got, w.Start.Format("2006-01-02 Mon 15:04 MST")+" "+w.Duration().String())
	}
	if len(got) != 12 || got[0] != "2026-01-15 Thu 23:00 CET 3h55m0s" || got[11] != "2026-12-10 Thu 23:00 CET 3h55m0s" {
		t.Errorf("windows = %q, want the 12 Thursdays after the second Tuesdays of 2026", got)
	}
}

func TestFromErrors(t *testing.T) {
	tests := []struct {
		f    convert.Format
		expr string
		want string
	}{
		{convert.Systemd, "Sat *-*~07/1 22:00 America/Denvr", `zone "America/Denvr"`},
		{convert.Systemd, "Sat 2026-*-* 22:00 UTC", `date "2026-*-*"`},
		{convert.Systemd, "Sat *-*-03..09 22:00 UTC", `weekdays with day "03..09"`},
		{convert.Systemd, "*-*-* *:00 UTC", `time "*:00"`},
		{convert.Systemd, "hourly", `"hourly"`},
		{convert.Cron, "0 22 25-31 * 6 job", `day of month "25-31" and day of week "6" are both set`},
		{convert.Cron, "*/5 22 * * * job", `minute "*/5"`},
		{convert.Cron, "0 22 * 1 * job", `month "1"`},
		{convert.Cron, "0 22 * *", "want five fields"},
		{convert.Cron, "CRON_TZ=Mars/Olympus\n0 22 * * 6 job", "CRON_TZ=Mars/Olympus"},
		{convert.Cron, "CRON_TZ=MST\n0 22 * * 6 job", `CRON_TZ=MST: tzdata: "MST" is a legacy IANA name`},
		{convert.Cron, "TZ=CEST 0 22 * * 6 job", `"CEST" is a time zone abbreviation`},
		{convert.Systemd, "Sat 22:00 EST5EDT", `"EST5EDT" is a legacy IANA name`},
		{convert.Kured, "--time-zone=MST", `--time-zone: tzdata: "MST" is a legacy IANA name`},
		{convert.Kured, "--time-zone=Etc/GMT+13", `unknown zone "Etc/GMT+13"`},
		{convert.RDS, "sun:05:00", "want ddd:hh24:mi-ddd:hh24:mi"},
		{convert.RDS, "sux:05:00-sun:08:00", `start "sux:05:00"`},
		{convert.RDS, "sun:05:00-sun:24:00", `end "sun:24:00"`},
		{convert.RDS, "sun:05:00-mon:08:00", "at most 24 hours"},
		{convert.GKE, `{"window":{"startTime":"2026-01-04 05:00","endTime":"2026-01-04T08:00:00Z"},"recurrence":"FREQ=WEEKLY;BYDAY=SU"}`, "window.startTime"},
		{convert.GKE, `{"window":{"startTime":"2026-01-04T05:00:00Z","endTime":"2026-01-04T08:00:00Z"},"recurrence":"FREQ=HOURLY"}`, "FREQ=HOURLY"},
		{convert.GKE, `{"window":{},"recurrence":"FREQ=WEEKLY","extra":1}`, `unknown field "extra"`},
		{convert.Azure, `{"startDateTime":"2026-01-31 22:00","duration":"04:00","timeZone":"Mountain Time","recurEvery":"Month Last Saturday"}`, `timeZone "Mountain Time"`},
		{convert.Azure, `{"startDateTime":"2026-01-31 22:00","duration":"04:00","timeZone":"UTC","recurEvery":"Month Fifth Saturday"}`, `week "Fifth"`},
		{convert.Azure, `{"startDateTime":"2026-01-31 22:00","duration":"04:00","timeZone":"UTC","recurEvery":"Month Last Saturday Offset9"}`, `offset "Offset9"`},
		{convert.Azure, `{"startDateTime":"2026-01-31 22:00","duration":"4h","timeZone":"UTC","recurEvery":"Day"}`, `duration "4h"`},
		{convert.Azure, `{"startDateTime":"2026-01-31 22:00","duration":"04:00","timeZone":"UTC","recurEvery":"Fortnight"}`, `recurEvery "Fortnight"`},
		{convert.Kured, "--reboot-days=sat,caturday", `unknown day "caturday"`},
		{convert.Kured, "--start-time=25:00", `--start-time "25:00"`},
		{convert.Kured, "sat", `"sat": want --name=value`},
		{convert.Human, "every Fribday 22:00-02:00 UTC", `Fribday`},
		{convert.Format(0), "x", "unknown format"},
	}
	for _, tt := range tests {
		t.Run(tt.f.String()+"/"+tt.expr, func(t *testing.T) {
			_, err := convert.From(tt.f, tt.expr, convert.Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("From(%v, %q) error = %v, want one containing %q", tt.f, tt.expr, err, tt.want)
			}
		})
	}
}

// TestRoundTrip reads back what To wrote, for schedules each target holds
// exactly, and checks that the schedule comes back.
func TestRoundTrip(t *testing.T) {
	tests := []struct {
		f    convert.Format
		spec string
		opt  convert.Options
	}{
		{convert.Human, "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25", convert.Options{}},
		{convert.RFC5545, "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25 except 2026-12-26", convert.Options{}},
		{convert.Systemd, "last Saturday of every month 22:00 for 4h America/Denver", convert.Options{Length: 4 * time.Hour}},
		{convert.Systemd, "3rd Wednesday of every month 01:15 for 45m Asia/Kolkata", convert.Options{Length: 45 * time.Minute}},
		{convert.Systemd, "every Monday, Thursday 02:00 for 1h Europe/Berlin", convert.Options{Length: time.Hour}},
		{convert.Systemd, "every day 23:00 for 2h Australia/Sydney", convert.Options{Length: 2 * time.Hour}},
		{convert.Cron, "last Saturday of every month 22:00 for 4h America/Denver", convert.Options{Length: 4 * time.Hour}},
		{convert.Cron, "5th Sunday of every month 03:00 for 1h Europe/Berlin", convert.Options{Length: time.Hour}},
		{convert.Cron, "every Monday, Thursday 02:00 for 1h Europe/Berlin", convert.Options{Length: time.Hour}},
		{convert.Cron, "every day 23:00 for 2h UTC", convert.Options{Length: 2 * time.Hour}},
		{convert.RDS, "every Sunday 05:00-08:00 UTC", convert.Options{}},
		{convert.ElastiCache, "every Saturday 23:00-01:00 UTC", convert.Options{}},
		{convert.Kured, "every Saturday 01:00-05:00 America/Denver", convert.Options{}},
		{convert.Kured, "every day 09:00-17:00 Asia/Kolkata", convert.Options{}},
		{convert.Systemd, "last Saturday of every month 22:00 for 4h UTC-7", convert.Options{Length: 4 * time.Hour}},
		{convert.Cron, "2nd Tuesday of every month 09:00 for 3h UTC+5", convert.Options{Length: 3 * time.Hour}},
		{convert.Kured, "every Saturday 01:00-05:00 UTC+14", convert.Options{}},
		{convert.Azure, "every Monday, Thursday 23:00 for 2h UTC-11", convert.Options{}},
		// Azure and GKE settings carry their first date, the first window
		// after at, so their windows are compared from there.
		{convert.Azure, "last Saturday of every month 22:00 for 4h America/Denver", convert.Options{}},
		{convert.Azure, "2nd Tuesday of every month 09:00 for 3h Europe/Berlin until 2027-06-30", convert.Options{}},
		{convert.Azure, "every Monday, Thursday 23:00 for 2h30m Australia/Sydney", convert.Options{}},
		{convert.GKE, "every Sunday 05:00-08:00 UTC", convert.Options{}},
		{convert.GKE, "last Sunday of every month 01:00-06:00 UTC", convert.Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.f.String()+"/"+tt.spec, func(t *testing.T) {
			s := window.MustParse(tt.spec)
			c, err := convert.To(s, tt.f, at)
			if err != nil {
				t.Fatal(err)
			}
			r, err := convert.From(tt.f, c.Text, tt.opt)
			if err != nil {
				t.Fatalf("From(%q): %v", c.Text, err)
			}
			if tt.f == convert.Azure || tt.f == convert.GKE {
				var want, got []string
				for w := range s.Windows(at, at.AddDate(2, 0, 0)) {
					want = append(want, w.Start.String()+" "+w.End.String())
				}
				for w := range r.Schedule.Windows(at, at.AddDate(2, 0, 0)) {
					got = append(got, w.Start.String()+" "+w.End.String())
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("From(To(%q)) = %q, windows mismatch (-want +got):\n%s", s, r.Schedule, diff)
				}
				return
			}
			if got := r.Schedule.String(); got != s.String() {
				t.Errorf("From(To(%q)) = %q", s, got)
			}
		})
	}
}

func TestCompare(t *testing.T) {
	policy := window.MustParse("last Saturday of every month 22:00-02:00 America/Denver")
	tests := []struct {
		target string
		want   []string
	}{
		{"last Saturday of every month 22:00-02:00 America/Denver", nil},
		{"every Saturday 23:00-01:00 America/Denver", []string{
			"2026-01-03 2h0m0s outside", "2026-01-10 2h0m0s outside", "2026-01-17 2h0m0s outside", "2026-01-24 2h0m0s outside",
			"2026-02-07 2h0m0s outside", "2026-02-14 2h0m0s outside", "2026-02-21 2h0m0s outside"}},
		{"every Sunday 05:00-09:00 UTC", []string{
			"2026-01-04 4h0m0s outside", "2026-01-11 4h0m0s outside", "2026-01-18 4h0m0s outside", "2026-01-25 4h0m0s outside",
			"2026-02-08 4h0m0s outside", "2026-02-15 4h0m0s outside", "2026-02-22 4h0m0s outside"}},
		{"last Saturday of every month 21:00-01:00 America/Denver", []string{"2026-01-31 1h0m0s outside"}},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			var got []string
			for _, m := range convert.Compare(policy, window.MustParse(tt.target), at, at.AddDate(0, 2, 0)) {
				got = append(got, fmt.Sprintf("%s %v outside", m.Window.Date, m.Outside))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Compare() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	for _, f := range formats {
		g, err := convert.ParseFormat(f.String())
		if err != nil || g != f {
			t.Errorf("ParseFormat(%q) = %v, %v", f, g, err)
		}
	}
	var g convert.Format
	if b, err := convert.GKE.MarshalText(); err != nil || g.UnmarshalText(b) != nil || g != convert.GKE {
		t.Errorf("GKE text round trip = %v, %v (%q)", g, err, b)
	}
	if _, err := convert.Format(0).MarshalText(); err == nil {
		t.Error("Format(0).MarshalText succeeded")
	}
	if err := g.UnmarshalText([]byte("gcp")); err == nil {
		t.Error(`UnmarshalText("gcp") succeeded`)
	}
	if got := convert.Format(42).String(); got != "Format(42)" {
		t.Errorf("Format(42).String() = %q", got)
	}
	if _, err := convert.ParseFormat("crontab"); err == nil || !strings.Contains(err.Error(), `"crontab"`) {
		t.Errorf("ParseFormat(crontab) error = %v", err)
	}
}
