package tzdata

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prostar/maintenance/internal/english"
)

// ErrAbbreviation is wrapped by the error [ParseZone] returns for a time
// zone abbreviation ("MST", "CEST") or a legacy abbreviation-like IANA name
// ("EST5EDT", "MET"). Such errors also wrap [ErrUnknownZone].
var ErrAbbreviation = errors.New("tzdata: a time zone abbreviation is not a zone")

// legacyNames are the IANA names that look like abbreviations or POSIX TZ
// strings. The database keeps them for compatibility only, and each is
// rarely what a person writing it meant: EST, MST and HST keep one offset
// all year (EST is UTC-5, so "EST" in July is not New York's time), and
// the others follow one country's daylight saving rules (CET, MET, EET
// and WET the EU's, EST5EDT and the like the United States') wherever the
// writer is.
var legacyNames = map[string]bool{
	"EST": true, "MST": true, "HST": true,
	"EST5EDT": true, "CST6CDT": true, "MST7MDT": true, "PST8PDT": true,
	"CET": true, "MET": true, "EET": true, "WET": true,
}

// ParseZone returns the zone a spec, a policy file or a person names. It
// accepts
//
//   - IANA names, as [Load] takes them: "America/Denver", "UTC";
//   - fixed offsets from UTC: "UTC-7", "UTC+5:30", "UTC+05:30", "UTC+5:45",
//     from UTC-12 to UTC+14. The zone's name, and so its String, is the
//     canonical form [english.UTCOffset] writes ("UTC-7", "UTC+5:30"),
//     which ParseZone reads back;
//   - Windows zone names ("Mountain Standard Time"), through [WindowsZone];
//     a name CLDR maps to a fixed offset ("Dateline Standard Time", Etc/GMT+12)
//     gives the fixed zone named as above ("UTC-12").
//
// It refuses, with an error wrapping [ErrAbbreviation], a time zone
// abbreviation (MST, MDT, CET, CEST, IST, AEST and every other alphabetic
// abbreviation the embedded zones use) and the legacy IANA names EST, MST,
// HST, EST5EDT, CST6CDT, MST7MDT, PST8PDT, CET, MET, EET and WET. An
// abbreviation is a season of a zone, not a zone: MST is Denver's winter
// and Phoenix's whole year. The message names the zones that use it, for
// example
//
//	tzdata: "MDT" is a time zone abbreviation, not a zone: it is the summer time (UTC-6) of America/Denver, America/Edmonton, America/Cambridge_Bay, America/Inuvik and 4 more; write the zone you mean, or UTC-6 for a fixed offset
//
// The zones are those of the embedded release that use the abbreviation
// in the release's year and the next (2025 and 2026 for release 2025c):
// ParseZone never reads the clock, so the same binary always gives the
// same answer. They are listed most common first, approximated by CLDR's
// order (the zone Windows means by a name first, then its territory
// lists), then alphabetically; deprecated links are never listed.
//
// It refuses, with an error wrapping [ErrUnknownZone], the names
// "Etc/GMT+7" and "Etc/GMT-5", whose sign POSIX inverted: Etc/GMT+7 is
// UTC-7. Few readers know that, so the message names the offset to write
// instead. "Etc/GMT", "Etc/GMT+0" and "Etc/UTC" are UTC and load as named.
//
// For any other name the error wraps [ErrUnknownZone] and suggests up to
// three canonical zones, never a deprecated link or a legacy name:
// "US/Mountian" suggests America/Denver rather than US/Mountain.
func ParseZone(name string) (*time.Location, error) {
	if name == "UTC" {
		return time.UTC, nil
	}
	if loc, ok, err := fixedZone(name); ok {
		return loc, err
	}
	if legacyNames[name] {
		return nil, abbreviationError(name, true)
	}
	if off, ok := etcOffset(name); ok {
		return nil, &invertedErr{name, english.UTCOffset(off)}
	}
	if iana, ok := WindowsZone(name); ok {
		if off, ok := etcOffset(iana); ok {
			// "UTC-11" is Etc/GMT+11; the fixed zone's name reads back.
			loc, _, err := fixedZone(english.UTCOffset(off))
			return loc, err
		}
		return Load(iana)
	}
	if isAbbreviation(name) {
		return nil, abbreviationError(name, false)
	}
	loc, err := Load(name)
	if errors.Is(err, ErrUnknownZone) {
		return nil, unknownName(name)
	}
	return loc, err
}

