package window_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/prostar/maintenance/window"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    window.Date
		wantErr string
	}{
		{"2020-01-25", window.Date{Year: 2020, Month: time.January, Day: 25}, ""},
		{"0001-01-01", window.Date{Year: 1, Month: time.January, Day: 1}, ""},
		{"9999-12-31", window.Date{Year: 9999, Month: time.December, Day: 31}, ""},
		{"2024-02-29", window.Date{Year: 2024, Month: time.February, Day: 29}, ""},
		{"2021-02-29", window.Date{}, `window: invalid date "2021-02-29": February 2021 has no day 29 (want YYYY-MM-DD)`},
		{"0000-01-01", window.Date{}, "year 0000 does not exist"},
		{"2020-13-01", window.Date{}, "month 13 out of range"},
		{"2020-1-25", window.Date{}, "wrong layout"},
		{"2020-01-25 ", window.Date{}, "wrong layout"},
		{"+020-01-25", window.Date{}, "not a number"},
		{"", window.Date{}, "wrong layout"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := window.ParseDate(tc.in)
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
		{"AddDays normalizes", window.Date{Year: 2021, Month: 2, Day: 29}.AddDays(0), eDate("2021-03-01")},
		{"Before", d.Before(eDate("2020-01-26")), true},
		{"not Before itself", d.Before(d), false},
		{"After", d.After(eDate("2019-12-31")), true},
		{"Compare", []int{d.Compare(eDate("2020-02-01")), d.Compare(d), d.Compare(eDate("2019-02-01"))}, []int{-1, 0, 1}},
		{"IsZero", []bool{window.Date{}.IsZero(), d.IsZero()}, []bool{true, false}},
		{"IsValid", []bool{d.IsValid(), window.Date{Year: 2021, Month: 2, Day: 29}.IsValid(), window.Date{}.IsValid()}, []bool{true, false, false}},
		{"DateOf in the time's zone", window.DateOf(time.Date(2020, 1, 26, 5, 0, 0, 0, time.UTC).In(eLoad(t, "America/Denver"))), eDate("2020-01-25")},
		{"String of an invalid date", window.Date{Year: 2021, Month: 2, Day: 30}.String(), "2021-02-30"},
		{"Clock String", window.Clock{Hour: 9, Minute: 5}.String(), "09:05"},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, tc.got); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestDateText(t *testing.T) {
	type doc struct {
		From  window.Date
		Until window.Date
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
	if _, err := (window.Date{Year: 2020, Month: 2, Day: 30}).MarshalText(); err == nil {
		t.Error("MarshalText of 2020-02-30 succeeded")
	}
}
