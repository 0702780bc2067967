package ical

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// readTests are the table of TestParseProp and the seeds of FuzzRead.
var readTests = []struct {
	name, src string
	want      []*Prop // Line left out
	wantErr   string
	errPos    int
}{
	{"plain", "RRULE:FREQ=MONTHLY;BYDAY=-1SA", []*Prop{{Name: "RRULE", Value: "FREQ=MONTHLY;BYDAY=-1SA", ValueAt: 6}}, "", 0},
	{"parameter", "DTSTART;TZID=America/Denver:20200125T220000",
		[]*Prop{{Name: "DTSTART", Params: []Parameter{{Name: "TZID", Values: []string{"America/Denver"}, At: 8}}, Value: "20200125T220000", ValueAt: 28}}, "", 0},
	{"quoted parameter with a colon", `dtstart;tzid="UTC+05:30":20200125T220000`,
		[]*Prop{{Name: "DTSTART", Params: []Parameter{{Name: "TZID", Values: []string{"UTC+05:30"}, At: 8}}, Value: "20200125T220000", ValueAt: 25}}, "", 0},
	{"folded", "DESCRIPTION:a\r\n b\r\n\tc\r\nX:1", []*Prop{{Name: "DESCRIPTION", Value: "abc", ValueAt: 12}, {Name: "X", Value: "1", ValueAt: 2}}, "", 0},
	{"several values", "EXDATE;VALUE=DATE,X:1", []*Prop{{Name: "EXDATE", Params: []Parameter{{Name: "VALUE", Values: []string{"DATE", "X"}, At: 7}}, Value: "1", ValueAt: 20}}, "", 0},
	{"no colon", "RRULE", nil, "missing ':' in RRULE line", 5},
	{"no name", ":x", nil, `bad line ":x" (want NAME:VALUE)`, 0},
	{"bad parameter", "A;=x:1", nil, "bad parameter in A line", 2},
	{"unterminated quote", "A;B=\"x:1", nil, "unterminated quote in A parameter B", 4},
	{"error on a folded line", "X:1\r\nA;B=\"x\r\n :1", nil, "unterminated quote in A parameter B", 9},
}

func TestParseProp(t *testing.T) {
	for _, tt := range readTests {
		t.Run(tt.name, func(t *testing.T) {
			var got []*Prop
			var err error
			for _, l := range Unfold(tt.src) {
				var pr *Prop
				if pr, err = ParseProp(l); err != nil {
					break
				}
				got = append(got, pr)
			}
			if tt.wantErr != "" {
				var se *SyntaxError
				if !errors.As(err, &se) || !strings.Contains(se.Msg, tt.wantErr) || se.Pos != tt.errPos {
					t.Fatalf("error = %v, want %q at %d", err, tt.wantErr, tt.errPos)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".Line" }, cmp.Ignore())); diff != "" {
				t.Errorf("ParseProp mismatch (-want +got):\n%s", diff)
			}
			// Pos maps each value byte back to the same byte of the source.
			for _, pr := range got {
				for i := range len(pr.Value) {
					if tt.src[pr.Pos(i)] != pr.Value[i] {
						t.Errorf("%s: Pos(%d) = %d, byte %q, want %q", pr.Name, i, pr.Pos(i), tt.src[pr.Pos(i)], pr.Value[i])
					}
				}
			}
		})
	}
}

// FuzzRead checks, for any text, that Unfold and ParseProp do not panic,
// that Pos stays inside the source and points at the byte it names, that
// errors are SyntaxErrors inside the source, and that what Fold writes
// Unfold reads back.
func FuzzRead(f *testing.F) {
	for _, tt := range readTests {
		f.Add(tt.src)
	}
	f.Add("0;0=" + strings.Repeat("\xaf", 300)) // once made Fold loop for ever
	f.Fuzz(func(t *testing.T, src string) {
		for _, l := range Unfold(src) {
			pr, err := ParseProp(l)
			if err != nil {
				var se *SyntaxError
				if !errors.As(err, &se) || se.Pos < 0 || se.Pos > len(src) {
					t.Fatalf("ParseProp(%q) error %v, not a SyntaxError inside the source", l.Text, err)
				}
				continue
			}
			for i := range len(pr.Value) {
				if p := pr.Pos(i); p < 0 || p >= len(src) || src[p] != pr.Value[i] {
					t.Fatalf("Pos(%d) = %d for value %q of %q", i, p, pr.Value, src)
				}
			}
		}
		if strings.ContainsAny(src, "\r\n") || src == "" || src[0] == ' ' || src[0] == '\t' {
			return
		}
		if got := Unfold(Fold(src)); len(got) != 1 || got[0].Text != src {
			t.Fatalf("Unfold(Fold(%q)) = %v", src, got)
		}
	})
}
