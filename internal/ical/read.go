package ical

import (
	"fmt"
	"strings"
)

// This file reads content lines: it unfolds them and splits each into a
// name, parameters and a value, keeping where every byte came from so that
// a reader's errors can point into the text it was given. Giving the
// properties meaning is the reader's own work (package window's RFC 5545
// spec form).

// A Line is one unfolded content line (section 3.1) and where its pieces
// came from in the source.
type Line struct {
	Text string
	segs []seg
}

// A seg says that Text[at:] starts at byte src of the source, up to the
// next seg.
type seg struct{ at, src int }

// Pos returns the offset in the source of byte i of the line.
func (l *Line) Pos(i int) int {
	s := l.segs[0]
	for _, t := range l.segs[1:] {
		if t.at > i {
			break
		}
		s = t
	}
	return s.src + i - s.at
}

// Unfold splits src into content lines, joining folded ones: a physical
// line that starts with a space or a tab continues the one before it. Line
// ends may be CRLF or LF; blank lines are dropped.
func Unfold(src string) []*Line {
	var lines []*Line
	var cur *Line
	off := 0
	for _, phys := range strings.SplitAfter(src, "\n") {
		start := off
		off += len(phys)
		phys = strings.TrimSuffix(strings.TrimSuffix(phys, "\n"), "\r")
		switch {
		case phys == "":
			cur = nil
		case (phys[0] == ' ' || phys[0] == '\t') && cur != nil:
			cur.segs = append(cur.segs, seg{at: len(cur.Text), src: start + 1})
			cur.Text += phys[1:]
		default:
			cur = &Line{Text: phys, segs: []seg{{0, start}}}
			lines = append(lines, cur)
		}
	}
	return lines
}

// A Prop is a content line split into its parts: NAME;PARAM=V,V:VALUE.
type Prop struct {
	Line    *Line
	Name    string // upper case
	Params  []Parameter
	Value   string
	ValueAt int // offset of Value in Line.Text
}

// A Parameter is one parameter of a Prop, its values unquoted.
type Parameter struct {
	Name   string // upper case
	Values []string
	At     int // offset of the name in Line.Text
}

// Param returns the parameter called name (upper case), and false when
// the property has none.
func (pr *Prop) Param(name string) (Parameter, bool) {
	for _, p := range pr.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Parameter{}, false
}

// Pos returns the offset in the source of byte i of pr's value.
func (pr *Prop) Pos(i int) int { return pr.Line.Pos(pr.ValueAt + i) }

// A SyntaxError is a content line that does not split into a name,
// parameters and a value: Msg says why and Pos where, as an offset in the
// source given to [Unfold].
type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("ical: %s (at byte %d)", e.Msg, e.Pos) }

// ParseProp splits a content line into its name, parameters (quoted
// values unquoted, section 3.2) and value. Names are returned in upper
// case, as RFC 5545 compares them.
func ParseProp(l *Line) (*Prop, error) {
	fail := func(i int, format string, args ...any) (*Prop, error) {
		return nil, &SyntaxError{Pos: l.Pos(i), Msg: fmt.Sprintf(format, args...)}
	}
	t := l.Text
	i := 0
	for i < len(t) && isNameByte(t[i]) {
		i++
	}
	if i == 0 {
		shown := t
		if len(shown) > 40 {
			shown = shown[:40] + "..."
		}
		return fail(0, "bad line %q (want NAME:VALUE)", shown)
	}
	pr := &Prop{Line: l, Name: strings.ToUpper(t[:i])}
	for i < len(t) && t[i] == ';' {
		i++
		start := i
		for i < len(t) && isNameByte(t[i]) {
			i++
		}
		if i == start || i >= len(t) || t[i] != '=' {
			return fail(start, "bad parameter in %s line (want NAME=VALUE)", pr.Name)
		}
		pa := Parameter{Name: strings.ToUpper(t[start:i]), At: start}
		for {
			i++ // '=' or ','
			if i < len(t) && t[i] == '"' {
				end := strings.IndexByte(t[i+1:], '"')
				if end < 0 {
					return fail(i, "unterminated quote in %s parameter %s", pr.Name, pa.Name)
				}
				pa.Values = append(pa.Values, t[i+1:i+1+end])
				i += end + 2
			} else {
				s := i
				for i < len(t) && t[i] != ';' && t[i] != ':' && t[i] != ',' {
					i++
				}
				pa.Values = append(pa.Values, t[s:i])
			}
			if i >= len(t) || t[i] != ',' {
				break
			}
		}
		pr.Params = append(pr.Params, pa)
	}
	if i >= len(t) || t[i] != ':' {
		return fail(min(i, len(t)), "missing ':' in %s line", pr.Name)
	}
	pr.Value, pr.ValueAt = t[i+1:], i+1
	return pr, nil
}

func isNameByte(c byte) bool {
	return c == '-' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}
