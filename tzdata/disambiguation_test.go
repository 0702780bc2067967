package tzdata_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/prostar/maintenance/tzdata"
)

func TestDisambiguationString(t *testing.T) {
	tests := []struct {
		d    tzdata.Disambiguation
		want string
	}{
		{tzdata.Compatible, "compatible"},
		{tzdata.Earlier, "earlier"},
		{tzdata.Later, "later"},
		{tzdata.Reject, "reject"},
		{tzdata.Disambiguation(4), "Disambiguation(4)"},
		{tzdata.Disambiguation(9), "Disambiguation(9)"},
		{tzdata.Disambiguation(255), "Disambiguation(255)"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := tt.d.String(); got != tt.want {
				t.Errorf("Disambiguation(%d).String() = %q, want %q", uint8(tt.d), got, tt.want)
			}
		})
	}
}

func TestDisambiguationZeroValueIsCompatible(t *testing.T) {
	var d tzdata.Disambiguation
	if d != tzdata.Compatible {
		t.Errorf("zero Disambiguation = %v, want compatible", d)
	}
}

// parseDisambiguationTests also seed FuzzParseDisambiguation.
var parseDisambiguationTests = []struct {
	in      string
	want    tzdata.Disambiguation
	wantErr string
}{
	{in: "compatible", want: tzdata.Compatible},
	{in: "earlier", want: tzdata.Earlier},
	{in: "later", want: tzdata.Later},
	{in: "reject", want: tzdata.Reject},
	{in: "LATER", want: tzdata.Later},
	{in: "Reject", want: tzdata.Reject},
	{in: "", wantErr: `tzdata: unknown disambiguation "" (want compatible, earlier, later or reject)`},
	{in: "late", wantErr: `tzdata: unknown disambiguation "late" (want compatible, earlier, later or reject)`},
	{in: " later", wantErr: `tzdata: unknown disambiguation " later" (want compatible, earlier, later or reject)`},
	{in: "Disambiguation(9)", wantErr: `tzdata: unknown disambiguation "Disambiguation(9)" (want compatible, earlier, later or reject)`},
	{in: "2", wantErr: `tzdata: unknown disambiguation "2" (want compatible, earlier, later or reject)`},
}

func TestParseDisambiguation(t *testing.T) {
	tests := parseDisambiguationTests
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := tzdata.ParseDisambiguation(tt.in)
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if got != tt.want || gotErr != tt.wantErr {
				t.Errorf("ParseDisambiguation(%q) = %v, %q; want %v, %q", tt.in, got, gotErr, tt.want, tt.wantErr)
			}
		})
	}
}

func TestDisambiguationText(t *testing.T) {
	for _, d := range []tzdata.Disambiguation{tzdata.Compatible, tzdata.Earlier, tzdata.Later, tzdata.Reject} {
		t.Run(d.String(), func(t *testing.T) {
			b, err := d.MarshalText()
			if err != nil || string(b) != d.String() {
				t.Fatalf("MarshalText() = %q, %v; want %q", b, err, d.String())
			}
			got := tzdata.Disambiguation(7)
			if err := got.UnmarshalText(b); err != nil || got != d {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, d)
			}
		})
	}
	t.Run("undefined value", func(t *testing.T) {
		if b, err := tzdata.Disambiguation(9).MarshalText(); err == nil {
			t.Errorf("Disambiguation(9).MarshalText() = %q, want an error", b)
		}
	})
	t.Run("unknown text leaves the value", func(t *testing.T) {
		d := tzdata.Later
		if err := d.UnmarshalText([]byte("sooner")); err == nil || d != tzdata.Later {
			t.Errorf("UnmarshalText(sooner) = %v, value %v; want an error and later kept", err, d)
		}
	})
	t.Run("JSON", func(t *testing.T) {
		type config struct {
			DST tzdata.Disambiguation `json:"dst"`
		}
		b, err := json.Marshal(config{tzdata.Earlier})
		if err != nil || string(b) != `{"dst":"earlier"}` {
			t.Fatalf("json.Marshal = %s, %v", b, err)
		}
		var got config
		if err := json.Unmarshal([]byte(`{"dst":"Reject"}`), &got); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(config{tzdata.Reject}, got); diff != "" {
			t.Errorf("json.Unmarshal mismatch (-want +got):\n%s", diff)
		}
		if err := json.Unmarshal([]byte(`{"dst":"never"}`), &got); err == nil {
			t.Error("json.Unmarshal accepted an unknown disambiguation")
		}
	})
}

func TestWallKindString(t *testing.T) {
	tests := []struct {
		k    tzdata.WallKind
		want string
	}{
		{tzdata.Exact, "exact"},
		{tzdata.Skipped, "skipped"},
		{tzdata.Repeated, "repeated"},
		{tzdata.WallKind(3), "WallKind(3)"},
		{tzdata.WallKind(7), "WallKind(7)"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := tt.k.String(); got != tt.want {
				t.Errorf("WallKind(%d).String() = %q, want %q", uint8(tt.k), got, tt.want)
			}
		})
	}
}

func TestWallKindText(t *testing.T) {
	for _, k := range []tzdata.WallKind{tzdata.Exact, tzdata.Skipped, tzdata.Repeated} {
		t.Run(k.String(), func(t *testing.T) {
			b, err := k.MarshalText()
			if err != nil || string(b) != k.String() {
				t.Fatalf("MarshalText() = %q, %v; want %q", b, err, k.String())
			}
			got := tzdata.WallKind(7)
			if err := got.UnmarshalText(b); err != nil || got != k {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, k)
			}
		})
	}
	if b, err := tzdata.WallKind(3).MarshalText(); err == nil {
		t.Errorf("WallKind(3).MarshalText() = %q, want an error", b)
	}
	k := tzdata.Repeated
	if err := k.UnmarshalText([]byte("gap")); err == nil || k != tzdata.Repeated {
		t.Errorf("UnmarshalText(gap) = %v, value %v; want an error and repeated kept", err, k)
	}
}

// FuzzParseDisambiguation checks that ParseDisambiguation never panics and
// that every value it accepts prints back to a name it accepts.
func FuzzParseDisambiguation(f *testing.F) {
	for _, tt := range parseDisambiguationTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := tzdata.ParseDisambiguation(s)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "tzdata: ") {
				t.Errorf("ParseDisambiguation(%q) error %q lacks the package prefix", s, err)
			}
			return
		}
		text, err := d.MarshalText()
		if err != nil {
			t.Fatalf("ParseDisambiguation(%q) = %v, which does not marshal: %v", s, d, err)
		}
		var back tzdata.Disambiguation
		if err := back.UnmarshalText(text); err != nil || back != d {
			t.Errorf("round trip of %v through %q = %v, %v", d, text, back, err)
		}
	})
}
