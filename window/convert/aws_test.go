package convert_test

import (
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
	"github.com/prostar/maintenance/window/convert"
)

// TestAWSZoneinfo compares the RDS and ElastiCache settings and their
// drift with testdata/drift.csv, which Python's zoneinfo computed from the
// same embedded database with code that shares nothing with this package.
// Regenerate it from the repository root with
//
//	python3 window/convert/testdata/drift_gen.py > window/convert/testdata/drift.csv
func TestAWSZoneinfo(t *testing.T) {
	f, err := os.Open("testdata/drift.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	type key struct{ spec, format string }
	settings := map[key]string{}
	drifts := map[key][]string{}
	var order []key
	for _, r := range rows[1:] {
		k := key{r[0], r[1]}
		if r[3] == "setting" {
			settings[k] = r[2]
			order = append(order, k)
			continue
		}
		ds, err1 := strconv.Atoi(r[4])
		de, err2 := strconv.Atoi(r[5])
		if err1 != nil || err2 != nil {
			t.Fatalf("bad row %q", r)
		}
		drifts[k] = append(drifts[k], fmt.Sprintf("%s %+dm %+dm", r[3], ds, de))
	}
	if len(order) < 12 {
		t.Fatalf("drift.csv has %d policies and formats, want 12", len(order))
	}
	zones := map[string]bool{}
	for _, k := range order {
		t.Run(k.spec+"/"+k.format, func(t *testing.T) {
			s := window.MustParse(k.spec)
			zones[s.Spec().Location.String()] = true
			f, err := convert.ParseFormat(k.format)
			if err != nil {
				t.Fatal(err)
			}
			c, err := convert.To(s, f, at)
			if err != nil {
				t.Fatal(err)
			}
			if c.Text != settings[k] {
				t.Errorf("To() = %q, zoneinfo says %q", c.Text, settings[k])
			}
			var got []string
			for _, d := range c.Drift {
				got = append(got, fmt.Sprintf("%s %+dm %+dm", d.Date, int(d.Start/time.Minute), int(d.End/time.Minute)))
			}
			if diff := cmp.Diff(drifts[k], got); diff != "" {
				t.Errorf("drift mismatch (-zoneinfo +got):\n%s", diff)
			}
		})
	}
	for _, z := range []string{"America/Denver", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata"} {
		if !zones[z] {
			t.Errorf("drift.csv has no policy in %s", z)
		}
	}
}

// TestAWSInside reads each RDS and ElastiCache setting back and checks that
// it lies inside the policy's window in every week of the next 12 months
// (weekly policies), or that every policy window holds one of its windows
// (monthly policies, where the weeks between are a stated loss).
func TestAWSInside(t *testing.T) {
	specs := []string{
		"every Saturday 22:00-02:00 America/Denver",
		"every Sunday 01:00-05:00 Europe/Berlin",
		"every Saturday 22:00-02:00 Australia/Sydney",
		"every Sunday 02:00-04:00 Asia/Kolkata",
		"every Wednesday 00:30-03:00 Australia/Sydney",
		"last Saturday of every month 22:00-02:00 America/Denver",
		"last Saturday of every month 22:00-02:00 Europe/Berlin",
		"1st Sunday of every month 02:00-06:00 Australia/Sydney",
		"last Friday of every month 23:00-01:00 Asia/Kolkata",
	}
	end := at.AddDate(1, 0, 0)
	for _, spec := range specs {
		for _, f := range []convert.Format{convert.RDS, convert.ElastiCache} {
			t.Run(spec+"/"+f.String(), func(t *testing.T) {
				policy := window.MustParse(spec)
				c, err := convert.To(policy, f, at)
				if err != nil {
					t.Fatal(err)
				}
				r, err := convert.From(f, c.Text, convert.Options{})
				if err != nil {
					t.Fatal(err)
				}
				weeks := 0
				if policy.Spec().Rule.Freq == window.Weekly {
					for range r.Schedule.Windows(at, end) {
						weeks++
					}
					for _, m := range convert.Compare(policy, r.Schedule, at, end) {
						t.Errorf("%s: the %s window of %s is %v outside the policy", c.Text, f, m.Window.Start, m.Outside)
					}
				} else {
					for pw := range policy.Windows(at, end) {
						weeks++
						inside := false
						for tw := range r.Schedule.Windows(pw.Start, pw.End) {
							inside = inside || !tw.Start.Before(pw.Start) && !tw.End.After(pw.End)
						}
						if !inside {
							t.Errorf("%s: no window inside the policy's of %s", c.Text, pw.Date)
						}
					}
				}
				if weeks < 12 {
					t.Errorf("only %d windows checked", weeks)
				}
			})
		}
	}
}

// TestGKEReadBack reads each GKE setting back and writes it again: the
// setting is what GKE does, so From then To gives the same JSON, and the
// windows read back are the ones whose drift To reported.
func TestGKEReadBack(t *testing.T) {
	for _, p := range policies {
		t.Run(p.name, func(t *testing.T) {
			policy := window.MustParse(p.spec)
			c, err := convert.To(policy, convert.GKE, at)
			if err != nil {
				t.Fatal(err)
			}
			r, err := convert.From(convert.GKE, c.Text, convert.Options{})
			if err != nil {
				t.Fatalf("From(%s): %v", c.Text, err)
			}
			again, err := convert.To(r.Schedule, convert.GKE, at)
			if err != nil {
				t.Fatal(err)
			}
			if again.Text != c.Text {
				t.Errorf("To(From(%s)) = %s", c.Text, again.Text)
			}
			drift := map[civil.Date]convert.Drift{}
			for _, d := range c.Drift {
				drift[d.Date] = d
			}
			for pw := range policy.Windows(at, at.AddDate(1, 0, 0)) {
				for tw := range r.Schedule.Windows(pw.Start, pw.End) {
					d := drift[pw.Date]
					if !tw.Start.Equal(pw.Start.Add(d.Start)) || !tw.End.Equal(pw.End.Add(d.End)) {
						t.Errorf("GKE window %v-%v against the policy's %v-%v, drift said %+v", tw.Start, tw.End, pw.Start, pw.End, d)
					}
					break
				}
			}
		})
	}
}

// TestAzureReadBack reads each Azure setting back: its windows open when
// the policy's do and last the policy's nominal length, which is the
// policy's own on every night without a clock change.
func TestAzureReadBack(t *testing.T) {
	for _, p := range policies {
		t.Run(p.name, func(t *testing.T) {
			policy := window.MustParse(p.spec)
			c, err := convert.To(policy, convert.Azure, at)
			if err != nil {
				t.Fatal(err)
			}
			r, err := convert.From(convert.Azure, c.Text, convert.Options{})
			if err != nil {
				t.Fatalf("From(%s): %v", c.Text, err)
			}
			var want, got []string
			for w := range policy.Windows(at, at.AddDate(1, 0, 0)) {
				if !w.OneOff && !w.Start.Before(at) {
					want = append(want, fmt.Sprintf("%s %v", w.Start.UTC(), w.Nominal))
				}
			}
			for w := range r.Schedule.Windows(at, at.AddDate(1, 0, 0)) {
				got = append(got, fmt.Sprintf("%s %v", w.Start.UTC(), w.Duration()))
			}
			if p.name == "berlin-two-days" {
				// Azure cannot skip 2026-12-28; its losses say so.
				want = append(want[:len(want)-1], "2026-12-28 21:00:00 +0000 UTC 4h0m0s", want[len(want)-1])
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("From(%s) windows mismatch (-policy +azure):\n%s", c.Text, diff)
			}
		})
	}
}
