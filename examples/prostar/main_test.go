package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/output.golden from the program's output")

// TestOutput runs the story and compares it with the golden file that the
// README quotes from, so neither can drift from what the library computes.
func TestOutput(t *testing.T) {
	var out strings.Builder
	if err := run(&out); err != nil {
		t.Fatalf("run: %v", err)
	}
	golden := filepath.Join("testdata", "output.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./examples/prostar -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), out.String()); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}

// TestJanuaryNoticeSaysMST checks the fact the platform's real notice got
// wrong: January 25th, 2020 in Denver is MST, not MDT. notice.Check finds
// exactly that claim in the original, and the library's own notice says
// MST.
func TestJanuaryNoticeSaysMST(t *testing.T) {
	var out strings.Builder
	if err := run(&out); err != nil {
		t.Fatalf("run: %v", err)
	}
	found := between(t, out.String(), "notice.Check finds", "As the library writes it:")
	for _, want := range []string{"finds 1 false claim", `"10 p.m. – 2 a.m. MDT" should read "10 p.m. to 2 a.m. MST"`, "keeps MST (UTC-7), not MDT"} {
		if !strings.Contains(found, want) {
			t.Errorf("findings do not say %q:\n%s", want, found)
		}
	}
	section := between(t, out.String(), "As the library writes it:", "## 3.")
	for _, line := range strings.Split(section, "\n") {
		if strings.Contains(line, "MDT") {
			t.Errorf("January notice line says MDT: %q", line)
		}
	}
	for _, want := range []string{"this Saturday, January 25th,", "from 10 p.m. to 2 a.m. MST"} {
		if !strings.Contains(section, want) {
			t.Errorf("January notice does not say %q:\n%s", want, section)
		}
	}
}

// TestFiveHourNight checks the line of Saturday, October 31st, 2026.
func TestFiveHourNight(t *testing.T) {
	var out strings.Builder
	if err := run(&out); err != nil {
		t.Fatalf("run: %v", err)
	}
	section := between(t, out.String(), "## 3.", "## 4.")
	for _, line := range strings.Split(section, "\n") {
		if strings.HasPrefix(line, "Sat Oct 31") {
			for _, want := range []string{"22:00 MDT", "02:00 MST", "5h", "clocks go back from 02:00 MDT to 01:00 MST"} {
				if !strings.Contains(line, want) {
					t.Errorf("October 31st line %q lacks %q", line, want)
				}
			}
			return
		}
	}
	t.Errorf("no line for Saturday, October 31st:\n%s", section)
}

func between(t *testing.T, s, from, to string) string {
	t.Helper()
	i := strings.Index(s, from)
	j := strings.Index(s, to)
	if i < 0 || j < i {
		t.Fatalf("output lacks %q .. %q:\n%s", from, to, s)
	}
	return s[i:j]
}
