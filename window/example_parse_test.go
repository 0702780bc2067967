package window_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/window"
)

// The scenario's schedule, written as the notice wrote it.
func ExampleParse() {
	s, err := window.Parse("last Saturday of each month 10 p.m. to 2 a.m. America/Denver from 2020-01-25")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s)
	fmt.Println(s.Describe())
	for w := range s.Windows(time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)) {
		fmt.Println(w.Start.Format("Mon 2006-01-02 15:04 MST"), "to", w.End.Format("15:04 MST"), w.Duration())
	}
	// Output:
	// last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25
	// the last Saturday of each month
	// Sat 2026-09-26 22:00 MDT to 02:00 MDT 4h0m0s
	// Sat 2026-10-31 22:00 MDT to 02:00 MST 5h0m0s
	// Sat 2026-11-28 22:00 MST to 02:00 MST 4h0m0s
}

// The RFC 5545 form reads DTEND as RFC 5545 §3.8.5.3 does: every window has
// the first one's exact length, so the fall-back night ends at 01:00 MST.
func ExampleParse_rfc5545() {
	s, err := window.Parse("DTSTART;TZID=America/Denver:20200125T220000\r\n" +
		"DTEND;TZID=America/Denver:20200126T020000\r\n" +
		"RRULE:FREQ=MONTHLY;BYDAY=-1SA\r\n" +
		"EXDATE;TZID=America/Denver:20201226T220000\r\n")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s)
	w, _ := s.Next(time.Date(2026, 10, 15, 0, 0, 0, 0, time.UTC))
	fmt.Println(w.Start.Format("2006-01-02 15:04 MST"), "to", w.End.Format("15:04 MST"), w.Duration())
	// Output:
	// last Saturday of every month 22:00 for 4h America/Denver from 2020-01-25 except 2020-12-26
	// 2026-10-31 22:00 MDT to 01:00 MST 4h0m0s
}

// A ParseError names the bad part, says what is accepted, and gives its
// position; the zone database's error stays matchable.
func ExampleParseError() {
	_, err := window.Parse("last Fribday of every month 22:00-02:00 UTC")
	fmt.Println(err)
	var pe *window.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("at byte %d: %q\n", pe.Pos, pe.Spec[pe.Pos:pe.Pos+7])
	}

	_, err = window.Parse("every Sunday 01:00-05:00 Europe/Berln")
	fmt.Println(err)
	fmt.Println(errors.Is(err, tzdata.ErrUnknownZone))
	// Output:
	// window: parse "last Fribday of every month 22:00-02:00 UTC": unknown weekday "Fribday" (want Monday..Sunday)
	// at byte 5: "Fribday"
	// window: parse "every Sunday 01:00-05:00 Europe/Berln": tzdata: unknown zone "Europe/Berln" (did you mean Europe/Berlin?)
	// true
}

// MustParse is for package-level schedules whose spec is a constant.
func ExampleMustParse() {
	var patchNight = window.MustParse("2nd Tuesday of every month 9am for 3h UTC")
	fmt.Println(patchNight)
	// Output:
	// 2nd Tuesday of every month 09:00 for 3h UTC
}

// String writes the canonical human form, and the RFC 5545 form when the
// human grammar cannot say the schedule (here: every other week).
func ExampleSchedule_String() {
	fmt.Println(window.MustParse("every thu and mon 10pm-2am Europe/Berlin dst later"))
	fmt.Println(window.MustParse("DTSTART;TZID=Europe/Berlin:20260105T020000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"))
	s := window.MustParse("DTSTART;TZID=Europe/Berlin:20260105T020000\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1")
	fmt.Println(strings.ReplaceAll(s.String(), "\r\n", "\n"))
	// Output:
	// every Monday, Thursday 22:00-02:00 Europe/Berlin dst later
	// every other Monday 02:00 for 1h Europe/Berlin from 2026-01-05
	// DTSTART;TZID=Europe/Berlin:20260105T020000
	// DURATION:PT1H
	// RRULE:FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1
}

// RFC5545 exports the rule lines. A wall-clock end has no plain RFC 5545
// form, so it is written as DTEND with X-PROSTAR-END:WALL, which Parse
// reads back exactly and calendar programs ignore.
func ExampleSchedule_RFC5545() {
	s := window.MustParse("last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25 except 2020-12-26")
	fmt.Println(strings.ReplaceAll(s.RFC5545(), "\r\n", "\n"))
	// Output:
	// DTSTART;TZID=America/Denver:20200125T220000
	// DTEND;TZID=America/Denver:20200126T020000
	// X-PROSTAR-END:WALL
	// RRULE:FREQ=MONTHLY;BYDAY=-1SA
	// EXDATE;TZID=America/Denver:20201226T220000
}

