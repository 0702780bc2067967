package window_test

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

func eLoad(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := tzdata.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func eDate(s string) civil.Date {
	d, err := civil.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func eUTC(s string) time.Time {
	t, err := time.Parse("2006-01-02 15:04", s)
	if err != nil {
		panic(err)
	}
	return t
}

func eMonthly(n int, wd time.Weekday) window.Rule {
	return window.Rule{Freq: window.Monthly, ByDay: []window.WeekdayN{{N: n, Weekday: wd}}}
}

func eClock(s string) civil.Clock {
	t, err := time.Parse("15:04", s)
	if err != nil {
		panic(err)
	}
	return civil.Clock{Hour: t.Hour(), Minute: t.Minute()}
}

func eNew(t testing.TB, sp window.Spec) *window.Schedule {
	t.Helper()
	s, err := window.New(sp)
	if err != nil {
		t.Fatalf("New(%+v): %v", sp, err)
	}
	return s
}

// at returns the windows and drops of s whose nominal date is d.
func eAt(s *window.Schedule, d civil.Date) (window.Window, *window.Drop) {
	from := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Add(-48 * time.Hour)
	to := from.Add(96 * time.Hour)
	for w := range s.Windows(from, to) {
		if w.Date == d {
			return w, nil
		}
	}
	for dr := range s.Dropped(from, to) {
		if dr.Date == d {
			return window.Window{}, &dr
		}
	}
	return window.Window{}, nil
}

// TestKnownAnswers checks the "Known answers" table of DESIGN.md, which
// Python's zoneinfo and the TC39 Temporal polyfill agree on.
func TestKnownAnswers(t *testing.T) {
	type want struct {
		start, end string // UTC; empty: no window
	}
	tests := []struct {
		name                     string
		zone                     string
		rule                     window.Rule
		start, end               string
		date                     string
		compatible, later, early want
	}{
		{"Denver MST", "America/Denver", eMonthly(-1, time.Saturday), "22:00", "02:00", "2020-01-25",
			want{"2020-01-26 05:00", "2020-01-26 09:00"}, want{"2020-01-26 05:00", "2020-01-26 09:00"}, want{"2020-01-26 05:00", "2020-01-26 09:00"}},
		{"Denver fall back 5h", "America/Denver", eMonthly(-1, time.Saturday), "22:00", "02:00", "2026-10-31",
			want{"2026-11-01 04:00", "2026-11-01 09:00"}, want{"2026-11-01 04:00", "2026-11-01 09:00"}, want{"2026-11-01 04:00", "2026-11-01 09:00"}},
		{"Berlin end skipped", "Europe/Berlin", eMonthly(-1, time.Saturday), "22:00", "02:00", "2026-03-28",
			want{"2026-03-28 21:00", "2026-03-29 01:00"}, want{"2026-03-28 21:00", "2026-03-29 01:00"}, want{"2026-03-28 21:00", "2026-03-29 00:00"}},
		{"Berlin end repeated", "Europe/Berlin", eMonthly(-1, time.Saturday), "22:00", "02:00", "2025-10-25",
			want{"2025-10-25 20:00", "2025-10-26 00:00"}, want{"2025-10-25 20:00", "2025-10-26 01:00"}, want{"2025-10-25 20:00", "2025-10-26 00:00"}},
		{"London wholly skipped", "Europe/London", eMonthly(-1, time.Sunday), "01:30", "02:30", "2026-03-29",
			want{}, want{}, want{"2026-03-29 00:30", "2026-03-29 01:30"}},
		{"Lord_Howe 30-minute gap", "Australia/Lord_Howe", eMonthly(1, time.Sunday), "02:00", "03:00", "2026-10-04",
			want{"2026-10-03 15:30", "2026-10-03 16:00"}, want{"2026-10-03 15:30", "2026-10-03 16:00"}, want{"2026-10-03 15:00", "2026-10-03 16:00"}},
		{"Chatham end skipped", "Pacific/Chatham", eMonthly(-1, time.Sunday), "02:00", "03:00", "2026-09-27",
			want{"2026-09-26 13:15", "2026-09-26 14:15"}, want{"2026-09-26 13:15", "2026-09-26 14:15"}, want{}},
		{"New York start repeated", "America/New_York", eMonthly(1, time.Sunday), "01:30", "02:30", "2007-11-04",
			want{"2007-11-04 05:30", "2007-11-04 07:30"}, want{"2007-11-04 06:30", "2007-11-04 07:30"}, want{"2007-11-04 05:30", "2007-11-04 07:30"}},
		{"Apia day skipped", "Pacific/Apia", eMonthly(-1, time.Friday), "22:00", "02:00", "2011-12-30",
			want{}, want{}, want{"2011-12-30 08:00", "2011-12-30 12:00"}},
		{"St_Johns 00:01 gap", "America/St_Johns", eMonthly(1, time.Sunday), "00:30", "03:30", "2000-04-02",
			want{"2000-04-02 04:00", "2000-04-02 06:00"}, want{"2000-04-02 04:00", "2000-04-02 06:00"}, want{"2000-04-02 03:00", "2000-04-02 06:00"}},
	}
	for _, tc := range tests {
		for _, d := range []struct {
			dis  tzdata.Disambiguation
			want want
		}{{tzdata.Compatible, tc.compatible}, {tzdata.Later, tc.later}, {tzdata.Earlier, tc.early}} {
			t.Run(tc.name+"/"+d.dis.String(), func(t *testing.T) {
				s := eNew(t, window.Spec{Rule: tc.rule, Start: eClock(tc.start), End: eClock(tc.end),
					Location: eLoad(t, tc.zone), From: eDate("2000-01-01"), Disambiguation: d.dis})
				w, drop := eAt(s, eDate(tc.date))
				if d.want.start == "" {
					if drop == nil || !errors.Is(drop.Err, window.ErrEmpty) {
						t.Fatalf("window %v, drop %v; want a drop with ErrEmpty", w, drop)
					}
					return
				}
				if drop != nil {
					t.Fatalf("dropped: %v", drop.Err)
				}
				got := [2]time.Time{w.Start, w.End}
				wantT := [2]time.Time{eUTC(d.want.start), eUTC(d.want.end)}
				if diff := cmp.Diff(wantT, got); diff != "" {
					t.Errorf("window of %s mismatch (-want +got):\n%s", tc.date, diff)
				}
				if w.Start.Location().String() != tc.zone {
					t.Errorf("Start in %v, want %s", w.Start.Location(), tc.zone)
				}
			})
		}
	}
}

// The schedule of the January 2020 notice.
func eDenver(t testing.TB) window.Spec {
	return window.Spec{Rule: eMonthly(-1, time.Saturday), Start: eClock("22:00"), End: eClock("02:00"),
		Location: eLoad(t, "America/Denver"), From: eDate("2020-01-25")}
}

func TestEdgeMonths(t *testing.T) {
	type row struct {
		name string
		spec func(t *testing.T) window.Spec
		from string // UTC; the windows overlapping [from, to) are compared
		to   string
		want []window.Window
	}
	mk := func(d, start, end string, nominal time.Duration, sk, ek tzdata.WallKind) window.Window {
		return window.Window{Start: eUTC(start), End: eUTC(end), Date: eDate(d), Nominal: nominal, StartKind: sk, EndKind: ek}
	}
	const E, S, R = tzdata.Exact, tzdata.Skipped, tzdata.Repeated
	tests := []row{
		{"Denver 2020-10-31 22:00-02:00 lasts 5h", func(t *testing.T) window.Spec { return eDenver(t) }, "2020-10-20 00:00", "2020-11-20 00:00",
			[]window.Window{mk("2020-10-31", "2020-11-01 04:00", "2020-11-01 09:00", 4*time.Hour, E, E)}},
		{"Denver 2026-10-31 22:00-02:00 lasts 5h", func(t *testing.T) window.Spec { return eDenver(t) }, "2026-10-20 00:00", "2026-11-20 00:00",
			[]window.Window{mk("2026-10-31", "2026-11-01 04:00", "2026-11-01 09:00", 4*time.Hour, E, E)}},
		{"Denver 2026-10-31 22:00 for 4h ends 01:00 MST", func(t *testing.T) window.Spec {
			sp := eDenver(t)
			sp.Length = 4 * time.Hour
			return sp
		}, "2026-10-20 00:00", "2026-11-20 00:00",
			[]window.Window{mk("2026-10-31", "2026-11-01 04:00", "2026-11-01 08:00", 4*time.Hour, E, E)}},
		{"Berlin last Saturday of March, end skipped", func(t *testing.T) window.Spec {
			sp := eDenver(t)
			sp.Location = eLoad(t, "Europe/Berlin")
			return sp
		}, "2026-03-20 00:00", "2026-04-20 00:00",
			[]window.Window{mk("2026-03-28", "2026-03-28 21:00", "2026-03-29 01:00", 4*time.Hour, E, S)}},
		{"Berlin last Saturday of October, end repeated", func(t *testing.T) window.Spec {
			sp := eDenver(t)
			sp.Location = eLoad(t, "Europe/Berlin")
			return sp
		}, "2025-10-20 00:00", "2025-11-20 00:00",
			[]window.Window{mk("2025-10-25", "2025-10-25 20:00", "2025-10-26 00:00", 4*time.Hour, E, R)}},
		{"Berlin 2026: the last Saturday of October follows the change", func(t *testing.T) window.Spec {
			sp := eDenver(t)
			sp.Location = eLoad(t, "Europe/Berlin")
			return sp
		}, "2026-10-20 00:00", "2026-11-20 00:00",
			[]window.Window{mk("2026-10-31", "2026-10-31 21:00", "2026-11-01 01:00", 4*time.Hour, E, E)}},
		{"Lord_Howe first Sunday, 30-minute gap", func(t *testing.T) window.Spec {
			return window.Spec{Rule: eMonthly(1, time.Sunday), Start: eClock("02:00"), End: eClock("03:00"),
				Location: eLoad(t, "Australia/Lord_Howe"), From: eDate("2026-01-01")}
		}, "2026-09-30 00:00", "2026-10-30 00:00",
			[]window.Window{mk("2026-10-04", "2026-10-03 15:30", "2026-10-03 16:00", time.Hour, S, E)}},
		{"Santiago midnight skipped: every day keeps its date", func(t *testing.T) window.Spec {
			return window.Spec{Rule: window.Rule{Freq: window.Daily}, Start: eClock("00:00"), End: eClock("02:00"),
				Location: eLoad(t, "America/Santiago"), From: eDate("2025-09-05")}
		}, "2025-09-05 00:00", "2025-09-08 12:00",
			[]window.Window{
				mk("2025-09-05", "2025-09-05 04:00", "2025-09-05 06:00", 2*time.Hour, E, E),
				mk("2025-09-06", "2025-09-06 04:00", "2025-09-06 06:00", 2*time.Hour, E, E),
				mk("2025-09-07", "2025-09-07 04:00", "2025-09-07 05:00", 2*time.Hour, S, E),
				mk("2025-09-08", "2025-09-08 03:00", "2025-09-08 05:00", 2*time.Hour, E, E),
			}},
		{"Sao_Paulo 2018 Sunday midnight skipped: still Sunday", func(t *testing.T) window.Spec {
			return window.Spec{Rule: window.Rule{Freq: window.Weekly, ByDay: []window.WeekdayN{{Weekday: time.Sunday}}},
				Start: eClock("00:00"), End: eClock("01:30"), Location: eLoad(t, "America/Sao_Paulo"), From: eDate("2018-10-28")}
		}, "2018-10-28 00:00", "2018-11-05 00:00",
			[]window.Window{
				mk("2018-10-28", "2018-10-28 03:00", "2018-10-28 04:30", 90*time.Minute, E, E),
				mk("2018-11-04", "2018-11-04 03:00", "2018-11-04 03:30", 90*time.Minute, S, E),
			}},
		{"Apia 2011: the skipped day is dropped", func(t *testing.T) window.Spec {
			return window.Spec{Rule: window.Rule{Freq: window.Daily}, Start: eClock("22:00"), End: eClock("02:00"),
				Location: eLoad(t, "Pacific/Apia"), From: eDate("2011-12-28")}
		}, "2011-12-29 00:00", "2012-01-01 00:00",
			[]window.Window{
				mk("2011-12-28", "2011-12-29 08:00", "2011-12-29 12:00", 4*time.Hour, E, E),
				mk("2011-12-29", "2011-12-30 08:00", "2011-12-30 12:00", 4*time.Hour, E, S),
				mk("2011-12-31", "2011-12-31 08:00", "2011-12-31 12:00", 4*time.Hour, E, E),
			}},
		{"5th Saturdays only in the months that have one", func(t *testing.T) window.Spec {
			return window.Spec{Rule: eMonthly(5, time.Saturday), Start: eClock("10:00"), End: eClock("11:00"),
				Location: time.UTC, From: eDate("2026-01-01"), Until: eDate("2026-10-31")}
		}, "2025-12-01 00:00", "2027-12-01 00:00",
			[]window.Window{
				mk("2026-01-31", "2026-01-31 10:00", "2026-01-31 11:00", time.Hour, E, E),
				mk("2026-05-30", "2026-05-30 10:00", "2026-05-30 11:00", time.Hour, E, E),
				mk("2026-08-29", "2026-08-29 10:00", "2026-08-29 11:00", time.Hour, E, E),
				mk("2026-10-31", "2026-10-31 10:00", "2026-10-31 11:00", time.Hour, E, E),
			}},
		{"the 29th: February of leap years only", func(t *testing.T) window.Spec {
			return window.Spec{Rule: window.Rule{Freq: window.Monthly, ByMonthDay: []int{29}, ByMonth: []time.Month{2}},
				Start: eClock("01:00"), End: eClock("02:00"), Location: time.UTC, From: eDate("2023-01-01"), Until: eDate("2028-12-31")}
		}, "2023-01-01 00:00", "2030-01-01 00:00",
			[]window.Window{
				mk("2024-02-29", "2024-02-29 01:00", "2024-02-29 02:00", time.Hour, E, E),
				mk("2028-02-29", "2028-02-29 01:00", "2028-02-29 02:00", time.Hour, E, E),
			}},
		{"the last day of February", func(t *testing.T) window.Spec {
			return window.Spec{Rule: window.Rule{Freq: window.Yearly, ByMonthDay: []int{-1}, ByMonth: []time.Month{2}},
				Start: eClock("01:00"), End: eClock("02:00"), Location: time.UTC, From: eDate("2023-01-01"), Until: eDate("2025-12-31")}
		}, "2023-01-01 00:00", "2030-01-01 00:00",
			[]window.Window{
				mk("2023-02-28", "2023-02-28 01:00", "2023-02-28 02:00", time.Hour, E, E),
				mk("2024-02-29", "2024-02-29 01:00", "2024-02-29 02:00", time.Hour, E, E),
				mk("2025-02-28", "2025-02-28 01:00", "2025-02-28 02:00", time.Hour, E, E),
			}},
		{"a window crossing New Year belongs to 31 December", func(t *testing.T) window.Spec {
			return window.Spec{Rule: window.Rule{Freq: window.Monthly, ByMonthDay: []int{-1}}, Start: eClock("22:00"), End: eClock("02:00"),
				Location: eLoad(t, "Europe/Berlin"), From: eDate("2025-12-01"), Until: eDate("2026-01-31")}
		}, "2026-01-01 00:30", "2027-01-01 00:00",
			[]window.Window{
				mk("2025-12-31", "2025-12-31 21:00", "2026-01-01 01:00", 4*time.Hour, E, E),
				mk("2026-01-31", "2026-01-31 21:00", "2026-02-01 01:00", 4*time.Hour, E, E),
			}},
		{"from, until inclusive, except, and an extra window", func(t *testing.T) window.Spec {
			sp := eDenver(t)
			sp.From, sp.Until = eDate("2020-01-26"), eDate("2020-04-25")
			sp.Except = []civil.Date{eDate("2020-03-28")}
			sp.Extra = []window.Extra{{Date: eDate("2020-03-21"), Start: eClock("20:00")}}
			return sp
		}, "2020-01-01 00:00", "2021-01-01 00:00",
			[]window.Window{
				mk("2020-02-29", "2020-03-01 05:00", "2020-03-01 09:00", 4*time.Hour, E, E),
				{Start: eUTC("2020-03-22 02:00"), End: eUTC("2020-03-22 06:00"), Date: eDate("2020-03-21"), Nominal: 4 * time.Hour, OneOff: true},
				mk("2020-04-25", "2020-04-26 04:00", "2020-04-26 08:00", 4*time.Hour, E, E),
			}},
		{"count 2", func(t *testing.T) window.Spec {
			sp := eDenver(t)
			sp.Rule.Count = 2
			return sp
		}, "2019-01-01 00:00", "2030-01-01 00:00",
			[]window.Window{
				mk("2020-01-25", "2020-01-26 05:00", "2020-01-26 09:00", 4*time.Hour, E, E),
				mk("2020-02-29", "2020-03-01 05:00", "2020-03-01 09:00", 4*time.Hour, E, E),
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := eNew(t, tc.spec(t))
			got := slices.Collect(s.Windows(eUTC(tc.from), eUTC(tc.to)))
			if diff := cmp.Diff(tc.want, got, ignoreNominalWalls); diff != "" {
				t.Errorf("Windows(%s, %s) mismatch (-want +got):\n%s", tc.from, tc.to, diff)
			}
			for _, w := range got {
				if w.Start.Location() != tc.spec(t).Location {
					t.Errorf("Start %v is in %v, want the schedule's zone", w.Start, w.Start.Location())
				}
			}
		})
	}
}

func TestDropped(t *testing.T) {
	london := window.Spec{Rule: eMonthly(-1, time.Sunday), Start: eClock("01:30"), End: eClock("02:30"),
		Location: eLoad(t, "Europe/London"), From: eDate("2026-01-01")}
	rejectBerlin := eDenver(t)
	rejectBerlin.Location = eLoad(t, "Europe/Berlin")
	rejectBerlin.Disambiguation = tzdata.Reject
	apia := window.Spec{Rule: window.Rule{Freq: window.Daily}, Start: eClock("20:00"), Length: 3 * time.Hour,
		Location: eLoad(t, "Pacific/Apia"), From: eDate("2011-12-01")}
	apiaEarlier := apia
	apiaEarlier.Disambiguation = tzdata.Earlier
	tests := []struct {
		name     string
		spec     window.Spec
		from, to string
		want     []civil.Date
		err      error
	}{
		{"London 01:30-02:30 on the last Sunday of March", london, "2026-01-01 00:00", "2027-01-01 00:00",
			[]civil.Date{eDate("2026-03-29")}, window.ErrEmpty},
		{"Berlin under Reject: end skipped in March", rejectBerlin, "2026-03-01 00:00", "2026-04-01 00:00",
			[]civil.Date{eDate("2026-03-28")}, tzdata.ErrNonexistent},
		{"Berlin under Reject: end repeated in October", rejectBerlin, "2025-10-01 00:00", "2025-11-01 00:00",
			[]civil.Date{eDate("2025-10-25")}, tzdata.ErrAmbiguous},
		{"Apia 20:00 for 3h: 31 December starts before 30 December's ends", apia, "2011-12-25 00:00", "2012-01-05 00:00",
			[]civil.Date{eDate("2011-12-31")}, window.ErrOverlap},
		{"Apia 20:00 for 3h, earlier: 30 December overlaps 29 December", apiaEarlier, "2011-12-25 00:00", "2012-01-05 00:00",
			[]civil.Date{eDate("2011-12-30")}, window.ErrOverlap},
		// Not only date-line jumps: a zone's first offset after "-00" can
		// move its clocks forward by more than the 3 hours New leaves.
		{"Casey 00:00 for 19h: clocks forward 8h from -00 on 1969-01-01", window.Spec{Rule: window.Rule{Freq: window.Daily},
			Start: eClock("00:00"), Length: 19 * time.Hour, Location: eLoad(t, "Antarctica/Casey"), From: eDate("1968-12-01")},
			"1968-12-25 00:00", "1969-01-05 00:00", []civil.Date{eDate("1969-01-02")}, window.ErrOverlap},
		{"nothing dropped in Denver", eDenver(t), "2020-01-01 00:00", "2030-01-01 00:00", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := eNew(t, tc.spec)
			var got []civil.Date
			for d := range s.Dropped(eUTC(tc.from), eUTC(tc.to)) {
				got = append(got, d.Date)
				if !errors.Is(d.Err, tc.err) {
					t.Errorf("drop %v: error %v, want %v", d.Date, d.Err, tc.err)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Dropped mismatch (-want +got):\n%s", diff)
			}
			// No window of the range overlaps another, and none has a dropped date.
			var prev window.Window
			for w := range s.Windows(eUTC(tc.from), eUTC(tc.to)) {
				if !w.Start.Before(w.End) || !prev.End.IsZero() && w.Start.Before(prev.End) {
					t.Errorf("window %v..%v after %v..%v", w.Start, w.End, prev.Start, prev.End)
				}
				if slices.Contains(got, w.Date) {
					t.Errorf("window for dropped date %v", w.Date)
				}
				prev = w
			}
		})
	}
}

func TestNextPrevBoundaries(t *testing.T) {
	s := eNew(t, eDenver(t))
	jan := window.Window{Start: eUTC("2020-01-26 05:00"), End: eUTC("2020-01-26 09:00"), Date: eDate("2020-01-25"), Nominal: 4 * time.Hour}
	feb := window.Window{Start: eUTC("2020-03-01 05:00"), End: eUTC("2020-03-01 09:00"), Date: eDate("2020-02-29"), Nominal: 4 * time.Hour}
	dec9999 := window.Window{Start: eUTC("9999-12-26 05:00"), End: eUTC("9999-12-26 09:00"), Date: eDate("9999-12-25"), Nominal: 4 * time.Hour}
	type result struct {
		W  window.Window
		OK bool
	}
	tests := []struct {
		name       string
		t          time.Time
		next, prev result
	}{
		{"zero time", time.Time{}, result{jan, true}, result{}},
		{"before From", eUTC("2019-06-01 00:00"), result{jan, true}, result{}},
		{"exactly at Start: in progress", jan.Start, result{jan, true}, result{}},
		{"inside", jan.Start.Add(time.Hour), result{jan, true}, result{}},
		{"a nanosecond before End", jan.End.Add(-1), result{jan, true}, result{}},
		{"exactly at End: the next one; Prev is this one", jan.End, result{feb, true}, result{jan, true}},
		{"a nanosecond after End", jan.End.Add(1), result{feb, true}, result{jan, true}},
		{"in year 9999", eUTC("9999-12-01 00:00"), result{dec9999, true}, result{window.Window{
			Start: eUTC("9999-11-28 05:00"), End: eUTC("9999-11-28 09:00"), Date: eDate("9999-11-27"), Nominal: 4 * time.Hour}, true}},
		{"after the last window", eUTC("9999-12-31 23:00"), result{}, result{dec9999, true}},
		{"far past 9999", time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC), result{}, result{dec9999, true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, ok := s.Next(tc.t)
			if diff := cmp.Diff(tc.next, result{w, ok}, ignoreNominalWalls); diff != "" {
				t.Errorf("Next(%v) mismatch (-want +got):\n%s", tc.t, diff)
			}
			w, ok = s.Prev(tc.t)
			if diff := cmp.Diff(tc.prev, result{w, ok}, ignoreNominalWalls); diff != "" {
				t.Errorf("Prev(%v) mismatch (-want +got):\n%s", tc.t, diff)
			}
		})
	}
	if n := len(slices.Collect(s.Windows(jan.End, jan.Start))); n != 0 {
		t.Errorf("Windows(from > to) yielded %d windows", n)
	}
	if n := len(slices.Collect(s.Windows(jan.Start, jan.Start))); n != 0 {
		t.Errorf("Windows(from == to) yielded %d windows", n)
	}
	if got := slices.Collect(s.Windows(jan.End.Add(-1), jan.End)); len(got) != 1 || got[0].Date != jan.Date {
		t.Errorf("Windows(End-1ns, End) = %v, want the January window", got)
	}
	if got := slices.Collect(s.Windows(jan.End, feb.Start)); len(got) != 0 {
		t.Errorf("Windows(End, next Start) = %v, want none (half-open)", got)
	}
	var zero window.Schedule
	if _, ok := zero.Next(jan.Start); ok {
		t.Error("zero Schedule: Next reported a window")
	}
}

func TestNewErrors(t *testing.T) {
	ok := func(t *testing.T) window.Spec { return eDenver(t) }
	tests := []struct {
		name string
		edit func(*window.Spec)
		want string
	}{
		{"no location", func(s *window.Spec) { s.Location = nil }, "no Location"},
		{"unnamed fixed zone", func(s *window.Spec) { s.Location = time.FixedZone("", 3600) }, `zone name "" cannot be written`},
		{"a zone named UTC an hour off", func(s *window.Spec) { s.Location = time.FixedZone("UTC", 3600) }, "a zone named UTC at offset UTC+1"},
		{"start out of range", func(s *window.Spec) { s.Start = civil.Clock{Hour: 24} }, "start 24:00 out of range"},
		{"end out of range", func(s *window.Spec) { s.End = civil.Clock{Minute: 60} }, "end 00:60 out of range"},
		{"start with seconds", func(s *window.Spec) { s.Start = civil.Clock{Hour: 23, Minute: 59, Second: 59} }, "start 23:59:59 out of range (want 00:00..23:59, whole minutes)"},
		{"end with seconds", func(s *window.Spec) { s.End = civil.Clock{Hour: 2, Second: 1} }, "end 02:00:01 out of range"},
		{"extra with seconds", func(s *window.Spec) {
			s.Extra = []window.Extra{{Date: civil.Date{Year: 2026, Month: 12, Day: 23}, Start: civil.Clock{Hour: 1, Second: 30}}}
		}, "start 01:00:30 out of range"},
		{"negative length", func(s *window.Spec) { s.Length = -time.Hour }, "length -1h0m0s"},
		{"fractional length", func(s *window.Spec) { s.Length = time.Hour + time.Millisecond }, "whole number of seconds"},
		{"unknown disambiguation", func(s *window.Spec) { s.Disambiguation = 9 }, "unknown disambiguation"},
		{"no frequency", func(s *window.Spec) { s.Rule.Freq = 0 }, "rule: no frequency"},
		{"sub-daily frequency", func(s *window.Spec) { s.Rule.Freq = 7 }, "frequency 7 unknown"},
		{"BYDAY=8SA", func(s *window.Spec) { s.Rule.ByDay[0].N = 8 }, "window: rule: BYDAY ordinal 8 out of range for MONTHLY (want -5..-1 or 1..5)"},
		{"BYDAY=-6SA", func(s *window.Spec) { s.Rule.ByDay[0].N = -6 }, "BYDAY ordinal -6 out of range for MONTHLY"},
		{"YEARLY BYMONTH=12;BYDAY=53SA", func(s *window.Spec) {
			s.Rule.Freq, s.Rule.ByMonth, s.Rule.ByDay[0].N = window.Yearly, []time.Month{12}, 53
		}, "BYDAY ordinal 53 out of range for YEARLY with BYMONTH"},
		{"YEARLY BYDAY=54SA", func(s *window.Spec) { s.Rule.Freq, s.Rule.ByDay[0].N = window.Yearly, 54 }, "BYDAY ordinal 54 out of range for YEARLY (want -53..-1 or 1..53)"},
		{"WEEKLY BYDAY=1SA", func(s *window.Spec) { s.Rule.Freq, s.Rule.ByDay[0].N = window.Weekly, 1 }, "BYDAY ordinal 1 not allowed for WEEKLY"},
		{"huge interval", func(s *window.Spec) { s.Rule.Interval = 1<<63 - 1 }, "INTERVAL 9223372036854775807 out of range"},
		{"negative interval", func(s *window.Spec) { s.Rule.Interval = -1 }, "INTERVAL -1 out of range"},
		{"negative count", func(s *window.Spec) { s.Rule.Count = -5 }, "COUNT -5 out of range"},
		{"huge count", func(s *window.Spec) { s.Rule.Count = 1 << 40 }, "COUNT 1099511627776 out of range"},
		{"BYMONTHDAY=0", func(s *window.Spec) { s.Rule.ByDay, s.Rule.ByMonthDay = nil, []int{0} }, "BYMONTHDAY 0 out of range"},
		{"BYMONTHDAY=32", func(s *window.Spec) { s.Rule.ByDay, s.Rule.ByMonthDay = nil, []int{32} }, "BYMONTHDAY 32 out of range"},
		{"BYMONTH=13", func(s *window.Spec) { s.Rule.ByMonth = []time.Month{13} }, "BYMONTH 13 out of range"},
		{"BYYEARDAY=367", func(s *window.Spec) { s.Rule.Freq, s.Rule.ByYearDay = window.Yearly, []int{367} }, "BYYEARDAY 367 out of range"},
		{"BYYEARDAY with MONTHLY", func(s *window.Spec) { s.Rule.ByYearDay = []int{1} }, "BYYEARDAY not allowed for MONTHLY"},
		{"BYWEEKNO=54", func(s *window.Spec) { s.Rule.Freq, s.Rule.ByDay, s.Rule.ByWeekNo = window.Yearly, nil, []int{54} }, "BYWEEKNO 54 out of range"},
		{"BYWEEKNO with MONTHLY", func(s *window.Spec) { s.Rule.ByWeekNo = []int{1} }, "BYWEEKNO not allowed for MONTHLY"},
		{"BYSETPOS=0", func(s *window.Spec) { s.Rule.BySetPos = []int{0} }, "BYSETPOS 0 out of range"},
		{"BYSETPOS alone", func(s *window.Spec) { s.Rule.ByDay, s.Rule.BySetPos = nil, []int{1} }, "BYSETPOS needs another BYxxx"},
		{"BYMONTHDAY with WEEKLY", func(s *window.Spec) { s.Rule.Freq, s.Rule.ByDay, s.Rule.ByMonthDay = window.Weekly, nil, []int{1} }, "BYMONTHDAY not allowed for WEEKLY"},
		{"mixed BYDAY", func(s *window.Spec) { s.Rule.ByDay = append(s.Rule.ByDay, window.WeekdayN{Weekday: time.Monday}) }, "BYDAY mixes"},
		{"30 February", func(s *window.Spec) {
			s.Rule.ByDay, s.Rule.ByMonthDay, s.Rule.ByMonth = nil, []int{30}, []time.Month{2}
		}, "never falls in BYMONTH"},
		{"first Friday on the 20th", func(s *window.Spec) {
			s.Rule.ByDay[0] = window.WeekdayN{N: 1, Weekday: time.Friday}
			s.Rule.ByMonthDay = []int{20}
		}, "rule selects no date on or after 2020-01-25"},
		{"every 7 days on Mondays from a Tuesday", func(s *window.Spec) {
			s.Rule = window.Rule{Freq: window.Daily, Interval: 7, ByDay: []window.WeekdayN{{Weekday: time.Monday}}}
			s.From = eDate("2026-01-06")
		}, "rule selects no date"},
		{"no From", func(s *window.Spec) { s.From = civil.Date{} }, "no From date"},
		{"From year 0", func(s *window.Spec) { s.From = civil.Date{Year: 0, Month: 1, Day: 1} }, "from 0000-01-01 is not a date"},
		{"From year 10000", func(s *window.Spec) { s.From = civil.Date{Year: 10000, Month: 1, Day: 1} }, "from 10000-01-01 is not a date"},
		{"From 31 February", func(s *window.Spec) { s.From = civil.Date{Year: 2020, Month: 2, Day: 31} }, "from 2020-02-31 is not a date"},
		{"Until before From", func(s *window.Spec) { s.Until = eDate("2020-01-24") }, "until 2020-01-24 is before from 2020-01-25"},
		{"bad Except", func(s *window.Spec) { s.Except = []civil.Date{{Year: 2020, Month: 13, Day: 1}} }, "except 2020-13-01"},
		{"bad Extra", func(s *window.Spec) {
			s.Extra = []window.Extra{{Date: eDate("2020-05-01"), Start: civil.Clock{Hour: -1}}}
		}, "start -1:00 out of range"},
		{"every day 22:00 for 25h", func(s *window.Spec) { s.Rule, s.Length = window.Rule{Freq: window.Daily}, 25*time.Hour }, "would overlap"},
		{"every day 02:00-02:00 (24h)", func(s *window.Spec) {
			s.Rule, s.Start, s.End = window.Rule{Freq: window.Daily}, eClock("02:00"), eClock("02:00")
		}, "would overlap: the rule selects dates 1 day(s) apart"},
		{"every day 00:00-22:00 leaves no room for clock changes", func(s *window.Spec) {
			s.Rule, s.Start, s.End = window.Rule{Freq: window.Daily}, eClock("00:00"), eClock("22:00")
		}, "would overlap"},
		{"Monday and Tuesday for 30h", func(s *window.Spec) {
			s.Rule = window.Rule{Freq: window.Weekly, ByDay: []window.WeekdayN{{Weekday: time.Monday}, {Weekday: time.Tuesday}}}
			s.Length = 30 * time.Hour
		}, "would overlap"},
		{"Monday and Tuesday of March weeks (rrule-go path) for 30h", func(s *window.Spec) {
			s.Rule = window.Rule{Freq: window.Weekly, ByDay: []window.WeekdayN{{Weekday: time.Monday}, {Weekday: time.Tuesday}}, ByMonth: []time.Month{3}}
			s.Length = 30 * time.Hour
		}, "would overlap: the rule selects dates 1 day(s) apart"},
		{"2nd and 3rd Saturday for 7 days", func(s *window.Spec) {
			s.Rule.ByDay = []window.WeekdayN{{N: 2, Weekday: time.Saturday}, {N: 3, Weekday: time.Saturday}}
			s.Length = 7 * 24 * time.Hour
		}, "would overlap: the rule selects dates 7 day(s) apart"},
		{"last day and first day of the month, 20h", func(s *window.Spec) {
			s.Rule.ByDay, s.Rule.ByMonthDay = nil, []int{1, -1}
			s.Length = 22 * time.Hour
		}, "would overlap"},
		{"extra on a rule window", func(s *window.Spec) { s.Extra = []window.Extra{{Date: eDate("2020-02-29"), Start: eClock("23:00")}} }, "extra window 2020-02-29 23:00 would overlap the rule's window of 2020-02-29"},
		{"extra the evening after a rule window", func(s *window.Spec) { s.Extra = []window.Extra{{Date: eDate("2020-03-01"), Start: eClock("04:00")}} }, "would overlap the rule's window of 2020-02-29"},
		// The rule window after the first one on or after the day the
		// check starts from: these were accepted and then the rule's
		// window (or the extra) was dropped with ErrOverlap.
		{"daily, extra an hour before the rule window", func(s *window.Spec) {
			s.Rule = window.Rule{Freq: window.Daily}
			s.Extra = []window.Extra{{Date: eDate("2026-01-02"), Start: eClock("21:00")}}
		}, "extra window 2026-01-02 21:00 would overlap the rule's window of 2026-01-02"},
		{"daily, extra inside the previous rule window", func(s *window.Spec) {
			s.Rule = window.Rule{Freq: window.Daily}
			s.Extra = []window.Extra{{Date: eDate("2026-01-02"), Start: eClock("01:00")}}
		}, "extra window 2026-01-02 01:00 would overlap the rule's window of 2026-01-01"},
		{"weekend, extra an hour before Sunday's window", func(s *window.Spec) {
			s.Rule = window.Rule{Freq: window.Weekly, ByDay: []window.WeekdayN{{Weekday: time.Saturday}, {Weekday: time.Sunday}}}
			s.Extra = []window.Extra{{Date: eDate("2026-01-04"), Start: eClock("21:00")}}
		}, "extra window 2026-01-04 21:00 would overlap the rule's window of 2026-01-04"},
		{"two extras overlapping", func(s *window.Spec) {
			s.Extra = []window.Extra{{Date: eDate("2020-05-01"), Start: eClock("10:00")}, {Date: eDate("2020-05-01"), Start: eClock("12:00")}}
		}, "extra windows 2020-05-01 10:00 and 2020-05-01 12:00 would overlap"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sp := ok(t)
			tc.edit(&sp)
			s, err := window.New(sp)
			if err == nil {
				t.Fatalf("New = %v, want an error containing %q", s, tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "window: ") {
				t.Errorf("New error = %q, want it to contain %q", err, tc.want)
			}
		})
	}
}

// TestNewAccepts checks shapes at the edge of what New allows.
func TestNewAccepts(t *testing.T) {
	tests := []struct {
		name string
		edit func(*window.Spec)
	}{
		{"every day 00:00-21:00: 21h plus 3h fits a day", func(s *window.Spec) {
			s.Rule, s.Start, s.End = window.Rule{Freq: window.Daily}, eClock("00:00"), eClock("21:00")
		}},
		{"every Sunday 02:00-02:00 (24h)", func(s *window.Spec) {
			s.Rule, s.Start, s.End = window.Rule{Freq: window.Weekly, ByDay: []window.WeekdayN{{Weekday: time.Sunday}}}, eClock("02:00"), eClock("02:00")
		}},
		{"last Saturday for 3 weeks", func(s *window.Spec) { s.Length = 21 * 24 * time.Hour }},
		{"a moved occurrence: except the date, extra the same date earlier", func(s *window.Spec) {
			s.Except = []civil.Date{eDate("2020-02-29")}
			s.Extra = []window.Extra{{Date: eDate("2020-02-29"), Start: eClock("18:00")}}
		}},
		{"YEARLY BYDAY=53SA", func(s *window.Spec) { s.Rule.Freq, s.Rule.ByDay[0].N = window.Yearly, 53 }},
		{"every other month, 2nd Tuesday, weekly start Monday", func(s *window.Spec) {
			s.Rule = window.Rule{Freq: window.Monthly, Interval: 2, ByDay: []window.WeekdayN{{N: 2, Weekday: time.Tuesday}}, WeekStart: time.Monday}
		}},
		{"Friday the 13th", func(s *window.Spec) {
			s.Rule = window.Rule{Freq: window.Monthly, ByDay: []window.WeekdayN{{Weekday: time.Friday}}, ByMonthDay: []int{13}}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sp := eDenver(t)
			tc.edit(&sp)
			s, err := window.New(sp)
			if err != nil {
				t.Fatal(err)
			}
			if _, ok := s.Next(eUTC("2030-01-01 00:00")); !ok {
				t.Error("Next(2030) found no window")
			}
		})
	}
}

// TestNewCopies checks that a Schedule does not share the caller's slices.
func TestNewCopies(t *testing.T) {
	sp := eDenver(t)
	sp.Except = []civil.Date{eDate("2020-02-29")}
	s := eNew(t, sp)
	sp.Rule.ByDay[0] = window.WeekdayN{N: 1, Weekday: time.Monday}
	sp.Except[0] = eDate("2020-03-28")
	w, _ := s.Next(eUTC("2020-02-01 00:00"))
	if w.Date != eDate("2020-03-28") {
		t.Errorf("after the caller changed its slices, Next = %v, want 2020-03-28", w.Date)
	}
}

// TestRandomSchedules checks the invariants over random schedules in
// zones with clock changes of every kind: windows in strictly increasing,
// non-overlapping order; Next agrees with Windows; Prev agrees with Next.
func TestRandomSchedules(t *testing.T) {
	zones := []string{"America/Denver", "Europe/London", "Australia/Lord_Howe", "Pacific/Apia", "America/Santiago",
		"Pacific/Chatham", "America/St_Johns", "Asia/Kolkata", "Pacific/Kiritimati"}
	r := rand.New(rand.NewPCG(3, 4))
	n := 300
	if testing.Short() {
		n = 40
	}
	accepted, windows := 0, 0
	for i := 0; i < n; i++ {
		sp := window.Spec{Location: eLoad(t, zones[r.IntN(len(zones))]), From: eDate("2008-01-01"),
			Start: civil.Clock{Hour: r.IntN(24), Minute: 15 * r.IntN(4)}, End: civil.Clock{Hour: r.IntN(24), Minute: 30 * r.IntN(2)},
			Disambiguation: tzdata.Disambiguation(r.IntN(4))}
		general := []window.Rule{
			{Freq: window.Monthly, ByDay: []window.WeekdayN{{Weekday: time.Friday}}, ByMonthDay: []int{13}},
			{Freq: window.Monthly, ByDay: []window.WeekdayN{{Weekday: time.Monday}, {Weekday: time.Tuesday}, {Weekday: time.Wednesday},
				{Weekday: time.Thursday}, {Weekday: time.Friday}}, BySetPos: []int{-1}},
			{Freq: window.Yearly, Interval: 2, ByWeekNo: []int{1, 20, -1}, ByDay: []window.WeekdayN{{Weekday: time.Monday}}},
			{Freq: window.Weekly, Interval: 2, ByDay: []window.WeekdayN{{Weekday: time.Monday}, {Weekday: time.Thursday}},
				ByMonth: []time.Month{3, 10, 11}, WeekStart: time.Monday},
			{Freq: window.Daily, Interval: 3, ByMonth: []time.Month{3, 4, 10}},
			{Freq: window.Yearly, ByYearDay: []int{1, 100, -1}},
		}
		switch r.IntN(5) {
		case 4:
			sp.Rule = general[r.IntN(len(general))]
		case 0:
			sp.Rule = window.Rule{Freq: window.Daily, Interval: 1 + r.IntN(3)}
		case 1:
			sp.Rule = window.Rule{Freq: window.Weekly, ByDay: []window.WeekdayN{{Weekday: time.Weekday(r.IntN(7))}, {Weekday: time.Weekday(r.IntN(7))}}}
		case 2:
			sp.Rule = eMonthly([]int{1, 2, 3, 4, 5, -1, -2}[r.IntN(7)], time.Weekday(r.IntN(7)))
		case 3:
			sp.Rule = window.Rule{Freq: window.Monthly, ByMonthDay: []int{1 + r.IntN(31)}, Interval: 1 + r.IntN(2)}
		}
		if r.IntN(3) == 0 {
			sp.Length = time.Duration(1+r.IntN(20)) * 30 * time.Minute
		}
		s, err := window.New(sp)
		if err != nil {
			continue // overlapping shapes
		}
		accepted++
		from, to := eUTC("2010-01-01 00:00"), eUTC("2013-01-01 00:00")
		var prev window.Window
		for w := range s.Windows(from, to) {
			if !w.Start.Before(w.End) {
				t.Fatalf("%+v: empty window %+v", sp, w)
			}
			if !prev.End.IsZero() && w.Start.Before(prev.End) {
				t.Fatalf("%+v: window %v..%v overlaps %v..%v", sp, w.Start, w.End, prev.Start, prev.End)
			}
			if !prev.End.IsZero() {
				// Between two windows, Next finds the later one and Prev the earlier.
				mid := prev.End.Add(w.Start.Sub(prev.End) / 2)
				if got, ok := s.Next(mid); !ok || got != w {
					t.Fatalf("%+v: Next(%v) = %+v, want %+v", sp, mid, got, w)
				}
				if got, ok := s.Prev(mid); !ok || got != prev {
					t.Fatalf("%+v: Prev(%v) = %+v, want %+v", sp, mid, got, prev)
				}
			}
			if got, ok := s.Next(w.Start.Add(time.Second)); !ok || got != w {
				t.Fatalf("%+v: Next(Start+1s) = %+v, want %+v", sp, got, w)
			}
			prev = w
			windows++
		}
	}
	if accepted < n/2 || windows < accepted {
		t.Errorf("New accepted %d of %d schedules, with %d windows; the test checks too little", accepted, n, windows)
	}
}

// TestExtrasNeverOverlap checks that New accepts extra windows only where
// they cannot overlap the rule's windows: in zones whose clocks never move
// forward by more than 3 hours, a schedule New accepts drops nothing with
// ErrOverlap, whatever its extras.
func TestExtrasNeverOverlap(t *testing.T) {
	zones := []string{"UTC", "America/Denver", "Europe/Berlin", "Australia/Lord_Howe"}
	rules := []window.Rule{
		{Freq: window.Daily},
		{Freq: window.Daily, Interval: 2},
		{Freq: window.Weekly, ByDay: []window.WeekdayN{{Weekday: time.Saturday}, {Weekday: time.Sunday}}},
		{Freq: window.Weekly, ByDay: []window.WeekdayN{{Weekday: time.Monday}, {Weekday: time.Thursday}}},
		eMonthly(-1, time.Saturday),
	}
	r := rand.New(rand.NewPCG(5, 6))
	n := 2000
	if testing.Short() {
		n = 300
	}
	accepted := 0
	for i := 0; i < n; i++ {
		sp := window.Spec{Rule: rules[r.IntN(len(rules))], Location: eLoad(t, zones[r.IntN(len(zones))]), From: eDate("2026-01-01"),
			Start: civil.Clock{Hour: r.IntN(24)}, End: civil.Clock{Hour: r.IntN(24)}, Disambiguation: tzdata.Disambiguation(r.IntN(3))}
		if r.IntN(3) == 0 {
			sp.Length = time.Duration(1+r.IntN(40)) * 30 * time.Minute
		}
		for k := r.IntN(3); k >= 0; k-- {
			sp.Extra = append(sp.Extra, window.Extra{Date: eDate("2026-03-01").AddDays(r.IntN(40)), Start: civil.Clock{Hour: r.IntN(24), Minute: 30 * r.IntN(2)}})
		}
		s, err := window.New(sp)
		if err != nil {
			continue
		}
		accepted++
		for d := range s.Dropped(eUTC("2026-02-20 00:00"), eUTC("2026-04-20 00:00")) {
			if errors.Is(d.Err, window.ErrOverlap) {
				t.Fatalf("New(%+v) accepted a schedule that drops %v: %v", sp, d.Date, d.Err)
			}
		}
	}
	if accepted < n/10 {
		t.Errorf("New accepted %d of %d schedules; the test checks too little", accepted, n)
	}
}

// TestExtremes asks every shape of rule about the ends of time: the zero
// time.Time, the years 1 and 9999 and beyond. Each answer must come, and
// quickly, and agree with Windows.
func TestExtremes(t *testing.T) {
	rules := []window.Rule{
		{Freq: window.Daily},
		{Freq: window.Weekly, Interval: 3, ByDay: []window.WeekdayN{{Weekday: time.Sunday}}},
		eMonthly(-1, time.Saturday),
		{Freq: window.Yearly, ByMonth: []time.Month{2}, ByMonthDay: []int{29}},
		{Freq: window.Monthly, ByDay: []window.WeekdayN{{Weekday: time.Friday}}, ByMonthDay: []int{13}},
		// Rare dates on the rrule-go path: 29 February on a Monday.
		{Freq: window.Daily, ByMonth: []time.Month{2}, ByMonthDay: []int{29}, ByDay: []window.WeekdayN{{Weekday: time.Monday}}},
		{Freq: window.Yearly, Interval: 7, ByWeekNo: []int{53}, ByDay: []window.WeekdayN{{Weekday: time.Thursday}}},
	}
	instants := []time.Time{{}, time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 12, 0, 0, 0, time.UTC),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Unix(1<<40, 0)}
	for _, zone := range []string{"America/Denver", "Pacific/Apia", "UTC"} {
		for _, from := range []string{"0001-01-01", "2020-01-25", "9999-01-01"} {
			for _, rule := range rules {
				sp := window.Spec{Rule: rule, Start: eClock("22:00"), End: eClock("02:00"), Location: eLoad(t, zone), From: eDate(from)}
				s, err := window.New(sp)
				if err != nil {
					if from == "9999-01-01" && strings.Contains(err.Error(), "selects no date") {
						continue
					}
					t.Fatalf("%s from %s %+v: %v", zone, from, rule, err)
				}
				start := time.Now()
				for _, at := range instants {
					next, nok := s.Next(at)
					prev, pok := s.Prev(at)
					if nok && !next.End.After(at) || pok && prev.End.After(at) {
						t.Errorf("%s %+v at %v: Next %v, Prev %v", zone, rule, at, next, prev)
					}
					if nok && pok && next.Start.Before(prev.End) {
						t.Errorf("%s %+v at %v: Next %v overlaps Prev %v", zone, rule, at, next, prev)
					}
					yielded := false
					for w := range s.Windows(at, at.Add(40*24*time.Hour)) {
						if w != next {
							t.Errorf("%s %+v: Windows(%v) starts with %v, Next is %v", zone, rule, at, w, next)
						}
						yielded = true
						break
					}
					if !yielded && nok && next.Start.Before(at.Add(40*24*time.Hour)) {
						t.Errorf("%s %+v: Windows(%v) yielded nothing, Next is %v", zone, rule, at, next)
					}
				}
				if d := time.Since(start); d > 2*time.Second {
					t.Errorf("%s from %s %+v: %v for %d queries", zone, from, rule, d, 3*len(instants))
				}
			}
		}
	}
}

