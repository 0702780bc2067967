package tzdata_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/prostar/maintenance/tzdata"
)

var (
	mst = tzdata.Offset{Name: "MST", Seconds: -7 * 3600}
	mdt = tzdata.Offset{Name: "MDT", Seconds: -6 * 3600}
)

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err) // test tables only
	}
	return t
}

func mustLoad(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := tzdata.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func collect(loc *time.Location, from, to time.Time) []tzdata.Transition {
	var out []tzdata.Transition
	for tr := range tzdata.Transitions(loc, from, to) {
		out = append(out, tr)
	}
	return out
}

func TestTransitions(t *testing.T) {
	denver := mustLoad(t, "America/Denver")
	tests := []struct {
		name     string
		loc      *time.Location
		from, to time.Time
		want     []tzdata.Transition
	}{
		{
			name: "Denver 2016-2018",
			loc:  denver,
			from: utc("2016-01-01T00:00:00Z"), to: utc("2019-01-01T00:00:00Z"),
			want: []tzdata.Transition{
				{utc("2016-03-13T09:00:00Z"), mst, mdt},
				{utc("2016-11-06T08:00:00Z"), mdt, mst},
				{utc("2017-03-12T09:00:00Z"), mst, mdt},
				{utc("2017-11-05T08:00:00Z"), mdt, mst},
				{utc("2018-03-11T09:00:00Z"), mst, mdt},
				{utc("2018-11-04T08:00:00Z"), mdt, mst},
			},
		},
		{
			// golang/go#81583: ZoneBounds at this instant reports an end
			// of 2016-12-31T00:00Z, before the instant, with the slim data
			// of Go's zoneinfo.zip. The next change is in March.
			name: "Denver from 2016-12-31T04:00Z, golang/go#81583",
			loc:  denver,
			from: utc("2016-12-31T04:00:00Z"), to: utc("2017-12-31T04:00:00Z"),
			want: []tzdata.Transition{
				{utc("2017-03-12T09:00:00Z"), mst, mdt},
				{utc("2017-11-05T08:00:00Z"), mdt, mst},
			},
		},
		{
			name: "Denver across the false year-end bound, no false change",
			loc:  denver,
			from: utc("2016-11-06T08:00:01Z"), to: utc("2017-03-12T09:00:00Z"),
			want: nil,
		},
		{
			name: "Denver 2040, past the explicit transitions",
			loc:  denver,
			from: utc("2040-01-01T00:00:00Z"), to: utc("2041-01-01T00:00:00Z"),
			want: []tzdata.Transition{
				{utc("2040-03-11T09:00:00Z"), mst, mdt},
				{utc("2040-11-04T08:00:00Z"), mdt, mst},
			},
		},
		{
			name: "change exactly at from is included",
			loc:  denver,
			from: utc("2026-03-08T09:00:00Z"), to: utc("2026-03-08T09:00:01Z"),
			want: []tzdata.Transition{{utc("2026-03-08T09:00:00Z"), mst, mdt}},
		},
		{
			name: "change exactly at to is excluded",
			loc:  denver,
			from: utc("2026-03-08T08:59:59Z"), to: utc("2026-03-08T09:00:00Z"),
			want: nil,
		},
		{
			name: "from in another location",
			loc:  denver,
			from: utc("2026-03-08T09:00:00Z").In(time.FixedZone("X", 3600)), to: utc("2026-03-08T09:00:01Z"),
			want: []tzdata.Transition{{utc("2026-03-08T09:00:00Z"), mst, mdt}},
		},
		{
			name: "empty range",
			loc:  denver,
			from: utc("2026-03-08T09:00:00Z"), to: utc("2026-03-08T09:00:00Z"),
			want: nil,
		},
		{
			name: "reversed range",
			loc:  denver,
			from: utc("2027-01-01T00:00:00Z"), to: utc("2026-01-01T00:00:00Z"),
			want: nil,
		},
		{
			name: "Lord_Howe 30-minute shifts",
			loc:  mustLoad(t, "Australia/Lord_Howe"),
			from: utc("2026-01-01T00:00:00Z"), to: utc("2027-01-01T00:00:00Z"),
			want: []tzdata.Transition{
				{utc("2026-04-04T15:00:00Z"), tzdata.Offset{"+11", 39600}, tzdata.Offset{"+1030", 37800}},
				{utc("2026-10-03T15:30:00Z"), tzdata.Offset{"+1030", 37800}, tzdata.Offset{"+11", 39600}},
			},
		},
		{
			name: "Apia skipped day",
			loc:  mustLoad(t, "Pacific/Apia"),
			from: utc("2011-12-01T00:00:00Z"), to: utc("2012-01-01T00:00:00Z"),
			want: []tzdata.Transition{
				{utc("2011-12-30T10:00:00Z"), tzdata.Offset{"-10", -36000}, tzdata.Offset{"+14", 50400}},
			},
		},
		{
			name: "Moscow abbreviation and offset changes",
			loc:  mustLoad(t, "Europe/Moscow"),
			from: utc("2011-01-01T00:00:00Z"), to: utc("2015-01-01T00:00:00Z"),
			want: []tzdata.Transition{
				{utc("2011-03-26T23:00:00Z"), tzdata.Offset{"MSK", 10800}, tzdata.Offset{"MSK", 14400}},
				{utc("2014-10-25T22:00:00Z"), tzdata.Offset{"MSK", 14400}, tzdata.Offset{"MSK", 10800}},
			},
		},
		{name: "Phoenix has none since 1968", loc: mustLoad(t, "America/Phoenix"), from: utc("1970-01-01T00:00:00Z"), to: utc("2100-01-01T00:00:00Z")},
		{name: "Kolkata has none since 1945", loc: mustLoad(t, "Asia/Kolkata"), from: utc("1946-01-01T00:00:00Z"), to: utc("2100-01-01T00:00:00Z")},
		{name: "UTC has none", loc: time.UTC, from: utc("0001-01-01T00:00:00Z"), to: utc("9999-01-01T00:00:00Z")},
		{name: "fixed zone has none", loc: time.FixedZone("X", 3600), from: utc("0001-01-01T00:00:00Z"), to: utc("9999-01-01T00:00:00Z")},
		{name: "nil location has none", loc: nil, from: utc("2026-01-01T00:00:00Z"), to: utc("2027-01-01T00:00:00Z")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collect(tt.loc, tt.from, tt.to)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Transitions(%v, %v, %v) mismatch (-want +got):\n%s", tt.loc, tt.from, tt.to, diff)
			}
			for _, tr := range got {
				if tr.At.Location() != time.UTC {
					t.Errorf("Transition.At = %v, want UTC", tr.At)
				}
			}
		})
	}
}

