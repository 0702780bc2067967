package tzdata

import (
	"sync"
	"testing"
	"time"

	"github.com/prostar/maintenance/tzdata/civil"
)

// differentialZones are the zones the differential tests use: every kind
// of offset change the database has.
var differentialZones = []string{
	"America/Denver", "Europe/Berlin", "Europe/London", "Australia/Lord_Howe",
	"Pacific/Chatham", "America/Santiago", "America/Havana", "Pacific/Apia",
	"America/St_Johns", "Asia/Kolkata", "America/Phoenix", "America/New_York",
	"Australia/Sydney", "Asia/Tehran", "America/Sao_Paulo", "Pacific/Auckland",
	"Africa/Casablanca", "Pacific/Kiritimati", "America/Juneau", "Asia/Manila", "UTC",
}

// sameReading checks the compiled table of z against the location itself,
// read by the same rule without a table.
func sameReading(t *testing.T, z *Zone, wall time.Time) {
	t.Helper()
	direct := Zone{loc: z.loc}
	w := wall.Unix()
	gk, ge, gl := z.read(w)
	wk, we, wl := direct.read(w)
	if gk != wk || ge != we || gl != wl {
		t.Fatalf("%s: read(%s) = %v %v %v, want %v %v %v", z, wall.Format("2006-01-02 15:04:05"),
			gk, time.Unix(ge, 0).UTC(), time.Unix(gl, 0).UTC(), wk, time.Unix(we, 0).UTC(), time.Unix(wl, 0).UTC())
	}
}

func mustZone(t *testing.T, name string) *Zone {
	t.Helper()
	loc, err := Load(name)
	if err != nil {
		t.Fatal(err)
	}
	return ZoneOf(loc)
}

// TestZoneMatchesLocation checks the transition table against the
// location at wall times around every transition from 1850 to 2600 of the
// differential zones, and on a grid over the whole range 1..9999.
func TestZoneMatchesLocation(t *testing.T) {
	for _, name := range differentialZones {
		t.Run(name, func(t *testing.T) {
			z := mustZone(t, name)
			from := time.Date(1850, 1, 1, 0, 0, 0, 0, time.UTC)
			to := time.Date(2600, 1, 1, 0, 0, 0, 0, time.UTC)
			for tr := range Transitions(z.loc, from, to) {
				// The wall times either side of the change, on both offsets.
				for _, off := range []int{tr.Before.Seconds, tr.After.Seconds} {
					base := tr.At.Add(time.Duration(off) * time.Second)
					for _, d := range []time.Duration{-25 * time.Hour, -time.Hour, -30 * time.Minute, -time.Second, 0,
						time.Second, 30 * time.Minute, time.Hour, 90 * time.Minute, 25 * time.Hour} {
						sameReading(t, z, base.Add(d))
					}
				}
			}
			for y := 1; y <= 9999; y += 7 {
				for _, m := range []time.Month{1, 3, 4, 10, 11} {
					sameReading(t, z, time.Date(y, m, 1+y%28, y%24, 30, 0, 0, time.UTC))
				}
			}
		})
	}
}

// TestZoneFarFutureAllZones checks the 400-year shift past 2500 for every
// zone of the database: the zone's rule after its last listed change must
// repeat with the Gregorian calendar.
func TestZoneFarFutureAllZones(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for _, name := range Names() {
		z := mustZone(t, name)
		for _, y := range []int{2499, 2500, 2501, 2777, 3100, 9999} {
			for tr := range Transitions(z.loc, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC)) {
				base := tr.At.Add(time.Duration(tr.Before.Seconds) * time.Second)
				for _, d := range []time.Duration{-time.Hour, -time.Second, 0, 30 * time.Minute, time.Hour} {
					sameReading(t, z, base.Add(d))
				}
			}
			sameReading(t, z, time.Date(y, 7, 1, 12, 0, 0, 0, time.UTC))
		}
	}
}

