package notice_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/prostar/maintenance/notice"
	"github.com/prostar/maintenance/window"
)

// calendarSpecs are the schedules whose calendars must read back exactly:
// America/Denver's fall-back nights (5 hours), Europe/Berlin's skipped and
// repeated ends, Australia/Lord_Howe's 30-minute shift, a skipped date, a
// moved window, an exact length across a change, and UTC.
var calendarSpecs = []string{
	denverSpec,
	berlinSpec,
	"every Sunday 01:00-05:00 Europe/Berlin from 2020-01-01",
	"1st Sunday of every month 02:00-03:00 Australia/Lord_Howe from 2020-01-01",
	"every Sunday 01:30-02:30 Australia/Lord_Howe from 2020-01-01",
	"last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25 except 2021-12-25, 2026-10-31 also 2021-12-18 20:00",
	"every Sunday 01:00 for 3h Europe/Berlin from 2020-01-01",
	"1st Sunday of every month 01:30-02:30 America/New_York from 2020-01-01",
	"2nd Tuesday of every month 09:00 for 3h UTC from 2020-01-01",
	// An extra window at the rule's time on a skipped date: no EXDATE may
	// name that instant, since EXDATE removes RDATE instances too.
	"2nd Tuesday of every month 09:00 for 3h UTC from 2020-01-01 except 2020-03-10 also 2020-03-10 09:00",
	"2nd Tuesday of every month 09:00 for 3h Europe/Berlin from 2020-01-01 except 2020-03-10 also 2020-03-10 09:00",
	// Wholly skipped on the last Sunday of March: no window, so an EXDATE.
	"last Sunday of every month 01:30-02:30 Europe/London from 2020-01-01",
	// Midnight skipped in September: the end is moved.
	"every Saturday 23:00-00:00 America/Santiago from 2020-01-01",
	"every Monday, Thursday 02:00-02:30 Asia/Kolkata from 2020-01-01",
	// Pacific/Apia skipped 2011-12-30 whole: 22:00 that day reads as the
	// 29th's or the 31st's start, so its EXDATE must not name either.
	"every day 22:00-02:00 Pacific/Apia from 2011-12-01",
	"last Friday of every month 22:00-02:00 Pacific/Apia from 2011-01-01",
	// Rules the human form cannot say, written from Spec values: a day of
	// the month, and an INTERVAL whose weeks start on Sunday (WKST).
	"DTSTART;TZID=Europe/Berlin:20200115T220000\nDURATION:PT2H\nRRULE:FREQ=MONTHLY;BYMONTHDAY=15",
	"DTSTART;TZID=America/Denver:20200105T010000\nDURATION:PT2H\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;WKST=SU",
	"DTSTART;TZID=America/Denver:20200106T010000\nDURATION:PT2H\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU",
}

// tenYears returns the windows of s in the ten years from 2020, or from
// its first window when that is earlier.
func tenYears(s *window.Schedule) []window.Window {
	from := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	if w, ok := s.Next(time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)); ok && w.Start.Before(from) {
		from = w.Start
	}
	var ws []window.Window
	for w := range s.Windows(from, from.AddDate(10, 0, 0)) {
		ws = append(ws, w)
	}
	return ws
}

func instancesOf(ws []window.Window) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = instance{w.Start, w.End}.String()
	}
	return out
}

func strs(is []instance) []string {
	out := make([]string, len(is))
	for i, in := range is {
		out[i] = in.String()
	}
	return out
}

// TestCalendarReadsBack expands each calendar with the strict reader and
// compares every instance with window.Windows over ten years.
func TestCalendarReadsBack(t *testing.T) {
	for _, spec := range calendarSpecs {
		t.Run(spec, func(t *testing.T) {
			s, err := window.Parse(spec)
			if err != nil {
				t.Fatal(err)
			}
			ws := tenYears(s)
			ics, err := notice.Calendar(notice.Event{Summary: "Maintenance", Schedule: s, Windows: ws, Stamp: ws[0].Start})
			if err != nil {
				t.Fatal(err)
			}
			got, err := readCalendar(ics)
			if err != nil {
				t.Fatalf("readCalendar: %v\n%s", err, ics)
			}
			if diff := cmp.Diff(instancesOf(ws), strs(got)); diff != "" {
				t.Errorf("instances mismatch (-want +got):\n%s", diff)
			}
			if !bytes.Contains(ics, []byte("\r\nRRULE:")) {
				t.Errorf("calendar is not one recurring event")
			}
			if n := bytes.Count(ics, []byte("RECURRENCE-ID")); n > len(ws)/2 {
				t.Errorf("%d overrides for %d windows: the master describes too little", n, len(ws))
			}
		})
	}
}

