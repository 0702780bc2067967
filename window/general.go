package window

import (
	"fmt"
	"time"

	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/teambition/rrule-go"
)

// A general rule is evaluated by rrule-go, used only as a floating calendar
// of civil dates: DTSTART is midnight UTC of a civil date, and every
// occurrence's UTC date is the date selected.
//
// rrule-go walks from DTSTART on every call, and its iterator only stops at
// an occurrence past UNTIL or at the year 9999: a rule that selects nothing
// for centuries would run for centuries. So each evaluation is re-anchored
// and bounded:
//
//   - DTSTART is the start of an aligned period (one whose distance from
//     the period of From is a multiple of Interval) at or before the date
//     asked about, so the walk covers one or two periods for a dense rule;
//   - the anchor is moved by whole 400-year Gregorian cycles into the years
//     9500-9899, where dates and weekdays are exactly those of the real
//     years, so the iterator's own year-9999 stop ends every walk within
//     500 years; results are moved back by the same number of days;
//   - the defaults RFC 5545 takes from DTSTART (the day of the month of a
//     MONTHLY rule, the month and day of a YEARLY one, the weekday of a
//     WEEKLY one) are made explicit from From when the rule is compiled,
//     since the re-anchored DTSTART is not From.
//
// Rules that panic rrule-go or make it loop (ordinals out of range, huge
// intervals, sub-daily frequencies, BYEASTER) are refused by [New] before
// they get here (validateRule), and newGeneral has rrule-go check the
// options once, so a rule it would refuse is an error when the schedule is
// built. Nothing here recovers from a panic: a panic in rrule-go on a rule
// New accepted is a bug, and it reaches the caller rather than reading as
// "no more windows".
type general struct {
	opt      rrule.ROption // Dtstart and Until are set per walk
	freq     Frequency
	interval int64
	wkst     time.Weekday
	p0       int64 // the period holding From
}

var rruleWeekdays = [7]rrule.Weekday{rrule.SU, rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA}

// newGeneral compiles r, whose DTSTART defaults are already explicit. It
// fails when rrule-go refuses the options, which validateRule should have
// made impossible; the walks then use the same options with other
// DTSTART and UNTIL values, which rrule-go does not check.
func newGeneral(r Rule, from int64) (*general, error) {
	g := &general{freq: r.Freq, interval: int64(max(r.Interval, 1)), wkst: r.WeekStart}
	o := rrule.ROption{
		Interval: int(g.interval),
		Wkst:     rruleWeekdays[r.WeekStart],
	}
	switch r.Freq {
	case Daily:
		o.Freq = rrule.DAILY
	case Weekly:
		o.Freq = rrule.WEEKLY
	case Monthly:
		o.Freq = rrule.MONTHLY
	default:
		o.Freq = rrule.YEARLY
	}
	for _, m := range r.ByMonth {
		o.Bymonth = append(o.Bymonth, int(m))
	}
	o.Bymonthday = append([]int(nil), r.ByMonthDay...)
	o.Byyearday = append([]int(nil), r.ByYearDay...)
	o.Byweekno = append([]int(nil), r.ByWeekNo...)
	o.Bysetpos = append([]int(nil), r.BySetPos...)
	for _, wd := range r.ByDay {
		o.Byweekday = append(o.Byweekday, rruleWeekdays[wd.Weekday].Nth(wd.N))
	}
	g.opt = o
	g.p0 = g.period(from)
	o.Dtstart = dayTime(from)
	if _, err := rrule.NewRRule(o); err != nil {
		return nil, fmt.Errorf("window: rule: rrule-go refuses it: %w", err)
	}
	return g, nil
}

// period returns the index of the period holding day d.
func (g *general) period(d int64) int64 {
	switch g.freq {
	case Daily:
		return d
	case Weekly:
		return weekOf(d, g.wkst)
	case Monthly:
		mi, _ := monthOf(d)
		return mi
	}
	y := int64(civil.DateOfDays(d).Year)
	return y
}

// periodStart returns the first day of period p.
func (g *general) periodStart(p int64) int64 {
	switch g.freq {
	case Daily:
		return p
	case Weekly:
		return weekBase(g.wkst) + 7*p
	case Monthly:
		d, _ := monthStart(p)
		return d
	}
	return civil.Date{Year: int(p), Month: time.Month(1), Day: 1}.Days()
}

// alignUp returns the first aligned period at or after p, and not before p0.
func (g *general) alignUp(p int64) int64 {
	if p < g.p0 {
		return g.p0
	}
	if rem := floorMod(p-g.p0, g.interval); rem != 0 {
		p += g.interval - rem
	}
	return p
}

// walk calls yield with the dates the rule selects in the aligned periods
// from p on, in order, up to limit, until yield returns false. It is
// bounded: at most 120 rrule-go walks of at most 500 years each.
func (g *general) walk(p, limit int64, yield func(int64) bool) {
	limit = min(limit, maxDay)
	for chunk := 0; chunk < 120; chunk++ {
		start := g.periodStart(p)
		if start > limit || start > maxDay {
			return
		}
		y := int64(civil.DateOfDays(start).Year)
		k := floorDiv(9899-y, 400) // cycles to add: y+400k in 9500..9899
		shift := k * daysPer400Years
		o := g.opt
		o.Dtstart = dayTime(start + shift)
		until := min(limit+shift, maxDay)
		o.Until = dayTime(until)
		rr, err := rrule.NewRRule(o)
		if err != nil {
			// rrule-go checks only the options newGeneral had it check.
			panic(fmt.Sprintf("window: rrule-go refused options it accepted when the schedule was built: %v", err))
		}
		next := rr.Iterator()
		for {
			t, ok := next()
			if !ok {
				break
			}
			if !yield(floorDiv(t.Unix(), secondsPerDay) - shift) {
				return
			}
		}
		// The walk covered every date up to until; go on after it.
		covered := until - shift
		if covered >= limit {
			return
		}
		p = g.alignUp(g.period(covered + 1))
	}
}

// dayTime returns midnight UTC of day number d.
func dayTime(d int64) time.Time { return time.Unix(d*secondsPerDay, 0).UTC() }

// next returns the first selected date in [d, limit].
func (g *general) next(d, limit int64) (int64, bool) {
	var got int64
	found := false
	g.walk(g.alignUp(g.period(d)), limit, func(x int64) bool {
		if x >= d {
			got, found = x, true
			return false
		}
		return true
	})
	return got, found && got <= limit
}

// prev returns the last selected date in [limit, d]. It walks forward
// from aligned periods further and further back, so its cost follows the
// gap between dates, not the distance from From.
func (g *general) prev(d, limit int64) (int64, bool) {
	pd := g.period(d)
	if pd < g.p0 {
		return 0, false
	}
	back := 4 * g.interval
	for i := 0; i < 16; i++ {
		p := g.alignUp(pd - back)
		var got int64
		found := false
		g.walk(p, d, func(x int64) bool {
			if x >= limit && x <= d {
				got, found = x, true
			}
			return true
		})
		if found {
			return got, true
		}
		if p == g.p0 || g.periodStart(p) < limit {
			return 0, false
		}
		back *= 8
	}
	return 0, false
}
