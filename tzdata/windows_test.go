package tzdata_test

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/prostar/maintenance/tzdata"
)

func TestWindowsZone(t *testing.T) {
	tests := []struct {
		windows, iana, reason string
	}{
		{"Mountain Standard Time", "America/Denver", "the platform's own zone"},
		{"US Mountain Standard Time", "America/Phoenix", "Arizona: no DST"},
		{"W. Europe Standard Time", "Europe/Berlin", ""},
		{"GMT Standard Time", "Europe/London", ""},
		{"India Standard Time", "Asia/Kolkata", "CLDR says Asia/Calcutta, a link"},
		{"Nepal Standard Time", "Asia/Kathmandu", "CLDR says Asia/Katmandu, a link"},
		{"FLE Standard Time", "Europe/Kyiv", "CLDR says Europe/Kiev, a link"},
		{"Argentina Standard Time", "America/Argentina/Buenos_Aires", "CLDR says America/Buenos_Aires"},
		{"US Eastern Standard Time", "America/Indiana/Indianapolis", "CLDR says America/Indianapolis"},
		{"Lord Howe Standard Time", "Australia/Lord_Howe", ""},
		{"Pacific SA Standard Time", "America/Santiago", ""},
		{"Samoa Standard Time", "Pacific/Apia", ""},
		{"Newfoundland Standard Time", "America/St_Johns", ""},
		{"Chatham Islands Standard Time", "Pacific/Chatham", ""},
		{"E. South America Standard Time", "America/Sao_Paulo", ""},
		{"Iran Standard Time", "Asia/Tehran", ""},
		{"UTC", "Etc/UTC", ""},
		{"Dateline Standard Time", "Etc/GMT+12", "UTC-12, in POSIX's inverted sign"},
		{"Yukon Standard Time", "America/Whitehorse", "added by CLDR after 2019"},
	}
	for _, tt := range tests {
		t.Run(tt.windows, func(t *testing.T) {
			got, ok := tzdata.WindowsZone(tt.windows)
			if !ok || got != tt.iana {
				t.Errorf("WindowsZone(%q) = %q, %v, want %q, true (%s)", tt.windows, got, ok, tt.iana, tt.reason)
			}
			if _, err := tzdata.Load(got); err != nil {
				t.Errorf("Load(%q): %v", got, err)
			}
			if back, ok := tzdata.WindowsName(got); !ok || back != tt.windows {
				t.Errorf("WindowsName(%q) = %q, %v, want %q, true", got, back, ok, tt.windows)
			}
		})
	}
	for _, bad := range []string{"", "mountain standard time", "Mountain Time", "MST", "America/Denver"} {
		if got, ok := tzdata.WindowsZone(bad); ok {
			t.Errorf("WindowsZone(%q) = %q, true, want false", bad, got)
		}
	}
}

func TestWindowsName(t *testing.T) {
	tests := []struct {
		iana, windows, reason string
	}{
		{"America/Denver", "Mountain Standard Time", "territory 001"},
		{"America/Boise", "Mountain Standard Time", "territory US list"},
		{"America/Edmonton", "Mountain Standard Time", "territory CA list"},
		{"US/Mountain", "Mountain Standard Time", "a link, resolved"},
		{"Asia/Kolkata", "India Standard Time", "canonical name of CLDR's Asia/Calcutta"},
		{"Asia/Calcutta", "India Standard Time", "CLDR's own name"},
		{"Europe/Amsterdam", "W. Europe Standard Time", "a link CLDR lists by name keeps its list"},
		{"Europe/Brussels", "Romance Standard Time", ""},
		{"Europe/Berlin", "W. Europe Standard Time", ""},
		{"America/Phoenix", "US Mountain Standard Time", ""},
		{"Etc/GMT", "UTC", "territory ZZ list"},
		{"Australia/Lord_Howe", "Lord Howe Standard Time", ""},
	}
	for _, tt := range tests {
		t.Run(tt.iana, func(t *testing.T) {
			if got, ok := tzdata.WindowsName(tt.iana); !ok || got != tt.windows {
				t.Errorf("WindowsName(%q) = %q, %v, want %q, true (%s)", tt.iana, got, ok, tt.windows, tt.reason)
			}
		})
	}
	for _, bad := range []string{"", "Mountain Standard Time", "America/Denvr", "Antarctica/Troll"} {
		if got, ok := tzdata.WindowsName(bad); ok {
			t.Errorf("WindowsName(%q) = %q, true, want false", bad, got)
		}
	}
}