// FuzzNew builds schedules from arbitrary numbers: New must return an
// error or a schedule whose windows are in order and do not overlap,
// never panic or hang.
func FuzzNew(f *testing.F) {
	f.Add(uint8(3), 0, -1, 6, 0, 0, 1, 2020, 1, 25, 22, 0, 2, 0, int64(0), uint8(0), 0)
	f.Add(uint8(3), 0, 8, 6, 0, 0, 0, 2020, 1, 25, 22, 0, 2, 0, int64(0), uint8(0), 0)
	f.Add(uint8(1), 1<<40, 0, 0, 0, 0, 0, 2020, 1, 25, 22, 0, 2, 0, int64(0), uint8(3), 5)
	f.Add(uint8(4), 1, 53, 6, 12, 0, 0, 1, 1, 1, 0, 0, 0, 0, int64(25*time.Hour), uint8(1), 7)
	f.Add(uint8(3), 2, 0, 5, 0, 13, 1, 9999, 12, 1, 23, 30, 1, 0, int64(0), uint8(2), 3)
	zones := []string{"America/Denver", "Pacific/Apia", "Europe/London", "UTC", "Australia/Lord_Howe"}
	f.Fuzz(func(t *testing.T, freq uint8, interval, n, wd, month, mday, setpos, y, m, d, sh, sm, eh, em int, length int64, dis uint8, zi int) {
		sp := window.Spec{
			Rule:  window.Rule{Freq: window.Frequency(freq), Interval: interval, ByDay: []window.WeekdayN{{N: n, Weekday: time.Weekday(wd)}}},
			Start: civil.Clock{Hour: sh, Minute: sm}, End: civil.Clock{Hour: eh, Minute: em}, Length: time.Duration(length),
			Location: eLoad(t, zones[(zi%len(zones)+len(zones))%len(zones)]), From: civil.Date{Year: y, Month: time.Month(m), Day: d},
			Disambiguation: tzdata.Disambiguation(dis),
		}
		if month != 0 {
			sp.Rule.ByMonth = []time.Month{time.Month(month)}
		}
		if mday != 0 {
			sp.Rule.ByMonthDay = []int{mday}
		}
		if setpos != 0 {
			sp.Rule.BySetPos = []int{setpos}
		}
		s, err := window.New(sp)
		if err != nil {
			return
		}
		from := time.Date(sp.From.Year, sp.From.Month, sp.From.Day, 0, 0, 0, 0, time.UTC).Add(-72 * time.Hour)
		var prev window.Window
		i := 0
		for w := range s.Windows(from, from.Add(3*366*24*time.Hour)) {
			if !w.Start.Before(w.End) || i > 0 && w.Start.Before(prev.End) {
				t.Fatalf("window %v..%v after %v..%v", w.Start, w.End, prev.Start, prev.End)
			}
			if i++; i > 2000 {
				break
			}
			prev = w
		}
		s.Next(time.Time{})
		s.Prev(time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC))
	})
}

