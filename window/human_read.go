package window

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
)

// This file reads the human form of a spec:
//
//	RULE TIMES ZONE [from DATE] [until DATE] [except DATE, ...] [also DATE [TIME], ...] [dst compatible|earlier|later|reject]
//
// RULE is "every day", "every WEEKDAY[, WEEKDAY...]" (or "and") or
// "[the] ORDINAL WEEKDAY[, ORDINAL WEEKDAY...] of every|each|the month".
// TIMES is "START-END" (also an en or em dash, or " to ") or "START for
// DURATION". The clauses after the zone may come in any order, each once.
// Words are matched ignoring case; the zone name is not.
//
// The parser works on bytes and positions rather than on a token list,
// because the same character means different things in different places:
// "-" separates two times ("22:00-02:00", "10pm-2am") but is part of a date
// ("2020-01-25") and of some zone names ("America/Port-au-Prince").

// specSource is the text a parser reads. Both parsers embed it for their
// errors.
type specSource struct{ src string }

// fail returns a ParseError at pos.
func (s specSource) fail(pos int, format string, args ...any) error {
	return s.wrap(pos, fmt.Errorf(format, args...))
}

// wrap returns a ParseError at pos wrapping err.
func (s specSource) wrap(pos int, err error) error {
	return &ParseError{Spec: s.src, Pos: pos, Err: err}
}

// humanParser holds the spec and the position of the next unread byte.
type humanParser struct {
	specSource
	pos int
}

func (p *humanParser) skipSpace() {
	for p.pos < len(p.src) {
		r, n := utf8.DecodeRuneInString(p.src[p.pos:])
		if !unicode.IsSpace(r) {
			return
		}
		p.pos += n
	}
}

func (p *humanParser) eof() bool {
	p.skipSpace()
	return p.pos >= len(p.src)
}

// peekField returns the next field, a run of bytes up to a space or comma,
// and its position, without consuming it. It is "" at the end.
func (p *humanParser) peekField() (string, int) {
	p.skipSpace()
	end := p.pos
	for end < len(p.src) {
		r, n := utf8.DecodeRuneInString(p.src[end:])
		if unicode.IsSpace(r) || r == ',' {
			break
		}
		end += n
	}
	return p.src[p.pos:end], p.pos
}

// field consumes and returns the next field and its position.
func (p *humanParser) field() (string, int) {
	f, at := p.peekField()
	p.pos = at + len(f)
	return f, at
}

// acceptWord consumes the next field if it is w, ignoring case.
func (p *humanParser) acceptWord(w string) bool {
	f, at := p.peekField()
	if strings.EqualFold(f, w) {
		p.pos = at + len(f)
		return true
	}
	return false
}

// acceptComma consumes a comma after optional space.
func (p *humanParser) acceptComma() bool {
	p.skipSpace()
	if p.pos < len(p.src) && p.src[p.pos] == ',' {
		p.pos++
		return true
	}
	return false
}

// acceptSeparator consumes a list separator: a comma, "and", or both.
func (p *humanParser) acceptSeparator() bool {
	c := p.acceptComma()
	return p.acceptWord("and") || c
}

// show returns the field f found at at, quoted for a message: the next
// character when f is empty, "end of spec" at the end.
func (p *humanParser) show(f string, at int) string {
	if f == "" && at >= len(p.src) {
		return "end of spec"
	}
	if f == "" {
		r, n := utf8.DecodeRuneInString(p.src[at:])
		if r == utf8.RuneError {
			return quoted(p.src[at : at+n])
		}
		return quoted(string(r))
	}
	return quoted(f)
}

// quoted returns f quoted for a message, shortened.
func quoted(f string) string {
	if len(f) > 40 {
		f = f[:40] + "..."
	}
	return fmt.Sprintf("%q", f)
}

