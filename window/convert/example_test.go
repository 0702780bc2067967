package convert_test

import (
	"fmt"
	"time"

	"github.com/prostar/maintenance/window"
	"github.com/prostar/maintenance/window/convert"
)

// The policy of the platform's January 2020 notice, written for RDS. RDS
// keeps one weekly window in UTC, so the setting is the three hours that
// lie inside 10 p.m. to 2 a.m. Denver time all year.
func ExampleTo() {
	s := window.MustParse("last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25")
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) // the next 12 months start here
	c, err := convert.To(s, convert.RDS, at)
	if err != nil {
		panic(err)
	}
	fmt.Println(c.Text)
	fmt.Println(c.Losses[0])
	fmt.Println(len(c.Drift), "windows drift; the first:", c.Drift[0].Date, c.Drift[0].Start, c.Drift[0].End)
	// Output:
	// sun:05:00-sun:08:00
	// RDS cannot say monthly: it repeats every week
	// 12 windows drift; the first: 2026-01-31 0s -1h0m0s
}

func ExampleTo_systemd() {
	s := window.MustParse("last Saturday of every month 22:00-02:00 America/Denver")
	c, err := convert.To(s, convert.Systemd, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		panic(err)
	}
	fmt.Println(c.Text)
	for _, l := range c.Losses {
		fmt.Println("!", l)
	}
	// Output:
	// OnCalendar=Sat *-*~07/1 22:00 America/Denver
	// ! systemd holds a start and no end: the job must stop itself by 02:00 the next day
	// ! on 2026-10-31 the clocks change during the window: it lasts 5 hours, not 4 hours
}

func ExampleFrom() {
	r, err := convert.From(convert.Cron, "0 22 25-31 * 6 /usr/local/bin/patch", convert.Options{})
	fmt.Println(err)
	r, err = convert.From(convert.Kured, "--reboot-days=sat --start-time=22:00 --end-time=02:00 --time-zone=America/Denver", convert.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Schedule)
	fmt.Println(r.Notes[0])
	// Output:
	// convert: crontab "0 22 25-31 * 6 /usr/local/bin/patch": day of month "25-31" and day of week "6" are both set: cron runs when either matches, which one schedule cannot say; set one to * and test the other in the command
	// every Saturday 22:00-02:00 America/Denver
	// kured reads its start and end on the same day, so with an end at or before the start (22:00-02:00) it never reboots; read as the window it was meant to be, ending the next day
}

// Before applying an RDS setting, compare it with the policy: the weeks
// between the policy's monthly windows are outside it.
func ExampleCompare() {
	policy := window.MustParse("last Saturday of every month 22:00-02:00 America/Denver")
	r, err := convert.From(convert.RDS, "sun:04:00-sun:07:00", convert.Options{})
	if err != nil {
		panic(err)
	}
	from := time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)
	for _, m := range convert.Compare(policy, r.Schedule, from, from.AddDate(0, 0, 14)) {
		fmt.Println(m.Window.Start, "is outside the policy for", m.Outside)
	}
	// Output:
	// 2026-01-25 04:00:00 +0000 UTC is outside the policy for 3h0m0s
	// 2026-02-01 04:00:00 +0000 UTC is outside the policy for 1h0m0s
}

func ExampleParseFormat() {
	f, err := convert.ParseFormat("aws-elasticache")
	fmt.Println(f == convert.ElastiCache, err)
	// Output: true <nil>
}

func ExampleFormat_String() {
	fmt.Println(convert.RDS, convert.GKE, convert.Format(0))
	// Output: aws-rds gke Format(0)
}
