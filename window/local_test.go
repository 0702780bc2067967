package window_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// TestNoHostZone sets time.Local to odd zones and checks that every
// answer of window and tzdata stays the same: the library never reads the
// host's zone, directly or through a time.Time in time.Local (time.Unix
// returns one). The zones and schedules are built afresh under each
// time.Local, so building is checked as well as querying.
//
// It changes a package-level variable of package time, so it must not run
// beside other tests: it does not call t.Parallel, and no test of the
// package does.
func TestNoHostZone(t *testing.T) {
	saved := time.Local
	defer func() { time.Local = saved }()
	chatham := eLoad(t, "Pacific/Chatham")
	locals := []*time.Location{
		time.UTC,
		chatham,                              // +12:45 / +13:45 with DST
		time.FixedZone("odd", 13*3600+45*60), // +13:45
		time.FixedZone("west", -(11*3600 + 30*60 + 7)), // -11:30:07
	}
	var want string
	for i, local := range locals {
		time.Local = local
		got := hostFreeAnswers(t)
		time.Local = saved
		if i == 0 {
			want = got
			if !strings.Contains(want, "MST") || !strings.Contains(want, "dropped") {
				t.Fatalf("the answers miss what they should cover:\n%s", want)
			}
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("answers with time.Local = %s differ from time.Local = UTC (-want +got):\n%s", local, diff)
		}
	}
}

// hostFreeAnswers returns, as text, the answers of schedules and of tzdata
// for instants given in UTC.
func hostFreeAnswers(t *testing.T) string {
	var b strings.Builder
	specs := []window.Spec{eDenver(t), {
		Rule: eMonthly(-1, time.Sunday), Start: eClock("01:30"), End: eClock("02:30"),
		Location: eLoad(t, "Europe/London"), From: eDate("2020-01-01"),
	}, {
		Rule: window.Rule{Freq: window.Daily}, Start: eClock("20:00"), Length: 3 * time.Hour,
		Location: eLoad(t, "Pacific/Apia"), From: eDate("2011-12-01"),
	}, {
		// The rrule-go path, in a zone compiled for this schedule alone.
		Rule:  window.Rule{Freq: window.Monthly, ByDay: []window.WeekdayN{{Weekday: time.Friday}}, BySetPos: []int{-1}},
		Start: eClock("22:00"), End: eClock("02:00"), Location: time.FixedZone("UTC-7", -7*3600), From: eDate("2020-01-01"),
	}}
	from, to := eUTC("2011-12-01 00:00"), eUTC("2027-01-01 00:00")
	for _, sp := range specs {
		s := eNew(t, sp)
		fmt.Fprintf(&b, "%s\n", s)
		n := 0
		for w := range s.Windows(from, to) {
			if n++; n%7 == 0 { // a sample, to keep the text short
				fmt.Fprintf(&b, "  %v %v..%v %v %v/%v\n", w.Date, w.Start, w.End, w.Duration(), w.StartKind, w.EndKind)
			}
		}
		fmt.Fprintf(&b, "  %d windows\n", n)
		for d := range s.Dropped(from, to) {
			fmt.Fprintf(&b, "  dropped %v: %v\n", d.Date, d.Err)
		}
		if w, ok := s.Next(eUTC("2026-10-31 12:00")); ok {
			fmt.Fprintf(&b, "  next %v..%v\n", w.Start, w.End)
		}
		if w, ok := s.Prev(eUTC("2026-10-31 12:00")); ok {
			fmt.Fprintf(&b, "  prev %v..%v\n", w.Start, w.End)
		}
	}
	denver := eLoad(t, "America/Denver")
	for _, dt := range []string{"2026-03-08T02:30", "2026-11-01T01:30", "2020-01-25T22:00", "1883-11-18T12:00"} {
		wall, err := civil.ParseDateTime(dt)
		if err != nil {
			t.Fatal(err)
		}
		r := tzdata.Read(wall, denver)
		at, err := tzdata.Date(wall, denver, tzdata.Reject)
		fmt.Fprintf(&b, "%s: %v %v %v; %v %v\n", dt, r.Kind, r.Earlier, r.Later, at, err)
		z := tzdata.ZoneOf(time.FixedZone("x", 5*3600+45*60))
		at, err = z.Date(wall, tzdata.Compatible)
		fmt.Fprintf(&b, "  fixed %v %v\n", at, err)
	}
	for tr := range tzdata.Transitions(denver, eUTC("2026-01-01 00:00"), eUTC("2027-01-01 00:00")) {
		fmt.Fprintf(&b, "transition %v %v -> %v\n", tr.At, tr.Before, tr.After)
	}
	return b.String()
}
