package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{
			name: "open on the 5-hour night",
			args: []string{"-at", "2026-10-31T23:30:00-06:00", "last Saturday of every month 22:00-02:00 America/Denver"},
			want: `schedule: last Saturday of every month 22:00-02:00 America/Denver
at:       Sat 2026-10-31 23:30 MDT
open:     yes, for another 3h30m0s
window:   Sat 2026-10-31 22:00 MDT to Sun 2026-11-01 02:00 MST (5h0m0s; nominal 4h0m0s)
dst:      at 02:00 MDT (UTC-6) clocks change to 01:00 MST (UTC-7)
dst:      the window lasts 5h0m0s, not 4h0m0s
`,
		},
		{
			name: "closed, next ends in a skipped hour",
			args: []string{"-at", "2026-03-20T23:30:00+01:00", "last", "Saturday", "of", "every", "month", "22:00-02:00", "Europe/Berlin"},
			want: `schedule: last Saturday of every month 22:00-02:00 Europe/Berlin
at:       Fri 2026-03-20 23:30 CET
open:     no, the next window opens in 190h30m0s
window:   Sat 2026-03-28 22:00 CET to Sun 2026-03-29 03:00 CEST (4h0m0s; nominal 4h0m0s)
dst:      the end time is skipped that day; the window closes at 03:00 CEST
`,
		},
		{
			name: "window rejected by dst reject",
			args: []string{"-at", "2026-03-29T01:45:00+01:00", "last Saturday of every month 22:00-02:00 Europe/Berlin dst reject"},
			want: `schedule: last Saturday of every month 22:00-02:00 Europe/Berlin dst reject
at:       Sun 2026-03-29 01:45 CET
open:     no, the next window opens in 667h15m0s
dropped:  2026-03-28: tzdata: wall time does not exist: 2026-03-29 02:00:00 in Europe/Berlin
window:   Sat 2026-04-25 22:00 CEST to Sun 2026-04-26 02:00 CEST (4h0m0s; nominal 4h0m0s)
`,
		},
		{
			name: "window wholly inside the gap",
			args: []string{"-at", "2026-03-20T00:00:00Z", "last Sunday of every month 01:30-02:30 Europe/London"},
			want: `schedule: last Sunday of every month 01:30-02:30 Europe/London
at:       Fri 2026-03-20 00:00 GMT
open:     no, the next window opens in 888h30m0s
dropped:  2026-03-29: window: resolves to zero or negative length
window:   Sun 2026-04-26 01:30 BST to Sun 2026-04-26 02:30 BST (1h0m0s; nominal 1h0m0s)
`,
		},
		{
			name: "none left",
			args: []string{"-at", "2028-01-01T00:00:00Z", "every day 02:00-02:30 Asia/Kolkata until 2027-12-31"},
			want: `schedule: every day 02:00-02:30 Asia/Kolkata until 2027-12-31
at 2028-01-01T00:00:00Z: no window is open and none is left
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			if err := run(tt.args, &out); err != nil {
				t.Fatalf("run(%q): %v", tt.args, err)
			}
			if diff := cmp.Diff(tt.want, out.String()); diff != "" {
				t.Errorf("run(%q) mismatch (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no instant", []string{"every day 02:00-03:00 UTC"}, "usage"},
		{"bad instant", []string{"-at", "tomorrow", "every day 02:00-03:00 UTC"}, "-at"},
		{"bad zone", []string{"-at", "2026-01-01T00:00:00Z", "every day 02:00-03:00 Europe/Berlim"}, "Europe/Berlin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(tt.args, &strings.Builder{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("run(%q) = %v, want an error mentioning %q", tt.args, err, tt.want)
			}
		})
	}
}
