package english

import (
	"testing"
	"time"
)

func TestOrdinal(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{0, "0th"}, {1, "1st"}, {2, "2nd"}, {3, "3rd"}, {4, "4th"},
		{11, "11th"}, {12, "12th"}, {13, "13th"}, {21, "21st"}, {22, "22nd"},
		{23, "23rd"}, {31, "31st"}, {101, "101st"}, {111, "111th"}, {112, "112th"},
		{-1, "-1th"},
	}
	for _, tt := range tests {
		if got := Ordinal(tt.n); got != tt.want {
			t.Errorf("Ordinal(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct{ got, want string }{
		{Plural(1, "window"), "1 window"},
		{Plural(4, "window"), "4 windows"},
		{Plural(0, "hour"), "0 hours"},
		{Length(5 * time.Hour), "5 hours"},
		{Length(time.Hour), "1 hour"},
		{Length(30 * time.Minute), "30 minutes"},
		{Length(3*time.Hour + 30*time.Minute), "3 hours 30 minutes"},
		{Length(-time.Hour), "1 hour"},
		{Duration(3 * time.Hour), "3h"},
		{Duration(72 * time.Hour), "72h"},
		{Duration(90 * time.Minute), "1h30m"},
		{Duration(time.Hour + 30*time.Second), "1h30s"},
		{Duration(0), "0s"},
		{Duration(1500 * time.Millisecond), "1.5s"},
		{Duration(-time.Hour), "-1h"},
		{UTCOffset(0), "UTC"},
		{UTCOffset(-3 * 3600), "UTC-3"},
		{UTCOffset(5*3600 + 1800), "UTC+5:30"},
		{UTCOffset(13*3600 + 45*60), "UTC+13:45"},
		{Verb(1, "has", "have"), "has"},
		{Verb(0, "has", "have"), "have"},
		{Verb(3, "falls", "fall"), "fall"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	for _, d := range []time.Duration{3 * time.Hour, 90 * time.Minute, time.Hour + 30*time.Second, 1500 * time.Millisecond, 0} {
		if back, err := time.ParseDuration(Duration(d)); err != nil || back != d {
			t.Errorf("ParseDuration(Duration(%v)) = %v, %v", d, back, err)
		}
	}
}

func TestListAndHours(t *testing.T) {
	for _, tt := range []struct {
		in   []string
		want string
	}{
		{nil, ""}, {[]string{"a"}, "a"}, {[]string{"a", "b"}, "a and b"}, {[]string{"a", "b", "c"}, "a, b and c"},
	} {
		if got := List(tt.in...); got != tt.want {
			t.Errorf("List(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for d, want := range map[time.Duration]string{
		time.Hour: "one hour", -time.Hour: "one hour", 2 * time.Hour: "two hours", 30 * time.Minute: "30 minutes",
		90 * time.Minute: "1 hour 30 minutes", 10 * time.Hour: "10 hours",
	} {
		if got := Hours(d); got != want {
			t.Errorf("Hours(%v) = %q, want %q", d, got, want)
		}
	}
}