// fixedZone reads "UTC+H", "UTC+H:MM" or "UTC+HH:MM" (or a minus sign). ok
// reports whether name has that shape; err whether the numbers are out of
// range.
func fixedZone(name string) (loc *time.Location, ok bool, err error) {
	rest, found := strings.CutPrefix(name, "UTC")
	if !found || rest == "" || (rest[0] != '+' && rest[0] != '-') {
		return nil, false, nil
	}
	sign := 1
	if rest[0] == '-' {
		sign = -1
	}
	hs, ms, colon := strings.Cut(rest[1:], ":")
	h, errH := strconv.Atoi(hs)
	m := 0
	var errM error
	if colon {
		m, errM = strconv.Atoi(ms)
	}
	if errH != nil || errM != nil || len(hs) == 0 || len(hs) > 2 || hs[0] == '+' || hs[0] == '-' ||
		(colon && len(ms) != 2) {
		return nil, true, fmt.Errorf("%w %q (want a fixed offset such as UTC-7, UTC+5:30 or UTC+05:30)", ErrUnknownZone, name)
	}
	secs := sign * (h*3600 + m*60)
	if m > 59 || secs < -12*3600 || secs > 14*3600 {
		return nil, true, fmt.Errorf("%w %q (offsets run from UTC-12 to UTC+14, minutes 00..59)", ErrUnknownZone, name)
	}
	canon := english.UTCOffset(secs)
	if secs == 0 {
		return time.UTC, true, nil
	}
	return time.FixedZone(canon, secs), true, nil
}

// etcOffset reads the names "Etc/GMT+1" to "Etc/GMT+12" and "Etc/GMT-1"
// to "Etc/GMT-14" and returns the offset each means, in seconds east of
// UTC: Etc/GMT+7 is -7 hours.
func etcOffset(name string) (secs int, ok bool) {
	rest, found := strings.CutPrefix(name, "Etc/GMT")
	if !found || len(rest) < 2 || len(rest) > 3 || (rest[0] != '+' && rest[0] != '-') {
		return 0, false
	}
	h, err := strconv.Atoi(rest[1:])
	if err != nil || rest[1] == '0' || (rest[0] == '+' && h > 12) || (rest[0] == '-' && h > 14) {
		return 0, false
	}
	if rest[0] == '+' {
		h = -h
	}
	return h * 3600, true
}

// invertedErr refuses an Etc/GMT name with a sign: the offset is what to
// write.
type invertedErr struct{ name, offset string }

func (e *invertedErr) Error() string {
	return fmt.Sprintf("tzdata: %s is %s (IANA's sign is inverted); write %s", e.name, e.offset, e.offset)
}

func (e *invertedErr) Unwrap() error { return ErrUnknownZone }

// A use is one zone's use of an abbreviation in the reference years.
type use struct {
	zone   string
	offset int    // seconds east of UTC
	season string // "the standard time", "the summer time" or "the time all year"
}

