package window

import (
	"math/bits"
	"time"

	"github.com/prostar/maintenance/tzdata/civil"
)

// The date engine, or recurrence: compile.go turns a Rule into a dateRule
// of one shape, this file computes the direct shapes, and general.go hands
// every other rule to rrule-go. A compiled rule answers two questions about day numbers
// in the floating civil calendar: the first date it selects at or after d,
// and the last at or before d. The common shapes are computed directly, in
// a few integer operations whatever the distance from the rule's first
// date; every other rule goes through rrule-go, re-anchored near the date
// asked about (general.go). Both never look at a zone: a rule selects dates,
// and only then are wall times resolved.

type shape uint8

const (
	shapeDaily   shape = iota + 1 // every Interval days from From
	shapeWeekly                   // a set of weekdays, every Interval weeks
	shapeMonthly                  // Nth weekdays and month days, every Interval months, in a set of months
	shapeGeneral                  // anything else: rrule-go
)

// A dateRule is a compiled [Rule]. Its period alignment (which weeks or
// months count when Interval > 1) is anchored at the schedule's From date,
// as RFC 5545 anchors it at DTSTART.
type dateRule struct {
	shape    shape
	interval int64
	from     int64 // no date before From is selected; shapeDaily counts days from it

	// shapeWeekly: weeks start on wkst; week0 is From's week; posMask has
	// bit p set when the weekday p days after wkst is selected (set for a
	// general rule of weekly frequency too, for New's overlap check).
	wkst    time.Weekday
	week0   int64
	posMask uint8

	// shapeMonthly: month0 is From's month (year*12 + month-1); monthMask
	// has bit m-1 set for the months selected; byDay and byMonthDay select
	// days within a month (their union).
	month0     int64
	monthMask  uint16
	byDay      []WeekdayN
	byMonthDay []int

	gen *general
}

// weekBase is a day number whose weekday is w: day 0 was a Thursday.
func weekBase(w time.Weekday) int64 { return floorMod(int64(w)-4, 7) }

// weekOf returns the index of the week (starting on wkst) holding day d.
func weekOf(d int64, wkst time.Weekday) int64 { return floorDiv(d-weekBase(wkst), 7) }

// monthOf returns the month index (year*12 + month-1) of day d and the
// day of the month.
func monthOf(d int64) (int64, int) {
	dt := civil.DateOfDays(d)
	return int64(dt.Year)*12 + int64(dt.Month) - 1, dt.Day
}

// monthStart returns the day number of the first day of month index mi
// and the length of that month.
func monthStart(mi int64) (int64, int) {
	y, m := floorDiv(mi, 12), floorMod(mi, 12)+1
	return civil.Date{Year: int(y), Month: time.Month(m), Day: 1}.Days(), civil.DaysIn(int(y), time.Month(m))
}

// next returns the first date the rule selects in [d, limit], or false.
func (r *dateRule) next(d, limit int64) (int64, bool) {
	limit = min(limit, maxDay)
	d = max(d, r.from)
	if d > limit {
		return 0, false
	}
	var got int64
	switch r.shape {
	case shapeDaily:
		k := floorDiv(d-r.from+r.interval-1, r.interval)
		got = r.from + k*r.interval
	case shapeWeekly:
		w := weekOf(d, r.wkst)
		pos := int(d - (weekBase(r.wkst) + 7*w))
		if w < r.week0 {
			w, pos = r.week0, 0
		}
		if rem := floorMod(w-r.week0, r.interval); rem != 0 {
			w, pos = w+r.interval-rem, 0
		}
		m := r.posMask >> pos << pos
		if m == 0 {
			w += r.interval
			m = r.posMask
		}
		got = weekBase(r.wkst) + 7*w + int64(bits.TrailingZeros8(m))
	case shapeMonthly:
		mi, dd := monthOf(d)
		if mi < r.month0 {
			mi, dd = r.month0, 1
		}
		if rem := floorMod(mi-r.month0, r.interval); rem != 0 {
			mi, dd = mi+r.interval-rem, 1
		}
		// The months' pattern repeats every 400 years (4800 months), so
		// a rule that finds nothing in that many periods never will.
		limitMonth, _ := monthOf(limit)
		found := false
		for n := 0; n <= 4800 && mi <= limitMonth; n++ {
			if r.monthMask&(1<<floorMod(mi, 12)) != 0 {
				start, length := monthStart(mi)
				if day, ok := r.inMonth(start, length, dd, true); ok {
					got, found = start+int64(day)-1, true
					break
				}
			}
			mi, dd = mi+r.interval, 1
		}
		if !found {
			return 0, false
		}
	case shapeGeneral:
		return r.gen.next(d, limit)
	}
	if got < d || got > limit {
		return 0, false
	}
	return got, true
}

