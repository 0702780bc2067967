package window

import (
	"fmt"
	"time"

	"github.com/prostar/maintenance/tzdata/civil"
)

// Limits New enforces so that every rule can be evaluated in bounded time.
const (
	limitInterval = 1000   // periods between occurrences
	limitCount    = 100000 // occurrences a COUNT may ask for
	limitList     = 1000   // entries in one BYxxx list
)

// validateRule checks r as RFC 5545 and this package restrict it, and
// names the bad part in its error.
func validateRule(r *Rule) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("window: rule: "+format, args...)
	}
	switch {
	case r.Freq == 0:
		return bad("no frequency (want Daily, Weekly, Monthly or Yearly)")
	case r.Freq > Yearly:
		return bad("frequency %d unknown (want Daily, Weekly, Monthly or Yearly; sub-daily rules are not windows)", r.Freq)
	}
	freq := freqName[r.Freq]
	if r.Interval < 0 || r.Interval > limitInterval {
		return bad("INTERVAL %d out of range (want 1..%d)", r.Interval, limitInterval)
	}
	if r.Count < 0 || r.Count > limitCount {
		return bad("COUNT %d out of range (want 1..%d, or 0 for none)", r.Count, limitCount)
	}
	if r.WeekStart < time.Sunday || r.WeekStart > time.Saturday {
		return bad("WKST %d is not a weekday", r.WeekStart)
	}
	for _, l := range []struct {
		name string
		n    int
	}{{"BYDAY", len(r.ByDay)}, {"BYMONTHDAY", len(r.ByMonthDay)}, {"BYMONTH", len(r.ByMonth)},
		{"BYYEARDAY", len(r.ByYearDay)}, {"BYWEEKNO", len(r.ByWeekNo)}, {"BYSETPOS", len(r.BySetPos)}} {
		if l.n > limitList {
			return bad("%s has %d entries (want at most %d)", l.name, l.n, limitList)
		}
	}
	// Ordinals: within a month for MONTHLY, and for YEARLY with BYMONTH
	// (RFC 5545 and rrule-go read them per month then); within the year
	// for a plain YEARLY; none for DAILY and WEEKLY, or with BYWEEKNO.
	maxN, scope := 0, ""
	switch {
	case r.Freq == Monthly || r.Freq == Yearly && len(r.ByMonth) > 0 && len(r.ByWeekNo) == 0:
		maxN, scope = 5, freq
		if r.Freq == Yearly {
			scope = "YEARLY with BYMONTH"
		}
	case r.Freq == Yearly && len(r.ByWeekNo) == 0:
		maxN, scope = 53, freq
	}
	plain, ordinal := false, false
	for _, wd := range r.ByDay {
		plain, ordinal = plain || wd.N == 0, ordinal || wd.N != 0
		if plain && ordinal {
			// RFC 5545 means the union; rrule-go and python-dateutil
			// select the days that are both, which is usually none.
			return bad("BYDAY mixes weekdays with and without an ordinal (write two schedules)")
		}
		if wd.Weekday < time.Sunday || wd.Weekday > time.Saturday {
			return bad("BYDAY weekday %d is not a weekday", wd.Weekday)
		}
		if wd.N == 0 {
			continue
		}
		if maxN == 0 {
			if len(r.ByWeekNo) > 0 {
				return bad("BYDAY ordinal %d not allowed with BYWEEKNO", wd.N)
			}
			return bad("BYDAY ordinal %d not allowed for %s (want a plain weekday)", wd.N, freq)
		}
		if wd.N < -maxN || wd.N > maxN {
			return bad("BYDAY ordinal %d out of range for %s (want -%d..-1 or 1..%d)", wd.N, scope, maxN, maxN)
		}
	}
	for _, md := range r.ByMonthDay {
		if md == 0 || md < -31 || md > 31 {
			return bad("BYMONTHDAY %d out of range (want -31..-1 or 1..31)", md)
		}
	}
	if len(r.ByMonthDay) > 0 && r.Freq == Weekly {
		return bad("BYMONTHDAY not allowed for WEEKLY")
	}
	for _, m := range r.ByMonth {
		if m < time.January || m > time.December {
			return bad("BYMONTH %d out of range (want 1..12)", m)
		}
	}
	for _, yd := range r.ByYearDay {
		if yd == 0 || yd < -366 || yd > 366 {
			return bad("BYYEARDAY %d out of range (want -366..-1 or 1..366)", yd)
		}
	}
	if len(r.ByYearDay) > 0 && r.Freq != Yearly {
		return bad("BYYEARDAY not allowed for %s (YEARLY only)", freq)
	}
	for _, wn := range r.ByWeekNo {
		if wn == 0 || wn < -53 || wn > 53 {
			return bad("BYWEEKNO %d out of range (want -53..-1 or 1..53)", wn)
		}
	}
	if len(r.ByWeekNo) > 0 && r.Freq != Yearly {
		return bad("BYWEEKNO not allowed for %s (YEARLY only)", freq)
	}
	for _, sp := range r.BySetPos {
		if sp == 0 || sp < -366 || sp > 366 {
			return bad("BYSETPOS %d out of range (want -366..-1 or 1..366)", sp)
		}
	}
	if len(r.BySetPos) > 0 && len(r.ByDay)+len(r.ByMonthDay)+len(r.ByMonth)+len(r.ByYearDay)+len(r.ByWeekNo) == 0 {
		return bad("BYSETPOS needs another BYxxx part to select from")
	}
	// A month-day list that no listed month has selects nothing, and would
	// send rrule-go walking to the year 9999.
	if len(r.ByMonthDay) > 0 && len(r.ByMonth) > 0 {
		possible := false
		for _, m := range r.ByMonth {
			for _, md := range r.ByMonthDay {
				if abs(md) <= civil.DaysIn(2000, m) {
					possible = true
				}
			}
		}
		if !possible {
			return bad("BYMONTHDAY %v never falls in BYMONTH %v: the rule selects no date", r.ByMonthDay, monthNumbers(r.ByMonth))
		}
	}
	return nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func monthNumbers(ms []time.Month) []int {
	out := make([]int, len(ms))
	for i, m := range ms {
		out[i] = int(m)
	}
	return out
}

