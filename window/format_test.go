package window_test

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// The golden files of this package are rewritten with
//
//	go test ./window -run TestFormatGolden -update
//
// The flag is registered here unless another test file of the package
// already did.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files under testdata")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

func mustNew(t *testing.T, sp window.Spec) *window.Schedule {
	t.Helper()
	s, err := window.New(sp)
	if err != nil {
		t.Fatalf("New(%+v): %v", sp, err)
	}
	return s
}

// goSpecs are Specs written in Go, as a program would build them, for the
// formatters: some have a human form, some need the RFC 5545 form.
var goSpecs = []struct {
	name string
	spec window.Spec
}{
	{"interval needs RFC", window.Spec{Rule: window.Rule{Freq: window.Weekly, Interval: 2, ByDay: []window.WeekdayN{{Weekday: time.Monday}}},
		Start: clk(2, 0), End: clk(3, 0), Location: berlin, From: mustDate("2020-01-06")}},
	{"interval 1 is human", window.Spec{Rule: window.Rule{Freq: window.Weekly, Interval: 1, ByDay: []window.WeekdayN{{Weekday: time.Monday}}},
		Start: clk(2, 0), End: clk(3, 0), Location: berlin, From: mustDate("2020-01-06")}},
	{"zero WeekStart is human", window.Spec{Rule: window.Rule{Freq: window.Monthly, ByDay: []window.WeekdayN{{N: -1, Weekday: time.Saturday}}},
		Start: clk(22, 0), End: clk(2, 0), Location: denver, From: mustDate("2020-01-25")}},
	{"BYMONTHDAY needs RFC", window.Spec{Rule: window.Rule{Freq: window.Monthly, ByMonthDay: []int{1, -1}},
		Start: clk(2, 0), Length: 90 * time.Minute, Location: utc, From: mustDate("2020-01-01"), Disambiguation: tzdata.Later}},
	{"COUNT needs RFC", window.Spec{Rule: window.Rule{Freq: window.Monthly, ByDay: []window.WeekdayN{{N: 2, Weekday: time.Tuesday}}, Count: 12},
		Start: clk(9, 0), End: clk(12, 0), Location: utc, From: mustDate("2026-01-01")}},
	{"WEEKLY without BYDAY needs RFC", window.Spec{Rule: window.Rule{Freq: window.Weekly},
		Start: clk(1, 0), End: clk(5, 0), Location: berlin, From: mustDate("2026-01-03")}},
	{"wall-clock day", window.Spec{Rule: window.Rule{Freq: window.Weekly, ByDay: []window.WeekdayN{{Weekday: time.Saturday}}},
		Start: clk(6, 0), End: clk(6, 0), Location: berlin, From: mustDate("2026-01-03")}},
	{"wall-clock day with interval", window.Spec{Rule: window.Rule{Freq: window.Weekly, Interval: 2, ByDay: []window.WeekdayN{{Weekday: time.Saturday}}},
		Start: clk(6, 0), End: clk(6, 0), Location: berlin, From: mustDate("2026-01-03")}},
	{"RFC form with everything", window.Spec{Rule: window.Rule{Freq: window.Monthly, Interval: 3, ByDay: []window.WeekdayN{{N: -1, Weekday: time.Saturday}}, WeekStart: time.Sunday},
		Start: clk(22, 30), End: clk(1, 0), Location: denver, From: mustDate("2020-01-01"), Until: mustDate("2030-12-31"),
		Except:         []civil.Date{mustDate("2020-10-31"), mustDate("2021-01-30")},
		Extra:          []window.Extra{{Date: mustDate("2020-11-07"), Start: clk(21, 0)}, {Date: mustDate("2021-02-06"), Start: clk(22, 30)}},
		Disambiguation: tzdata.Reject}},
	{"rule without dates in range", window.Spec{Rule: window.Rule{Freq: window.Monthly, ByMonthDay: []int{31}},
		Start: clk(2, 0), End: clk(3, 0), Location: utc, From: mustDate("2026-02-01"), Until: mustDate("2026-02-28")}},
}

