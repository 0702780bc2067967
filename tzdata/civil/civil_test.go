package civil_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/prostar/maintenance/tzdata/civil"
)

// parseDateTests are the table of TestParseDate and the seeds of
// FuzzParseDate.
var parseDateTests = []struct {
	in      string
	want    civil.Date
	wantErr string
}{
	{"2020-01-25", civil.Date{Year: 2020, Month: time.January, Day: 25}, ""},
	{"0001-01-01", civil.Date{Year: 1, Month: time.January, Day: 1}, ""},
	{"9999-12-31", civil.Date{Year: 9999, Month: time.December, Day: 31}, ""},
	{"2024-02-29", civil.Date{Year: 2024, Month: time.February, Day: 29}, ""},
	{"2020-02-29", civil.Date{Year: 2020, Month: time.February, Day: 29}, ""},
	{"2000-02-29", civil.Date{Year: 2000, Month: time.February, Day: 29}, ""},
	{"2021-02-29", civil.Date{}, `civil: invalid date "2021-02-29": February 2021 has no day 29 (want YYYY-MM-DD)`},
	{"1900-02-29", civil.Date{}, "February 1900 has no day 29"},
	{"2020-04-31", civil.Date{}, "April 2020 has no day 31"},
	{"2020-01-00", civil.Date{}, "January 2020 has no day 00"},
	{"0000-01-01", civil.Date{}, "year 0000 does not exist"},
	{"10000-01-01", civil.Date{}, "wrong layout"},
	{"2020-13-01", civil.Date{}, "month 13 out of range"},
	{"2020-00-01", civil.Date{}, "month 00 out of range"},
	{"2020-1-25", civil.Date{}, "wrong layout"},
	{"2020-1-5", civil.Date{}, "wrong layout"},
	{" 2020-01-05", civil.Date{}, "wrong layout"},
	{"2020-01-25 ", civil.Date{}, "wrong layout"},
	{"2020/01/25", civil.Date{}, "wrong layout"},
	{"+020-01-25", civil.Date{}, "not a number"},
	{"2020-0a-25", civil.Date{}, "not a number"},
	{"", civil.Date{}, "wrong layout"},
}

func TestParseDate(t *testing.T) {
	for _, tc := range parseDateTests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := civil.ParseDate(tc.in)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("ParseDate(%q) error = %v, want %q", tc.in, err, tc.wantErr)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("ParseDate(%q) = %v, %v, want %v", tc.in, got, err, tc.want)
			}
			if got.String() != tc.in {
				t.Errorf("String() = %q, want %q", got.String(), tc.in)
			}
		})
	}
}

// FuzzParseDate checks, for any text, that ParseDate does not panic, that
// its errors carry the package prefix and a zero Date, and that a date it
// returns is valid and is the text it was parsed from: the layout admits
// one spelling of each date.
func FuzzParseDate(f *testing.F) {
	for _, tc := range parseDateTests {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := civil.ParseDate(s)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "civil: ") || !d.IsZero() {
				t.Fatalf("ParseDate(%q) = %v, %v; want the zero Date and a \"civil: \" error", s, d, err)
			}
			return
		}
		if !d.IsValid() {
			t.Fatalf("ParseDate(%q) = %#v, which is not a valid date", s, d)
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		if again, err := civil.ParseDate(d.String()); err != nil || again != d {
			t.Fatalf("ParseDate(%q) = %v, %v; want %v", d.String(), again, err, d)
		}
	})
}

