package tzdata

import (
	"iter"
	"time"
)

// An Offset is a zone's offset from UTC and its abbreviation, as the
// database gives it for an instant: "MST" and -25200, or "-03" and -10800
// for zones whose abbreviation is numeric.
type Offset struct {
	Name    string
	Seconds int
}

// A Transition is a change of a zone's offset or abbreviation.
type Transition struct {
	At            time.Time // the instant of the change, in UTC
	Before, After Offset
}

// Transitions returns an iterator over the changes of offset or
// abbreviation in loc at instants in [from, to), in order.
//
// It steps from one change to the next with [time.Time.ZoneBounds] and
// guards against its known faults with the slim data that Go's own
// zoneinfo.zip holds (golang/go#81583): a bound that changes nothing is
// passed over, and a bound that does not lie after the instant asked
// about is replaced by a bisection of the next day. The loop is bounded,
// so a range from year 1 to 9999 ends.
func Transitions(loc *time.Location, from, to time.Time) iter.Seq[Transition] {
	return func(yield func(Transition) bool) {
		if loc == nil || !from.Before(to) {
			return
		}
		// At most a few real changes a year, and one false bound a year.
		// The years are read in UTC: from and to may be in time.Local
		// (time.Unix returns such times), which would read the host's zone.
		years := to.UTC().Year() - from.UTC().Year() + 2
		limit := 16 * years
		t := from
		// A change exactly at from is in range, but ZoneBounds(from) starts
		// there rather than ending there.
		if tr, ok := change(loc, from); ok {
			if !yield(tr) {
				return
			}
		}
		for n := 0; n < limit; n++ {
			_, end := t.In(loc).ZoneBounds()
			if end.IsZero() {
				return
			}
			if !end.After(t) {
				// The faulty bound: bisect the next day instead.
				next, ok := bisect(loc, t, t.Add(24*time.Hour))
				if !ok {
					t = t.Add(24 * time.Hour)
					if !t.Before(to) {
						return
					}
					continue
				}
				end = next
			}
			if !end.Before(to) {
				return
			}
			if tr, ok := change(loc, end); ok {
				if !yield(tr) {
					return
				}
			}
			t = end
		}
	}
}

// change reports the transition at instant at, if the offset or
// abbreviation in force just before it differs from the one at it.
func change(loc *time.Location, at time.Time) (Transition, bool) {
	bn, bo := at.Add(-time.Nanosecond).In(loc).Zone()
	an, ao := at.In(loc).Zone()
	if bn == an && bo == ao {
		return Transition{}, false
	}
	return Transition{At: at.UTC(), Before: Offset{bn, bo}, After: Offset{an, ao}}, true
}

// bisect finds the first instant in (lo, hi] whose zone differs from lo's,
// to the second, when there is one.
func bisect(loc *time.Location, lo, hi time.Time) (time.Time, bool) {
	ln, lo0 := lo.In(loc).Zone()
	same := func(t time.Time) bool {
		n, o := t.In(loc).Zone()
		return n == ln && o == lo0
	}
	if same(hi) {
		return time.Time{}, false
	}
	for i := 0; i < 64 && hi.Sub(lo) > time.Second; i++ {
		mid := lo.Add(hi.Sub(lo) / 2)
		if same(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi.Truncate(time.Second), true
}
