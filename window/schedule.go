package window

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"slices"
	"time"

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
	zone     *zone
	startSec int64   // the start clock, in seconds after midnight
	shift    int64   // Spec.Offset: rule dates plus shift are window dates
	span     int64   // the nominal length in seconds: wall-clock span or Length
	until    int64   // last day number considered (From's Count and Until applied)
	except   []int64 // day numbers, ascending
	extras   []occ   // extra windows by nominal start, ascending
}

// An occ is an occurrence: a nominal start on the wall clock (seconds of
// the floating calendar) and its date, from the rule or an extra window.
type occ struct {
	wall, day int64
	extra     bool
}

// Spec returns the definition the schedule was built from, normalized as
// [New] normalizes it: Except sorted without duplicates, Extra sorted by
// start. The slices are copies, so the caller may change them without
// changing the schedule. Writers of other formats (iCalendar in package
// notice, the scheduler conversions) read the schedule through it rather
// than parsing its text.
func (s *Schedule) Spec() Spec {
	sp := s.spec
	sp.Rule.ByDay = slices.Clone(sp.Rule.ByDay)
	sp.Rule.ByMonthDay = slices.Clone(sp.Rule.ByMonthDay)
	sp.Rule.ByMonth = slices.Clone(sp.Rule.ByMonth)
	sp.Rule.ByYearDay = slices.Clone(sp.Rule.ByYearDay)
	sp.Rule.ByWeekNo = slices.Clone(sp.Rule.ByWeekNo)
	sp.Rule.BySetPos = slices.Clone(sp.Rule.BySetPos)
	sp.Except = slices.Clone(sp.Except)
	sp.Extra = slices.Clone(sp.Extra)
	return sp
}

// New returns the schedule spec describes, after checking every part of
// it. It fails, naming the part, when:
//
//   - Location is nil, a clock is out of 00:00..23:59, Length is negative
//     or not whole seconds, or Disambiguation is unknown;
//   - the Rule is not one this package can evaluate in bounded time: no
//     frequency, INTERVAL over 1000, COUNT over 100000, ordinals out of
//     range (BYDAY=8SA), BYxxx parts RFC 5545 does not allow for the
//     frequency, or a rule that selects no date at all;
//   - From is missing or not a date of the years 1 to 9999, or Until is
//     before it;
//   - windows could overlap one another: the nominal span plus 3 hours (more
//     than any daylight saving shift) must fit between the closest two
//     dates the rule selects, and between extra windows and the rule's
//     windows. A wall-clock span is End minus Start, plus a day when End is
//     at or before Start, so Start == End is a 24-hour window, which a
//     daily rule cannot have;
//   - an Except or Extra date is invalid.
//
// New copies the spec's slices, so changing them later does not change
// the schedule. A Count becomes the date of the Count-th occurrence, which
// bounds Until. Except removes rule dates only; an Extra window on an
// excepted date is how a moved occurrence is written.
func New(spec Spec) (*Schedule, error) {
	sp, err := normalize(spec)
	if err != nil {
		return nil, err
	}
	s := &Schedule{
		spec:     sp,
		startSec: sp.Start.Seconds(),
		until:    maxDay,
	}
	if !sp.Until.IsZero() {
		s.until = sp.Until.Days()
	}
	s.span = int64(sp.Length / time.Second)
	if sp.Length == 0 {
		s.span = floorMod(sp.End.Seconds()-s.startSec, secondsPerDay)
		if s.span == 0 {
			s.span = secondsPerDay
		}
	}
	s.shift = int64(sp.Offset)
	ruleFrom := sp.From.AddDays(-sp.Offset)
	s.rule = compile(explicit(sp.Rule, ruleFrom), ruleFrom)
	if err := s.checkRule(); err != nil {
		return nil, err
	}
	for _, d := range sp.Except {
		s.except = append(s.except, d.Days())
	}
	for _, x := range sp.Extra {
		day := x.Date.Days()
		s.extras = append(s.extras, occ{day*secondsPerDay + x.Start.Seconds(), day, true})
	}
	if err := s.checkExtras(); err != nil {
		return nil, err
	}
	s.zone = newZone(sp.Location)
	return s, nil
}

