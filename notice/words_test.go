package notice

import (
	"testing"
	"time"

	"github.com/prostar/maintenance/tzdata"
)

func loadZone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := tzdata.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestTimeOfDay(t *testing.T) {
	tests := []struct {
		h, m int
		want string
	}{
		{22, 0, "10 p.m."},
		{2, 0, "2 a.m."},
		{22, 30, "10:30 p.m."},
		{12, 0, "noon"},
		{0, 0, "midnight"},
		{0, 30, "12:30 a.m."},
		{12, 5, "12:05 p.m."},
		{23, 59, "11:59 p.m."},
		{1, 0, "1 a.m."},
	}
	for _, tt := range tests {
		got := timeOfDay(time.Date(2020, 1, 25, tt.h, tt.m, 0, 0, time.UTC))
		if got != tt.want {
			t.Errorf("TimeOfDay(%02d:%02d) = %q, want %q", tt.h, tt.m, got, tt.want)
		}
	}
}

func TestZoneName(t *testing.T) {
	tests := []struct {
		zone string
		at   time.Time
		want string
	}{
		{"America/Denver", time.Date(2020, 1, 26, 5, 0, 0, 0, time.UTC), "MST"},
		{"America/Denver", time.Date(2020, 7, 26, 5, 0, 0, 0, time.UTC), "MDT"},
		{"America/Sao_Paulo", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), "UTC-3"},   // "-03"
		{"Asia/Kolkata", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), "IST"},          // named
		{"Asia/Colombo", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), "UTC+5:30"},     // "+0530"
		{"Pacific/Chatham", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), "UTC+13:45"}, // "+1345"
		{"Australia/Lord_Howe", time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC), "UTC+10:30"},
		{"UTC", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), "UTC"},
	}
	for _, tt := range tests {
		t.Run(tt.zone, func(t *testing.T) {
			if got := zoneName(tt.at.In(loadZone(t, tt.zone))); got != tt.want {
				t.Errorf("ZoneName(%v) = %q, want %q", tt.at, got, tt.want)
			}
		})
	}
}

func TestRange(t *testing.T) {
	den := loadZone(t, "America/Denver")
	tests := []struct {
		name       string
		start, end time.Time
		want       string
	}{
		{"same abbreviation", time.Date(2020, 1, 25, 22, 0, 0, 0, den), time.Date(2020, 1, 26, 2, 0, 0, 0, den), "from 10 p.m. to 2 a.m. MST Sunday"},
		{"fall back", time.Date(2026, 10, 31, 22, 0, 0, 0, den), time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC), "from 10 p.m. MDT to 2 a.m. MST Sunday"},
		{"spring forward", time.Date(2026, 3, 7, 22, 0, 0, 0, den), time.Date(2026, 3, 8, 9, 0, 0, 0, time.UTC), "from 10 p.m. MST to 3 a.m. MDT Sunday"},
		{"minutes, noon", time.Date(2026, 6, 1, 9, 30, 0, 0, den), time.Date(2026, 6, 1, 12, 0, 0, 0, den), "from 9:30 a.m. to noon MDT"},
		{"end in UTC is read in start's zone", time.Date(2020, 1, 25, 22, 0, 0, 0, den), time.Date(2020, 1, 26, 9, 0, 0, 0, time.UTC), "from 10 p.m. to 2 a.m. MST Sunday"},
		{"numeric zone", time.Date(2026, 1, 1, 22, 0, 0, 0, loadZone(t, "America/Sao_Paulo")), time.Date(2026, 1, 2, 0, 0, 0, 0, loadZone(t, "America/Sao_Paulo")), "from 10 p.m. to midnight UTC-3 at the start of Friday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rangeWords(tt.start, tt.end); got != tt.want {
				t.Errorf("Range(%v, %v) = %q, want %q", tt.start, tt.end, got, tt.want)
			}
		})
	}
}