// TestWindowsZoneData checks every mapping of the embedded CLDR file,
// read here with a regular expression rather than the package's XML
// decoder: each territory-001 zone must be a zone of the embedded IANA
// database, WindowsZone must return a canonical name whose zone data is
// byte for byte the zone CLDR names, and WindowsName must lead back to a
// Windows name that lists the zone.
func TestWindowsZoneData(t *testing.T) {
	xml, err := os.ReadFile("windowszones/windowsZones.xml")
	if err != nil {
		t.Fatal(err)
	}
	files := zipFiles(t)
	linksTxt, err := os.ReadFile("links.txt")
	if err != nil {
		t.Fatal(err)
	}
	isLink := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(linksTxt)), "\n") {
		isLink[strings.Fields(line)[0]] = true
	}
	re := regexp.MustCompile(`<mapZone other="([^"]+)" territory="([^"]+)" type="([^"]+)"/>`)
	lists := map[string][]string{} // Windows name -> every zone it lists
	var n001 int
	for _, m := range re.FindAllStringSubmatch(string(xml), -1) {
		name, territory, types := m[1], m[2], strings.Fields(m[3])
		lists[name] = append(lists[name], types...)
		for _, z := range types {
			if _, ok := files[z]; !ok {
				t.Errorf("%s (%s) lists %q, not in the embedded database", name, territory, z)
			}
		}
		if territory != "001" {
			continue
		}
		n001++
		got, ok := tzdata.WindowsZone(name)
		switch {
		case !ok:
			t.Errorf("WindowsZone(%q) reports false; CLDR maps it to %s", name, types[0])
		case isLink[got]:
			t.Errorf("WindowsZone(%q) = %q, a link", name, got)
		case !bytes.Equal(files[got], files[types[0]]):
			t.Errorf("WindowsZone(%q) = %q, whose data differs from CLDR's %s", name, got, types[0])
		}
	}
	if n001 < 130 {
		t.Errorf("the embedded CLDR file has %d territory-001 mappings, want at least 130", n001)
	}
	for name, zones := range lists {
		for _, z := range zones {
			back, ok := tzdata.WindowsName(z)
			if !ok {
				t.Errorf("WindowsName(%q) reports false; CLDR lists it under %s", z, name)
				continue
			}
			found := false
			for _, z2 := range lists[back] {
				found = found || z2 == z
			}
			if !found {
				t.Errorf("WindowsName(%q) = %q, which does not list it (CLDR lists it under %s)", z, back, name)
			}
		}
	}
	version, err := os.ReadFile("windowszones/version.txt")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`otherVersion="([^"]*)" typeVersion="([^"]*)"`).FindSubmatch(xml)
	if m == nil || !strings.Contains(string(version), "otherVersion="+string(m[1])+" typeVersion="+string(m[2])) {
		t.Errorf("windowszones/version.txt = %q does not name the embedded file's versions", version)
	}
}

// zipFiles returns the contents of every zone in the embedded zip.
func zipFiles(t *testing.T) map[string][]byte {
	t.Helper()
	zipData, err := os.ReadFile("zoneinfo.zip")
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(zipData), int64(len(zipData)))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name] = b
	}
	return files
}

// TestLinks checks links.txt against the zip: every link and every target
// is a zone of the embedded database, no target is itself a link, and a
// link's data is its target's, byte for byte.
func TestLinks(t *testing.T) {
	linksTxt, err := os.ReadFile("links.txt")
	if err != nil {
		t.Fatal(err)
	}
	files := zipFiles(t)
	names := map[string]bool{}
	for _, n := range tzdata.Names() {
		names[n] = true
	}
	link := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(linksTxt)), "\n") {
		f := strings.Fields(line)
		link[f[0]] = f[1]
	}
	if len(link) < 150 {
		t.Fatalf("links.txt has %d links, want about 160", len(link))
	}
	for l, target := range link {
		if !names[l] || !names[target] {
			t.Errorf("link %s -> %s: not both in the embedded database", l, target)
		}
		if _, ok := link[target]; ok {
			t.Errorf("link %s -> %s: the target is a link", l, target)
		}
		if !bytes.Equal(files[l], files[target]) {
			t.Errorf("link %s -> %s: the embedded data differs", l, target)
		}
	}
}
