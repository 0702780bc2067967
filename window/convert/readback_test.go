package convert_test

import (
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/robfig/cron/v3"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/window"
	"github.com/prostar/maintenance/window/convert"
)

// readBackSpecs are the schedules whose systemd and cron settings are read
// back by the targets' own parsers, over two years that hold every kind
// of daylight saving night: a window across the fall-back (Denver,
// 2026-10-31 and 2027-10-30), an end in the skipped hour (Berlin,
// 2026-03-28), a start in the skipped hour (Denver 02:30 and Berlin
// 02:30) and a start in the repeated hour (Denver 01:30, Berlin 02:30).
var readBackSpecs = []string{
	"last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25",
	"every Saturday 22:00-02:00 America/Denver",
	"last Saturday of every month 22:00-02:00 Europe/Berlin",
	"every Sunday 01:00-05:00 Europe/Berlin",
	"every Saturday 22:00-02:00 Australia/Sydney",
	"every day 02:00-02:30 Asia/Kolkata",
	"2nd Tuesday of every month 09:00 for 3h UTC",
	"5th Sunday of every month 03:00-04:00 Europe/Berlin",
	"1st Monday of every month 23:30-00:30 America/Phoenix",
	"every day 02:30-04:00 America/Denver",
	"every day 01:30-03:00 America/Denver",
	"every day 02:30-04:00 Europe/Berlin",
	// Fixed zones from tzdata.ParseZone, written as IANA's Etc/GMT+7.
	"every Saturday 22:00-02:00 UTC-7",
	"last Saturday of every month 22:00-02:00 UTC+5",
	"2nd Tuesday of every month 23:00 for 3h UTC+14",
}

// expectedStarts is what a target that holds only a start does with s over
// two years from at, as its losses say: the schedule's window starts, less
// the days whose start clock is skipped, on which systemd and robfig/cron
// do not run; twice is whether the target runs at both times of a
// repeated start (robfig/cron does; systemd runs at the first).
func expectedStarts(s *window.Schedule, twice bool) (starts []time.Time, kinds int) {
	for w := range s.Windows(at, at.AddDate(2, 0, 0)) {
		if w.Start.Before(at) {
			continue
		}
		switch w.StartKind {
		case tzdata.Skipped:
			kinds++
			continue
		case tzdata.Repeated:
			kinds++
			starts = append(starts, w.Start.UTC())
			if twice {
				n := w.NominalStart
				r := tzdata.Read(n, w.Start.Location())
				starts = append(starts, r.Later.UTC())
			}
			continue
		}
		starts = append(starts, w.Start.UTC())
	}
	return starts, kinds
}

var elapse = regexp.MustCompile(`(?m)^\s*(?:Next elapse|Iter\. #\d+): \w{3} (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC$`)

// TestSystemdAnalyze reads every OnCalendar= line To writes with
// systemd-analyze calendar and compares the elapses with the schedule's
// window starts over two years.
func TestSystemdAnalyze(t *testing.T) {
	if _, err := exec.LookPath("systemd-analyze"); err != nil {
		t.Skip("systemd-analyze is not on this machine: install systemd to read the OnCalendar lines back")
	}
	dstStarts := 0
	for _, spec := range readBackSpecs {
		t.Run(spec, func(t *testing.T) {
			s := window.MustParse(spec)
			c, err := convert.To(s, convert.Systemd, at)
			if err != nil {
				t.Fatal(err)
			}
			want, kinds := expectedStarts(s, false)
			dstStarts += kinds
			expr := strings.TrimPrefix(c.Text, "OnCalendar=")
			cmd := exec.Command("systemd-analyze", "calendar", fmt.Sprintf("--iterations=%d", len(want)+1),
				fmt.Sprintf("--base-time=@%d", at.Unix()-1), expr)
			cmd.Env = append(os.Environ(), "TZ=UTC")
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("systemd-analyze calendar %q: %v\n%s", expr, err, out)
			}
			var got []time.Time
			for _, m := range elapse.FindAllStringSubmatch(string(out), -1) {
				u, err := time.Parse(time.DateTime, m[1])
				if err != nil {
					t.Fatal(err)
				}
				if u.Before(at.AddDate(2, 0, 0)) {
					got = append(got, u)
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("systemd-analyze calendar %q mismatch (-want +got):\n%s", expr, diff)
			}
		})
	}
	if dstStarts == 0 {
		t.Error("no schedule has a skipped or repeated start: the test no longer checks what systemd does then")
	}
}

