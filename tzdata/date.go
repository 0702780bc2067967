package tzdata

import (
	"errors"
	"fmt"
	"time"

	"github.com/prostar/maintenance/internal/wall"
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
	Kind Kind
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

// Instant returns the instant d picks. Under [Reject] a skipped or repeated
// time is an error wrapping [ErrNonexistent] or [ErrAmbiguous].
func (r Reading) Instant(d Disambiguation) (time.Time, error) {
	if d > Reject {
		// Checked first, so that an undefined value fails for every
		// wall time rather than only for the rare skipped or repeated one.
		return time.Time{}, fmt.Errorf("tzdata: unknown disambiguation %v", d)
	}
	switch r.Kind {
	case Exact:
		return r.Earlier, nil
	case Skipped:
		switch d {
		case Compatible, Later:
			return r.Later, nil
		case Earlier:
			return r.Earlier, nil
		}
		return time.Time{}, r.fail(ErrNonexistent)
	}
	switch d {
	case Compatible, Earlier:
		return r.Earlier, nil
	case Later:
		return r.Later, nil
	}
	return time.Time{}, r.fail(ErrAmbiguous)
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

// Read returns what the wall time year-month-day hour:min:sec.nsec means in
// loc. Out-of-range fields normalize as in [time.Date] (October 32 is
// November 1). The instants it returns are in loc; a nil loc is UTC.
//
// Read is exact in every zone of the database, including 30-minute shifts
// (Australia/Lord_Howe), skipped midnights (America/Santiago) and the day
// Pacific/Apia skipped (2011-12-30), because it checks each candidate
// offset, where [time.Date] "does not guarantee which" instant it picks.
// It assumes, as RFC 8536 recommends for TZif data, that offsets lie
// within 26 hours of UTC and that a zone changes its offset at most once
// in any two days.
//
// For example, 01:30 on 2026-11-01 in America/Denver is Repeated: Earlier
// is 01:30 MDT (07:30 UTC) and Later 01:30 MST (08:30 UTC), an hour apart.
func Read(year int, month time.Month, day, hour, minute, sec, nsec int, loc *time.Location) Reading {
	if loc == nil {
		loc = time.UTC
	}
	w := time.Date(year, month, day, hour, minute, sec, nsec, time.UTC)
	u, ns := w.Unix(), int64(w.Nanosecond())
	if t, ok := readFast(u, ns, loc); ok {
		return Reading{Kind: Exact, Earlier: t, Later: t}
	}
	return readSlow(u, ns, loc)
}

// margin is how far a candidate instant must lie from the bounds of its
// zone period for readFast to trust it: more than any difference between
// two offsets (at most 51 hours for offsets within RFC 8536's recommended
// -25h..+26h), so no other period's offset can also name the wall time.
const margin = 3 * 86400

// readFast resolves the common case, a wall time days away from any
// change, with two lookups in loc where readSlow needs three or more; it
// keeps Read within a small factor of [time.Date]. It reads the offset o in
// force at u (the wall time taken as UTC) and the bounds of its period. If
// the candidate u-o lies in that period, more than margin from either
// bound, it is the only instant that reads as the wall time. Bounds that
// [time.Time.ZoneBounds] gets wrong (golang/go#81583: an end at a year's
// end that changes nothing, or one before the instant asked about) only
// send the call to readSlow.
func readFast(u, ns int64, loc *time.Location) (time.Time, bool) {
	x := time.Unix(u, 0).In(loc)
	_, off := x.Zone()
	o := int64(off)
	if o <= -margin || o >= margin {
		return time.Time{}, false
	}
	c := u - o
	start, end := x.ZoneBounds()
	if !start.IsZero() {
		if s := start.Unix(); u < s || c-margin < s {
			return time.Time{}, false
		}
	}
	if !end.IsZero() {
		if e := end.Unix(); u >= e || c+margin >= e {
			return time.Time{}, false
		}
	}
	return time.Unix(c, ns).In(loc), true
}

// readSlow resolves a wall time near a change by the rule package window
// shares (internal/wall): the offsets in force a day before and a day
// after are the candidates, as in TC39 Temporal.
func readSlow(u, ns int64, loc *time.Location) Reading {
	kind, e, l := wall.Resolve(u, func(x int64) int64 { return offsetAt(x, loc) })
	return Reading{Kind: Kind(kind), Earlier: time.Unix(e, ns).In(loc), Later: time.Unix(l, ns).In(loc)}
}

// Date is [time.Date] with the choice made explicit: it returns the
// instant that d picks for the wall time in loc. Under [Reject] a skipped
// time is an error wrapping [ErrNonexistent] and a repeated time one
// wrapping [ErrAmbiguous]; each names the wall time and the zone.
//
// For example, 02:30 on 2026-03-08 in America/Denver does not exist:
// Compatible and Later give 03:30 MDT, Earlier 01:30 MST.
func Date(year int, month time.Month, day, hour, minute, sec, nsec int, loc *time.Location, d Disambiguation) (time.Time, error) {
	// Instant rejects an undefined d for every wall time, exact or not.
	return Read(year, month, day, hour, minute, sec, nsec, loc).Instant(d)
}

// offsetAt returns the offset in seconds east of UTC in force at Unix time u.
func offsetAt(u int64, loc *time.Location) int64 {
	_, off := time.Unix(u, 0).In(loc).Zone()
	return int64(off)
}
