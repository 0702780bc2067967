package tzdata_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
)

// FuzzDate reads random wall times in random zones of the database and
// checks the relations every Reading must keep. Its corpus is seeded from
// the table of TestDate.
func FuzzDate(f *testing.F) {
	names := tzdata.Names()
	for _, tt := range dateTests {
		dt, err := parseWall(tt.wall)
		if err != nil {
			f.Fatal(err)
		}
		zone, _ := slices.BinarySearch(names, tt.zone)
		f.Add(dt.Date.Year, int(dt.Date.Month), dt.Date.Day, dt.Clock.Hour, dt.Clock.Minute, dt.Clock.Second, zone)
	}
	f.Add(1, 1, 1, 0, 0, 0, 0)
	f.Add(9999, 12, 31, 23, 59, 59, 1)
	f.Add(-4713, 0, -1, 25, 61, -1, -1)
	f.Add(1<<40, 1<<40, 1<<40, 1<<40, 1<<40, 1<<40, 1<<40)
	f.Fuzz(func(t *testing.T, year, month, day, hour, min, sec, zone int) {
		name := names[int(uint(zone)%uint(len(names)))]
		loc, err := tzdata.Load(name)
		if err != nil {
			t.Fatal(err)
		}
		// No panic whatever the fields.
		dt := civil.DateTime{Date: civil.Date{Year: year, Month: time.Month(month), Day: day}, Clock: civil.Clock{Hour: hour, Minute: min, Second: sec}}
		r := tzdata.Read(dt, loc)
		for _, d := range []tzdata.Disambiguation{tzdata.Compatible, tzdata.Earlier, tzdata.Later, tzdata.Reject, 9} {
			_, _ = tzdata.Date(dt, loc, d)
		}
		// The relations hold where int64 seconds do not overflow: fields
		// that time.Date and civil normalize alike, and a wall time within
		// years -9999..99999.
		for _, f := range []int{year, month, day, hour, min, sec} {
			if f < -1e7 || f > 1e7 {
				return
			}
		}
		w := time.Date(year, time.Month(month), day, hour, min, sec, 0, time.UTC)
		if w.Year() < -9999 || w.Year() > 99999 {
			return
		}
		checkReading(t, name, w, loc, r)
	})
}

// checkReading checks r = Read(wall w in loc) against what it promises.
func checkReading(t *testing.T, name string, w time.Time, loc *time.Location, r tzdata.Reading) {
	t.Helper()
	fail := func(format string, args ...any) {
		t.Helper()
		t.Errorf("Read(%s, %s) = %v %v %v: "+format, append([]any{w.Format("2006-01-02T15:04:05.999999999"), name, r.Kind, r.Earlier, r.Later}, args...)...)
	}
	if r.Earlier.Location() != loc || r.Later.Location() != loc {
		fail("instants not in the location")
	}
	if r.Later.Before(r.Earlier) {
		fail("Later before Earlier")
	}
	if (r.Kind == tzdata.Exact) != r.Earlier.Equal(r.Later) {
		fail("Exact iff Earlier == Later")
	}
	compatible, err := tzdata.Date(civil.DateTimeOf(w), loc, tzdata.Compatible)
	if err != nil || !(compatible.Equal(r.Earlier) || compatible.Equal(r.Later)) {
		fail("Compatible = %v, %v; want Earlier or Later", compatible, err)
	}
	switch r.Kind {
	case tzdata.Skipped:
		if !compatible.Equal(r.Later) {
			fail("Compatible = %v in a gap, want Later", compatible)
		}
	case tzdata.Repeated:
		if !compatible.Equal(r.Earlier) {
			fail("Compatible = %v in an overlap, want Earlier", compatible)
		}
	}
	_, err = tzdata.Date(civil.DateTimeOf(w), loc, tzdata.Reject)
	want := map[tzdata.WallKind]error{tzdata.Exact: nil, tzdata.Skipped: tzdata.ErrNonexistent, tzdata.Repeated: tzdata.ErrAmbiguous}[r.Kind]
	if (err == nil) != (want == nil) || (want != nil && !errors.Is(err, want)) {
		fail("Reject error = %v, want %v", err, want)
	}
	// A wall time that exists reads back as itself from both candidates;
	// a skipped one from neither, and the candidates read it moved by the
	// gap: Earlier back, Later forward.
	wall := func(t time.Time) time.Time {
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
	}
	e, l := wall(r.Earlier), wall(r.Later)
	if r.Kind != tzdata.Skipped {
		if !e.Equal(w) || !l.Equal(w) {
			fail("reads back as %v and %v, want %v", e, l, w)
		}
		return
	}
	if !e.Equal(w.Add(-r.Shift())) || !l.Equal(w.Add(r.Shift())) {
		fail("skipped time reads back as %v and %v, want %v -/+ %v", e, l, w, r.Shift())
	}
}

