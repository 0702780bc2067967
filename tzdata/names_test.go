package tzdata_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/prostar/maintenance/tzdata"
)

func TestParseZone(t *testing.T) {
	tests := []struct {
		name, want string // want is the Location's String
	}{
		{"America/Denver", "America/Denver"},
		{"UTC", "UTC"},
		{"UTC+0", "UTC"},
		{"UTC-7", "UTC-7"},
		{"UTC-07:00", "UTC-7"},
		{"UTC+05:30", "UTC+5:30"},
		{"UTC+5:30", "UTC+5:30"},
		{"UTC+5:45", "UTC+5:45"},
		{"UTC+14", "UTC+14"},
		{"UTC-12", "UTC-12"},
		{"Mountain Standard Time", "America/Denver"},
		{"W. Europe Standard Time", "Europe/Berlin"},
		{"India Standard Time", "Asia/Kolkata"},
		{"Dateline Standard Time", "UTC-12"}, // CLDR's Etc/GMT+12
		{"US/Mountain", "US/Mountain"},       // a link is still a zone; it loads as written
		{"Etc/GMT+0", "Etc/GMT+0"},           // UTC: no sign to invert
		{"Etc/GMT", "Etc/GMT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc, err := tzdata.ParseZone(tt.name)
			if err != nil {
				t.Fatalf("ParseZone(%q): %v", tt.name, err)
			}
			if loc.String() != tt.want {
				t.Errorf("ParseZone(%q) = %s, want %s", tt.name, loc, tt.want)
			}
			// The canonical name reads back to the same zone.
			again, err := tzdata.ParseZone(loc.String())
			if err != nil || again.String() != loc.String() {
				t.Errorf("ParseZone(%q) = %v, %v; want %s again", loc.String(), again, err, loc)
			}
		})
	}
	// A fixed zone's offset is the one written.
	loc, _ := tzdata.ParseZone("UTC+05:45")
	if _, off := time.Date(2026, 1, 1, 0, 0, 0, 0, loc).Zone(); off != 5*3600+45*60 {
		t.Errorf("UTC+05:45 has offset %d", off)
	}
}

func TestParseZoneRefuses(t *testing.T) {
	tests := []struct {
		name     string
		contains []string // each must appear in the message
		absent   []string // none may appear: traps and deprecated links
	}{
		{"MST", []string{"legacy", "keeps one offset all year", "America/Phoenix", "America/Denver", "UTC-7"}, []string{"US/", "MST7MDT"}},
		{"MDT", []string{"summer time (UTC-6) of America/Denver, America/Edmonton", "UTC-6 for a fixed offset"}, []string{"MET", "US/Mountain", "America/Phoenix"}},
		{"mdt", []string{"America/Denver"}, nil},
		{"PST", []string{"America/Los_Angeles", "America/Vancouver", "Asia/Manila"}, []string{"PST8PDT", "US/Pacific"}},
		{"PDT", []string{"summer time (UTC-7) of America/Tijuana, America/Los_Angeles"}, nil},
		{"EST", []string{"legacy", "America/New_York", "America/Panama"}, []string{"EST5EDT", "US/Eastern"}},
		{"EDT", []string{"summer time (UTC-4) of America/New_York"}, []string{"EST5EDT"}},
		{"CST", []string{"America/Chicago", "Asia/Shanghai", "America/Havana"}, []string{"CST6CDT", "PRC"}},
		{"CET", []string{"legacy", "Europe/Berlin", "Europe/Paris", "UTC+1"}, []string{"MET", "one offset", "never changes"}},
		{"CEST", []string{"summer time (UTC+2) of Europe/Berlin"}, nil},
		{"BST", []string{"summer time (UTC+1) of Europe/London"}, []string{"GB"}},
		{"IST", []string{"Asia/Kolkata", "Asia/Jerusalem", "Europe/Dublin", "UTC+2, UTC+5:30 or UTC+1 for a fixed offset"}, []string{"Asia/Calcutta", "Eire"}},
		{"AEST", []string{"Australia/Sydney", "Australia/Brisbane"}, []string{"Australia/NSW", "Australia/ACT"}},
		{"GMT", []string{"Europe/London", "Africa/Abidjan"}, []string{"Etc/GMT", "Greenwich"}},
		{"HST", []string{"legacy", "keeps one offset all year", "Pacific/Honolulu"}, []string{"US/Hawaii"}},
		{"EST5EDT", []string{"legacy", "America/New_York"}, []string{"US/Eastern", "one offset", "never changes"}},
		{"CST6CDT", []string{"America/Chicago"}, nil},
		{"MST7MDT", []string{"America/Denver"}, nil},
		{"PST8PDT", []string{"America/Los_Angeles"}, nil},
		{"MET", []string{"legacy", "Europe/Berlin"}, []string{"one offset", "never changes"}},
		{"EET", []string{"legacy", "Europe/Bucharest", "Africa/Cairo"}, []string{"one offset", "never changes"}},
		{"WET", []string{"legacy", "Europe/Lisbon"}, []string{"one offset", "never changes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc, err := tzdata.ParseZone(tt.name)
			if err == nil {
				t.Fatalf("ParseZone(%q) = %v, want an error", tt.name, loc)
			}
			if !errors.Is(err, tzdata.ErrAbbreviation) || !errors.Is(err, tzdata.ErrUnknownZone) {
				t.Errorf("ParseZone(%q) error %v does not wrap ErrAbbreviation and ErrUnknownZone", tt.name, err)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "tzdata: ") {
				t.Errorf("message %q lacks the package prefix", msg)
			}
			for _, c := range tt.contains {
				if !strings.Contains(msg, c) {
					t.Errorf("ParseZone(%q) = %q, want it to contain %q", tt.name, msg, c)
				}
			}
			for _, a := range tt.absent {
				if strings.Contains(msg, a) {
					t.Errorf("ParseZone(%q) = %q, want no %q", tt.name, msg, a)
				}
			}
		})
	}
}

