package window

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
)

// This file reads the human form of a spec. The grammar it accepts is
// described once, in the doc comment of [Parse]; human_write.go writes
// the canonical form back.
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
	// weekdayOffset is "the Saturday after" until the rule's weekday is
	// read; pendingOffset is the days it comes to.
	weekdayOffset *weekdayOffset
	pendingOffset int
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
	rule, offset, on, err := p.rule()
	if err != nil {
		return Spec{}, err
	}
	sp.Rule = rule
	sp.Offset = offset + p.pendingOffset
	if !on.IsZero() {
		sp.From, sp.Until = on, on
	}
	if err := p.times(&sp); err != nil {
		return Spec{}, err
	}

	zone, at := p.zoneName()
	if zone == "" || isClauseWord(zone) {
		return Spec{}, p.fail(at, "missing zone at %s (want an IANA zone name such as America/Denver, UTC or UTC-7)", p.show(zone, at))
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
			if kw == "count" || kw == "times" || kw != "" && kw[0] >= '0' && kw[0] <= '9' {
				return Spec{}, p.fail(at, "a number of windows has no human form (write until DATE); the RFC 5545 form says it with COUNT, for example RRULE:FREQ=WEEKLY;BYDAY=SA;COUNT=5")
			}
			return Spec{}, p.fail(at, "unexpected %s (want from, until, except, also or dst)", p.show(word, at))
		}
		if seen[kw] {
			return Spec{}, p.fail(at, "%s given twice", quoted(word))
		}
		seen[kw] = true
		if !on.IsZero() && (kw == "from" || kw == "until") {
			return Spec{}, p.fail(at, "%s with a one-off window %q (write the date after \"on\" only)", quoted(word), "on "+on.String())
		}
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

// zoneName reads the zone: one field, or the words of a Windows zone name
// ("Mountain Standard Time") up to the next clause word.
func (p *humanParser) zoneName() (string, int) {
	f, at := p.field()
	if f == "" || isClauseWord(f) || strings.Contains(f, "/") {
		return f, at
	}
	end := p.pos
	for {
		save := p.pos
		g, _ := p.field()
		if g == "" || isClauseWord(g) {
			p.pos = save
			break
		}
		end = p.pos
	}
	name := strings.Join(strings.Fields(p.src[at:end]), " ")
	if _, ok := tzdata.WindowsZone(name); ok || name == f {
		p.pos = end
		return name, at
	}
	// Not a Windows name: read one field, so that the error is about it.
	p.pos = at + len(f)
	return f, at
}

// loadZone is [tzdata.ParseZone] with a bound on the name, so that a long
// garbage name does not make a long error message. No zone name is near
// it. ParseZone reads IANA names, fixed offsets (UTC-7) and Windows names,
// and refuses abbreviations (MST) with the zones that use them.
func loadZone(name string) (*time.Location, error) {
	if len(name) > 100 {
		return nil, fmt.Errorf("%w %s (names are shorter)", tzdata.ErrUnknownZone, quoted(name))
	}
	return tzdata.ParseZone(name)
}

func isClauseWord(w string) bool {
	switch strings.ToLower(w) {
	case "from", "until", "except", "also", "dst":
		return true
	}
	return false
}

const ruleWant = `want "every day", "every Monday", "every weekday", "every other Sunday", "last Saturday of every month", "15th of every month" or "on 2026-12-24"`

// rfcHint ends the errors for rules the human form cannot say but RFC 5545
// can, with a one-line example of that form.
const rfcHint = "; the RFC 5545 form says more, for example RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"

// rule reads the RULE part, and the offset before it ("2 days after the").
// It returns the rule, the offset in days and, for "on DATE", the date.
func (p *humanParser) rule() (Rule, int, civil.Date, error) {
	f, at := p.peekField()
	switch strings.ToLower(f) {
	case "on":
		p.field()
		d, err := p.date()
		return Rule{Freq: Daily, WeekStart: time.Monday}, 0, d, err
	case "every":
		p.field()
		r, err := p.everyRule()
		return r, 0, civil.Date{}, err
	case "quarterly", "monthly", "weekly", "daily", "yearly", "annually":
		return Rule{}, 0, civil.Date{}, p.fail(at, `%s says too little: which day? (write, for example, "1st Monday of January, April, July and October", "15th of every 3 months" or "every Sunday")`, quoted(f))
	}
	offset, err := p.offset()
	if err != nil {
		return Rule{}, 0, civil.Date{}, err
	}
	r, err := p.monthRule()
	if err != nil {
		return Rule{}, 0, civil.Date{}, err
	}
	return r, offset, civil.Date{}, nil
}