func TestString(t *testing.T) {
	tests := []struct {
		name, spec, want string
	}{
		{"canonical", "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25",
			"last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25"},
		{"notice times", "the last sat of each month 10 p.m. \u2013 2 a.m. America/Denver from 2020-01-25 dst compatible",
			"last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25"},
		{"for 3h", "2nd Tuesday of every month 9am for 3h UTC", "2nd Tuesday of every month 09:00 for 3h UTC"},
		{"for 90m", "2nd Tuesday of every month 9am for 90m UTC", "2nd Tuesday of every month 09:00 for 1h30m UTC"},
		{"for 4h30m0s", "2nd Tuesday of every month 9am for 4h30m0s UTC", "2nd Tuesday of every month 09:00 for 4h30m UTC"},
		{"for seconds", "2nd Tuesday of every month 9am for 3600s UTC", "2nd Tuesday of every month 09:00 for 1h UTC"},
		{"every Sunday", "every sun 1am-5am Europe/Berlin", "every Sunday 01:00-05:00 Europe/Berlin"},
		{"every day until", "every day 2am to 2:30am Asia/Kolkata until 2027-12-31", "every day 02:00-02:30 Asia/Kolkata until 2027-12-31"},
		{"weekday list", "every thu and mon 2am-3am UTC", "every Monday, Thursday 02:00-03:00 UTC"},
		{"ordinal words", "second to last friday of the month noon-1pm UTC", "2nd last Friday of every month 12:00-13:00 UTC"},
		{"ordinal list", "1st and 3rd Monday of each month 02:00-03:00 UTC", "1st Monday, 3rd Monday of every month 02:00-03:00 UTC"},
		{"clauses in canonical order", "every day 02:00-03:00 UTC dst later also 2026-01-06 12:00, 2026-01-05 except 2026-01-06, 2026-01-05 until 2027-01-01 from 2026-01-01",
			"every day 02:00-03:00 UTC from 2026-01-01 until 2027-01-01 except 2026-01-05, 2026-01-06 also 2026-01-05, 2026-01-06 12:00 dst later"},
		{"from 1970-01-01 omitted", "every day 02:00-03:00 UTC from 1970-01-01", "every day 02:00-03:00 UTC"},
		{"RFC with a human form", crlf(denverStart, "DTEND;TZID=America/Denver:20200126T020000", lastSatRule, "EXDATE;TZID=America/Denver:20201226T220000"),
			"last Saturday of every month 22:00 for 4h America/Denver from 2020-01-25 except 2020-12-26"},
		{"RFC wall clock", crlf(denverStart, "DTEND;TZID=America/Denver:20200126T020000", "X-PROSTAR-END:WALL", lastSatRule),
			"last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25"},
		{"RFC with a human form", "DTSTART;TZID=Europe/Berlin:20200106T020000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
			"every other Monday 02:00 for 1h Europe/Berlin from 2020-01-06"},
		{"RFC without a human form", "DTSTART;TZID=Europe/Berlin:20200106T020000\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1",
			"DTSTART;TZID=Europe/Berlin:20200106T020000\r\nDURATION:PT1H\r\nRRULE:FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := window.Parse(tt.spec)
			if err != nil {
				t.Fatal(err)
			}
			if got := s.String(); got != tt.want {
				t.Errorf("Parse(%q).String() = %q, want %q", tt.spec, got, tt.want)
			}
		})
	}
}

