package notice_test

// TestReaders checks the notices of a Denver schedule read in Berlin,
// Kolkata, Sydney, Sao Paulo and New York, and of a Berlin schedule read in
// Denver, in March, June, October and November 2026: every time they state
// against Python's zoneinfo (testdata/readers.csv, written by
// testdata/readers.py; regenerate with
// python3 notice/testdata/readers.py > notice/testdata/readers.csv), and
// the golden files under testdata/golden/readers (go test -update).

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/prostar/maintenance/notice"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// A reading is one row of readers.csv: a window on the reader's clock.
type reading struct {
	ruleDate         civil.Date
	localDate        string // "Sunday, November 1st, 2026"
	start, startAbbr string
	end, endAbbr     string
	endDays          string
	startUTC, endUTC time.Time
	localDay         civil.Date
	localWeekday     string
	localDateNoYear  string
}

func readings(t *testing.T) map[[2]string][]reading {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "readers.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := map[[2]string][]reading{}
	for _, r := range rows[1:] {
		rd, err := civil.ParseDate(r[2])
		if err != nil {
			t.Fatal(err)
		}
		su, err1 := time.Parse(time.RFC3339, r[9])
		eu, err2 := time.Parse(time.RFC3339, r[10])
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		local, err := time.Parse("Monday, January 2, 2006", regexp.MustCompile(`(\d+)(st|nd|rd|th),`).ReplaceAllString(r[3], "$1,"))
		if err != nil {
			t.Fatal(err)
		}
		out[[2]string{r[0], r[1]}] = append(out[[2]string{r[0], r[1]}], reading{
			ruleDate: rd, localDate: r[3], start: r[4], startAbbr: r[5], end: r[6], endAbbr: r[7], endDays: r[8],
			startUTC: su, endUTC: eu, localDay: civil.DateOf(local), localWeekday: local.Weekday().String(),
			localDateNoYear: strings.TrimSuffix(r[3], ", "+r[3][len(r[3])-4:]),
		})
	}
	return out
}

var (
	usualRE     = regexp.MustCompile(`for you, (?:the same time, )?(?:(\w+) )?from (.+?) to (.+?(?:a\.m\.|p\.m\.|noon|midnight))`)
	exceptionRE = regexp.MustCompile(`(?:on|from) (\w+day, \w+ \d+\w\w, \d{4})(?:, through (\w+day, \w+ \d+\w\w, \d{4}))?, from (.+?) to (.+?(?:a\.m\.|p\.m\.|noon|midnight))`)
)

