package tzdata_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
)

// Denver skips 02:00-03:00 on 2026-03-08 and Berlin repeats 02:00-03:00
// on 2026-10-25. Each disambiguation settles both the same way in every
// zone, where time.Date does not.
func ExampleDate() {
	denver, err := tzdata.Load("America/Denver")
	if err != nil {
		panic(err)
	}
	berlin, err := tzdata.Load("Europe/Berlin")
	if err != nil {
		panic(err)
	}
	for _, d := range []tzdata.Disambiguation{tzdata.Compatible, tzdata.Earlier, tzdata.Later, tzdata.Reject} {
		// 02:30 is skipped in Denver on 2026-03-08.
		t, err := tzdata.Date(civil.DateTime{Date: civil.Date{Year: 2026, Month: time.March, Day: 8}, Clock: civil.Clock{Hour: 2, Minute: 30}}, denver, d)
		show(d, t, err)
		// 02:30 happens twice in Berlin on 2026-10-25.
		t, err = tzdata.Date(civil.DateTime{Date: civil.Date{Year: 2026, Month: time.October, Day: 25}, Clock: civil.Clock{Hour: 2, Minute: 30}}, berlin, d)
		show(d, t, err)
	}
	// Output:
	// compatible 2026-03-08 03:30 MDT (09:30Z)
	// compatible 2026-10-25 02:30 CEST (00:30Z)
	// earlier    2026-03-08 01:30 MST (08:30Z)
	// earlier    2026-10-25 02:30 CEST (00:30Z)
	// later      2026-03-08 03:30 MDT (09:30Z)
	// later      2026-10-25 02:30 CET (01:30Z)
	// reject     tzdata: wall time does not exist: 2026-03-08 02:30:00 in America/Denver
	// reject     tzdata: wall time is ambiguous: 2026-10-25 02:30:00 in Europe/Berlin
}

func show(d tzdata.Disambiguation, t time.Time, err error) {
	if err != nil {
		fmt.Printf("%-10s %v\n", d, err)
		return
	}
	fmt.Printf("%-10s %s (%s)\n", d, t.Format("2006-01-02 15:04 MST"), t.UTC().Format("15:04Z"))
}

// Reject's errors wrap sentinels a caller can branch on.
func ExampleDate_reject() {
	denver, err := tzdata.Load("America/Denver")
	if err != nil {
		panic(err)
	}
	_, err = tzdata.Date(civil.DateTime{Date: civil.Date{Year: 2026, Month: time.March, Day: 8}, Clock: civil.Clock{Hour: 2, Minute: 30}}, denver, tzdata.Reject)
	fmt.Println(errors.Is(err, tzdata.ErrNonexistent))
	// Output:
	// true
}

func ExampleRead() {
	denver, err := tzdata.Load("America/Denver")
	if err != nil {
		panic(err)
	}
	for _, r := range []tzdata.Reading{
		tzdata.Read(civil.DateTime{Date: civil.Date{Year: 2026, Month: time.March, Day: 8}, Clock: civil.Clock{Hour: 2, Minute: 30}}, denver),    // spring forward
		tzdata.Read(civil.DateTime{Date: civil.Date{Year: 2026, Month: time.November, Day: 1}, Clock: civil.Clock{Hour: 1, Minute: 30}}, denver), // fall back
		tzdata.Read(civil.DateTime{Date: civil.Date{Year: 2020, Month: time.January, Day: 25}, Clock: civil.Clock{Hour: 22}}, denver),            // the first window: MST, not MDT
	} {
		fmt.Printf("%-8s by %v: earlier %s, later %s\n", r.Kind, r.Shift(),
			r.Earlier.Format("2006-01-02 15:04 MST"), r.Later.Format("15:04 MST"))
	}
	// Output:
	// skipped  by 1h0m0s: earlier 2026-03-08 01:30 MST, later 03:30 MDT
	// repeated by 1h0m0s: earlier 2026-11-01 01:30 MDT, later 01:30 MST
	// exact    by 0s: earlier 2020-01-25 22:00 MST, later 22:00 MST
}

func ExampleLoad() {
	loc, err := tzdata.Load("America/Denver")
	if err != nil {
		panic(err)
	}
	fmt.Println(loc)
	_, err = tzdata.Load("America/Denvr")
	fmt.Println(err)
	fmt.Println(errors.Is(err, tzdata.ErrUnknownZone))
	// Output:
	// America/Denver
	// tzdata: unknown zone "America/Denvr" (did you mean America/Denver?)
	// true
}

func ExampleTransitions() {
	berlin, err := tzdata.Load("Europe/Berlin")
	if err != nil {
		panic(err)
	}
	from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for tr := range tzdata.Transitions(berlin, from, from.AddDate(1, 0, 0)) {
		fmt.Printf("%s: %s (%+d) -> %s (%+d)\n", tr.At.Format(time.RFC3339),
			tr.Before.Name, tr.Before.Seconds/3600, tr.After.Name, tr.After.Seconds/3600)
	}
	// Output:
	// 2026-03-29T01:00:00Z: CET (+1) -> CEST (+2)
	// 2026-10-25T01:00:00Z: CEST (+2) -> CET (+1)
}