// normalize checks the parts of spec that need no rule evaluation and
// returns its normalized copy.
func normalize(spec Spec) (Spec, error) {
	bad := func(format string, args ...any) (Spec, error) {
		return Spec{}, fmt.Errorf("window: "+format, args...)
	}
	if spec.Location == nil {
		return bad("no Location (want a zone from tzdata.Load)")
	}
	if !spec.Start.IsValid() {
		return bad("start %s out of range (want 00:00..23:59)", spec.Start)
	}
	if spec.Length == 0 && !spec.End.IsValid() {
		return bad("end %s out of range (want 00:00..23:59)", spec.End)
	}
	if spec.Length < 0 || spec.Length%time.Second != 0 {
		return bad("length %v must be a positive whole number of seconds", spec.Length)
	}
	if spec.Disambiguation > tzdata.Reject {
		return bad("unknown disambiguation %v (want compatible, earlier, later or reject)", spec.Disambiguation)
	}
	if err := validateRule(&spec.Rule); err != nil {
		return Spec{}, err
	}
	if spec.From.IsZero() {
		return bad("no From date (want the first date the rule may select)")
	}
	if !spec.From.IsValid() {
		return bad("from %s is not a date of the years 0001..9999", spec.From)
	}
	if spec.Offset < -366 || spec.Offset > 366 {
		return bad("offset of %d days out of range (want -366..366)", spec.Offset)
	}
	if !spec.From.AddDays(-spec.Offset).IsValid() {
		return bad("from %s moved back by the offset of %d days is not a date of the years 0001..9999", spec.From, spec.Offset)
	}
	if !spec.Until.IsZero() {
		if !spec.Until.IsValid() {
			return bad("until %s is not a date of the years 0001..9999", spec.Until)
		}
		if spec.Until.Before(spec.From) {
			return bad("until %s is before from %s", spec.Until, spec.From)
		}
	}
	for _, d := range spec.Except {
		if !d.IsValid() {
			return bad("except %s is not a date of the years 0001..9999", d)
		}
	}
	for _, x := range spec.Extra {
		if !x.Date.IsValid() {
			return bad("extra window %s is not a date of the years 0001..9999", x.Date)
		}
		if !x.Start.IsValid() {
			return bad("extra window %s: start %s out of range (want 00:00..23:59)", x.Date, x.Start)
		}
	}
	r := &spec.Rule
	r.ByDay = slices.Clone(r.ByDay)
	r.ByMonthDay = slices.Clone(r.ByMonthDay)
	r.ByMonth = slices.Clone(r.ByMonth)
	r.ByYearDay = slices.Clone(r.ByYearDay)
	r.ByWeekNo = slices.Clone(r.ByWeekNo)
	r.BySetPos = slices.Clone(r.BySetPos)
	spec.Except = slices.Clone(spec.Except)
	slices.SortFunc(spec.Except, civil.Date.Compare)
	spec.Except = slices.Compact(spec.Except)
	spec.Extra = slices.Clone(spec.Extra)
	slices.SortFunc(spec.Extra, func(a, b Extra) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		return cmp.Compare(a.Start.Seconds(), b.Start.Seconds())
	})
	return spec, nil
}

// margin is the room New leaves between windows for clock changes: more
// than any daylight saving shift, less than a day.
const margin = bigShift

