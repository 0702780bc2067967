package notice_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/prostar/maintenance/classify"
	"github.com/prostar/maintenance/notice"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/window"
)

// The platform's January 2020 notice, sent on Monday, January 20th, and
// written right: January in Denver is MST.
func ExampleForWindow() {
	s := window.MustParse("last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25")
	den, _ := tzdata.Load("America/Denver")
	sent := time.Date(2020, 1, 20, 9, 0, 0, 0, den)
	w, _ := s.Next(sent)
	n, err := notice.ForWindow(s, w, notice.Audience{}, "Prostar", sent, notice.Announcement)
	if err != nil {
		fmt.Println(err)
		return
	}
	text, _ := notice.DefaultRenderer().Render(notice.Text, n)
	fmt.Print(text)
	// Output:
	// Subject: Scheduled maintenance this Saturday, January 25th, from 10 p.m. to 2 a.m. MST
	//
	// Hello,
	//
	// Prostar will perform scheduled maintenance this Saturday, January 25th,
	// from 10 p.m. to 2 a.m. MST.
	//
	// Users will not be able to access the system until 2 a.m. Sunday.
	//
	// This downtime is also scheduled for the same time on the last Saturday
	// of each month.
	//
	// If this window does not work for you and your organization, contact us
	// to schedule a different time.
	//
	// Sincerely,
	// Prostar
}

// A routine update needs no notice, and says why.
func ExampleFromDecision() {
	d := classify.Decision{Class: classify.Routine, Reasons: []string{"weekly deployment without downtime"}}
	_, err := notice.FromDecision(d, "Prostar", time.Date(2020, 1, 20, 16, 0, 0, 0, time.UTC), notice.Announcement)
	fmt.Println(errors.Is(err, notice.ErrNoNotice))
	fmt.Println(err)
	// Output:
	// true
	// notice: no notice needed for a routine update: weekly deployment without downtime
}

