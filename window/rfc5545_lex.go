package window

import (
	"errors"
	"slices"
	"strings"
)

// This file splits the RFC 5545 form into content lines and properties;
// rfc5545_read.go gives them meaning and rfc5545_write.go writes them.

// errNoZone is the message for RFC 5545 times without a zone.
var errNoZone = errors.New("floating time has no zone (want TZID=Zone or a UTC time ending in Z)")

// Bounds on RRULE numbers. They are far beyond any maintenance schedule and
// keep the recurrence engine's arithmetic small.
const (
	maxInterval = 1000
	maxCount    = 100000
)

// rfcLine is one unfolded content line and where its pieces came from.
type rfcLine struct {
	text string
	segs []lineSeg
}

// A lineSeg says that text[at:] starts at byte src of the spec, up to the
// next segment.
type lineSeg struct{ at, src int }

// pos returns the offset in the spec of byte i of the line.
func (l *rfcLine) pos(i int) int {
	s := l.segs[0]
	for _, t := range l.segs[1:] {
		if t.at > i {
			break
		}
		s = t
	}
	return s.src + i - s.at
}

// unfold splits src into content lines, joining folded ones (RFC 5545 §3.1).
func unfold(src string) []*rfcLine {
	var lines []*rfcLine
	var cur *rfcLine
	off := 0
	for _, phys := range strings.SplitAfter(src, "\n") {
		start := off
		off += len(phys)
		phys = strings.TrimSuffix(strings.TrimSuffix(phys, "\n"), "\r")
		switch {
		case phys == "":
			cur = nil
		case (phys[0] == ' ' || phys[0] == '\t') && cur != nil:
			cur.segs = append(cur.segs, lineSeg{at: len(cur.text), src: start + 1})
			cur.text += phys[1:]
		default:
			cur = &rfcLine{text: phys, segs: []lineSeg{{0, start}}}
			lines = append(lines, cur)
		}
	}
	return lines
}

// A prop is a parsed content line: NAME;PARAM=V,V:VALUE.
type prop struct {
	line    *rfcLine
	name    string // upper case
	params  []param
	value   string
	valueAt int // offset of value in line.text
}

type param struct {
	name   string // upper case
	values []string
	at     int // offset in line.text
}

func (pr *prop) param(name string) (param, bool) {
	for _, p := range pr.params {
		if p.name == name {
			return p, true
		}
	}
	return param{}, false
}

// rfcParser holds the spec being read and the lines read so far.
type rfcParser struct {
	specSource
	props map[string]*prop // single-valued lines by name
	exdates,
	rdates []*prop
}

// at returns the spec offset of byte i of pr's value.
func (pr *prop) at(i int) int { return pr.line.pos(pr.valueAt + i) }

func isNameByte(c byte) bool {
	return c == '-' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}

// parseProp splits a content line into name, parameters and value.
func (p *rfcParser) parseProp(l *rfcLine) (*prop, error) {
	t := l.text
	i := 0
	for i < len(t) && isNameByte(t[i]) {
		i++
	}
	if i == 0 {
		return nil, p.fail(l.pos(0), "bad line %s (want NAME:VALUE)", quoted(t))
	}
	pr := &prop{line: l, name: strings.ToUpper(t[:i])}
	for i < len(t) && t[i] == ';' {
		i++
		start := i
		for i < len(t) && isNameByte(t[i]) {
			i++
		}
		if i == start || i >= len(t) || t[i] != '=' {
			return nil, p.fail(l.pos(start), "bad parameter in %s line (want NAME=VALUE)", pr.name)
		}
		pa := param{name: strings.ToUpper(t[start:i]), at: start}
		for {
			i++ // '=' or ','
			if i < len(t) && t[i] == '"' {
				end := strings.IndexByte(t[i+1:], '"')
				if end < 0 {
					return nil, p.fail(l.pos(i), "unterminated quote in %s parameter %s", pr.name, pa.name)
				}
				pa.values = append(pa.values, t[i+1:i+1+end])
				i += end + 2
			} else {
				s := i
				for i < len(t) && t[i] != ';' && t[i] != ':' && t[i] != ',' {
					i++
				}
				pa.values = append(pa.values, t[s:i])
			}
			if i >= len(t) || t[i] != ',' {
				break
			}
		}
		pr.params = append(pr.params, pa)
	}
	if i >= len(t) || t[i] != ':' {
		return nil, p.fail(l.pos(min(i, len(t))), "missing ':' in %s line", pr.name)
	}
	pr.value, pr.valueAt = t[i+1:], i+1
	return pr, nil
}

// checkParams rejects parameters other than those allowed for pr.
func (p *rfcParser) checkParams(pr *prop, allowed ...string) error {
	seen := map[string]bool{}
	for _, pa := range pr.params {
		if seen[pa.name] {
			return p.fail(pr.line.pos(pa.at), "%s parameter %s given twice", pr.name, pa.name)
		}
		seen[pa.name] = true
		if !slices.Contains(allowed, pa.name) {
			want := "no parameters"
			if len(allowed) > 0 {
				want = strings.Join(allowed, " or ")
			}
			return p.fail(pr.line.pos(pa.at), "unknown %s parameter %s (want %s)", pr.name, pa.name, want)
		}
		if len(pa.values) != 1 {
			return p.fail(pr.line.pos(pa.at), "%s parameter %s has %d values (want 1)", pr.name, pa.name, len(pa.values))
		}
	}
	return nil
}
