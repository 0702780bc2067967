package window

import "github.com/prostar/maintenance/tzdata"

// The limits New enforces, so that every rule and spec can be evaluated in
// bounded time, and the bounds the queries keep to. They are defined here
// once; the error messages quote them. (The longest spec Parse reads is
// maxSpecLen, beside the grammar.)
const (
	limitInterval = 1000   // periods between occurrences (INTERVAL)
	limitCount    = 100000 // occurrences a COUNT may ask for
	limitList     = 1000   // entries in one BYxxx list
	limitOffset   = 366    // days Spec.Offset may move a rule date, either way
	limitEndDays  = 366    // days after its date a window may end (Spec.EndDays)

	// margin is the room New leaves between windows for clock changes:
	// tzdata.JumpSize, more than any daylight saving shift and less than
	// a day. Only a jump of the zone's clocks (tzdata.Zone.NextJump) can
	// make windows this far apart on the wall clock overlap in time.
	margin = int64(tzdata.JumpSize / 1e9)

	// maxSteps bounds every walk over occurrences: far more than the dates
	// a query can pass over (a few, plus the dropped ones) in any real zone.
	maxSteps = 1 << 20
)