func TestRFC5545Export(t *testing.T) {
	tests := []struct {
		name, spec string
		want       []string
	}{
		{"wall-clock end", "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25", []string{
			"DTSTART;TZID=America/Denver:20200125T220000",
			"DTEND;TZID=America/Denver:20200126T020000",
			"X-PROSTAR-END:WALL",
			"RRULE:FREQ=MONTHLY;BYDAY=-1SA",
		}},
		{"wall-clock end on the same day", "last Saturday of every month 20:00-22:00 America/Denver from 2020-01-25", []string{
			"DTSTART;TZID=America/Denver:20200125T200000",
			"DTEND;TZID=America/Denver:20200125T220000",
			"X-PROSTAR-END:WALL",
			"RRULE:FREQ=MONTHLY;BYDAY=-1SA",
		}},
		{"exact length, default from", "2nd Tuesday of every month 09:00 for 3h UTC", []string{
			"DTSTART:19700113T090000Z",
			"DURATION:PT3H",
			"RRULE:FREQ=MONTHLY;BYDAY=2TU",
			"X-PROSTAR-FROM:19700101",
		}},
		{"length with seconds", "every day 09:00 for 1h30m15s UTC from 2026-01-01", []string{
			"DTSTART:20260101T090000Z",
			"DURATION:PT1H30M15S",
			"RRULE:FREQ=DAILY",
		}},
		{"until, except, also, dst", "every Sunday 01:00-05:00 Europe/Berlin from 2026-01-01 until 2026-12-31 except 2026-03-29 also 2026-03-28 23:00 dst later", []string{
			"DTSTART;TZID=Europe/Berlin:20260104T010000",
			"DTEND;TZID=Europe/Berlin:20260104T050000",
			"X-PROSTAR-END:WALL",
			"RRULE:FREQ=WEEKLY;UNTIL=20261231T000000Z;BYDAY=SU",
			"EXDATE;TZID=Europe/Berlin:20260329T010000",
			"RDATE;TZID=Europe/Berlin:20260328T230000",
			"X-PROSTAR-FROM:20260101",
			"X-PROSTAR-DISAMBIGUATION:LATER",
		}},
		{"long EXDATE is folded", "every day 02:00-03:00 UTC from 2026-01-01 except 2026-01-02, 2026-01-03, 2026-01-04, 2026-01-05", []string{
			"DTSTART:20260101T020000Z",
			"DTEND:20260101T030000Z",
			"X-PROSTAR-END:WALL",
			"RRULE:FREQ=DAILY",
			"EXDATE:20260102T020000Z,20260103T020000Z,20260104T020000Z,20260105T020000Z",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := window.Parse(tt.spec)
			if err != nil {
				t.Fatal(err)
			}
			got := s.RFC5545()
			for _, l := range strings.Split(got, "\r\n") {
				if len(l) > 75 {
					t.Errorf("line %q is longer than 75 octets", l)
				}
			}
			unfolded := strings.ReplaceAll(got, "\r\n ", "")
			if diff := cmp.Diff(tt.want, strings.Split(unfolded, "\r\n")); diff != "" {
				t.Errorf("Parse(%q).RFC5545() mismatch (-want +got):\n%s", tt.spec, diff)
			}
		})
	}
}

