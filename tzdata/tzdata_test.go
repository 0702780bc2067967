package tzdata_test

import (
	"errors"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/prostar/maintenance/tzdata"
)

func TestVersion(t *testing.T) {
	if v := tzdata.Version(); !regexp.MustCompile(`^20[0-9]{2}[a-z]$`).MatchString(v) {
		t.Errorf("Version() = %q, want an IANA release such as 2025c", v)
	}
	if v := tzdata.Version(); v != "2025c" {
		t.Logf("Version() = %q; update tests that pin 2025c facts if they fail", v)
	}
}

func TestNames(t *testing.T) {
	names := tzdata.Names()
	if !slices.IsSorted(names) {
		t.Error("Names() is not sorted")
	}
	for _, want := range []string{"America/Denver", "Europe/Berlin", "Pacific/Apia", "UTC", "Etc/GMT+7"} {
		if _, ok := slices.BinarySearch(names, want); !ok {
			t.Errorf("Names() lacks %s", want)
		}
	}
	if len(names) < 400 {
		t.Errorf("Names() has %d names, want the whole database", len(names))
	}
	// The caller owns the slice it gets.
	names[0] = "changed"
	if tzdata.Names()[0] == "changed" {
		t.Error("Names() returned the package's own slice")
	}
}

// TestLoadEveryName checks that every listed name loads, under its own
// name.
func TestLoadEveryName(t *testing.T) {
	for _, name := range tzdata.Names() {
		loc, err := tzdata.Load(name)
		if err != nil {
			t.Errorf("Load(%q): %v", name, err)
			continue
		}
		if loc.String() != name {
			t.Errorf("Load(%q).String() = %q", name, loc.String())
		}
	}
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name string
		at   time.Time
		abbr string
		off  int
	}{
		{"America/Denver", utc("2020-01-26T05:00:00Z"), "MST", -7 * 3600},
		{"America/Denver", utc("2026-11-01T04:00:00Z"), "MDT", -6 * 3600},
		{"Europe/Berlin", utc("2026-07-01T00:00:00Z"), "CEST", 2 * 3600},
		{"Asia/Kolkata", utc("2026-07-01T00:00:00Z"), "IST", 5*3600 + 1800},
		{"Pacific/Chatham", utc("2026-07-01T00:00:00Z"), "+1245", 12*3600 + 2700},
		{"UTC", utc("2026-07-01T00:00:00Z"), "UTC", 0},
		{"Etc/UTC", utc("2026-07-01T00:00:00Z"), "UTC", 0},
		{"Asia/Calcutta", utc("2026-07-01T00:00:00Z"), "IST", 5*3600 + 1800}, // a link
	}
	for _, tt := range tests {
		t.Run(tt.name+"@"+tt.at.Format(time.DateOnly), func(t *testing.T) {
			loc, err := tzdata.Load(tt.name)
			if err != nil {
				t.Fatal(err)
			}
			if loc.String() != tt.name {
				t.Errorf("Load(%q).String() = %q", tt.name, loc)
			}
			abbr, off := tt.at.In(loc).Zone()
			if abbr != tt.abbr || off != tt.off {
				t.Errorf("%v in %s = %s %d, want %s %d", tt.at, tt.name, abbr, off, tt.abbr, tt.off)
			}
		})
	}
}

func TestLoadUTCIsTimeUTC(t *testing.T) {
	loc, err := tzdata.Load("UTC")
	if err != nil || loc != time.UTC {
		t.Errorf("Load(UTC) = %p, %v; want time.UTC", loc, err)
	}
}

func TestLoadCached(t *testing.T) {
	a, errA := tzdata.Load("Europe/Berlin")
	b, errB := tzdata.Load("Europe/Berlin")
	if errA != nil || errB != nil || a != b {
		t.Errorf("Load twice = %p, %p (%v, %v); want the same *Location", a, b, errA, errB)
	}
}

