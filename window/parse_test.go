package window_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// Helpers shared by the parse, rfc5545, format and fuzz tests.

func mustLoad(name string) *time.Location {
	loc, err := tzdata.Load(name)
	if err != nil {
		panic(err)
	}
	return loc
}

func mustDate(s string) civil.Date {
	d, err := civil.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func clk(h, m int) civil.Clock { return civil.Clock{Hour: h, Minute: m} }

var (
	denver  = mustLoad("America/Denver")
	berlin  = mustLoad("Europe/Berlin")
	kolkata = mustLoad("Asia/Kolkata")
	utc     = mustLoad("UTC")
	epoch   = civil.Date{Year: 1970, Month: time.January, Day: 1}
)

func monthly(days ...window.WeekdayN) window.Rule {
	return window.Rule{Freq: window.Monthly, ByDay: days, WeekStart: time.Monday}
}

func weekly(days ...time.Weekday) window.Rule {
	r := window.Rule{Freq: window.Weekly, WeekStart: time.Monday}
	for _, d := range days {
		r.ByDay = append(r.ByDay, window.WeekdayN{Weekday: d})
	}
	return r
}

func daily() window.Rule { return window.Rule{Freq: window.Daily, WeekStart: time.Monday} }

func nth(n int, d time.Weekday) window.WeekdayN { return window.WeekdayN{N: n, Weekday: d} }

// specOpts compares Specs: zones by name, and nil and empty lists alike.
var specOpts = cmp.Options{
	cmp.Comparer(func(a, b *time.Location) bool { return a.String() == b.String() }),
	cmpopts.EquateEmpty(),
}

// lastSat is the scenario's schedule, the Spec of
// "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25".
var lastSat = window.Spec{
	Rule:     monthly(nth(-1, time.Saturday)),
	Start:    clk(22, 0),
	End:      clk(2, 0),
	Location: denver,
	From:     mustDate("2020-01-25"),
}

// with returns lastSat changed by f.
func with(f func(*window.Spec)) window.Spec {
	s := lastSat
	f(&s)
	return s
}

// A parseTest is a valid spec and the Spec Parse must give for it.
type parseTest struct {
	name string
	spec string
	want window.Spec
}

// testParse runs Parse on every spec of tests and compares the Spec.
func testParse(t *testing.T, tests []parseTest) {
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := window.Parse(tt.spec)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.spec, err)
			}
			if diff := cmp.Diff(tt.want, window.ParsedSpec(s), specOpts); diff != "" {
				t.Errorf("Parse(%q) Spec mismatch (-want +got):\n%s", tt.spec, diff)
			}
		})
	}
}

