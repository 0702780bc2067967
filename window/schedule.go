package window

import (
	"errors"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
)

var (
	// ErrEmpty is the error of a [Drop] whose window resolves to zero or
	// negative length: it lies wholly inside a clock change's gap, as
	// Europe/London's 01:30-02:30 on the last Sunday of March does, or on
	// a day the zone skipped (Pacific/Apia, 2011-12-30).
	ErrEmpty = errors.New("window: resolves to zero or negative length")
	// ErrOverlap is the error of a [Drop] whose window would start before
	// the previous window ends. New rejects schedules whose windows, rule
	// and extra alike, come within 3 hours of one another on the wall
	// clock, so this happens only where a zone moves its clocks forward by
	// more than that: across the date line (Pacific/Apia skipped
	// 2011-12-30), or when a zone takes its first offset after a time
	// marked "-00" (Antarctica/Casey went to +08 on 1969-01-01).
	ErrOverlap = errors.New("window: overlaps the previous window")
)

// A Drop is an occurrence of a schedule that produced no window: its date
// and why. Err wraps [ErrEmpty], [ErrOverlap], or, for a schedule built
// with [tzdata.Reject], [tzdata.ErrNonexistent] or [tzdata.ErrAmbiguous].
// Dates in [Spec.Except] are not drops: they are skipped on purpose.
type Drop struct {
	Date civil.Date
	Err  error
}

// A Schedule is a recurring window in one zone: a [Rule] selecting civil
// dates, a wall-clock start and end (or exact length) on each, a first and
// last date, skipped dates and extra windows. Build one with [New] or
// [Parse].
//
// A Schedule is immutable and safe for concurrent use by multiple
// goroutines. Its queries take the instant as a parameter, never read the
// clock, and cost the same whatever the distance from the first window.
// The zero Schedule has no windows.
type Schedule struct {
	// spec is the normalized copy of the Spec the schedule was built from:
	// slices copied, Except sorted without duplicates, Extra sorted. Count
	// is kept as given, so the formatters can write it back.
	spec Spec

	rule     *dateRule
	zone     *tzdata.Zone // shared by every schedule in the zone (tzdata.ZoneOf)
	startSec int64        // the start clock, in seconds after midnight
	shift    int64        // Spec.Offset: rule dates plus shift are window dates
	span     int64        // the nominal length in seconds: wall-clock span or Length
	until    int64        // last day number considered (From's Count and Until applied)
	except   []int64      // day numbers, ascending
	extras   []occ        // extra windows by nominal start, ascending
}

// An occ is an occurrence: a nominal start on the wall clock (seconds of
// the floating calendar) and its date, from the rule or an extra window.
type occ struct {
	wall, day int64
	extra     bool
}
