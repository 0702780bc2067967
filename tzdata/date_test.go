package tzdata_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
)

// A dateTest is a wall time and what each disambiguation makes of it.
// Instants are written as the wall clock and abbreviation they read in the
// zone, which names the instant in each of these zones and checks the
// abbreviation too. For a skipped wall time W with a gap of S, Earlier
// reads W-S in the old offset and Later (and Compatible) W+S in the new;
// for a repeated one both read W, in the old and the new offset.
type dateTest struct {
	name       string
	zone       string
	wall       string // "2006-01-02 15:04:05", may be out of range ("24:00")
	kind       tzdata.WallKind
	compatible string
	earlier    string
	later      string
}

const localLayout = "2006-01-02 15:04:05 MST"

var dateTests = []dateTest{
	// America/Denver 2026: 02:00 MST -> 03:00 MDT on 03-08 (09:00Z), 02:00 MDT
	// -> 01:00 MST on 11-01 (08:00Z).
	{"Denver/spring/before gap -1s", "America/Denver", "2026-03-08 01:59:59", tzdata.Exact, "2026-03-08 01:59:59 MST", "2026-03-08 01:59:59 MST", "2026-03-08 01:59:59 MST"},
	{"Denver/spring/gap start", "America/Denver", "2026-03-08 02:00:00", tzdata.Skipped, "2026-03-08 03:00:00 MDT", "2026-03-08 01:00:00 MST", "2026-03-08 03:00:00 MDT"},
	{"Denver/spring/gap start +1s", "America/Denver", "2026-03-08 02:00:01", tzdata.Skipped, "2026-03-08 03:00:01 MDT", "2026-03-08 01:00:01 MST", "2026-03-08 03:00:01 MDT"},
	{"Denver/spring/gap middle", "America/Denver", "2026-03-08 02:30:00", tzdata.Skipped, "2026-03-08 03:30:00 MDT", "2026-03-08 01:30:00 MST", "2026-03-08 03:30:00 MDT"},
	{"Denver/spring/gap end -1s", "America/Denver", "2026-03-08 02:59:59", tzdata.Skipped, "2026-03-08 03:59:59 MDT", "2026-03-08 01:59:59 MST", "2026-03-08 03:59:59 MDT"},
	{"Denver/spring/gap end", "America/Denver", "2026-03-08 03:00:00", tzdata.Exact, "2026-03-08 03:00:00 MDT", "2026-03-08 03:00:00 MDT", "2026-03-08 03:00:00 MDT"},
	{"Denver/spring/gap end +1s", "America/Denver", "2026-03-08 03:00:01", tzdata.Exact, "2026-03-08 03:00:01 MDT", "2026-03-08 03:00:01 MDT", "2026-03-08 03:00:01 MDT"},
	{"Denver/spring/normalized 26:30 of the day before", "America/Denver", "2026-03-07 26:30:00", tzdata.Skipped, "2026-03-08 03:30:00 MDT", "2026-03-08 01:30:00 MST", "2026-03-08 03:30:00 MDT"},
	{"Denver/fall/before overlap -1s", "America/Denver", "2026-11-01 00:59:59", tzdata.Exact, "2026-11-01 00:59:59 MDT", "2026-11-01 00:59:59 MDT", "2026-11-01 00:59:59 MDT"},
	{"Denver/fall/overlap start", "America/Denver", "2026-11-01 01:00:00", tzdata.Repeated, "2026-11-01 01:00:00 MDT", "2026-11-01 01:00:00 MDT", "2026-11-01 01:00:00 MST"},
	{"Denver/fall/overlap start +1s", "America/Denver", "2026-11-01 01:00:01", tzdata.Repeated, "2026-11-01 01:00:01 MDT", "2026-11-01 01:00:01 MDT", "2026-11-01 01:00:01 MST"},
	{"Denver/fall/overlap middle", "America/Denver", "2026-11-01 01:30:00", tzdata.Repeated, "2026-11-01 01:30:00 MDT", "2026-11-01 01:30:00 MDT", "2026-11-01 01:30:00 MST"},
	{"Denver/fall/overlap end -1s", "America/Denver", "2026-11-01 01:59:59", tzdata.Repeated, "2026-11-01 01:59:59 MDT", "2026-11-01 01:59:59 MDT", "2026-11-01 01:59:59 MST"},
	{"Denver/fall/overlap end", "America/Denver", "2026-11-01 02:00:00", tzdata.Exact, "2026-11-01 02:00:00 MST", "2026-11-01 02:00:00 MST", "2026-11-01 02:00:00 MST"},
	{"Denver/fall/overlap end +1s", "America/Denver", "2026-11-01 02:00:01", tzdata.Exact, "2026-11-01 02:00:01 MST", "2026-11-01 02:00:01 MST", "2026-11-01 02:00:01 MST"},
	// DESIGN.md known answers: January 25th 2020 is MST, not MDT; the
	// 2026-10-31 window starts in MDT and ends in MST, 5 hours later.
	{"Denver/known/2020-01-25 22:00 is MST", "America/Denver", "2020-01-25 22:00:00", tzdata.Exact, "2020-01-25 22:00:00 MST", "2020-01-25 22:00:00 MST", "2020-01-25 22:00:00 MST"},
	{"Denver/known/2020-01-26 02:00", "America/Denver", "2020-01-26 02:00:00", tzdata.Exact, "2020-01-26 02:00:00 MST", "2020-01-26 02:00:00 MST", "2020-01-26 02:00:00 MST"},
	{"Denver/known/2026-10-31 22:00 is MDT", "America/Denver", "2026-10-31 22:00:00", tzdata.Exact, "2026-10-31 22:00:00 MDT", "2026-10-31 22:00:00 MDT", "2026-10-31 22:00:00 MDT"},
	{"Denver/known/2020-11-01 02:00 is MST", "America/Denver", "2020-11-01 02:00:00", tzdata.Exact, "2020-11-01 02:00:00 MST", "2020-11-01 02:00:00 MST", "2020-11-01 02:00:00 MST"},
	{"Denver/known/2037-11-01 01:30 past the explicit transitions", "America/Denver", "2037-11-01 01:30:00", tzdata.Repeated, "2037-11-01 01:30:00 MDT", "2037-11-01 01:30:00 MDT", "2037-11-01 01:30:00 MST"},

	// Europe/Berlin 2026: 02:00 CET -> 03:00 CEST on 03-29 (01:00Z), 03:00
	// CEST -> 02:00 CET on 10-25 (01:00Z).
	{"Berlin/spring/before gap -1s", "Europe/Berlin", "2026-03-29 01:59:59", tzdata.Exact, "2026-03-29 01:59:59 CET", "2026-03-29 01:59:59 CET", "2026-03-29 01:59:59 CET"},
	{"Berlin/spring/gap start", "Europe/Berlin", "2026-03-29 02:00:00", tzdata.Skipped, "2026-03-29 03:00:00 CEST", "2026-03-29 01:00:00 CET", "2026-03-29 03:00:00 CEST"},
	{"Berlin/spring/gap start +1s", "Europe/Berlin", "2026-03-29 02:00:01", tzdata.Skipped, "2026-03-29 03:00:01 CEST", "2026-03-29 01:00:01 CET", "2026-03-29 03:00:01 CEST"},
	{"Berlin/spring/gap middle", "Europe/Berlin", "2026-03-29 02:30:00", tzdata.Skipped, "2026-03-29 03:30:00 CEST", "2026-03-29 01:30:00 CET", "2026-03-29 03:30:00 CEST"},
	{"Berlin/spring/gap end -1s", "Europe/Berlin", "2026-03-29 02:59:59", tzdata.Skipped, "2026-03-29 03:59:59 CEST", "2026-03-29 01:59:59 CET", "2026-03-29 03:59:59 CEST"},
	{"Berlin/spring/gap end", "Europe/Berlin", "2026-03-29 03:00:00", tzdata.Exact, "2026-03-29 03:00:00 CEST", "2026-03-29 03:00:00 CEST", "2026-03-29 03:00:00 CEST"},
	{"Berlin/spring/gap end +1s", "Europe/Berlin", "2026-03-29 03:00:01", tzdata.Exact, "2026-03-29 03:00:01 CEST", "2026-03-29 03:00:01 CEST", "2026-03-29 03:00:01 CEST"},
	{"Berlin/fall/before overlap -1s", "Europe/Berlin", "2026-10-25 01:59:59", tzdata.Exact, "2026-10-25 01:59:59 CEST", "2026-10-25 01:59:59 CEST", "2026-10-25 01:59:59 CEST"},
	{"Berlin/fall/overlap start", "Europe/Berlin", "2026-10-25 02:00:00", tzdata.Repeated, "2026-10-25 02:00:00 CEST", "2026-10-25 02:00:00 CEST", "2026-10-25 02:00:00 CET"},
	{"Berlin/fall/overlap start +1s", "Europe/Berlin", "2026-10-25 02:00:01", tzdata.Repeated, "2026-10-25 02:00:01 CEST", "2026-10-25 02:00:01 CEST", "2026-10-25 02:00:01 CET"},
	{"Berlin/fall/overlap middle", "Europe/Berlin", "2026-10-25 02:30:00", tzdata.Repeated, "2026-10-25 02:30:00 CEST", "2026-10-25 02:30:00 CEST", "2026-10-25 02:30:00 CET"},
	{"Berlin/fall/overlap end -1s", "Europe/Berlin", "2026-10-25 02:59:59", tzdata.Repeated, "2026-10-25 02:59:59 CEST", "2026-10-25 02:59:59 CEST", "2026-10-25 02:59:59 CET"},
	{"Berlin/fall/overlap end", "Europe/Berlin", "2026-10-25 03:00:00", tzdata.Exact, "2026-10-25 03:00:00 CET", "2026-10-25 03:00:00 CET", "2026-10-25 03:00:00 CET"},
	{"Berlin/fall/overlap end +1s", "Europe/Berlin", "2026-10-25 03:00:01", tzdata.Exact, "2026-10-25 03:00:01 CET", "2026-10-25 03:00:01 CET", "2026-10-25 03:00:01 CET"},
	{"Berlin/known/2026-03-28 22:00", "Europe/Berlin", "2026-03-28 22:00:00", tzdata.Exact, "2026-03-28 22:00:00 CET", "2026-03-28 22:00:00 CET", "2026-03-28 22:00:00 CET"},
	{"Berlin/known/2025-10-25 22:00", "Europe/Berlin", "2025-10-25 22:00:00", tzdata.Exact, "2025-10-25 22:00:00 CEST", "2025-10-25 22:00:00 CEST", "2025-10-25 22:00:00 CEST"},
	{"Berlin/known/2025-10-26 02:00 repeated end", "Europe/Berlin", "2025-10-26 02:00:00", tzdata.Repeated, "2025-10-26 02:00:00 CEST", "2025-10-26 02:00:00 CEST", "2025-10-26 02:00:00 CET"},
	{"London/known/2026-03-29 01:30 skipped start", "Europe/London", "2026-03-29 01:30:00", tzdata.Skipped, "2026-03-29 02:30:00 BST", "2026-03-29 00:30:00 GMT", "2026-03-29 02:30:00 BST"},
	{"London/known/2026-03-29 02:30 end", "Europe/London", "2026-03-29 02:30:00", tzdata.Exact, "2026-03-29 02:30:00 BST", "2026-03-29 02:30:00 BST", "2026-03-29 02:30:00 BST"},
	{"New_York/known/2007-11-04 01:30 repeated start", "America/New_York", "2007-11-04 01:30:00", tzdata.Repeated, "2007-11-04 01:30:00 EDT", "2007-11-04 01:30:00 EDT", "2007-11-04 01:30:00 EST"},
	{"New_York/known/2007-11-04 02:30 end", "America/New_York", "2007-11-04 02:30:00", tzdata.Exact, "2007-11-04 02:30:00 EST", "2007-11-04 02:30:00 EST", "2007-11-04 02:30:00 EST"},

	// Australia/Lord_Howe 2026: a 30-minute shift. 02:00 +1030 -> 02:30 +11
	// on 10-04 (10-03 15:30Z); 02:00 +11 -> 01:30 +1030 on 04-05 (04-04 15:00Z).
	{"Lord_Howe/spring/before gap -1s", "Australia/Lord_Howe", "2026-10-04 01:59:59", tzdata.Exact, "2026-10-04 01:59:59 +1030", "2026-10-04 01:59:59 +1030", "2026-10-04 01:59:59 +1030"},
	{"Lord_Howe/spring/gap start (known answer)", "Australia/Lord_Howe", "2026-10-04 02:00:00", tzdata.Skipped, "2026-10-04 02:30:00 +11", "2026-10-04 01:30:00 +1030", "2026-10-04 02:30:00 +11"},
	{"Lord_Howe/spring/gap start +1s", "Australia/Lord_Howe", "2026-10-04 02:00:01", tzdata.Skipped, "2026-10-04 02:30:01 +11", "2026-10-04 01:30:01 +1030", "2026-10-04 02:30:01 +11"},
	{"Lord_Howe/spring/gap middle", "Australia/Lord_Howe", "2026-10-04 02:15:00", tzdata.Skipped, "2026-10-04 02:45:00 +11", "2026-10-04 01:45:00 +1030", "2026-10-04 02:45:00 +11"},
	{"Lord_Howe/spring/gap end -1s", "Australia/Lord_Howe", "2026-10-04 02:29:59", tzdata.Skipped, "2026-10-04 02:59:59 +11", "2026-10-04 01:59:59 +1030", "2026-10-04 02:59:59 +11"},
	{"Lord_Howe/spring/gap end", "Australia/Lord_Howe", "2026-10-04 02:30:00", tzdata.Exact, "2026-10-04 02:30:00 +11", "2026-10-04 02:30:00 +11", "2026-10-04 02:30:00 +11"},
	{"Lord_Howe/spring/gap end +1s", "Australia/Lord_Howe", "2026-10-04 02:30:01", tzdata.Exact, "2026-10-04 02:30:01 +11", "2026-10-04 02:30:01 +11", "2026-10-04 02:30:01 +11"},
	{"Lord_Howe/known/2026-10-04 03:00", "Australia/Lord_Howe", "2026-10-04 03:00:00", tzdata.Exact, "2026-10-04 03:00:00 +11", "2026-10-04 03:00:00 +11", "2026-10-04 03:00:00 +11"},
	{"Lord_Howe/fall/before overlap -1s", "Australia/Lord_Howe", "2026-04-05 01:29:59", tzdata.Exact, "2026-04-05 01:29:59 +11", "2026-04-05 01:29:59 +11", "2026-04-05 01:29:59 +11"},
	{"Lord_Howe/fall/overlap start", "Australia/Lord_Howe", "2026-04-05 01:30:00", tzdata.Repeated, "2026-04-05 01:30:00 +11", "2026-04-05 01:30:00 +11", "2026-04-05 01:30:00 +1030"},
	{"Lord_Howe/fall/overlap start +1s", "Australia/Lord_Howe", "2026-04-05 01:30:01", tzdata.Repeated, "2026-04-05 01:30:01 +11", "2026-04-05 01:30:01 +11", "2026-04-05 01:30:01 +1030"},
	{"Lord_Howe/fall/overlap middle", "Australia/Lord_Howe", "2026-04-05 01:45:00", tzdata.Repeated, "2026-04-05 01:45:00 +11", "2026-04-05 01:45:00 +11", "2026-04-05 01:45:00 +1030"},
	{"Lord_Howe/fall/overlap end -1s", "Australia/Lord_Howe", "2026-04-05 01:59:59", tzdata.Repeated, "2026-04-05 01:59:59 +11", "2026-04-05 01:59:59 +11", "2026-04-05 01:59:59 +1030"},
	{"Lord_Howe/fall/overlap end", "Australia/Lord_Howe", "2026-04-05 02:00:00", tzdata.Exact, "2026-04-05 02:00:00 +1030", "2026-04-05 02:00:00 +1030", "2026-04-05 02:00:00 +1030"},
	{"Lord_Howe/fall/overlap end +1s", "Australia/Lord_Howe", "2026-04-05 02:00:01", tzdata.Exact, "2026-04-05 02:00:01 +1030", "2026-04-05 02:00:01 +1030", "2026-04-05 02:00:01 +1030"},

	// Pacific/Chatham 2026: 45-minute offsets. 02:45 +1245 -> 03:45 +1345 on
	// 09-27 (09-26 14:00Z); 03:45 +1345 -> 02:45 +1245 on 04-05 (04-04 14:00Z).
	{"Chatham/spring/before gap -1s", "Pacific/Chatham", "2026-09-27 02:44:59", tzdata.Exact, "2026-09-27 02:44:59 +1245", "2026-09-27 02:44:59 +1245", "2026-09-27 02:44:59 +1245"},
	{"Chatham/spring/gap start", "Pacific/Chatham", "2026-09-27 02:45:00", tzdata.Skipped, "2026-09-27 03:45:00 +1345", "2026-09-27 01:45:00 +1245", "2026-09-27 03:45:00 +1345"},
	{"Chatham/spring/gap start +1s", "Pacific/Chatham", "2026-09-27 02:45:01", tzdata.Skipped, "2026-09-27 03:45:01 +1345", "2026-09-27 01:45:01 +1245", "2026-09-27 03:45:01 +1345"},
	{"Chatham/spring/gap middle (known answer)", "Pacific/Chatham", "2026-09-27 03:00:00", tzdata.Skipped, "2026-09-27 04:00:00 +1345", "2026-09-27 02:00:00 +1245", "2026-09-27 04:00:00 +1345"},
	{"Chatham/spring/gap end -1s", "Pacific/Chatham", "2026-09-27 03:44:59", tzdata.Skipped, "2026-09-27 04:44:59 +1345", "2026-09-27 02:44:59 +1245", "2026-09-27 04:44:59 +1345"},
	{"Chatham/spring/gap end", "Pacific/Chatham", "2026-09-27 03:45:00", tzdata.Exact, "2026-09-27 03:45:00 +1345", "2026-09-27 03:45:00 +1345", "2026-09-27 03:45:00 +1345"},
	{"Chatham/spring/gap end +1s", "Pacific/Chatham", "2026-09-27 03:45:01", tzdata.Exact, "2026-09-27 03:45:01 +1345", "2026-09-27 03:45:01 +1345", "2026-09-27 03:45:01 +1345"},
	{"Chatham/known/2026-09-27 02:00", "Pacific/Chatham", "2026-09-27 02:00:00", tzdata.Exact, "2026-09-27 02:00:00 +1245", "2026-09-27 02:00:00 +1245", "2026-09-27 02:00:00 +1245"},
	{"Chatham/fall/before overlap -1s", "Pacific/Chatham", "2026-04-05 02:44:59", tzdata.Exact, "2026-04-05 02:44:59 +1345", "2026-04-05 02:44:59 +1345", "2026-04-05 02:44:59 +1345"},
	{"Chatham/fall/overlap start", "Pacific/Chatham", "2026-04-05 02:45:00", tzdata.Repeated, "2026-04-05 02:45:00 +1345", "2026-04-05 02:45:00 +1345", "2026-04-05 02:45:00 +1245"},
	{"Chatham/fall/overlap start +1s", "Pacific/Chatham", "2026-04-05 02:45:01", tzdata.Repeated, "2026-04-05 02:45:01 +1345", "2026-04-05 02:45:01 +1345", "2026-04-05 02:45:01 +1245"},
	{"Chatham/fall/overlap end -1s", "Pacific/Chatham", "2026-04-05 03:44:59", tzdata.Repeated, "2026-04-05 03:44:59 +1345", "2026-04-05 03:44:59 +1345", "2026-04-05 03:44:59 +1245"},
	{"Chatham/fall/overlap end", "Pacific/Chatham", "2026-04-05 03:45:00", tzdata.Exact, "2026-04-05 03:45:00 +1245", "2026-04-05 03:45:00 +1245", "2026-04-05 03:45:00 +1245"},
	{"Chatham/fall/overlap end +1s", "Pacific/Chatham", "2026-04-05 03:45:01", tzdata.Exact, "2026-04-05 03:45:01 +1245", "2026-04-05 03:45:01 +1245", "2026-04-05 03:45:01 +1245"},

	// America/Santiago 2026: midnight is skipped. 24:00 -04 -> 01:00 -03 on
	// 09-06 (04:00Z); 24:00 -03 -> 23:00 -04 on 04-04 (04-05 03:00Z).
	{"Santiago/spring/before gap -1s", "America/Santiago", "2026-09-05 23:59:59", tzdata.Exact, "2026-09-05 23:59:59 -04", "2026-09-05 23:59:59 -04", "2026-09-05 23:59:59 -04"},
	{"Santiago/spring/midnight skipped", "America/Santiago", "2026-09-06 00:00:00", tzdata.Skipped, "2026-09-06 01:00:00 -03", "2026-09-05 23:00:00 -04", "2026-09-06 01:00:00 -03"},
	{"Santiago/spring/24:00 normalizes to the skipped midnight", "America/Santiago", "2026-09-05 24:00:00", tzdata.Skipped, "2026-09-06 01:00:00 -03", "2026-09-05 23:00:00 -04", "2026-09-06 01:00:00 -03"},
	{"Santiago/spring/gap start +1s", "America/Santiago", "2026-09-06 00:00:01", tzdata.Skipped, "2026-09-06 01:00:01 -03", "2026-09-05 23:00:01 -04", "2026-09-06 01:00:01 -03"},
	{"Santiago/spring/gap middle", "America/Santiago", "2026-09-06 00:30:00", tzdata.Skipped, "2026-09-06 01:30:00 -03", "2026-09-05 23:30:00 -04", "2026-09-06 01:30:00 -03"},
	{"Santiago/spring/gap end -1s", "America/Santiago", "2026-09-06 00:59:59", tzdata.Skipped, "2026-09-06 01:59:59 -03", "2026-09-05 23:59:59 -04", "2026-09-06 01:59:59 -03"},
	{"Santiago/spring/gap end", "America/Santiago", "2026-09-06 01:00:00", tzdata.Exact, "2026-09-06 01:00:00 -03", "2026-09-06 01:00:00 -03", "2026-09-06 01:00:00 -03"},
	{"Santiago/spring/gap end +1s", "America/Santiago", "2026-09-06 01:00:01", tzdata.Exact, "2026-09-06 01:00:01 -03", "2026-09-06 01:00:01 -03", "2026-09-06 01:00:01 -03"},
	{"Santiago/fall/before overlap -1s", "America/Santiago", "2026-04-04 22:59:59", tzdata.Exact, "2026-04-04 22:59:59 -03", "2026-04-04 22:59:59 -03", "2026-04-04 22:59:59 -03"},
	{"Santiago/fall/overlap start", "America/Santiago", "2026-04-04 23:00:00", tzdata.Repeated, "2026-04-04 23:00:00 -03", "2026-04-04 23:00:00 -03", "2026-04-04 23:00:00 -04"},
	{"Santiago/fall/overlap start +1s", "America/Santiago", "2026-04-04 23:00:01", tzdata.Repeated, "2026-04-04 23:00:01 -03", "2026-04-04 23:00:01 -03", "2026-04-04 23:00:01 -04"},
	{"Santiago/fall/overlap end -1s", "America/Santiago", "2026-04-04 23:59:59", tzdata.Repeated, "2026-04-04 23:59:59 -03", "2026-04-04 23:59:59 -03", "2026-04-04 23:59:59 -04"},
	{"Santiago/fall/overlap end", "America/Santiago", "2026-04-05 00:00:00", tzdata.Exact, "2026-04-05 00:00:00 -04", "2026-04-05 00:00:00 -04", "2026-04-05 00:00:00 -04"},
	{"Santiago/fall/overlap end +1s", "America/Santiago", "2026-04-05 00:00:01", tzdata.Exact, "2026-04-05 00:00:01 -04", "2026-04-05 00:00:01 -04", "2026-04-05 00:00:01 -04"},

	// America/Havana 2026: midnight changes. 00:00 CST -> 01:00 CDT on 03-08
	// (05:00Z); 01:00 CDT -> 00:00 CST on 11-01 (05:00Z).
	{"Havana/spring/before gap -1s", "America/Havana", "2026-03-07 23:59:59", tzdata.Exact, "2026-03-07 23:59:59 CST", "2026-03-07 23:59:59 CST", "2026-03-07 23:59:59 CST"},
	{"Havana/spring/midnight skipped", "America/Havana", "2026-03-08 00:00:00", tzdata.Skipped, "2026-03-08 01:00:00 CDT", "2026-03-07 23:00:00 CST", "2026-03-08 01:00:00 CDT"},
	{"Havana/spring/gap start +1s", "America/Havana", "2026-03-08 00:00:01", tzdata.Skipped, "2026-03-08 01:00:01 CDT", "2026-03-07 23:00:01 CST", "2026-03-08 01:00:01 CDT"},
	{"Havana/spring/gap end -1s", "America/Havana", "2026-03-08 00:59:59", tzdata.Skipped, "2026-03-08 01:59:59 CDT", "2026-03-07 23:59:59 CST", "2026-03-08 01:59:59 CDT"},
	{"Havana/spring/gap end", "America/Havana", "2026-03-08 01:00:00", tzdata.Exact, "2026-03-08 01:00:00 CDT", "2026-03-08 01:00:00 CDT", "2026-03-08 01:00:00 CDT"},
	{"Havana/spring/gap end +1s", "America/Havana", "2026-03-08 01:00:01", tzdata.Exact, "2026-03-08 01:00:01 CDT", "2026-03-08 01:00:01 CDT", "2026-03-08 01:00:01 CDT"},
	{"Havana/fall/before overlap -1s", "America/Havana", "2026-10-31 23:59:59", tzdata.Exact, "2026-10-31 23:59:59 CDT", "2026-10-31 23:59:59 CDT", "2026-10-31 23:59:59 CDT"},
	{"Havana/fall/midnight repeated", "America/Havana", "2026-11-01 00:00:00", tzdata.Repeated, "2026-11-01 00:00:00 CDT", "2026-11-01 00:00:00 CDT", "2026-11-01 00:00:00 CST"},
	{"Havana/fall/overlap start +1s", "America/Havana", "2026-11-01 00:00:01", tzdata.Repeated, "2026-11-01 00:00:01 CDT", "2026-11-01 00:00:01 CDT", "2026-11-01 00:00:01 CST"},
	{"Havana/fall/overlap end -1s", "America/Havana", "2026-11-01 00:59:59", tzdata.Repeated, "2026-11-01 00:59:59 CDT", "2026-11-01 00:59:59 CDT", "2026-11-01 00:59:59 CST"},
	{"Havana/fall/overlap end", "America/Havana", "2026-11-01 01:00:00", tzdata.Exact, "2026-11-01 01:00:00 CST", "2026-11-01 01:00:00 CST", "2026-11-01 01:00:00 CST"},
	{"Havana/fall/overlap end +1s", "America/Havana", "2026-11-01 01:00:01", tzdata.Exact, "2026-11-01 01:00:01 CST", "2026-11-01 01:00:01 CST", "2026-11-01 01:00:01 CST"},

	// Asia/Tehran 2021, the last year with DST until 2022: 24:00 +0330 ->
	// 01:00 +0430 on 03-22 (03-21 20:30Z); 24:00 +0430 -> 23:00 +0330 on
	// 09-21 (19:30Z).
	{"Tehran/spring/before gap -1s", "Asia/Tehran", "2021-03-21 23:59:59", tzdata.Exact, "2021-03-21 23:59:59 +0330", "2021-03-21 23:59:59 +0330", "2021-03-21 23:59:59 +0330"},
	{"Tehran/spring/midnight skipped", "Asia/Tehran", "2021-03-22 00:00:00", tzdata.Skipped, "2021-03-22 01:00:00 +0430", "2021-03-21 23:00:00 +0330", "2021-03-22 01:00:00 +0430"},
	{"Tehran/spring/gap start +1s", "Asia/Tehran", "2021-03-22 00:00:01", tzdata.Skipped, "2021-03-22 01:00:01 +0430", "2021-03-21 23:00:01 +0330", "2021-03-22 01:00:01 +0430"},
	{"Tehran/spring/gap end -1s", "Asia/Tehran", "2021-03-22 00:59:59", tzdata.Skipped, "2021-03-22 01:59:59 +0430", "2021-03-21 23:59:59 +0330", "2021-03-22 01:59:59 +0430"},
	{"Tehran/spring/gap end", "Asia/Tehran", "2021-03-22 01:00:00", tzdata.Exact, "2021-03-22 01:00:00 +0430", "2021-03-22 01:00:00 +0430", "2021-03-22 01:00:00 +0430"},
	{"Tehran/spring/gap end +1s", "Asia/Tehran", "2021-03-22 01:00:01", tzdata.Exact, "2021-03-22 01:00:01 +0430", "2021-03-22 01:00:01 +0430", "2021-03-22 01:00:01 +0430"},
	{"Tehran/fall/before overlap -1s", "Asia/Tehran", "2021-09-21 22:59:59", tzdata.Exact, "2021-09-21 22:59:59 +0430", "2021-09-21 22:59:59 +0430", "2021-09-21 22:59:59 +0430"},
	{"Tehran/fall/overlap start", "Asia/Tehran", "2021-09-21 23:00:00", tzdata.Repeated, "2021-09-21 23:00:00 +0430", "2021-09-21 23:00:00 +0430", "2021-09-21 23:00:00 +0330"},
	{"Tehran/fall/overlap start +1s", "Asia/Tehran", "2021-09-21 23:00:01", tzdata.Repeated, "2021-09-21 23:00:01 +0430", "2021-09-21 23:00:01 +0430", "2021-09-21 23:00:01 +0330"},
	{"Tehran/fall/overlap end -1s", "Asia/Tehran", "2021-09-21 23:59:59", tzdata.Repeated, "2021-09-21 23:59:59 +0430", "2021-09-21 23:59:59 +0430", "2021-09-21 23:59:59 +0330"},
	{"Tehran/fall/overlap end", "Asia/Tehran", "2021-09-22 00:00:00", tzdata.Exact, "2021-09-22 00:00:00 +0330", "2021-09-22 00:00:00 +0330", "2021-09-22 00:00:00 +0330"},
	{"Tehran/fall/overlap end +1s", "Asia/Tehran", "2021-09-22 00:00:01", tzdata.Exact, "2021-09-22 00:00:01 +0330", "2021-09-22 00:00:01 +0330", "2021-09-22 00:00:01 +0330"},
	{"Tehran/2026 has no DST", "Asia/Tehran", "2026-03-22 00:00:00", tzdata.Exact, "2026-03-22 00:00:00 +0330", "2026-03-22 00:00:00 +0330", "2026-03-22 00:00:00 +0330"},

	// America/St_Johns 2000: changes at 00:01. 00:01 NST -> 01:01 NDT on
	// 04-02 (03:31Z); 00:01 NDT -> 23:01 NST on 10-29 (02:31Z), so the
	// overlap spans midnight.
	{"St_Johns/spring/before gap -1s", "America/St_Johns", "2000-04-02 00:00:59", tzdata.Exact, "2000-04-02 00:00:59 NST", "2000-04-02 00:00:59 NST", "2000-04-02 00:00:59 NST"},
	{"St_Johns/spring/gap start", "America/St_Johns", "2000-04-02 00:01:00", tzdata.Skipped, "2000-04-02 01:01:00 NDT", "2000-04-01 23:01:00 NST", "2000-04-02 01:01:00 NDT"},
	{"St_Johns/spring/gap start +1s", "America/St_Johns", "2000-04-02 00:01:01", tzdata.Skipped, "2000-04-02 01:01:01 NDT", "2000-04-01 23:01:01 NST", "2000-04-02 01:01:01 NDT"},
	{"St_Johns/spring/gap middle (known answer)", "America/St_Johns", "2000-04-02 00:30:00", tzdata.Skipped, "2000-04-02 01:30:00 NDT", "2000-04-01 23:30:00 NST", "2000-04-02 01:30:00 NDT"},
	{"St_Johns/spring/gap end -1s", "America/St_Johns", "2000-04-02 01:00:59", tzdata.Skipped, "2000-04-02 02:00:59 NDT", "2000-04-02 00:00:59 NST", "2000-04-02 02:00:59 NDT"},
	{"St_Johns/spring/gap end", "America/St_Johns", "2000-04-02 01:01:00", tzdata.Exact, "2000-04-02 01:01:00 NDT", "2000-04-02 01:01:00 NDT", "2000-04-02 01:01:00 NDT"},
	{"St_Johns/spring/gap end +1s", "America/St_Johns", "2000-04-02 01:01:01", tzdata.Exact, "2000-04-02 01:01:01 NDT", "2000-04-02 01:01:01 NDT", "2000-04-02 01:01:01 NDT"},
	{"St_Johns/known/2000-04-02 03:30", "America/St_Johns", "2000-04-02 03:30:00", tzdata.Exact, "2000-04-02 03:30:00 NDT", "2000-04-02 03:30:00 NDT", "2000-04-02 03:30:00 NDT"},
	{"St_Johns/fall/before overlap -1s", "America/St_Johns", "2000-10-28 23:00:59", tzdata.Exact, "2000-10-28 23:00:59 NDT", "2000-10-28 23:00:59 NDT", "2000-10-28 23:00:59 NDT"},
	{"St_Johns/fall/overlap start", "America/St_Johns", "2000-10-28 23:01:00", tzdata.Repeated, "2000-10-28 23:01:00 NDT", "2000-10-28 23:01:00 NDT", "2000-10-28 23:01:00 NST"},
	{"St_Johns/fall/overlap start +1s", "America/St_Johns", "2000-10-28 23:01:01", tzdata.Repeated, "2000-10-28 23:01:01 NDT", "2000-10-28 23:01:01 NDT", "2000-10-28 23:01:01 NST"},
	{"St_Johns/fall/midnight repeated", "America/St_Johns", "2000-10-29 00:00:00", tzdata.Repeated, "2000-10-29 00:00:00 NDT", "2000-10-29 00:00:00 NDT", "2000-10-29 00:00:00 NST"},
	{"St_Johns/fall/overlap end -1s", "America/St_Johns", "2000-10-29 00:00:59", tzdata.Repeated, "2000-10-29 00:00:59 NDT", "2000-10-29 00:00:59 NDT", "2000-10-29 00:00:59 NST"},
	{"St_Johns/fall/overlap end", "America/St_Johns", "2000-10-29 00:01:00", tzdata.Exact, "2000-10-29 00:01:00 NST", "2000-10-29 00:01:00 NST", "2000-10-29 00:01:00 NST"},
	{"St_Johns/fall/overlap end +1s", "America/St_Johns", "2000-10-29 00:01:01", tzdata.Exact, "2000-10-29 00:01:01 NST", "2000-10-29 00:01:01 NST", "2000-10-29 00:01:01 NST"},

	// Pacific/Apia skipped 2011-12-30: 24:00 -10 on 12-29 -> 00:00 +14 on
	// 12-31 (12-30 10:00Z), a 24-hour gap.
	{"Apia/before the skipped day -1s", "Pacific/Apia", "2011-12-29 23:59:59", tzdata.Exact, "2011-12-29 23:59:59 -10", "2011-12-29 23:59:59 -10", "2011-12-29 23:59:59 -10"},
	{"Apia/skipped day start", "Pacific/Apia", "2011-12-30 00:00:00", tzdata.Skipped, "2011-12-31 00:00:00 +14", "2011-12-29 00:00:00 -10", "2011-12-31 00:00:00 +14"},
	{"Apia/skipped day start +1s", "Pacific/Apia", "2011-12-30 00:00:01", tzdata.Skipped, "2011-12-31 00:00:01 +14", "2011-12-29 00:00:01 -10", "2011-12-31 00:00:01 +14"},
	{"Apia/skipped day noon", "Pacific/Apia", "2011-12-30 12:00:00", tzdata.Skipped, "2011-12-31 12:00:00 +14", "2011-12-29 12:00:00 -10", "2011-12-31 12:00:00 +14"},
	{"Apia/known/2011-12-30 22:00", "Pacific/Apia", "2011-12-30 22:00:00", tzdata.Skipped, "2011-12-31 22:00:00 +14", "2011-12-29 22:00:00 -10", "2011-12-31 22:00:00 +14"},
	{"Apia/skipped day end -1s", "Pacific/Apia", "2011-12-30 23:59:59", tzdata.Skipped, "2011-12-31 23:59:59 +14", "2011-12-29 23:59:59 -10", "2011-12-31 23:59:59 +14"},
	{"Apia/after the skipped day", "Pacific/Apia", "2011-12-31 00:00:00", tzdata.Exact, "2011-12-31 00:00:00 +14", "2011-12-31 00:00:00 +14", "2011-12-31 00:00:00 +14"},
	{"Apia/after the skipped day +1s", "Pacific/Apia", "2011-12-31 00:00:01", tzdata.Exact, "2011-12-31 00:00:01 +14", "2011-12-31 00:00:01 +14", "2011-12-31 00:00:01 +14"},
	{"Apia/known/2011-12-31 02:00", "Pacific/Apia", "2011-12-31 02:00:00", tzdata.Exact, "2011-12-31 02:00:00 +14", "2011-12-31 02:00:00 +14", "2011-12-31 02:00:00 +14"},

	// Zones without DST: every wall time is exact, also on the nights that
	// skip or repeat an hour elsewhere in the country.
	{"Phoenix/US spring night", "America/Phoenix", "2026-03-08 02:30:00", tzdata.Exact, "2026-03-08 02:30:00 MST", "2026-03-08 02:30:00 MST", "2026-03-08 02:30:00 MST"},
	{"Phoenix/US fall night", "America/Phoenix", "2026-11-01 01:30:00", tzdata.Exact, "2026-11-01 01:30:00 MST", "2026-11-01 01:30:00 MST", "2026-11-01 01:30:00 MST"},
	{"Phoenix/midsummer", "America/Phoenix", "2026-07-01 12:00:00", tzdata.Exact, "2026-07-01 12:00:00 MST", "2026-07-01 12:00:00 MST", "2026-07-01 12:00:00 MST"},
	{"Kolkata/EU spring night", "Asia/Kolkata", "2026-03-29 02:30:00", tzdata.Exact, "2026-03-29 02:30:00 IST", "2026-03-29 02:30:00 IST", "2026-03-29 02:30:00 IST"},
	{"Kolkata/EU fall night", "Asia/Kolkata", "2026-10-25 02:30:00", tzdata.Exact, "2026-10-25 02:30:00 IST", "2026-10-25 02:30:00 IST", "2026-10-25 02:30:00 IST"},
	{"Kolkata/midnight", "Asia/Kolkata", "2026-01-01 00:00:00", tzdata.Exact, "2026-01-01 00:00:00 IST", "2026-01-01 00:00:00 IST", "2026-01-01 00:00:00 IST"},
	{"UTC/any time", "UTC", "2026-03-08 02:30:00", tzdata.Exact, "2026-03-08 02:30:00 UTC", "2026-03-08 02:30:00 UTC", "2026-03-08 02:30:00 UTC"},
}

