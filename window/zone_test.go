package window

import (
	"testing"
	"time"

	"github.com/prostar/maintenance/tzdata"
)

// differentialZones are the zones the differential test and these tests
// check: every kind of offset change the database has.
var differentialZones = []string{
	"America/Denver", "Europe/Berlin", "Europe/London", "Australia/Lord_Howe",
	"Pacific/Chatham", "America/Santiago", "America/Havana", "Pacific/Apia",
	"America/St_Johns", "Asia/Kolkata", "America/Phoenix", "America/New_York",
	"Australia/Sydney", "Asia/Tehran", "America/Sao_Paulo", "Pacific/Auckland",
	"Africa/Casablanca", "Pacific/Kiritimati", "America/Juneau", "Asia/Manila", "UTC",
}

func sameReading(t *testing.T, z *zone, loc *time.Location, wall time.Time) {
	t.Helper()
	y, m, d := wall.Date()
	h, mi, s := wall.Clock()
	want := tzdata.Read(y, m, d, h, mi, s, 0, loc)
	got := z.resolve(wall.Unix())
	if got.kind != want.Kind || got.earlier != want.Earlier.Unix() || got.later != want.Later.Unix() {
		t.Fatalf("%s: resolve(%s) = %v %v %v, want %v %v %v", loc, wall.Format("2006-01-02 15:04:05"),
			got.kind, time.Unix(got.earlier, 0).UTC(), time.Unix(got.later, 0).UTC(),
			want.Kind, want.Earlier.UTC(), want.Later.UTC())
	}
}

// TestZoneMatchesRead checks the transition table against tzdata.Read at
// wall times around every transition from 1850 to 2600 of the
// differential zones, and on a grid over the whole range 1..9999.
func TestZoneMatchesRead(t *testing.T) {
	for _, name := range differentialZones {
		t.Run(name, func(t *testing.T) {
			loc, err := tzdata.Load(name)
			if err != nil {
				t.Fatal(err)
			}
			z := newZone(loc)
			from := time.Date(1850, 1, 1, 0, 0, 0, 0, time.UTC)
			to := time.Date(2600, 1, 1, 0, 0, 0, 0, time.UTC)
			for tr := range tzdata.Transitions(loc, from, to) {
				// The wall times either side of the change, on both offsets.
				for _, off := range []int{tr.Before.Seconds, tr.After.Seconds} {
					base := tr.At.Add(time.Duration(off) * time.Second)
					for _, d := range []time.Duration{-25 * time.Hour, -time.Hour, -30 * time.Minute, -time.Second, 0,
						time.Second, 30 * time.Minute, time.Hour, 90 * time.Minute, 25 * time.Hour} {
						sameReading(t, z, loc, base.Add(d))
					}
				}
			}
			for y := 1; y <= 9999; y += 7 {
				for _, m := range []time.Month{1, 3, 4, 10, 11} {
					sameReading(t, z, loc, time.Date(y, m, 1+y%28, y%24, 30, 0, 0, time.UTC))
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
	for _, name := range tzdata.Names() {
		loc, err := tzdata.Load(name)
		if err != nil {
			continue
		}
		z := newZone(loc)
		for _, y := range []int{2499, 2500, 2501, 2777, 3100, 9999} {
			for tr := range tzdata.Transitions(loc, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC)) {
				base := tr.At.Add(time.Duration(tr.Before.Seconds) * time.Second)
				for _, d := range []time.Duration{-time.Hour, -time.Second, 0, 30 * time.Minute, time.Hour} {
					sameReading(t, z, loc, base.Add(d))
				}
			}
			sameReading(t, z, loc, time.Date(y, 7, 1, 12, 0, 0, 0, time.UTC))
		}
	}
}

func TestZoneBig(t *testing.T) {
	for _, tc := range []struct {
		zone string
		at   time.Time
		want bool
	}{
		{"Pacific/Apia", time.Date(2011, 12, 30, 10, 0, 0, 0, time.UTC), true},
		{"America/Denver", time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC), false},
	} {
		loc, _ := tzdata.Load(tc.zone)
		z := newZone(loc)
		u := tc.at.Unix()
		if _, got := z.nearBig(u-secondsPerDay, u+secondsPerDay); got != tc.want {
			t.Errorf("%s: nearBig(%v) = %v, want %v", tc.zone, tc.at, got, tc.want)
		}
	}
}
