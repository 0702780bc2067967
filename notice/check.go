package notice

import (
	"cmp"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// A Finding is one false claim in a notice that a person wrote: the words
// as written, what they should say for the schedule as the audience reads
// it at the send instant, and why.
type Finding struct {
	// Claim is the words as written, such as "10 p.m. – 2 a.m. MDT".
	Claim string
	// Correct is what the claim should say, such as "10 p.m. to 2 a.m.
	// MST", in the notices' own wording (AP style). It is empty only when
	// a date names no window and none is within five weeks of it to name
	// instead.
	Correct string
	// Reason says why the claim is false, in a sentence.
	Reason string
	// Pos is the byte offset of Claim in the text.
	Pos int
}

// String returns `"CLAIM" should read "CORRECT": REASON`, for a log or a
// review.
func (f Finding) String() string {
	return fmt.Sprintf("%q should read %q: %s", f.Claim, f.Correct, f.Reason)
}

// maxCheck bounds the text Check reads: a notice is a page, not a book.
const maxCheck = 64 << 10

// Check reads text, a plain-text notice that a person wrote, and returns a
// [Finding] for each claim in it that is false for schedule s as audience
// a reads it, at the send instant sent. No findings means every claim
// Check could read is true; it does not mean the notice says everything
// it should.
//
// The claims it reads, in US English as notices write them (AP style and
// the usual variants: "10 p.m.", "10pm", "10:00 PM", "22:00", "noon",
// "midnight", a hyphen, en dash, em dash or "to" between times, "January
// 25th", "Jan. 25", "Saturday, January 25th, 2020"):
//
//   - a date and its weekday agree with each other and with a window of
//     the schedule, on the audience's clock or the schedule's;
//   - "today", "tonight", "tomorrow" and "this Saturday" agree with the
//     send instant, read in the same zone as the date they go with;
//   - a range of times ("from 10 p.m. to 2 a.m. MST") agrees with the
//     window of the date before it in the same paragraph, on the clock its
//     zone abbreviation names (the audience's or the schedule's; without
//     one, either), and the abbreviation is the one that zone uses at that
//     instant: "MDT" is false on January 25th, 2020 in Denver. "UTC" and
//     "UTC-7" name fixed offsets: such a claim, and a date in a text that
//     names one, is read on that offset, true or false whatever the
//     schedule's zone;
//   - a stated length of the window agrees with its actual length, so "4
//     hours" is false on a night the clocks go back. A length is the
//     window's when it "lasts 5 hours", is "a 4-hour window" (or
//     downtime, outage, period), or is "for 4 hours" or "of 4 hours" right
//     after a range of times or a word for the window ("a window of 4
//     hours"). Other lengths ("Users will lose access for 2 hours") may be
//     a part of the window and are not compared;
//   - the recurrence ("the last Saturday of each month", "every Sunday")
//     agrees with the schedule's when its sentence speaks of the work
//     (words such as scheduled, also, again, downtime, maintenance,
//     window, repeats): "Our office is closed every Sunday" is not a
//     claim, nor are the times and lengths in its sentence. A range after
//     a recurrence agrees with the schedule's own times or the audience's
//     time of some window in the next 12 months, an abbreviation in that
//     range names the clock of
//     every window of the next 12 months ("MDT" with a monthly recurrence
//     is false in January, when the windows are MST; the correction is
//     the generic "Mountain time"), and "the same time" is true for the
//     audience on every window of the next 12 months.
//
// A hot fix ("hot fix" or "urgent" in the text) need not fall in a
// window: a date of it that no window starts on is not a finding, and a
// range on a window's date that does not start as the window does is the
// hot fix's own span, not a wrong time. Its
// weekday must still agree with it, and its relative words with the send
// instant; the range after it is read as the work's own span on that date,
// its abbreviations checked against the clock they name (the audience's
// or the schedule's), and a stated length checked against that span. A
// hot fix placed in a window is checked as that window.
//
// A notice this package writes for s, a and sent gives no findings, hot
// fixes included (for one outside any window, s is the schedule of the
// policy that decided it). Check fails only when s is nil, sent is zero
// or text is longer than 64 KiB.
func Check(text string, s *window.Schedule, a Audience, sent time.Time) ([]Finding, error) {
	switch {
	case s == nil:
		return nil, errors.New("notice: Check needs a schedule")
	case sent.IsZero():
		return nil, errors.New("notice: Check needs the send instant")
	case len(text) > maxCheck:
		return nil, fmt.Errorf("notice: Check reads at most %d bytes, text has %d", maxCheck, len(text))
	}
	sp := s.Spec()
	if sp.Location == nil {
		return nil, errors.New("notice: Check needs a schedule with a zone")
	}
	c := &checker{s: s, spec: sp, platform: sp.Location, loc: a.Location, sent: sent, text: text}
	if c.loc == nil {
		c.loc = c.platform
	}
	c.clocks = []*time.Location{c.loc, c.platform}
	c.hot = hotFix.MatchString(text)
	for _, m := range utcZone.FindAllString(text, -1) {
		if z, ok := fixedZone(m); ok && !slices.ContainsFunc(c.clocks, func(l *time.Location) bool { return l.String() == z.String() }) {
			c.clocks = append(c.clocks, z)
		}
	}
	c.run()
	slices.SortStableFunc(c.out, func(x, y Finding) int { return x.Pos - y.Pos })
	return c.out, nil
}

// The grammar of the claims. Words ignore case; zone abbreviations are
// capitals, as the zone database writes them.
const (
	weekdayRE = `(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?`
	monthRE   = `(?i:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`
	timeRE    = `(?:(\d{1,2})(?::([0-5]\d))?\s*([aApP])\.?\s?[mM]\b\.?|(?i:(noon|midnight))\b|([01]?\d|2[0-3]):([0-5]\d)\b)`
	zoneRE    = `(UTC[+-]\d{1,2}(?::\d{2})?|[A-Z]{3,5})\b`
)

var (
	dateClaim = regexp.MustCompile(`(?:\b(?i:(this)\s+(` + weekdayRE + `)|(today|tonight|tomorrow))\b[\s,]*(?i:on\s+)?)?(?:\b(` + weekdayRE + `)[\s,]+)?\b(` + monthRE + `)\s+(\d{1,2})(?i:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	thisClaim = regexp.MustCompile(`\b(?i:this)\s+(` + weekdayRE + `)\b`)
	rangeTime = regexp.MustCompile(`(?:\b(?i:from)\s+)?` + timeRE + `(?:\s+` + zoneRE + `)?\s*(?:[-–—]|\b(?i:to|until|till)\b)\s*` + timeRE +
		`(?:\s+` + zoneRE + `)?(?:,?\s+(?i:at the start of\s+)?(` + weekdayRE + `)\b)?(?:\s+` + zoneRE + `)?`)
	lengthClaim = regexp.MustCompile(`\b(?i:(lasts?|lasting|for|of)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+hours?(?:\s+(?:and\s+)?(\d+)\s+minutes?)?|(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-hour\s+(?:maintenance\s+)?(?:window|downtime|outage|period))\b`)
	// windowNoun ends the words before "for 4 hours" or "of 4 hours" that
	// make it the window's length: "a window of 4 hours", "downtime for
	// 4 hours".
	windowNoun = regexp.MustCompile(`\b(?i:window|downtime|maintenance|outage|period)\s*,?\s*$`)
	// recurContext holds the words that make a recurrence phrase speak of
	// the schedule's windows rather than of anything else that happens
	// every Sunday.
	recurContext = regexp.MustCompile(`\b(?i:scheduled?|also|again|downtime|maintenance|windows?|outages?|repeats?|repeated|recurs?|recurring)\b`)
	recurClaim   = regexp.MustCompile(`\b(?i:(?:the\s+)?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(` + weekdayRE + `)s?\s+of\s+(?:each|every|the)\s+month|every\s+(` + weekdayRE + `))\b`)
	utcZone      = regexp.MustCompile(`\bUTC(?:[+-]\d{1,2}(?::\d{2})?)?\b`)
	sameClaim    = regexp.MustCompile(`\b(?i:the\s+same\s+time)\b`)
	hotFix       = regexp.MustCompile(`\b(?i:hot[\s-]?fix|urgent)\b`)
	cadence      = regexp.MustCompile(`\b(?i:every|each)\s+(?i:day|week|month|other|weekday)\b`)
)

// A checker holds what Check knows while it reads one text.
type checker struct {
	s              *window.Schedule
	spec           window.Spec
	platform, loc  *time.Location
	clocks         []*time.Location // the audience's, the platform's, and each UTC offset the text names
	sent           time.Time
	text           string
	out            []Finding
	cur            *window.Window // the window the latest date spoke of
	curSet         bool
	recurrenceSeen bool // a recurrence phrase since the latest date, in this paragraph
	hot            bool // the text announces a hot fix, which need not fall in a window
	hotDate        civil.Date
	hotSet         bool // the latest date is a hot fix's, with no window: the next range is its span
}

func (c *checker) add(pos int, claim, correct, reason string) {
	c.out = append(c.out, Finding{Claim: claim, Correct: correct, Reason: reason, Pos: pos})
}

// A claim is one thing read from the text, at its position.
type claim struct {
	pos, end int
	kind     byte // 'd' date, 'w' "this Saturday", 'r' range, 'l' length, 'c' recurrence, 's' same time, 'p' paragraph break
	m        []int
}

func (c *checker) run() {
	var cs []claim
	add := func(re *regexp.Regexp, kind byte) {
		for _, m := range re.FindAllStringSubmatchIndex(c.text, -1) {
			cs = append(cs, claim{pos: m[0], end: m[1], kind: kind, m: m})
		}
	}
	add(dateClaim, 'd')
	add(thisClaim, 'w')
	add(rangeTime, 'r')
	add(lengthClaim, 'l')
	add(recurClaim, 'c')
	add(sameClaim, 's')
	// Times after the schedule's own recurrence words, or any other
	// cadence, are times of every window, not of the latest date's.
	if d := asciiLower(c.s.Describe()); d != "" {
		lower := asciiLower(c.text) // byte for byte, so offsets stay the text's
		for i := 0; ; {
			j := strings.Index(lower[i:], d)
			if j < 0 {
				break
			}
			cs = append(cs, claim{pos: i + j, end: i + j + len(d), kind: 'm'})
			i += j + len(d)
		}
	}
	add(cadence, 'm')
	for i := 0; ; {
		j := strings.Index(c.text[i:], "\n\n")
		if j < 0 {
			break
		}
		cs = append(cs, claim{pos: i + j, end: i + j, kind: 'p'})
		i += j + 2
	}
	slices.SortStableFunc(cs, func(x, y claim) int { return x.pos - y.pos })
	// A recurrence phrase without words of maintenance in its sentence
	// ("Our office is closed every Sunday") is not about the schedule: it,
	// and the times and lengths of its sentence, are not claims.
	var skip [][2]int
	for _, cl := range cs {
		if cl.kind == 'c' {
			from, to := sentenceBounds(c.text, cl.pos, cl.end)
			if !recurContext.MatchString(c.text[from:to]) {
				skip = append(skip, [2]int{from, to})
			}
		}
	}
	skipped := func(cl claim) bool {
		return slices.ContainsFunc(skip, func(s [2]int) bool { return s[0] <= cl.pos && cl.pos < s[1] })
	}
	covered := 0   // end of the last date claim: "this Saturday" inside it is read with it
	rangeEnd := -1 // end of the last range claim: "for 4 hours" right after it is the window's length
	for _, cl := range cs {
		if strings.ContainsRune("rlcm", rune(cl.kind)) && skipped(cl) {
			continue
		}
		switch cl.kind {
		case 'p':
			c.recurrenceSeen = false
		case 'd':
			c.date(cl.m)
			covered = cl.end
		case 'w':
			if cl.pos >= covered {
				c.this(cl.m)
			}
		case 'r':
			c.rangeClaim(cl.m)
			rangeEnd = cl.end
		case 'l':
			if c.tied(cl, rangeEnd) {
				c.length(cl.m)
			}
		case 'c':
			c.recurrence(cl.m)
			c.recurrenceSeen = true
		case 's':
			c.same(cl.m)
		case 'm':
			c.recurrenceSeen = true
		}
	}
}

// tied reports whether length claim cl speaks of the window: "lasts 5
// hours" and "a 4-hour window" always do; "for 4 hours" and "of 4 hours"
// only right after a range of times or a word for the window ("from 10
// p.m. to 2 a.m. MST, for 4 hours", "a window of 4 hours"). "Users will
// lose access for 2 hours" may be a part of the window, so it is not
// compared.
func (c *checker) tied(cl claim, rangeEnd int) bool {
	switch strings.ToLower(c.sub(cl.m, 1)) {
	case "for", "of":
	default:
		return true
	}
	before := c.text[:cl.pos]
	if rangeEnd >= 0 && rangeEnd <= cl.pos && strings.Trim(c.text[rangeEnd:cl.pos], " ,\n") == "" {
		return true
	}
	return windowNoun.MatchString(before[max(0, len(before)-40):])
}

// sentenceBounds returns the bounds of the sentence of text that holds
// [i, j), from its first word to its full stop, included. A sentence
// ends at ".", "!" or "?" before a space or line break, or at a blank
// line, but not at the full stops of "p.m." or of an abbreviated day or
// month ("Sat.", "Jan."), which notices use within a sentence.
func sentenceBounds(text string, i, j int) (int, int) {
	ends := func(k int) bool { // text[k] ends a sentence
		if k+1 < len(text) && text[k+1] != ' ' && text[k+1] != '\n' {
			return false
		}
		switch text[k] {
		case '!', '?':
			return true
		case '.':
			w := text[:k]
			if sp := strings.LastIndexAny(w, " \n"); sp >= 0 {
				w = w[sp+1:]
			}
			lw := strings.ToLower(w)
			if lw == "a.m" || lw == "p.m" {
				return false
			}
			_, wd := parseWeekday(w)
			_, mo := parseMonth(w)
			return !((wd || mo) && len(w) <= 5)
		}
		return false
	}
	from := 0
	for k := i - 1; k >= 0; k-- {
		if ends(k) || (text[k] == '\n' && k > 0 && text[k-1] == '\n') {
			from = k + 1
			break
		}
	}
	for from < i && (text[from] == ' ' || text[from] == '\n') {
		from++
	}
	to := len(text)
	for k := j; k < len(text); k++ {
		if ends(k) || (text[k] == '\n' && k+1 < len(text) && text[k+1] == '\n') {
			to = k + 1
			break
		}
	}
	return from, to
}

// asciiLower returns s with A-Z lowered and every other byte kept, so
// that an offset into the result is one into s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// sub returns submatch i of m, or "".
func (c *checker) sub(m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return c.text[m[2*i]:m[2*i+1]]
}

func parseWeekday(s string) (time.Weekday, bool) {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.HasPrefix(strings.ToLower(d.String()), s) && len(s) >= 3 {
			return d, true
		}
	}
	return 0, false
}

func parseMonth(s string) (time.Month, bool) {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), s) && len(s) >= 3 {
			return m, true
		}
	}
	return 0, false
}

// sentDate is the civil date of the send instant in loc.
func (c *checker) sentDate(loc *time.Location) civil.Date { return civil.DateOf(c.sent.In(loc)) }

// near returns the windows whose start falls within days of d (a civil
// date, read in either zone).
func (c *checker) near(d civil.Date, days int) []window.Window {
	mid := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC)
	return slices.Collect(c.s.Windows(mid.AddDate(0, 0, -days-1), mid.AddDate(0, 0, days+1)))
}

// onDate returns the window that starts on d on the audience's clock, or
// else on the schedule's, and the zone it was found in. A window of a
// day or more that ends on d (a notice names the end day of a long span)
// counts when none starts on it.
func (c *checker) onDate(d civil.Date) (window.Window, *time.Location, bool) {
	ws := c.near(d, 2)
	for _, end := range []bool{false, true} {
		for _, loc := range c.clocks {
			for _, w := range ws {
				at := w.Start
				if end {
					if w.Duration() < 24*time.Hour {
						continue // a notice names such an end by its weekday
					}
					at = w.End
				}
				if civil.DateOf(at.In(loc)) == d {
					return w, loc, true
				}
			}
		}
	}
	return window.Window{}, nil, false
}

// date checks a date claim: the weekday against the date, the date
// against the schedule's windows, and a relative word against the send
// instant.
func (c *checker) date(m []int) {
	words := c.text[m[0]:m[1]]
	month, ok := parseMonth(c.sub(m, 5))
	if !ok {
		return
	}
	day, _ := strconv.Atoi(c.sub(m, 6))
	var d civil.Date
	if y := c.sub(m, 7); y != "" {
		year, _ := strconv.Atoi(y)
		d = civil.Date{Year: year, Month: month, Day: day}
	} else {
		// The year nearest the send instant.
		sd := c.sentDate(c.loc)
		best := -1
		for _, y := range []int{sd.Year - 1, sd.Year, sd.Year + 1} {
			cand := civil.Date{Year: y, Month: month, Day: day}
			if dist := max(cand.DaysSince(sd), sd.DaysSince(cand)); best < 0 || dist < best {
				d, best = cand, dist
			}
		}
	}
	// A day the month does not have ("January 99th", "February 30th") is
	// a date written wrong: it is read as the month's nearest day, which
	// no window may be taken to fall on, so that Correct names the
	// nearest window's date.
	var invalid string
	if !d.IsValid() {
		invalid = fmt.Sprintf("%s %d has no day %d", month, d.Year, day)
		d.Day = min(max(day, 1), civil.DaysIn(d.Year, d.Month))
	}
	wdWords := c.sub(m, 4)
	if wdWords == "" {
		wdWords = c.sub(m, 2) // "this Saturday, January 25th"
	}
	wd, hasWD := parseWeekday(wdWords)
	w, loc, found := c.onDate(d)
	found = found && invalid == ""
	correct := func(w window.Window, loc *time.Location) string {
		return fullDate(w.Start.In(loc), c.sent)
	}
	switch {
	case found && hasWD && wd != d.Weekday():
		c.add(m[0], words, correct(w, loc), fmt.Sprintf("%s is a %s, not a %s.", yearDate(dayStart(d)), d.Weekday(), wd))
	case !found && invalid == "" && c.skipped(d):
		// "No window is scheduled on Saturday, December 26th": a date the
		// rule selects and the schedule skips is named to say so.
		return
	case !found && c.hot && invalid == "":
		// A hot fix's own date: its weekday must agree with it; the range
		// after it gives its span.
		if hasWD && wd != d.Weekday() {
			c.add(m[0], words, fullDate(dayStart(d), c.sent.In(time.UTC)), fmt.Sprintf("%s is a %s, not a %s.", yearDate(dayStart(d)), d.Weekday(), wd))
		}
		if !c.curSet || civil.DateOf(c.cur.Start) != d {
			c.cur, c.curSet = nil, false
		}
		c.hotDate, c.hotSet, c.recurrenceSeen = d, true, false
		rel := strings.ToLower(c.sub(m, 3))
		if c.sub(m, 1) != "" {
			rel = "this"
		}
		if rel != "" {
			thisWD, _ := parseWeekday(c.sub(m, 2))
			c.relative(m[0], words[:relEnd(c, m)], rel, thisWD, d, c.loc)
		}
		return
	case !found:
		// Which part is wrong: a window near the date on the weekday
		// claimed means the date is; otherwise name the nearest window.
		var best *window.Window
		bestLoc, bestDist := c.loc, 0
		for _, w := range c.near(d, 35) {
			for _, l := range c.clocks {
				wd2 := civil.DateOf(w.Start.In(l))
				dist := max(wd2.DaysSince(d), d.DaysSince(wd2))
				if hasWD && wd2.Weekday() == wd && dist <= 6 {
					dist = -1 // the weekday was right
				}
				if best == nil || dist < bestDist {
					w := w
					best, bestLoc, bestDist = &w, l, dist
				}
			}
		}
		reason, nearest := fmt.Sprintf("The schedule has no window on %s", yearDate(dayStart(d))), "the nearest"
		if invalid != "" {
			reason, nearest = invalid, "the schedule's nearest window"
		}
		if best == nil {
			c.add(m[0], words, "", reason+", and no window within five weeks of it.")
			return
		}
		c.add(m[0], words, correct(*best, bestLoc), fmt.Sprintf("%s; %s is on %s.", reason, nearest, yearDate(best.Start.In(bestLoc))))
		w, loc = *best, bestLoc
	}
	c.hotDate, c.hotSet = civil.DateOf(w.Start.In(loc)), c.hot
	// A hot fix's own span, read from an earlier range on this date,
	// stays what the date speaks of: the body repeats the subject's date.
	if !c.hot || !c.curSet || !c.cur.Date.IsZero() || civil.DateOf(c.cur.Start) != c.hotDate {
		c.cur, c.curSet = &w, true
	}
	c.recurrenceSeen = false
	// The relative word, read on the clock the date was found on.
	rel := strings.ToLower(c.sub(m, 3))
	if c.sub(m, 1) != "" {
		rel = "this"
	}
	if rel != "" {
		thisWD, _ := parseWeekday(c.sub(m, 2))
		c.relative(m[0], words[:relEnd(c, m)], rel, thisWD, civil.DateOf(w.Start.In(loc)), loc)
	}
}

// relEnd is the length of the relative words at the start of a date claim.
func relEnd(c *checker, m []int) int {
	for _, i := range []int{2, 3} {
		if m[2*i+1] >= 0 {
			return m[2*i+1] - m[0]
		}
	}
	return m[1] - m[0]
}

func dayStart(d civil.Date) time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// relative checks "today", "tonight", "tomorrow" or "this Saturday" (rel
// "this", weekday wd) against date d read in loc.
func (c *checker) relative(pos int, words, rel string, wd time.Weekday, d civil.Date, loc *time.Location) {
	sd := c.sentDate(loc)
	days := d.DaysSince(sd)
	var ok bool
	switch rel {
	case "today", "tonight":
		ok = days == 0
	case "tomorrow":
		ok = days == 1
	case "this":
		ok = days >= 1 && days <= 6 && isoWeekday(d.Weekday()) > isoWeekday(sd.Weekday()) && wd == d.Weekday()
	}
	if ok {
		return
	}
	right := relative(dayStart(d).Add(12*time.Hour), dayStart(sd).Add(12*time.Hour))
	if right == "" {
		right = fmt.Sprintf("%s, %s %s", d.Weekday(), d.Month, english.Ordinal(d.Day))
	}
	c.add(pos, strings.TrimRight(words, ", "), right, fmt.Sprintf("The notice is sent on %s; the work is on %s.",
		yearDate(c.sent.In(loc)), yearDate(dayStart(d))))
}

// this checks "this Saturday" said without a date: a window must start on
// that day of the send instant's week.
func (c *checker) this(m []int) {
	wd, ok := parseWeekday(c.sub(m, 1))
	if !ok {
		return
	}
	words := c.text[m[0]:m[1]]
	for _, loc := range c.clocks {
		sd := c.sentDate(loc)
		for k := 1; k <= 6; k++ {
			d := sd.AddDays(k)
			if d.Weekday() == time.Monday {
				break
			}
			if d.Weekday() != wd {
				continue
			}
			if w, _, found := c.onDate(d); found {
				c.cur, c.curSet = &w, true
				return
			}
		}
	}
	next, ok := c.s.Next(c.sent)
	correct := ""
	if ok {
		correct = dayWords(next.Start.In(c.loc), c.sent.In(c.loc))
	}
	c.add(m[0], words, correct, fmt.Sprintf("No window starts on a %s later in the week of %s.", wd, yearDate(c.sent.In(c.loc))))
}

// clockOf reads a time claim from submatches i..i+5 of m.
func (c *checker) clockOf(m []int, i int) (civil.Clock, bool) {
	switch w := strings.ToLower(c.sub(m, i+3)); w {
	case "noon":
		return civil.Clock{Hour: 12}, true
	case "midnight":
		return civil.Clock{}, true
	}
	if h := c.sub(m, i+4); h != "" {
		hh, _ := strconv.Atoi(h)
		mm, _ := strconv.Atoi(c.sub(m, i+5))
		return civil.Clock{Hour: hh, Minute: mm}, true
	}
	hh, _ := strconv.Atoi(c.sub(m, i))
	mm := 0
	if s := c.sub(m, i+1); s != "" {
		mm, _ = strconv.Atoi(s)
	}
	if hh < 1 || hh > 12 {
		return civil.Clock{}, false
	}
	hh %= 12
	if strings.EqualFold(c.sub(m, i+2), "p") {
		hh += 12
	}
	return civil.Clock{Hour: hh, Minute: mm}, true
}

// fixedZone returns the zone a "UTC" or "UTC+5:30" of a notice names:
// a claim in it is read on that fixed offset, whatever the schedule's
// zone, since a UTC time is true or false independently of any clocks.
func fixedZone(abbr string) (*time.Location, bool) {
	if abbr == "UTC" {
		return time.UTC, true
	}
	rest, ok := strings.CutPrefix(abbr, "UTC")
	if !ok || len(rest) < 2 || (rest[0] != '+' && rest[0] != '-') {
		return nil, false
	}
	hs, ms, hasMin := strings.Cut(rest[1:], ":")
	h, err := strconv.Atoi(hs)
	if err != nil || h > 14 {
		return nil, false
	}
	m := 0
	if hasMin {
		if m, err = strconv.Atoi(ms); err != nil || m > 59 {
			return nil, false
		}
	}
	off := h*3600 + m*60
	if rest[0] == '-' {
		off = -off
	}
	return time.FixedZone(abbr, off), true
}

// knows reports whether abbr is a name loc's clocks have within a year
// of t: "MDT" is Denver's in summer. Every name in force in that time is
// looked at, however short its season.
func knows(loc *time.Location, t time.Time, abbr string) bool {
	from := t.AddDate(-1, 0, 0)
	if zoneName(from.In(loc)) == abbr {
		return true
	}
	for tr := range tzdata.Transitions(loc, from, t.AddDate(1, 0, 0)) {
		if zoneName(tr.At.In(loc)) == abbr {
			return true
		}
	}
	return false
}

// rangeClaim checks a range of times against the window of the latest
// date, or against the schedule's times after a recurrence phrase.
func (c *checker) rangeClaim(m []int) {
	words := c.text[m[0]:m[1]]
	claimWords := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(words, "from "), "From "))
	pos := m[1] - len(claimWords)
	sc, ok1 := c.clockOf(m, 1)
	ec, ok2 := c.clockOf(m, 8)
	if !ok1 || !ok2 {
		return
	}
	sz, ez := c.sub(m, 7), c.sub(m, 14)
	if z := c.sub(m, 16); z != "" && ez == "" {
		ez = z
	}
	endWD, hasEndWD := parseWeekday(c.sub(m, 15))
	if c.recurrenceSeen {
		c.recurrenceRange(pos, claimWords, sc, ec, sz, ez)
		return
	}
	if c.hotSet && c.curSet && !c.cur.Date.IsZero() && !slices.ContainsFunc(c.clocks, func(l *time.Location) bool {
		return civil.ClockOf(c.cur.Start.In(l)) == sc
	}) {
		// A hot fix on a window's date that does not start with the
		// window runs in a span of its own.
		c.cur, c.curSet = nil, false
	}
	if c.hotSet && !c.curSet {
		c.hotSpan(sc, ec, sz, ez, endWD, hasEndWD)
	}
	if !c.curSet {
		w, ok := c.s.Next(c.sent)
		if !ok {
			return
		}
		c.cur, c.curSet = &w, true
	}
	w := *c.cur
	// The clock the claim is on: the one its abbreviation names, else
	// the one whose times it gives, else the audience's.
	abbr := ez
	if abbr == "" {
		abbr = sz
	}
	locs := []*time.Location{c.loc, c.platform}
	var loc *time.Location
	fixed := false
	if z, ok := fixedZone(abbr); ok {
		loc, fixed = z, true // "5 a.m. to 9 a.m. UTC": read on UTC, true on every date
	}
	for _, l := range locs {
		if abbr != "" && (zoneName(w.Start.In(l)) == abbr || zoneName(w.End.In(l)) == abbr) {
			loc = l
			break
		}
	}
	for _, l := range locs {
		if loc == nil && abbr != "" && knows(l, w.Start, abbr) {
			loc = l
		}
	}
	for _, l := range locs {
		if loc == nil && civil.ClockOf(w.Start.In(l)) == sc && civil.ClockOf(w.End.In(l)) == ec {
			loc = l
		}
	}
	if loc == nil {
		loc = c.loc
	}
	start, end := w.Start.In(loc), w.End.In(loc)
	var why []string
	if civil.ClockOf(start) != sc {
		why = append(why, fmt.Sprintf("the work starts at %s %s", timeOfDay(start), zoneName(start)))
	}
	if civil.ClockOf(end) != ec {
		why = append(why, fmt.Sprintf("it ends at %s %s", timeOfDay(end), zoneName(end)))
	}
	zs, ze := zoneName(start), zoneName(end)
	switch {
	case fixed:
	case abbr != "" && !knows(loc, w.Start, abbr):
		why = append(why, fmt.Sprintf("%s is not a name of %s's clocks, which read %s then", abbr, loc, ze))
	case sz != "" && sz != zs:
		why = append(why, c.abbrReason(start, loc, sz))
	case ez != "" && ez != ze && sz == "" && zs == ze:
		// One abbreviation for both ends: say it of the start.
		why = append(why, c.abbrReason(start, loc, ez))
	case ez != "" && ez != ze:
		why = append(why, c.abbrReason(end, loc, ez))
	case sz == "" && ez != "" && zs != ze:
		why = append(why, fmt.Sprintf("the clocks change during the work: it starts at %s %s", timeOfDay(start), zs))
	}
	days := int(civil.DateOf(end).Days() - civil.DateOf(start).Days())
	if hasEndWD && (days == 0 || end.Weekday() != endWD) {
		if days == 0 {
			why = append(why, fmt.Sprintf("it ends on the day it starts, %s", start.Weekday()))
		} else {
			why = append(why, fmt.Sprintf("it ends on %s", end.Weekday()))
		}
	}
	if len(why) == 0 {
		return
	}
	correct := timeOfDay(start)
	if zs != ze {
		correct += " " + zs
	}
	correct += " to " + timeOfDay(end)
	if ez != "" || sz != "" {
		correct += " " + ze
	}
	if hasEndWD {
		correct += endDay(start, end)
	}
	r := strings.Join(why, "; ")
	c.add(pos, claimWords, correct, strings.ToUpper(r[:1])+r[1:]+".")
}

// hotSpan makes the span of a hot fix outside any window the current
// one, from a range said after its date: from sc on that date to the
// first ec after it (on the end weekday, when one is said), on the clock
// the abbreviation names, else the audience's. The range is then checked
// against that span like any other, so what it can still get wrong is
// its abbreviations, its end day and what later claims say of it.
func (c *checker) hotSpan(sc, ec civil.Clock, sz, ez string, endWD time.Weekday, hasEndWD bool) {
	abbr := cmp.Or(ez, sz)
	d := c.hotDate
	loc := c.loc
	if z, ok := fixedZone(abbr); ok {
		loc = z
	} else if abbr != "" && !knows(c.loc, dayStart(d), abbr) && knows(c.platform, dayStart(d), abbr) {
		loc = c.platform
	}
	start := time.Date(d.Year, d.Month, d.Day, sc.Hour, sc.Minute, 0, 0, loc)
	ed := d
	switch {
	case hasEndWD:
		ed = d.AddDays(1)
		for ed.Weekday() != endWD && ed.DaysSince(d) < 7 {
			ed = ed.AddDays(1)
		}
	case ec.Seconds() <= sc.Seconds():
		ed = d.AddDays(1)
	}
	end := time.Date(ed.Year, ed.Month, ed.Day, ec.Hour, ec.Minute, 0, 0, loc)
	if !end.After(start) {
		return
	}
	c.cur, c.curSet = &window.Window{Start: start, End: end}, true
}

// abbrReason says why abbreviation said is wrong at t in loc, and when
// loc's clocks do read said: "On Saturday, January 25th, 2020,
// America/Denver keeps MST (UTC-7), not MDT; MDT begins on March 8th,
// 2020".
func (c *checker) abbrReason(t time.Time, loc *time.Location, said string) string {
	_, off := t.Zone()
	r := fmt.Sprintf("on %s, %s keeps %s (%s), not %s", yearDate(t), loc, zoneName(t), english.UTCOffset(off), said)
	for tr := range tzdata.Transitions(loc, t, t.AddDate(1, 0, 0)) {
		at := tr.At.In(loc)
		if zoneName(at) == said {
			return r + fmt.Sprintf("; %s begins on %s %s, %d", said, at.Month(), english.Ordinal(at.Day()), at.Year())
		}
	}
	return r
}

// recurrenceRange checks the times said with a recurrence: the schedule's
// own, or the audience's time of some window in the next 12 months; in a
// UTC offset the text names, the time of some window on that offset.
//
// Each abbreviation said (sz of the start, ez of the end, or of both when
// it is the only one) must name the clock at that end of every window of
// the next 12 months, on the audience's clock or the schedule's: "MDT"
// with a monthly recurrence is false in a January notice even though the
// summer's windows are MDT, since the sentence speaks of every window. An
// abbreviation that holds for only some of them is reported with the
// zone's generic name ("Mountain time"), which holds for all.
func (c *checker) recurrenceRange(pos int, words string, sc, ec civil.Clock, sz, ez string) {
	sp := c.spec
	ws := slices.Collect(c.s.Windows(c.sent, c.sent.AddDate(0, horizonMonths, 0)))
	if z, ok := fixedZone(cmp.Or(ez, sz)); ok {
		for _, w := range ws {
			if civil.ClockOf(w.Start.In(z)) == sc && civil.ClockOf(w.End.In(z)) == ec {
				return
			}
		}
		if len(ws) == 0 {
			return
		}
		start := ws[0].Start.In(z)
		c.add(pos, words, nominalWords(sp)+" "+zoneClock(c.platform),
			fmt.Sprintf("The schedule's windows run %s %s, and no window of the next 12 months is at %s to %s %s; the next runs %s.",
				nominalWords(sp), zoneClock(c.platform), clockWords(sc), clockWords(ec), z, rangeWords(start, ws[0].End)))
		return
	}
	for _, said := range []struct {
		abbr string
		end  bool
	}{{sz, false}, {ez, sz == ""}} {
		if said.abbr == "" || len(ws) == 0 {
			continue
		}
		if c.seasonal(pos, words, sc, ec, said.abbr, said.end, ws) {
			return
		}
	}
	end := sp.End
	if sp.Length > 0 {
		end = civil.ClockOfSeconds((sp.Start.Seconds() + int64(sp.Length/time.Second)) % civil.SecondsPerDay)
	}
	if sc == sp.Start && ec == end {
		return
	}
	for _, w := range ws {
		if civil.ClockOf(w.Start.In(c.loc)) == sc && civil.ClockOf(w.End.In(c.loc)) == ec {
			return
		}
	}
	c.add(pos, words, nominalWords(sp)+" "+zoneClock(c.platform),
		fmt.Sprintf("The schedule's windows run %s %s, and no window of the next 12 months is at %s to %s on the reader's clock.",
			nominalWords(sp), zoneClock(c.platform), clockWords(sc), clockWords(ec)))
}

// seasonal checks abbreviation abbr, said of the start (or of the end
// when atEnd) of every window ws, and reports whether it added a finding.
// The clock it is read on is the audience's or the schedule's, whichever
// it names more often.
func (c *checker) seasonal(pos int, words string, sc, ec civil.Clock, abbr string, atEnd bool, ws []window.Window) bool {
	at := func(w window.Window) time.Time {
		if atEnd {
			return w.End
		}
		return w.Start
	}
	var loc *time.Location
	var miss *window.Window
	best := -1
	for _, l := range []*time.Location{c.loc, c.platform} {
		n, first := 0, (*window.Window)(nil)
		for i, w := range ws {
			if zoneName(at(w).In(l)) == abbr {
				n++
			} else if first == nil {
				first = &ws[i]
			}
		}
		if n > best {
			best, loc, miss = n, l, first
		}
	}
	if miss == nil {
		return false
	}
	t := at(*miss).In(loc)
	correct := clockWords(sc) + " to " + clockWords(ec) + " " + zoneClock(loc)
	if loc == c.platform {
		correct = nominalWords(c.spec) + " " + zoneClock(loc)
	}
	how := "only some"
	if best == 0 {
		how = "none"
	}
	c.add(pos, words, correct, fmt.Sprintf("%s names %s's clocks for %s of the windows of the next 12 months; in the window of %s they read %s.",
		abbr, loc, how, yearDate(miss.Start.In(loc)), zoneName(t)))
	return true
}

var ordinalWords = map[string]string{"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth"}

var smallNumbers = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

func number(s string) int {
	if n, ok := smallNumbers[strings.ToLower(s)]; ok {
		return n
	}
	n, _ := strconv.Atoi(s)
	return n
}

// length checks a stated length against the window's actual one.
func (c *checker) length(m []int) {
	if !c.curSet {
		return
	}
	w := *c.cur
	correct := english.Length(w.Duration())
	// The claim is the length's own words: "4 hours" of "lasts 4 hours",
	// "4-hour" of "a 4-hour window".
	h, pos, end := c.sub(m, 2), m[4], m[1]
	if h == "" {
		h, pos, end = c.sub(m, 4), m[8], m[9]+len("-hour")
		if w.Duration()%time.Hour == 0 {
			correct = fmt.Sprintf("%d-hour", w.Duration()/time.Hour)
		}
	}
	said := time.Duration(number(h))*time.Hour + time.Duration(number(c.sub(m, 3)))*time.Minute
	if said == w.Duration() {
		return
	}
	claim := c.text[pos:end]
	what := "The window of"
	if w.Date.IsZero() {
		what = "The work of" // a hot fix's own span
	}
	reason := fmt.Sprintf("%s %s lasts %s", what, yearDate(w.Start.In(c.loc)), english.Length(w.Duration()))
	for tr := range w.Transitions() {
		if s := clockChange(tr, w.Duration(), "it"); s != "" {
			reason += ": " + strings.ToLower(s[:1]) + s[1:]
			break
		}
	}
	c.add(pos, claim, correct, sentence(reason))
}

// recurrence checks "the last Saturday of each month" against the
// schedule's recurrence in words.
func (c *checker) recurrence(m []int) {
	want := c.s.Describe()
	var got string
	if wd := c.sub(m, 3); wd != "" {
		d, _ := parseWeekday(wd)
		got = "every " + d.String()
	} else {
		d, _ := parseWeekday(c.sub(m, 2))
		ord := strings.ToLower(c.sub(m, 1))
		if w, ok := ordinalWords[ord]; ok {
			ord = w // "2nd" reads "second", as Describe writes it
		}
		got = "the " + ord + " " + d.String() + " of each month"
	}
	if got == want || strings.HasPrefix(want, got+" ") || strings.HasPrefix(want, got+",") {
		return
	}
	c.add(m[0], c.text[m[0]:m[1]], want, fmt.Sprintf("The schedule's windows are on %s.", want))
}

// same checks "the same time": true only when every window of the next
// 12 months reads on the audience's clock as the current one does.
func (c *checker) same(m []int) {
	if !c.curSet || c.cur.Date.IsZero() { // no window, no recurrence to compare
		return
	}
	this := *c.cur
	mine := formOf(this, c.loc)
	for w := range c.s.Windows(c.sent, c.sent.AddDate(0, horizonMonths, 0)) {
		if w.Date == this.Date && w.OneOff == this.OneOff {
			continue
		}
		if formOf(w, c.loc) != mine {
			start := w.Start.In(c.loc)
			n := Notice{Location: c.loc, Sent: c.sent.In(c.loc), Schedule: c.s, Recurrence: c.s.Describe()}
			// The claim is the whole sentence, so that Correct, a whole
			// sentence, can stand in its place.
			from, to := sentenceBounds(c.text, m[0], m[1])
			c.add(from, c.text[from:to], again(n, this, c.platform), fmt.Sprintf("For a reader in %s the time differs: on %s the work runs %s.",
				c.loc, yearDate(start), rangeWords(start, w.End)))
			return
		}
	}
}

// skipped reports whether the rule selects d but the schedule has no
// window on it: an Except date or a drop.
func (c *checker) skipped(d civil.Date) bool {
	if slices.Contains(c.spec.Except, d) {
		return true
	}
	mid := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC)
	for x := range c.s.Dropped(mid.AddDate(0, 0, -2), mid.AddDate(0, 0, 2)) {
		if x.Date == d {
			return true
		}
	}
	return false
}
