package tzdata

import (
	_ "embed"
	"strings"
	"sync"
)

// links.txt lists the links of the embedded IANA release, one "LINK TARGET"
// pair a line: the names the release keeps only for compatibility
// (US/Mountain, Asia/Calcutta, EST) and the canonical zone each stands
// for. It is the release's backward and etcetera files' Link lines, kept
// where the embedded zip holds the same data for both names: Go builds
// the zip with the release's backzone file, so names such as Europe/Oslo
// and Atlantic/Reykjavik keep their own history before 1970 and are zones
// here, not aliases. The zip alone cannot say which of two identical zones
// is the link. refresh_names.go rewrites the file when version.txt
// changes.
//
//go:embed links.txt
var linksData string

// linkTable maps each link to its canonical zone. It is built once and
// never changes.
var linkTable = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, 300)
	for _, line := range strings.Split(linksData, "\n") {
		link, target, ok := strings.Cut(strings.TrimSpace(line), " ")
		if ok {
			m[link] = target
		}
	}
	return m
})

// canonical returns the canonical zone that name links to, or name itself
// when it is not a link: canonical("Asia/Calcutta") == "Asia/Kolkata".
func canonical(name string) string {
	if t, ok := linkTable()[name]; ok {
		return t
	}
	return name
}

// isLink reports whether name is a link of the embedded release rather
// than a canonical zone.
func isLink(name string) bool {
	_, ok := linkTable()[name]
	return ok
}