func ExampleSchedule_Describe() {
	for _, spec := range []string{
		"last Saturday of every month 22:00-02:00 America/Denver",
		"2nd Tuesday of every month 09:00 for 3h UTC",
		"every Sunday 01:00-05:00 Europe/Berlin",
		"every Monday, Thursday 02:00-03:00 UTC",
		"every day 02:00-02:30 Asia/Kolkata",
	} {
		fmt.Println(window.MustParse(spec).Describe())
	}
	// Output:
	// the last Saturday of each month
	// the second Tuesday of each month
	// every Sunday
	// every Monday and Thursday
	// every day
}

// A Schedule is stored in JSON as its spec.
func ExampleSchedule_MarshalText() {
	type policy struct {
		Maintenance *window.Schedule `json:"maintenance"`
	}
	var p policy
	err := json.Unmarshal([]byte(`{"maintenance": "last sat of the month 10pm-2am America/Denver"}`), &p)
	if err != nil {
		fmt.Println(err)
		return
	}
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(p)
	// Output:
	// {"maintenance":"last Saturday of every month 22:00-02:00 America/Denver"}
}

// A weekday set: "every weekday" is Monday to Friday, and the bare-hour
// range 9-5 is office hours, 09:00 to 17:00.
func ExampleParse_weekdays() {
	s := window.MustParse("every weekday 9-5 Europe/London")
	fmt.Println(s)
	from := time.Date(2026, 3, 27, 0, 0, 0, 0, time.UTC) // a Friday
	for w := range s.Windows(from, from.AddDate(0, 0, 4)) {
		fmt.Println(w.Start.Format("Mon Jan 2 15:04 MST"), "-", w.End.Format("15:04 MST"))
	}
	// Output:
	// every weekday 09:00-17:00 Europe/London
	// Fri Mar 27 09:00 GMT - 17:00 GMT
	// Mon Mar 30 09:00 BST - 17:00 BST
}

// An interval counts from the from date: every other Sunday starting
// 2026-01-04.
func ExampleParse_interval() {
	s := window.MustParse("every other Sunday 01:00-05:00 UTC from 2026-01-04")
	fmt.Println(s.Describe())
	from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for w := range s.Windows(from, from.AddDate(0, 0, 32)) {
		fmt.Println(w.Start.Format("Mon 2006-01-02 15:04"), "-", w.End.Format("15:04"))
	}
	// Output:
	// every other week on Sunday
	// Sun 2026-01-04 01:00 - 05:00
	// Sun 2026-01-18 01:00 - 05:00
	// Sun 2026-02-01 01:00 - 05:00
}

// Days of the month count from either end: the last day of February is
// the 28th in 2026.
func ExampleParse_dayOfMonth() {
	s := window.MustParse("last day of every month 23:00-03:00 UTC")
	from := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	for w := range s.Windows(from, from.AddDate(0, 3, 0)) {
		fmt.Println(w.Date, w.Start.Format("15:04"), "-", w.End.Format("Jan 2 15:04"))
	}
	// Output:
	// 2026-01-31 23:00 - Feb 1 03:00
	// 2026-02-28 23:00 - Mar 1 03:00
	// 2026-03-31 23:00 - Apr 1 03:00
}

// An offset moves each date of the rule: two days after Patch Tuesday is
// a Thursday. "the Saturday after the 2nd Tuesday" is read as 4 days
// after.
func ExampleParse_offset() {
	s := window.MustParse("2 days after the 2nd Tuesday of every month 22:00-02:00 America/Chicago")
	fmt.Println(s.Describe())
	from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for w := range s.Windows(from, from.AddDate(0, 2, 0)) {
		fmt.Println(w.Start.Format("Mon 2006-01-02 15:04 MST"), "-", w.End.Format("Mon 15:04 MST"))
	}
	fmt.Println(window.MustParse("the Saturday after the 2nd Tuesday of every month 22:00-02:00 America/Chicago"))
	// Output:
	// 2 days after the second Tuesday of each month
	// Thu 2026-01-15 22:00 CST - Fri 02:00 CST
	// Thu 2026-02-12 22:00 CST - Fri 02:00 CST
	// 4 days after the 2nd Tuesday of every month 22:00-02:00 America/Chicago
}

// Zone abbreviations are refused: MST is Denver's winter and Phoenix's
// whole year, so the error names the zones and the fixed offset to write.
func ExampleParse_abbreviation() {
	_, err := window.Parse("every Saturday 22:00-02:00 MDT")
	fmt.Println(err)
	// Output:
	// window: parse "every Saturday 22:00-02:00 MDT": tzdata: "MDT" is a time zone abbreviation, not a zone: it is the summer time (UTC-6) of America/Denver, America/Edmonton, America/Cambridge_Bay, America/Inuvik and 2 more; write the zone you mean, or UTC-6 for a fixed offset
}
