// Package notice writes the client notice for a maintenance window or a
// classified change, as plain text, Markdown, HTML and iCalendar, with the
// dates, times, zone abbreviations and daylight saving facts right for the
// reader's zone; it does not decide whether or when work happens (see
// package classify) or compute windows (see package window), and it sends
// nothing.
//
// A notice is built from a [classify.Decision] with [FromDecision] (one per
// affected tenant) or from a schedule's window with [ForWindow], for an
// [Audience], at a send instant that is always a parameter, never the
// clock. A routine update needs no notice: [FromDecision] says so with a
// [*NotNeededError] that wraps [ErrNoNotice] and carries the reasons.
//
// # Wording
//
// Notices are US English in AP style: "10 p.m.", "10:30 p.m.", "noon",
// "midnight"; "from 10 p.m. to 2 a.m. MST", with both abbreviations when
// they differ ("from 10 p.m. MDT to 2 a.m. MST"), and numeric database
// abbreviations read as offsets ("UTC-3", "UTC+5:30"). Abbreviations come
// from the zone database for each instant, so January 25th, 2020 in Denver
// is MST. Dates read "Saturday, January 25th", relative to the send
// instant in the reader's zone: "today", "tonight" (from 6 p.m.),
// "tomorrow", "this Saturday" (later in the same Monday-to-Sunday week). A
// clock change inside a window gets one sentence ("Clocks go back one hour
// at 2 a.m.; this window lasts 5 hours."), and a start or end that the zone
// skipped or repeated says which instant is meant. See [Day], [Range],
// [ClockChange].
//
// # Formats
//
// A [Renderer] holds parsed text/template and html/template templates;
// [DefaultRenderer] uses the embedded defaults, and [NewRenderer] takes a
// caller's own, which receive the same [Notice] data and [Funcs].
// [Calendar] writes RFC 5545 (https://www.rfc-editor.org/rfc/rfc5545) with
// a VTIMEZONE generated from package tzdata, one recurring VEVENT per
// schedule and an override for every instance whose start or length a
// calendar client would otherwise compute differently.
//
// # Concurrency
//
// Notices, Events and Renderers are values that are never changed after
// they are made; a Renderer is safe for concurrent use by multiple
// goroutines. The package has no mutable package-level state: the default
// templates are parsed once, at initialization.
package notice
