// Command convert writes a maintenance schedule in a scheduler's own
// language, and reads a scheduler's setting back into a schedule, saying
// what is lost each way.
//
//	go run ./examples/convert -to aws-rds -at 2026-01-01T00:00:00Z 'last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25'
//	go run ./examples/convert -from systemd -length 4h 'Sat *-*~07/1 22:00 America/Denver'
//
// With -to it prints the setting exactly as one pastes it, then one line
// per loss starting with "! ". FORMAT is systemd, cron, aws-rds,
// aws-elasticache, azure, gke, kured, rfc5545 or human. With -from it
// prints the schedule's spec on its first line, then a "! " line for each
// assumption and for anything the setting says that a schedule cannot.
// The exit status is 0 when it printed, 2 on bad input, with a message.
//
// Losses are counted over the twelve months after -at. Unlike the
// library, which never reads the clock, this program defaults -at to the
// current time: an operator converting a setting today wants the next
// twelve months. Tests and the README pass -at so that their output never
// changes.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/window"
	"github.com/prostar/maintenance/window/convert"
)

const usage = `usage: convert -to FORMAT [-at RFC3339] SPEC
       convert -from FORMAT [-zone ZONE] [-length DURATION] EXPR
FORMAT: systemd, cron, aws-rds, aws-elasticache, azure, gke, kured, rfc5545, human`

func main() {
	if err := run(os.Args[1:], os.Stdout, time.Now()); err != nil {
		msg := err.Error()
		if !strings.HasPrefix(msg, "convert: ") { // the package's errors say it already
			msg = "convert: " + msg
		}
		fmt.Fprintln(os.Stderr, msg)
		os.Exit(2)
	}
}

// run does the work of main, with the current time passed in as now.
func run(args []string, out io.Writer, now time.Time) error {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	to := fs.String("to", "", "the format to write SPEC in")
	from := fs.String("from", "", "the format EXPR is written in")
	at := fs.String("at", "", "the instant the next 12 months start at, RFC 3339 (default: now)")
	zone := fs.String("zone", "", "the zone of a setting that names none")
	length := fs.Duration("length", 0, "each window's length, for settings that hold only a start")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w\n%s", err, usage)
	}
	text := strings.Join(fs.Args(), " ")
	if (*to == "") == (*from == "") || text == "" {
		return errors.New(usage)
	}
	if *to != "" {
		f, err := convert.ParseFormat(*to)
		if err != nil {
			return err
		}
		t := now
		if *at != "" {
			if t, err = time.Parse(time.RFC3339, *at); err != nil {
				return fmt.Errorf("-at: %w", err)
			}
		}
		s, err := window.Parse(text)
		if err != nil {
			return err
		}
		c, err := convert.To(s, f, t)
		if err != nil {
			return err
		}
		fmt.Fprintln(out, c.Text)
		for _, l := range c.Losses {
			fmt.Fprintln(out, "! "+l)
		}
		return nil
	}
	f, err := convert.ParseFormat(*from)
	if err != nil {
		return err
	}
	opt := convert.Options{Length: *length}
	if *length < 0 {
		return fmt.Errorf("-length %v: want a positive duration", *length)
	}
	if *zone != "" {
		if opt.Zone, err = tzdata.Load(*zone); err != nil {
			return fmt.Errorf("-zone: %w", err)
		}
	}
	r, err := convert.From(f, text, opt)
	if err != nil {
		return err
	}
	fmt.Fprintln(out, r.Schedule)
	for _, n := range r.Notes {
		fmt.Fprintln(out, "! "+n)
	}
	return nil
}