// parseHuman reads a spec in the human form.
func parseHuman(src string) (Spec, error) {
	p := &humanParser{specSource: specSource{src}}
	sp := Spec{From: defaultFrom}
	if p.eof() {
		return Spec{}, p.fail(0, `empty spec (want a rule such as "last Saturday of every month 22:00-02:00 America/Denver")`)
	}
	rule, err := p.rule()
	if err != nil {
		return Spec{}, err
	}
	sp.Rule = rule
	if err := p.times(&sp); err != nil {
		return Spec{}, err
	}

	zone, at := p.field()
	if zone == "" || isClauseWord(zone) {
		return Spec{}, p.fail(at, "missing zone at %s (want an IANA zone name such as America/Denver or UTC)", p.show(zone, at))
	}
	loc, err := loadZone(zone)
	if err != nil {
		return Spec{}, p.wrap(at, err)
	}
	sp.Location = loc

	seen := map[string]bool{}
	for !p.eof() {
		word, at := p.field()
		kw := strings.ToLower(word)
		if !isClauseWord(kw) {
			return Spec{}, p.fail(at, "unexpected %s (want from, until, except, also or dst)", p.show(word, at))
		}
		if seen[kw] {
			return Spec{}, p.fail(at, "%s given twice", quoted(word))
		}
		seen[kw] = true
		switch kw {
		case "from":
			if sp.From, err = p.date(); err != nil {
				return Spec{}, err
			}
		case "until":
			if sp.Until, err = p.date(); err != nil {
				return Spec{}, err
			}
		case "except":
			for {
				d, err := p.date()
				if err != nil {
					return Spec{}, err
				}
				sp.Except = append(sp.Except, d)
				if !p.acceptSeparator() {
					break
				}
			}
		case "also":
			for {
				d, err := p.date()
				if err != nil {
					return Spec{}, err
				}
				x := Extra{Date: d, Start: sp.Start}
				if p.startsTime() {
					if x.Start, err = p.clock(false); err != nil {
						return Spec{}, err
					}
				}
				sp.Extra = append(sp.Extra, x)
				if !p.acceptSeparator() {
					break
				}
			}
		case "dst":
			f, at := p.field()
			d, err := tzdata.ParseDisambiguation(f)
			if err != nil {
				return Spec{}, p.fail(at, "unknown dst rule %s (want compatible, earlier, later or reject)", p.show(f, at))
			}
			sp.Disambiguation = d
		}
	}
	return sp, nil
}

// loadZone is tzdata.Load with a bound on the name, so that a long
// garbage name does not make a long error message. No IANA name is near it.
func loadZone(name string) (*time.Location, error) {
	if len(name) > 100 {
		return nil, fmt.Errorf("%w %s (names are shorter)", tzdata.ErrUnknownZone, quoted(name))
	}
	return tzdata.Load(name)
}

func isClauseWord(w string) bool {
	switch strings.ToLower(w) {
	case "from", "until", "except", "also", "dst":
		return true
	}
	return false
}

const ruleWant = `want "every day", "every WEEKDAY" or "ORDINAL WEEKDAY of every month"`

// rule reads the RULE part.
func (p *humanParser) rule() (Rule, error) {
	if f, _ := p.peekField(); strings.EqualFold(f, "every") {
		p.field()
		if p.acceptWord("day") {
			return Rule{Freq: Daily, WeekStart: time.Monday}, nil
		}
		var days []WeekdayN
		for {
			wd, err := p.weekday()
			if err != nil {
				return Rule{}, err
			}
			days = append(days, WeekdayN{Weekday: wd})
			if !p.acceptSeparator() {
				break
			}
		}
		return Rule{Freq: Weekly, ByDay: normalWeekdays(days), WeekStart: time.Monday}, nil
	}
	p.acceptWord("the")
	if f, at := p.peekField(); !isOrdinalWord(f) {
		return Rule{}, p.fail(at, "unknown rule %s (%s)", p.show(f, at), ruleWant)
	}
	// A list of items "ORDINAL WEEKDAY"; ordinals may share a weekday, as
	// in "1st and 3rd Monday".
	var days []WeekdayN
	var pending []int
	for {
		p.acceptWord("the")
		n, err := p.readOrdinal()
		if err != nil {
			return Rule{}, err
		}
		pending = append(pending, n)
		if f, _ := p.peekField(); !isWeekdayName(f) {
			if p.acceptSeparator() {
				continue
			}
		}
		wd, err := p.weekday()
		if err != nil {
			return Rule{}, err
		}
		for _, n := range pending {
			days = append(days, WeekdayN{N: n, Weekday: wd})
		}
		pending = pending[:0]
		if !p.acceptSeparator() {
			break
		}
	}
	if !p.acceptWord("of") {
		f, at := p.peekField()
		return Rule{}, p.fail(at, `want "of every month" after the weekday, got %s`, p.show(f, at))
	}
	if !p.acceptWord("every") && !p.acceptWord("each") && !p.acceptWord("the") {
		f, at := p.peekField()
		return Rule{}, p.fail(at, `want "of every month", "of each month" or "of the month", got %s`, p.show(f, at))
	}
	if !p.acceptWord("month") {
		f, at := p.peekField()
		return Rule{}, p.fail(at, `want "month", got %s (only monthly ordinal rules have a human form; use RFC 5545 for others)`, p.show(f, at))
	}
	return Rule{Freq: Monthly, ByDay: normalWeekdays(days), WeekStart: time.Monday}, nil
}

