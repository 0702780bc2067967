package tzdata

import (
	"archive/zip"
	"bytes"
	"cmp"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"
)

// Refresh the embedded database from the running Go toolchain with
//
//	go generate ./tzdata
//
// which copies $(go env GOROOT)/lib/time/zoneinfo.zip and writes the IANA
// release it holds to version.txt. Commit both files together.
//go:generate go run refresh.go

//go:embed zoneinfo.zip
var zipData []byte

//go:embed version.txt
var version string

// Version returns the IANA release of the embedded database, such as "2025c".
func Version() string { return strings.TrimSpace(version) }

// ErrUnknownZone is wrapped by the error [Load] returns for a name that is
// not a zone of the embedded database.
var ErrUnknownZone = errors.New("tzdata: unknown zone")

// db is the embedded database, opened once, and the process-wide cache of
// the zones read from it. Its contents never change, and every cached
// value is immutable once published (an entry's Zone is built under its
// sync.Once), so sharing it between goroutines is safe. The cache holds at
// most one entry per zone of the database.
var db struct {
	once  sync.Once
	files map[string]*zip.File
	names []string // sorted
	lower []string // names in lower case, for suggest
	err   error
	mu    sync.Mutex // held while a zone read by Load is published
	cache sync.Map   // name -> *entry
	byLoc sync.Map   // *time.Location -> *entry, for ZoneOf
}

func open() error {
	db.once.Do(func() {
		r, err := zip.NewReader(bytes.NewReader(zipData), int64(len(zipData)))
		if err != nil {
			db.err = fmt.Errorf("tzdata: embedded database: %w", err)
			return
		}
		db.files = make(map[string]*zip.File, len(r.File))
		for _, f := range r.File {
			if strings.HasSuffix(f.Name, "/") {
				continue
			}
			db.files[f.Name] = f
			db.names = append(db.names, f.Name)
		}
		slices.Sort(db.names)
		db.lower = make([]string, len(db.names))
		for i, n := range db.names {
			db.lower[i] = strings.ToLower(n)
		}
	})
	return db.err
}

// Names returns the names of every zone in the embedded database, sorted.
func Names() []string {
	if open() != nil {
		return nil
	}
	return append([]string(nil), db.names...)
}

// Load returns the zone called name from the embedded database, so that
// every program computes the same instants whatever its host has installed.
// It does not consult the host's files, the ZONEINFO variable or
// time/tzdata, and it does not change what [time.LoadLocation] returns.
//
// Names are case-sensitive IANA names such as "America/Denver". "UTC" gives
// [time.UTC]. The empty name, "Local", relative or absolute paths and names
// in the wrong case fail with an error that wraps [ErrUnknownZone] and
// suggests up to three real names, for example
//
//	tzdata: unknown zone "America/Denvr" (did you mean America/Denver?)
//
// Load is safe for concurrent use; each zone is read once.
func Load(name string) (*time.Location, error) {
	if name == "UTC" {
		return time.UTC, nil
	}
	if v, ok := db.cache.Load(name); ok {
		return v.(*entry).loc, nil
	}
	if err := open(); err != nil {
		return nil, err
	}
	f, ok := db.files[name]
	if !ok || name == "Local" {
		return nil, unknown(name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("tzdata: load %q: %w", name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, 1<<20))
	if err != nil {
		return nil, fmt.Errorf("tzdata: load %q: %w", name, err)
	}
	loc, err := time.LoadLocationFromTZData(name, data)
	if err != nil {
		return nil, fmt.Errorf("tzdata: load %q: %w", name, err)
	}
	// The first goroutine to read a zone publishes it, in byLoc before
	// cache, so that every location Load returns is known to ZoneOf.
	db.mu.Lock()
	defer db.mu.Unlock()
	if v, ok := db.cache.Load(name); ok {
		return v.(*entry).loc, nil
	}
	e := &entry{loc: loc}
	db.byLoc.Store(loc, e)
	db.cache.Store(name, e)
	return loc, nil
}

// maxName bounds how much of an unknown name Load quotes and compares:
// the longest real name has 32 bytes, and an error should stay readable
// (and suggesting cheap) whatever a caller passes.
const maxName = 64

func unknown(name string) error {
	quoted := fmt.Sprintf("%q", name)
	if len(name) > maxName {
		quoted = fmt.Sprintf("%q... (%d bytes)", name[:maxName], len(name))
		name = name[:maxName]
	}
	s := suggest(name, 3)
	if len(s) == 0 {
		return fmt.Errorf("%w %s", ErrUnknownZone, quoted)
	}
	return fmt.Errorf("%w %s (did you mean %s?)", ErrUnknownZone, quoted, strings.Join(s, ", "))
}

// suggest returns up to n zone names close to name: a name equal but for
// case alone, else the nearest by edit distance on the whole name or on
// its last element ("Denvr" finds America/Denver, "Berlin" Europe/Berlin).
// A candidate may differ by about a third of the element's length, at
// least one edit, and by at most one edit more than the best candidate,
// so that "Denver" does not also suggest America/North_Dakota/Center. Ties
// go to the nearer whole name ("US/Mountian" suggests US/Mountain first),
// then to alphabetical order. name has at most maxName bytes (unknown
// cuts it), which keeps the distances cheap.
func suggest(name string, n int) []string {
	if strings.TrimSpace(name) == "" {
		return nil
	}
	lower := strings.ToLower(name)
	for i, lz := range db.lower {
		if lz == lower {
			return []string{db.names[i]}
		}
	}
	base := lower[strings.LastIndex(lower, "/")+1:]
	limit := max(1, len(base)/3)
	type cand struct {
		name        string
		dist, whole int
	}
	// Two strings whose lengths differ by more than limit are further
	// apart than limit, so most names are passed over without computing a
	// distance.
	near := func(a, b string) bool { return max(len(a)-len(b), len(b)-len(a)) <= limit }
	var cs []cand
	var buf []int
	for i, lz := range db.lower {
		d, whole := limit+1, -1
		if near(lower, lz) {
			whole = distance(lower, lz, &buf)
			d = whole
		}
		if zb := lz[strings.LastIndex(lz, "/")+1:]; base != "" && near(base, zb) {
			d = min(d, distance(base, zb, &buf))
		}
		if d <= limit {
			if whole < 0 {
				whole = distance(lower, lz, &buf)
			}
			cs = append(cs, cand{db.names[i], d, whole})
		}
	}
	slices.SortFunc(cs, func(a, b cand) int {
		return cmp.Or(cmp.Compare(a.dist, b.dist), cmp.Compare(a.whole, b.whole), strings.Compare(a.name, b.name))
	})
	var out []string
	for _, c := range cs {
		if len(out) == n || c.dist > cs[0].dist+1 {
			break
		}
		out = append(out, c.name)
	}
	return out
}

// distance is the Levenshtein distance between a and b, in bytes. It
// keeps its two rows in *buf, so that suggest allocates them once.
func distance(a, b string, buf *[]int) int {
	if cap(*buf) < 2*(len(b)+1) {
		*buf = make([]int, 2*(len(b)+1))
	}
	prev := (*buf)[:len(b)+1]
	cur := (*buf)[len(b)+1 : 2*(len(b)+1)]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