// TestRobfigCron reads every crontab line To writes with robfig/cron and
// runs the test before its command in bash with GNU date at each time cron
// fires; the times that pass must be the schedule's window starts over two
// years.
func TestRobfigCron(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is not on this machine: the tests in the crontab lines cannot run")
	}
	if out, err := exec.Command("date", "-d", "2026-01-31 22:00:00 7days", "+%F").Output(); err != nil || string(out) != "2026-02-07\n" {
		t.Skip("date is not GNU date: the tests in the crontab lines, written for GNU date, cannot run")
	}
	parser := cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow)
	guarded := 0
	for _, spec := range readBackSpecs {
		t.Run(spec, func(t *testing.T) {
			s := window.MustParse(spec)
			c, err := convert.To(s, convert.Cron, at)
			if err != nil {
				t.Fatal(err)
			}
			zoneLine, job, _ := strings.Cut(c.Text, "\n")
			fields := strings.Fields(job)
			sched, err := parser.Parse(zoneLine + " " + strings.Join(fields[:5], " "))
			if err != nil {
				t.Fatalf("robfig/cron cannot parse %q: %v", c.Text, err)
			}
			loc := s.Spec().Location
			var fires []time.Time
			for u := sched.Next(at.Add(-time.Second)); u.Before(at.AddDate(2, 0, 0)); u = sched.Next(u) {
				fires = append(fires, u)
			}
			command := strings.Join(fields[5:], " ")
			if guard, ok := strings.CutSuffix(command, " && COMMAND"); ok {
				guarded++
				fires = runGuard(t, bash, strings.ReplaceAll(guard, `\%`, "%"), fires, loc)
			} else if command != "COMMAND" {
				t.Fatalf("unexpected command %q", command)
			}
			var got []time.Time
			for _, u := range fires {
				got = append(got, u.UTC())
			}
			want, _ := expectedStarts(s, true)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("crontab %q mismatch (-want +got):\n%s", c.Text, diff)
			}
		})
	}
	if guarded == 0 {
		t.Error("no crontab line has a test: the OR of day of month and day of week is not checked")
	}
}

// TestKuredZone loads every --time-zone value To writes for kured as kured
// does (pkg/timewindow calls time.LoadLocation) and checks that the zone
// keeps the schedule's offsets over two years.
func TestKuredZone(t *testing.T) {
	if _, err := time.LoadLocation("America/Denver"); err != nil {
		t.Skipf("the system's zone files are missing: %v", err)
	}
	for _, spec := range append(readBackSpecs, "every day 09:00-17:00 UTC") {
		t.Run(spec, func(t *testing.T) {
			s := window.MustParse(spec)
			c, err := convert.To(s, convert.Kured, at)
			if err != nil {
				t.Fatal(err)
			}
			_, zone, ok := strings.Cut(c.Text, "--time-zone=")
			if !ok {
				t.Fatalf("%q has no --time-zone", c.Text)
			}
			loc, err := time.LoadLocation(zone)
			if err != nil {
				t.Fatalf("time.LoadLocation(%q): %v", zone, err)
			}
			for u := at; u.Before(at.AddDate(2, 0, 0)); u = u.Add(24 * time.Hour) {
				_, want := u.In(s.Spec().Location).Zone()
				if _, got := u.In(loc).Zone(); got != want {
					t.Fatalf("at %s %s has offset %d, the schedule's zone %d", u, zone, got, want)
				}
			}
		})
	}
}

// runGuard runs guard in bash once for each fire time, with date reading
// that time as now, and returns the times it passes.
func runGuard(t *testing.T, bash, guard string, fires []time.Time, loc *time.Location) []time.Time {
	t.Helper()
	var script strings.Builder
	script.WriteString(`date() { if [ "$1" = -d ]; then local rel=${2#+}; shift 2; command date -d "$NOW $rel" "$@"; else command date -d "$NOW" "$@"; fi; }` + "\n")
	for _, u := range fires {
		fmt.Fprintf(&script, "NOW=%q; if %s; then echo 1; else echo 0; fi\n", u.In(loc).Format(time.DateTime), guard)
	}
	out, err := exec.Command(bash, "-c", script.String()).CombinedOutput()
	if err != nil {
		t.Fatalf("bash: %v\n%s", err, out)
	}
	results := strings.Fields(string(out))
	if len(results) != len(fires) {
		t.Fatalf("bash printed %d results for %d fire times:\n%s", len(results), len(fires), out)
	}
	var pass []time.Time
	for i, r := range results {
		if r == "1" {
			pass = append(pass, fires[i])
		}
	}
	return pass
}
