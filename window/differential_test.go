package window_test

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// TestDifferential compares the schedules of testdata/differential.csv
// (zones x monthly rules x window shapes, 2000-2040, under Compatible,
// Earlier and Later) with an independent computation: Python's zoneinfo
// and its own weekday arithmetic, reading the same zoneinfo.zip. The file
// lists every window that is not ordinary (a skipped or repeated start or
// end, an actual length other than the nominal one, or a drop) and a
// sample of the ordinary ones. Every listed window must match, and every
// window this package finds not ordinary must be listed. Regenerate the
// file with
//
//	python3 window/testdata/differential_gen.py > window/testdata/differential.csv
func TestDifferential(t *testing.T) {
	f, err := os.Open("testdata/differential.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type key struct{ zone, rule, times, dis string }
	want := map[key]map[civil.Date]string{}
	var zones, rules, times []string
	var firstYear, lastYear int
	sc := bufio.NewScanner(f)
	header := true
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "# "); ok {
			name, list, _ := strings.Cut(rest, ": ")
			switch name {
			case "zones":
				zones = strings.Fields(list)
			case "rules":
				rules = strings.Fields(list)
			case "times":
				times = strings.Fields(list)
			case "years":
				fmt.Sscanf(list, "%d-%d", &firstYear, &lastYear)
			}
			if rest, ok := strings.CutPrefix(rest, "window differential test data: IANA "); ok && !strings.HasPrefix(rest, tzdata.Version()+" ") {
				t.Fatalf("differential.csv is for %q, the embedded database is %s: regenerate it", rest, tzdata.Version())
			}
			continue
		}
		if header {
			header = false
			continue
		}
		c := strings.Split(line, ",")
		if len(c) != 9 {
			t.Fatalf("bad line %q", line)
		}
		row := strings.Join(c[5:], ",")
		for _, dis := range []string{"compatible", "earlier", "later"} {
			if c[3] != "all" && c[3] != dis {
				continue
			}
			k := key{c[0], c[1], c[2], dis}
			if want[k] == nil {
				want[k] = map[civil.Date]string{}
			}
			want[k][eDate(c[4])] = row
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(zones) < 15 || len(rules) < 6 || len(times) < 5 || firstYear == 0 {
		t.Fatalf("differential.csv covers %d zones, %d rules, %d window shapes, years %d-%d; want at least 15, 6, 5",
			len(zones), len(rules), len(times), firstYear, lastYear)
	}
	checked, listed := 0, 0
	for _, zone := range zones {
		t.Run(zone, func(t *testing.T) {
			loc := eLoad(t, zone)
			for _, rule := range rules {
				for _, tm := range times {
					for _, dis := range []tzdata.Disambiguation{tzdata.Compatible, tzdata.Earlier, tzdata.Later} {
						sp := diffSpec(t, rule, tm, loc, dis)
						sp.From = civil.Date{Year: firstYear, Month: time.January, Day: 1}
						sp.Until = civil.Date{Year: lastYear, Month: time.December, Day: 31}
						s := eNew(t, sp)
						got := map[civil.Date]string{}
						ordinary := map[civil.Date]bool{}
						from := time.Date(firstYear-1, 12, 25, 0, 0, 0, 0, time.UTC)
						to := time.Date(lastYear+1, 1, 5, 0, 0, 0, 0, time.UTC)
						for w := range s.Windows(from, to) {
							got[w.Date] = strings.Join([]string{w.Start.UTC().Format(time.RFC3339), w.End.UTC().Format(time.RFC3339),
								w.StartKind.String(), w.EndKind.String()}, ",")
							ordinary[w.Date] = w.StartKind == tzdata.Exact && w.EndKind == tzdata.Exact && w.Duration() == w.Nominal
						}
						for d := range s.Dropped(from, to) {
							got[d.Date] = "drop,,,"
						}
						k := key{zone, rule, tm, dis.String()}
						sub := map[civil.Date]string{}
						for d, g := range got {
							if _, ok := want[k][d]; ok || !ordinary[d] {
								sub[d] = g
							}
						}
						if diff := cmp.Diff(want[k], sub); diff != "" {
							t.Errorf("%s %s %s %v: windows mismatch (-python +go):\n%s", zone, rule, tm, dis, diff)
						}
						checked += len(got)
						listed += len(want[k])
					}
				}
			}
		})
	}
	t.Logf("%d windows computed, %d compared with Python", checked, listed)
}

// diffSpec builds the spec of a CSV row: rule "1SU" or "-2SU", times
// "22:00-02:00" or "23:00+240m".
func diffSpec(t *testing.T, rule, tm string, loc *time.Location, dis tzdata.Disambiguation) window.Spec {
	t.Helper()
	days := map[string]time.Weekday{"MO": time.Monday, "TU": time.Tuesday, "WE": time.Wednesday, "TH": time.Thursday,
		"FR": time.Friday, "SA": time.Saturday, "SU": time.Sunday}
	n, err := strconv.Atoi(rule[:len(rule)-2])
	wd, ok := days[rule[len(rule)-2:]]
	if err != nil || !ok {
		t.Fatalf("bad rule %q", rule)
	}
	sp := window.Spec{Rule: eMonthly(n, wd), Location: loc, Disambiguation: dis}
	if start, mins, ok := strings.Cut(tm, "+"); ok {
		m, err := strconv.Atoi(strings.TrimSuffix(mins, "m"))
		if err != nil {
			t.Fatalf("bad times %q", tm)
		}
		sp.Start, sp.Length = eClock(start), time.Duration(m)*time.Minute
	} else {
		start, end, _ := strings.Cut(tm, "-")
		sp.Start, sp.End = eClock(start), eClock(end)
	}
	return sp
}
