package window_test

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/window"
)

// grammarTests is the human grammar's table: each form as an operator
// writes it, the canonical String that Parse reads back, Describe, and
// the first two windows from 2026-01-01 00:00 UTC (start and end, in the
// schedule's zone). The windows were checked by hand against a calendar;
// the differential test checks the same forms against Python over
// 2000-2040.
var grammarTests = []struct {
	spec, str, describe string
	windows             []string
}{
	{"every weekday 9-5 Europe/London", "every weekday 09:00-17:00 Europe/London", "every weekday (Monday to Friday)", []string{"2026-01-01 09:00 +0000 2026-01-01 17:00 +0000", "2026-01-02 09:00 +0000 2026-01-02 17:00 +0000"}},
	{"every other Sunday 01:00-05:00 UTC from 2026-01-04", "every other Sunday 01:00-05:00 UTC from 2026-01-04", "every other week on Sunday", []string{"2026-01-04 01:00 +0000 2026-01-04 05:00 +0000", "2026-01-18 01:00 +0000 2026-01-18 05:00 +0000"}},
	{"last day of every month 23:00-03:00 UTC", "last day of every month 23:00-03:00 UTC", "the last day of each month", []string{"2025-12-31 23:00 +0000 2026-01-01 03:00 +0000", "2026-01-31 23:00 +0000 2026-02-01 03:00 +0000"}},
	{"2 days after the 2nd Tuesday of every month 22:00-02:00 America/Chicago", "2 days after the 2nd Tuesday of every month 22:00-02:00 America/Chicago", "2 days after the second Tuesday of each month", []string{"2026-01-15 22:00 -0600 2026-01-16 02:00 -0600", "2026-02-12 22:00 -0600 2026-02-13 02:00 -0600"}},
	{"the Saturday after the 2nd Tuesday of every month 22:00-02:00 America/Chicago", "4 days after the 2nd Tuesday of every month 22:00-02:00 America/Chicago", "4 days after the second Tuesday of each month", []string{"2026-01-17 22:00 -0600 2026-01-18 02:00 -0600", "2026-02-14 22:00 -0600 2026-02-15 02:00 -0600"}},
	{"1 day before the last Sunday of every month 22:00-02:00 Europe/Berlin", "1 day before the last Sunday of every month 22:00-02:00 Europe/Berlin", "1 day before the last Sunday of each month", []string{"2026-01-24 22:00 +0100 2026-01-25 02:00 +0100", "2026-02-21 22:00 +0100 2026-02-22 02:00 +0100"}},
	{"every weekend 10:00-14:00 Australia/Lord_Howe", "every weekend 10:00-14:00 Australia/Lord_Howe", "every Saturday and Sunday", []string{"2026-01-03 10:00 +1100 2026-01-03 14:00 +1100", "2026-01-04 10:00 +1100 2026-01-04 14:00 +1100"}},
	{"every Mon-Fri 22:00 for 4 hours America/Denver", "every weekday 22:00 for 4h America/Denver", "every weekday (Monday to Friday)", []string{"2025-12-31 22:00 -0700 2026-01-01 02:00 -0700", "2026-01-01 22:00 -0700 2026-01-02 02:00 -0700"}},
	{"every Monday to Friday 06:00 for 90 minutes America/Santiago", "every weekday 06:00 for 1h30m America/Santiago", "every weekday (Monday to Friday)", []string{"2026-01-01 06:00 -0300 2026-01-01 07:30 -0300", "2026-01-02 06:00 -0300 2026-01-02 07:30 -0300"}},
	{"every Friday to Monday 03:00-04:00 Pacific/Apia", "every Monday, Friday, Saturday, Sunday 03:00-04:00 Pacific/Apia", "every Monday, Friday, Saturday and Sunday", []string{"2026-01-02 03:00 +1300 2026-01-02 04:00 +1300", "2026-01-03 03:00 +1300 2026-01-03 04:00 +1300"}},
	{"every Tuesday and Thursday 22:00 for 3h55m America/St_Johns", "every Tuesday, Thursday 22:00 for 3h55m America/St_Johns", "every Tuesday and Thursday", []string{"2026-01-01 22:00 -0330 2026-01-02 01:55 -0330", "2026-01-06 22:00 -0330 2026-01-07 01:55 -0330"}},
	{"every 3 weeks on Saturday 22:00 for 1 day Pacific/Chatham from 2026-01-03", "every 3 weeks on Saturday 22:00-22:00 Pacific/Chatham from 2026-01-03", "every 3 weeks on Saturday", []string{"2026-01-03 22:00 +1345 2026-01-04 22:00 +1345", "2026-01-24 22:00 +1345 2026-01-25 22:00 +1345"}},
	{"every 2 weeks on Monday 10pm to 2am the next day Asia/Kolkata from 2026-01-05", "every other Monday 22:00-02:00 Asia/Kolkata from 2026-01-05", "every other week on Monday", []string{"2026-01-05 22:00 +0530 2026-01-06 02:00 +0530", "2026-01-19 22:00 +0530 2026-01-20 02:00 +0530"}},
	{"every 2 days 02:00-03:00 America/Phoenix from 2026-01-01", "every other day 02:00-03:00 America/Phoenix from 2026-01-01", "every other day", []string{"2026-01-01 02:00 -0700 2026-01-01 03:00 -0700", "2026-01-03 02:00 -0700 2026-01-03 03:00 -0700"}},
	{"15th of every month 01:00-02:00 America/Sao_Paulo", "15th of every month 01:00-02:00 America/Sao_Paulo", "the 15th of each month", []string{"2026-01-15 01:00 -0300 2026-01-15 02:00 -0300", "2026-02-15 01:00 -0300 2026-02-15 02:00 -0300"}},
	{"1st and 15th of every month 01:00-02:00 Asia/Tehran", "1st, 15th of every month 01:00-02:00 Asia/Tehran", "the 1st and 15th of each month", []string{"2026-01-15 01:00 +0330 2026-01-15 02:00 +0330", "2026-02-01 01:00 +0330 2026-02-01 02:00 +0330"}},
	{"2nd last day of every month 01:00-02:00 Europe/London", "2nd last day of every month 01:00-02:00 Europe/London", "the 2nd last day of each month", []string{"2026-01-30 01:00 +0000 2026-01-30 02:00 +0000", "2026-02-27 01:00 +0000 2026-02-27 02:00 +0000"}},
	{"last Sunday of March and October 01:00-02:00 Europe/Berlin", "last Sunday of March and October 01:00-02:00 Europe/Berlin", "the last Sunday of March and October", []string{"2026-03-29 01:00 +0100 2026-03-29 03:00 +0200", "2026-10-25 01:00 +0200 2026-10-25 02:00 +0200"}},
	{"1st Monday of January, April, July and October 02:00-03:00 UTC", "1st Monday of January, April, July and October 02:00-03:00 UTC", "the first Monday of January, April, July and October", []string{"2026-01-05 02:00 +0000 2026-01-05 03:00 +0000", "2026-04-06 02:00 +0000 2026-04-06 03:00 +0000"}},
	{"15th of every 3 months 01:00-02:00 UTC from 2026-02-01", "15th of every 3 months 01:00-02:00 UTC from 2026-02-01", "the 15th of every 3 months", []string{"2026-02-15 01:00 +0000 2026-02-15 02:00 +0000", "2026-05-15 01:00 +0000 2026-05-15 02:00 +0000"}},
	{"last Saturday of every other month 22:00-02:00 America/Denver from 2026-01-01", "last Saturday of every other month 22:00-02:00 America/Denver from 2026-01-01", "the last Saturday of every other month", []string{"2026-01-31 22:00 -0700 2026-02-01 02:00 -0700", "2026-03-28 22:00 -0600 2026-03-29 02:00 -0600"}},
	{"on 2026-12-24 22:00-02:00 America/Denver", "on 2026-12-24 22:00-02:00 America/Denver", "once, on Thursday, December 24th, 2026", []string{"2026-12-24 22:00 -0700 2026-12-25 02:00 -0700"}},
	{"every Saturday 22:00-02:00 Mountain Standard Time", "every Saturday 22:00-02:00 America/Denver", "every Saturday", []string{"2026-01-03 22:00 -0700 2026-01-04 02:00 -0700", "2026-01-10 22:00 -0700 2026-01-11 02:00 -0700"}},
	{"every Saturday 22:00-02:00 UTC-7", "every Saturday 22:00-02:00 UTC-7", "every Saturday", []string{"2026-01-03 22:00 -0700 2026-01-04 02:00 -0700", "2026-01-10 22:00 -0700 2026-01-11 02:00 -0700"}},
	{"every Sunday 01:00-05:00 UTC+05:30", "every Sunday 01:00-05:00 UTC+5:30", "every Sunday", []string{"2026-01-04 01:00 +0530 2026-01-04 05:00 +0530", "2026-01-11 01:00 +0530 2026-01-11 05:00 +0530"}},
	{"every day 12-4 UTC+5:45", "every day 12:00-16:00 UTC+5:45", "every day", []string{"2026-01-01 12:00 +0545 2026-01-01 16:00 +0545", "2026-01-02 12:00 +0545 2026-01-02 16:00 +0545"}},
	{"every day 22-2 UTC", "every day 22:00-02:00 UTC", "every day", []string{"2025-12-31 22:00 +0000 2026-01-01 02:00 +0000", "2026-01-01 22:00 +0000 2026-01-02 02:00 +0000"}},
	{"first Monday of every month 9:30 for 1 hour 30 minutes UTC", "1st Monday of every month 09:30 for 1h30m UTC", "the first Monday of each month", []string{"2026-01-05 09:30 +0000 2026-01-05 11:00 +0000", "2026-02-02 09:30 +0000 2026-02-02 11:00 +0000"}},
	{"2nd Tuesday of every month 22:00-02:00 W. Europe Standard Time except 2026-02-10", "2nd Tuesday of every month 22:00-02:00 Europe/Berlin except 2026-02-10", "the second Tuesday of each month", []string{"2026-01-13 22:00 +0100 2026-01-14 02:00 +0100", "2026-03-10 22:00 +0100 2026-03-11 02:00 +0100"}},
}

