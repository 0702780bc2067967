package notice_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
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

func ExampleLength() {
	for _, d := range []time.Duration{5 * time.Hour, time.Hour, 30 * time.Minute, 3*time.Hour + 30*time.Minute} {
		fmt.Println(notice.Length(d))
	}
	// Output:
	// 5 hours
	// 1 hour
	// 30 minutes
	// 3 hours 30 minutes
}

// A window that ends on a later day names the day; one that ends the same
// day does not.
func ExampleUntil() {
	den, _ := tzdata.Load("America/Denver")
	start := time.Date(2020, 1, 25, 22, 0, 0, 0, den)
	fmt.Println(notice.Until(start, start.Add(4*time.Hour)))
	fmt.Println(notice.Until(start.Add(-12*time.Hour), start.Add(-8*time.Hour)))
	fmt.Println(notice.Until(start, start.Add(9*24*time.Hour)))
	// Output:
	// until 2 a.m. Sunday
	// until 2 p.m.
	// until 10 p.m. Monday, February 3rd
}

// Sent on Monday, January 20th, 2020, at 9 a.m. in Denver; weeks run
// Monday through Sunday.
func ExampleRelative() {
	den, _ := tzdata.Load("America/Denver")
	sent := time.Date(2020, 1, 20, 9, 0, 0, 0, den)
	for _, t := range []time.Time{
		time.Date(2020, 1, 20, 14, 0, 0, 0, den),
		time.Date(2020, 1, 20, 22, 0, 0, 0, den),
		time.Date(2020, 1, 21, 22, 0, 0, 0, den),
		time.Date(2020, 1, 26, 1, 0, 0, 0, den),
		time.Date(2020, 1, 27, 22, 0, 0, 0, den),
	} {
		fmt.Printf("%q\n", notice.Relative(t, sent))
	}
	// Output:
	// "today"
	// "tonight"
	// "tomorrow"
	// "this Sunday"
	// ""
}

func ExampleFullDate() {
	den, _ := tzdata.Load("America/Denver")
	sent := time.Date(2026, 12, 20, 9, 0, 0, 0, den)
	fmt.Println(notice.FullDate(time.Date(2026, 12, 26, 22, 0, 0, 0, den), sent))
	fmt.Println(notice.FullDate(time.Date(2027, 1, 2, 22, 0, 0, 0, den), sent))
	// Output:
	// Saturday, December 26th
	// Saturday, January 2nd, 2027
}

func ExampleUTCOffset() {
	for _, secs := range []int{0, -3 * 3600, 5*3600 + 1800, 13*3600 + 45*60, -(7*3600 + 23)} {
		fmt.Println(notice.UTCOffset(secs))
	}
	// Output:
	// UTC
	// UTC-3
	// UTC+5:30
	// UTC+13:45
	// UTC-7
}

func ExampleWrap() {
	fmt.Println(notice.Wrap(30, "Prostar will perform scheduled maintenance this Saturday, January 25th."))
	// Output:
	// Prostar will perform scheduled
	// maintenance this Saturday,
	// January 25th.
}

func ExampleEscapeMarkdown() {
	fmt.Println(notice.EscapeMarkdown("*Acme* [co]"))
	fmt.Println(notice.EscapeMarkdown("1. Patch_the_server"))
	// Output:
	// \*Acme\* \[co\]
	// 1\. Patch\_the\_server
}

// The fall-back night of 2026 in Denver, inside a 10 p.m. to 2 a.m.
// window.
func ExampleClockChange() {
	den, _ := tzdata.Load("America/Denver")
	start := time.Date(2026, 10, 31, 22, 0, 0, 0, den)
	end := time.Date(2026, 11, 1, 2, 0, 0, 0, den)
	for tr := range tzdata.Transitions(den, start, end) {
		fmt.Println(notice.ClockChange(tr, end.Sub(start)))
	}
	// Output:
	// Clocks go back one hour at 2 a.m.; this window lasts 5 hours.
}