// everyRule reads what follows "every": "day", "N days", "other day",
// a weekday set, "other WEEKDAYS", "N weeks on WEEKDAYS".
func (p *humanParser) everyRule() (Rule, error) {
	r := Rule{WeekStart: time.Monday}
	f, at := p.peekField()
	n := 1
	switch {
	case strings.EqualFold(f, "other"):
		p.field()
		n = 2
	case f != "" && f[0] >= '0' && f[0] <= '9':
		p.field()
		v, err := strconv.Atoi(f)
		if err != nil || v < 1 || v > maxInterval {
			return Rule{}, p.fail(at, "bad interval %s (want a whole number 1..%d, as in \"every 3 weeks on Saturday\")", p.show(f, at), maxInterval)
		}
		n = v
	}
	unit, uat := p.peekField()
	switch strings.ToLower(unit) {
	case "day", "days":
		p.field()
		r.Freq, r.Interval = Daily, n
	case "week", "weeks":
		p.field()
		if !p.acceptWord("on") {
			g, gat := p.peekField()
			return Rule{}, p.fail(gat, `want "on WEEKDAY" after %s, got %s (as in "every 3 weeks on Saturday")`, quoted(unit), p.show(g, gat))
		}
		days, err := p.weekdaySet()
		if err != nil {
			return Rule{}, err
		}
		r.Freq, r.Interval, r.ByDay = Weekly, n, days
	case "month", "months", "year", "years":
		return Rule{}, p.fail(uat, `%s needs a day: write "15th of every month", "last Sunday of every 3 months" or "1st Monday of January and July"`, quoted("every "+unit))
	default:
		days, err := p.weekdaySet()
		if err != nil {
			return Rule{}, err
		}
		r.Freq, r.Interval, r.ByDay = Weekly, n, days
	}
	if r.Interval == 1 {
		r.Interval = 0
	}
	return r, nil
}

// weekdaySet reads "weekday" (Monday to Friday), "weekend", a range
// "Monday to Friday" or "Mon-Fri", or a list "Tuesday and Thursday".
func (p *humanParser) weekdaySet() ([]WeekdayN, error) {
	switch {
	case p.acceptWord("weekday") || p.acceptWord("weekdays"):
		return weekdaysFrom(time.Monday, time.Friday), nil
	case p.acceptWord("weekend") || p.acceptWord("weekends"):
		return weekdaysFrom(time.Saturday, time.Sunday), nil
	}
	var days []WeekdayN
	for {
		// "Mon-Fri" is one field; split it at the dash.
		f, _ := p.peekField()
		if a, b, ok := strings.Cut(f, "-"); ok && isWeekdayName(a) && isWeekdayName(b) {
			p.field()
			days = append(days, weekdaysFrom(weekdayNames[strings.ToLower(a)], weekdayNames[strings.ToLower(b)])...)
		} else {
			wd, err := p.weekday()
			if err != nil {
				return nil, err
			}
			save := p.pos
			if p.acceptWord("to") || p.acceptWord("through") || p.acceptWord("-") {
				if g, _ := p.peekField(); isWeekdayName(g) {
					to, _ := p.weekday()
					days = append(days, weekdaysFrom(wd, to)...)
				} else {
					p.pos = save
					days = append(days, WeekdayN{Weekday: wd})
				}
			} else {
				days = append(days, WeekdayN{Weekday: wd})
			}
		}
		if g, _ := p.peekField(); !p.nextIsWeekday(g) {
			break
		}
		if !p.acceptSeparator() {
			break
		}
	}
	return normalWeekdays(days), nil
}

// nextIsWeekday reports whether, after an optional separator, a weekday
// follows: a list goes on only then, so that "and" before a time is not
// swallowed.
func (p *humanParser) nextIsWeekday(f string) bool {
	save := p.pos
	defer func() { p.pos = save }()
	if !p.acceptSeparator() {
		return false
	}
	g, _ := p.peekField()
	a, _, _ := strings.Cut(g, "-")
	return isWeekdayName(a)
}

// weekdaysFrom returns the weekdays from a to b, Monday first, wrapping
// past Sunday ("Friday to Monday").
func weekdaysFrom(a, b time.Weekday) []WeekdayN {
	var out []WeekdayN
	for d := a; ; d = (d + 1) % 7 {
		out = append(out, WeekdayN{Weekday: d})
		if d == b {
			break
		}
	}
	return normalWeekdays(out)
}

