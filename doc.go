// Package maintenance is the tour of a library that turns a platform
// operator's maintenance policy into exact instants, decisions and words.
// It holds no API of its own; the work is done by four small packages, each
// importing only those below it:
//
//   - [github.com/prostar/maintenance/notice] writes the client notice for a
//     window or a decision, as plain text, Markdown, HTML and iCalendar.
//   - [github.com/prostar/maintenance/classify] decides whether a change is a
//     routine update, maintenance or a hot fix, which window it may use and
//     when notice is due.
//   - [github.com/prostar/maintenance/window] computes recurring windows such
//     as "the last Saturday of each month, 10 p.m. to 2 a.m. Mountain time",
//     exact across midnight and daylight saving time.
//   - [github.com/prostar/maintenance/tzdata] holds the pinned IANA database
//     and says what a wall-clock time means in a zone.
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