func TestZoneJumps(t *testing.T) {
	for _, tc := range []struct {
		zone string
		at   time.Time
		want bool
	}{
		{"Pacific/Apia", time.Date(2011, 12, 30, 10, 0, 0, 0, time.UTC), true},
		{"Antarctica/Casey", time.Date(1969, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{"America/Denver", time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC), false},
		{"Antarctica/Troll", time.Date(2026, 3, 29, 1, 0, 0, 0, time.UTC), false},
	} {
		z := mustZone(t, tc.zone)
		u := tc.at.Unix()
		if _, got := z.NextJump(u-day, u+day); got != tc.want {
			t.Errorf("%s: NextJump(%v -/+ a day) = %v, want %v", tc.zone, tc.at, got, tc.want)
		}
	}
}

func TestZoneOffsetRange(t *testing.T) {
	for _, tc := range []struct {
		zone            string
		least, greatest int
	}{
		{"America/Denver", -7 * 3600, -6 * 3600},
		{"Asia/Kolkata", 19270, 23400}, // +5:21:10 (Madras time) to +6:30 (1942-45)
		{"UTC", 0, 0},
	} {
		z := mustZone(t, tc.zone)
		if l, g := z.OffsetRange(); l != tc.least || g != tc.greatest {
			t.Errorf("%s: OffsetRange() = %d, %d; want %d, %d", tc.zone, l, g, tc.least, tc.greatest)
		}
	}
}

// TestZoneShared checks that every location Load returns for a name has
// one compiled zone, built once however many goroutines ask for it first,
// and that other locations are compiled, not cached.
//
// Other tests may have loaded the zone already, so its cache entry is
// taken out for the test (and put back after it): the first Load and the
// first ZoneOf of the name, through the real cache, happen in the race.
// The package's tests do not run in parallel.
func TestZoneShared(t *testing.T) {
	const name = "America/Boise"
	if old, ok := db.cache.LoadAndDelete(name); ok {
		t.Cleanup(func() { db.cache.Store(name, old) })
	}
	const goroutines = 64
	locs := make([]*time.Location, goroutines)
	zones := make([]*Zone, goroutines)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range zones {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			l, err := Load(name)
			if err != nil {
				t.Error(err)
				return
			}
			locs[i], zones[i] = l, ZoneOf(l)
		}()
	}
	close(start)
	wg.Wait()
	for i := range zones {
		if locs[i] != locs[0] || zones[i] != zones[0] || zones[i] == nil {
			t.Fatalf("goroutine %d got %p, %p; goroutine 0 %p, %p", i, locs[i], zones[i], locs[0], zones[0])
		}
	}
	e := entryOf(locs[0])
	if e == nil {
		t.Fatalf("entryOf(Load(%q)) = nil", name)
	}
	if n := e.builds.Load(); n != 1 {
		t.Errorf("%s compiled %d times by %d goroutines, want once", name, n, goroutines)
	}
	if got := ZoneOf(locs[0]); got != zones[0] {
		t.Errorf("ZoneOf(%s) later = %p, want the shared %p", name, got, zones[0])
	}
	if ZoneOf(time.UTC) != ZoneOf(nil) || ZoneOf(time.UTC) != mustZone(t, "UTC") {
		t.Error("time.UTC, nil and Load(\"UTC\") have different zones")
	}
	fixed := time.FixedZone("X", 3600)
	if a, b := ZoneOf(fixed), ZoneOf(fixed); a == b {
		t.Error("ZoneOf(a fixed zone) cached it; want a fresh zone per call")
	}
}

// BenchmarkCompile measures building America/Denver's table, which ZoneOf
// does once per process.
func BenchmarkCompile(b *testing.B) {
	loc, err := Load("America/Denver")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for range b.N {
		if z := compile(loc); len(z.at) == 0 {
			b.Fatal("no transitions")
		}
	}
	z := compile(loc)
	b.ReportMetric(float64(8*cap(z.at)+4*cap(z.off)+8*cap(z.jumps)), "table-bytes")
}

func TestZeroZoneIsUTC(t *testing.T) {
	var z Zone
	dt := civil.DateTime{Date: civil.Date{Year: 2026, Month: time.March, Day: 8}, Clock: civil.Clock{Hour: 2, Minute: 30}}
	got, err := z.Date(dt, Reject)
	if want := time.Date(2026, 3, 8, 2, 30, 0, 0, time.UTC); err != nil || !got.Equal(want) || got.Location() != time.UTC {
		t.Errorf("Zone{}.Date(%v) = %v, %v; want %v", dt, got, err, want)
	}
	if r := z.Read(dt); r.Kind != Exact || z.String() != "UTC" {
		t.Errorf("Zone{}.Read(%v) = %+v, String %q; want exact UTC", dt, r, z.String())
	}
}
