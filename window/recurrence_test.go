package window

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/teambition/rrule-go"
)

func TestCivilArithmetic(t *testing.T) {
	if got := (civil.Date{Year: 1, Month: 1, Day: 1}).Days(); got != minDay {
		t.Errorf("days(0001-01-01) = %d, want %d", got, minDay)
	}
	if got := (civil.Date{Year: 9999, Month: 12, Day: 31}).Days(); got != maxDay {
		t.Errorf("days(9999-12-31) = %d, want %d", got, maxDay)
	}
	for d := int64(minDay); d <= maxDay; d += 97 {
		tm := time.Unix(d*secondsPerDay, 0).UTC()
		y, m, dd := tm.Date()
		if got := civil.DateOfDays(d); got != (civil.Date{Year: y, Month: m, Day: dd}) {
			t.Fatalf("civil.DateOfDays(%d) = %v, want %v", d, got, tm)
		}
		if got := (civil.Date{Year: y, Month: m, Day: dd}).Days(); got != d {
			t.Fatalf("days(%v) = %d, want %d", tm, got, d)
		}
		if got := civil.WeekdayOfDays(d); got != tm.Weekday() {
			t.Fatalf("civil.WeekdayOfDays(%v) = %v, want %v", tm, got, tm.Weekday())
		}
	}
}

// randomRule returns a rule New accepts, of any shape.
func randomRule(r *rand.Rand) Rule {
	for {
		var rule Rule
		rule.Freq = Frequency(1 + r.IntN(4))
		rule.Interval = []int{0, 1, 1, 2, 3, 5}[r.IntN(6)]
		rule.WeekStart = time.Weekday(r.IntN(7))
		maxN := map[Frequency]int{Monthly: 5, Yearly: 5}[rule.Freq]
		if r.IntN(3) > 0 {
			ordinals := maxN > 0 && r.IntN(3) > 0
			for n := 1 + r.IntN(3); n > 0; n-- {
				wd := WeekdayN{Weekday: time.Weekday(r.IntN(7))}
				if ordinals {
					wd.N = 1 + r.IntN(maxN)
					if r.IntN(2) == 0 {
						wd.N = -wd.N
					}
				}
				rule.ByDay = append(rule.ByDay, wd)
			}
		}
		if rule.Freq != Weekly && r.IntN(4) == 0 {
			for n := 1 + r.IntN(3); n > 0; n-- {
				md := 1 + r.IntN(31)
				if r.IntN(3) == 0 {
					md = -md
				}
				rule.ByMonthDay = append(rule.ByMonthDay, md)
			}
		}
		if r.IntN(4) == 0 || rule.Freq == Yearly && len(rule.ByDay) > 0 && r.IntN(2) == 0 {
			for n := 1 + r.IntN(4); n > 0; n-- {
				rule.ByMonth = append(rule.ByMonth, time.Month(1+r.IntN(12)))
			}
		}
		if rule.Freq == Yearly && r.IntN(5) == 0 {
			rule.ByYearDay = []int{1 + r.IntN(366), -1 - r.IntN(30)}
		}
		if rule.Freq == Yearly && len(rule.ByDay) > 0 && r.IntN(5) == 0 {
			rule.ByWeekNo = []int{1 + r.IntN(53), -1}
			for i := range rule.ByDay {
				rule.ByDay[i].N = 0
			}
		}
		if rule.Freq != Daily && len(rule.ByDay)+len(rule.ByMonthDay) > 1 && r.IntN(4) == 0 {
			rule.BySetPos = []int{1 + r.IntN(2), -1}
		}
		if rule.Freq == Yearly && len(rule.ByMonth) == 0 && len(rule.ByWeekNo) == 0 {
			for i := range rule.ByDay {
				if rule.ByDay[i].N != 0 {
					rule.ByDay[i].N *= 1 + r.IntN(10)
				}
			}
		}
		if validateRule(&rule) == nil {
			return rule
		}
	}
}

// reference returns the dates rrule-go gives for rule from DTSTART at
// from, up to the day until.
func reference(rule Rule, from civil.Date, until int64) []int64 {
	g, err := newGeneral(explicit(rule, from), from.Days())
	if err != nil {
		panic(err)
	}
	o := g.opt
	o.Dtstart = dayTime(from.Days())
	o.Until = dayTime(until)
	rr, err := rrule.NewRRule(o)
	if err != nil {
		panic(err)
	}
	var out []int64
	for _, t := range rr.All() {
		out = append(out, floorDiv(t.Unix(), secondsPerDay))
	}
	return out
}

// TestEngineMatchesRRule checks the direct computations and the
// re-anchored rrule-go walk against rrule-go walking from DTSTART, for
// random rules: every date over 12 years, and next and prev from random
// days.
func TestEngineMatchesRRule(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 1500
	if testing.Short() {
		n = 200
	}
	shapes := map[shape]int{}
	for i := 0; i < n; i++ {
		rule := randomRule(r)
		from := civil.DateOfDays(civil.Date{Year: 1990 + r.IntN(60), Month: time.Month(1 + r.IntN(12)), Day: 1 + r.IntN(28)}.Days())
		if len(rule.BySetPos) > 0 {
			// rrule-go applies BYSETPOS to the part of DTSTART's period on
			// or after DTSTART; this package to the whole period, and then
			// keeps the dates on or after From. Start at a period start so
			// both agree.
			switch rule.Freq {
			case Weekly:
				from = civil.DateOfDays(weekBase(rule.WeekStart) + 7*weekOf(from.Days(), rule.WeekStart))
			case Monthly:
				from.Day = 1
			case Yearly:
				from.Month, from.Day = 1, 1
			}
		}
		fd := from.Days()
		until := fd + 12*366
		want := reference(rule, from, until)
		dr, err := compile(explicit(rule, from), from)
		if err != nil {
			t.Fatalf("compile(%+v): %v", rule, err)
		}
		if !dr.selectsAny() {
			continue // New rejects it
		}
		shapes[dr.shape]++
		var got []int64
		dr.each(fd, until, func(d int64) bool { got = append(got, d); return true })
		if !slices.Equal(got, want) {
			t.Fatalf("%+v from %v (shape %d): dates differ\n got %v\nwant %v", rule, from, dr.shape, dates(got), dates(want))
		}
		for j := 0; j < 20; j++ {
			d := fd - 40 + r.Int64N(until-fd)
			i := sort(want, d)
			gotN, okN := dr.next(d, until)
			if wantOK := i < len(want); okN != wantOK || okN && gotN != want[i] {
				t.Fatalf("%+v from %v (shape %d): next(%v) = %v %v, want %v", rule, from, dr.shape, civil.DateOfDays(d), civil.DateOfDays(gotN), okN, dates(want[i:min(i+1, len(want))]))
			}
			k := sort(want, d+1) - 1 // last <= d
			gotP, okP := dr.prev(d, fd)
			if wantOK := k >= 0; okP != wantOK || okP && gotP != want[k] {
				t.Fatalf("%+v from %v (shape %d): prev(%v) = %v %v, want %v", rule, from, dr.shape, civil.DateOfDays(d), civil.DateOfDays(gotP), okP, dates(want[max(k, 0):max(k+1, 0)]))
			}
		}
	}
	t.Logf("shapes: %v", shapes)
}

// sort returns the index of the first element of xs at or after x.
func sort(xs []int64, x int64) int {
	i, _ := slices.BinarySearch(xs, x)
	return i
}

func dates(ds []int64) []string {
	var out []string
	for _, d := range ds {
		out = append(out, civil.DateOfDays(d).String())
	}
	return out
}
