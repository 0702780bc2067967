package window

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
)

// TestSchedulesShareZone checks that schedules keep no zone table of their
// own: every schedule in a zone from tzdata.Load holds the zone's one
// compiled tzdata.Zone, also when many goroutines build the first ones at
// once (run with -race). tzdata's TestZoneShared counts the builds.
func TestSchedulesShareZone(t *testing.T) {
	const name = "America/Indiana/Knox" // a zone no other test of the package uses
	spec := func() Spec {
		loc, err := tzdata.Load(name)
		if err != nil {
			t.Fatal(err)
		}
		return Spec{
			Rule:  Rule{Freq: Monthly, ByDay: []WeekdayN{{N: -1, Weekday: time.Saturday}}},
			Start: civil.Clock{Hour: 22}, End: civil.Clock{Hour: 2}, Location: loc,
			From: civil.Date{Year: 2020, Month: time.January, Day: 25},
		}
	}
	const goroutines = 32
	got := make([]*Schedule, goroutines)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			s, err := New(spec())
			if err != nil {
				t.Error(err)
				return
			}
			got[i] = s
		}()
	}
	close(start)
	wg.Wait()
	want := tzdata.ZoneOf(spec().Location)
	for i, s := range got {
		if s == nil || s.zone != want {
			t.Fatalf("schedule %d holds zone %p, want the shared %p", i, s.zone, want)
		}
	}
	// A location from outside tzdata.Load gets a zone of its own.
	fixed := spec()
	fixed.Location = time.FixedZone("UTC-7", -7*3600)
	a, err := New(fixed)
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(fixed)
	if err != nil {
		t.Fatal(err)
	}
	if a.zone == b.zone || a.zone.Location() != fixed.Location {
		t.Errorf("schedules in a fixed zone share %p and %p, want one each of %v", a.zone, b.zone, fixed.Location)
	}
}

// TestGeneralRefusedByRRuleGo checks that a rule rrule-go refuses is an
// error when the rule is compiled, not a silent end of windows later. New
// refuses every such rule earlier (validateRule is stricter than rrule-go's
// own checks), so the rules here bypass it.
func TestGeneralRefusedByRRuleGo(t *testing.T) {
	from := civil.Date{Year: 2020, Month: time.January, Day: 1}
	for _, r := range []Rule{
		{Freq: Yearly, ByDay: []WeekdayN{{Weekday: time.Monday}}, BySetPos: []int{400}},
		{Freq: Monthly, ByMonthDay: []int{1}, BySetPos: []int{1}, ByYearDay: []int{0}},
		{Freq: Yearly, ByWeekNo: []int{60}},
	} {
		_, err := compile(explicit(r, from), from)
		if err == nil || !strings.Contains(err.Error(), "window: rule: rrule-go refuses it") {
			t.Errorf("compile(%+v) error = %v, want rrule-go's refusal", r, err)
		}
	}
}