// FuzzLoad checks that Load never panics and either fails or returns a
// location under the name asked for.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{"", "UTC", "Local", "America/Denver", "america/denver", "America/Denvr", "../../etc/passwd", "/etc/localtime", "a\x00b", "Etc/GMT+7", "\xff"} {
		f.Add(s)
	}
	for _, tt := range dateTests {
		f.Add(tt.zone)
	}
	f.Fuzz(func(t *testing.T, name string) {
		loc, err := tzdata.Load(name)
		if err != nil {
			if loc != nil || !errors.Is(err, tzdata.ErrUnknownZone) {
				t.Errorf("Load(%q) = %v, %v; want nil and ErrUnknownZone", name, loc, err)
			}
			return
		}
		if loc.String() != name {
			t.Errorf("Load(%q).String() = %q", name, loc)
		}
	})
}

// TestReadEveryZone checks Read around every change of every zone of the
// database from 1850 to 2040 (later years repeat the same rules) against
// bruteRead, with wall times on both sides of the 3-day margin of Read's
// fast path.
func TestReadEveryZone(t *testing.T) {
	from := time.Date(1850, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC)
	deltas := []int64{-4 * 86400, -3*86400 - 1, -86400, -3601, -1, 0, 1, 900, 1799, 1800, 3599, 3600, 3601, 86399, 3*86400 + 1, 4 * 86400}
	bad := 0
	for _, name := range tzdata.Names() {
		loc := mustLoad(t, name)
		for tr := range tzdata.Transitions(loc, from, to) {
			near := collect(loc, tr.At.Add(-7*24*time.Hour), tr.At.Add(7*24*time.Hour))
			for _, off := range []int{tr.Before.Seconds, tr.After.Seconds} {
				for _, d := range deltas {
					u := tr.At.Unix() + int64(off) + d // the wall time, as Unix seconds
					if !checkRead(t, name, loc, u, near) {
						if bad++; bad == 20 {
							t.FailNow()
						}
					}
				}
			}
		}
	}
}

// TestReadYearEnds checks Read in every zone around the ends of the years
// 2008 to 2040, where ZoneBounds reports false bounds with slim data
// (golang/go#81583), leap years or not.
func TestReadYearEnds(t *testing.T) {
	bad := 0
	for _, name := range tzdata.Names() {
		loc := mustLoad(t, name)
		for year := 2008; year <= 2040; year++ {
			end := time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
			near := collect(loc, time.Unix(end-7*86400, 0), time.Unix(end+7*86400, 0))
			for _, d := range []int64{-2 * 86400, -86400 - 1, -86400, -43200, -1, 0, 1, 43200, 86400} {
				if !checkRead(t, name, loc, end+d, near) {
					if bad++; bad == 20 {
						t.FailNow()
					}
				}
			}
		}
	}
}

// checkRead compares Read of the wall time u (Unix seconds of the wall
// clock read as UTC) with bruteRead and checks its promises; it reports
// whether they agreed.
func checkRead(t *testing.T, name string, loc *time.Location, u int64, near []tzdata.Transition) bool {
	t.Helper()
	w := time.Unix(u, 0).UTC()
	got := tzdata.Read(civil.DateTimeOf(w), loc)
	want := bruteRead(t, loc, u, near)
	ok := got.Kind == want.Kind
	if ok && want.Kind != tzdata.Skipped {
		ok = got.Earlier.Equal(want.Earlier) && got.Later.Equal(want.Later)
	}
	if !ok {
		t.Errorf("Read(%s, %s) = %v %v %v, want %v %v %v", w.Format(time.DateTime), name, got.Kind, got.Earlier.UTC(), got.Later.UTC(), want.Kind, want.Earlier.UTC(), want.Later.UTC())
	}
	checkReading(t, name, w, loc, got)
	return ok
}

// bruteRead reads the wall time u by brute force: the candidate offsets
// are every offset loc has within two days (from near, the changes around
// u), and one counts when reading the wall time with it gives an instant
// with that offset. For a skipped time it gives only the Kind.
func bruteRead(t *testing.T, loc *time.Location, u int64, near []tzdata.Transition) tzdata.Reading {
	t.Helper()
	offsetAt := func(u int64) int64 {
		_, o := time.Unix(u, 0).In(loc).Zone()
		return int64(o)
	}
	offsets := map[int64]bool{offsetAt(u - 2*86400): true}
	for _, x := range near {
		if at := x.At.Unix(); at >= u-2*86400 && at < u+2*86400 {
			offsets[int64(x.After.Seconds)] = true
		}
	}
	var cands []int64
	for o := range offsets {
		if offsetAt(u-o) == o {
			cands = append(cands, u-o)
		}
	}
	slices.Sort(cands)
	switch len(cands) {
	case 0:
		return tzdata.Reading{Kind: tzdata.Skipped}
	case 1:
		return tzdata.Reading{Kind: tzdata.Exact, Earlier: time.Unix(cands[0], 0), Later: time.Unix(cands[0], 0)}
	case 2:
		return tzdata.Reading{Kind: tzdata.Repeated, Earlier: time.Unix(cands[0], 0), Later: time.Unix(cands[1], 0)}
	}
	t.Fatalf("wall %v in %s: %d candidate instants", time.Unix(u, 0).UTC(), loc, len(cands))
	return tzdata.Reading{}
}