// offset reads "N days after the", "N days before the", "1 day after
// the" and "the WEEKDAY after the" before a monthly rule. It returns 0 when
// none is there. A weekday offset is resolved once the rule's weekday is
// known, so it is returned as a marker in p.weekdayOffset.
func (p *humanParser) offset() (int, error) {
	save := p.pos
	f, at := p.peekField()
	if f != "" && strings.Trim(f, "0123456789") == "" {
		p.field()
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 || n > 366 {
			return 0, p.fail(at, "bad offset %s (want 1..366 days)", p.show(f, at))
		}
		if !p.acceptWord("day") && !p.acceptWord("days") {
			g, gat := p.peekField()
			return 0, p.fail(gat, `want "days after" or "days before" after %s, got %s`, quoted(f), p.show(g, gat))
		}
		sign, err := p.afterBefore()
		if err != nil {
			return 0, err
		}
		p.acceptWord("the")
		return sign * n, nil
	}
	if strings.EqualFold(f, "the") {
		p.field()
		g, _ := p.peekField()
		if isWeekdayName(g) {
			wd, _ := p.weekday()
			if h, _ := p.peekField(); strings.EqualFold(h, "after") || strings.EqualFold(h, "before") {
				sign, err := p.afterBefore()
				if err != nil {
					return 0, err
				}
				p.acceptWord("the")
				p.weekdayOffset = &weekdayOffset{wd, sign, at}
				return 0, nil
			}
		}
		p.pos = save
	}
	return 0, nil
}

// A weekdayOffset is "the Saturday after": the number of days depends on
// the weekday of the rule it precedes.
type weekdayOffset struct {
	day  time.Weekday
	sign int
	at   int
}

func (p *humanParser) afterBefore() (int, error) {
	switch {
	case p.acceptWord("after"):
		return 1, nil
	case p.acceptWord("before"):
		return -1, nil
	}
	g, gat := p.peekField()
	return 0, p.fail(gat, `want "after" or "before", got %s`, p.show(g, gat))
}

// monthRule reads "ORDINAL WEEKDAY[, ...] of MONTHS" or
// "ORDINAL [day][, ...] of MONTHS", where MONTHS is "every month", "each
// month", "the month", "every other month", "every N months" or a list of
// month names.
func (p *humanParser) monthRule() (Rule, error) {
	p.acceptWord("the")
	if f, at := p.peekField(); !isOrdinalWord(f) && !isDayOrdinal(f) {
		return Rule{}, p.fail(at, "unknown rule %s (%s)", p.show(f, at), ruleWant)
	}
	// A list of items "ORDINAL WEEKDAY" or "ORDINAL [day]"; ordinals may
	// share what follows them, as in "1st and 3rd Monday" or "1st and
	// 15th".
	var days []WeekdayN
	var monthDays []int
	var pending []int
	var pendingAt int
	for {
		p.acceptWord("the")
		at := p.pos
		n, err := p.readDayOrdinal()
		if err != nil {
			return Rule{}, err
		}
		if len(pending) == 0 {
			pendingAt = at
		}
		pending = append(pending, n)
		f, _ := p.peekField()
		switch {
		case isWeekdayName(f):
			wd, _ := p.weekday()
			for _, n := range pending {
				if n < -5 || n > 5 {
					return Rule{}, p.fail(pendingAt, "no month has a %s %s (want 1st..5th, last or 2nd last..5th last)", ordinalName(n), wd)
				}
				days = append(days, WeekdayN{N: n, Weekday: wd})
			}
			pending = pending[:0]
		case strings.EqualFold(f, "day") || strings.EqualFold(f, "days"):
			p.field()
			monthDays = append(monthDays, pending...)
			pending = pending[:0]
		case strings.EqualFold(f, "of"):
			monthDays = append(monthDays, pending...)
			pending = pending[:0]
		default:
			if p.acceptSeparator() {
				continue
			}
			g, gat := p.peekField()
			if lg := strings.ToLower(g); lg == "weekday" || lg == "weekdays" {
				return Rule{}, p.fail(gat, "the Nth weekday (Monday to Friday) of a month has no human form; the RFC 5545 form says it, for example RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 for the last")
			}
			if g != "" && isLetter(g[0]) {
				return Rule{}, p.fail(gat, "unknown weekday %s (want Monday..Sunday)", p.show(g, gat))
			}
			return Rule{}, p.fail(gat, "want a weekday, \"day\" or \"of\" after the ordinal, got %s", p.show(g, gat))
		}
		if !p.acceptSeparator() {
			break
		}
	}
	if len(days) != 0 && len(monthDays) != 0 {
		return Rule{}, p.fail(pendingAt, "a rule has either weekdays (\"2nd Tuesday\") or days of the month (\"15th\"), not both (write two schedules)")
	}
	for _, n := range monthDays {
		if n < -31 || n > 31 || n == 0 {
			return Rule{}, p.fail(pendingAt, "no month has a %s day", ordinalName(n))
		}
	}
	r := Rule{Freq: Monthly, ByDay: normalWeekdays(days), ByMonthDay: normalInts(monthDays), WeekStart: time.Monday}
	if !p.acceptWord("of") {
		f, at := p.peekField()
		return Rule{}, p.fail(at, `want "of every month" after the day, got %s`, p.show(f, at))
	}
	if err := p.months(&r); err != nil {
		return Rule{}, err
	}
	if wo := p.weekdayOffset; wo != nil {
		if len(r.ByDay) == 0 || slices.ContainsFunc(r.ByDay, func(d WeekdayN) bool { return d.Weekday != r.ByDay[0].Weekday }) {
			return Rule{}, p.fail(wo.at, `"the %s %s" needs one weekday to count from, as in "the Saturday after the 2nd Tuesday of every month"`, wo.day, map[int]string{1: "after", -1: "before"}[wo.sign])
		}
		from := r.ByDay[0].Weekday
		n := (int(wo.day) - int(from) + 7) % 7
		if wo.sign < 0 {
			n = (int(from) - int(wo.day) + 7) % 7
		}
		if n == 0 {
			n = 7
		}
		p.weekdayOffset = nil
		p.pendingOffset = wo.sign * n
	}
	return r, nil
}