func TestDescribe(t *testing.T) {
	tests := []struct {
		name, spec, want string
	}{
		{"last Saturday", "last Saturday of every month 22:00-02:00 America/Denver", "the last Saturday of each month"},
		{"2nd Tuesday", "2nd Tuesday of every month 09:00 for 3h UTC", "the second Tuesday of each month"},
		{"2nd last Friday", "2nd last Friday of every month 09:00 for 3h UTC", "the second-to-last Friday of each month"},
		{"1st and 3rd Monday", "1st and 3rd Monday of every month 09:00 for 3h UTC", "the first and third Monday of each month"},
		{"1st Monday and last Friday", "1st Monday and last Friday of every month 09:00 for 3h UTC", "the first Monday and last Friday of each month"},
		{"every Sunday", "every Sunday 01:00-05:00 Europe/Berlin", "every Sunday"},
		{"every Monday and Thursday", "every Monday, Thursday 01:00-05:00 UTC", "every Monday and Thursday"},
		{"three weekdays", "every Mon, Wed, Fri 01:00-05:00 UTC", "every Monday, Wednesday and Friday"},
		{"every day", "every day 02:00-02:30 Asia/Kolkata", "every day"},
		{"every other week", "DTSTART:20200106T020000Z\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "every other week on Monday"},
		{"every 3 weeks", "DTSTART:20200106T020000Z\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH", "every 3 weeks on Monday and Thursday"},
		{"weekly from DTSTART", "DTSTART:20200104T020000Z\nDURATION:PT1H\nRRULE:FREQ=WEEKLY", "every Saturday"},
		{"every 3 days", "DTSTART:20200104T020000Z\nDURATION:PT1H\nRRULE:FREQ=DAILY;INTERVAL=3", "every 3 days"},
		{"daily in months", "DTSTART:20200104T020000Z\nDURATION:PT1H\nRRULE:FREQ=DAILY;BYMONTH=1,7", "every day in January and July"},
		{"15th", "DTSTART:20200115T020000Z\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYMONTHDAY=15", "the 15th of each month"},
		{"last day", "DTSTART:20200131T020000Z\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYMONTHDAY=-1", "the last day of each month"},
		{"1st and last day", "DTSTART:20200101T020000Z\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYMONTHDAY=-1,1", "the 1st and last day of each month"},
		{"monthly from DTSTART", "DTSTART:20200125T020000Z\nDURATION:PT1H\nRRULE:FREQ=MONTHLY", "the 25th of each month"},
		{"every 3 months", "DTSTART:20200125T220000Z\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=-1SA", "the last Saturday of every 3 months"},
		{"every other month", "DTSTART:20200125T220000Z\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=-1SA", "the last Saturday of every other month"},
		{"monthly plain weekday", "DTSTART:20200106T020000Z\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYDAY=MO", "every Monday"},
		{"yearly last Sundays", "DTSTART;TZID=Europe/Berlin:20200329T020000\nDURATION:PT1H\nRRULE:FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU", "the last Sunday of March and October each year"},
		{"yearly from DTSTART", "DTSTART:20200125T020000Z\nDURATION:PT1H\nRRULE:FREQ=YEARLY", "every year on January 25"},
		{"yearly month day", "DTSTART:20201225T020000Z\nDURATION:PT1H\nRRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25", "the 25th of December each year"},
		{"every other year", "DTSTART:20201225T020000Z\nDURATION:PT1H\nRRULE:FREQ=YEARLY;INTERVAL=2;BYMONTH=12;BYMONTHDAY=25", "the 25th of December, every other year"},
		{"BYSETPOS", "DTSTART:20200131T020000Z\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "on a custom schedule"},
		{"BYWEEKNO", "DTSTART:20191230T020000Z\nDURATION:PT1H\nRRULE:FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO", "on a custom schedule"},
		{"Friday the 13th", "DTSTART:20200313T020000Z\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", "on a custom schedule"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := window.Parse(tt.spec)
			if err != nil {
				t.Fatal(err)
			}
			if got := s.Describe(); got != tt.want {
				t.Errorf("Parse(%q).Describe() = %q, want %q", tt.spec, got, tt.want)
			}
		})
	}
}

// allSpecs returns every valid spec of the tables, human and RFC 5545.
func allSpecs() []string {
	var out []string
	for _, tt := range humanTests {
		out = append(out, tt.spec)
	}
	for _, tt := range rfcTests {
		out = append(out, tt.spec)
	}
	for _, tt := range grammarTests {
		out = append(out, tt.spec)
	}
	for _, tt := range pastedTests {
		out = append(out, tt.spec)
	}
	return out
}

// checkRoundTrip checks that Parse of s's String and of its RFC5545 gives
// the same Spec, and that String is stable.
func checkRoundTrip(t *testing.T, s *window.Schedule) {
	t.Helper()
	want := window.ParsedSpec(s)
	for _, text := range []string{s.String(), s.RFC5545()} {
		got, err := window.Parse(text)
		if err != nil {
			t.Errorf("Parse(%q): %v", text, err)
			continue
		}
		if diff := cmp.Diff(want, window.ParsedSpec(got), specOpts); diff != "" {
			t.Errorf("Parse(%q) Spec mismatch (-want +got):\n%s", text, diff)
		}
		if got.String() != s.String() {
			t.Errorf("Parse(%q).String() = %q, want %q", text, got.String(), s.String())
		}
	}
}

func TestRoundTrip(t *testing.T) {
	for _, spec := range allSpecs() {
		t.Run(spec, func(t *testing.T) {
			s, err := window.Parse(spec)
			if err != nil {
				t.Fatal(err)
			}
			checkRoundTrip(t, s)
		})
	}
}

// TestRoundTripGo checks Specs built in Go. Parse fills in what Go leaves
// to defaults (WeekStart Monday, Interval 0 for 1), so the test compares
// the windows of the two schedules, and the Spec once parsed.
func TestRoundTripGo(t *testing.T) {
	for _, tt := range goSpecs {
		t.Run(tt.name, func(t *testing.T) {
			s := mustNew(t, tt.spec)
			for _, text := range []string{s.String(), s.RFC5545()} {
				p, err := window.Parse(text)
				if err != nil {
					t.Fatalf("Parse(%q): %v", text, err)
				}
				sameWindows(t, s, p, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), 10)
				checkRoundTrip(t, p)
			}
		})
	}
}