// The template functions work in any text/template or html/template.
func ExampleFuncs() {
	t := template.Must(template.New("").Funcs(notice.Funcs()).Parse(
		`{{day .Start .Sent}}, {{span .Start .End}} ({{length (.End.Sub .Start)}}); {{md "*urgent*"}}` + "\n"))
	den, _ := tzdata.Load("America/Denver")
	data := struct{ Start, End, Sent time.Time }{
		Start: time.Date(2026, 10, 31, 22, 0, 0, 0, den),
		End:   time.Date(2026, 11, 1, 2, 0, 0, 0, den),
		Sent:  time.Date(2026, 10, 26, 9, 0, 0, 0, den),
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println(err)
	}
	// Output:
	// this Saturday, October 31st, from 10 p.m. MDT to 2 a.m. MST (5 hours); \*urgent\*
}

// The default renderer writes the 2026-10-31 Denver window for a tenant
// in Berlin, whose clocks went back a week earlier, as plain text.
func ExampleDefaultRenderer() {
	s := window.MustParse("last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25")
	ber, _ := tzdata.Load("Europe/Berlin")
	sent := time.Date(2026, 10, 26, 9, 0, 0, 0, ber)
	w, _ := s.Next(sent)
	n, _ := notice.ForWindow(s, w, notice.Audience{Tenant: "Acme GmbH", Location: ber}, "Prostar", sent, notice.Announcement)
	text, err := notice.DefaultRenderer().Render(notice.Text, n)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(text)
	// Output:
	// Subject: Scheduled maintenance this Sunday, November 1st, from 5 a.m. to 10 a.m. CET
	//
	// Hello Acme GmbH team,
	//
	// Prostar will perform scheduled maintenance this Sunday, November 1st,
	// from 5 a.m. to 10 a.m. CET (Saturday from 10 p.m. MDT to 2 a.m. MST,
	// America/Denver time).
	//
	// Users will not be able to access the system until 10 a.m.
	//
	// Clocks go back one hour at 2 a.m. in America/Denver; this window lasts 5
	// hours.
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

// The reminder of the January 2020 window, sent the day before, in HTML.
func ExampleRenderer_Render() {
	s := window.MustParse("last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25")
	den, _ := tzdata.Load("America/Denver")
	sent := time.Date(2020, 1, 24, 10, 0, 0, 0, den)
	w, _ := s.Next(sent)
	n, _ := notice.ForWindow(s, w, notice.Audience{Tenant: "Acme & Co"}, "Prostar", sent, notice.Reminder)
	html, err := notice.DefaultRenderer().Render(notice.HTML, n)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(html)
	// Output:
	// <!DOCTYPE html>
	// <html lang="en">
	// <head>
	// <meta charset="utf-8">
	// <title>Reminder: scheduled maintenance tomorrow, Saturday, January 25th, from 10 p.m. to 2 a.m. MST</title>
	// </head>
	// <body>
	// <h1>Reminder: scheduled maintenance tomorrow, Saturday, January 25th, from 10 p.m. to 2 a.m. MST</h1>
	// <p>Hello Acme &amp; Co team,</p>
	// <p>This is a reminder that Prostar will perform scheduled maintenance tomorrow, Saturday, January 25th, from 10 p.m. to 2 a.m. MST.</p>
	// <p>Users will not be able to access the system until 2 a.m. Sunday.</p>
	// <p>This downtime is also scheduled for the same time on the last Saturday of each month.</p>
	// <p>If this window does not work for you and your organization, contact us to schedule a different time.</p>
	// <p>Sincerely,<br>
	// Prostar</p>
	// </body>
	// </html>
}

func ExampleFormat_String() {
	fmt.Println(notice.Text, notice.Markdown, notice.HTML, notice.ICalendar, notice.Format(9))
	// Output:
	// text markdown html icalendar Format(9)
}

func ExampleVariant_String() {
	fmt.Println(notice.Announcement, notice.Reminder, notice.Completed, notice.Variant(9))
	// Output:
	// announcement reminder completed Variant(9)
}

func ExampleNotNeededError() {
	d := classify.Decision{Class: classify.Routine, Reasons: []string{"It causes no downtime.", "It needs no notice."}}
	_, err := notice.FromDecision(d, "Prostar", time.Date(2020, 1, 20, 16, 0, 0, 0, time.UTC), notice.Announcement)
	var nn *notice.NotNeededError
	if errors.As(err, &nn) {
		fmt.Println(nn.Class, "|", nn.Reason)
	}
	// Output:
	// routine update | It causes no downtime. It needs no notice.
}
