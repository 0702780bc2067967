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

// FuzzTo writes any schedule Parse accepts in every format: a conversion
// either fails with an error or writes a setting, and never panics.
func FuzzTo(f *testing.F) {
	for _, p := range policies {
		f.Add(p.spec, int64(0))
	}
	f.Add("DTSTART;TZID=Europe/Berlin:20260101T020000\nDURATION:PT30M\nRRULE:FREQ=MONTHLY;BYMONTHDAY=-1", int64(86400*400))
	f.Fuzz(func(t *testing.T, spec string, offset int64) {
		s, err := window.Parse(spec)
		if err != nil {
			return
		}
		when := at.Add(time.Duration(offset%(86400*365*50)) * time.Second)
		for _, format := range formats {
			c, err := convert.To(s, format, when)
			if err == nil && c.Text == "" {
				t.Fatalf("To(%q, %v) wrote nothing", spec, format)
			}
		}
	})
}
