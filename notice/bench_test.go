package notice_test

import (
	"testing"
	"time"

	"github.com/prostar/maintenance/notice"
	"github.com/prostar/maintenance/window"
)

func BenchmarkForWindowText(b *testing.B) {
	s := window.MustParse(denverSpec)
	den := load(b, "America/Denver")
	sent := time.Date(2026, 10, 26, 9, 0, 0, 0, den)
	w := windowOn(b, s, "2026-10-31")
	r := notice.DefaultRenderer()
	b.ReportAllocs()
	for range b.N {
		n, err := notice.ForWindow(s, w, notice.Audience{}, "Prostar", sent, notice.Announcement)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := r.Render(notice.Text, n); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCalendarTenYears(b *testing.B) {
	s := window.MustParse(denverSpec)
	ws := tenYears(s)
	b.ReportAllocs()
	for range b.N {
		if _, err := notice.Calendar(notice.Event{Summary: "Maintenance", Schedule: s, Windows: ws, Stamp: ws[0].Start}); err != nil {
			b.Fatal(err)
		}
	}
}