// TestTransitionsLeapYearEnds checks the golang/go#81583 case in every
// leap year the slim data extends by rule: from 04:00Z on 31 December, the
// next change is the March one, not a false bound.
func TestTransitionsLeapYearEnds(t *testing.T) {
	denver := mustLoad(t, "America/Denver")
	for year := 2008; year <= 2100; year += 4 {
		if year%100 == 0 && year%400 != 0 {
			continue
		}
		from := time.Date(year, 12, 31, 4, 0, 0, 0, time.UTC)
		next, ok := first(denver, from, from.AddDate(1, 0, 0))
		if !ok || next.At.Year() != year+1 || next.At.Month() != time.March || next.Before != mst || next.After != mdt {
			t.Errorf("first Transition(Denver) from %v = %+v, %v; want MST -> MDT in March %d", from, next, ok, year+1)
		}
	}
}

func first(loc *time.Location, from, to time.Time) (tzdata.Transition, bool) {
	for tr := range tzdata.Transitions(loc, from, to) {
		return tr, true
	}
	return tzdata.Transition{}, false
}

// TestTransitionsWholeRange checks that a range from year 1 to 9999 ends,
// is ordered and consistent, and is not cut short: zones with a DST rule
// change in the last year, and Casablanca's explicit changes end in 2087.
func TestTransitionsWholeRange(t *testing.T) {
	tests := []struct {
		zone     string
		lastYear int
		min      int
	}{
		{"America/Denver", 9999, 2 * 7900},
		{"Europe/Berlin", 9999, 2 * 7900},
		{"Australia/Lord_Howe", 9999, 2 * 7900},
		{"America/Santiago", 9999, 2 * 7900},
		{"Africa/Casablanca", 2087, 190},
	}
	for _, tt := range tests {
		t.Run(tt.zone, func(t *testing.T) {
			loc := mustLoad(t, tt.zone)
			from := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
			to := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
			start := time.Now()
			got := collect(loc, from, to)
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("Transitions(%s, 1, 9999) took %v", tt.zone, d)
			}
			checkChain(t, loc, got)
			if n := len(got); n < tt.min {
				t.Errorf("Transitions(%s, 1, 9999) gave %d changes, want at least %d", tt.zone, n, tt.min)
			}
			if n := len(got); n == 0 || got[n-1].At.Year() != tt.lastYear {
				t.Errorf("Transitions(%s, 1, 9999) gave %d changes, want the last in %d", tt.zone, n, tt.lastYear)
			}
		})
	}
}