// parseWall splits a wall time such as "2026-03-07 26:30:00" into fields
// without normalizing them, so rows can test normalization.
func parseWall(s string) (civil.DateTime, error) {
	var dt civil.DateTime
	var m int
	_, err := fmt.Sscanf(s, "%d-%d-%d %d:%d:%d", &dt.Date.Year, &m, &dt.Date.Day, &dt.Clock.Hour, &dt.Clock.Minute, &dt.Clock.Second)
	dt.Date.Month = time.Month(m)
	return dt, err
}

// wantReject is the sentinel Reject's error wraps for a kind.
func wantReject(k tzdata.WallKind) string {
	switch k {
	case tzdata.Skipped:
		return "nonexistent"
	case tzdata.Repeated:
		return "ambiguous"
	}
	return "ok"
}

func TestDate(t *testing.T) {
	type result struct {
		Kind                       tzdata.WallKind
		Compatible, Earlier, Later string
		Reject                     string
	}
	for _, tt := range dateTests {
		t.Run(tt.name, func(t *testing.T) {
			loc, err := tzdata.Load(tt.zone)
			if err != nil {
				t.Fatal(err)
			}
			dt, err := parseWall(tt.wall)
			if err != nil {
				t.Fatal(err)
			}
			want := result{tt.kind, tt.compatible, tt.earlier, tt.later, wantReject(tt.kind)}
			var got result
			got.Kind = tzdata.Read(dt, loc).Kind
			for _, dis := range []tzdata.Disambiguation{tzdata.Compatible, tzdata.Earlier, tzdata.Later, tzdata.Reject} {
				at, err := tzdata.Date(dt, loc, dis)
				if dis == tzdata.Reject {
					got.Reject = errorKind(err)
					if err == nil && !at.Equal(mustDate(t, dt, loc)) {
						t.Errorf("Date(%s, reject) = %v, want the exact instant", tt.wall, at)
					}
					continue
				}
				if err != nil {
					t.Fatalf("Date(%s, %s, %v): %v", tt.wall, tt.zone, dis, err)
				}
				if at.Location() != loc {
					t.Errorf("Date(%s, %s, %v).Location() = %v, want %v", tt.wall, tt.zone, dis, at.Location(), loc)
				}
				s := at.Format(localLayout)
				switch dis {
				case tzdata.Compatible:
					got.Compatible = s
				case tzdata.Earlier:
					got.Earlier = s
				case tzdata.Later:
					got.Later = s
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Date(%s, %s) mismatch (-want +got):\n%s", tt.wall, tt.zone, diff)
			}
		})
	}
}

func mustDate(t *testing.T, dt civil.DateTime, loc *time.Location) time.Time {
	t.Helper()
	at, err := tzdata.Date(dt, loc, tzdata.Compatible)
	if err != nil {
		t.Fatal(err)
	}
	return at
}

// TestRead checks the Reading of the table's rows: Earlier and Later agree
// with Date, Shift is their distance and Instant agrees with Date.
func TestRead(t *testing.T) {
	for _, tt := range dateTests {
		t.Run(tt.name, func(t *testing.T) {
			loc, err := tzdata.Load(tt.zone)
			if err != nil {
				t.Fatal(err)
			}
			dt, err := parseWall(tt.wall)
			if err != nil {
				t.Fatal(err)
			}
			r := tzdata.Read(dt, loc)
			got := []string{r.Kind.String(), r.Earlier.Format(localLayout), r.Later.Format(localLayout)}
			want := []string{tt.kind.String(), tt.earlier, tt.later}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Read(%s, %s) mismatch (-want +got):\n%s", tt.wall, tt.zone, diff)
			}
			if r.Shift() != r.Later.Sub(r.Earlier) || (r.Shift() == 0) != (r.Kind == tzdata.Exact) || r.Shift() < 0 {
				t.Errorf("Read(%s, %s).Shift() = %v for %v, %v (%v)", tt.wall, tt.zone, r.Shift(), r.Earlier, r.Later, r.Kind)
			}
			for _, dis := range []tzdata.Disambiguation{tzdata.Compatible, tzdata.Earlier, tzdata.Later, tzdata.Reject} {
				a, errA := r.Instant(dis)
				b, errB := tzdata.Date(dt, loc, dis)
				if !a.Equal(b) || (errA == nil) != (errB == nil) {
					t.Errorf("Instant(%v) = %v, %v; Date = %v, %v", dis, a, errA, b, errB)
				}
			}
		})
	}
}

