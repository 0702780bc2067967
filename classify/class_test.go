package classify_test

import (
	"strings"
	"testing"

	"github.com/prostar/maintenance/classify"
)

func TestClassString(t *testing.T) {
	tests := []struct {
		c    classify.Class
		want string
	}{
		{0, "Class(0)"},
		{classify.Routine, "routine update"},
		{classify.Maintenance, "maintenance"},
		{classify.HotFix, "hot fix"},
		{4, "Class(4)"},
		{255, "Class(255)"},
	}
	for _, tt := range tests {
		if got := tt.c.String(); got != tt.want {
			t.Errorf("Class(%d).String() = %q, want %q", uint8(tt.c), got, tt.want)
		}
	}
}

// parseClassTests is the ParseClass table; it seeds FuzzParseClass.
var parseClassTests = []struct {
	in   string
	want classify.Class
	err  string
}{
	{in: "routine update", want: classify.Routine},
	{in: "Routine", want: classify.Routine},
	{in: "standard", want: classify.Routine},
	{in: "routine_update", want: classify.Routine},
	{in: "maintenance", want: classify.Maintenance},
	{in: " NORMAL ", want: classify.Maintenance},
	{in: "hot fix", want: classify.HotFix},
	{in: "hotfix", want: classify.HotFix},
	{in: "Hot-Fix", want: classify.HotFix},
	{in: "emergency", want: classify.HotFix},
	{in: "", err: `classify: unknown class ""`},
	{in: "urgent", err: `classify: unknown class "urgent" (want routine update, maintenance or hot fix)`},
	{in: "Class(1)", err: `unknown class`},
}

func TestParseClass(t *testing.T) {
	for _, tt := range parseClassTests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := classify.ParseClass(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("ParseClass(%q) error = %v, want it to contain %q", tt.in, err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseClass(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

// FuzzParseClass feeds ParseClass arbitrary names: it must not panic, an
// error must carry the package prefix, and a name it accepts must give a
// class whose MarshalText reads back, through ParseClass and UnmarshalText,
// to the same class.
func FuzzParseClass(f *testing.F) {
	for _, tt := range parseClassTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := classify.ParseClass(s)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "classify: ") {
				t.Errorf("ParseClass(%q) error %q lacks the package prefix", s, err)
			}
			return
		}
		b, err := c.MarshalText()
		if err != nil {
			t.Fatalf("ParseClass(%q) = %v, whose MarshalText fails: %v", s, c, err)
		}
		back, err := classify.ParseClass(string(b))
		if err != nil || back != c {
			t.Errorf("ParseClass(%q) = %v; ParseClass(MarshalText) = %v, %v", s, c, back, err)
		}
		var u classify.Class
		if err := u.UnmarshalText(b); err != nil || u != c {
			t.Errorf("ParseClass(%q) = %v; UnmarshalText(MarshalText) = %v, %v", s, c, u, err)
		}
		if c.String() != string(b) {
			t.Errorf("%v: String %q differs from MarshalText %q", c, c.String(), b)
		}
	})
}

func TestClassText(t *testing.T) {
	for _, c := range []classify.Class{classify.Routine, classify.Maintenance, classify.HotFix} {
		b, err := c.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() error: %v", c, err)
		}
		var back classify.Class
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, back, err, c)
		}
	}
	for _, c := range []classify.Class{0, 4} {
		if b, err := c.MarshalText(); err == nil {
			t.Errorf("%v.MarshalText() = %q, want an error", c, b)
		}
	}
	var c classify.Class = classify.HotFix
	if err := c.UnmarshalText([]byte("sometimes")); err == nil || c != classify.HotFix {
		t.Errorf("UnmarshalText(bad) = %v, left %v; want an error and the value unchanged", err, c)
	}
}

func TestKindIs(t *testing.T) {
	tests := []struct {
		a, b classify.Kind
		want bool
	}{
		{"Virus_Scan", classify.VirusScan, true},
		{" software-patch ", classify.SoftwarePatch, true},
		{"UPGRADE", classify.Upgrade, true},
		{"upgrades", classify.Upgrade, false},
		{"", classify.Deployment, false},
	}
	for _, tt := range tests {
		if got := tt.a.Is(tt.b); got != tt.want {
			t.Errorf("Kind(%q).Is(%q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