func TestReaders(t *testing.T) {
	data := readings(t)
	denver, berlin := window.MustParse(denverSpec), window.MustParse(berlinSpec)
	type pair struct {
		s        *window.Schedule
		schedule string
		reader   string
	}
	pairs := []pair{
		{denver, "America/Denver", "Europe/Berlin"},
		{denver, "America/Denver", "Asia/Kolkata"},
		{denver, "America/Denver", "Australia/Sydney"},
		{denver, "America/Denver", "America/Sao_Paulo"},
		{denver, "America/Denver", "America/New_York"},
		{berlin, "Europe/Berlin", "America/Denver"},
	}
	// The Monday of each month's last week, when the notice is sent.
	months := []struct {
		name string
		date string // the window's rule date
		sent civil.Date
	}{
		{"march", "2026-03-28", civil.Date{Year: 2026, Month: 3, Day: 23}},
		{"june", "2026-06-27", civil.Date{Year: 2026, Month: 6, Day: 22}},
		{"october", "2026-10-31", civil.Date{Year: 2026, Month: 10, Day: 26}},
		{"november", "2026-11-28", civil.Date{Year: 2026, Month: 11, Day: 23}},
	}
	for _, p := range pairs {
		rows := data[[2]string{p.schedule, p.reader}]
		if len(rows) == 0 {
			t.Fatalf("readers.csv has no rows for %s read in %s", p.schedule, p.reader)
		}
		loc := load(t, p.reader)
		for _, m := range months {
			name := strings.ReplaceAll(strings.ToLower(p.reader[strings.LastIndexByte(p.reader, '/')+1:]), "_", "-") +
				"-reads-" + strings.ToLower(p.schedule[strings.LastIndexByte(p.schedule, '/')+1:]) + "-" + m.name
			t.Run(name, func(t *testing.T) {
				sent := time.Date(m.sent.Year, m.sent.Month, m.sent.Day, 9, 0, 0, 0, loc)
				a := notice.Audience{Tenant: "Acme", Location: loc}
				w := windowOn(t, p.s, m.date)
				n, err := notice.ForWindow(p.s, w, a, "Prostar", sent, notice.Announcement)
				if err != nil {
					t.Fatal(err)
				}
				text := render(t, notice.Text, n)
				flat := strings.Join(strings.Fields(text), " ")
				var this reading
				for _, r := range rows {
					if r.ruleDate.String() == m.date {
						this = r
					}
				}
				// The instants and the When, against zoneinfo.
				if !n.Start.Equal(this.startUTC) || !n.End.Equal(this.endUTC) {
					t.Errorf("Start, End = %v, %v; zoneinfo says %v, %v", n.Start.UTC(), n.End.UTC(), this.startUTC, this.endUTC)
				}
				when := this.localDateNoYear + ", from " + this.start
				if this.startAbbr != this.endAbbr {
					when += " " + this.startAbbr
				}
				when += " to " + this.end + " " + this.endAbbr
				if !strings.Contains(flat, when) {
					t.Errorf("notice lacks %q:\n%s", when, text)
				}
				// The recurrence sentence, for every window of the next
				// 12 months.
				i := strings.Index(flat, "This downtime is also scheduled")
				if i < 0 {
					t.Fatalf("notice has no recurrence sentence:\n%s", text)
				}
				sentence := flat[i:]
				sentence = sentence[:strings.Index(sentence, " If this window")]
				u := usualRE.FindStringSubmatch(sentence)
				if u == nil {
					t.Fatalf("recurrence sentence names no time for the reader: %q", sentence)
				}
				if !strings.Contains(sentence, "on the last Saturday of each month, 10 p.m. to 2 a.m. ") {
					t.Errorf("recurrence sentence does not name the schedule's clock: %q", sentence)
				}
				exceptions := exceptionRE.FindAllStringSubmatch(sentence, -1)
				parse := func(s string) civil.Date {
					d, err := time.Parse("Monday, January 2, 2006", regexp.MustCompile(`(\d+)(st|nd|rd|th),`).ReplaceAllString(s, "$1,"))
					if err != nil {
						t.Fatalf("date %q: %v", s, err)
					}
					return civil.DateOf(d)
				}
				used := make([]bool, len(exceptions))
				for _, r := range rows {
					if r.ruleDate.String() == m.date || r.startUTC.Before(sent) || !r.startUTC.Before(sent.AddDate(1, 0, 0)) {
						continue
					}
					matched := false
					for k, e := range exceptions {
						from, to := parse(e[1]), parse(e[1])
						if e[2] != "" {
							to = parse(e[2])
						}
						if r.localDay.Before(from) || r.localDay.After(to) {
							continue
						}
						matched, used[k] = true, true
						if e[3] != r.start || e[4] != r.end {
							t.Errorf("for %s the notice says %s to %s; zoneinfo says %s to %s", r.localDate, e[3], e[4], r.start, r.end)
						}
					}
					if !matched && (u[1] != r.localWeekday || u[2] != r.start || u[3] != r.end) {
						t.Errorf("for %s the notice says %s from %s to %s; zoneinfo says %s from %s to %s",
							r.localDate, u[1], u[2], u[3], r.localWeekday, r.start, r.end)
					}
				}
				for k, e := range exceptions {
					if !used[k] {
						t.Errorf("the notice names %q, which no window of the next 12 months is", e[0])
					}
				}
				golden(t, filepath.Join("readers", name+".txt"), text)
				noFindings(t, text, p.s, a, sent)
			})
		}
	}
}

// TestREADMEQuotesBerlin checks that the README quotes the Berlin reader's
// recurrence sentence for November 2026 as the notice writes it.
func TestREADMEQuotesBerlin(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile(filepath.Join("testdata", "golden", "readers", "berlin-reads-denver-november.txt"))
	if err != nil {
		t.Fatal(err)
	}
	flat := func(b []byte) string { return strings.Join(strings.Fields(string(b)), " ") }
	g := flat(golden)
	i := strings.Index(g, "This downtime is also scheduled")
	j := strings.Index(g, " If this window")
	if i < 0 || j < i {
		t.Fatalf("golden has no recurrence sentence: %s", g)
	}
	if s := g[i:j]; !strings.Contains(flat(readme), s) {
		t.Errorf("README does not quote %q", s)
	}
}