// sameWindows checks that a and b have the same windows for years years
// from `from`.
func sameWindows(t *testing.T, a, b *window.Schedule, from time.Time, years int) {
	t.Helper()
	to := from.AddDate(years, 0, 0)
	var wa, wb []window.Window
	for w := range a.Windows(from, to) {
		wa = append(wa, w)
	}
	for w := range b.Windows(from, to) {
		wb = append(wb, w)
	}
	if diff := cmp.Diff(wa, wb); diff != "" {
		t.Errorf("windows of %q and %q differ (-first +second):\n%s", a, b, diff)
	}
}

// TestHumanRFCEquivalence checks that the human and RFC 5545 forms of the
// same schedule give the same windows for ten years, DST nights included.
func TestHumanRFCEquivalence(t *testing.T) {
	tests := []struct {
		name, human, rfc string
	}{
		{"Denver wall clock", "last Saturday of every month 10 p.m. to 2 a.m. America/Denver from 2020-01-25",
			crlf(denverStart, "DTEND;TZID=America/Denver:20200126T020000", "X-PROSTAR-END:WALL", lastSatRule)},
		{"Denver exact", "last Saturday of every month 22:00 for 4h America/Denver from 2020-01-25",
			crlf(denverStart, "DTEND;TZID=America/Denver:20200126T020000", lastSatRule)},
		{"Denver DURATION", "last Saturday of every month 22:00 for 4h America/Denver from 2020-01-25",
			crlf(denverStart, "DURATION:PT4H", lastSatRule)},
		{"Berlin every Sunday, later", "every Sunday 01:00-05:00 Europe/Berlin from 2020-01-05 dst later",
			crlf("DTSTART;TZID=Europe/Berlin:20200105T010000", "DTEND;TZID=Europe/Berlin:20200105T050000", "X-PROSTAR-END:WALL",
				"RRULE:FREQ=WEEKLY;BYDAY=SU", "X-PROSTAR-DISAMBIGUATION:LATER")},
		{"Berlin last Saturday 22:00-02:00 reject", "last Saturday of every month 22:00-02:00 Europe/Berlin from 2020-01-25 dst reject",
			crlf("DTSTART;TZID=Europe/Berlin:20200125T220000", "DTEND;TZID=Europe/Berlin:20200126T020000", "X-PROSTAR-END:WALL",
				"RRULE:FREQ=MONTHLY;BYDAY=-1SA", "X-PROSTAR-DISAMBIGUATION:reject")},
		{"Kolkata every day until", "every day 02:00-02:30 Asia/Kolkata from 2020-01-01 until 2027-12-31",
			crlf("DTSTART;TZID=Asia/Kolkata:20200101T020000", "DTEND;TZID=Asia/Kolkata:20200101T023000", "X-PROSTAR-END:WALL",
				"RRULE:FREQ=DAILY;UNTIL=20271230T203000Z")},
		{"Monday and Thursday, except and also", "every Monday, Thursday 02:00-03:00 UTC from 2020-01-02 except 2020-12-24, 2020-12-28 also 2020-12-27 04:00",
			crlf("DTSTART:20200102T020000Z", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;BYDAY=MO,TH",
				"EXDATE;VALUE=DATE:20201224,20201228", "RDATE:20201227T040000Z")},
		{"5th Saturday", "5th Saturday of every month 22:00-02:00 America/Denver from 2020-02-29",
			crlf("DTSTART;TZID=America/Denver:20200229T220000", "DTEND;TZID=America/Denver:20200301T020000", "X-PROSTAR-END:WALL", "RRULE:FREQ=MONTHLY;BYDAY=5SA")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := window.Parse(tt.human)
			if err != nil {
				t.Fatal(err)
			}
			r, err := window.Parse(tt.rfc)
			if err != nil {
				t.Fatal(err)
			}
			sameWindows(t, h, r, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), 10)
		})
	}
}