var ordinalWords = map[string]int{
	"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"last": -1,
}

func isOrdinalWord(f string) bool {
	_, ok := ordinalWords[strings.ToLower(f)]
	return ok
}

// readOrdinal reads "1st".."5th", "first".."fifth", "last", and "2nd last",
// "second last" or "2nd to last" for counting from the end.
func (p *humanParser) readOrdinal() (int, error) {
	f, at := p.field()
	n, ok := ordinalWords[strings.ToLower(f)]
	if !ok {
		return 0, p.fail(at, "unknown ordinal %s (want 1st..5th, first..fifth, last or 2nd last..5th last)", p.show(f, at))
	}
	if n > 0 {
		save := p.pos
		p.acceptWord("to")
		if p.acceptWord("last") {
			return -n, nil
		}
		p.pos = save
	}
	return n, nil
}

var weekdayNames = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday,
	"tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday,
	"sunday": time.Sunday, "sun": time.Sunday,
}

func isWeekdayName(f string) bool {
	_, ok := weekdayNames[strings.ToLower(f)]
	return ok
}

// weekday reads a weekday name, full or abbreviated, in any case.
func (p *humanParser) weekday() (time.Weekday, error) {
	f, at := p.field()
	wd, ok := weekdayNames[strings.ToLower(f)]
	if !ok {
		return 0, p.fail(at, "unknown weekday %s (want Monday..Sunday)", p.show(f, at))
	}
	return wd, nil
}

// times reads "START-END", "START to END" or "START for DURATION".
func (p *humanParser) times(sp *Spec) error {
	p.skipSpace()
	if !p.startsTime() {
		f, at := p.peekField()
		return p.fail(at, "want a start time such as 22:00, 10pm or 10 p.m., got %s", p.show(f, at))
	}
	start, err := p.clock(false)
	if err != nil {
		return err
	}
	sp.Start = start
	p.skipSpace()
	switch {
	case p.acceptDash() || p.acceptWord("to"):
		end, err := p.clock(true)
		if err != nil {
			return err
		}
		sp.End = end
	case p.acceptWord("for"):
		f, at := p.field()
		d, err := time.ParseDuration(f)
		if err != nil || strings.HasPrefix(f, "+") {
			return p.fail(at, "bad duration %s (want a Go duration such as 3h, 90m or 4h30m)", p.show(f, at))
		}
		if d <= 0 {
			return p.fail(at, "duration %s is not positive", p.show(f, at))
		}
		sp.Length = d
	default:
		f, at := p.peekField()
		return p.fail(at, `want "-END", "to END" or "for DURATION" after the start time, got %s`, p.show(f, at))
	}
	return nil
}

// acceptDash consumes a hyphen, en dash or em dash.
func (p *humanParser) acceptDash() bool {
	for _, d := range [...]string{"-", "\u2013", "\u2014"} {
		if strings.HasPrefix(p.src[p.pos:], d) {
			p.pos += len(d)
			return true
		}
	}
	return false
}

// startsTime reports whether a time (a digit, "noon" or "midnight") comes next.
func (p *humanParser) startsTime() bool {
	p.skipSpace()
	if p.pos >= len(p.src) {
		return false
	}
	if c := p.src[p.pos]; c >= '0' && c <= '9' {
		return true
	}
	w := p.letters()
	return strings.EqualFold(w, "noon") || strings.EqualFold(w, "midnight")
}