// TestCalendarOverridesOnlyWhereNeeded pins the Denver series: overrides
// exactly on the nights the clocks change inside the window.
func TestCalendarOverridesOnlyWhereNeeded(t *testing.T) {
	s := window.MustParse(denverSpec)
	ws := tenYears(s)
	ics, err := notice.Calendar(notice.Event{Summary: "Maintenance", Schedule: s, Windows: ws, Stamp: ws[0].Start})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range strings.Split(string(ics), "\r\n") {
		if strings.HasPrefix(l, "RECURRENCE-ID") {
			got = append(got, l)
		}
	}
	// The last Saturday of October is followed by the fall-back Sunday in
	// 2020 and 2026 only, between 2020 and 2029.
	want := []string{
		"RECURRENCE-ID;TZID=America/Denver:20201031T220000",
		"RECURRENCE-ID;TZID=America/Denver:20261031T220000",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("overrides mismatch (-want +got):\n%s", diff)
	}
}

func TestCalendarForm(t *testing.T) {
	s := window.MustParse(denverSpec)
	ws := tenYears(s)[:3]
	long := strings.Repeat("Überprüfung; Wartung, \\ Zeile\n", 8)
	e := notice.Event{Summary: long, Description: long, Schedule: s, Windows: ws, Stamp: time.Date(2020, 1, 20, 16, 0, 0, 0, time.UTC)}
	ics, err := notice.Calendar(e)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := readCalendar(ics); err != nil {
		t.Fatalf("readCalendar: %v\n%s", err, ics)
	}
	lines, err := unfold(ics)
	if err != nil {
		t.Fatal(err)
	}
	var summary string
	for _, l := range lines {
		if v, ok := strings.CutPrefix(l, "SUMMARY:"); ok {
			summary = v
		}
	}
	if got := unescapeText(summary); got != long {
		t.Errorf("SUMMARY round trip = %q, want %q", got, long)
	}
	if !bytes.Contains(ics, []byte("\r\nDTSTAMP:20200120T160000Z\r\n")) {
		t.Errorf("DTSTAMP is not the stamp given")
	}
	again, _ := notice.Calendar(e)
	if !bytes.Equal(ics, again) {
		t.Errorf("Calendar is not deterministic")
	}
	e2 := e
	e2.Summary = "other"
	other, _ := notice.Calendar(e2)
	if uid(ics) == uid(other) || uid(ics) == "" {
		t.Errorf("UID %q does not depend on the summary (%q)", uid(ics), uid(other))
	}
	// VTIMEZONE covers 2020: an observance starts on January 1st, 2020
	// and the transitions of 2020 follow.
	for _, want := range []string{"DTSTART:20200101T000000", "DTSTART:20200308T020000", "DTSTART:20201101T020000", "TZNAME:MST", "TZNAME:MDT"} {
		if !bytes.Contains(ics, []byte("\r\n"+want+"\r\n")) {
			t.Errorf("VTIMEZONE lacks %s", want)
		}
	}
}

func uid(ics []byte) string {
	for _, l := range strings.Split(string(ics), "\r\n") {
		if v, ok := strings.CutPrefix(l, "UID:"); ok {
			return v
		}
	}
	return ""
}

// unescapeText reverses RFC 5545 TEXT escaping, strictly.
func unescapeText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n', 'N':
			b.WriteByte('\n')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func TestCalendarErrors(t *testing.T) {
	s := window.MustParse(denverSpec)
	ws := tenYears(s)[:2]
	ber := window.MustParse(berlinSpec)
	tests := []struct {
		name string
		e    notice.Event
	}{
		{"no windows", notice.Event{Stamp: ws[0].Start}},
		{"no stamp", notice.Event{Windows: ws}},
		{"two zones", notice.Event{Windows: []window.Window{ws[0], tenYears(ber)[1]}, Stamp: ws[0].Start}},
		{"out of order", notice.Event{Windows: []window.Window{ws[1], ws[0]}, Stamp: ws[0].Start}},
		{"empty window", notice.Event{Windows: []window.Window{{Start: ws[0].Start, End: ws[0].Start}}, Stamp: ws[0].Start}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := notice.Calendar(tt.e); err == nil || !strings.HasPrefix(err.Error(), "notice: ") {
				t.Errorf("Calendar = %v, want a notice: error", err)
			}
		})
	}
}

// FuzzCalendarText checks that any summary gives a calendar the strict
// reader accepts and that its SUMMARY reads back as written (less the
// control characters TEXT cannot hold).
func FuzzCalendarText(f *testing.F) {
	for _, s := range []string{hostile, "Überprüfung; Wartung, \\ Zeile\n", strings.Repeat("日本語", 40), "\r\n\x00"} {
		f.Add(s)
	}
	s := window.MustParse(denverSpec)
	ws := tenYears(s)[:1]
	f.Fuzz(func(t *testing.T, summary string) {
		ics, err := notice.Calendar(notice.Event{Summary: summary, Windows: ws, Stamp: ws[0].Start})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := readCalendar(ics); err != nil {
			t.Fatalf("readCalendar: %v\n%s", err, ics)
		}
		lines, _ := unfold(ics)
		for _, l := range lines {
			if v, ok := strings.CutPrefix(l, "SUMMARY:"); ok {
				want := strings.Map(func(r rune) rune {
					if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
						return -1
					}
					return r
				}, string([]rune(strings.ReplaceAll(summary, "\r\n", "\n"))))
				if got := unescapeText(v); got != want {
					t.Errorf("SUMMARY = %q, want %q", got, fmt.Sprint(want))
				}
			}
		}
	})
}