// ignoreNominalWalls leaves NominalStart and NominalEnd out of the tables
// that state instants; TestNominalWalls checks them.
var ignoreNominalWalls = cmpopts.IgnoreFields(window.Window{}, "NominalStart", "NominalEnd")

func TestNominalWalls(t *testing.T) {
	dt := func(s string) civil.DateTime {
		v, err := civil.ParseDateTime(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name, spec string
		at         time.Time
		start, end civil.DateTime
		sk, ek     tzdata.WallKind
	}{
		{"Denver fall-back night", "last Saturday of every month 22:00-02:00 America/Denver",
			eUTC("2026-10-31 12:00"), dt("2026-10-31T22:00"), dt("2026-11-01T02:00"), tzdata.Exact, tzdata.Exact},
		{"Berlin end skipped", "last Saturday of every month 22:00-02:30 Europe/Berlin",
			eUTC("2026-03-28 12:00"), dt("2026-03-28T22:00"), dt("2026-03-29T02:30"), tzdata.Exact, tzdata.Skipped},
		{"Berlin end repeated", "last Saturday of every month 22:00-02:30 Europe/Berlin",
			eUTC("2025-10-25 12:00"), dt("2025-10-25T22:00"), dt("2025-10-26T02:30"), tzdata.Exact, tzdata.Repeated},
		{"exact length: the end is the start plus Length on the wall clock", "last Saturday of every month 22:00 for 4h America/Denver",
			eUTC("2026-10-31 12:00"), dt("2026-10-31T22:00"), dt("2026-11-01T02:00"), tzdata.Exact, tzdata.Exact},
		{"New York start repeated", "1st Sunday of every month 01:30-02:30 America/New_York",
			eUTC("2007-11-03 12:00"), dt("2007-11-04T01:30"), dt("2007-11-04T02:30"), tzdata.Repeated, tzdata.Exact},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, ok := window.MustParse(tc.spec).Next(tc.at)
			if !ok {
				t.Fatalf("Next(%v) found no window", tc.at)
			}
			got := []any{w.NominalStart, w.NominalEnd, w.StartKind, w.EndKind}
			want := []any{tc.start, tc.end, tc.sk, tc.ek}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Next(%v) walls mismatch (-want +got):\n%s", tc.at, diff)
			}
		})
	}
}

