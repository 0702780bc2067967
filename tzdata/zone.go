package tzdata

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prostar/maintenance/tzdata/civil"
)

// A Zone is a compiled time zone: the offsets of one *[time.Location] as a
// sorted table of transition instants, and the one implementation in this
// module of reading a wall-clock time under a [Disambiguation]. [Read],
// [Date] and package window's schedules all read wall times through it,
// so they can never answer differently.
//
// A Zone is immutable and safe for concurrent use by multiple goroutines.
// [ZoneOf] returns the same *Zone for every location of one name that
// [Load] returned, built once on first use and shared by the whole
// process, so a thousand schedules in America/Denver hold one table.
//
// The table covers the instants from the year 0 to 2500. Past 2500 an
// instant is moved back by whole 400-year Gregorian cycles into 2100..2500:
// every zone of the database follows a fixed yearly rule after its last
// listed change (which is before 2100, Africa/Casablanca's 2087 being the
// latest), and a rule stated in months and weekdays repeats exactly with
// the calendar. The tests check the table against the location itself at
// every transition of the zones the differential tests use, and past 2500
// for every zone.
type Zone struct {
	loc *time.Location
	at  []int64 // transition instants, Unix seconds, ascending
	// off[i] is the offset in force after i transitions: off[0] from
	// tableLo, before at[0], and off[i+1] from at[i]. A nil off marks a
	// zone read directly from loc (see [Read]), which has no table.
	off             []int32
	least, greatest int64 // the least and greatest offsets in off
	// jumps lists the transitions near which (within jumpSpan) the
	// offset moves by JumpSize or more.
	jumps []int64
}

const (
	tableLo   = -62167219200 // 0000-01-01T00:00:00Z
	periodLo  = 4102444800   // 2100-01-01T00:00:00Z
	tableHi   = 16725225600  // 2500-01-01T00:00:00Z
	day       = civil.SecondsPerDay
	cycleSecs = civil.DaysPer400Years * day

	jumpSpan = 5 * day

	// slack bounds every offset any zone has ever had (Asia/Manila's
	// local mean time before 1845 was -15:56), for a zone without a table.
	slack = 26 * 3600
)

// JumpSize is the least offset change [Zone.NextJump] reports. It is more
// than any daylight saving shift (two hours at most, on
// Antarctica/Troll), so only a zone that crosses the date line
// (Pacific/Apia skipped 2011-12-30) or takes its first offset after
// "-00" (Antarctica/Casey, 1969-01-01) jumps.
const JumpSize = 3 * time.Hour

// ZoneOf returns the compiled zone of loc; a nil loc is UTC.
//
// For a location from [Load] (and for [time.UTC]) the zone is built once,
// on first use, and shared by every caller in the process: at most one per
// zone of the embedded database. Any other location (from [time.FixedZone],
// [time.LoadLocation] or [time.LoadLocationFromTZData]) is compiled afresh
// on every call and not cached, because a cache keyed by such pointers
// would keep every location a program ever made alive; keep the returned
// Zone if it is needed again. The README quotes what compiling costs.
func ZoneOf(loc *time.Location) *Zone {
	if loc == nil {
		loc = time.UTC
	}
	if e := entryOf(loc); e != nil {
		return e.zone()
	}
	return compile(loc)
}

// An entry is the process-wide cache of one zone of the database: its
// location, read by Load, and its compiled Zone, built on first use.
type entry struct {
	loc    *time.Location
	once   sync.Once
	z      *Zone
	builds atomic.Int32 // how many times the Zone was compiled; tests check it is once
}

func (e *entry) zone() *Zone {
	e.once.Do(func() {
		e.builds.Add(1)
		e.z = compile(e.loc)
	})
	return e.z
}

// entryOf returns the cache entry of loc, or nil when loc is not a
// location that Load returned.
func entryOf(loc *time.Location) *entry {
	if loc == time.UTC {
		return &utcEntry
	}
	if v, ok := db.byLoc.Load(loc); ok {
		return v.(*entry)
	}
	return nil
}

// utcEntry is time.UTC's entry, which Load("UTC") returns without reading
// the database.
var utcEntry = entry{loc: time.UTC}