// TestShift checks the gap and overlap lengths of the zones that motivate
// the package.
func TestShift(t *testing.T) {
	tests := []struct {
		name, zone, wall string
		want             time.Duration
	}{
		{"Denver spring gap", "America/Denver", "2026-03-08 02:30:00", time.Hour},
		{"Denver fall overlap", "America/Denver", "2026-11-01 01:30:00", time.Hour},
		{"Lord_Howe 30-minute gap", "Australia/Lord_Howe", "2026-10-04 02:15:00", 30 * time.Minute},
		{"Lord_Howe 30-minute overlap", "Australia/Lord_Howe", "2026-04-05 01:45:00", 30 * time.Minute},
		{"Apia skipped day", "Pacific/Apia", "2011-12-30 12:00:00", 24 * time.Hour},
		{"Troll 2-hour gap", "Antarctica/Troll", "2026-03-29 01:30:00", 2 * time.Hour},
		{"exact", "America/Denver", "2026-07-01 12:00:00", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc, err := tzdata.Load(tt.zone)
			if err != nil {
				t.Fatal(err)
			}
			dt, err := parseWall(tt.wall)
			if err != nil {
				t.Fatal(err)
			}
			if got := tzdata.Read(dt, loc).Shift(); got != tt.want {
				t.Errorf("Read(%s, %s).Shift() = %v, want %v", tt.wall, tt.zone, got, tt.want)
			}
		})
	}
}

