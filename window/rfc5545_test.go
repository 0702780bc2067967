package window_test

import (
	"strings"
	"testing"
	"time"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// crlf joins content lines as RFC 5545 does.
func crlf(lines ...string) string { return strings.Join(lines, "\r\n") + "\r\n" }

const (
	denverStart = "DTSTART;TZID=America/Denver:20200125T220000"
	lastSatRule = "RRULE:FREQ=MONTHLY;BYDAY=-1SA"
)

// lastSatLen is lastSat with an exact 4-hour length, what DTEND means.
var lastSatLen = with(func(s *window.Spec) { s.End, s.Length = civil.Clock{}, 4*time.Hour })

// rfcTests are valid RFC 5545 specs and the Spec each must give.
var rfcTests = []parseTest{
	{"DESIGN example: DTEND is exact", crlf(denverStart,
		"DTEND;TZID=America/Denver:20200126T020000", lastSatRule,
		"EXDATE;TZID=America/Denver:20201226T220000"),
		with(func(s *window.Spec) {
			s.End, s.Length = civil.Clock{}, 4*time.Hour
			s.Except = []civil.Date{mustDate("2020-12-26")}
		})},
	{"DTEND wall clock", crlf(denverStart, "DTEND;TZID=America/Denver:20200126T020000", "X-PROSTAR-END:WALL", lastSatRule), lastSat},
	{"DTEND wall clock same day", crlf(denverStart, "DTEND;TZID=America/Denver:20200125T230000", "X-PROSTAR-END:wall", lastSatRule),
		with(func(s *window.Spec) { s.End = clk(23, 0) })},
	{"DTEND X-PROSTAR-END:EXACT", crlf(denverStart, "DTEND;TZID=America/Denver:20200126T020000", "X-PROSTAR-END:EXACT", lastSatRule), lastSatLen},
	{"DTEND exact over the fall-back night", crlf("DTSTART;TZID=America/Denver:20261031T220000",
		"DTEND;TZID=America/Denver:20261101T020000", lastSatRule),
		with(func(s *window.Spec) {
			s.From, s.End, s.Length = mustDate("2026-10-31"), civil.Clock{}, 5*time.Hour
		})},
	{"DTEND in UTC", crlf(denverStart, "DTEND:20200126T090000Z", lastSatRule), lastSatLen},
	{"DURATION PT4H", crlf(denverStart, "DURATION:PT4H", lastSatRule), lastSatLen},
	{"DURATION PT90M", crlf(denverStart, "DURATION:PT90M", lastSatRule),
		with(func(s *window.Spec) { s.End, s.Length = civil.Clock{}, 90*time.Minute })},
	{"DURATION PT1H30M15S", crlf(denverStart, "DURATION:+PT1H30M15S", lastSatRule),
		with(func(s *window.Spec) { s.End, s.Length = civil.Clock{}, 90*time.Minute+15*time.Second })},
	{"DURATION P1D is a wall-clock day", crlf(denverStart, "DURATION:P1D", lastSatRule),
		with(func(s *window.Spec) { s.End = clk(22, 0) })},
	{"DURATION P0DT4H", crlf(denverStart, "DURATION:P0DT4H", lastSatRule), lastSatLen},
	{"LF, lower case, no final newline", "dtstart;tzid=America/Denver:20200125t220000\nduration:pt4h\nrrule:freq=monthly;byday=-1sa", lastSatLen},
	{"folded lines", "DTSTART;TZID=America/\r\n Denver:20200125T220000\r\nDURA\r\n\tTION:PT4H\r\nRRULE:FREQ=MONTHLY;\r\n BYDAY=-1SA\r\n", lastSatLen},
	{"blank lines", "\r\n" + crlf(denverStart, "", "DURATION:PT4H", lastSatRule) + "\r\n", lastSatLen},
	{"quoted TZID", crlf(`DTSTART;TZID="America/Denver":20200125T220000`, "DURATION:PT4H", lastSatRule), lastSatLen},
	{"UTC DTSTART", crlf("DTSTART:20200125T220000Z", "DURATION:PT4H", lastSatRule),
		with(func(s *window.Spec) { s.Location, s.End, s.Length = utc, civil.Clock{}, 4*time.Hour })},
	{"VALUE=DATE-TIME", crlf("DTSTART;VALUE=DATE-TIME;TZID=America/Denver:20200125T220000", "DURATION:PT4H", lastSatRule), lastSatLen},
	{"INTERVAL", crlf("DTSTART;TZID=Europe/Berlin:20200106T020000", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
		window.Spec{Rule: window.Rule{Freq: window.Weekly, Interval: 2, ByDay: []window.WeekdayN{{Weekday: time.Monday}}, WeekStart: time.Monday},
			Start: clk(2, 0), Length: time.Hour, Location: berlin, From: mustDate("2020-01-06")}},
	{"INTERVAL=1 is the default", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=-1SA"), lastSatLen},
	{"WKST", crlf("DTSTART;TZID=Europe/Berlin:20200106T020000", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=SU"),
		window.Spec{Rule: window.Rule{Freq: window.Weekly, Interval: 2, ByDay: []window.WeekdayN{{Weekday: time.Monday}}, WeekStart: time.Sunday},
			Start: clk(2, 0), Length: time.Hour, Location: berlin, From: mustDate("2020-01-06")}},
	{"WKST that changes nothing is Monday", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=-1SA;WKST=SU"), lastSatLen},
	{"BYMONTHDAY sorted", crlf("DTSTART;TZID=Europe/Berlin:20200115T020000", "DURATION:PT1H", "RRULE:FREQ=MONTHLY;BYMONTHDAY=-1,15"),
		window.Spec{Rule: window.Rule{Freq: window.Monthly, ByMonthDay: []int{15, -1}, WeekStart: time.Monday},
			Start: clk(2, 0), Length: time.Hour, Location: berlin, From: mustDate("2020-01-15")}},
	{"YEARLY BYMONTH BYDAY", crlf("DTSTART;TZID=Europe/Berlin:20200329T020000", "DURATION:PT1H", "RRULE:FREQ=YEARLY;BYMONTH=10,3;BYDAY=-1SU"),
		window.Spec{Rule: window.Rule{Freq: window.Yearly, ByMonth: []time.Month{time.March, time.October}, ByDay: []window.WeekdayN{{N: -1, Weekday: time.Sunday}}, WeekStart: time.Monday},
			Start: clk(2, 0), Length: time.Hour, Location: berlin, From: mustDate("2020-03-29")}},
	{"YEARLY BYDAY=20MO", crlf("DTSTART;TZID=Europe/Berlin:20200518T020000", "DURATION:PT1H", "RRULE:FREQ=YEARLY;BYDAY=20MO"),
		window.Spec{Rule: window.Rule{Freq: window.Yearly, ByDay: []window.WeekdayN{{N: 20, Weekday: time.Monday}}, WeekStart: time.Monday},
			Start: clk(2, 0), Length: time.Hour, Location: berlin, From: mustDate("2020-05-18")}},
	{"BYYEARDAY", crlf("DTSTART;TZID=Europe/Berlin:20200409T020000", "DURATION:PT1H", "RRULE:FREQ=YEARLY;BYYEARDAY=100"),
		window.Spec{Rule: window.Rule{Freq: window.Yearly, ByYearDay: []int{100}, WeekStart: time.Monday},
			Start: clk(2, 0), Length: time.Hour, Location: berlin, From: mustDate("2020-04-09")}},
	{"BYWEEKNO", crlf("DTSTART;TZID=Europe/Berlin:20191230T020000", "DURATION:PT1H", "RRULE:FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO"),
		window.Spec{Rule: window.Rule{Freq: window.Yearly, ByWeekNo: []int{1}, ByDay: []window.WeekdayN{{Weekday: time.Monday}}, WeekStart: time.Monday},
			Start: clk(2, 0), Length: time.Hour, Location: berlin, From: mustDate("2019-12-30")}},
	{"BYSETPOS", crlf("DTSTART;TZID=Europe/Berlin:20200131T020000", "DURATION:PT1H", "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
		window.Spec{Rule: window.Rule{Freq: window.Monthly, BySetPos: []int{-1}, WeekStart: time.Monday, ByDay: []window.WeekdayN{
			{Weekday: time.Monday}, {Weekday: time.Tuesday}, {Weekday: time.Wednesday}, {Weekday: time.Thursday}, {Weekday: time.Friday}}},
			Start: clk(2, 0), Length: time.Hour, Location: berlin, From: mustDate("2020-01-31")}},
	{"COUNT", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=-1SA;COUNT=10"),
		with(func(s *window.Spec) { s.End, s.Length, s.Rule.Count = civil.Clock{}, 4*time.Hour, 10 })},
	{"UNTIL date", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=-1SA;UNTIL=20261231"),
		with(func(s *window.Spec) { s.End, s.Length, s.Until = civil.Clock{}, 4*time.Hour, mustDate("2026-12-31") })},
	{"UNTIL UTC at the last start", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=-1SA;UNTIL=20261227T050000Z"),
		with(func(s *window.Spec) { s.End, s.Length, s.Until = civil.Clock{}, 4*time.Hour, mustDate("2026-12-26") })},
	{"UNTIL UTC a second before the last start", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=-1SA;UNTIL=20261227T045959Z"),
		with(func(s *window.Spec) { s.End, s.Length, s.Until = civil.Clock{}, 4*time.Hour, mustDate("2026-12-25") })},
	{"UNTIL floating is local", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=-1SA;UNTIL=20261226T220000"),
		with(func(s *window.Spec) { s.End, s.Length, s.Until = civil.Clock{}, 4*time.Hour, mustDate("2026-12-26") })},
	{"EXDATE lists and lines", crlf(denverStart, "DURATION:PT4H", lastSatRule,
		"EXDATE;TZID=America/Denver:20201226T220000,20211225T220000", "EXDATE;VALUE=DATE:20221231", "EXDATE:20230129T050000Z"),
		with(func(s *window.Spec) {
			s.End, s.Length = civil.Clock{}, 4*time.Hour
			s.Except = []civil.Date{mustDate("2020-12-26"), mustDate("2021-12-25"), mustDate("2022-12-31"), mustDate("2023-01-28")}
		})},
	{"RDATE", crlf(denverStart, "DURATION:PT4H", lastSatRule,
		"RDATE;TZID=America/Denver:20201219T200000", "RDATE;VALUE=DATE:20201220", "RDATE:20201222T030000Z"),
		with(func(s *window.Spec) {
			s.End, s.Length = civil.Clock{}, 4*time.Hour
			s.Extra = []window.Extra{
				{Date: mustDate("2020-12-19"), Start: clk(20, 0)},
				{Date: mustDate("2020-12-20"), Start: clk(22, 0)},
				{Date: mustDate("2020-12-21"), Start: clk(20, 0)},
			}
		})},
	{"disambiguation", crlf(denverStart, "DURATION:PT4H", lastSatRule, "X-PROSTAR-DISAMBIGUATION:later"),
		with(func(s *window.Spec) { s.End, s.Length, s.Disambiguation = civil.Clock{}, 4*time.Hour, tzdata.Later })},
	{"X-PROSTAR-FROM", crlf(denverStart, "DURATION:PT4H", lastSatRule, "X-PROSTAR-FROM:20200101"),
		with(func(s *window.Spec) { s.End, s.Length, s.From = civil.Clock{}, 4*time.Hour, mustDate("2020-01-01") })},
	{"no RRULE: one window", crlf(denverStart, "DURATION:PT4H"), window.Spec{
		Rule: daily(), Start: clk(22, 0), Length: 4 * time.Hour, Location: denver, From: mustDate("2020-01-25"), Until: mustDate("2020-01-25")}},
}

func TestParseRFC5545(t *testing.T) { testParse(t, rfcTests) }

// rfcErrors are invalid RFC 5545 specs, a part of the message, and where
// the error must point: at the first occurrence of at in the spec (or, for
// "a|b", at the b of the first "ab"), at 0 for "^", at the end for "$", and
// -1 (the spec as a whole) for "".
var rfcErrors = []struct {
	name, spec, want, at string
}{
	{"missing DTSTART", "RRULE:FREQ=DAILY\r\nDURATION:PT1H", "missing DTSTART", "^"},
	{"floating DTSTART", crlf("DTSTART:20200125T220000", "DURATION:PT4H", lastSatRule), "DTSTART: floating time has no zone (want TZID=Zone or a UTC time ending in Z)", "20200125T220000"},
	{"DATE DTSTART", crlf("DTSTART;VALUE=DATE:20200125", "DURATION:PT4H", lastSatRule), "DTSTART is a DATE", "20200125"},
	{"DTSTART seconds", crlf("DTSTART;TZID=America/Denver:20200125T220030", "DURATION:PT4H", lastSatRule), "DTSTART has seconds", "2020"},
	{"DTSTART TZID and Z", crlf("DTSTART;TZID=America/Denver:20200125T220000Z", "DURATION:PT4H", lastSatRule), `UTC time "20200125T220000Z" with a TZID`, "2020"},
	{"DTSTART unknown zone", crlf("DTSTART;TZID=America/Denvr:20200125T220000", "DURATION:PT4H", lastSatRule), `tzdata: unknown zone "America/Denvr" (did you mean America/Denver?)`, "TZID"},
	{"DTSTART bad value", crlf("DTSTART;TZID=America/Denver:2020-01-25T22:00", "DURATION:PT4H", lastSatRule), `bad value "2020-01-25T22:00"`, "2020"},
	{"DTSTART no such day", crlf("DTSTART;TZID=America/Denver:20210229T220000", "DURATION:PT4H", lastSatRule), `bad date "20210229" (no such day)`, "2021"},
	{"DTSTART no such hour", crlf("DTSTART;TZID=America/Denver:20200125T240000", "DURATION:PT4H", lastSatRule), `bad time in "20200125T240000"`, "2020"},
	{"DTSTART two values", crlf("DTSTART;TZID=America/Denver:20200125T220000,20200126T220000", "DURATION:PT4H", lastSatRule), "DTSTART has 2 values", "2020"},
	{"DTSTART unknown parameter", crlf("DTSTART;FOO=bar:20200125T220000Z", "DURATION:PT4H", lastSatRule), "unknown DTSTART parameter FOO (want TZID or VALUE)", "FOO"},
	{"DTSTART PERIOD", crlf("DTSTART;VALUE=PERIOD:20200125T220000Z", "DURATION:PT4H", lastSatRule), "DTSTART VALUE=PERIOD is not supported", "VALUE"},
	{"DTSTART not an occurrence", crlf("DTSTART;TZID=America/Denver:20200124T220000", "DURATION:PT4H", lastSatRule),
		"DTSTART 2020-01-24 is not an occurrence of the RRULE (the first on or after 2020-01-24 is 2020-01-25)", "20200124"},
	{"DTSTART and no occurrence", crlf("DTSTART:20260201T020000Z", "DURATION:PT1H", "RRULE:FREQ=MONTHLY;BYMONTHDAY=31;UNTIL=20260228"),
		"DTSTART 2026-02-01 is not an occurrence of the RRULE (it selects no date on or after 2026-02-01)", "20260201"},
	{"DTSTART after X-PROSTAR-FROM and no occurrence", crlf("DTSTART:20260203T020000Z", "DURATION:PT1H", "RRULE:FREQ=MONTHLY;BYMONTHDAY=31;UNTIL=20260228", "X-PROSTAR-FROM:20260201"),
		"DTSTART 2026-02-03 is not an occurrence of the RRULE (it selects no date on or after 2026-02-01)", "20260203"},
	{"DTSTART twice", crlf(denverStart, denverStart, "DURATION:PT4H", lastSatRule), "DTSTART given twice", "220000\r\n|DTSTART"},
	{"missing DTEND and DURATION", crlf(denverStart, lastSatRule), "missing DTEND or DURATION", "$"},
	{"DTEND and DURATION", crlf(denverStart, "DTEND;TZID=America/Denver:20200126T020000", "DURATION:PT4H", lastSatRule), "both DTEND and DURATION", "DURATION"},
	{"DTEND before DTSTART", crlf(denverStart, "DTEND;TZID=America/Denver:20200125T210000", lastSatRule), "is not after DTSTART", "20200125T21"},
	{"DTEND floating", crlf(denverStart, "DTEND:20200126T020000", lastSatRule), "DTEND: floating time has no zone", "20200126"},
	{"DTEND date", crlf(denverStart, "DTEND;VALUE=DATE:20200126", lastSatRule), "DTEND must be one DATE-TIME", "20200126"},
	{"DTEND wall other zone", crlf(denverStart, "DTEND;TZID=Europe/Berlin:20200126T020000", "X-PROSTAR-END:WALL", lastSatRule),
		"must be in DTSTART's zone America/Denver", "20200126"},
	{"X-PROSTAR-END without DTEND", crlf(denverStart, "DURATION:PT4H", "X-PROSTAR-END:WALL", lastSatRule), "X-PROSTAR-END without DTEND", "X-PROSTAR-END"},
	{"X-PROSTAR-END bad", crlf(denverStart, "DTEND;TZID=America/Denver:20200126T020000", "X-PROSTAR-END:SOMETIMES", lastSatRule), `unknown X-PROSTAR-END "SOMETIMES" (want WALL or EXACT)`, "SOMETIMES"},
	{"DTEND wall before DTSTART", crlf(denverStart, "DTEND;TZID=America/Denver:20200125T210000", "X-PROSTAR-END:WALL", lastSatRule),
		"must be later than DTSTART, within 366 days", "20200125T210000"},
	{"DURATION P400D", crlf(denverStart, "DURATION:P400D", lastSatRule), `duration "P400D" is longer than 366 days`, "P400D"},
	{"DURATION P1DT2H", crlf(denverStart, "DURATION:P1DT2H", lastSatRule), `duration "P1DT2H" mixes nominal days and exact time`, "P1DT2H"},
	{"DURATION negative", crlf(denverStart, "DURATION:-PT4H", lastSatRule), `negative duration "-PT4H"`, "-PT4H"},
	{"DURATION zero", crlf(denverStart, "DURATION:PT0S", lastSatRule), `duration "PT0S" is not positive`, "PT0S"},
	{"DURATION without P", crlf(denverStart, "DURATION:4H", lastSatRule), `bad duration "4H"`, "4H"},
	{"DURATION without unit", crlf(denverStart, "DURATION:PT4", lastSatRule), `bad duration "PT4"`, "PT4"},
	{"DURATION empty T", crlf(denverStart, "DURATION:PT", lastSatRule), `bad duration "PT"`, "PT\r"},
	{"DURATION H before T", crlf(denverStart, "DURATION:P4H", lastSatRule), `bad duration "P4H"`, "P4H"},
	{"DURATION unit twice", crlf(denverStart, "DURATION:PT1H1H", lastSatRule), `bad duration "PT1H1H"`, "PT1H1H"},
	{"DURATION huge", crlf(denverStart, "DURATION:PT9999999999H", lastSatRule), `bad duration`, "PT9999999999H"},
	{"DURATION parameter", crlf(denverStart, "DURATION;X=1:PT4H", lastSatRule), "unknown DURATION parameter X (want no parameters)", "X=1"},
	{"RRULE without FREQ", crlf(denverStart, "DURATION:PT4H", "RRULE:BYDAY=-1SA"), "RRULE without FREQ", "BYDAY"},
	{"FREQ=HOURLY", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=HOURLY;INTERVAL=2;BYHOUR=1"), "FREQ=HOURLY is not supported (want DAILY, WEEKLY, MONTHLY or YEARLY", "HOURLY"},
	{"FREQ=MINUTELY", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MINUTELY;INTERVAL=2;BYMINUTE=1"), "FREQ=MINUTELY is not supported", "MINUTELY"},
	{"FREQ=HOURLY;INTERVAL=24", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=HOURLY;INTERVAL=24;BYHOUR=1"), "FREQ=HOURLY is not supported", "HOURLY"},
	{"FREQ=SECONDLY", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=secondly"), "FREQ=SECONDLY is not supported", "secondly"},
	{"FREQ unknown", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=FORTNIGHTLY"), `unknown FREQ "FORTNIGHTLY"`, "FORTNIGHTLY"},
	{"INTERVAL=0", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;INTERVAL=0;BYDAY=-1SA"), `RRULE INTERVAL value "0" out of range (want 1..1000)`, "INTERVAL=|0"},
	{"INTERVAL max int64", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;INTERVAL=9223372036854775807;BYDAY=-1SA"), "RRULE INTERVAL value \"9223372036854775807\" out of range", "9223"},
	{"INTERVAL list", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;INTERVAL=1,2;BYDAY=-1SA"), "RRULE INTERVAL has 2 values", "1,2"},
	{"COUNT=-5", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=-1SA;COUNT=-5"), `RRULE COUNT value "-5" out of range (want 1..100000)`, "-5"},
	{"COUNT=0", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=-1SA;COUNT=0"), `RRULE COUNT value "0" out of range`, "COUNT=|0"},
	{"COUNT and UNTIL", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=-1SA;COUNT=3;UNTIL=20210101"), "RRULE has both COUNT and UNTIL", "COUNT"},
	{"UNTIL bad", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=-1SA;UNTIL=tomorrow"), `RRULE UNTIL: bad value "tomorrow"`, "tomorrow"},
	{"BYDAY=8SA", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=8SA"), "BYDAY ordinal 8SA out of range within a month (want -5..-1 or 1..5)", "BYDAY"},
	{"BYDAY=-6SA", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=-6SA"), "BYDAY ordinal -6SA out of range within a month", "BYDAY"},
	{"YEARLY BYMONTH BYDAY=53SA", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=YEARLY;BYMONTH=12;BYDAY=53SA"), "BYDAY ordinal 53SA out of range within a month", "BYDAY"},
	{"YEARLY BYDAY=54SA", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=YEARLY;BYDAY=54SA"), `BYDAY ordinal "54SA" out of range (want -53..-1 or 1..53)`, "54SA"},
	{"BYDAY=0SA", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=0SA"), `BYDAY ordinal "0SA" out of range`, "0SA"},
	{"WEEKLY BYDAY=1SA", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=WEEKLY;BYDAY=1SA"), "BYDAY ordinal 1SA needs FREQ=MONTHLY or YEARLY", "BYDAY"},
	{"BYWEEKNO with ordinal BYDAY", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=YEARLY;BYWEEKNO=4;BYDAY=1SA"), "BYDAY ordinal 1SA with BYWEEKNO", "BYDAY"},
	{"BYDAY weekday unknown", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=-1XX"), `unknown BYDAY weekday "-1XX"`, "-1XX"},
	{"BYDAY empty", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY="), `bad BYDAY value ""`, "BYDAY=|\r"},
	{"BYMONTHDAY=32", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYMONTHDAY=32"), `RRULE BYMONTHDAY value "32" out of range (want -31..-1 or 1..31)`, "32"},
	{"BYMONTHDAY=0", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYMONTHDAY=0"), `RRULE BYMONTHDAY value "0" out of range`, "BYMONTHDAY=|0"},
	{"BYMONTHDAY weekly", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=WEEKLY;BYMONTHDAY=25"), "BYMONTHDAY with FREQ=WEEKLY", "BYMONTHDAY"},
	{"BYMONTH=13", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=YEARLY;BYMONTH=13"), `RRULE BYMONTH value "13" out of range (want 1..12)`, "13"},
	{"BYYEARDAY monthly", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYYEARDAY=25"), "BYYEARDAY needs FREQ=YEARLY", "BYYEARDAY"},
	{"BYYEARDAY=367", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=YEARLY;BYYEARDAY=367"), `RRULE BYYEARDAY value "367" out of range (want -366..-1 or 1..366)`, "367"},
	{"BYWEEKNO monthly", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYWEEKNO=4"), "BYWEEKNO needs FREQ=YEARLY", "BYWEEKNO"},
	{"BYWEEKNO=54", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=YEARLY;BYWEEKNO=54"), `RRULE BYWEEKNO value "54" out of range`, "54"},
	{"BYSETPOS alone", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYSETPOS=1"), "BYSETPOS without another BYxxx part", "BYSETPOS"},
	{"BYHOUR", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=DAILY;BYHOUR=1"), "RRULE BYHOUR is not supported", "BYHOUR"},
	{"BYMINUTE", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=DAILY;BYMINUTE=1"), "RRULE BYMINUTE is not supported", "BYMINUTE"},
	{"BYSECOND", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=DAILY;BYSECOND=1"), "RRULE BYSECOND is not supported", "BYSECOND"},
	{"BYEASTER", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=YEARLY;BYEASTER=1000"), "RRULE BYEASTER is not supported", "BYEASTER"},
	{"unknown part", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=-1SA;X-FOO=1"), `unknown RRULE part "X-FOO"`, "X-FOO"},
	{"part twice", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=-1SA;BYDAY=1SA"), "RRULE part BYDAY given twice", "BYDAY=1SA"},
	{"part without value", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY"), `RRULE part "BYDAY" has no value`, "BYDAY"},
	{"WKST unknown", crlf(denverStart, "DURATION:PT4H", "RRULE:FREQ=MONTHLY;BYDAY=-1SA;WKST=XX"), `unknown WKST "XX"`, "XX"},
	{"RRULE twice", crlf(denverStart, "DURATION:PT4H", lastSatRule, lastSatRule), "RRULE given twice", "-1SA\r\n|RRULE"},
	{"unknown line", crlf(denverStart, "DURATION:PT4H", "TZNAME:Maintenance", lastSatRule), `unknown line "TZNAME" (want DTSTART, DTEND, DURATION, RRULE, EXDATE, RDATE or an X-PROSTAR- line)`, "TZNAME"},
	{"two VEVENTs", crlf("BEGIN:VEVENT", denverStart, "DURATION:PT4H", lastSatRule, "END:VEVENT", "BEGIN:VEVENT", "END:VEVENT"), `more than one VEVENT`, "END:VEVENT\r\n|BEGIN:VEVENT"},
	{"VTODO", crlf("BEGIN:VTODO", denverStart, "DURATION:PT4H", lastSatRule, "END:VTODO"), `BEGIN:VTODO is not a schedule (want a VEVENT)`, "VTODO"},
	{"RECURRENCE-ID", crlf(denverStart, "DURATION:PT4H", lastSatRule, "RECURRENCE-ID;TZID=America/Denver:20200222T220000"), `RECURRENCE-ID (a moved occurrence) is not supported: write EXDATE for the date and RDATE for the new time`, "RECURRENCE-ID"},
	{"X-PROSTAR-OFFSET word", crlf(denverStart, "DURATION:PT4H", lastSatRule, "X-PROSTAR-OFFSET:two"), `bad X-PROSTAR-OFFSET "two" (want whole days -366..366, such as 2)`, "two"},
	{"X-PROSTAR-OFFSET too far", crlf(denverStart, "DURATION:PT4H", lastSatRule, "X-PROSTAR-OFFSET:400"), `bad X-PROSTAR-OFFSET "400"`, "400"},
	{"EXRULE", crlf(denverStart, "DURATION:PT4H", lastSatRule, "EXRULE:FREQ=YEARLY"), "EXRULE is not supported", "EXRULE"},
	{"line without colon", crlf(denverStart, "DURATION PT4H", lastSatRule), "missing ':' in DURATION line", "DURATION| PT4H"},
	{"line without name", crlf(denverStart, ":PT4H", lastSatRule), `bad line ":PT4H"`, ":PT4H"},
	{"bad parameter", crlf("DTSTART;TZID:20200125T220000Z", "DURATION:PT4H", lastSatRule), "bad parameter in DTSTART line", "TZID:"},
	{"unterminated quote", crlf(`DTSTART;TZID="America/Denver:20200125T220000`, "DURATION:PT4H", lastSatRule), "unterminated quote", `"America`},
	{"parameter twice", crlf("DTSTART;TZID=UTC;TZID=UTC:20200125T220000", "DURATION:PT4H", lastSatRule), "DTSTART parameter TZID given twice", "TZID=UTC:"},
	{"EXDATE at another time", crlf(denverStart, "DURATION:PT4H", lastSatRule, "EXDATE;TZID=America/Denver:20201226T230000"),
		"EXDATE 2020-12-26 23:00 is not at DTSTART's time 22:00", "20201226"},
	{"EXDATE UTC not a start", crlf(denverStart, "DURATION:PT4H", lastSatRule, "EXDATE:20201227T060000Z"),
		"EXDATE 20201227T060000Z is not the start of a window", "20201227"},
	{"EXDATE bad", crlf(denverStart, "DURATION:PT4H", lastSatRule, "EXDATE;VALUE=DATE:2020122"), `EXDATE: bad value "2020122" (want YYYYMMDD)`, "2020122"},
	{"RDATE PERIOD", crlf(denverStart, "DURATION:PT4H", lastSatRule, "RDATE;VALUE=PERIOD:20201219T200000Z/PT4H"), "RDATE VALUE=PERIOD is not supported", "VALUE"},
	{"RDATE seconds", crlf(denverStart, "DURATION:PT4H", lastSatRule, "RDATE;TZID=America/Denver:20201219T200001"), "RDATE 2020-12-19 has seconds", "20201219"},
	{"X-PROSTAR-DISAMBIGUATION bad", crlf(denverStart, "DURATION:PT4H", lastSatRule, "X-PROSTAR-DISAMBIGUATION:MAYBE"),
		`unknown X-PROSTAR-DISAMBIGUATION "MAYBE" (want COMPATIBLE, EARLIER, LATER or REJECT)`, "MAYBE"},
	{"X-PROSTAR-FROM after DTSTART", crlf(denverStart, "DURATION:PT4H", lastSatRule, "X-PROSTAR-FROM:20200201"), "X-PROSTAR-FROM 2020-02-01 is after DTSTART 2020-01-25", "20200201"},
	{"X-PROSTAR-FROM skips an occurrence", crlf("DTSTART;TZID=America/Denver:20200229T220000", "DURATION:PT4H", lastSatRule, "X-PROSTAR-FROM:20200101"),
		"DTSTART 2020-02-29 is not an occurrence of the RRULE (the first on or after 2020-01-01 is 2020-01-25)", "20200229"},
	{"X-PROSTAR-FROM bad", crlf(denverStart, "DURATION:PT4H", lastSatRule, "X-PROSTAR-FROM:2020"), `X-PROSTAR-FROM: bad value "2020"`, "FROM:|2020"},
	{"Reject on a nonexistent first start", crlf("DTSTART;TZID=Europe/Berlin:20260329T023000", "DTEND;TZID=Europe/Berlin:20260329T033000",
		"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "X-PROSTAR-DISAMBIGUATION:REJECT"), "tzdata: wall time does not exist", "20260329T023000"},
}

func TestParseRFC5545Errors(t *testing.T) {
	for _, tt := range rfcErrors {
		t.Run(tt.name, func(t *testing.T) {
			pos := -1
			switch tt.at {
			case "^":
				pos = 0
			case "$":
				pos = len(tt.spec)
			case "":
			default:
				// "a|b": the error points at b, found after a.
				bar := max(strings.Index(tt.at, "|"), 0)
				pos = strings.Index(tt.spec, strings.Replace(tt.at, "|", "", 1))
				if pos < 0 {
					t.Fatalf("bad test: %q is not in the spec", tt.at)
				}
				pos += bar
			}
			checkParseError(t, tt.spec, tt.want, pos)
		})
	}
}

func TestParseDetectsForm(t *testing.T) {
	// A human spec never starts a line with DTSTART or RRULE; these do, so
	// they are read as RFC 5545 and fail as such.
	for _, spec := range []string{"RRULE:FREQ=DAILY", "  dtstart:20200101T000000Z", "every day 22:00-02:00 UTC\nRRULE;X=1:FREQ=DAILY"} {
		_, err := window.Parse(spec)
		if err == nil || strings.Contains(err.Error(), "unknown rule") {
			t.Errorf("Parse(%q) = %v, want an RFC 5545 error", spec, err)
		}
	}
}

// pastedTests are RFC 5545 texts as calendars export them: a VCALENDAR
// with a VTIMEZONE, a VEVENT with properties that do not change its
// windows, an alarm; and the X-PROSTAR-OFFSET line. want is the String
// Parse gives.
var pastedTests = []struct {
	name, spec, want string
}{
	{"VEVENT in a VCALENDAR", crlf(
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Calendar//EN", "CALSCALE:GREGORIAN",
		"BEGIN:VTIMEZONE", "TZID:America/Denver", "BEGIN:STANDARD", "DTSTART:19701101T020000",
		"RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700", "END:STANDARD", "END:VTIMEZONE",
		"BEGIN:VEVENT", "UID:maintenance@example.com", "DTSTAMP:20200101T000000Z", "SUMMARY:Maintenance\\, monthly",
		"DESCRIPTION:Users cannot reach the system.", "LOCATION:Denver", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
		denverStart, "DTEND;TZID=America/Denver:20200126T020000", "X-PROSTAR-END:WALL", lastSatRule,
		"BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT1H", "END:VALARM", "END:VEVENT", "END:VCALENDAR"),
		"last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25"},
	{"bare VEVENT", crlf("BEGIN:VEVENT", "SUMMARY:Patch night", denverStart, "DURATION:PT4H", lastSatRule, "END:VEVENT"),
		"last Saturday of every month 22:00 for 4h America/Denver from 2020-01-25"},
	{"X-PROSTAR-OFFSET", crlf("DTSTART;TZID=America/Chicago:20260115T220000", "DTEND;TZID=America/Chicago:20260116T020000",
		"X-PROSTAR-END:WALL", "RRULE:FREQ=MONTHLY;BYDAY=2TU", "X-PROSTAR-OFFSET:2"),
		"2 days after the 2nd Tuesday of every month 22:00-02:00 America/Chicago from 2026-01-15"},
	{"X-PROSTAR-OFFSET before", crlf("DTSTART;TZID=Europe/Berlin:20260124T220000", "DURATION:PT4H",
		"RRULE:FREQ=MONTHLY;BYDAY=-1SU", "X-PROSTAR-OFFSET:-1"),
		"1 day before the last Sunday of every month 22:00 for 4h Europe/Berlin from 2026-01-24"},
}

func TestParsePasted(t *testing.T) {
	for _, tt := range pastedTests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := window.Parse(tt.spec)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := s.String(); got != tt.want {
				t.Errorf("Parse(...).String() = %q, want %q", got, tt.want)
			}
			checkRoundTrip(t, s)
		})
	}
}

// TestDTSTARTNotAnOccurrence pins the decision: RFC 5545 makes such a
// DTSTART an extra first window; Parse refuses it and says how to write
// either meaning.
func TestDTSTARTNotAnOccurrence(t *testing.T) {
	spec := crlf("DTSTART;TZID=America/Denver:20200124T220000", "DURATION:PT4H", lastSatRule)
	_, err := window.Parse(spec)
	want := "DTSTART 2020-01-24 is not an occurrence of the RRULE (the first on or after 2020-01-24 is 2020-01-25); RFC 5545 would add DTSTART as an extra first window, which is more often a typo than a wish: write DTSTART 20200125, and RDATE with 20200124 if you want that window too"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Parse(%q) error = %v, want %q", spec, err, want)
	}
	// Written as the message says, it parses, with the extra window.
	s, err := window.Parse(crlf(denverStart, "DURATION:PT4H", lastSatRule, "RDATE;TZID=America/Denver:20200124T220000"))
	if err != nil {
		t.Fatal(err)
	}
	if got := len(window.ParsedSpec(s).Extra); got != 1 {
		t.Errorf("Extra has %d windows, want 1", got)
	}
}