// humanTests are valid human specs and the Spec each must give. The fuzz
// and round-trip tests use them too.
var humanTests = []parseTest{
	{"canonical last Saturday", "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25", lastSat},
	{"for 3h", "2nd Tuesday of every month 09:00 for 3h UTC", window.Spec{
		Rule: monthly(nth(2, time.Tuesday)), Start: clk(9, 0), Length: 3 * time.Hour, Location: utc, From: epoch}},
	{"every Sunday", "every Sunday 01:00-05:00 Europe/Berlin", window.Spec{
		Rule: weekly(time.Sunday), Start: clk(1, 0), End: clk(5, 0), Location: berlin, From: epoch}},
	{"every day until", "every day 02:00-02:30 Asia/Kolkata until 2027-12-31", window.Spec{
		Rule: daily(), Start: clk(2, 0), End: clk(2, 30), Location: kolkata, From: epoch, Until: mustDate("2027-12-31")}},
	{"weekday list", "every Monday, Thursday 02:00-03:00 UTC", window.Spec{
		Rule: weekly(time.Monday, time.Thursday), Start: clk(2, 0), End: clk(3, 0), Location: utc, From: epoch}},
	{"weekday list sorted, and, abbreviations", "every thurs and MON, Sun 02:00-03:00 UTC", window.Spec{
		Rule: weekly(time.Monday, time.Thursday, time.Sunday), Start: clk(2, 0), End: clk(3, 0), Location: utc, From: epoch}},
	{"weekday repeats dropped", "every Mon, Monday 02:00-03:00 UTC", window.Spec{
		Rule: weekly(time.Monday), Start: clk(2, 0), End: clk(3, 0), Location: utc, From: epoch}},
	{"abbreviations", "every Tue, Tues, Wed, Thu, Thur, Fri, Sat 02:00-03:00 UTC", window.Spec{
		Rule: weekly(time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday), Start: clk(2, 0), End: clk(3, 0), Location: utc, From: epoch}},
	{"upper case", "LAST SAT OF EVERY MONTH 22:00-02:00 America/Denver FROM 2020-01-25", lastSat},
	{"extra space", "  last   Saturday\tof every month  22:00 - 02:00   America/Denver  from 2020-01-25 ", lastSat},
	{"of each month", "last Saturday of each month 22:00-02:00 America/Denver from 2020-01-25", lastSat},
	{"of the month", "last Saturday of the month 22:00-02:00 America/Denver from 2020-01-25", lastSat},
	{"leading the", "the last Saturday of each month 22:00-02:00 America/Denver from 2020-01-25", lastSat},
	{"en dash", "last Saturday of every month 22:00\u201302:00 America/Denver from 2020-01-25", lastSat},
	{"em dash with spaces", "last Saturday of every month 22:00 \u2014 02:00 America/Denver from 2020-01-25", lastSat},
	{"to", "last Saturday of every month 22:00 to 02:00 America/Denver from 2020-01-25", lastSat},
	{"p.m. to a.m.", "last Saturday of every month 10 p.m. to 2 a.m. America/Denver from 2020-01-25", lastSat},
	{"pm-am", "last Saturday of every month 10pm-2am America/Denver from 2020-01-25", lastSat},
	{"PM en dash AM", "last Saturday of every month 10PM\u20132AM America/Denver from 2020-01-25", lastSat},
	{"p.m.-a.m.", "last Saturday of every month 10 p.m.-2 a.m. America/Denver from 2020-01-25", lastSat},
	{"pm - am spaced", "last Saturday of every month 10 pm - 2 am America/Denver from 2020-01-25", lastSat},
	{"p.m without final dot", "last Saturday of every month 10 p.m to 2 a.m America/Denver from 2020-01-25", lastSat},
	{"minutes with p.m.", "last Saturday of every month 10:30 p.m. to 1:15 a.m. America/Denver from 2020-01-25",
		with(func(s *window.Spec) { s.Start, s.End = clk(22, 30), clk(1, 15) })},
	{"noon to midnight", "last Saturday of every month noon to midnight America/Denver from 2020-01-25",
		with(func(s *window.Spec) { s.Start, s.End = clk(12, 0), clk(0, 0) })},
	{"midnight-4am", "last Saturday of every month midnight-4am America/Denver from 2020-01-25",
		with(func(s *window.Spec) { s.Start, s.End = clk(0, 0), clk(4, 0) })},
	{"12 a.m. and 12 p.m.", "last Saturday of every month 12 a.m. to 12 p.m. America/Denver from 2020-01-25",
		with(func(s *window.Spec) { s.Start, s.End = clk(0, 0), clk(12, 0) })},
	{"one-digit hour", "last Saturday of every month 9:00-17:00 America/Denver from 2020-01-25",
		with(func(s *window.Spec) { s.Start, s.End = clk(9, 0), clk(17, 0) })},
	{"24:00 end", "last Saturday of every month 22:00-24:00 America/Denver from 2020-01-25",
		with(func(s *window.Spec) { s.End = clk(0, 0) })},
	{"for 90m", "last Saturday of every month 22:00 for 90m America/Denver from 2020-01-25",
		with(func(s *window.Spec) { s.End, s.Length = clk(0, 0), 90*time.Minute })},
	{"for 4h30m", "last Saturday of every month 22:00 for 4h30m America/Denver from 2020-01-25",
		with(func(s *window.Spec) { s.End, s.Length = clk(0, 0), 4*time.Hour+30*time.Minute })},
	{"for 25h monthly", "last Saturday of every month 22:00 for 25h America/Denver from 2020-01-25",
		with(func(s *window.Spec) { s.End, s.Length = clk(0, 0), 25*time.Hour })},
	{"for with seconds", "last Saturday of every month 22:00 for 1h0m30s America/Denver from 2020-01-25",
		with(func(s *window.Spec) { s.End, s.Length = clk(0, 0), time.Hour+30*time.Second })},
	{"1st", "1st Monday of every month 02:00-03:00 UTC", window.Spec{
		Rule: monthly(nth(1, time.Monday)), Start: clk(2, 0), End: clk(3, 0), Location: utc, From: epoch}},
	{"third", "third Wednesday of every month 02:00-03:00 UTC", window.Spec{
		Rule: monthly(nth(3, time.Wednesday)), Start: clk(2, 0), End: clk(3, 0), Location: utc, From: epoch}},
	{"5th", "5th Saturday of every month 02:00-03:00 UTC", window.Spec{
		Rule: monthly(nth(5, time.Saturday)), Start: clk(2, 0), End: clk(3, 0), Location: utc, From: epoch}},
	{"fifth", "fifth Saturday of every month 02:00-03:00 UTC", window.Spec{
		Rule: monthly(nth(5, time.Saturday)), Start: clk(2, 0), End: clk(3, 0), Location: utc, From: epoch}},
	{"2nd last", "2nd last Friday of every month 02:00-03:00 UTC", window.Spec{
		Rule: monthly(nth(-2, time.Friday)), Start: clk(2, 0), End: clk(3, 0), Location: utc, From: epoch}},
	{"second last", "second last Friday of every month 02:00-03:00 UTC", window.Spec{
		Rule: monthly(nth(-2, time.Friday)), Start: clk(2, 0), End: clk(3, 0), Location: utc, From: epoch}},
	{"third to last", "third to last Friday of every month 02:00-03:00 UTC", window.Spec{
		Rule: monthly(nth(-3, time.Friday)), Start: clk(2, 0), End: clk(3, 0), Location: utc, From: epoch}},
	{"5th last", "5th last Friday of every month 02:00-03:00 UTC", window.Spec{
		Rule: monthly(nth(-5, time.Friday)), Start: clk(2, 0), End: clk(3, 0), Location: utc, From: epoch}},
	{"ordinals sharing a weekday", "1st and 3rd Monday of every month 02:00-03:00 UTC", window.Spec{
		Rule: monthly(nth(1, time.Monday), nth(3, time.Monday)), Start: clk(2, 0), End: clk(3, 0), Location: utc, From: epoch}},
	{"ordinal list", "last Friday, the 1st Monday of every month 02:00-03:00 UTC", window.Spec{
		Rule: monthly(nth(1, time.Monday), nth(-1, time.Friday)), Start: clk(2, 0), End: clk(3, 0), Location: utc, From: epoch}},
	{"zone with dashes", "every day 02:00-03:00 America/Port-au-Prince", window.Spec{
		Rule: daily(), Start: clk(2, 0), End: clk(3, 0), Location: mustLoad("America/Port-au-Prince"), From: epoch}},
	{"zone Etc/GMT", "every day 02:00-03:00 Etc/GMT", window.Spec{
		Rule: daily(), Start: clk(2, 0), End: clk(3, 0), Location: mustLoad("Etc/GMT"), From: epoch}},
	{"zone starting with am", "every day 2am-3am America/Denver", window.Spec{
		Rule: daily(), Start: clk(2, 0), End: clk(3, 0), Location: denver, From: epoch}},
	{"Santiago midnight skipped, until", "every day 00:00-01:00 America/Santiago from 2025-09-01 until 2025-09-07", window.Spec{
		Rule: daily(), Start: clk(0, 0), End: clk(1, 0), Location: mustLoad("America/Santiago"),
		From: mustDate("2025-09-01"), Until: mustDate("2025-09-07")}},
	{"until", "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25 until 2026-12-31",
		with(func(s *window.Spec) { s.Until = mustDate("2026-12-31") })},
	{"except list", "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25 except 2026-12-26, 2027-12-25 and 2028-12-30",
		with(func(s *window.Spec) {
			s.Except = []civil.Date{mustDate("2026-12-26"), mustDate("2027-12-25"), mustDate("2028-12-30")}
		})},
	{"also", "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25 also 2026-12-19, 2026-12-20 20:00, 2026-12-21 8 p.m.",
		with(func(s *window.Spec) {
			s.Extra = []window.Extra{
				{Date: mustDate("2026-12-19"), Start: clk(22, 0)},
				{Date: mustDate("2026-12-20"), Start: clk(20, 0)},
				{Date: mustDate("2026-12-21"), Start: clk(20, 0)},
			}
		})},
	{"dst later", "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25 dst later",
		with(func(s *window.Spec) { s.Disambiguation = tzdata.Later })},
	{"dst earlier", "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25 dst Earlier",
		with(func(s *window.Spec) { s.Disambiguation = tzdata.Earlier })},
	{"dst reject", "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25 dst reject",
		with(func(s *window.Spec) { s.Disambiguation = tzdata.Reject })},
	{"dst compatible", "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25 dst compatible", lastSat},
	{"clauses in any order", "last Saturday of every month 22:00-02:00 America/Denver dst later except 2026-12-26 until 2030-01-01 from 2020-01-25",
		with(func(s *window.Spec) {
			s.Disambiguation = tzdata.Later
			s.Except = []civil.Date{mustDate("2026-12-26")}
			s.Until = mustDate("2030-01-01")
		})},
	{"every clause", "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25 until 2030-01-01 except 2026-12-26 also 2026-12-19 dst later",
		with(func(s *window.Spec) {
			s.Disambiguation = tzdata.Later
			s.Except = []civil.Date{mustDate("2026-12-26")}
			s.Extra = []window.Extra{{Date: mustDate("2026-12-19"), Start: clk(22, 0)}}
			s.Until = mustDate("2030-01-01")
		})},
}

