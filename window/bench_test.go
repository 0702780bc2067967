package window_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
	"github.com/teambition/rrule-go"
)

// The benchmarks answer one question three ways, side by side:
//
//	go test -run='^$' -bench=. -benchmem ./window/
//
// "Which window of the last Saturday of every month, 22:00-02:00
// America/Denver, from 2020-01-25, is in progress at t or next?", with
// t in 2026, 2100 and 2500:
//
//   - BenchmarkNext: Schedule.Next;
//   - BenchmarkFloorTimeDate: the same answer with plain time.Date
//     arithmetic, the floor a direct computation should reach (it settles
//     no DST question: time.Date picks whichever instant it likes);
//   - BenchmarkRRuleAfter: rrule-go's After, which walks from DTSTART.
//
// All three use the same *time.Location, from tzdata.Load, so they measure
// the code and not the zone data.

const benchSpec = "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25"

var benchYears = []struct {
	name string
	t    time.Time
}{
	{"2026", time.Date(2026, 6, 15, 12, 0, 0, 0, time.UTC)},
	{"2100", time.Date(2100, 6, 15, 12, 0, 0, 0, time.UTC)},
	{"2500", time.Date(2500, 6, 15, 12, 0, 0, 0, time.UTC)},
}

func benchSchedule(b testing.TB) *window.Schedule {
	s, err := window.Parse(benchSpec)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

func BenchmarkNext(b *testing.B) {
	s := benchSchedule(b)
	for _, y := range benchYears {
		b.Run(y.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, ok := s.Next(y.t); !ok {
					b.Fatal("no window")
				}
			}
		})
	}
}

// floorNext answers Next's question for the benchmark's schedule with
// time.Date: the last Saturday of t's month (and of the next, if that one
// is over), 22:00 to 02:00 the next day.
func floorNext(t time.Time, loc *time.Location) (start, end time.Time) {
	y, m, _ := t.In(loc).Date()
	// The window of the previous month may still be in progress on the 1st.
	for i := -1; i < 2; i++ {
		mm := m + time.Month(i)
		last := time.Date(y, mm+1, 0, 0, 0, 0, 0, time.UTC) // the month's last day
		d := last.Day() - (int(last.Weekday())-int(time.Saturday)+7)%7
		start = time.Date(y, mm, d, 22, 0, 0, 0, loc)
		end = time.Date(y, mm, d+1, 2, 0, 0, 0, loc)
		if end.After(t) {
			return start, end
		}
	}
	return start, end
}

func BenchmarkFloorTimeDate(b *testing.B) {
	loc, err := tzdata.Load("America/Denver")
	if err != nil {
		b.Fatal(err)
	}
	for _, y := range benchYears {
		b.Run(y.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if s, _ := floorNext(y.t, loc); s.IsZero() {
					b.Fatal("no window")
				}
			}
		})
	}
}

func benchRRule(b testing.TB) *rrule.RRule {
	loc, err := tzdata.Load("America/Denver")
	if err != nil {
		b.Fatal(err)
	}
	r, err := rrule.NewRRule(rrule.ROption{
		Freq:      rrule.MONTHLY,
		Byweekday: []rrule.Weekday{rrule.SA.Nth(-1)},
		Dtstart:   time.Date(2020, 1, 25, 22, 0, 0, 0, loc),
	})
	if err != nil {
		b.Fatal(err)
	}
	return r
}

func BenchmarkRRuleAfter(b *testing.B) {
	r := benchRRule(b)
	// rrule-go stops about 292 years after DTSTART, so 2500 has no answer.
	for _, y := range benchYears[:2] {
		b.Run(y.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if r.After(y.t, true).IsZero() {
					b.Fatal("no occurrence")
				}
			}
		})
	}
}

