package main

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/prostar/maintenance/window"
)

var update = flag.Bool("update", false, "rewrite testdata/output.golden from the program's output")

const acceptance = "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25"

// windows returns the first n windows of spec as "START END" in UTC.
func windows(t *testing.T, spec string, n int) []string {
	t.Helper()
	var out []string
	for w := range window.MustParse(spec).Windows(time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)) {
		out = append(out, w.Start.UTC().Format(time.RFC3339)+" "+w.End.UTC().Format(time.RFC3339))
		if len(out) == n {
			break
		}
	}
	return out
}

// expandICalJS runs the command with args and returns ical.js's reading
// (Thunderbird's library) of its output. It skips when node or the pinned
// ical.js is missing (CI runs `npm ci` in notice/testdata/icaljs).
func expandICalJS(t *testing.T, args ...string) []string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: skipping the ical.js comparison")
	}
	dir := filepath.Join("..", "..", "notice", "testdata", "icaljs")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "ical.js")); err != nil {
		t.Skip("ical.js is not installed: run `cd notice/testdata/icaljs && npm ci`")
	}
	var ics, stderr bytes.Buffer
	if err := run(args, &ics, &stderr); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	cmd := exec.Command(node, "expand.js", "1000")
	cmd.Dir = dir
	cmd.Stdin = &ics
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node expand.js: %v\n%s", err, stderr.String())
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}

// TestAcceptanceICalJS is the acceptance test of issue 5: the output of
//
//	go run ./examples/ics -n 120 'last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25'
//
// read by ical.js gives exactly the schedule's 120 windows, the 5-hour
// nights of 2020-10-31 and 2026-10-31 included.
func TestAcceptanceICalJS(t *testing.T) {
	got := expandICalJS(t, "-n", "120", acceptance)
	want := windows(t, acceptance, 120)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ical.js mismatch (-want +got):\n%s", diff)
	}
	// The two fall-back nights, spelled out.
	for _, night := range []string{"2020-11-01T04:00:00Z 2020-11-01T09:00:00Z", "2026-11-01T04:00:00Z 2026-11-01T09:00:00Z"} {
		if !slices.Contains(got, night) {
			t.Errorf("ical.js output lacks the 5-hour night %s", night)
		}
	}
}

// TestApiaICalJS reads the 60 windows across the day Pacific/Apia skipped
// (2011-12-30) with ical.js: the window of 2011-12-29 must be there, and
// the skipped date's EXDATE must not remove it or the 31st's.
func TestApiaICalJS(t *testing.T) {
	const apia = "every day 22:00-02:00 Pacific/Apia from 2011-12-01"
	got := expandICalJS(t, "-n", "60", apia)
	if diff := cmp.Diff(windows(t, apia, 60), got); diff != "" {
		t.Errorf("ical.js mismatch (-want +got):\n%s", diff)
	}
	if night := "2011-12-30T08:00:00Z 2011-12-30T12:00:00Z"; !slices.Contains(got, night) {
		t.Errorf("ical.js output lacks the window of 2011-12-29, %s", night)
	}
}

// TestOutput compares the calendar of the default 12 windows with a
// golden file, so that any change to what the command writes (the
// override of the 5-hour night of 2020-10-31, the UNTIL of the last
// window, the summary and description) fails here even where node is
// missing and the ical.js tests skip.
func TestOutput(t *testing.T) {
	var out, stderr bytes.Buffer
	if err := run([]string{acceptance}, &out, &stderr); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	golden := filepath.Join("testdata", "output.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./examples/ics -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), out.String()); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}

func TestRun(t *testing.T) {
	var a, b, stderr bytes.Buffer
	if err := run([]string{"-n", "3", acceptance}, &a, &stderr); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-n", "3", acceptance}, &b, &stderr); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("output is not deterministic")
	}
	for _, want := range []string{"BEGIN:VCALENDAR\r\n", "DTSTAMP:20200126T050000Z\r\n", "RRULE:FREQ=MONTHLY;", "BEGIN:VTIMEZONE\r\n"} {
		if !strings.Contains(a.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, a.String())
		}
	}
	for _, args := range [][]string{{}, {"-n", "0", acceptance}, {"not a schedule"}, {"a", "b"}} {
		if err := run(args, &a, &stderr); err == nil {
			t.Errorf("run(%q): no error", args)
		}
	}
}