// letters returns the run of ASCII letters at pos, without consuming it.
func (p *humanParser) letters() string {
	end := p.pos
	for end < len(p.src) && isLetter(p.src[end]) {
		end++
	}
	return p.src[p.pos:end]
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// boundary reports whether pos ends a time: the end of the spec, a space, a
// comma or a dash.
func (p *humanParser) boundary(pos int) bool {
	if pos >= len(p.src) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(p.src[pos:])
	return unicode.IsSpace(r) || r == ',' || r == '-' || r == '\u2013' || r == '\u2014'
}

const timeWant = "want HH:MM, 10pm, 10:30 p.m., noon or midnight"

// clock reads a time of day: "22:00", "9:30", "10pm", "10 p.m.",
// "10:30 a.m.", "noon", "midnight". "24:00" is accepted as an end time and
// means midnight.
func (p *humanParser) clock(end bool) (civil.Clock, error) {
	p.skipSpace()
	at := p.pos
	if w := p.letters(); w != "" && p.boundary(p.pos+len(w)) {
		switch strings.ToLower(w) {
		case "noon":
			p.pos += len(w)
			return civil.Clock{Hour: 12}, nil
		case "midnight":
			p.pos += len(w)
			return civil.Clock{}, nil
		}
	}
	digits := func() string {
		s := p.pos
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			p.pos++
		}
		return p.src[s:p.pos]
	}
	bad := func() (civil.Clock, error) {
		p.pos = at
		f, _ := p.peekField()
		return civil.Clock{}, p.fail(at, "bad time %s (%s)", p.show(f, at), timeWant)
	}
	h := digits()
	if len(h) == 0 || len(h) > 2 {
		return bad()
	}
	hour := atoi2(h)
	minute, colon := 0, false
	if p.pos < len(p.src) && p.src[p.pos] == ':' {
		p.pos++
		m := digits()
		if len(m) != 2 {
			return bad()
		}
		minute, colon = atoi2(m), true
	}
	// An a.m./p.m. marker, attached or after a space. It must end at a
	// boundary, so that "02:00 America/Denver" is not read as "02:00 am".
	save := p.pos
	p.skipSpace()
	pm, marked := false, false
	for _, m := range [...]string{"a.m.", "p.m.", "a.m", "p.m", "am", "pm"} {
		if len(p.src)-p.pos >= len(m) && strings.EqualFold(p.src[p.pos:p.pos+len(m)], m) && p.boundary(p.pos+len(m)) {
			p.pos += len(m)
			pm, marked = m[0] == 'p', true
			break
		}
	}
	if !marked {
		p.pos = save
	}
	switch {
	case marked:
		if hour < 1 || hour > 12 || minute > 59 {
			p.pos = at
			return civil.Clock{}, p.fail(at, "bad time %s (want an hour 1..12 before a.m. or p.m.)", quoted(p.src[at:min(save, len(p.src))]))
		}
		hour %= 12
		if pm {
			hour += 12
		}
	case !colon:
		p.pos = at
		return civil.Clock{}, p.fail(at, "bad time %s (%s; a bare hour needs a.m. or p.m.)", quoted(h), timeWant)
	case end && hour == 24 && minute == 0:
		hour = 0
	case hour > 23 || minute > 59:
		return civil.Clock{}, p.fail(at, "bad time %s (want 00:00..23:59)", quoted(p.src[at:p.pos]))
	}
	if !p.boundary(p.pos) {
		return bad()
	}
	return civil.Clock{Hour: hour, Minute: minute}, nil
}

// atoi2 converts at most two ASCII digits.
func atoi2(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// date reads a YYYY-MM-DD date.
func (p *humanParser) date() (civil.Date, error) {
	f, at := p.field()
	d, err := civil.ParseDate(f)
	if err != nil {
		return civil.Date{}, p.fail(at, "bad date %s (want YYYY-MM-DD)", p.show(f, at))
	}
	return d, nil
}

// Normalization. Both parsers put the lists of a Rule in one order and drop
// repeats, so that Parse(s.String()) gives the same Spec whatever order the
// text used, and String can print lists in a natural order.

// ordKey orders ordinals as a month reads: 1, 2, ..., then -5 .. -1 (the
// last). It orders BYMONTHDAY and similar lists the same way.
func ordKey(n int) int {
	if n < 0 {
		return 1<<20 + n
	}
	return n
}

// weekdayKey orders weekdays Monday first, as notices list them.
func weekdayKey(d time.Weekday) int { return (int(d) + 6) % 7 }

// normalWeekdays returns days sorted (weekday Monday first, then ordinal)
// without repeats. Like the other normal and sorted functions it keeps a
// nil list nil, as [slices.Clone] does.
func normalWeekdays(days []WeekdayN) []WeekdayN { return slices.Compact(sortedWeekdays(days)) }

// sortedWeekdays returns a sorted copy of days.
func sortedWeekdays(days []WeekdayN) []WeekdayN {
	out := slices.Clone(days)
	slices.SortFunc(out, func(a, b WeekdayN) int {
		if c := weekdayKey(a.Weekday) - weekdayKey(b.Weekday); c != 0 {
			return c
		}
		return ordKey(a.N) - ordKey(b.N)
	})
	return out
}

// sortedInts returns a sorted copy of ns in ordinal order.
func sortedInts(ns []int) []int {
	out := slices.Clone(ns)
	slices.SortFunc(out, func(a, b int) int { return ordKey(a) - ordKey(b) })
	return out
}

func normalInts(ns []int) []int { return slices.Compact(sortedInts(ns)) }

func sortedMonths(ms []time.Month) []time.Month {
	out := slices.Clone(ms)
	slices.Sort(out)
	return out
}

func normalMonths(ms []time.Month) []time.Month { return slices.Compact(sortedMonths(ms)) }