func TestGrammar(t *testing.T) {
	from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range grammarTests {
		t.Run(tt.spec, func(t *testing.T) {
			s, err := window.Parse(tt.spec)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.spec, err)
			}
			if got := s.String(); got != tt.str {
				t.Errorf("String() = %q, want %q", got, tt.str)
			}
			if got := s.Describe(); got != tt.describe {
				t.Errorf("Describe() = %q, want %q", got, tt.describe)
			}
			var got []string
			for w := range s.Windows(from, from.AddDate(2, 0, 0)) {
				got = append(got, w.Start.Format("2006-01-02 15:04 -0700")+" "+w.End.Format("2006-01-02 15:04 -0700"))
				if len(got) == 2 {
					break
				}
			}
			if diff := cmp.Diff(tt.windows, got); diff != "" {
				t.Errorf("first windows mismatch (-want +got):\n%s", diff)
			}
			checkRoundTrip(t, s)
			// The canonical form gives the same windows over two years.
			back, err := window.Parse(s.String())
			if err != nil {
				t.Fatalf("Parse(String()): %v", err)
			}
			a, b := collect(s, from, from.AddDate(2, 0, 0)), collect(back, from, from.AddDate(2, 0, 0))
			if diff := cmp.Diff(a, b); diff != "" {
				t.Errorf("Parse(String()) windows mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func collect(s *window.Schedule, from, to time.Time) []string {
	var out []string
	for w := range s.Windows(from, to) {
		out = append(out, w.Start.String()+" "+w.End.String())
	}
	return out
}

// TestGrammarDifferential compares every form of testdata/grammar.csv, in
// fifteen zones (the DST-hostile ones and two fixed offsets), with an
// independent computation: Python's calendar arithmetic for the dates and
// zoneinfo for the instants, 2000-2040. Per form, zone and year the
// number of windows, the first start, the last end and the sums of starts
// and ends must agree, and so must the list of windows whose length is not
// their nominal one. Regenerate the file with
//
//	python3 window/testdata/grammar_gen.py > window/testdata/grammar.csv
func TestGrammarDifferential(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 41 years of windows in 15 zones")
	}
	data, err := os.ReadFile("testdata/grammar.csv")
	if err != nil {
		t.Fatal(err)
	}
	type key struct{ form, zone string }
	forms := map[string]string{}
	var order []string
	var zones []string
	var first, last int
	years := map[key]map[int]string{}
	odd := map[key][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if rest, ok := strings.CutPrefix(line, "# "); ok {
			name, value, _ := strings.Cut(rest, ": ")
			switch name {
			case "zones":
				zones = strings.Fields(value)
			case "years":
				fmt.Sscanf(value, "%d-%d", &first, &last)
			case "form":
				id, spec, _ := strings.Cut(value, ": ")
				forms[id] = spec
				order = append(order, id)
			}
			if v, ok := strings.CutPrefix(rest, "window grammar differential test data: IANA "); ok && !strings.HasPrefix(v, tzdata.Version()+" ") {
				t.Fatalf("grammar.csv is for %q, the embedded database is %s: regenerate it", v, tzdata.Version())
			}
			continue
		}
		f := strings.Split(line, ",")
		switch f[0] {
		case "Y":
			k := key{f[1], f[2]}
			if years[k] == nil {
				years[k] = map[int]string{}
			}
			y, _ := strconv.Atoi(f[3])
			years[k][y] = strings.Join(f[4:], ",")
		case "W":
			k := key{f[1], f[2]}
			odd[k] = append(odd[k], strings.Join(f[3:6], ","))
		}
	}
	if len(order) < 12 || len(zones) < 12 || first != 2000 || last != 2040 {
		t.Fatalf("grammar.csv has %d forms, %d zones, years %d-%d; want at least 12, 12, 2000-2040", len(order), len(zones), first, last)
	}
	from := time.Date(first-1, 12, 25, 0, 0, 0, 0, time.UTC)
	to := time.Date(last+1, 1, 5, 0, 0, 0, 0, time.UTC)
	checked := 0
	for _, id := range order {
		for _, zone := range zones {
			k := key{id, zone}
			spec := strings.ReplaceAll(forms[id], "{zone}", zone)
			t.Run(id+"/"+zone, func(t *testing.T) {
				s, err := window.Parse(spec)
				if err != nil {
					t.Fatalf("Parse(%q): %v", spec, err)
				}
				type agg struct {
					n                   int
					first, last, ss, se int64
				}
				got := map[int]*agg{}
				var gotOdd []string
				for w := range s.Windows(from, to) {
					if w.Date.Year < first || w.Date.Year > last {
						continue
					}
					a := got[w.Date.Year]
					if a == nil {
						a = &agg{first: w.Start.Unix()}
						got[w.Date.Year] = a
					}
					a.n++
					a.last = w.End.Unix()
					a.ss += w.Start.Unix()
					a.se += w.End.Unix()
					if w.Duration() != w.Nominal {
						gotOdd = append(gotOdd, fmt.Sprintf("%s,%d,%d", w.Date, w.Start.Unix(), w.End.Unix()))
					}
				}
				gotYears := map[int]string{}
				for y, a := range got {
					gotYears[y] = fmt.Sprintf("%d,%d,%d,%d,%d", a.n, a.first, a.last, a.ss, a.se)
				}
				if diff := cmp.Diff(years[k], gotYears); diff != "" {
					t.Errorf("%s: per-year windows (count,first start,last end,sum starts,sum ends) mismatch (-python +go):\n%s", spec, diff)
				}
				if diff := cmp.Diff(odd[k], gotOdd); diff != "" {
					t.Errorf("%s: windows whose length is not the nominal one mismatch (-python +go):\n%s", spec, diff)
				}
				checked += len(gotYears)
			})
		}
	}
	if checked < 1000 {
		t.Errorf("checked %d form-zone-years, want the whole file", checked)
	}
}

// TestExceptDroppedDate checks that excepting a date whose window the zone
// drops (wholly inside a gap) is not taken for a typo: the rule selects it.
func TestExceptDroppedDate(t *testing.T) {
	for _, spec := range []string{
		"last Sunday of every month 01:30-02:30 Europe/London except 2026-03-29",
		"last Sunday of every month 01:30-02:30 Europe/London except 2026-03-29 dst reject",
		"2 days after the 2nd Tuesday of every month 22:00-02:00 America/Chicago except 2026-01-15",
	} {
		if _, err := window.Parse(spec); err != nil {
			t.Errorf("Parse(%q): %v", spec, err)
		}
	}
	_, err := window.Parse("2 days after the 2nd Tuesday of every month 22:00-02:00 America/Chicago except 2026-01-13")
	if want := "the nearest dates it selects are Thursday 2025-12-11 and Thursday 2026-01-15"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Parse with the 2nd Tuesday itself excepted: %v, want %q", err, want)
	}
}
