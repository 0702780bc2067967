package window_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
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
		Start:    civil.Clock{Hour: 22},
		End:      civil.Clock{Hour: 2}, // before the start: the next day
		Location: denver,
		From:     civil.Date{Year: 2020, Month: time.January, Day: 25},
	})
	if err != nil {
		panic(err)
	}
	w, _ := s.Next(time.Date(2020, 1, 20, 0, 0, 0, 0, time.UTC))
	fmt.Println(w.Date, w.Start.Format("Mon 15:04 MST"), "to", w.End.Format("Mon 15:04 MST"))

	// Windows that could overlap are rejected.
	_, err = window.New(window.Spec{
		Rule: window.Rule{Freq: window.Daily}, Start: civil.Clock{Hour: 22}, Length: 25 * time.Hour,
		Location: denver, From: civil.Date{Year: 2020, Month: time.January, Day: 1},
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
		Start:    civil.Clock{Hour: 22},
		End:      civil.Clock{Hour: 2},
		Location: denver,
		From:     civil.Date{Year: 2020, Month: time.January, Day: 25},
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
		Start:    civil.Clock{Hour: 1, Minute: 30},
		End:      civil.Clock{Hour: 2, Minute: 30},
		Location: london,
		From:     civil.Date{Year: 2026, Month: time.January, Day: 1},
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

// Duration is the time a window really lasts; Nominal, what the spec
// promises. They differ on the night the clocks go back.
func ExampleWindow_Duration() {
	s := denverSchedule()
	for w := range s.Windows(time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)) {
		fmt.Println(w.Date, w.Nominal, w.Duration())
	}
	// Output:
	// 2026-09-26 4h0m0s 4h0m0s
	// 2026-10-31 4h0m0s 5h0m0s
	// 2026-11-28 4h0m0s 4h0m0s
}

// A window is half-open: it contains its start but not its end.
func ExampleWindow_Contains() {
	w, _ := denverSchedule().Next(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(w.Contains(w.Start), w.Contains(w.End.Add(-time.Second)), w.Contains(w.End))
	// Output:
	// true true false
}

// Transitions says what a notice must warn of: the clocks go back at
// 02:00 MDT inside the window of 2026-10-31.
func ExampleWindow_Transitions() {
	s := denverSchedule()
	w, _ := s.Next(time.Date(2026, 10, 31, 12, 0, 0, 0, time.UTC))
	for tr := range w.Transitions() {
		fmt.Println(tr.At.In(w.Start.Location()).Format("2006-01-02 15:04 MST"), tr.Before.Name, "->", tr.After.Name)
	}
	w, _ = s.Next(time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC))
	n := 0
	for range w.Transitions() {
		n++
	}
	fmt.Println(w.Date, n, "transitions")
	// Output:
	// 2026-11-01 01:00 MST MDT -> MST
	// 2026-11-28 0 transitions
}

// UnmarshalText lets a Schedule be a field of a decoded struct, and reports
// a bad spec as the *ParseError it is.
func ExampleSchedule_UnmarshalText() {
	var p struct {
		Maintenance window.Schedule
	}
	err := json.Unmarshal([]byte(`{"Maintenance": "every Sunday 01:00-05:00 Europe/Berlin"}`), &p)
	fmt.Println(p.Maintenance.Describe(), err)
	err = json.Unmarshal([]byte(`{"Maintenance": "every Sunday 01:00-05:00 Europe/Berln"}`), &p)
	var pe *window.ParseError
	fmt.Println(errors.As(err, &pe), errors.Is(err, tzdata.ErrUnknownZone))
	// Output:
	// every Sunday <nil>
	// true true
}

// Unwrap exposes the reason, so the zone database's errors stay matchable.
func ExampleParseError_Unwrap() {
	_, err := window.Parse("every day 22:00-02:00 Mars/Olympus_Mons")
	var pe *window.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Unwrap())
		fmt.Println(errors.Is(pe, tzdata.ErrUnknownZone))
	}
	// Output:
	// tzdata: unknown zone "Mars/Olympus_Mons"
	// true
}