func TestParseHuman(t *testing.T) { testParse(t, humanTests) }

// humanErrors are invalid human specs, a part of the message each must
// give, and the position of the bad part (-1: the spec as a whole).
var humanErrors = []struct {
	name string
	spec string
	want string
	pos  int
}{
	{"empty", "", "empty spec", 0},
	{"blank", "   ", "empty spec", 0},
	{"unknown rule", "weekly on Monday 02:00-03:00 UTC", `"weekly" says too little: which day?`, 0},
	{"quarterly", "quarterly 02:00-03:00 UTC", `"quarterly" says too little: which day? (write, for example, "1st Monday of January, April, July and October"`, 0},
	{"unknown rule word", "fortnightly 02:00-03:00 UTC", `unknown rule "fortnightly"`, 0},
	{"unknown weekday", "last Fribday of every month 22:00-02:00 UTC", `unknown weekday "Fribday" (want Monday..Sunday)`, 5},
	{"unknown weekday after every", "every Funday 22:00-02:00 UTC", `unknown weekday "Funday"`, 6},
	{"weekday list ends in and", "every Monday and 22:00-02:00 UTC", `want a start time such as 22:00, 10pm or 10 p.m., got "and"`, 13},
	{"6th", "6th Saturday of every month 22:00-02:00 UTC", `no month has a 6th Saturday (want 1st..5th, last or 2nd last..5th last)`, 0},
	{"32nd day", "32nd of every month 22:00-02:00 UTC", `unknown rule "32nd"`, 0},
	{"bad suffix", "15rd of every month 22:00-02:00 UTC", `unknown rule "15rd"`, 0},
	{"weekdays and month days", "1st Monday and 15th of every month 22:00-02:00 UTC", `either weekdays ("2nd Tuesday") or days of the month ("15th"), not both`, 15},
	{"every month without a day", "every month 22:00-02:00 UTC", `"every month" needs a day`, 6},
	{"every 3 weeks without on", "every 3 weeks Saturday 22:00-02:00 UTC", `want "on WEEKDAY" after "weeks"`, 14},
	{"interval zero", "every 0 days 22:00-02:00 UTC", `bad interval "0"`, 6},
	{"of every year", "last Sunday of every year 22:00-02:00 UTC", `name the months instead, as in "last Sunday of March and October"; the RFC 5545 form says more, for example RRULE:`, 21},
	{"unknown month", "last Sunday of March and Octember 22:00-02:00 UTC", `want a start time`, 21},
	{"weekday offset needs a weekday", "the Saturday after the 15th of every month 22:00-02:00 UTC", `"the Saturday after" needs one weekday to count from`, 0},
	{"offset without after", "2 days the 2nd Tuesday of every month 22:00-02:00 UTC", `want "after" or "before", got "the"`, 7},
	{"on with from", "on 2026-12-24 22:00-02:00 UTC from 2026-01-01", `"from" with a one-off window`, 30},
	{"next day after a later end", "every day 01:00 to 02:00 the next day UTC", `02:00 the next day is more than a day after 01:00`, 18},
	{"for 2 days, daily", "every day 01:00 for 2 days UTC", `windows of 48h0m0s (plus 3h0m0s for clock changes) would overlap`, -1},
	{"days and hours", "15th of every month 01:00 for 2 days 3 hours UTC", `a window of 2 days and 3h has no human form`, 37},
	{"for unknown unit", "every day 01:00 for 2 fortnights UTC", `unknown unit "fortnights"`, 22},
	{"except not selected", "every Saturday 22:00-02:00 America/Denver except 2026-12-25", `except 2026-12-25 (a Friday): the rule never selects it; the nearest dates it selects are Saturday 2026-12-19 and Saturday 2026-12-26`, -1},
	{"abbreviation", "every Saturday 22:00-02:00 MST", `"MST" is a legacy IANA name`, 27},
	{"summer abbreviation", "every Saturday 22:00-02:00 MDT", `"MDT" is a time zone abbreviation, not a zone: it is the summer time (UTC-6) of America/Denver`, 27},

	{"missing of", "last Saturday 22:00-02:00 UTC", `want "of every month" after the day, got "22:00-02:00"`, 14},
	{"of every week", "last Saturday of every week 22:00-02:00 UTC", `want "month", got "week"`, 23},
	{"of some month", "last Saturday of some month 22:00-02:00 UTC", `want "of every month", "of every 3 months" or a month such as "of March and October", got "some"`, 17},
	{"missing times", "every day UTC", `want a start time such as 22:00, 10pm or 10 p.m., got "UTC"`, 10},
	{"missing end", "every day 22:00 UTC", `want "-END", "to END" or "for DURATION" after the start time, got "UTC"`, 16},
	{"nothing after start", "every day 22:00", `want "-END", "to END" or "for DURATION" after the start time, got end of spec`, 15},
	{"hour 25", "every day 25:00-02:00 UTC", `bad time "25:00" (want 00:00..23:59)`, 10},
	{"minute 60", "every day 22:60-02:00 UTC", `bad time "22:60" (want 00:00..23:59)`, 10},
	{"24:00 start", "every day 24:00-02:00 UTC", `bad time "24:00"`, 10},
	{"one-digit minute", "every day 22:0-02:00 UTC", `bad time "22:0-02:00"`, 10},
	{"three-digit hour", "every day 2200-0200 UTC", `bad time "2200-0200"`, 10},
	{"bare hour alone", "every day 10 for 2h UTC", `bad time "10" (want HH:MM, 10pm, 10:30 p.m., noon or midnight; a bare hour needs a.m. or p.m.)`, 10},
	{"13pm", "every day 13pm-2am UTC", `bad time "13" (want an hour 1..12 before a.m. or p.m.)`, 10},
	{"0am", "every day 0am-2am UTC", `bad time "0" (want an hour 1..12`, 10},
	{"time glued to zone", "every day 22:00-02:00UTC", `bad time "02:00UTC"`, 16},
	{"bad end", "every day 22:00 to lunch UTC", `bad time "lunch"`, 19},
	{"for words", "every day 22:00 for three hours UTC", `bad duration "three"`, 20},
	{"for unit", "every day 22:00 for 3x UTC", `bad duration "3x"`, 20},
	{"for zero", "every day 22:00 for 0s UTC", `duration "0s" is not positive`, 20},
	{"for negative", "every day 22:00 for -1h UTC", `duration "-1h" is not positive`, 20},
	{"for plus", "every day 22:00 for +1h UTC", `bad duration "+1h"`, 20},
	{"missing zone", "every day 22:00-02:00", "missing zone at end of spec (want an IANA zone name such as America/Denver, UTC or UTC-7)", 21},
	{"missing zone before from", "every day 22:00-02:00 from 2020-01-01", `missing zone at "from"`, 22},
	{"inverted zone", "every day 02:00-03:00 Etc/GMT-5", "tzdata: Etc/GMT-5 is UTC+5 (IANA's sign is inverted); write UTC+5", 22},
	{"unknown zone", "every day 22:00-02:00 America/Denvr", `tzdata: unknown zone "America/Denvr" (did you mean America/Denver?)`, 22},
	{"zone in wrong case", "every day 22:00-02:00 america/denver", `tzdata: unknown zone "america/denver" (did you mean America/Denver?)`, 22},
	{"Local", "every day 22:00-02:00 Local", `tzdata: unknown zone "Local"`, 22},
	{"bad from", "every day 22:00-02:00 UTC from 2020-13-01", `bad date "2020-13-01" (want YYYY-MM-DD)`, 31},
	{"bad until", "every day 22:00-02:00 UTC until 2021-02-29", `bad date "2021-02-29"`, 32},
	{"from without date", "every day 22:00-02:00 UTC from", `bad date end of spec`, 30},
	{"except trailing comma", "every day 22:00-02:00 UTC except 2020-01-01,", `bad date end of spec`, 44},
	{"except with two commas", "every day 22:00-02:00 UTC except 2020-01-01,,2020-01-02", `bad date ","`, 44},
	{"also bad time", "every day 22:00-02:00 UTC also 2020-01-01 25:00", `bad time "25:00"`, 42},
	{"also dates without comma", "every day 22:00-02:00 UTC also 2020-01-01 2020-01-02", `bad time "2020-01-02"`, 42},
	{"trailing comma", "every day 22:00-02:00 UTC,", `unexpected "," (want from, until, except, also or dst)`, 25},
	{"unexpected word", "every day 22:00-02:00 UTC tomorrow", `unexpected "tomorrow" (want from, until, except, also or dst)`, 26},
	{"clause twice", "every day 22:00-02:00 UTC from 2020-01-01 from 2021-01-01", `"from" given twice`, 42},
	{"unknown dst", "every day 22:00-02:00 UTC dst sometimes", `unknown dst rule "sometimes" (want compatible, earlier, later or reject)`, 30},
	{"overlap", "every day 22:00 for 25h UTC", "", -1},
	{"until before from", "every day 22:00-02:00 UTC from 2020-01-02 until 2020-01-01", "", -1},
	{"last weekday of the month", "last weekday of every month 22:00-02:00 UTC", "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", 5},
	{"a number of windows", "every Saturday 22:00-02:00 UTC 5 times", "the RFC 5545 form says it with COUNT", 31},
	{"every hour", "every hour 22:00-02:00 UTC", "windows recur on dates, not every hour", 6},
	{"also duplicates an occurrence", "every Saturday 22:00-02:00 UTC also 2026-12-26 22:00", "extra window 2026-12-26 22:00 duplicates the rule's window of 2026-12-26", -1},
	{"also overlaps the next day's window", "every day 22:00-02:00 UTC also 2026-01-02 21:00", "extra window 2026-01-02 21:00 would overlap the rule's window of 2026-01-02 (want them 7h0m0s apart; except 2026-01-02 to move it)", -1},
	{"also overlaps Sunday's window", "every Saturday, Sunday 22:00-02:00 UTC also 2026-01-04 21:00", "extra window 2026-01-04 21:00 would overlap the rule's window of 2026-01-04", -1},
	{"also inside the previous day's window", "every day 22:00-02:00 UTC also 2026-01-02 01:00", "extra window 2026-01-02 01:00 would overlap the rule's window of 2026-01-01", -1},
	{"too long", "every day 22:00-02:00 UTC" + strings.Repeat(" ", 64<<10), "bytes (want at most 65536)", 65536},
}

