package window

import (
	"slices"
	"time"

	"github.com/prostar/maintenance/internal/wall"
	"github.com/prostar/maintenance/tzdata"
)

// A zone resolves wall-clock times in one *time.Location with the same
// answers as [tzdata.Read], without calling time.Time.In or Zone on the hot
// path. It holds the zone's offsets as a sorted table of transition
// instants, read once from [tzdata.Transitions] when a Schedule is built,
// so that resolving a wall time is a binary search and a few comparisons.
//
// The table covers the instants from 1800 to 2500. Past 2500 a query is
// moved back by whole 400-year Gregorian cycles into 2100..2500: every
// zone of the database follows a fixed yearly rule after its last listed
// change (which is before 2100, Africa/Casablanca's 2087 being the latest),
// and a rule stated in months and weekdays repeats exactly with the
// calendar. Before 1800 the zone is asked directly, as tzdata.Read does.
// The tests check the table against tzdata.Read at every transition of the
// zones the differential test uses, and past 2500 for every zone.
type zone struct {
	loc *time.Location
	at  []int64 // transition instants, Unix seconds, ascending
	// off[i] is the offset in force after i transitions: off[0] at
	// tableLo, before at[0], and off[i+1] from at[i].
	off            []int32
	minOff, maxOff int64 // the least and greatest offsets the table holds
	// big lists the transitions near which (within bigSpan) the zone's
	// offset moves by bigShift or more: only there can windows that are
	// bigShift apart on the wall clock overlap in time.
	big []int64
}

const (
	tableLo   = -5364662400 // 1800-01-01T00:00:00Z
	periodLo  = 4102444800  // 2100-01-01T00:00:00Z
	tableHi   = 16725225600 // 2500-01-01T00:00:00Z
	cycleSecs = daysPer400Years * secondsPerDay

	// bigShift is the margin New leaves between windows on the wall
	// clock; only an offset change at least this large can make them
	// overlap in time. Ordinary DST changes are one hour, two at most.
	bigShift = 3 * 3600
	bigSpan  = 5 * secondsPerDay

	// slack bounds every offset any zone has ever had (Asia/Manila's
	// local mean time before 1845 was -15:56), for instants outside the table.
	slack = 26 * 3600
)

// newZone reads loc's transitions into a table.
func newZone(loc *time.Location) *zone {
	_, o0 := time.Unix(tableLo, 0).In(loc).Zone()
	z := &zone{loc: loc, off: []int32{int32(o0)}}
	// A margin past tableHi lets lookups near the end see the changes a
	// day or two after it without shifting.
	for tr := range tzdata.Transitions(loc, time.Unix(tableLo, 0), time.Unix(tableHi+bigSpan, 0)) {
		o := int32(tr.After.Seconds)
		if o == z.off[len(z.off)-1] {
			continue // an abbreviation-only change: the offset is the same
		}
		z.at = append(z.at, tr.At.Unix())
		z.off = append(z.off, o)
	}
	z.minOff, z.maxOff = int64(slices.Min(z.off)), int64(slices.Max(z.off))
	for _, a := range z.at {
		// The offsets in force within bigSpan either side of a.
		near := z.off[z.search(a-bigSpan) : z.search(a+bigSpan)+1]
		if slices.Max(near)-slices.Min(near) >= bigShift {
			z.big = append(z.big, a)
		}
	}
	return z
}

// search returns the number of transitions at or before x: the index of
// the first one after it. It is written out rather than calling
// slices.BinarySearch(z.at, x+1), which is not inlined and made walking a
// year of windows about 5% slower.
func (z *zone) search(x int64) int {
	lo, hi := 0, len(z.at)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if z.at[m] <= x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// offsetAt returns the offset in seconds east of UTC in force at Unix time x.
func (z *zone) offsetAt(x int64) int64 {
	if x >= tableHi {
		x -= (x - periodLo) / cycleSecs * cycleSecs
	}
	if x < tableLo {
		_, o := time.Unix(x, 0).In(z.loc).Zone()
		return int64(o)
	}
	return int64(z.off[z.search(x)])
}

// A reading is a [tzdata.Reading] as Unix seconds.
type reading struct {
	kind           tzdata.Kind
	earlier, later int64
}

// resolve returns what the wall time w (seconds of the floating calendar
// since 1970-01-01 00:00) means in the zone. It is tzdata.Read step for
// step, so that both give the same answer for every wall time.
func (z *zone) resolve(w int64) reading {
	// Far in the future, move w into the periodic part of the table and
	// the answer back out.
	var shift int64
	if w >= tableHi {
		shift = (w - periodLo) / cycleSecs * cycleSecs
		w -= shift
	}
	const day = secondsPerDay
	// Fast path: no transition within two days either side, so the offset
	// is the same at every instant tzdata.Read would look at.
	if w-2*day >= tableLo && w+2*day < tableHi+bigSpan {
		i := z.search(w - 2*day)
		if i == len(z.at) || z.at[i] > w+2*day {
			o := int64(z.off[i])
			return reading{tzdata.Exact, w - o + shift, w - o + shift}
		}
	}
	r := z.read(w)
	r.earlier += shift
	r.later += shift
	return r
}

// read is tzdata.Read on Unix seconds, by the same rule (internal/wall)
// over the table instead of the *time.Location.
func (z *zone) read(u int64) reading {
	kind, e, l := wall.Resolve(u, z.offsetAt)
	return reading{tzdata.Kind(kind), e, l}
}

// instant returns the instant d picks, as Reading.Instant does; ok is
// false under tzdata.Reject for a skipped or repeated time.
func (r reading) instant(d tzdata.Disambiguation) (int64, bool) {
	switch {
	case r.kind == tzdata.Exact:
		return r.earlier, true
	case d == tzdata.Reject:
		return 0, false
	case r.kind == tzdata.Skipped && d == tzdata.Earlier,
		r.kind == tzdata.Repeated && d != tzdata.Later:
		return r.earlier, true
	}
	return r.later, true
}

// nearBig reports whether a transition in z.big lies in [a, b], and
// returns the first such one.
func (z *zone) nearBig(a, b int64) (int64, bool) {
	if len(z.big) == 0 {
		return 0, false
	}
	var shift int64
	if a >= tableHi {
		shift = (a - periodLo) / cycleSecs * cycleSecs
		a, b = a-shift, b-shift
	}
	if j, _ := slices.BinarySearch(z.big, a); j < len(z.big) && z.big[j] <= b {
		return z.big[j] + shift, true
	}
	if b >= tableHi {
		// The part past the table repeats the start of the periodic part.
		lo := max(a, tableHi) - cycleSecs
		if j, _ := slices.BinarySearch(z.big, lo); j < len(z.big) && z.big[j] <= b-cycleSecs {
			return z.big[j] + cycleSecs + shift, true
		}
	}
	return 0, false
}

// offsetBounds returns bounds on the offsets the zone can use for an
// instant near u.
func (z *zone) offsetBounds(u int64) (lo, hi int64) {
	if u < tableLo+2*secondsPerDay {
		return -slack, slack
	}
	return z.minOff, z.maxOff
}