var monthNames = func() map[string]time.Month {
	m := map[string]time.Month{}
	for mo := time.January; mo <= time.December; mo++ {
		m[strings.ToLower(mo.String())] = mo
		m[strings.ToLower(mo.String()[:3])] = mo
	}
	m["sept"] = time.September
	return m
}()

// months reads what follows "of": "every month", "each month", "the
// month", "every other month", "every N months" or a month list.
func (p *humanParser) months(r *Rule) error {
	f, at := p.peekField()
	if _, ok := monthNames[strings.ToLower(f)]; ok {
		for {
			g, gat := p.field()
			mo, ok := monthNames[strings.ToLower(g)]
			if !ok {
				return p.fail(gat, "unknown month %s (want January..December)", p.show(g, gat))
			}
			r.ByMonth = append(r.ByMonth, mo)
			save := p.pos
			if !p.acceptSeparator() {
				break
			}
			if h, _ := p.peekField(); monthNames[strings.ToLower(h)] == 0 {
				p.pos = save
				break
			}
		}
		r.ByMonth = normalMonths(r.ByMonth)
		return nil
	}
	if !p.acceptWord("every") && !p.acceptWord("each") && !p.acceptWord("the") {
		return p.fail(at, `want "of every month", "of every 3 months" or a month such as "of March and October", got %s`, p.show(f, at))
	}
	n := 1
	g, gat := p.peekField()
	switch {
	case strings.EqualFold(g, "other"):
		p.field()
		n = 2
	case g != "" && g[0] >= '0' && g[0] <= '9':
		p.field()
		v, err := strconv.Atoi(g)
		if err != nil || v < 1 || v > maxInterval {
			return p.fail(gat, "bad interval %s (want a whole number 1..%d)", p.show(g, gat), maxInterval)
		}
		n = v
	}
	if !p.acceptWord("month") && !p.acceptWord("months") {
		h, hat := p.peekField()
		if strings.EqualFold(h, "year") || strings.EqualFold(h, "years") {
			return p.fail(hat, `%s: name the months instead, as in "last Sunday of March and October"%s`, quoted(h), rfcHint)
		}
		return p.fail(hat, `want "month", got %s`, p.show(h, hat))
	}
	if n > 1 {
		r.Interval = n
	}
	return nil
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"last": -1,
}

func isOrdinalWord(f string) bool {
	_, ok := ordinalWords[strings.ToLower(f)]
	return ok || isDayOrdinal(f)
}

// isDayOrdinal reports whether f is a numeric ordinal, "1st".."31st".
func isDayOrdinal(f string) bool {
	_, ok := dayOrdinal(f)
	return ok
}

