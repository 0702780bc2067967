package notice_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/prostar/maintenance/notice"
	"github.com/prostar/maintenance/window"
)

// icaljs expands ics with ical.js, Thunderbird's iCalendar library, and
// returns the first n instances as "START END" in UTC. It skips the test
// when node or the pinned package is missing; install it with
//
//	cd notice/testdata/icaljs && npm ci
func icaljs(t *testing.T, ics []byte, n int) []string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: skipping the ical.js comparison")
	}
	dir := filepath.Join("testdata", "icaljs")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "ical.js")); err != nil {
		t.Skip("ical.js is not installed: run `cd notice/testdata/icaljs && npm ci`")
	}
	cmd := exec.Command(node, "expand.js", strconv.Itoa(n))
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(ics)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node expand.js: %v\n%s", err, stderr.String())
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}

// TestICalJS compares ical.js's reading of each calendar with the
// schedule's windows over ten years.
func TestICalJS(t *testing.T) {
	for _, spec := range calendarSpecs {
		t.Run(spec, func(t *testing.T) {
			s := window.MustParse(spec)
			ws := tenYears(s)
			ics, err := notice.Calendar(notice.Event{Summary: "Maintenance", Schedule: s, Windows: ws, Stamp: ws[0].Start})
			if err != nil {
				t.Fatal(err)
			}
			got := icaljs(t, ics, len(ws)+10)
			if diff := cmp.Diff(instancesOf(ws), got); diff != "" {
				t.Errorf("ical.js mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
