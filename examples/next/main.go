// Command next answers the question a deploy script asks before it starts
// work: is a maintenance window open at this instant, and when is the next
// one? It prints the window in progress at the instant (or the next one to
// start), whether it is open, what daylight saving time does to it, and
// the occurrences from two days before the instant up to that window that
// produced no window at all.
//
//	go run ./examples/next -at 2026-10-31T23:30:00-06:00 'last Saturday of every month 22:00-02:00 America/Denver'
//
// The instant is a flag, never the clock, so the answer can be reproduced.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/window"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "next:", err)
		os.Exit(2)
	}
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("next", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	at := fs.String("at", "", "the instant to ask about, RFC 3339 (required: the example never reads the clock)")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w\nusage: next -at RFC3339 SPEC", err)
	}
	if *at == "" || fs.NArg() == 0 {
		return errors.New("usage: next -at RFC3339 SPEC")
	}
	t, err := time.Parse(time.RFC3339, *at)
	if err != nil {
		return fmt.Errorf("-at: %w", err)
	}
	s, err := window.Parse(strings.Join(fs.Args(), " "))
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "schedule: %s\n", s)
	w, ok := s.Next(t)
	if !ok {
		fmt.Fprintf(out, "at %s: no window is open and none is left\n", t.Format(time.RFC3339))
		return nil
	}
	loc := w.Start.Location()
	fmt.Fprintf(out, "at:       %s\n", t.In(loc).Format(layout))
	if w.Contains(t) {
		fmt.Fprintf(out, "open:     yes, for another %v\n", w.End.Sub(t))
	} else {
		fmt.Fprintf(out, "open:     no, the next window opens in %v\n", w.Start.Sub(t))
		// An occurrence that produced no window (wholly inside a DST gap,
		// or rejected by "dst reject") would otherwise pass unmentioned;
		// two days back covers one that would have been open at t.
		for d := range s.Dropped(t.AddDate(0, 0, -2), w.Start) {
			fmt.Fprintf(out, "dropped:  %s: %v\n", d.Date, d.Err)
		}
	}
	fmt.Fprintf(out, "window:   %s to %s (%v; nominal %v)\n", w.Start.Format(layout), w.End.Format(layout), w.Duration(), w.Nominal)
	if w.StartKind != tzdata.Exact {
		fmt.Fprintf(out, "dst:      the start time is %v that day; the window opens at %s\n", w.StartKind, w.Start.Format(clock))
	}
	if w.EndKind != tzdata.Exact {
		fmt.Fprintf(out, "dst:      the end time is %v that day; the window closes at %s\n", w.EndKind, w.End.Format(clock))
	}
	for tr := range w.Transitions() {
		before := tr.At.In(time.FixedZone(tr.Before.Name, tr.Before.Seconds))
		fmt.Fprintf(out, "dst:      at %s (%s) clocks change to %s (%s)\n",
			before.Format(clock), english.UTCOffset(tr.Before.Seconds), tr.At.In(loc).Format(clock), english.UTCOffset(tr.After.Seconds))
	}
	if w.Duration() != w.Nominal {
		fmt.Fprintf(out, "dst:      the window lasts %v, not %v\n", w.Duration(), w.Nominal)
	}
	return nil
}

const clock = "15:04 MST"

const layout = "Mon 2006-01-02 15:04 MST"