// checkRule makes sure the rule selects a date, applies Count, and rejects
// windows that could overlap.
func (s *Schedule) checkRule() error {
	if !s.rule.selectsAny() {
		return fmt.Errorf("window: rule selects no date on or after %s", s.spec.From)
	}
	if n := s.spec.Rule.Count; n > 0 {
		last, seen := int64(0), 0
		s.rule.each(s.rule.from, s.until-s.shift, func(d int64) bool {
			last, seen = d, seen+1
			return seen < n
		})
		if seen == n {
			s.until = last + s.shift
		}
	}
	if s.span+margin <= secondsPerDay {
		return nil // any two dates are a day apart
	}
	gap, ok := s.minGap(s.span + margin)
	if ok && gap*secondsPerDay < s.span+margin {
		return fmt.Errorf("window: windows of %v (plus %v for clock changes) would overlap: the rule selects dates %d day(s) apart",
			time.Duration(s.span)*time.Second, time.Duration(margin)*time.Second, gap)
	}
	return nil
}

// minGap returns the least number of days between two consecutive dates
// the rule selects, or a lower bound of it; ok is false when it selects
// fewer than two. It stops early once it finds a gap below need seconds.
func (s *Schedule) minGap(need int64) (gap int64, ok bool) {
	r := s.rule
	switch {
	case r.shape == shapeDaily:
		return r.interval, true
	case r.shape == shapeWeekly, r.shape == shapeGeneral && r.gen.freq == Weekly:
		// A general weekly rule's filters only take dates away, so the
		// gap between its weekdays is a lower bound.
		return weeklyGap(r.posMask, r.interval), true
	case r.shape == shapeGeneral && r.gen.freq == Daily:
		// Filters only take dates away: Interval days is a lower bound.
		return r.interval, true
	}
	// Monthly and yearly rules: scan one whole cycle of the calendar
	// (4800 months or 400 years of aligned periods), plus a period.
	var days int64
	if r.shape == shapeMonthly || r.gen.freq == Monthly {
		n := 4800/gcd(r.interval, 4800) + 1
		days = n * r.interval * 31
	} else {
		n := 400/gcd(r.interval, 400) + 1
		days = n * r.interval * 366
	}
	end := min(s.until-s.shift, s.rule.from+days)
	prev, have := int64(0), false
	gap = -1
	r.each(s.rule.from, end, func(d int64) bool {
		if have && (gap < 0 || d-prev < gap) {
			gap = d - prev
		}
		prev, have = d, true
		return gap < 0 || gap*secondsPerDay >= need
	})
	return gap, gap >= 0
}

// weeklyGap returns the least distance in days between selected days of
// a weekly rule: mask has bit p set for the day p days into the week.
func weeklyGap(mask uint8, interval int64) int64 {
	var pos []int64
	for p := int64(0); p < 7; p++ {
		if mask&(1<<p) != 0 {
			pos = append(pos, p)
		}
	}
	if len(pos) == 0 {
		return 7 * interval
	}
	gap := 7*interval - (pos[len(pos)-1] - pos[0]) // across weeks
	for i := 1; i < len(pos); i++ {
		gap = min(gap, pos[i]-pos[i-1])
	}
	return gap
}

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// each calls yield with the dates the rule selects in [from, to], in
// order, until yield returns false.
func (r *dateRule) each(from, to int64, yield func(int64) bool) {
	if r.shape == shapeGeneral {
		r.gen.walk(r.gen.alignUp(r.gen.period(from)), to, func(d int64) bool {
			if d < from {
				return true
			}
			return d <= to && yield(d)
		})
		return
	}
	for d := from; d <= to; d++ {
		x, ok := r.next(d, to)
		if !ok || !yield(x) {
			return
		}
		d = x
	}
}