// A moved occurrence: except the rule's date and add an extra window.
// The Christmas Saturday's window moves to the Saturday before.
func ExampleExtra() {
	denver, _ := tzdata.Load("America/Denver")
	s, err := window.New(window.Spec{
		Rule:     window.Rule{Freq: window.Monthly, ByDay: []window.WeekdayN{{N: -1, Weekday: time.Saturday}}},
		Start:    civil.Clock{Hour: 22},
		End:      civil.Clock{Hour: 2},
		Location: denver,
		From:     civil.Date{Year: 2020, Month: time.January, Day: 25},
		Except:   []civil.Date{{Year: 2026, Month: time.December, Day: 26}},
		Extra:    []window.Extra{{Date: civil.Date{Year: 2026, Month: time.December, Day: 19}, Start: civil.Clock{Hour: 20}}},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(s)
	for w := range s.Windows(time.Date(2026, 11, 15, 0, 0, 0, 0, denver), time.Date(2027, 2, 1, 0, 0, 0, 0, denver)) {
		fmt.Println(w.Date, w.Start.Format("15:04"), "-", w.End.Format("15:04 MST"), w.OneOff)
	}
	// Output:
	// last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25 except 2026-12-26 also 2026-12-19 20:00
	// 2026-11-28 22:00 - 02:00 MST false
	// 2026-12-19 20:00 - 00:00 MST true
	// 2027-01-30 22:00 - 02:00 MST false
}

// A Rule is an RFC 5545 RRULE as a Go value: the last weekday of each
// month is BYDAY=MO,TU,WE,TH,FR with BYSETPOS=-1, which the human form
// cannot say, so String falls back to the RFC 5545 form.
func ExampleRule() {
	utc, _ := tzdata.Load("UTC")
	weekdays := []window.WeekdayN{{Weekday: time.Monday}, {Weekday: time.Tuesday}, {Weekday: time.Wednesday}, {Weekday: time.Thursday}, {Weekday: time.Friday}}
	s, err := window.New(window.Spec{
		Rule:     window.Rule{Freq: window.Monthly, ByDay: weekdays, BySetPos: []int{-1}},
		Start:    civil.Clock{Hour: 18},
		Length:   2 * time.Hour,
		Location: utc,
		From:     civil.Date{Year: 2026, Month: time.January, Day: 1},
	})
	if err != nil {
		panic(err)
	}
	for _, line := range strings.Split(s.String(), "\r\n") {
		fmt.Println(line)
	}
	fmt.Println(s.Describe())
	for w := range s.Windows(time.Date(2026, 1, 1, 0, 0, 0, 0, utc), time.Date(2026, 6, 1, 0, 0, 0, 0, utc)) {
		fmt.Println(w.Date, w.Date.Weekday())
	}
	// Output:
	// DTSTART:20260130T180000Z
	// DURATION:PT2H
	// RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1
	// X-PROSTAR-FROM:20260101
	// on a custom schedule
	// 2026-01-30 Friday
	// 2026-02-27 Friday
	// 2026-03-31 Tuesday
	// 2026-04-30 Thursday
	// 2026-05-29 Friday
}

// Error quotes the spec, shortened so that a huge spec does not make a
// huge log line.
func ExampleParseError_Error() {
	_, err := window.Parse("every day 22:00-02:00 UTC tomorrow")
	fmt.Println(err)
	_, err = window.Parse("every day 22:00-02:00 UTC" + strings.Repeat(" ", 1000) + "x")
	fmt.Println(len(err.Error()) < 300)
	// Output:
	// window: parse "every day 22:00-02:00 UTC tomorrow": unexpected "tomorrow" (want from, until, except, also or dst)
	// true
}

// A Rule's String is its RRULE value; the schedule's last date is not part
// of the rule, and Schedule.RFC5545 adds it as UNTIL.
func ExampleRule_String() {
	r := window.Rule{Freq: window.Monthly, ByDay: []window.WeekdayN{{N: -1, Weekday: time.Saturday}}}
	fmt.Println(r)
	fmt.Println(window.MustParse("every other Sunday 01:00-05:00 UTC from 2026-01-04").Spec().Rule)
	// Output:
	// FREQ=MONTHLY;BYDAY=-1SA
	// FREQ=WEEKLY;INTERVAL=2;BYDAY=SU
}