// TestOffset checks Spec.Offset against dates computed by stepping
// through the calendar with the time package: the Thursday two days after
// the 2nd Tuesday, and the Sunday 6 days after the last Monday, which
// crosses into the next month.
func TestOffset(t *testing.T) {
	nth := func(y int, m time.Month, wd time.Weekday, n int) time.Time {
		if n > 0 {
			d := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
			for d.Weekday() != wd {
				d = d.AddDate(0, 0, 1)
			}
			return d.AddDate(0, 0, 7*(n-1))
		}
		d := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
		for d.Weekday() != wd {
			d = d.AddDate(0, 0, -1)
		}
		return d
	}
	tests := []struct {
		name   string
		n      int
		wd     time.Weekday
		offset int
	}{
		{"2 days after the 2nd Tuesday", 2, time.Tuesday, 2},
		{"6 days after the last Monday", -1, time.Monday, 6},
		{"3 days before the 1st Sunday", 1, time.Sunday, -3},
	}
	denver := eLoad(t, "America/Denver")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := window.New(window.Spec{
				Rule:     window.Rule{Freq: window.Monthly, ByDay: []window.WeekdayN{{N: tc.n, Weekday: tc.wd}}},
				Start:    civil.Clock{Hour: 22},
				End:      civil.Clock{Hour: 2},
				Location: denver,
				From:     eDate("2020-01-01"),
				Offset:   tc.offset,
			})
			if err != nil {
				t.Fatal(err)
			}
			var want, got []civil.Date
			for y := 2019; y <= 2030; y++ {
				for m := time.January; m <= time.December; m++ {
					d := civil.DateOf(nth(y, m, tc.wd, tc.n).AddDate(0, 0, tc.offset))
					if !d.Before(eDate("2020-01-01")) && d.Before(eDate("2031-01-01")) {
						want = append(want, d)
					}
				}
			}
			from := time.Date(2020, 1, 1, 12, 0, 0, 0, denver)
			for w := range s.Windows(from, time.Date(2031, 1, 1, 0, 0, 0, 0, denver)) {
				got = append(got, w.Date)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("dates mismatch (-want +got):\n%s", diff)
			}
			// Next and Prev from a moment in the middle agree with the walk.
			mid := time.Date(2025, 6, 15, 0, 0, 0, 0, denver)
			nw, _ := s.Next(mid)
			pw, _ := s.Prev(mid)
			i := slices.IndexFunc(got, func(d civil.Date) bool { return d == nw.Date })
			if i < 1 || got[i-1] != pw.Date {
				t.Errorf("Next(%v) = %v, Prev = %v; not consecutive in the walk", mid, nw.Date, pw.Date)
			}
		})
	}
	if _, err := window.New(window.Spec{Rule: window.Rule{Freq: window.Daily}, Location: time.UTC, From: eDate("2020-01-01"), Start: civil.Clock{Hour: 1}, End: civil.Clock{Hour: 2}, Offset: 400}); err == nil {
		t.Error("New accepted an offset of 400 days")
	}
}