// TestDateNormalizes checks that out-of-range fields normalize as in
// time.Date before the zone is consulted.
func TestDateNormalizes(t *testing.T) {
	loc, err := tzdata.Load("America/Denver")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name                string
		year                int
		month               time.Month
		day, hour, min, sec int
		want                string
	}{
		{"October 32 is November 1", 2026, 10, 32, 12, 0, 0, "2026-11-01T12:00:00-07:00"},
		{"month 13 is January", 2025, 13, 1, 12, 0, 0, "2026-01-01T12:00:00-07:00"},
		{"February 29 of a common year", 2026, 2, 29, 12, 0, 0, "2026-03-01T12:00:00-07:00"},
		{"negative hour", 2026, 3, 9, -22, 30, 0, "2026-03-08T03:30:00-06:00"},
		{"seconds carry into the gap", 2026, 3, 8, 1, 59, 60, "2026-03-08T03:00:00-06:00"},
		{"day 0 is the last of the month before", 2026, 11, 0, 12, 0, 0, "2026-10-31T12:00:00-06:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dt := civil.DateTime{Date: civil.Date{Year: tt.year, Month: tt.month, Day: tt.day}, Clock: civil.Clock{Hour: tt.hour, Minute: tt.min, Second: tt.sec}}
			got, err := tzdata.Date(dt, loc, tzdata.Compatible)
			if err != nil {
				t.Fatal(err)
			}
			if s := got.Format(time.RFC3339Nano); s != tt.want {
				t.Errorf("Date(%+v) = %s, want %s", dt, s, tt.want)
			}
		})
	}
}