func TestParseZoneUnknown(t *testing.T) {
	tests := []struct {
		name, want string
	}{
		{"America/Denvr", "(did you mean America/Denver?)"},
		{"US/Mountian", "(did you mean America/Denver"}, // not the link US/Mountain
		{"Asia/Calcuta", "(did you mean Asia/Kolkata?)"},
		{"mountain standard time", "(did you mean Mountain Standard Time?)"},
		{"UTC+25", "offsets run from UTC-12 to UTC+14"},
		{"UTC+5:3", "want a fixed offset such as UTC-7"},
		{"UTC+", "want a fixed offset"},
		{"Etc/GMT+7", "tzdata: Etc/GMT+7 is UTC-7 (IANA's sign is inverted); write UTC-7"},
		{"Etc/GMT-5", "tzdata: Etc/GMT-5 is UTC+5 (IANA's sign is inverted); write UTC+5"},
		{"Etc/GMT-14", "Etc/GMT-14 is UTC+14"},
		{"Etc/GMT+12", "Etc/GMT+12 is UTC-12"},
		{"Etc/GMT+13", "unknown zone"},
		{"", "unknown zone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tzdata.ParseZone(tt.name)
			if err == nil || !errors.Is(err, tzdata.ErrUnknownZone) || errors.Is(err, tzdata.ErrAbbreviation) {
				t.Fatalf("ParseZone(%q) error = %v, want an unknown zone", tt.name, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseZone(%q) = %q, want %q in it", tt.name, err, tt.want)
			}
		})
	}
}

func FuzzParseZone(f *testing.F) {
	for _, s := range []string{"UTC-7", "UTC+05:30", "MST", "Mountain Standard Time", "America/Denver", "EST5EDT", "UTC+5:3", "utc", "UTC+99:99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		loc, err := tzdata.ParseZone(name)
		if err != nil {
			if !errors.Is(err, tzdata.ErrUnknownZone) {
				t.Errorf("ParseZone(%q) error %v does not wrap ErrUnknownZone", name, err)
			}
			return
		}
		again, err := tzdata.ParseZone(loc.String())
		if err != nil || again.String() != loc.String() {
			t.Errorf("ParseZone(%q) = %s, which reads back as %v, %v", name, loc, again, err)
		}
	})
}
