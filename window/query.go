package window

import (
	"cmp"
	"iter"
	"slices"
	"time"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
)

// Queries: Next, Prev, Windows and Dropped walk a schedule's occurrences
// (the rule's dates merged with the extra windows) with a cursor, and read
// each occurrence's wall times in the shared tzdata.Zone.

// Next returns the window in progress at t or, if none is, the next one to
// start. It reports false when the schedule has no window after t.
//
// For example, for "last Saturday of every month 22:00-02:00
// America/Denver", Next at 2026-10-31 23:00 MDT returns the window of that
// Saturday (in progress, 22:00 MDT to 02:00 MST, 5 hours), and Next at its
// end returns the window of 2026-11-28.
func (s *Schedule) Next(t time.Time) (Window, bool) {
	if s == nil || s.rule == nil {
		return Window{}, false
	}
	tu := t.Unix()
	lo, _ := s.offsets()
	c := s.seek(tu + lo - s.span + 1)
	for i := 0; i < maxSteps; i++ {
		w, err, ok := c.step()
		if !ok {
			return Window{}, false
		}
		if err == nil && w.end > tu { // End > t, whatever t's fraction of a second
			return s.window(w), true
		}
	}
	return Window{}, false
}

// Prev returns the last window that ended at or before t (End <= t). It
// reports false when no window ended by t.
func (s *Schedule) Prev(t time.Time) (Window, bool) {
	if s == nil || s.rule == nil {
		return Window{}, false
	}
	tu := t.Unix()
	_, hi := s.offsets()
	// A window that ended by t started before it, so its nominal start is
	// before t + hi.
	o, ok := s.prevOcc(tu + hi + 1)
	for i := 0; ok && i < maxSteps; i++ {
		c := s.seek(o.wall)
		w, err, _ := c.step()
		if err == nil && w.end <= tu {
			return s.window(w), true
		}
		o, ok = s.prevOcc(o.wall)
	}
	return Window{}, false
}

// Windows returns an iterator over the windows that overlap [from, to),
// in start order: those with End after from and Start before to. It
// yields nothing when from is not before to.
func (s *Schedule) Windows(from, to time.Time) iter.Seq[Window] {
	return func(yield func(Window) bool) {
		if s == nil || s.rule == nil || !from.Before(to) {
			return
		}
		fu, tu := from.Unix(), to.Unix()
		lo, hi := s.offsets()
		c := s.seek(fu + lo - s.span + 1)
		for {
			if o, ok := c.peek(); !ok || o.wall > tu+hi {
				return // every later window starts after to
			}
			w, err, _ := c.step()
			if err != nil || w.end <= fu {
				continue
			}
			if !before(w.start, to) {
				return
			}
			if !yield(s.window(w)) {
				return
			}
		}
	}
}

// offsets returns the least and greatest offsets of the schedule's zone,
// which bound the instants a wall time can name.
func (s *Schedule) offsets() (lo, hi int64) {
	l, h := s.zone.OffsetRange()
	return int64(l), int64(h)
}

// before reports whether Unix second u is before t.
func before(u int64, t time.Time) bool {
	tu := t.Unix()
	return u < tu || u == tu && t.Nanosecond() > 0
}

// Dropped returns an iterator over the occurrences that produced no window
// (see [Drop]) and whose nominal start falls in [from, to), in order. The
// nominal start of a drop is its start wall time read as
// [tzdata.Compatible] reads it, whatever the schedule's disambiguation, so
// that a drop has an instant even when its start does not exist.
//
// For example, "last Sunday of every month 01:30-02:30 Europe/London"
// drops 2026-03-29 with [ErrEmpty]: the clocks go from 01:00 to 02:00 GMT
// to BST, so 01:30 to 02:30 is no time at all.
func (s *Schedule) Dropped(from, to time.Time) iter.Seq[Drop] {
	return func(yield func(Drop) bool) {
		if s == nil || s.rule == nil || !from.Before(to) {
			return
		}
		fu, tu := from.Unix(), to.Unix()
		lo, hi := s.offsets()
		c := s.seek(fu + lo)
		for {
			o, ok := c.peek()
			if !ok || o.wall > tu+hi {
				return
			}
			_, err, _ := c.step()
			if err == nil {
				continue
			}
			at, _, _ := s.zone.Instant(o.wall, tzdata.Compatible)
			if at < fu || !before(at, to) {
				continue
			}
			if !yield(Drop{Date: civil.DateOfDays(o.day), Err: err}) {
				return
			}
		}
	}
}

// excepted reports whether day d is in Except.
func (s *Schedule) excepted(d int64) bool {
	if len(s.except) == 0 {
		return false
	}
	_, found := slices.BinarySearch(s.except, d)
	return found
}

// ruleAtOrAfter returns the first date at or after d that the rule
// selects within From..Until and Except does not remove.
func (s *Schedule) ruleAtOrAfter(d int64) (int64, bool) {
	for i := 0; i <= len(s.except); i++ {
		x, ok := s.rule.next(d-s.shift, s.until-s.shift)
		x += s.shift
		if !ok || !s.excepted(x) {
			return x, ok
		}
		d = x + 1
	}
	return 0, false
}

// ruleAtOrBefore is ruleAtOrAfter looking back.
func (s *Schedule) ruleAtOrBefore(d int64) (int64, bool) {
	d = min(d, s.until)
	for i := 0; i <= len(s.except); i++ {
		x, ok := s.rule.prev(d-s.shift, s.rule.from)
		x += s.shift
		if !ok || !s.excepted(x) {
			return x, ok
		}
		d = x - 1
	}
	return 0, false
}

