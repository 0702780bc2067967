package civil

import "time"

// Day numbers. A day number counts days since 1970-01-01 (day 0); the
// conversions are Howard Hinnant's days_from_civil and civil_from_days: a
// few integer operations, no [time.Date].

const (
	// SecondsPerDay is the length of a civil day without clock changes.
	SecondsPerDay = 86400
	// DaysPer400Years is the length of the Gregorian cycle: dates, weekdays
	// and leap years repeat after it, and so do zone rules stated in them.
	DaysPer400Years = 146097
	// MinDays and MaxDays are the day numbers of 0001-01-01 and
	// 9999-12-31, the first and last valid dates.
	MinDays = -719162
	MaxDays = 2932896
)

// Days returns the day number of d. Out-of-range months and days
// normalize as in [time.Date]. For example, 1970-01-02 is day 1.
func (d Date) Days() int64 {
	y, m := int64(d.Year), int64(d.Month)
	m--
	y += floorDiv(m, 12)
	m = m - floorDiv(m, 12)*12 + 1
	return daysFromCivil(y, m, 1) + int64(d.Day) - 1
}

// DateOfDays returns the date of day number z; it is the inverse of
// [Date.Days].
func DateOfDays(z int64) Date {
	y, m, d := civilFromDays(z)
	return Date{int(y), time.Month(m), d}
}

// WeekdayOfDays returns the weekday of day number z (day 0 was a Thursday).
func WeekdayOfDays(z int64) time.Weekday { return time.Weekday(floorMod(z+4, 7)) }

// IsLeap reports whether year y of the proleptic Gregorian calendar has
// 366 days.
func IsLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// DaysIn returns the number of days in month m of year y. For example,
// DaysIn(2024, time.February) is 29.
func DaysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if IsLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12 // March = 0
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*DaysPer400Years + doe - 719468
}

func civilFromDays(z int64) (y int64, m, d int) {
	z += 719468
	era := floorDiv(z, DaysPer400Years)
	doe := z - era*DaysPer400Years
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

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 { return a - floorDiv(a, b)*b }