// prev returns the last date the rule selects in [limit, d], or false.
func (r *dateRule) prev(d, limit int64) (int64, bool) {
	d = min(d, maxDay)
	limit = max(limit, r.from)
	if d < limit {
		return 0, false
	}
	var got int64
	switch r.shape {
	case shapeDaily:
		got = r.from + floorDiv(d-r.from, r.interval)*r.interval
	case shapeWeekly:
		w := weekOf(d, r.wkst)
		pos := int(d - (weekBase(r.wkst) + 7*w))
		if rem := floorMod(w-r.week0, r.interval); rem != 0 {
			w, pos = w-rem, 6
		}
		m := r.posMask << (7 - pos) >> (7 - pos) // bits 0..pos
		if m == 0 {
			w -= r.interval
			m = r.posMask
		}
		if w < r.week0 {
			return 0, false
		}
		got = weekBase(r.wkst) + 7*w + int64(bits.Len8(m)) - 1
	case shapeMonthly:
		mi, dd := monthOf(d)
		if rem := floorMod(mi-r.month0, r.interval); rem != 0 {
			mi, dd = mi-rem, 31
		}
		limitMonth, _ := monthOf(limit)
		found := false
		for n := 0; n <= 4800 && mi >= r.month0 && mi >= limitMonth; n++ {
			if r.monthMask&(1<<floorMod(mi, 12)) != 0 {
				start, length := monthStart(mi)
				if day, ok := r.inMonth(start, length, min(dd, length), false); ok {
					got, found = start+int64(day)-1, true
					break
				}
			}
			mi, dd = mi-r.interval, 31
		}
		if !found {
			return 0, false
		}
	case shapeGeneral:
		return r.gen.prev(d, limit)
	}
	if got > d || got < limit {
		return 0, false
	}
	return got, true
}

// inMonth returns the least selected day of the month >= dd (after is
// true) or the greatest <= dd (after is false), for a month starting at
// day number start with length days.
func (r *dateRule) inMonth(start int64, length, dd int, after bool) (int, bool) {
	best, found := 0, false
	take := func(day int) {
		if day < 1 || day > length {
			return
		}
		if after && day >= dd && (!found || day < best) || !after && day <= dd && (!found || day > best) {
			best, found = day, true
		}
	}
	wd1 := int(civil.WeekdayOfDays(start)) // weekday of the 1st
	for _, e := range r.byDay {
		first := 1 + (int(e.Weekday)-wd1+7)%7 // the first such weekday
		switch {
		case e.N > 0:
			take(first + (e.N-1)*7)
		case e.N < 0:
			last := first + (length-first)/7*7
			take(last + (e.N+1)*7)
		default:
			// Every such weekday: the nearest one on the right side of dd.
			if after {
				if dd <= first {
					take(first)
				} else {
					take(first + (dd-first+6)/7*7)
				}
			} else if dd >= first {
				take(first + (dd-first)/7*7)
			}
		}
	}
	for _, md := range r.byMonthDay {
		if md < 0 {
			md = length + 1 + md
		}
		take(md)
	}
	return best, found
}

// selectsAny reports whether the rule selects any date from From on. The
// dates a rule selects repeat with the 400-year Gregorian cycle (146097
// days, a whole number of weeks), and with Interval the aligned periods
// repeat after Interval/gcd(Interval, periods per cycle) cycles, so one
// such stretch (and a period) decides it. A rule that selects nothing is
// rejected by New: rrule-go would walk to the year 9999 looking.
func (r *dateRule) selectsAny() bool {
	freq, periods, periodDays := Daily, int64(daysPer400Years), int64(1)
	switch {
	case r.shape == shapeWeekly:
		freq = Weekly
	case r.shape == shapeMonthly:
		freq = Monthly
	case r.shape == shapeGeneral:
		freq = r.gen.freq
	}
	switch freq {
	case Weekly:
		periods, periodDays = daysPer400Years/7, 7
	case Monthly:
		periods, periodDays = 4800, 31
	case Yearly:
		periods, periodDays = 400, 366
	}
	cycle := daysPer400Years*(r.interval/gcd(r.interval, periods)) + periodDays*r.interval
	_, ok := r.next(r.from, min(r.from+cycle, maxDay))
	return ok
}

// each calls yield with the dates the rule selects in [from, to], in
// order, until yield returns false.
func (r *dateRule) each(from, to int64, yield func(int64) bool) {
	if r.shape == shapeGeneral {
		r.gen.walk(r.gen.alignUp(r.gen.period(from)), to, func(d int64) bool {
			if d < from {
				return true
			}
			return d <= to && yield(d)
		})
		return
	}
	for d := from; d <= to; d++ {
		x, ok := r.next(d, to)
		if !ok || !yield(x) {
			return
		}
		d = x
	}
}