// TestEndDays checks windows that end on a later day than the next, read
// from both spec forms: the end is a wall time read on its own, so the
// 21 days across Denver's fall-back last an hour more. The instants were
// computed with Python's zoneinfo:
//
//	datetime(2026,10,31,22,tzinfo=ZoneInfo("America/Denver")).astimezone(UTC) == 2026-11-01 04:00
//	datetime(2026,11,21,22,tzinfo=ZoneInfo("America/Denver")).astimezone(UTC) == 2026-11-22 05:00
func TestEndDays(t *testing.T) {
	specs := []string{
		"last Saturday of every month 22:00 for 21 days America/Denver",
		"last Saturday of every month 22:00 for 3 weeks America/Denver",
		"DTSTART;TZID=America/Denver:20260131T220000\r\nDURATION:P21D\r\nRRULE:FREQ=MONTHLY;BYDAY=-1SA\r\n",
		"DTSTART;TZID=America/Denver:20260131T220000\r\nDURATION:P3W\r\nRRULE:FREQ=MONTHLY;BYDAY=-1SA\r\n",
		"DTSTART;TZID=America/Denver:20260131T220000\r\nDTEND;TZID=America/Denver:20260221T220000\r\nX-PROSTAR-END:WALL\r\nRRULE:FREQ=MONTHLY;BYDAY=-1SA\r\n",
	}
	want := window.Window{
		Start: eUTC("2026-11-01 04:00"), End: eUTC("2026-11-22 05:00"), Date: eDate("2026-10-31"), Nominal: 21 * 24 * time.Hour,
	}
	for _, spec := range specs {
		t.Run(spec, func(t *testing.T) {
			s, err := window.Parse(spec)
			if err != nil {
				t.Fatal(err)
			}
			w, ok := s.Next(eUTC("2026-10-20 00:00"))
			if !ok {
				t.Fatal("no window")
			}
			if diff := cmp.Diff(want, w, ignoreNominalWalls, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
				t.Errorf("Next mismatch (-want +got):\n%s", diff)
			}
			if got := w.NominalEnd.String(); got != "2026-11-21T22:00" {
				t.Errorf("NominalEnd = %s, want 2026-11-21T22:00", got)
			}
			checkRoundTrip(t, s)
		})
	}
	// An end on a later day at another clock has no human words; String
	// writes the RFC 5545 form, which reads back to the same schedule.
	s, err := window.New(window.Spec{
		Rule:  window.Rule{Freq: window.Monthly, ByDay: []window.WeekdayN{{N: -1, Weekday: time.Saturday}}, WeekStart: time.Monday},
		Start: civil.Clock{Hour: 22}, End: civil.Clock{Hour: 2}, EndDays: 3,
		Location: eLoad(t, "America/Denver"), From: eDate("2026-01-01"),
	})
	if err != nil {
		t.Fatal(err)
	}
	if w, _ := s.Next(eUTC("2026-10-20 00:00")); w.NominalEnd.String() != "2026-11-03T02:00" || w.Nominal != 52*time.Hour || w.Duration() != 53*time.Hour {
		t.Errorf("Next = %v .. %v (nominal end %v, %v), want 53 hours (52 on the wall clock) to 2026-11-03T02:00", w.Start, w.End, w.NominalEnd, w.Nominal)
	}
	if !strings.HasPrefix(s.String(), "DTSTART") {
		t.Errorf("String() = %q, want the RFC 5545 form", s.String())
	}
	checkRoundTrip(t, s)
}
