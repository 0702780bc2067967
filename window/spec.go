package window

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
)

// Building a schedule: New checks a Spec, normalizes it and compiles its
// rule; every rule and spec that could not be evaluated in bounded time,
// or whose windows could overlap, is refused here, so queries never meet it.

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
// excepted date is how a moved occurrence is written. The schedule reads
// wall times with the compiled zone [tzdata.ZoneOf] returns for Location,
// which every schedule in a zone from [tzdata.Load] shares.
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
		if sp.EndDays > 0 {
			s.span = int64(sp.EndDays)*secondsPerDay + sp.End.Seconds() - s.startSec
		}
	}
	s.shift = int64(sp.Offset)
	ruleFrom := sp.From.AddDays(-sp.Offset)
	s.rule, err = compile(explicit(sp.Rule, ruleFrom), ruleFrom)
	if err != nil {
		return nil, err
	}
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
	s.zone = tzdata.ZoneOf(sp.Location)
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
	// Both spec forms write the zone by its name, so a name that reads
	// back as another zone would change the schedule on a round trip.
	switch name := spec.Location.String(); {
	case name == "" || strings.ContainsAny(name, "\"\x00\r\n\t "):
		return bad("zone name %q cannot be written in a spec (want a zone from tzdata.ParseZone)", name)
	case name == "UTC" && spec.Location != time.UTC:
		if _, off := time.Unix(0, 0).In(spec.Location).Zone(); off != 0 {
			return bad("a zone named UTC at offset %s (want time.UTC, or a fixed zone from tzdata.ParseZone)", english.UTCOffset(off))
		}
	}
	if !minuteClock(spec.Start) {
		return bad("start %s out of range (want 00:00..23:59, whole minutes)", spec.Start)
	}
	if spec.Length == 0 && !minuteClock(spec.End) {
		return bad("end %s out of range (want 00:00..23:59, whole minutes)", spec.End)
	}
	switch {
	case spec.EndDays < 0 || spec.EndDays > limitEndDays:
		return bad("end %d days after the start out of range (want 0..%d)", spec.EndDays, limitEndDays)
	case spec.EndDays > 0 && spec.Length != 0:
		return bad("both a length of %v and an end %d days later (want one)", spec.Length, spec.EndDays)
	case spec.EndDays == 1 && spec.End.Seconds() <= spec.Start.Seconds():
		spec.EndDays = 0 // the next day is where such an End falls anyway
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
	if spec.Offset < -limitOffset || spec.Offset > limitOffset {
		return bad("offset of %d days out of range (want -%d..%d)", spec.Offset, limitOffset, limitOffset)
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
		if !minuteClock(x.Start) {
			return bad("extra window %s: start %s out of range (want 00:00..23:59, whole minutes)", x.Date, x.Start)
		}
	}
	r := &spec.Rule
	if !r.weekStartMatters() {
		// RFC 5545's default: a WKST without effect is not part of the
		// schedule, so both spec forms read back to the same Spec.
		r.WeekStart = time.Monday
	}
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
		if d, ok := s.ruleAtOrAfter(lo + 1); ok && d*secondsPerDay+s.startSec == x.wall {
			return fmt.Errorf("window: extra window %s duplicates the rule's window of %s (drop it, or except %s and add the window at another time to move it)",
				s.describeOcc(x), civil.DateOfDays(d), civil.DateOfDays(d))
		} else if ok && d*secondsPerDay+s.startSec < x.wall+need {
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

// validateRule checks r as RFC 5545 and this package restrict it, and
// names the bad part in its error.
func validateRule(r *Rule) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("window: rule: "+format, args...)
	}
	switch {
	case r.Freq == 0:
		return bad("no frequency (want Daily, Weekly, Monthly or Yearly)")
	case r.Freq > Yearly:
		return bad("frequency %d unknown (want Daily, Weekly, Monthly or Yearly; sub-daily rules are not windows)", r.Freq)
	}
	freq := freqName[r.Freq]
	if r.Interval < 0 || r.Interval > limitInterval {
		return bad("INTERVAL %d out of range (want 1..%d)", r.Interval, limitInterval)
	}
	if r.Count < 0 || r.Count > limitCount {
		return bad("COUNT %d out of range (want 1..%d, or 0 for none)", r.Count, limitCount)
	}
	if r.WeekStart < time.Sunday || r.WeekStart > time.Saturday {
		return bad("WKST %d is not a weekday", r.WeekStart)
	}
	for _, l := range []struct {
		name string
		n    int
	}{{"BYDAY", len(r.ByDay)}, {"BYMONTHDAY", len(r.ByMonthDay)}, {"BYMONTH", len(r.ByMonth)},
		{"BYYEARDAY", len(r.ByYearDay)}, {"BYWEEKNO", len(r.ByWeekNo)}, {"BYSETPOS", len(r.BySetPos)}} {
		if l.n > limitList {
			return bad("%s has %d entries (want at most %d)", l.name, l.n, limitList)
		}
	}
	// Ordinals: within a month for MONTHLY, and for YEARLY with BYMONTH
	// (RFC 5545 and rrule-go read them per month then); within the year
	// for a plain YEARLY; none for DAILY and WEEKLY, or with BYWEEKNO.
	maxN, scope := 0, ""
	switch {
	case r.Freq == Monthly || r.Freq == Yearly && len(r.ByMonth) > 0 && len(r.ByWeekNo) == 0:
		maxN, scope = 5, freq
		if r.Freq == Yearly {
			scope = "YEARLY with BYMONTH"
		}
	case r.Freq == Yearly && len(r.ByWeekNo) == 0:
		maxN, scope = 53, freq
	}
	plain, ordinal := false, false
	for _, wd := range r.ByDay {
		plain, ordinal = plain || wd.N == 0, ordinal || wd.N != 0
		if plain && ordinal {
			// RFC 5545 means the union; rrule-go and python-dateutil
			// select the days that are both, which is usually none.
			return bad("BYDAY mixes weekdays with and without an ordinal (write two schedules)")
		}
		if wd.Weekday < time.Sunday || wd.Weekday > time.Saturday {
			return bad("BYDAY weekday %d is not a weekday", wd.Weekday)
		}
		if wd.N == 0 {
			continue
		}
		if maxN == 0 {
			if len(r.ByWeekNo) > 0 {
				return bad("BYDAY ordinal %d not allowed with BYWEEKNO", wd.N)
			}
			return bad("BYDAY ordinal %d not allowed for %s (want a plain weekday)", wd.N, freq)
		}
		if wd.N < -maxN || wd.N > maxN {
			return bad("BYDAY ordinal %d out of range for %s (want -%d..-1 or 1..%d)", wd.N, scope, maxN, maxN)
		}
	}
	for _, md := range r.ByMonthDay {
		if md == 0 || md < -31 || md > 31 {
			return bad("BYMONTHDAY %d out of range (want -31..-1 or 1..31)", md)
		}
	}
	if len(r.ByMonthDay) > 0 && r.Freq == Weekly {
		return bad("BYMONTHDAY not allowed for WEEKLY")
	}
	for _, m := range r.ByMonth {
		if m < time.January || m > time.December {
			return bad("BYMONTH %d out of range (want 1..12)", m)
		}
	}
	for _, yd := range r.ByYearDay {
		if yd == 0 || yd < -366 || yd > 366 {
			return bad("BYYEARDAY %d out of range (want -366..-1 or 1..366)", yd)
		}
	}
	if len(r.ByYearDay) > 0 && r.Freq != Yearly {
		return bad("BYYEARDAY not allowed for %s (YEARLY only)", freq)
	}
	for _, wn := range r.ByWeekNo {
		if wn == 0 || wn < -53 || wn > 53 {
			return bad("BYWEEKNO %d out of range (want -53..-1 or 1..53)", wn)
		}
	}
	if len(r.ByWeekNo) > 0 && r.Freq != Yearly {
		return bad("BYWEEKNO not allowed for %s (YEARLY only)", freq)
	}
	for _, sp := range r.BySetPos {
		if sp == 0 || sp < -366 || sp > 366 {
			return bad("BYSETPOS %d out of range (want -366..-1 or 1..366)", sp)
		}
	}
	if len(r.BySetPos) > 0 && len(r.ByDay)+len(r.ByMonthDay)+len(r.ByMonth)+len(r.ByYearDay)+len(r.ByWeekNo) == 0 {
		return bad("BYSETPOS needs another BYxxx part to select from")
	}
	// A month-day list that no listed month has selects nothing, and would
	// send rrule-go walking to the year 9999.
	if len(r.ByMonthDay) > 0 && len(r.ByMonth) > 0 {
		possible := false
		for _, m := range r.ByMonth {
			for _, md := range r.ByMonthDay {
				if abs(md) <= civil.DaysIn(2000, m) {
					possible = true
				}
			}
		}
		if !possible {
			return bad("BYMONTHDAY %v never falls in BYMONTH %v: the rule selects no date", r.ByMonthDay, monthNumbers(r.ByMonth))
		}
	}
	return nil
}

func monthNumbers(ms []time.Month) []int {
	out := make([]int, len(ms))
	for i, m := range ms {
		out[i] = int(m)
	}
	return out
}

// minuteClock reports whether c is a valid clock on a whole minute. A
// window's clocks are minutes, as both spec forms write them: a
// civil.Clock can hold seconds (for tzdata's readers), but a schedule
// built with one could not be written back as text that parses.
func minuteClock(c civil.Clock) bool { return c.IsValid() && c.Second == 0 }

// weekStartMatters reports whether r's WeekStart changes the dates it
// selects: it counts the weeks of a WEEKLY rule with an INTERVAL, bounds
// the weeks a WEEKLY BYSETPOS picks from, and numbers BYWEEKNO's weeks.
func (r *Rule) weekStartMatters() bool {
	return r.Freq == Weekly && (r.Interval > 1 || len(r.BySetPos) > 0) || len(r.ByWeekNo) > 0
}