// TestDateReject checks that Reject's errors wrap the right sentinel and
// name the wall time and the zone.
func TestDateReject(t *testing.T) {
	tests := []struct {
		name, zone, wall string
		want             error
		msg              string
	}{
		{"Denver skipped", "America/Denver", "2026-03-08 02:30:00", tzdata.ErrNonexistent, "tzdata: wall time does not exist: 2026-03-08 02:30:00 in America/Denver"},
		{"Denver repeated", "America/Denver", "2026-11-01 01:30:00", tzdata.ErrAmbiguous, "tzdata: wall time is ambiguous: 2026-11-01 01:30:00 in America/Denver"},
		{"Apia skipped day", "Pacific/Apia", "2011-12-30 12:00:00", tzdata.ErrNonexistent, "tzdata: wall time does not exist: 2011-12-30 12:00:00 in Pacific/Apia"},
		{"Santiago midnight written 24:00", "America/Santiago", "2026-09-05 24:00:00", tzdata.ErrNonexistent, "tzdata: wall time does not exist: 2026-09-06 00:00:00 in America/Santiago"},
		{"Lord_Howe overlap", "Australia/Lord_Howe", "2026-04-05 01:45:00", tzdata.ErrAmbiguous, "tzdata: wall time is ambiguous: 2026-04-05 01:45:00 in Australia/Lord_Howe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc, err := tzdata.Load(tt.zone)
			if err != nil {
				t.Fatal(err)
			}
			dt, err := parseWall(tt.wall)
			if err != nil {
				t.Fatal(err)
			}
			got, err := tzdata.Date(dt, loc, tzdata.Reject)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Date(%s, %s, reject) = %v, %v; want error wrapping %v", tt.wall, tt.zone, got, err, tt.want)
			}
			if err.Error() != tt.msg {
				t.Errorf("Date(%s, %s, reject) error = %q, want %q", tt.wall, tt.zone, err, tt.msg)
			}
			if !got.IsZero() {
				t.Errorf("Date(%s, %s, reject) = %v with an error, want the zero Time", tt.wall, tt.zone, got)
			}
		})
	}
}