// checkChain checks that transitions are in order, each changes something,
// each starts from what the previous one left, and each agrees with what
// the zone reports a second either side.
func checkChain(t *testing.T, loc *time.Location, trs []tzdata.Transition) {
	t.Helper()
	for i, tr := range trs {
		if tr.Before == tr.After {
			t.Errorf("transition %d at %v changes nothing: %+v", i, tr.At, tr)
		}
		if i > 0 {
			prev := trs[i-1]
			if !prev.At.Before(tr.At) {
				t.Errorf("transition %d at %v is not after %v", i, tr.At, prev.At)
			}
			if prev.After != tr.Before {
				t.Errorf("transition %d at %v starts from %+v, previous left %+v", i, tr.At, tr.Before, prev.After)
			}
		}
		bn, bo := tr.At.Add(-time.Second).In(loc).Zone()
		an, ao := tr.At.In(loc).Zone()
		if (tzdata.Offset{Name: bn, Seconds: bo}) != tr.Before || (tzdata.Offset{Name: an, Seconds: ao}) != tr.After {
			t.Errorf("transition %d %+v, but the zone has %s %d -> %s %d", i, tr, bn, bo, an, ao)
		}
	}
}

// TestTransitionsEveryZone compares Transitions in every zone of the
// database, 1970 to 2040, with an independent scan: daily steps, then a
// bisection to the second.
func TestTransitionsEveryZone(t *testing.T) {
	from := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, name := range tzdata.Names() {
		loc := mustLoad(t, name)
		want := scan(loc, from, to, 24*time.Hour)
		got := collect(loc, from, to)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Transitions(%s, 1970, 2040) mismatch with a scan (-want +got):\n%s", name, diff)
		}
	}
}

// scan finds the changes in [from, to) by stepping, then bisecting.
func scan(loc *time.Location, from, to time.Time, step time.Duration) []tzdata.Transition {
	zone := func(t time.Time) tzdata.Offset {
		n, o := t.In(loc).Zone()
		return tzdata.Offset{Name: n, Seconds: o}
	}
	var out []tzdata.Transition
	lo := from.Add(-time.Second)
	zlo := zone(lo)
	for lo.Before(to) {
		hi := lo.Add(step)
		if hi.After(to) {
			hi = to
		}
		if zone(hi) == zlo {
			lo = hi
			continue
		}
		a, b := lo, hi
		for b.Sub(a) > time.Second {
			m := a.Add(b.Sub(a) / 2).Truncate(time.Second)
			if zone(m) == zlo {
				a = m
			} else {
				b = m
			}
		}
		if b.Before(to) {
			out = append(out, tzdata.Transition{At: b.UTC(), Before: zlo, After: zone(b)})
		}
		lo, zlo = b, zone(b)
	}
	return out
}

// TestTransitionsStop checks that the iterator stops when the loop breaks.
func TestTransitionsStop(t *testing.T) {
	denver := mustLoad(t, "America/Denver")
	n := 0
	for range tzdata.Transitions(denver, utc("2000-01-01T00:00:00Z"), utc("2100-01-01T00:00:00Z")) {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("loop ran %d times, want 3", n)
	}
	// The first change yielded separately (exactly at from) must stop too.
	n = 0
	for range tzdata.Transitions(denver, utc("2026-03-08T09:00:00Z"), utc("2100-01-01T00:00:00Z")) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("loop ran %d times, want 1", n)
	}
}