func TestMarshalJSON(t *testing.T) {
	type config struct {
		Default window.Schedule
		Tenant  *window.Schedule
	}
	in := config{
		Default: *window.MustParse("last Saturday of every month 10 p.m. to 2 a.m. America/Denver from 2020-01-25"),
		Tenant:  window.MustParse("every Sunday 01:00-05:00 Europe/Berlin dst later"),
	}
	b, err := json.Marshal(&in)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"Default":"last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25","Tenant":"every Sunday 01:00-05:00 Europe/Berlin dst later"}`
	if string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out config
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(window.ParsedSpec(&in.Default), window.ParsedSpec(&out.Default), specOpts); diff != "" {
		t.Errorf("Default mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(window.ParsedSpec(in.Tenant), window.ParsedSpec(out.Tenant), specOpts); diff != "" {
		t.Errorf("Tenant mismatch (-want +got):\n%s", diff)
	}

	// A zero Schedule has no text; JSON fails rather than write "".
	if _, err := json.Marshal(&config{Tenant: in.Tenant}); err == nil {
		t.Error("json.Marshal of a zero Schedule succeeded, want an error")
	}
	// Errors come back as *ParseError.
	err = json.Unmarshal([]byte(`{"Tenant":"every Fribday 01:00-05:00 UTC"}`), &out)
	var pe *window.ParseError
	if !errors.As(err, &pe) {
		t.Errorf("json.Unmarshal of a bad spec = %v, want a *window.ParseError", err)
	}
	var nilSchedule *window.Schedule
	if err := nilSchedule.UnmarshalText([]byte("every day 02:00-03:00 UTC")); err == nil {
		t.Error("UnmarshalText on a nil *Schedule succeeded")
	}
}

func TestZeroSchedule(t *testing.T) {
	var zero window.Schedule
	var nilSchedule *window.Schedule
	for _, s := range []*window.Schedule{&zero, nilSchedule} {
		if got := s.String(); got != "" {
			t.Errorf("String() = %q, want \"\"", got)
		}
		if got := s.RFC5545(); got != "" {
			t.Errorf("RFC5545() = %q, want \"\"", got)
		}
		if got := s.Describe(); got != "" {
			t.Errorf("Describe() = %q, want \"\"", got)
		}
		if _, err := s.MarshalText(); err == nil {
			t.Error("MarshalText() succeeded, want an error")
		}
	}
	if err := zero.UnmarshalText([]byte("every day 02:00-03:00 UTC")); err != nil {
		t.Fatal(err)
	}
	if got, want := zero.String(), "every day 02:00-03:00 UTC"; got != want {
		t.Errorf("after UnmarshalText, String() = %q, want %q", got, want)
	}
	if _, ok := zero.Next(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); !ok {
		t.Error("after UnmarshalText, Next found no window")
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil {
			t.Error("MustParse of a bad spec did not panic")
		}
	}()
	window.MustParse("every Fribday 01:00-05:00 UTC")
}

// TestFormatGolden writes String, RFC5545 and Describe of every table row
// to testdata/parse_format.golden, so that a change of output shows in
// review. Rewrite it with -update.
func TestFormatGolden(t *testing.T) {
	var b strings.Builder
	add := func(name string, s *window.Schedule) {
		b.WriteString("== " + name + "\n")
		b.WriteString("String:   " + strings.ReplaceAll(s.String(), "\r\n", "\n          ") + "\n")
		b.WriteString("Describe: " + s.Describe() + "\n")
		b.WriteString(strings.ReplaceAll(s.RFC5545(), "\r\n", "\n") + "\n\n")
	}
	for _, tt := range humanTests {
		add("human: "+tt.name, window.MustParse(tt.spec))
	}
	for _, tt := range rfcTests {
		add("rfc5545: "+tt.name, window.MustParse(tt.spec))
	}
	for _, tt := range goSpecs {
		add("go: "+tt.name, mustNew(t, tt.spec))
	}
	path := filepath.Join("testdata", "parse_format.golden")
	if updating() {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

func BenchmarkParseHuman(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := window.Parse("last Saturday of every month 10 p.m. to 2 a.m. America/Denver from 2020-01-25 except 2026-12-26"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseRFC5545(b *testing.B) {
	spec := crlf(denverStart, "DTEND;TZID=America/Denver:20200126T020000", lastSatRule, "EXDATE;TZID=America/Denver:20261226T220000")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := window.Parse(spec); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkString(b *testing.B) {
	s := window.MustParse("last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25 except 2026-12-26")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = s.String()
	}
}

func BenchmarkRFC5545(b *testing.B) {
	s := window.MustParse("last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25 except 2026-12-26")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = s.RFC5545()
	}
}