// abbreviations maps each alphabetic abbreviation of the embedded zones,
// in upper case, to the canonical zones using it in the reference years.
// It is built once, on the first refusal or check, and never changes.
var abbreviations = sync.OnceValue(func() map[string][]use {
	out := map[string][]use{}
	year := referenceYear()
	from := time.Date(year, time.January, 1, 12, 0, 0, 0, time.UTC)
	to := from.AddDate(2, 0, 0)
	for _, zone := range Names() {
		if isLink(zone) || legacyNames[zone] || zone == "Factory" || strings.HasPrefix(zone, "Etc/") {
			continue
		}
		loc, err := Load(zone)
		if err != nil {
			continue
		}
		type key struct {
			abbr   string
			offset int
		}
		seen := map[key]bool{}
		var order []key
		// Every 12 hours: no zone changes its clocks twice in half a day,
		// so each season of the two years is sampled.
		for t := from; t.Before(to); t = t.Add(12 * time.Hour) {
			lt := t.In(loc)
			abbr, off := lt.Zone()
			k := key{abbr, off}
			if !seen[k] {
				seen[k] = true
				order = append(order, k)
			}
		}
		// The season is read from the offsets, not from the zone's DST
		// flag: Europe/Dublin's data marks its winter as the "daylight"
		// time (a negative saving), but readers call IST its summer.
		lo := order[0].offset
		for _, k := range order {
			lo = min(lo, k.offset)
		}
		for _, k := range order {
			if !alphabetic(k.abbr) {
				continue
			}
			season := "the standard time"
			switch {
			case len(order) == 1:
				season = "the time all year"
			case k.offset > lo:
				season = "the summer time"
			}
			up := strings.ToUpper(k.abbr)
			out[up] = append(out[up], use{zone, k.offset, season})
		}
	}
	return out
})

// referenceYear is the year of the embedded release ("2025c" gives 2025):
// "now", for the abbreviation messages, without reading the clock.
func referenceYear() int {
	v := Version()
	if len(v) >= 4 {
		if y, err := strconv.Atoi(v[:4]); err == nil {
			return y
		}
	}
	return 2025
}

