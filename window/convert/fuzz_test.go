package convert_test

import (
	"testing"
	"time"

	"github.com/prostar/maintenance/window"
	"github.com/prostar/maintenance/window/convert"
)

// fuzzFrom checks one reader on any input: it never panics, and a setting
// it reads is a schedule whose spec parses back to itself and that the
// same target can be asked to write again.
func fuzzFrom(f *testing.F, format convert.Format) {
	for _, c := range fromCases {
		if c.f == format {
			f.Add(c.expr, int64(c.opt.Length/time.Second))
		}
	}
	for _, p := range policies {
		if c, err := convert.To(window.MustParse(p.spec), format, at); err == nil {
			f.Add(c.Text, int64(3600))
		}
	}
	f.Fuzz(func(t *testing.T, expr string, seconds int64) {
		opt := convert.Options{Length: time.Duration(seconds%(48*3600)) * time.Second}
		if opt.Length < 0 {
			opt.Length = -opt.Length
		}
		r, err := convert.From(format, expr, opt)
		if err != nil {
			return
		}
		if r.Schedule == nil {
			t.Fatalf("From(%q) gave no schedule and no error", expr)
		}
		spec := r.Schedule.String()
		back, err := window.Parse(spec)
		if err != nil {
			t.Fatalf("From(%q) = %q, which does not parse: %v", expr, spec, err)
		}
		if back.String() != spec {
			t.Fatalf("From(%q) = %q, which parses to %q", expr, spec, back)
		}
		if c, err := convert.To(r.Schedule, format, at); err == nil && c.Text == "" {
			t.Fatalf("To(From(%q)) wrote nothing", expr)
		}
	})
}

func FuzzFromSystemd(f *testing.F) { fuzzFrom(f, convert.Systemd) }
func FuzzFromCron(f *testing.F)    { fuzzFrom(f, convert.Cron) }
func FuzzFromRDS(f *testing.F)     { fuzzFrom(f, convert.RDS) }
func FuzzFromAzure(f *testing.F)   { fuzzFrom(f, convert.Azure) }
func FuzzFromGKE(f *testing.F)     { fuzzFrom(f, convert.GKE) }
func FuzzFromKured(f *testing.F)   { fuzzFrom(f, convert.Kured) }