func TestParseHumanErrors(t *testing.T) {
	for _, tt := range humanErrors {
		t.Run(tt.name, func(t *testing.T) {
			checkParseError(t, tt.spec, tt.want, tt.pos)
		})
	}
}

// checkParseError checks that Parse(spec) fails with a *ParseError whose
// message contains want, at pos.
func checkParseError(t *testing.T, spec, want string, pos int) {
	t.Helper()
	s, err := window.Parse(spec)
	if err == nil {
		t.Fatalf("Parse(%q) = %v, want an error", spec, s)
	}
	var pe *window.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("Parse(%q) error %T %v, want a *window.ParseError", spec, err, err)
	}
	if pe.Spec != spec {
		t.Errorf("Parse(%q) ParseError.Spec = %q", spec, pe.Spec)
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "window: parse ") {
		t.Errorf("Parse(%q) error %q, want the prefix %q", spec, msg, "window: parse ")
	}
	if strings.Count(msg, "window: ") != 1 {
		t.Errorf("Parse(%q) error %q repeats the package prefix", spec, msg)
	}
	if !strings.Contains(msg, want) {
		t.Errorf("Parse(%q) error %q, want it to contain %q", spec, msg, want)
	}
	if pe.Pos != pos {
		t.Errorf("Parse(%q) error at %d, want %d (%q)", spec, pe.Pos, pos, msg)
	}
}