// compile reads loc's transitions into a table.
func compile(loc *time.Location) *Zone {
	z := &Zone{loc: loc, off: []int32{int32(locOffset(loc, tableLo))}}
	// A margin past tableHi lets lookups near the end see the changes a
	// day or two after it without shifting.
	for tr := range Transitions(loc, time.Unix(tableLo, 0).UTC(), time.Unix(tableHi+jumpSpan, 0).UTC()) {
		o := int32(tr.After.Seconds)
		if o == z.off[len(z.off)-1] {
			continue // an abbreviation-only change: the offset is the same
		}
		z.at = append(z.at, tr.At.Unix())
		z.off = append(z.off, o)
	}
	z.at, z.off = slices.Clip(z.at), slices.Clip(z.off)
	z.least, z.greatest = int64(slices.Min(z.off)), int64(slices.Max(z.off))
	for _, a := range z.at {
		// The offsets in force within jumpSpan either side of a.
		near := z.off[z.search(a-jumpSpan) : z.search(a+jumpSpan)+1]
		if int64(slices.Max(near)-slices.Min(near)) >= int64(JumpSize/time.Second) {
			z.jumps = append(z.jumps, a)
		}
	}
	return z
}

// Location returns the location the zone was compiled from; [time.UTC]
// for the zero Zone.
func (z *Zone) Location() *time.Location {
	if z.loc == nil {
		return time.UTC
	}
	return z.loc
}

// String returns the zone's name, such as "America/Denver".
func (z *Zone) String() string { return z.Location().String() }

// Read returns what the wall time dt means in the zone: whether the zone
// skips or repeats it, and the candidate instants, in the zone's location.
// Out-of-range fields of dt normalize as in [time.Date] (October 32 is
// November 1). See the package function [Read].
func (z *Zone) Read(dt civil.DateTime) Reading {
	k, e, l := z.read(dt.Wall())
	loc := z.Location()
	return Reading{Kind: k, Earlier: time.Unix(e, 0).In(loc), Later: time.Unix(l, 0).In(loc)}
}

// Date returns the instant that d picks for the wall time dt in the zone.
// See the package function [Date].
func (z *Zone) Date(dt civil.DateTime, d Disambiguation) (time.Time, error) {
	u, _, err := z.Instant(dt.Wall(), d)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(u, 0).In(z.Location()), nil
}

// Instant is [Zone.Date] on seconds, for callers that walk many wall
// times, such as package window: w is a wall time as seconds of the
// floating calendar ([civil.DateTime.Wall]), and it returns the Unix
// second that d picks and what the zone does to w. It allocates only to
// build an error, which, under [Reject], wraps [ErrNonexistent] or
// [ErrAmbiguous] and names the wall time and the zone.
func (z *Zone) Instant(w int64, d Disambiguation) (unix int64, k WallKind, err error) {
	if d > Reject {
		// Checked first, so that an undefined value fails for every wall
		// time rather than only for the rare skipped or repeated one.
		return 0, Exact, fmt.Errorf("tzdata: unknown disambiguation %v", d)
	}
	// The fast path of read (the shift into the table, then exact),
	// written out: Instant is the hot path of package window's queries,
	// and exact is too big to be inlined.
	if z.off != nil {
		v, shift := w, int64(0)
		if v >= tableHi {
			shift = (v - periodLo) / cycleSecs * cycleSecs
			v -= shift
		}
		if v-2*day >= tableLo && v+2*day < tableHi+jumpSpan {
			i := z.search(v - 2*day)
			if i == len(z.at) || z.at[i] > v+2*day {
				return v - int64(z.off[i]) + shift, Exact, nil
			}
		}
	}
	k, e, l := z.read(w)
	later, err := choose(k, d)
	if err != nil {
		return 0, k, fmt.Errorf("%w: %s in %s", err, wallString(w), z)
	}
	if later {
		return l, k, nil
	}
	return e, k, nil
}

// choose is the rule by which a Disambiguation picks one of the two
// candidate instants of a wall time of kind k: the later one, or the
// earlier, or under Reject the error for a skipped or repeated time.
// Both candidates are equal for an exact time.
func choose(k WallKind, d Disambiguation) (later bool, err error) {
	switch {
	case k == Exact:
		return false, nil
	case d == Reject && k == Skipped:
		return false, ErrNonexistent
	case d == Reject:
		return false, ErrAmbiguous
	case k == Skipped:
		// Compatible reads a skipped time with the offset before the gap,
		// which is the later instant.
		return d != Earlier, nil
	}
	// Repeated: Compatible means the first occurrence.
	return d == Later, nil
}

// wallString writes wall time w as "2006-01-02 15:04:05".
func wallString(w int64) string {
	dt := civil.DateTimeOfWall(w)
	return fmt.Sprintf("%s %02d:%02d:%02d", dt.Date, dt.Clock.Hour, dt.Clock.Minute, dt.Clock.Second)
}