// A notice's own calendar: one event, in the schedule's zone, with the
// zone's 2020 rules.
func ExampleNotice_ICalendar() {
	s := window.MustParse("last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25")
	den, _ := tzdata.Load("America/Denver")
	sent := time.Date(2020, 1, 20, 9, 0, 0, 0, den)
	w, _ := s.Next(sent)
	n, _ := notice.ForWindow(s, w, notice.Audience{}, "Prostar", sent, notice.Announcement)
	ics, _ := n.ICalendar()
	// Lines end in CRLF; print them with LF for the example's output.
	fmt.Print(strings.ReplaceAll(string(ics), "\r\n", "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//Prostar//Maintenance notice//EN
	// CALSCALE:GREGORIAN
	// METHOD:PUBLISH
	// BEGIN:VTIMEZONE
	// TZID:America/Denver
	// BEGIN:STANDARD
	// DTSTART:20200101T000000
	// TZOFFSETFROM:-0700
	// TZOFFSETTO:-0700
	// TZNAME:MST
	// END:STANDARD
	// BEGIN:DAYLIGHT
	// DTSTART:20200308T020000
	// TZOFFSETFROM:-0700
	// TZOFFSETTO:-0600
	// TZNAME:MDT
	// END:DAYLIGHT
	// BEGIN:STANDARD
	// DTSTART:20201101T020000
	// TZOFFSETFROM:-0600
	// TZOFFSETTO:-0700
	// TZNAME:MST
	// END:STANDARD
	// END:VTIMEZONE
	// BEGIN:VEVENT
	// UID:d646e1132cc2a0aa37cbcc30bfb586d6@prostar-maintenance
	// DTSTAMP:20200120T160000Z
	// DTSTART;TZID=America/Denver:20200125T220000
	// DTEND;TZID=America/Denver:20200126T020000
	// SUMMARY:Prostar: scheduled maintenance
	// DESCRIPTION:Prostar will perform scheduled maintenance this Saturday\, Janu
	//  ary 25th\, from 10 p.m. to 2 a.m. MST.\n\nUsers will not be able to access
	//   the system until 2 a.m. Sunday.\n\nThis downtime is also scheduled for th
	//  e same time on the last Saturday of each month.\n\nIf this window does not
	//   work for you and your organization\, contact us to schedule a different t
	//  ime.
	// TRANSP:OPAQUE
	// END:VEVENT
	// END:VCALENDAR
}

// A recurring schedule as one VEVENT with RRULE. UTC has no clock
// changes, so no VTIMEZONE and no overrides are needed.
func ExampleCalendar() {
	s := window.MustParse("2nd Tuesday of every month 09:00 for 3h UTC from 2026-01-01")
	var ws []window.Window
	for w := range s.Windows(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)) {
		ws = append(ws, w)
	}
	ics, err := notice.Calendar(notice.Event{Summary: "Maintenance", Schedule: s, Windows: ws, Stamp: ws[0].Start})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Lines end in CRLF; print them with LF for the example's output.
	fmt.Print(strings.ReplaceAll(string(ics), "\r\n", "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//Prostar//Maintenance notice//EN
	// CALSCALE:GREGORIAN
	// METHOD:PUBLISH
	// BEGIN:VEVENT
	// UID:87251084304dfdf0c9960168d484404e@prostar-maintenance
	// DTSTAMP:20260113T090000Z
	// DTSTART:20260113T090000Z
	// DURATION:PT3H
	// RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260310T090000Z
	// SUMMARY:Maintenance
	// TRANSP:OPAQUE
	// END:VEVENT
	// END:VCALENDAR
}

func ExampleDay() {
	den, _ := tzdata.Load("America/Denver")
	sent := time.Date(2020, 1, 20, 9, 0, 0, 0, den) // a Monday
	fmt.Println(notice.Day(time.Date(2020, 1, 25, 22, 0, 0, 0, den), sent))
	fmt.Println(notice.Day(time.Date(2020, 1, 20, 22, 0, 0, 0, den), sent))
	fmt.Println(notice.Day(time.Date(2020, 1, 21, 22, 0, 0, 0, den), sent))
	fmt.Println(notice.Day(time.Date(2021, 1, 30, 22, 0, 0, 0, den), sent))
	// Output:
	// this Saturday, January 25th
	// tonight, Monday, January 20th
	// tomorrow, Tuesday, January 21st
	// Saturday, January 30th, 2021
}

func ExampleRange() {
	den, _ := tzdata.Load("America/Denver")
	start := time.Date(2026, 10, 31, 22, 0, 0, 0, den)
	end := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC) // 2 a.m. MST, after the fall back
	fmt.Println(notice.Range(start, end))
	fmt.Println(notice.Until(start, end))
	// Output:
	// from 10 p.m. MDT to 2 a.m. MST
	// until 2 a.m. Sunday
}

// Callers may supply their own templates; they receive the same Notice
// and functions as the defaults.
func ExampleNewRenderer() {
	r, err := notice.NewRenderer(notice.Templates{
		Text: `{{.Organization}}: maintenance {{day .Start .Sent}}, {{span .Start .End}}.`,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	s := window.MustParse("last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25")
	den, _ := tzdata.Load("America/Denver")
	sent := time.Date(2020, 1, 24, 9, 0, 0, 0, den)
	w, _ := s.Next(sent)
	n, _ := notice.ForWindow(s, w, notice.Audience{}, "Prostar", sent, notice.Reminder)
	text, _ := r.Render(notice.Text, n)
	fmt.Println(text)
	// Output:
	// Prostar: maintenance tomorrow, Saturday, January 25th, from 10 p.m. to 2 a.m. MST.
}

func ExampleTimeOfDay() {
	for _, h := range []int{0, 2, 12, 22} {
		fmt.Println(notice.TimeOfDay(time.Date(2020, 1, 25, h, 0, 0, 0, time.UTC)))
	}
	fmt.Println(notice.TimeOfDay(time.Date(2020, 1, 25, 22, 30, 0, 0, time.UTC)))
	// Output:
	// midnight
	// 2 a.m.
	// noon
	// 10 p.m.
	// 10:30 p.m.
}

func ExampleZoneName() {
	den, _ := tzdata.Load("America/Denver")
	sp, _ := tzdata.Load("America/Sao_Paulo")
	fmt.Println(notice.ZoneName(time.Date(2020, 1, 25, 22, 0, 0, 0, den)))
	fmt.Println(notice.ZoneName(time.Date(2020, 7, 25, 22, 0, 0, 0, den)))
	fmt.Println(notice.ZoneName(time.Date(2026, 1, 1, 0, 0, 0, 0, sp)))
	// Output:
	// MST
	// MDT
	// UTC-3
}

func ExampleOrdinal() {
	for _, n := range []int{1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31} {
		fmt.Print(notice.Ordinal(n), " ")
	}
	fmt.Println()
	// Output:
	// 1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 31st
}
