package civil_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/prostar/maintenance/tzdata/civil"
)

// ParseDate reads the one layout that specs and policy files use, and
// rejects dates that do not exist.
func ExampleParseDate() {
	d, err := civil.ParseDate("2020-01-25")
	fmt.Println(d, d.Weekday(), err)
	_, err = civil.ParseDate("2021-02-29")
	fmt.Println(err)
	_, err = civil.ParseDate("2020-1-5")
	fmt.Println(err)
	// Output:
	// 2020-01-25 Saturday <nil>
	// civil: invalid date "2021-02-29": February 2021 has no day 29 (want YYYY-MM-DD)
	// civil: invalid date "2020-1-5": wrong layout (want YYYY-MM-DD)
}

// DateOf takes the date in the time's own zone: the first window of the
// notice opened on Sunday in UTC, but on Saturday in Denver.
func ExampleDateOf() {
	denver := time.FixedZone("MST", -7*3600)
	t := time.Date(2020, 1, 26, 5, 0, 0, 0, time.UTC)
	fmt.Println(civil.DateOf(t), civil.DateOf(t.In(denver)))
	// Output:
	// 2020-01-26 2020-01-25
}

// AddDays counts civil days, across months, leap days and years.
func ExampleDate_AddDays() {
	d := civil.Date{Year: 2020, Month: time.February, Day: 28}
	fmt.Println(d.AddDays(1), d.AddDays(2), d.AddDays(-59), d.AddDays(366))
	// Output:
	// 2020-02-29 2020-03-01 2019-12-31 2021-02-28
}

// Weekday names the day of the week of a date, in no zone.
func ExampleDate_Weekday() {
	for _, d := range []civil.Date{{Year: 2020, Month: time.January, Day: 25}, {Year: 2026, Month: time.October, Day: 31}} {
		fmt.Println(d, d.Weekday(), d.AddDays(1).Weekday())
	}
	// Output:
	// 2020-01-25 Saturday Sunday
	// 2026-10-31 Saturday Sunday
}

// Compare orders dates, as slices.SortFunc wants.
func ExampleDate_Compare() {
	dates := []civil.Date{{Year: 2026, Month: time.December, Day: 26}, {Year: 2020, Month: time.January, Day: 25}, {Year: 2026, Month: time.March, Day: 28}}
	slices.SortFunc(dates, civil.Date.Compare)
	fmt.Println(dates)
	// Output:
	// [2020-01-25 2026-03-28 2026-12-26]
}

func ExampleDate_Before() {
	a, b := civil.Date{Year: 2020, Month: time.January, Day: 25}, civil.Date{Year: 2020, Month: time.February, Day: 29}
	fmt.Println(a.Before(b), b.Before(a), a.Before(a))
	// Output:
	// true false false
}

func ExampleDate_After() {
	a, b := civil.Date{Year: 2020, Month: time.January, Day: 25}, civil.Date{Year: 2020, Month: time.February, Day: 29}
	fmt.Println(a.After(b), b.After(a), a.After(a))
	// Output:
	// false true false
}

// IsValid rejects the days a calendar lacks; the fields are kept as given.
func ExampleDate_IsValid() {
	for _, d := range []civil.Date{{Year: 2024, Month: time.February, Day: 29}, {Year: 2021, Month: time.February, Day: 29}, {}} {
		fmt.Println(d, d.IsValid())
	}
	// Output:
	// 2024-02-29 true
	// 2021-02-29 false
	// 0000-00-00 false
}

// The zero Date means "none" in a Spec, as for Until.
func ExampleDate_IsZero() {
	var until civil.Date
	fmt.Println(until.IsZero(), civil.Date{Year: 2027, Month: time.December, Day: 31}.IsZero())
	// Output:
	// true false
}

func ExampleDate_String() {
	fmt.Println(civil.Date{Year: 987, Month: time.March, Day: 4})
	// Output:
	// 0987-03-04
}

// A Date is stored in JSON as text, and the zero Date as "".
func ExampleDate_MarshalText() {
	type freeze struct {
		From, Until civil.Date
	}
	b, err := json.Marshal(freeze{From: civil.Date{Year: 2026, Month: time.December, Day: 20}})
	fmt.Println(string(b), err)
	// Output:
	// {"From":"2026-12-20","Until":""} <nil>
}

func ExampleDate_UnmarshalText() {
	var f struct {
		From, Until civil.Date
	}
	err := json.Unmarshal([]byte(`{"From": "2026-12-20", "Until": ""}`), &f)
	fmt.Println(f.From, f.Until.IsZero(), err)
	err = json.Unmarshal([]byte(`{"From": "2026-12-32"}`), &f)
	fmt.Println(err)
	// Output:
	// 2026-12-20 true <nil>
	// civil: invalid date "2026-12-32": December 2026 has no day 32 (want YYYY-MM-DD)
}

func ExampleClock_String() {
	fmt.Println(civil.Clock{Hour: 22}, civil.Clock{Hour: 9, Minute: 5})
	// Output:
	// 22:00 09:05
}

func ExampleParseClock() {
	c, err := civil.ParseClock("22:00")
	fmt.Println(c, c.Seconds(), err)
	_, err = civil.ParseClock("24:00")
	fmt.Println(err)
	// Output:
	// 22:00 79200 <nil>
	// civil: invalid clock "24:00": out of range (want HH:MM or HH:MM:SS)
}

func ExampleClockOfSeconds() {
	fmt.Println(civil.ClockOfSeconds(79200), civil.ClockOfSeconds(-60))
	// Output:
	// 22:00 23:59
}

// ClockOf and DateTimeOf read the wall clock of an instant in its own
// location.
func ExampleDateTimeOf() {
	mst := time.FixedZone("MST", -7*3600)
	t := time.Date(2020, 1, 26, 5, 0, 0, 0, time.UTC).In(mst)
	fmt.Println(civil.ClockOf(t), civil.DateTimeOf(t))
	// Output:
	// 22:00 2020-01-25T22:00
}

func ExampleParseDateTime() {
	dt, err := civil.ParseDateTime("2026-10-31 22:00")
	fmt.Println(dt, err)
	// Output:
	// 2026-10-31T22:00 <nil>
}

// Wall is the form package tzdata reads: the date-time as if it were UTC.
func ExampleDateTime_Wall() {
	dt := civil.DateTime{Date: civil.Date{Year: 1970, Month: time.January, Day: 2}, Clock: civil.Clock{Hour: 1}}
	fmt.Println(dt.Wall(), civil.DateTimeOfWall(dt.Wall()), dt.Compare(civil.DateTimeOfWall(0)))
	// Output:
	// 90000 1970-01-02T01:00 1
}

// Day numbers are the arithmetic under the calendar: days since
// 1970-01-01.
func ExampleDate_Days() {
	d := civil.Date{Year: 2020, Month: time.January, Day: 25}
	fmt.Println(d.Days(), civil.DateOfDays(d.Days()+7), civil.WeekdayOfDays(0))
	fmt.Println(d.DaysSince(civil.Date{Year: 2020, Month: time.January, Day: 1}))
	// Output:
	// 18286 2020-02-01 Thursday
	// 24
}

func ExampleDaysIn() {
	fmt.Println(civil.DaysIn(2024, time.February), civil.DaysIn(2100, time.February), civil.IsLeap(2000))
	// Output:
	// 29 28 true
}
