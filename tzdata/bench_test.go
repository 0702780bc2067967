package tzdata_test

import (
	"testing"
	"time"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
)

// Both benchmarks use the same *time.Location from tzdata.Load, so they
// read the same (slim) zone data. America/Denver's last explicit
// transition is in 2007: for 2000 both search the transition list, for
// 2026 and 2050 both evaluate the zone's rule string. Run with
//
//	go test -run='^$' -bench=. -benchmem ./tzdata/
var benchDates = []struct {
	name string
	year int
	mon  time.Month
	day  int
}{
	{"2000", 2000, time.July, 1},
	{"2026", 2026, time.July, 1},
	{"2050", 2050, time.January, 15},
}

var (
	sinkTime time.Time
	sinkErr  error
)

func BenchmarkDate(b *testing.B) {
	loc := mustLoad(b, "America/Denver")
	for _, bd := range benchDates {
		b.Run(bd.name, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				sinkTime, sinkErr = tzdata.Date(civil.DateTime{Date: civil.Date{Year: bd.year, Month: bd.mon, Day: bd.day}, Clock: civil.Clock{Hour: 22}}, loc, tzdata.Compatible)
			}
		})
	}
}

func BenchmarkTimeDate(b *testing.B) {
	loc := mustLoad(b, "America/Denver")
	for _, bd := range benchDates {
		b.Run(bd.name, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				sinkTime = time.Date(bd.year, bd.mon, bd.day, 22, 0, 0, 0, loc)
			}
		})
	}
}

// BenchmarkDateNearChange measures the slower path, a wall time within
// days of a change (here inside the gap).
func BenchmarkDateNearChange(b *testing.B) {
	loc := mustLoad(b, "America/Denver")
	b.ReportAllocs()
	for range b.N {
		sinkTime, sinkErr = tzdata.Date(civil.DateTime{Date: civil.Date{Year: 2026, Month: time.March, Day: 8}, Clock: civil.Clock{Hour: 2, Minute: 30}}, loc, tzdata.Compatible)
	}
}

func BenchmarkTransitionsYear(b *testing.B) {
	loc := mustLoad(b, "America/Denver")
	from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	to := from.AddDate(1, 0, 0)
	b.ReportAllocs()
	for range b.N {
		for tr := range tzdata.Transitions(loc, from, to) {
			sinkTime = tr.At
		}
	}
}

// TestDateAllocs holds Date to its promise of no allocations for
// Compatible, near a change and far from one.
func TestDateAllocs(t *testing.T) {
	loc := mustLoad(t, "America/Denver")
	for _, w := range []struct {
		name     string
		y        int
		m        time.Month
		d, h, mi int
		dis      tzdata.Disambiguation
	}{
		{"exact", 2026, time.July, 1, 22, 0, tzdata.Compatible},
		{"skipped", 2026, time.March, 8, 2, 30, tzdata.Compatible},
		{"repeated", 2026, time.November, 1, 1, 30, tzdata.Later},
	} {
		allocs := testing.AllocsPerRun(100, func() {
			sinkTime, sinkErr = tzdata.Date(civil.DateTime{Date: civil.Date{Year: w.y, Month: w.m, Day: w.d}, Clock: civil.Clock{Hour: w.h, Minute: w.mi}}, loc, w.dis)
		})
		if allocs != 0 {
			t.Errorf("Date(%s) allocates %v times, want 0", w.name, allocs)
		}
	}
}

// BenchmarkLoadUnknown measures the error path, which compares the name
// with every zone to suggest the nearest.
func BenchmarkLoadUnknown(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		_, sinkErr = tzdata.Load("America/Denvr")
	}
}