func TestLoadUnknown(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		suggest []string // nil: the error suggests nothing
	}{
		{"empty", "", nil},
		{"Local", "Local", nil},
		{"relative path", "../../etc/passwd", nil},
		{"absolute path", "/etc/localtime", nil},
		{"directory", "America/", nil},
		{"wrong case", "america/denver", []string{"America/Denver"}},
		{"upper case", "EUROPE/BERLIN", []string{"Europe/Berlin"}},
		{"lower-case utc", "utc", []string{"UTC"}},
		{"typo", "America/Denvr", []string{"America/Denver"}},
		{"typo in Berlin", "Europe/Berln", []string{"Europe/Berlin"}},
		{"city alone", "Denver", []string{"America/Denver"}},
		{"space for underscore", "America/New York", []string{"America/New_York"}},
		{"transposed letters", "US/Mountian", []string{"US/Mountain", "Canada/Mountain"}},
		{"leading slash", "/America/Denver", []string{"America/Denver"}},
		{"path through a directory", "America/../America/Denver", []string{"America/Denver"}},
		{"trailing NUL", "America/Denver\x00", []string{"America/Denver"}},
		{"NUL inside", "a\x00b", nil},
		{"very long", strings.Repeat("America/Denver", 10000), nil},
		{"invalid UTF-8", "\xff\xfe", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc, err := tzdata.Load(tt.in)
			if !errors.Is(err, tzdata.ErrUnknownZone) {
				t.Fatalf("Load(%.40q) = %v, %v; want an error wrapping ErrUnknownZone", tt.in, loc, err)
			}
			if loc != nil {
				t.Errorf("Load(%.40q) returned a location with its error", tt.in)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "tzdata: unknown zone ") {
				t.Errorf("Load(%.40q) error = %q, want the package prefix", tt.in, msg)
			}
			if len(msg) > 200 {
				t.Errorf("Load(%.40q) error has %d bytes, want a short message", tt.in, len(msg))
			}
			var got []string
			if _, s, ok := strings.Cut(msg, " (did you mean "); ok {
				got = strings.Split(strings.TrimSuffix(s, "?)"), ", ")
			}
			if diff := cmp.Diff(tt.suggest, got); diff != "" {
				t.Errorf("Load(%.40q) suggestions mismatch (-want +got):\n%s\nerror: %s", tt.in, diff, msg)
			}
		})
	}
}

// TestLoadLeavesTimeAlone checks that tzdata does not change what
// time.LoadLocation does for the rest of a program: loading through tzdata
// first, the time package still reads its own sources and gives its own
// *Location.
func TestLoadLeavesTimeAlone(t *testing.T) {
	ours, err := tzdata.Load("America/Denver")
	if err != nil {
		t.Fatal(err)
	}
	theirs, err := time.LoadLocation("America/Denver")
	if err != nil {
		t.Skip("the host and GOROOT have no America/Denver:", err)
	}
	if ours == theirs {
		t.Error("tzdata.Load and time.LoadLocation share a *Location")
	}
	at := utc("2026-07-01T00:00:00Z")
	if a, b := at.In(ours).Format(time.RFC3339), at.In(theirs).Format(time.RFC3339); a != b {
		t.Errorf("the two America/Denver disagree on %v: %s, %s", at, a, b)
	}
	// A name only time.LoadLocation knows is still refused by tzdata,
	// and time.LoadLocation still accepts "Local" and "".
	if _, err := tzdata.Load("Local"); err == nil {
		t.Error(`tzdata.Load("Local") succeeded`)
	}
	if loc, err := time.LoadLocation("Local"); err != nil || loc != time.Local {
		t.Errorf(`time.LoadLocation("Local") = %v, %v`, loc, err)
	}
}

// TestNoTimeTZData checks that the package does not link time/tzdata,
// which would change time.LoadLocation on hosts without zone files.
func TestNoTimeTZData(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").Output()
	if err != nil {
		t.Skip("go list:", err)
	}
	if slices.Contains(strings.Fields(string(out)), "time/tzdata") {
		t.Error("package tzdata depends on time/tzdata")
	}
}

// TestLoadConcurrent loads zones from many goroutines; run with -race.
func TestLoadConcurrent(t *testing.T) {
	names := []string{"America/Denver", "Europe/Berlin", "Asia/Kolkata", "Pacific/Apia", "America/Denvr", "UTC", "Australia/Lord_Howe"}
	var wg sync.WaitGroup
	results := make([][]*time.Location, 16)
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				name := names[(g+i)%len(names)]
				loc, err := tzdata.Load(name)
				if name == "America/Denvr" {
					if !errors.Is(err, tzdata.ErrUnknownZone) {
						t.Errorf("Load(%q) = %v", name, err)
					}
					continue
				}
				if err != nil {
					t.Errorf("Load(%q): %v", name, err)
					continue
				}
				// Use the location while others load it.
				_, _ = tzdata.Date(gap, loc, tzdata.Compatible)
				results[g] = append(results[g], loc)
			}
		}()
	}
	wg.Wait()
	seen := map[string]*time.Location{}
	for _, locs := range results {
		for _, loc := range locs {
			if prev, ok := seen[loc.String()]; ok && prev != loc {
				t.Errorf("Load(%q) gave two different *Locations", loc)
			}
			seen[loc.String()] = loc
		}
	}
}
