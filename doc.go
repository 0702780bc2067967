// Package maintenance is the tour of a library that turns a platform
// operator's maintenance policy into exact instants, decisions and words.
// It holds no API of its own; the work is done by four small packages and two subpackages, each
// importing only those below it:
//
//   - [github.com/prostar/maintenance/notice] writes the client notice for a
//     window or a decision, as plain text, Markdown, HTML and iCalendar,
//     true in each reader's zone, and checks a notice a person wrote
//     (notice.Check).
//   - [github.com/prostar/maintenance/classify] decides whether a change is a
//     routine update, maintenance or a hot fix, which window it may use and
//     when notice is due, and answers a pipeline's question, may this
//     change start now (Policy.Gate).
//   - [github.com/prostar/maintenance/window] computes recurring windows such
//     as "the last Saturday of each month, 10 p.m. to 2 a.m. Mountain time",
//     exact across midnight and daylight saving time, from specs written the
//     way operators write them; [github.com/prostar/maintenance/window/convert]
//     writes and reads them in the schedulers' own languages (systemd, cron,
//     AWS, Azure, GKE, kured) and says what each loses.
//   - [github.com/prostar/maintenance/tzdata] holds the pinned IANA database,
//     one compiled zone per name shared by the process, and says what a
//     wall-clock time means in a zone; its subpackage
//     [github.com/prostar/maintenance/tzdata/civil] holds the zone-less
//     dates, clocks and date-times every layer uses.
//
// For example:
//
//	s, err := window.Parse("last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25")
//	if err != nil { ... }
//	w, _ := s.Next(time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC))
//	fmt.Println(w.Start, w.End, w.Duration()) // 2026-10-31 22:00 MDT, 2026-11-01 02:00 MST, 5h0m0s
//
// No package reads the clock or uses [time.Local]: every instant is a
// parameter, so services that share one policy compute the same answers.
package maintenance