// A cursor walks the occurrences of a schedule in order of nominal start,
// the rule's dates merged with the extra windows, and remembers the end of
// the last window produced, against which the next is checked for overlap.
type cursor struct {
	s       *Schedule
	rd      int64 // the next rule date, if rok
	rok     bool
	pending bool  // rd is used up: the next rule date is the first at or after from
	after   int64 // where to look for it
	xi      int   // the next extra window
	prevEnd int64
	hasPrev bool
}

// rawSeek returns a cursor at the first occurrence whose nominal start is
// at or after wall, knowing no previous window.
func (s *Schedule) rawSeek(wall int64) cursor {
	c := cursor{s: s}
	c.rd, c.rok = s.ruleAtOrAfter(floorDiv(wall-s.startSec+secondsPerDay-1, secondsPerDay))
	if len(s.extras) > 0 { // most schedules have none: skip the call
		c.xi = s.extraAtOrAfter(wall)
	}
	return c
}

// extraAtOrAfter returns the index of the first extra window whose
// nominal start is at or after wall.
func (s *Schedule) extraAtOrAfter(wall int64) int {
	i, _ := slices.BinarySearchFunc(s.extras, wall, func(o occ, w int64) int { return cmp.Compare(o.wall, w) })
	return i
}

// seek returns a cursor at the first occurrence whose nominal start is at
// or after wall, with the previous window known where it matters: near a
// jump of the zone's clocks (tzdata.JumpSize or more, more than the margin
// New leaves between windows), it backs up to an occurrence that cannot
// overlap its predecessor and walks forward from it.
func (s *Schedule) seek(wall int64) cursor {
	c := s.rawSeek(wall)
	o, ok := c.peek()
	if !ok {
		return c
	}
	back := o.wall
	for i := 0; i < 64; i++ {
		if _, near := s.zone.NextJump(back-5*secondsPerDay, back+4*secondsPerDay); !near {
			break
		}
		p, ok := s.prevOcc(back)
		if !ok {
			break
		}
		back = p.wall
	}
	if back < o.wall {
		c = s.rawSeek(back)
		for i := 0; i < 1<<16; i++ {
			if p, ok := c.peek(); !ok || p.wall >= o.wall {
				break
			}
			c.step()
		}
	}
	return c
}

// prevOcc returns the last occurrence whose nominal start is before wall.
func (s *Schedule) prevOcc(wall int64) (occ, bool) {
	var best occ
	found := false
	if d, ok := s.ruleAtOrBefore(floorDiv(wall-1-s.startSec, secondsPerDay)); ok {
		best, found = occ{d*secondsPerDay + s.startSec, d, false}, true
	}
	if i := s.extraAtOrAfter(wall); i > 0 && (!found || s.extras[i-1].wall > best.wall) {
		best, found = s.extras[i-1], true
	}
	return best, found
}

// peek returns the cursor's next occurrence.
func (c *cursor) peek() (occ, bool) {
	s := c.s
	if c.pending {
		// Looked up only when needed: Next usually stops at the first.
		c.rd, c.rok = s.ruleAtOrAfter(c.after)
		c.pending = false
	}
	var rw int64
	if c.rok {
		rw = c.rd*secondsPerDay + s.startSec
	}
	if c.xi < len(s.extras) && (!c.rok || s.extras[c.xi].wall < rw) {
		return s.extras[c.xi], true
	}
	return occ{rw, c.rd, false}, c.rok
}

// A raw window is a window in Unix seconds.
type raw struct {
	start, end int64
	sk, ek     tzdata.WallKind
	o          occ
}

// step returns the next occurrence's window, or the reason it has none,
// and moves past it. ok is false when no occurrence is left.
func (c *cursor) step() (w raw, err error, ok bool) {
	o, ok := c.peek()
	if !ok {
		return raw{}, nil, false
	}
	if o.extra {
		c.xi++
	} else {
		c.pending, c.after = true, c.rd+1
	}
	w, err = c.s.resolve(o)
	if err == nil {
		if c.hasPrev && w.start < c.prevEnd {
			return w, ErrOverlap, true
		}
		c.prevEnd, c.hasPrev = w.end, true
	}
	return w, err, true
}

// resolve turns an occurrence into a window, or the reason it has none
// (ErrEmpty, or the tzdata error under Reject). It does not check for
// overlap. Both wall times are read by the schedule's shared tzdata.Zone.
func (s *Schedule) resolve(o occ) (raw, error) {
	w := raw{o: o, ek: tzdata.Exact}
	var err error
	w.start, w.sk, err = s.zone.Instant(o.wall, s.spec.Disambiguation)
	if err != nil {
		return w, err
	}
	if s.spec.Length > 0 { // an exact length, not a wall-clock end
		w.end = w.start + s.span
	} else {
		w.end, w.ek, err = s.zone.Instant(o.wall+s.span, s.spec.Disambiguation)
		if err != nil {
			return w, err
		}
	}
	if w.end <= w.start {
		return w, ErrEmpty
	}
	return w, nil
}

// window converts w to a Window.
func (s *Schedule) window(w raw) Window {
	loc := s.spec.Location
	return Window{
		Start:        time.Unix(w.start, 0).In(loc),
		End:          time.Unix(w.end, 0).In(loc),
		Date:         civil.DateOfDays(w.o.day),
		Nominal:      time.Duration(s.span) * time.Second,
		NominalStart: civil.DateTimeOfWall(w.o.wall),
		NominalEnd:   civil.DateTimeOfWall(w.o.wall + s.span),
		StartKind:    w.sk,
		EndKind:      w.ek,
		OneOff:       w.o.extra,
	}
}
