// Package wall holds the one rule by which this module reads a wall-clock
// time in a zone, shared by package tzdata (over a *time.Location) and
// package window (over its precomputed transition table), so that the two
// can never answer differently.
package wall

// The kinds of wall time, in the order of tzdata.Kind.
const (
	Exact uint8 = iota
	Skipped
	Repeated
)

// Resolve returns what the wall time u means in a zone whose offset, in
// seconds east of UTC, at Unix second x is offsetAt(x). u is the wall time
// in seconds since 1970-01-01 00:00 of the floating calendar (the wall
// time read as if it were UTC). It returns the kind and the two candidate
// instants, equal when the time is exact.
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
func Resolve(u int64, offsetAt func(int64) int64) (kind uint8, earlier, later int64) {
	const day = 86400
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
