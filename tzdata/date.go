package tzdata

import (
	"errors"
	"fmt"
	"time"

	"github.com/prostar/maintenance/tzdata/civil"
)

var (
	// ErrNonexistent is wrapped by [Date]'s error for a skipped wall time
	// under [Reject].
	ErrNonexistent = errors.New("tzdata: wall time does not exist")
	// ErrAmbiguous is wrapped by [Date]'s error for a repeated wall time
	// under [Reject].
	ErrAmbiguous = errors.New("tzdata: wall time is ambiguous")
)

// A Reading is what a wall-clock time means in a zone: the instants it can
// name, and whether the zone skipped or repeated it.
type Reading struct {
	Kind WallKind
	// Earlier and Later are the two candidate instants; they are equal when
	// Kind is Exact. For a repeated time they are its first and second
	// occurrence. For a skipped time, Later is the wall time read with the
	// offset in force before the gap and Earlier with the offset after it,
	// so Later is past the gap and Earlier before it.
	Earlier, Later time.Time
}

// Shift returns the length of the gap or overlap, Later minus Earlier: one
// hour for most DST changes, 30 minutes on Australia/Lord_Howe, zero when
// the time is exact.
func (r Reading) Shift() time.Duration { return r.Later.Sub(r.Earlier) }

// Instant returns the instant d picks, by the rule [Zone.Date] follows.
// Under [Reject] a skipped or repeated time is an error wrapping
// [ErrNonexistent] or [ErrAmbiguous].
func (r Reading) Instant(d Disambiguation) (time.Time, error) {
	if d > Reject {
		return time.Time{}, fmt.Errorf("tzdata: unknown disambiguation %v", d)
	}
	later, err := choose(r.Kind, d)
	if err != nil {
		return time.Time{}, r.fail(err)
	}
	if later {
		return r.Later, nil
	}
	return r.Earlier, nil
}

// fail returns Reject's error for a skipped or repeated time, naming the
// wall time and the zone.
func (r Reading) fail(err error) error {
	// A repeated time is what its first occurrence reads in the zone. A
	// skipped time is Later read with the offset before the gap, which is
	// the offset Earlier has.
	wall := r.Earlier
	if r.Kind == Skipped {
		_, before := r.Earlier.Zone()
		wall = r.Later.In(time.FixedZone("", before))
	}
	return fmt.Errorf("%w: %s in %s", err, wall.Format("2006-01-02 15:04:05.999999999"), r.Later.Location())
}

// Read returns what the wall time dt means in loc: whether loc skips or
// repeats it, and the candidate instants, in loc. Out-of-range fields of
// dt normalize as in [time.Date] (October 32 is November 1). A nil loc is
// UTC.
//
// Read is exact in every zone of the database, including 30-minute shifts
// (Australia/Lord_Howe), skipped midnights (America/Santiago) and the day
// Pacific/Apia skipped (2011-12-30), because it checks each candidate
// offset, where [time.Date] "does not guarantee which" instant it picks.
// It assumes, as RFC 8536 recommends for TZif data, that offsets lie
// within 26 hours of UTC and that a zone changes its offset at most once
// in any two days.
//
// Read uses the shared compiled zone ([ZoneOf]) of a location from
// [Load]; any other location it asks directly, by the same rule, without
// compiling or caching it.
//
// For example, 01:30 on 2026-11-01 in America/Denver is Repeated: Earlier
// is 01:30 MDT (07:30 UTC) and Later 01:30 MST (08:30 UTC), an hour apart.
func Read(dt civil.DateTime, loc *time.Location) Reading {
	if loc == nil {
		loc = time.UTC
	}
	if e := entryOf(loc); e != nil {
		return e.zone().Read(dt)
	}
	z := Zone{loc: loc} // no table: read loc directly
	return z.Read(dt)
}

// Date is [time.Date] with the choice made explicit: it returns the
// instant that d picks for the wall time dt in loc. Under [Reject] a
// skipped time is an error wrapping [ErrNonexistent] and a repeated time
// one wrapping [ErrAmbiguous]; each names the wall time and the zone. A
// nil loc is UTC; locations are treated as in [Read].
//
// For example, 02:30 on 2026-03-08 in America/Denver does not exist:
// Compatible and Later give 03:30 MDT, Earlier 01:30 MST.
func Date(dt civil.DateTime, loc *time.Location, d Disambiguation) (time.Time, error) {
	if loc == nil {
		loc = time.UTC
	}
	if e := entryOf(loc); e != nil {
		return e.zone().Date(dt, d)
	}
	z := Zone{loc: loc}
	return z.Date(dt, d)
}
