package window_test

import (
	"iter"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/prostar/maintenance/window"
)

// TestConcurrentQueries shares one Schedule between many goroutines, each
// asking every kind of question; run it with -race. Every goroutine must
// get the answers a single goroutine gets.
func TestConcurrentQueries(t *testing.T) {
	specs := []window.Spec{eDenver(t), {
		// A schedule on the rrule-go path, and one near Apia's skipped day,
		// where queries look back at the previous window.
		Rule:  window.Rule{Freq: window.Monthly, ByDay: []window.WeekdayN{{Weekday: time.Friday}}, ByMonthDay: []int{13}},
		Start: eClock("20:00"), End: eClock("23:00"), Location: eLoad(t, "Europe/Berlin"), From: eDate("2000-01-01"),
	}, {
		Rule: window.Rule{Freq: window.Daily}, Start: eClock("20:00"), Length: 3 * time.Hour,
		Location: eLoad(t, "Pacific/Apia"), From: eDate("2011-01-01"),
	}}
	drops := 0
	for _, sp := range specs {
		s := eNew(t, sp)
		from, to := eUTC("2011-12-01 00:00"), eUTC("2027-01-01 00:00")
		want := slices.Collect(s.Windows(from, to))
		wantDrops := dropStrings(s.Dropped(from, to))
		drops += len(wantDrops)
		var wg sync.WaitGroup
		for g := 0; g < 16; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got := slices.Collect(s.Windows(from, to))
				if len(got) != len(want) {
					t.Errorf("goroutine %d: %d windows, want %d", g, len(got), len(want))
					return
				}
				for i := g; i < len(want); i += 16 {
					if w, ok := s.Next(want[i].Start); !ok || w != want[i] {
						t.Errorf("goroutine %d: Next(%v) = %v, want %v", g, want[i].Start, w, want[i])
					}
					if w, ok := s.Prev(want[i].End); !ok || w != want[i] {
						t.Errorf("goroutine %d: Prev(%v) = %v, want %v", g, want[i].End, w, want[i])
					}
				}
				if got := dropStrings(s.Dropped(from, to)); !slices.Equal(got, wantDrops) {
					t.Errorf("goroutine %d: Dropped = %v, want %v", g, got, wantDrops)
				}
			}()
		}
		wg.Wait()
	}
	if drops == 0 {
		t.Error("no schedule drops an occurrence: Dropped is not compared")
	}
}

// dropStrings returns the drops as "date: error" strings, comparable
// across calls that build their errors afresh.
func dropStrings(drops iter.Seq[window.Drop]) []string {
	var out []string
	for d := range drops {
		out = append(out, d.Date.String()+": "+d.Err.Error())
	}
	return out
}
