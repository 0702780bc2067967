package tzdata_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
)

// The differential test checks tzdata against Python's zoneinfo, an
// independent reader of the same TZif files. testdata/zoneinfo.csv holds
// its answers; regenerate it from the repository root with
//
//	python3 tzdata/testdata/gen_zoneinfo.py > tzdata/testdata/zoneinfo.csv
//
// after refreshing zoneinfo.zip (go generate ./tzdata).

const zoneinfoCSV = "testdata/zoneinfo.csv"

// pyData is the parsed content of testdata/zoneinfo.csv.
type pyData struct {
	version, sha256 string               // of the zip the script read
	transitions     map[string][]pyTrans // by zone, in order
	walls           []pyWall
}

type pyTrans struct {
	At            string // RFC 3339, UTC
	Before, After tzdata.Offset
}

type pyWall struct {
	line                       int
	zone, wall                 string
	kind                       string
	compatible, earlier, later string // RFC 3339, UTC
	reject                     string // "ok", "nonexistent" or "ambiguous"
}

func readPyData(t *testing.T) *pyData {
	t.Helper()
	data, err := os.ReadFile(zoneinfoCSV)
	if err != nil {
		t.Fatal(err)
	}
	d := &pyData{transitions: map[string][]pyTrans{}}
	// The header comments are part of the contract: they name the zip.
	for _, line := range strings.Split(string(data[:min(len(data), 4096)]), "\n") {
		if rest, ok := strings.CutPrefix(line, "# source: tzdata/zoneinfo.zip IANA "); ok {
			fields := strings.Fields(rest)
			if len(fields) == 3 && fields[1] == "sha256" {
				d.version, d.sha256 = fields[0], fields[2]
			}
		}
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comment = '#'
	r.FieldsPerRecord = -1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		line, _ := r.FieldPos(0)
		switch {
		case rec[0] == "T" && len(rec) == 7:
			bo, err1 := strconv.Atoi(rec[4])
			ao, err2 := strconv.Atoi(rec[6])
			if err := errors.Join(err1, err2); err != nil {
				t.Fatalf("%s:%d: %v", zoneinfoCSV, line, err)
			}
			d.transitions[rec[1]] = append(d.transitions[rec[1]], pyTrans{
				At:     rec[2],
				Before: tzdata.Offset{Name: rec[3], Seconds: bo},
				After:  tzdata.Offset{Name: rec[5], Seconds: ao},
			})
		case rec[0] == "W" && len(rec) == 8:
			d.walls = append(d.walls, pyWall{line, rec[1], rec[2], rec[3], rec[4], rec[5], rec[6], rec[7]})
		default:
			t.Fatalf("%s:%d: malformed record %q", zoneinfoCSV, line, rec)
		}
	}
	// Checked here, so that no test over the rows passes on a cut file.
	if len(d.walls) < 10000 || len(d.transitions) < 20 {
		t.Fatalf("%s: %d wall rows in %d zones, want a full file", zoneinfoCSV, len(d.walls), len(d.transitions))
	}
	return d
}

// TestZoneinfoSource checks that the CSV was generated from the zip this
// package embeds (a refreshed zip needs a regenerated CSV) and, through
// readPyData, that it is whole.
func TestZoneinfoSource(t *testing.T) {
	d := readPyData(t)
	zip, err := os.ReadFile("zoneinfo.zip")
	if err != nil {
		t.Fatal(err)
	}
	got := [2]string{d.version, d.sha256}
	want := [2]string{tzdata.Version(), fmt.Sprintf("%x", sha256.Sum256(zip))}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s header does not match the embedded zip; regenerate it (-want +got):\n%s", zoneinfoCSV, diff)
	}
}

// TestDateZoneinfo checks every wall-time row of the CSV under all four
// disambiguations, and what Read reports.
func TestDateZoneinfo(t *testing.T) {
	d := readPyData(t)
	type result struct {
		Kind                        string
		Compatible, Earlier, Later  string
		Reject                      string
		LocationOK, ShiftMatchesGap bool
	}
	locs := map[string]*time.Location{}
	failures := 0
	for _, w := range d.walls {
		loc, ok := locs[w.zone]
		if !ok {
			var err error
			if loc, err = tzdata.Load(w.zone); err != nil {
				t.Fatal(err)
			}
			locs[w.zone] = loc
		}
		wall, err := time.Parse("2006-01-02T15:04:05", w.wall)
		if err != nil {
			t.Fatalf("%s:%d: %v", zoneinfoCSV, w.line, err)
		}
		want := result{w.kind, w.compatible, w.earlier, w.later, w.reject, true, true}

		r := tzdata.Read(civil.DateTimeOf(wall), loc)
		var got result
		got.Kind = r.Kind.String()
		got.LocationOK = r.Earlier.Location() == loc && r.Later.Location() == loc
		got.ShiftMatchesGap = r.Shift() == r.Later.Sub(r.Earlier) && (r.Kind == tzdata.Exact) == (r.Shift() == 0)
		for _, dis := range []tzdata.Disambiguation{tzdata.Compatible, tzdata.Earlier, tzdata.Later} {
			at, err := tzdata.Date(civil.DateTimeOf(wall), loc, dis)
			s := at.UTC().Format(time.RFC3339)
			if err != nil {
				s = "error: " + err.Error()
			}
			switch dis {
			case tzdata.Compatible:
				got.Compatible = s
			case tzdata.Earlier:
				got.Earlier = s
			case tzdata.Later:
				got.Later = s
			}
		}
		_, err = tzdata.Date(civil.DateTimeOf(wall), loc, tzdata.Reject)
		got.Reject = errorKind(err)

		if diff := cmp.Diff(want, got); diff != "" {
			failures++
			t.Errorf("%s:%d: Date(%s, %s) mismatch (-want +got):\n%s", zoneinfoCSV, w.line, w.wall, w.zone, diff)
			if failures == 20 {
				t.Fatal("too many failures")
			}
		}
	}
}

// errorKind names the sentinel err wraps as the CSV does.
func errorKind(err error) string {
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, tzdata.ErrNonexistent):
		return "nonexistent"
	case errors.Is(err, tzdata.ErrAmbiguous):
		return "ambiguous"
	}
	return "error: " + err.Error()
}

// TestTransitionsZoneinfo checks Transitions against every transition
// Python finds in the CSV's range.
func TestTransitionsZoneinfo(t *testing.T) {
	d := readPyData(t)
	from := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC)
	// Every zone with transition or wall rows, so that zones without
	// changes (Phoenix, Kolkata) are checked to have none.
	zones := slices.Collect(maps.Keys(d.transitions))
	for _, w := range d.walls {
		zones = append(zones, w.zone)
	}
	slices.Sort(zones)
	zones = slices.Compact(zones)
	for _, zone := range zones {
		t.Run(zone, func(t *testing.T) {
			loc, err := tzdata.Load(zone)
			if err != nil {
				t.Fatal(err)
			}
			var got []pyTrans
			for tr := range tzdata.Transitions(loc, from, to) {
				got = append(got, pyTrans{tr.At.Format(time.RFC3339), tr.Before, tr.After})
			}
			if diff := cmp.Diff(d.transitions[zone], got); diff != "" {
				t.Errorf("Transitions(%s, 1970, 2040) mismatch (-want +got):\n%s", zone, diff)
			}
		})
	}
}
