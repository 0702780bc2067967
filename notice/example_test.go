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
	// Subject: Scheduled maintenance this Saturday, January 25th, from 10 p.m. to 2 a.m. MST Sunday
	//
	// Hello,
	//
	// Prostar will perform scheduled maintenance this Saturday, January 25th,
	// from 10 p.m. to 2 a.m. MST Sunday.
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
	//  ary 25th\, from 10 p.m. to 2 a.m. MST Sunday.\n\nUsers will not be able to
	//   access the system until 2 a.m. Sunday.\n\nThis downtime is also scheduled
	//   for the same time on the last Saturday of each month.\n\nIf this window d
	//  oes not work for you and your organization\, contact us to schedule a diff
	//  erent time.
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

// Callers may supply their own templates; they receive the same Notice
// and functions as the defaults.
func ExampleNewRenderer() {
	r, err := notice.NewRenderer(notice.Templates{
		Text: `{{.Organization}}: maintenance {{.When}}.`,
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
	// Prostar: maintenance tomorrow, Saturday, January 25th, from 10 p.m. to 2 a.m. MST Sunday.
}

// The template functions work in any text/template or html/template.
func ExampleFuncs() {
	t := template.Must(template.New("").Funcs(notice.Funcs()).Parse(
		`{{md .Name}}: {{wrap 20 .Text}}` + "\n"))
	data := struct{ Name, Text string }{"*Acme* [co]", "Scheduled maintenance this Saturday, January 25th"}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println(err)
	}
	// Output:
	// \*Acme\* \[co\]: Scheduled
	// maintenance this
	// Saturday, January
	// 25th
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
	// from 5 a.m. to 10 a.m. CET (Saturday from 10 p.m. MDT to 2 a.m. MST
	// Sunday, Mountain time).
	//
	// Users will not be able to access the system until 10 a.m.
	//
	// Clocks go back one hour at 2 a.m. in America/Denver; this window lasts 5
	// hours.
	//
	// This downtime is also scheduled on the last Saturday of each month, 10
	// p.m. to 2 a.m. Mountain time; for you, Sunday from 6 a.m. to 10 a.m.
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
	// <title>Reminder: scheduled maintenance tomorrow, Saturday, January 25th, from 10 p.m. to 2 a.m. MST Sunday</title>
	// </head>
	// <body>
	// <h1>Reminder: scheduled maintenance tomorrow, Saturday, January 25th, from 10 p.m. to 2 a.m. MST Sunday</h1>
	// <p>Hello Acme &amp; Co team,</p>
	// <p>This is a reminder that Prostar will perform scheduled maintenance tomorrow, Saturday, January 25th, from 10 p.m. to 2 a.m. MST Sunday.</p>
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

// Check reads the platform's January 2020 notice, as it was sent on
// Monday, January 20th, and finds the one false claim in it: Denver keeps
// standard time in January.
func ExampleCheck() {
	s := window.MustParse("last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25")
	den, _ := tzdata.Load("America/Denver")
	text := "Our first maintenance downtime window is scheduled to be performed this Saturday on January 25th from 10 p.m. – 2 a.m. MDT. This downtime is also scheduled for the same time on the last Saturday of each month."
	findings, err := notice.Check(text, s, notice.Audience{Location: den}, time.Date(2020, 1, 20, 9, 0, 0, 0, den))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Printf("%q at byte %d\nshould read %q\n%s\n", f.Claim, f.Pos, f.Correct, f.Reason)
	}
	// Output:
	// "10 p.m. – 2 a.m. MDT" at byte 102
	// should read "10 p.m. to 2 a.m. MST"
	// On Saturday, January 25th, 2020, America/Denver keeps MST (UTC-7), not MDT; MDT begins on March 8th, 2020.
}

func ExampleFinding_String() {
	f := notice.Finding{Claim: "4 hours", Correct: "5 hours", Reason: "Clocks go back one hour at 2 a.m."}
	fmt.Println(f)
	// Output:
	// "4 hours" should read "5 hours": Clocks go back one hour at 2 a.m.
}
