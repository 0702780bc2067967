package window

import (
	"cmp"
	"fmt"
	"time"
)

// A Date is a civil date: a year, month and day in no zone. Like
// cloud.google.com/go/civil's Date it does not name an instant; it names the
// day a rule selects, before any zone is applied. The zero Date (0000-00-00)
// is not a valid date; [Spec] uses it to mean "none".
//
// Dates use the proleptic Gregorian calendar. A schedule accepts the years
// 1 to 9999, the range that [time.Time] formats and RFC 5545 writes.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate parses a date written as "2006-01-02": exactly four digits of
// year (0001 to 9999), two of month and two of day, naming a day that
// exists. For example, ParseDate("2020-01-25") is Date{2020, time.January, 25}
// and ParseDate("2021-02-29") is an error.
func ParseDate(s string) (Date, error) {
	bad := func(why string) (Date, error) {
		return Date{}, fmt.Errorf("window: invalid date %q: %s (want YYYY-MM-DD)", s, why)
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return bad("wrong layout")
	}
	num := func(b string) (int, bool) {
		n := 0
		for i := 0; i < len(b); i++ {
			c := b[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok1 := num(s[0:4])
	m, ok2 := num(s[5:7])
	d, ok3 := num(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return bad("not a number")
	}
	if y < 1 {
		return bad("year 0000 does not exist")
	}
	if m < 1 || m > 12 {
		return bad(fmt.Sprintf("month %02d out of range", m))
	}
	if d < 1 || d > daysIn(y, time.Month(m)) {
		return bad(fmt.Sprintf("%s %d has no day %02d", time.Month(m), y, d))
	}
	return Date{y, time.Month(m), d}, nil
}

// String returns the date as "2006-01-02". It formats the fields as they
// are, so an invalid date prints as such ("2021-02-30", "0000-00-00").
func (d Date) String() string {
	y := d.Year
	if y < 0 {
		return fmt.Sprintf("-%04d-%02d-%02d", -y, int(d.Month), d.Day)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, int(d.Month), d.Day)
}

// IsValid reports whether d names a day of the years 1 to 9999.
func (d Date) IsValid() bool {
	return d.Year >= 1 && d.Year <= 9999 && d.Month >= 1 && d.Month <= 12 &&
		d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// IsZero reports whether d is the zero Date, which [Spec] uses for "none".
func (d Date) IsZero() bool { return d == Date{} }

// Weekday returns the day of the week of d. For example, 2020-01-25 is a
// Saturday.
func (d Date) Weekday() time.Weekday { return weekdayOf(d.days()) }

// AddDays returns the date n days after d (before it when n is negative).
// Fields out of range normalize first, as in [time.Date]: 2021-02-29 plus
// zero days is 2021-03-01.
func (d Date) AddDays(n int) Date { return dateOf(d.days() + int64(n)) }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Compare returns -1 if d is before e, +1 if it is after, and 0 if they are
// the same date, comparing the fields in order (year, month, day).
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmp.Compare(d.Year, e.Year)
	case d.Month != e.Month:
		return cmp.Compare(int(d.Month), int(e.Month))
	}
	return cmp.Compare(d.Day, e.Day)
}

// DateOf returns the date on which t falls in t's own location. For
// example, 2020-01-26T05:00:00Z is 2020-01-25 in America/Denver.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// MarshalText returns the date as "2006-01-02", and an empty text for the
// zero Date, so that an absent date round-trips through JSON as "". It
// fails for any other invalid date.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if !d.IsValid() {
		return nil, fmt.Errorf("window: cannot marshal invalid date %s", d)
	}
	return []byte(d.String()), nil
}

// UnmarshalText parses a date as [ParseDate] does; an empty text is the
// zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// A Clock is a wall-clock time of day, 00:00 to 23:59.
type Clock struct {
	Hour, Minute int
}

// String returns the clock as "15:04".
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", c.Hour, c.Minute) }

// valid reports whether c is 00:00 to 23:59.
func (c Clock) valid() bool { return c.Hour >= 0 && c.Hour < 24 && c.Minute >= 0 && c.Minute < 60 }

// seconds returns the seconds since midnight of c.
func (c Clock) seconds() int64 { return int64(c.Hour)*3600 + int64(c.Minute)*60 }

// Civil arithmetic. A day number counts days since 1970-01-01 (day 0), and
// a wall number counts seconds since 1970-01-01 00:00 of a floating,
// zone-less calendar. The conversions are Howard Hinnant's days_from_civil
// and civil_from_days: a few integer operations, no [time.Date], so the hot
// paths neither allocate nor depend on a zone.

const (
	secondsPerDay = 86400
	// daysPer400Years is the length of the Gregorian cycle: dates, weekdays
	// and leap years repeat after it, and so do zone rules stated in them.
	daysPer400Years = 146097
)

// days returns the day number of d. Out-of-range months and days
// normalize as in [time.Date].
func (d Date) days() int64 {
	y, m := int64(d.Year), int64(d.Month)
	// Normalize the month into 1..12, carrying into the year.
	m--
	y += floorDiv(m, 12)
	m = m - floorDiv(m, 12)*12 + 1
	return daysFromCivil(y, m, 1) + int64(d.Day) - 1
}

// daysFromCivil returns the day number of y-m-d for m in 1..12.
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400 // [0, 399]
	mp := (m + 9) % 12 // March = 0
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*daysPer400Years + doe - 719468
}

// civilFromDays returns the date of day number z.
func civilFromDays(z int64) (y int64, m, d int) {
	z += 719468
	era := floorDiv(z, daysPer400Years)
	doe := z - era*daysPer400Years
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = int(doy - (153*mp+2)/5 + 1)
	if mp < 10 {
		m = int(mp + 3)
	} else {
		m = int(mp - 9)
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// dateOf returns the Date of day number z.
func dateOf(z int64) Date {
	y, m, d := civilFromDays(z)
	return Date{int(y), time.Month(m), d}
}

// weekdayOf returns the weekday of day number z (day 0 was a Thursday).
func weekdayOf(z int64) time.Weekday {
	return time.Weekday(floorMod(z+4, 7))
}

func isLeap(y int64) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(int64(y)) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 { return a - floorDiv(a, b)*b }

// Day numbers of the first and last dates a schedule accepts,
// 0001-01-01 and 9999-12-31.
const (
	minDay = -719162
	maxDay = 2932896
)
