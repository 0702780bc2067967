package maintenance_test

import (
	"fmt"
	"log"
	"time"

	"github.com/prostar/maintenance/classify"
	"github.com/prostar/maintenance/notice"
	"github.com/prostar/maintenance/window"
)

// Example is the code block of the README: parse a schedule, ask for the
// next window, decide a change and render its notice. TestREADME keeps the
// two identical.
func Example() {
	// README:begin
	s, err := window.Parse("last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25")
	if err != nil {
		log.Fatal(err)
	}
	now := time.Date(2026, 10, 26, 9, 0, 0, 0, time.UTC) // a parameter: nothing reads the clock
	w, _ := s.Next(now)
	fmt.Println(w.Start, "for", w.Duration()) // the night the clocks go back

	cfg := classify.DefaultConfig() // 72h notice, hot fixes within 24h
	cfg.Maintenance = s
	policy, err := classify.NewPolicy(cfg)
	if err != nil {
		log.Fatal(err)
	}
	patch := classify.Change{Kind: classify.SoftwarePatch, Downtime: 2 * time.Hour}
	d, err := policy.Decide(patch, now, nil)
	if err != nil {
		log.Fatal(err)
	}
	notices, err := notice.FromDecision(d, "Prostar", now, notice.Announcement)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(d.Class, "|", notices[0].Subject)
	fmt.Println(notices[0].DST[0])
	// README:end

	// Output:
	// 2026-10-31 22:00:00 -0600 MDT for 5h0m0s
	// maintenance | Scheduled maintenance this Saturday, October 31st, from 10 p.m. MDT to 2 a.m. MST Sunday
	// Clocks go back one hour at 2 a.m.; this window lasts 5 hours.
}
