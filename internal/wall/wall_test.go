package wall

import "testing"

// TestResolve reads wall times against a zone with one spring-forward gap
// (offset 0 before instant 10_000, 3600 after) and one fall-back overlap
// (3600 before 200_000, 0 after), written out by hand.
func TestResolve(t *testing.T) {
	offsetAt := func(x int64) int64 {
		if x >= 10_000 && x < 200_000 {
			return 3600
		}
		return 0
	}
	tests := []struct {
		name           string
		u              int64
		kind           uint8
		earlier, later int64
	}{
		{"before the gap", 9_999, Exact, 9_999, 9_999},
		{"start of the gap", 10_000, Skipped, 6_400, 10_000},
		{"inside the gap", 12_000, Skipped, 8_400, 12_000},
		{"end of the gap", 13_600, Exact, 10_000, 10_000},
		{"summer", 100_000, Exact, 96_400, 96_400},
		{"before the overlap", 199_999, Exact, 196_399, 196_399},
		{"start of the overlap", 200_000, Repeated, 196_400, 200_000},
		{"end of the overlap", 203_600, Exact, 203_600, 203_600},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, e, l := Resolve(tt.u, offsetAt)
			if kind != tt.kind || e != tt.earlier || l != tt.later {
				t.Errorf("Resolve(%d) = %d, %d, %d; want %d, %d, %d", tt.u, kind, e, l, tt.kind, tt.earlier, tt.later)
			}
		})
	}
}
