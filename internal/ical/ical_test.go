package ical

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/prostar/maintenance/tzdata/civil"
)

func TestFold(t *testing.T) {
	for _, l := range []string{
		"SUMMARY:short",
		"DESCRIPTION:" + strings.Repeat("a", 200),
		"DESCRIPTION:" + strings.Repeat("é", 100),
		"DESCRIPTION:" + strings.Repeat("日本", 60),
		"X:" + strings.Repeat("\xaf", 200), // not UTF-8: cut at the limit (FuzzRead found a hang here)
	} {
		got := Fold(l)
		for i, p := range strings.Split(got, "\r\n") {
			if len(p) > 75 {
				t.Errorf("Fold: physical line %d is %d octets", i, len(p))
			}
			if !utf8.ValidString(p) && utf8.ValidString(l) {
				t.Errorf("Fold: physical line %d cuts a UTF-8 sequence: %q", i, p)
			}
			if i > 0 && p[0] != ' ' {
				t.Errorf("Fold: continuation %d does not start with a space", i)
			}
		}
		if back := strings.ReplaceAll(got, "\r\n ", ""); back != l {
			t.Errorf("unfolding Fold(%q) = %q", l, back)
		}
	}
}

func TestValues(t *testing.T) {
	param := func(s string) []any { v, ok := Param(s); return []any{v, ok} }
	tests := []struct {
		name      string
		got, want any
	}{
		{"Text", Text("a;b,c\\d\r\ne\x1bf\tg"), `a\;b\,c\\d\ne` + "f\tg"},
		{"Param plain", param("America/Denver"), []any{"America/Denver", true}},
		{"Param quoted", param("UTC+05:30"), []any{`"UTC+05:30"`, true}},
		{"Param with DQUOTE", param(`a"b`), []any{"", false}},
		{"Param with a line break", param("a\r\nX-INJECT:1"), []any{"", false}},
		{"Param empty", param(""), []any{"", false}},
		{"Date", Date(civil.Date{Year: 2020, Month: 1, Day: 25}), "20200125"},
		{"DateTime", DateTime(civil.DateTime{Date: civil.Date{Year: 2020, Month: 1, Day: 25}, Clock: civil.Clock{Hour: 22}}), "20200125T220000"},
		{"UTC", UTC(time.Date(2020, 1, 25, 22, 0, 0, 0, time.FixedZone("MST", -7*3600))), "20200126T050000Z"},
		{"Duration", []string{Duration(4 * time.Hour), Duration(3*time.Hour + 30*time.Minute), Duration(0), Duration(time.Hour + 30*time.Second), Duration(1500 * time.Millisecond), Duration(-1500 * time.Millisecond)}, []string{"PT4H", "PT3H30M", "PT0S", "PT1H30S", "PT2S", "-PT2S"}},
		{"Offset", []string{Offset(-7 * 3600), Offset(5*3600 + 1800), Offset(0), Offset(34*60 + 15)}, []string{"-0700", "+0530", "+0000", "+003415"}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, tc.got); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", tc.name, diff)
		}
	}
}