// TestDateUndefinedDisambiguation checks that a value outside the four
// defined ones fails for every wall time, not only skipped or repeated ones.
func TestDateUndefinedDisambiguation(t *testing.T) {
	loc, err := tzdata.Load("America/Denver")
	if err != nil {
		t.Fatal(err)
	}
	for _, wall := range []string{"2026-07-01 12:00:00", "2026-03-08 02:30:00", "2026-11-01 01:30:00"} {
		t.Run(wall, func(t *testing.T) {
			dt, err := parseWall(wall)
			if err != nil {
				t.Fatal(err)
			}
			_, err = tzdata.Date(dt, loc, tzdata.Disambiguation(9))
			if err == nil || !strings.Contains(err.Error(), "tzdata: unknown disambiguation Disambiguation(9)") {
				t.Errorf("Date(%s, Disambiguation(9)) error = %v, want unknown disambiguation", wall, err)
			}
			_, err = tzdata.Read(dt, loc).Instant(tzdata.Disambiguation(9))
			if err == nil {
				t.Errorf("Read(%s).Instant(Disambiguation(9)) succeeded, want an error", wall)
			}
		})
	}
}

// gap is 02:30 on 2026-03-08, skipped in America/Denver.
var gap = civil.DateTime{Date: civil.Date{Year: 2026, Month: time.March, Day: 8}, Clock: civil.Clock{Hour: 2, Minute: 30}}

