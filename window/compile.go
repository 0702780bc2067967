package window

import (
	"time"

	"github.com/prostar/maintenance/tzdata/civil"
)

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
// its defaults explicit) and rrule-go for the rest. It fails only when
// rrule-go refuses a rule that validateRule accepted.
func compile(r Rule, from civil.Date) (*dateRule, error) {
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
		return dr, nil
	case r.Freq == Daily && r.Interval == 1 && len(r.ByMonthDay)+len(r.ByMonth) == 0:
		// Every day, limited to some weekdays, is a weekly rule.
		return weekly(1), nil
	case r.Freq == Weekly && len(r.ByMonth) == 0:
		return weekly(int64(r.Interval)), nil
	case r.Freq == Monthly && (len(r.ByDay) == 0) != (len(r.ByMonthDay) == 0):
		return monthly(int64(r.Interval)), nil
	case r.Freq == Yearly && r.Interval == 1 && len(r.ByMonth) > 0 && (len(r.ByDay) == 0) != (len(r.ByMonthDay) == 0):
		// Yearly in some months, with ordinals counted within the month:
		// the same dates as monthly in those months.
		return monthly(1), nil
	}
	dr.shape = shapeGeneral
	g, err := newGeneral(r, fd)
	if err != nil {
		return nil, err
	}
	dr.gen = g
	return dr, nil
}