func TestRelativeAndDay(t *testing.T) {
	den := loadZone(t, "America/Denver")
	at := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, den) }
	monday := at(2020, 1, 20, 9) // Monday, January 20th, 2020
	tests := []struct {
		name     string
		t, sent  time.Time
		rel, day string
	}{
		{"this Saturday", at(2020, 1, 25, 22), monday, "this Saturday", "this Saturday, January 25th"},
		{"this Sunday ends the week", at(2020, 1, 26, 22), monday, "this Sunday", "this Sunday, January 26th"},
		{"next Monday is next week", at(2020, 1, 27, 22), monday, "", "Monday, January 27th"},
		{"today", at(2020, 1, 20, 14), monday, "today", "today, Monday, January 20th"},
		{"tonight from 6 p.m.", at(2020, 1, 20, 18), monday, "tonight", "tonight, Monday, January 20th"},
		{"5:59 p.m. is today", time.Date(2020, 1, 20, 17, 59, 0, 0, den), monday, "today", "today, Monday, January 20th"},
		{"tomorrow", at(2020, 1, 21, 22), monday, "tomorrow", "tomorrow, Tuesday, January 21st"},
		{"Sunday to Saturday is next week", at(2020, 2, 1, 22), at(2020, 1, 26, 9), "", "Saturday, February 1st"},
		{"Saturday to Monday is tomorrow's tomorrow", at(2020, 1, 27, 9), at(2020, 1, 25, 9), "", "Monday, January 27th"},
		{"Saturday to Sunday is tomorrow", at(2020, 1, 26, 9), at(2020, 1, 25, 9), "tomorrow", "tomorrow, Sunday, January 26th"},
		{"past", at(2020, 1, 18, 22), monday, "", "Saturday, January 18th"},
		{"other year", at(2021, 1, 2, 22), monday, "", "Saturday, January 2nd, 2021"},
		{"over New Year", at(2021, 1, 1, 22), at(2020, 12, 30, 9), "this Friday", "this Friday, January 1st, 2021"},
		{"sent instant read in the window's zone", at(2020, 1, 21, 22), time.Date(2020, 1, 21, 3, 0, 0, 0, time.UTC), "tomorrow", "tomorrow, Tuesday, January 21st"},
		{"ordinal 3rd", at(2020, 2, 3, 9), monday, "", "Monday, February 3rd"},
		{"ordinal 22nd", at(2020, 1, 22, 9), monday, "this Wednesday", "this Wednesday, January 22nd"},
		{"ordinal 31st", at(2020, 1, 31, 9), at(2020, 1, 27, 9), "this Friday", "this Friday, January 31st"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := relative(tt.t, tt.sent); got != tt.rel {
				t.Errorf("Relative(%v, %v) = %q, want %q", tt.t, tt.sent, got, tt.rel)
			}
			if got := dayWords(tt.t, tt.sent); got != tt.day {
				t.Errorf("Day(%v, %v) = %q, want %q", tt.t, tt.sent, got, tt.day)
			}
		})
	}
}

func TestUntil(t *testing.T) {
	den := loadZone(t, "America/Denver")
	start := time.Date(2020, 1, 25, 22, 0, 0, 0, den)
	tests := []struct {
		name string
		end  time.Time
		want string
	}{
		{"next day", time.Date(2020, 1, 26, 2, 0, 0, 0, den), "until 2 a.m. Sunday"},
		{"same day", time.Date(2020, 1, 25, 23, 30, 0, 0, den), "until 11:30 p.m."},
		{"midnight is the next day", time.Date(2020, 1, 26, 0, 0, 0, 0, den), "until midnight at the start of Sunday"},
		{"a week later", time.Date(2020, 2, 1, 22, 0, 0, 0, den), "until 10 p.m. Saturday, February 1st"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := untilWords(start, tt.end); got != tt.want {
				t.Errorf("Until(%v) = %q, want %q", tt.end, got, tt.want)
			}
		})
	}
}