// explicit returns a copy of r with the defaults RFC 5545 takes from
// DTSTART written out from the date from: the day of the month for
// MONTHLY, the month and day for YEARLY, the weekday for WEEKLY, when the
// rule has no BYxxx part that selects days. It replaces empty lists and
// never writes into r's, so the copy may share them.
func explicit(r Rule, from civil.Date) Rule {
	if len(r.ByWeekNo)+len(r.ByYearDay)+len(r.ByMonthDay)+len(r.ByDay) == 0 {
		switch r.Freq {
		case Yearly:
			if len(r.ByMonth) == 0 {
				r.ByMonth = []time.Month{from.Month}
			}
			r.ByMonthDay = []int{from.Day}
		case Monthly:
			r.ByMonthDay = []int{from.Day}
		case Weekly:
			r.ByDay = []WeekdayN{{0, from.Weekday()}}
		}
	}
	if r.Interval < 1 {
		r.Interval = 1
	}
	return r
}

// compile chooses the direct computation for the common shapes of r (with
// its defaults explicit) and rrule-go for the rest.
func compile(r Rule, from civil.Date) *dateRule {
	fd := from.Days()
	dr := &dateRule{interval: int64(r.Interval), from: fd}
	onlyDays := len(r.ByYearDay)+len(r.ByWeekNo)+len(r.BySetPos) == 0
	// posMask serves the weekly shape, and New's overlap check for any
	// rule of weekly frequency.
	for _, wd := range r.ByDay {
		dr.posMask |= 1 << ((int(wd.Weekday) - int(r.WeekStart) + 7) % 7)
	}
	monthMask := uint16(0xfff)
	if len(r.ByMonth) > 0 {
		monthMask = 0
		for _, m := range r.ByMonth {
			monthMask |= 1 << (m - 1)
		}
	}
	weekly := func(interval int64) *dateRule {
		dr.shape, dr.interval, dr.wkst = shapeWeekly, interval, r.WeekStart
		dr.week0 = weekOf(fd, r.WeekStart)
		return dr
	}
	monthly := func(interval int64) *dateRule {
		mi, _ := monthOf(fd)
		dr.shape, dr.interval, dr.month0, dr.monthMask = shapeMonthly, interval, mi, monthMask
		dr.byDay, dr.byMonthDay = r.ByDay, r.ByMonthDay
		return dr
	}
	switch {
	case !onlyDays:
	case r.Freq == Daily && len(r.ByDay)+len(r.ByMonthDay)+len(r.ByMonth) == 0:
		dr.shape = shapeDaily
		return dr
	case r.Freq == Daily && r.Interval == 1 && len(r.ByMonthDay)+len(r.ByMonth) == 0:
		// Every day, limited to some weekdays, is a weekly rule.
		return weekly(1)
	case r.Freq == Weekly && len(r.ByMonth) == 0:
		return weekly(int64(r.Interval))
	case r.Freq == Monthly && (len(r.ByDay) == 0) != (len(r.ByMonthDay) == 0):
		return monthly(int64(r.Interval))
	case r.Freq == Yearly && r.Interval == 1 && len(r.ByMonth) > 0 && (len(r.ByDay) == 0) != (len(r.ByMonthDay) == 0):
		// Yearly in some months, with ordinals counted within the month:
		// the same dates as monthly in those months.
		return monthly(1)
	}
	dr.shape = shapeGeneral
	dr.gen = newGeneral(r, fd)
	return dr
}