// dayOrdinal reads "1st", "2nd", "3rd", "4th".."31st" with the suffix
// English gives each number.
func dayOrdinal(f string) (int, bool) {
	i := 0
	for i < len(f) && f[i] >= '0' && f[i] <= '9' {
		i++
	}
	if i == 0 || i > 2 {
		return 0, false
	}
	n, _ := strconv.Atoi(f[:i])
	if n < 1 || n > 31 || !strings.EqualFold(english.Ordinal(n), f) {
		return 0, false
	}
	return n, true
}

// readDayOrdinal reads an ordinal: "1st".."31st", "first".."fifth",
// "last", and "2nd last", "second last" or "2nd to last" counting from
// the end.
func (p *humanParser) readDayOrdinal() (int, error) {
	f, at := p.field()
	n, ok := ordinalWords[strings.ToLower(f)]
	if !ok {
		n, ok = dayOrdinal(f)
	}
	if !ok {
		return 0, p.fail(at, "unknown ordinal %s (want 1st..31st, first..fifth, last or 2nd last)", p.show(f, at))
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
	switch lf := strings.ToLower(f); {
	case ok:
	case lf == "hour" || lf == "hours" || lf == "minute" || lf == "minutes":
		return 0, p.fail(at, "windows recur on dates, not every %s: a window is a date and a time of day (RFC 5545's sub-daily FREQ=HOURLY has no place here either)", lf)
	default:
		return 0, p.fail(at, "unknown weekday %s (want Monday..Sunday)", p.show(f, at))
	}
	return wd, nil
}

// times reads "START-END", "START to END [the next day]", "START for
// LENGTH" and the bare-hour range "9-5".
func (p *humanParser) times(sp *Spec) error {
	p.skipSpace()
	if !p.startsTime() {
		f, at := p.peekField()
		return p.fail(at, "want a start time such as 22:00, 10pm or 10 p.m., got %s", p.show(f, at))
	}
	if p.bareRange(sp) {
		return nil
	}
	start, err := p.clock(false)
	if err != nil {
		return err
	}
	sp.Start = start
	p.skipSpace()
	switch {
	case p.acceptDash() || p.acceptWord("to"):
		endAt := p.pos
		end, err := p.clock(true)
		if err != nil {
			return err
		}
		sp.End = end
		save := p.pos
		p.acceptWord("the")
		if p.acceptWord("next") || p.acceptWord("following") {
			if !p.acceptWord("day") && !p.acceptWord("morning") {
				f, at := p.peekField()
				return p.fail(at, `want "the next day", got %s`, p.show(f, at))
			}
			if end.Seconds() > start.Seconds() {
				return p.fail(endAt, "%s the next day is more than a day after %s (a window lasts at most 24 hours on the wall clock; write \"for 30h\" for a longer one)", end, start)
			}
		} else {
			p.pos = save
		}
	case p.acceptWord("for"):
		return p.length(sp)
	default:
		f, at := p.peekField()
		return p.fail(at, `want "-END", "to END" or "for DURATION" after the start time, got %s`, p.show(f, at))
	}
	return nil
}

// bareRange reads "9-5" and "22-2": two bare hours. A range whose hours
// are both 1..12 and whose end is at or before its start reads the end in
// the afternoon, as people mean office hours: "9-5" is 09:00-17:00 and
// "10-2" is 10:00-14:00. Any other pair is read on the 24-hour clock:
// "22-2" is 22:00-02:00. It reports false, reading nothing, for any other
// text.
func (p *humanParser) bareRange(sp *Spec) bool {
	rest := p.src[p.pos:]
	i := 0
	for i < len(rest) && i < 3 && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	if i == 0 || i > 2 {
		return false
	}
	j := i
	for _, d := range [...]string{"-", "\u2013", "\u2014"} {
		if strings.HasPrefix(rest[i:], d) {
			j = i + len(d)
			break
		}
	}
	if j == i {
		return false
	}
	k := j
	for k < len(rest) && k-j < 3 && rest[k] >= '0' && rest[k] <= '9' {
		k++
	}
	if k == j || k-j > 2 || !p.boundary(p.pos+k) || (p.pos+k < len(p.src) && p.src[p.pos+k] == '-') {
		return false
	}
	h1, h2 := atoi2(rest[:i]), atoi2(rest[j:k])
	if h1 > 23 || h2 > 24 {
		return false
	}
	// An a.m./p.m. marker after the end belongs to clock; leave it.
	save := p.pos
	p.pos += k
	p.skipSpace()
	if w := strings.ToLower(p.letters()); w == "am" || w == "pm" || w == "a" || w == "p" {
		p.pos = save
		return false
	}
	if h2 == 24 {
		h2 = 0
	}
	if h1 >= 1 && h1 <= 12 && h2 >= 1 && h2 <= 12 && h2 <= h1 {
		h2 += 12
	}
	sp.Start, sp.End = civil.Clock{Hour: h1}, civil.Clock{Hour: h2}
	return true
}

// length reads what follows "for": a Go duration ("3h", "90m", "3h55m"),
// or numbers and units in words ("4 hours", "90 minutes", "1 hour 30
// minutes", "2 hours and 30 minutes"), or days and weeks ("1 day", "21
// days", "3 weeks"). A length in hours and minutes is exact elapsed time;
// days are wall-clock days (the window ends at the start time that many
// days later, an hour more or less when the clocks change in between), as
// RFC 5545's nominal DURATION:P1D and P21D.
func (p *humanParser) length(sp *Spec) error {
	f, at := p.field()
	if d, err := time.ParseDuration(f); err == nil && !strings.HasPrefix(f, "+") {
		if d <= 0 {
			return p.fail(at, "duration %s is not positive", p.show(f, at))
		}
		sp.Length = d
		return nil
	}
	var total time.Duration
	days := 0
	for first := true; ; first = false {
		n, err := strconv.Atoi(f)
		if err != nil || n < 0 || n > 10000 {
			if first {
				return p.fail(at, "bad duration %s (want 4 hours, 90 minutes, 3h55m or 1 day)", p.show(f, at))
			}
			return p.fail(at, "bad number %s in the duration", p.show(f, at))
		}
		u, uat := p.field()
		switch strings.ToLower(u) {
		case "hour", "hours", "hr", "hrs", "h":
			total += time.Duration(n) * time.Hour
		case "minute", "minutes", "min", "mins", "m":
			total += time.Duration(n) * time.Minute
		case "day", "days":
			days += n
		case "week", "weeks":
			days += 7 * n
		default:
			return p.fail(uat, "unknown unit %s (want hours, minutes, days or weeks)", p.show(u, uat))
		}
		save := p.pos
		p.acceptWord("and")
		if g, _ := p.peekField(); g == "" || g[0] < '0' || g[0] > '9' {
			p.pos = save
			break
		}
		f, at = p.field()
	}
	switch {
	case days > limitEndDays:
		return p.fail(at, "a window of %d days is too long (want at most %d)", days, limitEndDays)
	case days > 0 && total == 0:
		sp.End = sp.Start
		if days > 1 {
			sp.EndDays = days
		}
	case days > 0:
		return p.fail(at, "a window of %d days and %s has no human form: days are wall-clock days and hours exact time (write hours, such as \"for 30h\", for an exact length, or days alone, such as \"for 2 days\")", days, english.Duration(total))
	case total <= 0:
		return p.fail(at, "duration is not positive")
	default:
		sp.Length = total
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

// checkMistakes refuses what a person writing a spec cannot have meant:
// an except date the rule never selects (a typo: 2026-12-25 on a Saturday
// schedule is a Friday). It names the nearest dates the rule does select.
// New itself refuses the other mistakes: "until" before "from", and an
// "also" window that overlaps (so also repeats) an occurrence.
func checkMistakes(s *Schedule) error {
	// Membership is asked of the rule itself, in day numbers: a date
	// whose window the zone drops (wholly inside a gap) is still a date
	// the rule selects, and excepting it is what a person would do.
	ruleDate := func(x int64, ok bool) (int64, bool) { return x + s.shift, ok }
	for _, d := range s.spec.Except {
		day := d.Days()
		if x, ok := ruleDate(s.rule.next(day-s.shift, s.until-s.shift)); ok && x == day {
			continue
		}
		var alt []string
		if x, ok := ruleDate(s.rule.prev(day-1-s.shift, s.rule.from)); ok {
			alt = append(alt, describeDay(x))
		}
		if x, ok := ruleDate(s.rule.next(day+1-s.shift, s.until-s.shift)); ok {
			alt = append(alt, describeDay(x))
		}
		msg := fmt.Sprintf("except %s (a %s): the rule never selects it", d, d.Weekday())
		if len(alt) != 0 {
			msg += "; the nearest dates it selects are " + english.List(alt...)
		}
		return errors.New(msg)
	}
	return nil
}

// describeDay writes day number x as "Saturday 2026-12-19".
func describeDay(x int64) string {
	d := civil.DateOfDays(x)
	return d.Weekday().String() + " " + d.String()
}
