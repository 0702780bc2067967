package window_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/window"
)

// The schedule of the platform's January 2020 notice, written as a Go value.
func ExampleNew() {
	denver, err := tzdata.Load("America/Denver")
	if err != nil {
		panic(err)
	}
	s, err := window.New(window.Spec{
		Rule:     window.Rule{Freq: window.Monthly, ByDay: []window.WeekdayN{{N: -1, Weekday: time.Saturday}}},
		Start:    window.Clock{Hour: 22},
		End:      window.Clock{Hour: 2}, // before the start: the next day
		Location: denver,
		From:     window.Date{Year: 2020, Month: time.January, Day: 25},
	})
	if err != nil {
		panic(err)
	}
	w, _ := s.Next(time.Date(2020, 1, 20, 0, 0, 0, 0, time.UTC))
	fmt.Println(w.Date, w.Start.Format("Mon 15:04 MST"), "to", w.End.Format("Mon 15:04 MST"))

	// Windows that could overlap are rejected.
	_, err = window.New(window.Spec{
		Rule: window.Rule{Freq: window.Daily}, Start: window.Clock{Hour: 22}, Length: 25 * time.Hour,
		Location: denver, From: window.Date{Year: 2020, Month: time.January, Day: 1},
	})
	fmt.Println(err)
	// Output:
	// 2020-01-25 Sat 22:00 MST to Sun 02:00 MST
	// window: windows of 25h0m0s (plus 3h0m0s for clock changes) would overlap: the rule selects dates 1 day(s) apart
}

func denverSchedule() *window.Schedule {
	denver, err := tzdata.Load("America/Denver")
	if err != nil {
		panic(err)
	}
	s, err := window.New(window.Spec{
		Rule:     window.Rule{Freq: window.Monthly, ByDay: []window.WeekdayN{{N: -1, Weekday: time.Saturday}}},
		Start:    window.Clock{Hour: 22},
		End:      window.Clock{Hour: 2},
		Location: denver,
		From:     window.Date{Year: 2020, Month: time.January, Day: 25},
	})
	if err != nil {
		panic(err)
	}
	return s
}

// Next returns the window in progress, else the next one. The window of
// Saturday 2026-10-31 lasts five hours: the clocks go back at 02:00.
func ExampleSchedule_Next() {
	s := denverSchedule()
	loc, _ := tzdata.Load("America/Denver")
	for _, t := range []time.Time{
		time.Date(2026, 10, 20, 12, 0, 0, 0, loc), // before: the next window
		time.Date(2026, 11, 1, 1, 30, 0, 0, loc),  // inside it, after the clocks went back
		time.Date(2026, 11, 1, 2, 0, 0, 0, loc),   // at its end: the next one
	} {
		w, ok := s.Next(t)
		fmt.Println(ok, w.Date, w.Start.Format("15:04 MST"), "-", w.End.Format("15:04 MST"), w.Duration(), w.Contains(t))
	}
	// Output:
	// true 2026-10-31 22:00 MDT - 02:00 MST 5h0m0s false
	// true 2026-10-31 22:00 MDT - 02:00 MST 5h0m0s true
	// true 2026-11-28 22:00 MST - 02:00 MST 4h0m0s false
}

// Prev returns the last window that ended at or before an instant.
func ExampleSchedule_Prev() {
	s := denverSchedule()
	w, ok := s.Prev(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(ok, w.Date, w.Start.Format(time.RFC3339), w.End.Format(time.RFC3339))
	_, ok = s.Prev(time.Date(2020, 1, 26, 8, 59, 0, 0, time.UTC)) // the first window is not over
	fmt.Println(ok)
	// Output:
	// true 2025-12-27 2025-12-27T22:00:00-07:00 2025-12-28T02:00:00-07:00
	// false
}

// The windows of 2026 in Denver: all last four hours but the one of
// October 31st, which lasts five.
func ExampleSchedule_Windows() {
	s := denverSchedule()
	loc, _ := tzdata.Load("America/Denver")
	for w := range s.Windows(time.Date(2026, 1, 1, 0, 0, 0, 0, loc), time.Date(2027, 1, 1, 0, 0, 0, 0, loc)) {
		fmt.Printf("%s  %s to %s  %v\n", w.Date, w.Start.Format("Mon Jan 2 15:04 MST"), w.End.Format("Mon Jan 2 15:04 MST"), w.Duration())
	}
	// Output:
	// 2026-01-31  Sat Jan 31 22:00 MST to Sun Feb 1 02:00 MST  4h0m0s
	// 2026-02-28  Sat Feb 28 22:00 MST to Sun Mar 1 02:00 MST  4h0m0s
	// 2026-03-28  Sat Mar 28 22:00 MDT to Sun Mar 29 02:00 MDT  4h0m0s
	// 2026-04-25  Sat Apr 25 22:00 MDT to Sun Apr 26 02:00 MDT  4h0m0s
	// 2026-05-30  Sat May 30 22:00 MDT to Sun May 31 02:00 MDT  4h0m0s
	// 2026-06-27  Sat Jun 27 22:00 MDT to Sun Jun 28 02:00 MDT  4h0m0s
	// 2026-07-25  Sat Jul 25 22:00 MDT to Sun Jul 26 02:00 MDT  4h0m0s
	// 2026-08-29  Sat Aug 29 22:00 MDT to Sun Aug 30 02:00 MDT  4h0m0s
	// 2026-09-26  Sat Sep 26 22:00 MDT to Sun Sep 27 02:00 MDT  4h0m0s
	// 2026-10-31  Sat Oct 31 22:00 MDT to Sun Nov 1 02:00 MST  5h0m0s
	// 2026-11-28  Sat Nov 28 22:00 MST to Sun Nov 29 02:00 MST  4h0m0s
	// 2026-12-26  Sat Dec 26 22:00 MST to Sun Dec 27 02:00 MST  4h0m0s
}

// A window wholly inside the hour that the clocks skip is no window; Dropped
// says so.
func ExampleSchedule_Dropped() {
	london, _ := tzdata.Load("Europe/London")
	s, err := window.New(window.Spec{
		Rule:     window.Rule{Freq: window.Monthly, ByDay: []window.WeekdayN{{N: -1, Weekday: time.Sunday}}},
		Start:    window.Clock{Hour: 1, Minute: 30},
		End:      window.Clock{Hour: 2, Minute: 30},
		Location: london,
		From:     window.Date{Year: 2026, Month: time.January, Day: 1},
	})
	if err != nil {
		panic(err)
	}
	from, to := time.Date(2026, 1, 1, 0, 0, 0, 0, london), time.Date(2027, 1, 1, 0, 0, 0, 0, london)
	for d := range s.Dropped(from, to) {
		fmt.Println(d.Date, d.Err, errors.Is(d.Err, window.ErrEmpty))
	}
	n := 0
	for range s.Windows(from, to) {
		n++
	}
	fmt.Println(n, "windows")
	// Output:
	// 2026-03-29 window: resolves to zero or negative length true
	// 11 windows
}