// TestDateNilLocation checks that a nil location means UTC, as documented,
// rather than a panic.
func TestDateNilLocation(t *testing.T) {
	got, err := tzdata.Date(gap, nil, tzdata.Reject)
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 3, 8, 2, 30, 0, 0, time.UTC); !got.Equal(want) || got.Location() != time.UTC {
		t.Errorf("Date(..., nil) = %v, want %v", got, want)
	}
}

// TestDateFixedZoneAndHostLocation checks locations that do not come from
// Load: a fixed zone and the host's database.
func TestDateFixedZoneAndHostLocation(t *testing.T) {
	fixed := time.FixedZone("X", -(3*3600 + 30*60))
	r := tzdata.Read(gap, fixed)
	if want := time.Date(2026, 3, 8, 2, 30, 0, 0, fixed); r.Kind != tzdata.Exact || !r.Earlier.Equal(want) || r.Earlier.Location() != fixed {
		t.Errorf("Read(fixed zone) = %+v, want exact %v", r, want)
	}
	host, err := time.LoadLocation("America/Denver")
	if err != nil {
		t.Skip("host has no America/Denver:", err)
	}
	if got := tzdata.Read(gap, host).Kind; got != tzdata.Skipped {
		t.Errorf("Read(host America/Denver, 2026-03-08 02:30).Kind = %v, want skipped", got)
	}
}