func ExampleVersion() {
	fmt.Println(tzdata.Version())
	// Output:
	// 2025c
}

func ExampleParseDisambiguation() {
	d, err := tzdata.ParseDisambiguation("Later")
	fmt.Println(d, err)
	_, err = tzdata.ParseDisambiguation("latest")
	fmt.Println(err)
	// Output:
	// later <nil>
	// tzdata: unknown disambiguation "latest" (want compatible, earlier, later or reject)
}

func ExampleReading_Instant() {
	lordHowe, err := tzdata.Load("Australia/Lord_Howe")
	if err != nil {
		panic(err)
	}
	// Lord Howe Island moves its clocks by 30 minutes: 02:00-02:30 is skipped.
	r := tzdata.Read(civil.DateTime{Date: civil.Date{Year: 2026, Month: time.October, Day: 4}, Clock: civil.Clock{Hour: 2, Minute: 15}}, lordHowe)
	t, _ := r.Instant(tzdata.Compatible)
	fmt.Println(r.Kind, r.Shift(), t.Format("15:04 -0700"))
	// Output:
	// skipped 30m0s 02:45 +1100
}

func ExampleNames() {
	fmt.Println(len(tzdata.Names()) > 500, tzdata.Names()[0])
	// Output:
	// true Africa/Abidjan
}

// Disambiguations and kinds are stored by name, so a policy file reads
// "later", never 2.
func ExampleDisambiguation_MarshalText() {
	b, _ := json.Marshal(struct {
		DST  tzdata.Disambiguation `json:"dst"`
		Kind tzdata.WallKind       `json:"kind"`
	}{tzdata.Later, tzdata.Repeated})
	fmt.Println(string(b))

	var d tzdata.Disambiguation
	err := d.UnmarshalText([]byte("Reject"))
	fmt.Println(d, err, tzdata.Disambiguation(9))
	// Output:
	// {"dst":"later","kind":"repeated"}
	// reject <nil> Disambiguation(9)
}

// Every location Load returns for a name shares one compiled zone.
func ExampleZoneOf() {
	a, _ := tzdata.Load("America/Denver")
	b, _ := tzdata.Load("America/Denver")
	fmt.Println(tzdata.ZoneOf(a) == tzdata.ZoneOf(b), tzdata.ZoneOf(a))
	// Output:
	// true America/Denver
}

func ExampleZone_Date() {
	loc, err := tzdata.Load("America/Denver")
	if err != nil {
		panic(err)
	}
	z := tzdata.ZoneOf(loc)
	night := civil.DateTime{Date: civil.Date{Year: 2026, Month: time.November, Day: 1}, Clock: civil.Clock{Hour: 1, Minute: 30}}
	for _, d := range []tzdata.Disambiguation{tzdata.Compatible, tzdata.Later} {
		t, _ := z.Date(night, d)
		fmt.Println(d, t.Format("15:04 MST"))
	}
	// Output:
	// compatible 01:30 MDT
	// later 01:30 MST
}

// Instant works on seconds, for code that reads many wall times.
func ExampleZone_Instant() {
	loc, err := tzdata.Load("Europe/Berlin")
	if err != nil {
		panic(err)
	}
	z := tzdata.ZoneOf(loc)
	wall := civil.DateTime{Date: civil.Date{Year: 2026, Month: time.March, Day: 29}, Clock: civil.Clock{Hour: 2, Minute: 30}}.Wall()
	unix, kind, err := z.Instant(wall, tzdata.Compatible)
	fmt.Println(time.Unix(unix, 0).UTC().Format(time.DateTime), kind, err)
	// Output:
	// 2026-03-29 01:30:00 skipped <nil>
}

func ExampleZone_OffsetRange() {
	loc, err := tzdata.Load("Europe/Berlin")
	if err != nil {
		panic(err)
	}
	least, greatest := tzdata.ZoneOf(loc).OffsetRange()
	fmt.Println(time.Duration(least)*time.Second, time.Duration(greatest)*time.Second)
	// Output:
	// 53m28s 3h0m0s
}

// Pacific/Apia moved across the date line at the end of 2011, skipping
// December 30th: a jump of 24 hours.
func ExampleZone_NextJump() {
	loc, err := tzdata.Load("Pacific/Apia")
	if err != nil {
		panic(err)
	}
	from := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	to := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	at, ok := tzdata.ZoneOf(loc).NextJump(from, to)
	fmt.Println(time.Unix(at, 0).UTC(), ok)
	// Output:
	// 2011-12-30 10:00:00 +0000 UTC true
}