func TestDateMethods(t *testing.T) {
	d := eDate("2020-01-25")
	tests := []struct {
		name      string
		got, want any
	}{
		{"Weekday", d.Weekday(), time.Saturday},
		{"AddDays across a month", d.AddDays(7), eDate("2020-02-01")},
		{"AddDays across a leap day", eDate("2020-02-28").AddDays(2), eDate("2020-03-01")},
		{"AddDays back across a year", eDate("2020-01-01").AddDays(-1), eDate("2019-12-31")},
		{"AddDays normalizes", civil.Date{Year: 2021, Month: 2, Day: 29}.AddDays(0), eDate("2021-03-01")},
		{"Before", d.Before(eDate("2020-01-26")), true},
		{"not Before itself", d.Before(d), false},
		{"After", d.After(eDate("2019-12-31")), true},
		{"Compare", []int{d.Compare(eDate("2020-02-01")), d.Compare(d), d.Compare(eDate("2019-02-01"))}, []int{-1, 0, 1}},
		{"IsZero", []bool{civil.Date{}.IsZero(), d.IsZero()}, []bool{true, false}},
		{"IsValid", []bool{d.IsValid(), civil.Date{Year: 2021, Month: 2, Day: 29}.IsValid(), civil.Date{}.IsValid()}, []bool{true, false, false}},
		{"DateOf in the time's zone", civil.DateOf(time.Date(2020, 1, 26, 5, 0, 0, 0, time.UTC).In(denver(t))), eDate("2020-01-25")},
		{"String of an invalid date", civil.Date{Year: 2021, Month: 2, Day: 30}.String(), "2021-02-30"},
		{"Clock String", civil.Clock{Hour: 9, Minute: 5}.String(), "09:05"},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, tc.got); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestDateText(t *testing.T) {
	type doc struct {
		From  civil.Date
		Until civil.Date
	}
	in := doc{From: eDate("2020-01-25")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"From":"2020-01-25","Until":""}` {
		t.Errorf("json.Marshal = %s", b)
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("json.Unmarshal(%s) = %+v, %v, want %+v", b, out, err, in)
	}
	if err := json.Unmarshal([]byte(`{"From":"2020-02-30"}`), &out); err == nil {
		t.Error("json.Unmarshal of 2020-02-30 succeeded")
	}
	if _, err := (civil.Date{Year: 2020, Month: 2, Day: 30}).MarshalText(); err == nil {
		t.Error("MarshalText of 2020-02-30 succeeded")
	}
}

func eDate(s string) civil.Date {
	d, err := civil.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// denver is Denver's winter offset as a fixed zone: civil has no zone
// data of its own, and DateOf uses only what t carries.
func denver(*testing.T) *time.Location { return time.FixedZone("MST", -7*3600) }

func TestClock(t *testing.T) {
	tests := []struct {
		in      string
		want    civil.Clock
		wantErr string
	}{
		{"22:00", civil.Clock{Hour: 22}, ""},
		{"09:05", civil.Clock{Hour: 9, Minute: 5}, ""},
		{"23:59:59", civil.Clock{Hour: 23, Minute: 59, Second: 59}, ""},
		{"24:00", civil.Clock{}, "out of range"},
		{"9:05", civil.Clock{}, "wrong layout"},
		{"09:6a", civil.Clock{}, "not a number"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := civil.ParseClock(tc.in)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.HasPrefix(err.Error(), "civil: ") {
					t.Fatalf("ParseClock(%q) error = %v, want %q", tc.in, err, tc.wantErr)
				}
				return
			}
			if err != nil || got != tc.want || got.String() != tc.in {
				t.Fatalf("ParseClock(%q) = %v, %v, want %v", tc.in, got, err, tc.want)
			}
			if back := civil.ClockOfSeconds(got.Seconds()); back != got {
				t.Errorf("ClockOfSeconds(%d) = %v, want %v", got.Seconds(), back, got)
			}
		})
	}
}

func TestDateTimeWall(t *testing.T) {
	for _, s := range []string{"1970-01-01T00:00", "2026-10-31T22:00", "0001-01-01T00:00", "9999-12-31T23:59:59", "1969-12-31T23:59:59"} {
		dt, err := civil.ParseDateTime(s)
		if err != nil {
			t.Fatalf("ParseDateTime(%q): %v", s, err)
		}
		tm := time.Date(dt.Date.Year, dt.Date.Month, dt.Date.Day, dt.Clock.Hour, dt.Clock.Minute, dt.Clock.Second, 0, time.UTC)
		if got, want := dt.Wall(), tm.Unix(); got != want {
			t.Errorf("%s.Wall() = %d, want %d", s, got, want)
		}
		if got := civil.DateTimeOfWall(dt.Wall()); got != dt {
			t.Errorf("DateTimeOfWall(%d) = %v, want %v", dt.Wall(), got, dt)
		}
		if got := civil.DateTimeOf(tm); got != dt || got.String() != s {
			t.Errorf("DateTimeOf(%v) = %v, want %v", tm, got, s)
		}
	}
}

// FuzzParseDateTime checks, for any text, that ParseDateTime and
// ParseClock do not panic, that their errors carry the package prefix,
// and that what they return is valid and writes back to text they read
// to the same value.
func FuzzParseDateTime(f *testing.F) {
	for _, s := range []string{"2026-10-31T22:00", "2026-10-31 22:00:30", "0001-01-01T00:00", "9999-12-31T23:59:59", "2026-02-30T22:00", "2026-10-31T24:00", "22:00", "23:59:59", "9:05", ""} {
		f.Add(s)
	}
	for _, tc := range parseDateTests {
		f.Add(tc.in + "T00:00")
	}
	f.Fuzz(func(t *testing.T, s string) {
		if c, err := civil.ParseClock(s); err != nil {
			if !strings.HasPrefix(err.Error(), "civil: ") {
				t.Fatalf("ParseClock(%q) error %q lacks the package prefix", s, err)
			}
		} else if !c.IsValid() || c.String() != s && c.String()+":00" != s {
			t.Fatalf("ParseClock(%q) = %v", s, c)
		} else if back, err := civil.ParseClock(c.String()); err != nil || back != c {
			t.Fatalf("ParseClock(%q) = %v, %v; want %v", c.String(), back, err, c)
		}
		dt, err := civil.ParseDateTime(s)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "civil: ") {
				t.Fatalf("ParseDateTime(%q) error %q lacks the package prefix", s, err)
			}
			return
		}
		if !dt.IsValid() {
			t.Fatalf("ParseDateTime(%q) = %v, not valid", s, dt)
		}
		if back, err := civil.ParseDateTime(dt.String()); err != nil || back != dt {
			t.Fatalf("ParseDateTime(%q) = %v, %v; want %v", dt.String(), back, err, dt)
		}
		if civil.DateTimeOfWall(dt.Wall()) != dt {
			t.Fatalf("DateTimeOfWall(%v.Wall()) = %v", dt, civil.DateTimeOfWall(dt.Wall()))
		}
	})
}