// checkExtras rejects extra windows that could overlap one another or a
// window of the rule.
func (s *Schedule) checkExtras() error {
	need := s.span + margin
	for i, x := range s.extras {
		if i > 0 && x.wall-s.extras[i-1].wall < need {
			return fmt.Errorf("window: extra windows %s and %s would overlap (want them %v apart)",
				s.describeOcc(s.extras[i-1]), s.describeOcc(x), time.Duration(need)*time.Second)
		}
		// A rule window starting within need either side of x. Day lo+1 is
		// the first whose window starts after x.wall-need, so the first
		// rule date from it on is the only one that can: it overlaps
		// unless it starts need or more after x.
		lo := floorDiv(x.wall-need-s.startSec, secondsPerDay)
		if d, ok := s.ruleAtOrAfter(lo + 1); ok && d*secondsPerDay+s.startSec < x.wall+need {
			return fmt.Errorf("window: extra window %s would overlap the rule's window of %s (want them %v apart; except %s to move it)",
				s.describeOcc(x), civil.DateOfDays(d), time.Duration(need)*time.Second, civil.DateOfDays(d))
		}
	}
	return nil
}

func (s *Schedule) describeOcc(o occ) string {
	secs := o.wall - o.day*secondsPerDay
	return fmt.Sprintf("%s %02d:%02d", civil.DateOfDays(o.day), secs/3600, secs/60%60)
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
// transition that moves the clocks by bigShift or more, it backs up to an
// occurrence that cannot overlap its predecessor and walks forward from it.
func (s *Schedule) seek(wall int64) cursor {
	c := s.rawSeek(wall)
	if len(s.zone.big) == 0 {
		return c
	}
	o, ok := c.peek()
	if !ok {
		return c
	}
	back := o.wall
	for i := 0; i < 64; i++ {
		if _, near := s.zone.nearBig(back-5*secondsPerDay, back+4*secondsPerDay); !near {
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
	sk, ek     tzdata.Kind
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
// overlap.
func (s *Schedule) resolve(o occ) (raw, error) {
	w := raw{o: o, ek: tzdata.Exact}
	rs := s.zone.resolve(o.wall)
	w.sk = rs.kind
	start, ok := rs.instant(s.spec.Disambiguation)
	if !ok {
		return w, s.rejectErr(o.wall)
	}
	w.start = start
	if s.spec.Length > 0 { // an exact length, not a wall-clock end
		w.end = start + s.span
	} else {
		re := s.zone.resolve(o.wall + s.span)
		w.ek = re.kind
		end, ok := re.instant(s.spec.Disambiguation)
		if !ok {
			return w, s.rejectErr(o.wall + s.span)
		}
		w.end = end
	}
	if w.end <= w.start {
		return w, ErrEmpty
	}
	return w, nil
}

// rejectErr returns tzdata's error for the skipped or repeated wall time.
func (s *Schedule) rejectErr(wall int64) error {
	dt := civil.DateTimeOfWall(wall)
	_, err := tzdata.Read(dt.Date.Year, dt.Date.Month, dt.Date.Day, dt.Clock.Hour, dt.Clock.Minute, dt.Clock.Second, 0, s.spec.Location).Instant(tzdata.Reject)
	if err == nil {
		err = tzdata.ErrNonexistent // cannot happen: the readings agree
	}
	return err
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

// maxSteps bounds every walk over occurrences: far more than the dates a
// query can pass over (a few, plus the dropped ones) in any real zone.
const maxSteps = 1 << 20

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
	lo, _ := s.zone.offsetBounds(tu - s.span - 2*secondsPerDay)
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
	_, hi := s.zone.offsetBounds(tu - s.span - 2*secondsPerDay)
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
		lo, _ := s.zone.offsetBounds(fu - s.span - 2*secondsPerDay)
		_, hi := s.zone.offsetBounds(tu)
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
		lo, _ := s.zone.offsetBounds(fu - 2*secondsPerDay)
		_, hi := s.zone.offsetBounds(tu)
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
			at, _ := s.zone.resolve(o.wall).instant(tzdata.Compatible)
			if at < fu || !before(at, to) {
				continue
			}
			if !yield(Drop{Date: civil.DateOfDays(o.day), Err: err}) {
				return
			}
		}
	}
}