func alphabetic(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// isAbbreviation reports whether name, in any case, is an abbreviation
// some zone uses in the reference years.
func isAbbreviation(name string) bool {
	if !alphabetic(name) || len(name) > 6 {
		return false
	}
	_, ok := abbreviations()[strings.ToUpper(name)]
	return ok
}

// rankZones sorts zones most common first (see ParseZone).
func rankZones(zones []string) {
	rank := windows().rank
	slices.SortFunc(zones, func(a, b string) int {
		ra, okA := rank[a]
		rb, okB := rank[b]
		switch {
		case okA && okB:
			return cmp.Compare(ra, rb)
		case okA:
			return -1
		case okB:
			return 1
		}
		return strings.Compare(a, b)
	})
}

// maxListed bounds the zones a message names for one offset and season.
const maxListed = 4

// listZones writes "A, B, C, D and 3 more" or "A, B and C".
func listZones(zones []string) string {
	if len(zones) > maxListed {
		return strings.Join(zones[:maxListed], ", ") + " and " + strconv.Itoa(len(zones)-maxListed) + " more"
	}
	return english.List(zones...)
}

// abbreviationError explains why name is not a zone and which zones the
// writer may have meant.
func abbreviationError(name string, legacy bool) error {
	subject := fmt.Sprintf("%q is a time zone abbreviation, not a zone", name)
	if legacy {
		subject = fmt.Sprintf("%q is a legacy IANA name kept for old systems, not a zone to write", name)
		if name == "EST" || name == "MST" || name == "HST" {
			subject += " (it keeps one offset all year)"
		}
	}
	uses := abbreviations()[strings.ToUpper(name)]
	if len(uses) == 0 && legacy {
		return legacyError(name, subject)
	}
	type group struct {
		offset int
		season string
		zones  []string
	}
	var groups []*group
	for _, u := range uses {
		i := slices.IndexFunc(groups, func(g *group) bool { return g.offset == u.offset && g.season == u.season })
		if i < 0 {
			groups = append(groups, &group{offset: u.offset, season: u.season})
			i = len(groups) - 1
		}
		groups[i].zones = append(groups[i].zones, u.zone)
	}
	rank := windows().rank
	best := func(g *group) int {
		r := 1 << 30
		for _, z := range g.zones {
			if v, ok := rank[z]; ok {
				r = min(r, v)
			}
		}
		return r
	}
	for _, g := range groups {
		rankZones(g.zones)
	}
	// Groups with more zones first, then by their best-ranked zone.
	slices.SortStableFunc(groups, func(a, b *group) int {
		return cmp.Or(cmp.Compare(len(b.zones), len(a.zones)), cmp.Compare(best(a), best(b)))
	})
	parts := make([]string, len(groups))
	for i, g := range groups {
		off := english.UTCOffset(g.offset)
		parts[i] = fmt.Sprintf("%s (%s) of %s", g.season, off, listZones(g.zones))
	}
	// Every offset the groups name, so that "IST" does not suggest the
	// first group's UTC+2 to a reader in Kolkata.
	var offsets []string
	for _, g := range groups {
		if o := english.UTCOffset(g.offset); !slices.Contains(offsets, o) {
			offsets = append(offsets, o)
		}
	}
	fixed := offsets[len(offsets)-1]
	if len(offsets) > 1 {
		fixed = strings.Join(offsets[:len(offsets)-1], ", ") + " or " + fixed
	}
	return &abbreviationErr{fmt.Sprintf("tzdata: %s: it is %s; write the zone you mean, or %s for a fixed offset",
		subject, strings.Join(parts, "; "), fixed)}
}

// legacyError explains a legacy name no zone uses as an abbreviation now
// (EST5EDT, MET): it lists the zones whose clocks agree with it at every
// moment of the reference years.
func legacyError(name, subject string) error {
	loc, err := Load(name)
	if err != nil {
		return &abbreviationErr{"tzdata: " + subject}
	}
	year := referenceYear()
	from := time.Date(year, time.January, 1, 12, 0, 0, 0, time.UTC)
	to := from.AddDate(2, 0, 0)
	var same []string
	for _, zone := range Names() {
		if isLink(zone) || legacyNames[zone] || strings.HasPrefix(zone, "Etc/") {
			continue
		}
		z, err := Load(zone)
		if err != nil {
			continue
		}
		agree := true
		for t := from; agree && t.Before(to); t = t.Add(12 * time.Hour) {
			_, a := t.In(loc).Zone()
			_, b := t.In(z).Zone()
			agree = a == b
		}
		if agree {
			same = append(same, zone)
		}
	}
	rankZones(same)
	if len(same) == 0 {
		return &abbreviationErr{"tzdata: " + subject}
	}
	return &abbreviationErr{fmt.Sprintf("tzdata: %s: in %d and %d its clocks are those of %s; write the zone you mean",
		subject, year, year+1, listZones(same))}
}

// abbreviationErr is the error for an abbreviation or a legacy name. It
// matches both ErrAbbreviation and ErrUnknownZone, so that a caller that
// only knows the latter still sees an unknown zone.
type abbreviationErr struct{ msg string }

func (e *abbreviationErr) Error() string { return e.msg }

func (e *abbreviationErr) Is(target error) bool {
	return target == ErrAbbreviation || target == ErrUnknownZone
}

// unknownName is the error for a name that is no zone: up to three
// suggestions, canonical zones only, and a Windows name spelled in
// another case.
func unknownName(name string) error {
	quoted := fmt.Sprintf("%q", name)
	if len(name) > maxName {
		quoted = fmt.Sprintf("%q... (%d bytes)", name[:maxName], len(name))
		name = name[:maxName]
	}
	var out []string
	for w := range windows().zone {
		if strings.EqualFold(w, name) {
			out = append(out, w)
		}
	}
	if open() == nil {
		for _, s := range suggest(name, 10) {
			if legacyNames[s] {
				continue
			}
			if c := canonical(s); !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	if len(out) > 3 {
		out = out[:3]
	}
	if len(out) == 0 {
		return fmt.Errorf("%w %s", ErrUnknownZone, quoted)
	}
	return fmt.Errorf("%w %s (did you mean %s?)", ErrUnknownZone, quoted, strings.Join(out, ", "))
}