func TestClockChange(t *testing.T) {
	den, lhi := loadZone(t, "America/Denver"), loadZone(t, "Australia/Lord_Howe")
	first := func(loc *time.Location, from, to time.Time) tzdata.Transition {
		for tr := range tzdata.Transitions(loc, from, to) {
			return tr
		}
		t.Fatalf("no transition in %v between %v and %v", loc, from, to)
		return tzdata.Transition{}
	}
	tests := []struct {
		name   string
		tr     tzdata.Transition
		length time.Duration
		want   string
	}{
		{"Denver falls back", first(den, time.Date(2026, 10, 31, 0, 0, 0, 0, time.UTC), time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)), 5 * time.Hour,
			"Clocks go back one hour at 2 a.m.; this window lasts 5 hours."},
		{"Denver springs forward", first(den, time.Date(2026, 3, 7, 0, 0, 0, 0, time.UTC), time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)), 3 * time.Hour,
			"Clocks go forward one hour at 2 a.m.; this window lasts 3 hours."},
		{"Lord Howe half hour", first(lhi, time.Date(2026, 10, 3, 0, 0, 0, 0, time.UTC), time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC)), 30 * time.Minute,
			"Clocks go forward 30 minutes at 2 a.m.; this window lasts 30 minutes."},
		{"abbreviation only", tzdata.Transition{Before: tzdata.Offset{Name: "A", Seconds: 0}, After: tzdata.Offset{Name: "B", Seconds: 0}}, time.Hour, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := clockChange(tt.tr, tt.length, "this window"); got != tt.want {
				t.Errorf("ClockChange(%+v) = %q, want %q", tt.tr, got, tt.want)
			}
		})
	}
}

func TestEscapeMarkdownAndWrap(t *testing.T) {
	if got, want := escapeMarkdown("*Acme* [co] <b> & 1. x"), `\*Acme\* \[co\] \<b\> \& 1. x`; got != want {
		t.Errorf("EscapeMarkdown = %q, want %q", got, want)
	}
	if got, want := escapeMarkdown("1. First"), `1\. First`; got != want {
		t.Errorf("EscapeMarkdown = %q, want %q", got, want)
	}
	if got, want := escapeMarkdown("- item"), `\- item`; got != want {
		t.Errorf("EscapeMarkdown = %q, want %q", got, want)
	}
	if got, want := wrap(10, "aaa bbb ccc dddddddddddd e"), "aaa bbb\nccc\ndddddddddddd\ne"; got != want {
		t.Errorf("Wrap = %q, want %q", got, want)
	}
}

// TestDSTNotes checks that the clock changes of the reader's zone and of
// the platform's during one span are told in one sentence that says the
// length once.
func TestDSTNotes(t *testing.T) {
	den, ny, ldn := loadZone(t, "America/Denver"), loadZone(t, "America/New_York"), loadZone(t, "Europe/London")
	at := func(loc *time.Location, y int, m time.Month, d, h int) time.Time {
		return time.Date(y, m, d, h, 0, 0, 0, loc)
	}
	tests := []struct {
		name     string
		n        Notice
		platform *time.Location
		want     string
	}{
		{"the reader's clocks only", Notice{Location: den, Start: at(den, 2026, 10, 31, 22), End: at(den, 2026, 11, 1, 2)}, den,
			"Clocks go back one hour at 2 a.m.; this period lasts 5 hours."},
		{"the platform's clocks only", Notice{Location: time.UTC, Start: at(den, 2026, 10, 31, 22), End: at(den, 2026, 11, 1, 2)}, den,
			"Clocks go back one hour at 2 a.m. in America/Denver; this period lasts 5 hours."},
		{"both, alike", Notice{Location: ny, Start: at(ny, 2026, 11, 1, 0), End: at(ny, 2026, 11, 1, 4)}, den,
			"Clocks go back one hour at 2 a.m., here and in America/Denver; this period lasts 5 hours."},
		{"both, on different days", Notice{Location: ldn, Start: at(ldn, 2026, 10, 24, 12), End: at(ldn, 2026, 11, 1, 12)}, den,
			"Clocks go back one hour at 2 a.m. here and back one hour at 2 a.m. in America/Denver; this period lasts 193 hours."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dstNotes(tt.n, tt.platform)
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("dstNotes = %q, want [%q]", got, tt.want)
			}
		})
	}
}