// TestBenchmarksAgree makes sure the three benchmarks answer the same
// question the same way.
func TestBenchmarksAgree(t *testing.T) {
	s := benchSchedule(t)
	loc, _ := tzdata.Load("America/Denver")
	r := benchRRule(t)
	for _, y := range benchYears {
		w, ok := s.Next(y.t)
		fs, fe := floorNext(y.t, loc)
		if !ok || !w.Start.Equal(fs) || !w.End.Equal(fe) {
			t.Errorf("%s: Next = %v..%v, floor = %v..%v", y.name, w.Start, w.End, fs, fe)
		}
		if y.name != "2500" {
			if a := r.After(y.t, true); !a.Equal(w.Start) {
				t.Errorf("%s: rrule-go After = %v, Next starts %v", y.name, a, w.Start)
			}
		}
	}
}

// BenchmarkNew measures building a schedule, most of which is reading the
// zone's transitions into a table.
func BenchmarkNew(b *testing.B) {
	sp := eDenver(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := window.New(sp); err != nil {
			b.Fatal(err)
		}
	}
}

// The building benchmarks compare window.Parse of the seed spec with
// rrule-go's StrToRRuleSet of the same rule, in one run:
//
//	go test -run='^$' -bench='Parse$|StrToRRuleSet|Retained' -benchmem ./window/
//
// StrToRRuleSet loads America/Denver from the host's database with
// time.LoadLocation, as rrule-go does for a TZID; Parse reads the embedded
// one and shares its compiled zone (tzdata.ZoneOf), compiled before the
// timer starts, as it is in a process that has built one schedule.

const benchRRuleSet = "DTSTART;TZID=America/Denver:20200125T220000\nRRULE:FREQ=MONTHLY;BYDAY=-1SA"

func BenchmarkParse(b *testing.B) {
	benchSchedule(b) // the shared zone, compiled once per process
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := window.Parse(benchSpec); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStrToRRuleSet(b *testing.B) {
	if _, err := rrule.StrToRRuleSet(benchRRuleSet); err != nil {
		b.Skip("rrule-go cannot load America/Denver from this host:", err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := rrule.StrToRRuleSet(benchRRuleSet); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseRetained reports the heap each schedule keeps, beyond the
// shared compiled zone (see retained).
func BenchmarkParseRetained(b *testing.B) {
	benchSchedule(b)
	b.ReportAllocs()
	b.ResetTimer()
	per, err := retained(b.N)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(per, "B/schedule")
}

// retained builds n schedules of the seed spec, keeps them alive, and
// returns the growth of the live heap, after a collection before and
// after, per schedule.
func retained(n int) (float64, error) {
	keep := make([]*window.Schedule, n)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := range keep {
		s, err := window.Parse(benchSpec)
		if err != nil {
			return 0, err
		}
		keep[i] = s
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(keep)
	return float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / float64(n), nil
}

// TestParseRetained holds a schedule to the 2 KB it may keep of its own.
func TestParseRetained(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("measures the heap")
	}
	benchSchedule(t)
	per, err := retained(5000)
	if err != nil {
		t.Fatal(err)
	}
	if per > 2048 {
		t.Errorf("a schedule keeps %.0f bytes of its own, want at most 2048", per)
	}
}

// generalSpec is a rule only rrule-go evaluates here: the last weekday of
// every month (BYSETPOS), 22:00 for 4 hours in America/Denver.
func generalSpec(b testing.TB) window.Spec {
	loc, err := tzdata.Load("America/Denver")
	if err != nil {
		b.Fatal(err)
	}
	weekdays := []window.WeekdayN{{Weekday: time.Monday}, {Weekday: time.Tuesday}, {Weekday: time.Wednesday}, {Weekday: time.Thursday}, {Weekday: time.Friday}}
	return window.Spec{
		Rule:  window.Rule{Freq: window.Monthly, ByDay: weekdays, BySetPos: []int{-1}},
		Start: civil.Clock{Hour: 22}, Length: 4 * time.Hour, Location: loc, From: civil.Date{Year: 2020, Month: time.January, Day: 1},
	}
}

// BenchmarkNextGeneral measures Next on the rrule-go path (see the
// package doc's Cost section for its bound).
func BenchmarkNextGeneral(b *testing.B) {
	s, err := window.New(generalSpec(b))
	if err != nil {
		b.Fatal(err)
	}
	for _, y := range benchYears {
		b.Run(y.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, ok := s.Next(y.t); !ok {
					b.Fatal("no window")
				}
			}
		})
	}
}