// OffsetRange returns the least and greatest offsets, in seconds east of
// UTC, that the zone has at any instant of the years 1 to 9999: -7h and
// -6h for America/Denver, whose local mean time before 1883 (-6:59:56)
// lies between. Callers use it to bound the instants a wall time can name.
func (z *Zone) OffsetRange() (least, greatest int) {
	if z.off == nil {
		return -slack, slack
	}
	return int(z.least), int(z.greatest)
}

// NextJump returns the first instant in [from, to] (Unix seconds) near
// which, within five days, the zone's offset moves by [JumpSize] or more.
// Only there can two wall times [JumpSize] apart read in reverse order.
func (z *Zone) NextJump(from, to int64) (int64, bool) {
	if len(z.jumps) == 0 {
		return 0, false
	}
	var shift int64
	if from >= tableHi {
		shift = (from - periodLo) / cycleSecs * cycleSecs
		from, to = from-shift, to-shift
	}
	if j, _ := slices.BinarySearch(z.jumps, from); j < len(z.jumps) && z.jumps[j] <= to {
		return z.jumps[j] + shift, true
	}
	if to >= tableHi {
		// The part past the table repeats the start of the periodic part.
		lo := max(from, tableHi) - cycleSecs
		if j, _ := slices.BinarySearch(z.jumps, lo); j < len(z.jumps) && z.jumps[j] <= to-cycleSecs {
			return z.jumps[j] + cycleSecs + shift, true
		}
	}
	return 0, false
}

// search returns the number of transitions at or before x: the index of
// the first one after it. It is written out rather than calling
// slices.BinarySearch(z.at, x+1), which is not inlined and made walking a
// year of windows about 5% slower.
func (z *Zone) search(x int64) int {
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
func (z *Zone) offsetAt(x int64) int64 {
	if z.off == nil {
		return locOffset(z.Location(), x)
	}
	if x >= tableHi {
		x -= (x - periodLo) / cycleSecs * cycleSecs
	}
	if x < tableLo {
		return locOffset(z.loc, x)
	}
	return int64(z.off[z.search(x)])
}

// locOffset returns the offset of loc at Unix time x, asking loc.
func locOffset(loc *time.Location, x int64) int64 {
	_, o := time.Unix(x, 0).In(loc).Zone()
	return int64(o)
}

// read returns what the wall time w (seconds of the floating calendar)
// means in the zone: its kind and its two candidate instants, equal when
// the time is exact.
func (z *Zone) read(w int64) (k WallKind, earlier, later int64) {
	if z.off == nil {
		return resolve(w, z.offsetAt)
	}
	// Far in the future, move w into the periodic part of the table and
	// the answer back out.
	var shift int64
	if w >= tableHi {
		shift = (w - periodLo) / cycleSecs * cycleSecs
		w -= shift
	}
	if u, ok := z.exact(w); ok {
		return Exact, u + shift, u + shift
	}
	k, earlier, later = resolve(w, z.offsetAt)
	return k, earlier + shift, later + shift
}

// exact is the fast path of read for a wall time w in the table's range:
// when no transition lies within two days either side, the offset is the
// same at every instant resolve would look at, and w names one instant.
func (z *Zone) exact(w int64) (int64, bool) {
	if w-2*day < tableLo || w+2*day >= tableHi+jumpSpan {
		return 0, false
	}
	i := z.search(w - 2*day)
	if i < len(z.at) && z.at[i] <= w+2*day {
		return 0, false
	}
	return w - int64(z.off[i]), true
}

// resolve is the rule by which this module reads a wall time: what the
// wall time u (seconds of the floating calendar) means in a zone whose
// offset at Unix second x is offsetAt(x).
//
// It works as TC39 Temporal does: the offsets in force a day before and a
// day after are the candidates, and a candidate offset o counts when the
// instant u-o has offset o. Two counting means a repeated time; none means
// a skipped one, whose earlier instant is the wall time read with the
// larger offset (the one after a spring-forward gap) and whose later
// instant is read with the smaller (the one before it). This assumes at
// most one change of offset in any two days, which holds for every zone
// of the database from 1850 on; two changes that cancel out within two
// days are handled by looking at the offset the first candidate has.
func resolve(u int64, offsetAt func(int64) int64) (k WallKind, earlier, later int64) {
	a := offsetAt(u - day)
	b := offsetAt(u + day)
	if a == b {
		if offsetAt(u-a) == a {
			return Exact, u - a, u - a
		}
		b = offsetAt(u - a)
	}
	okA := offsetAt(u-a) == a
	okB := offsetAt(u-b) == b
	switch {
	case okA && okB:
		return Repeated, u - max(a, b), u - min(a, b)
	case okA:
		return Exact, u - a, u - a
	case okB:
		return Exact, u - b, u - b
	}
	return Skipped, u - max(a, b), u - min(a, b)
}