func TestParseErrorMessage(t *testing.T) {
	const spec = "last Fribday of every month 22:00-02:00 UTC"
	_, err := window.Parse(spec)
	const want = `window: parse "last Fribday of every month 22:00-02:00 UTC": unknown weekday "Fribday" (want Monday..Sunday)`
	if err == nil || err.Error() != want {
		t.Errorf("Parse(%q) = %v, want %s", spec, err, want)
	}
}

func TestParseErrorLongSpec(t *testing.T) {
	spec := "every day 22:00-02:00 Nowhere/" + strings.Repeat("x", 1000)
	_, err := window.Parse(spec)
	if err == nil {
		t.Fatal("Parse of an unknown zone succeeded")
	}
	if n := len(err.Error()); n > 400 {
		t.Errorf("error message is %d bytes, want the spec shortened: %s", n, err)
	}
}

func TestParseUnknownZoneIs(t *testing.T) {
	for _, spec := range []string{
		"every day 22:00-02:00 America/Denvr",
		"DTSTART;TZID=America/Denvr:20200125T220000\r\nDURATION:PT4H\r\nRRULE:FREQ=DAILY",
	} {
		_, err := window.Parse(spec)
		if !errors.Is(err, tzdata.ErrUnknownZone) {
			t.Errorf("Parse(%q) = %v, want an error wrapping tzdata.ErrUnknownZone", spec, err)
		}
		if err != nil && !strings.Contains(err.Error(), "did you mean America/Denver?") {
			t.Errorf("Parse(%q) = %v, want the suggestion kept", spec, err)
		}
	}
}

func TestParseErrorZeroValue(t *testing.T) {
	// A nil *ParseError Err must not panic in Error.
	var pe window.ParseError
	if got := pe.Error(); !strings.HasPrefix(got, "window: parse") {
		t.Errorf("zero ParseError.Error() = %q", got)
	}
}
