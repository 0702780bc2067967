package tzdata

import (
	"bytes"
	_ "embed"
	"encoding/xml"
	"strings"
	"sync"
)

// The Windows zone names come from CLDR's windowsZones.xml, embedded as
// published in windowszones/ with its Unicode licence (windowszones/LICENSE)
// and the CLDR revision it was taken from (windowszones/version.txt). To
// refresh it, download common/supplemental/windowsZones.xml from
// https://github.com/unicode-org/cldr at a release tag and run, from this
// directory,
//
//	go run refresh_names.go -cldr path/to/windowsZones.xml -cldr-ref release-NN
//
// then run the package's tests: TestWindowsZoneData checks that every zone
// CLDR names is in the embedded IANA database.

//go:embed windowszones/windowsZones.xml
var windowsZonesXML []byte

// windowsTable is the parsed mapping, built once and never changed.
type windowsTable struct {
	zone map[string]string // Windows name -> canonical IANA zone (territory 001)
	name map[string]string // canonical IANA zone -> Windows name
}

var windows = sync.OnceValue(func() windowsTable {
	var doc struct {
		MapZones []struct {
			Other     string `xml:"other,attr"`
			Territory string `xml:"territory,attr"`
			Type      string `xml:"type,attr"`
		} `xml:"windowsZones>mapTimezones>mapZone"`
	}
	// The file is embedded and checked by the tests, so an error here
	// can only mean a broken refresh; it leaves the table empty and every
	// lookup reports false, which TestWindowsZoneData catches.
	d := xml.NewDecoder(bytes.NewReader(windowsZonesXML))
	d.Strict = false
	_ = d.Decode(&doc)
	t := windowsTable{zone: map[string]string{}, name: map[string]string{}}
	// Territory 001 is the zone CLDR means by the Windows name; it also
	// wins the reverse direction, so that WindowsName of America/Denver
	// is Mountain Standard Time whatever other lists name it. Then every
	// zone of the territory lists (America/Boise under Mountain Standard
	// Time), in file order; the first list wins. The reverse table keys
	// CLDR's own names first and their canonical zones after, so that a
	// link CLDR lists under its own name keeps it (Europe/Amsterdam, a
	// link to Europe/Brussels, is W. Europe Standard Time, not Romance).
	add := func(z, name string) {
		if _, ok := t.name[z]; !ok {
			t.name[z] = name
		}
	}
	for _, m := range doc.MapZones {
		if m.Territory == "001" {
			t.zone[m.Other] = canonical(strings.TrimSpace(m.Type))
			add(strings.TrimSpace(m.Type), m.Other)
		}
	}
	for _, m := range doc.MapZones {
		for _, z := range strings.Fields(m.Type) {
			add(z, m.Other)
		}
	}
	for _, m := range doc.MapZones {
		for _, z := range strings.Fields(m.Type) {
			add(canonical(z), m.Other)
		}
	}
	return t
})

// WindowsZone returns the IANA zone that a Windows time zone name, as
// Windows and Azure spell it, stands for: the zone CLDR's windowsZones
// table gives for territory "001". For example, WindowsZone("Mountain
// Standard Time") is "America/Denver" and WindowsZone("W. Europe Standard
// Time") is "Europe/Berlin".
//
// The zone is the canonical name of the embedded IANA release, not the
// older name CLDR keeps as its stable identifier: WindowsZone("India
// Standard Time") is "Asia/Kolkata" (CLDR says Asia/Calcutta, a link to
// it), so every name this package returns loads the same zone and no
// caller is handed a deprecated link. The name must match exactly; ok is
// false for any other.
func WindowsZone(name string) (iana string, ok bool) {
	iana, ok = windows().zone[name]
	return iana, ok
}

// WindowsName returns the Windows time zone name for an IANA zone: the
// name whose territory "001" zone it is or, failing that, the first whose
// territory lists contain it. A link CLDR does not list is resolved to its
// zone, so WindowsName("US/Mountain") and WindowsName("America/Boise") are
// both "Mountain Standard Time". ok is false for a zone CLDR does not map.
func WindowsName(iana string) (name string, ok bool) {
	t := windows()
	if name, ok = t.name[iana]; !ok {
		name, ok = t.name[canonical(iana)]
	}
	return name, ok
}
