package civil

import (
	"cmp"
	"fmt"
	"time"
)

// A Date is a civil date: a year, month and day in no zone. It does not
// name an instant; it names the day a rule selects, before any zone is
// applied. The zero Date (0000-00-00) is not a valid date; callers use it
// to mean "none".
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
		return Date{}, fmt.Errorf("civil: invalid date %q: %s (want YYYY-MM-DD)", s, why)
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return bad("wrong layout")
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return bad("not a number")
	}
	if y < 1 {
		return bad("year 0000 does not exist")
	}
	if m < 1 || m > 12 {
		return bad(fmt.Sprintf("month %02d out of range", m))
	}
	if d < 1 || d > DaysIn(y, time.Month(m)) {
		return bad(fmt.Sprintf("%s %d has no day %02d", time.Month(m), y, d))
	}
	return Date{y, time.Month(m), d}, nil
}

// digits returns the number that s, all ASCII digits, writes.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(s) > 0
}

// DateOf returns the date on which t falls in t's own location. For
// example, 2020-01-26T05:00:00Z in America/Denver is 2020-01-25.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// String returns the date as "2006-01-02". It formats the fields as they
// are, so an invalid date prints as such ("2021-02-30", "0000-00-00").
func (d Date) String() string {
	if d.Year < 0 {
		return fmt.Sprintf("-%04d-%02d-%02d", -d.Year, int(d.Month), d.Day)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// IsValid reports whether d names a day of the years 1 to 9999.
func (d Date) IsValid() bool {
	return d.Year >= 1 && d.Year <= 9999 && d.Month >= 1 && d.Month <= 12 &&
		d.Day >= 1 && d.Day <= DaysIn(d.Year, d.Month)
}

// IsZero reports whether d is the zero Date, which callers use for "none".
func (d Date) IsZero() bool { return d == Date{} }

// Weekday returns the day of the week of d. For example, 2020-01-25 is a
// Saturday.
func (d Date) Weekday() time.Weekday { return WeekdayOfDays(d.Days()) }

// AddDays returns the date n days after d (before it when n is negative).
// Fields out of range normalize first, as in [time.Date]: 2021-02-29 plus
// zero days is 2021-03-01.
func (d Date) AddDays(n int) Date { return DateOfDays(d.Days() + int64(n)) }

// DaysSince returns the number of days from e to d: positive when d is
// after e. For example, 2020-01-26 is one day since 2020-01-25.
func (d Date) DaysSince(e Date) int { return int(d.Days() - e.Days()) }

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

// MarshalText returns the date as "2006-01-02", and an empty text for the
// zero Date, so that an absent date round-trips through JSON as "". It
// fails for any other invalid date.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if !d.IsValid() {
		return nil, fmt.Errorf("civil: cannot marshal invalid date %s", d)
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
