// Command ics prints an iCalendar (RFC 5545) file holding the first N
// windows of a maintenance schedule, as a calendar client should see them:
// one recurring event with a VTIMEZONE built from the embedded zone
// database, and an override for every night the clocks change inside the
// window (the 5-hour fall-back nights in America/Denver) or a start or end
// the zone skips or repeats.
//
// Usage:
//
//	go run ./examples/ics [-n N] SPEC
//	go run ./examples/ics -n 120 'last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25'
//
// SPEC is a schedule in package window's human or RFC 5545 form; N
// defaults to 12. The output is deterministic: DTSTAMP is the first
// window's start, never the clock, so the same SPEC always prints the same
// bytes (and the same UID).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/prostar/maintenance/notice"
	"github.com/prostar/maintenance/window"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "ics:", err)
		os.Exit(2)
	}
}

// run is main without the process: it parses args, writes the calendar to
// stdout and usage to stderr.
func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ics", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 12, "number of windows to write")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: ics [-n N] SPEC")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errors.New("want exactly one SPEC argument")
	}
	if *n < 1 {
		return fmt.Errorf("-n %d: want at least 1", *n)
	}
	s, err := window.Parse(fs.Arg(0))
	if err != nil {
		return err
	}
	var ws []window.Window
	// From the start of the proleptic calendar's practical range: the
	// schedule's own From bounds where windows begin.
	for w := range s.Windows(time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)) {
		ws = append(ws, w)
		if len(ws) == *n {
			break
		}
	}
	if len(ws) == 0 {
		return fmt.Errorf("schedule %q has no window", s)
	}
	ics, err := notice.Calendar(notice.Event{
		Summary:     "Scheduled maintenance",
		Description: "Maintenance window: " + s.Describe() + ".",
		Schedule:    s,
		Windows:     ws,
		Stamp:       ws[0].Start,
	})
	if err != nil {
		return err
	}
	_, err = stdout.Write(ics)
	return err
}
