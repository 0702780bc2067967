package convert_test

import (
	"testing"

	"github.com/prostar/maintenance/window"
	"github.com/prostar/maintenance/window/convert"
)

// BenchmarkTo converts the seed policy; the UTC targets walk the next 12
// months of windows twice (the setting, then the drift).
func BenchmarkTo(b *testing.B) {
	s := window.MustParse(policies[0].spec)
	for _, f := range formats {
		b.Run(f.String(), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if _, err := convert.To(s, f, at); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkFrom(b *testing.B) {
	for _, c := range fromCases {
		if c.f != convert.Systemd && c.f != convert.GKE {
			continue
		}
		b.Run(c.f.String(), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if _, err := convert.From(c.f, c.expr, c.opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
