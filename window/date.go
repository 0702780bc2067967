package window

import "github.com/prostar/maintenance/tzdata/civil"

// Civil arithmetic. A day number counts days since 1970-01-01 (day 0), and
// a wall number counts seconds since 1970-01-01 00:00 of a floating,
// zone-less calendar; package civil converts dates to and from them.

const (
	secondsPerDay   = civil.SecondsPerDay
	daysPer400Years = civil.DaysPer400Years
	minDay          = civil.MinDays
	maxDay          = civil.MaxDays
)

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 { return a - floorDiv(a, b)*b }

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
