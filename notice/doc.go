// Package notice writes the client notice for a maintenance window or a
// classified change, as plain text, Markdown, HTML and iCalendar, with the
// dates, times, zone abbreviations and daylight saving facts right for the
// reader's zone, and checks a notice a person wrote ([Check]); it does not
// decide whether or when work happens (see package classify) or compute
// windows (see package window), and it sends nothing.
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
// "midnight"; "from 10 p.m. to 2 a.m. MST Sunday", with both abbreviations
// when they differ ("from 10 p.m. MDT to 2 a.m. MST Sunday"), and numeric
// database abbreviations read as offsets ("UTC-3", "UTC+5:30").
// Abbreviations come from the zone database for each instant, so January
// 25th, 2020 in Denver is MST. Dates read "Saturday, January 25th",
// relative to the send instant in the reader's zone: "today", "tonight"
// (from 6 p.m.), "tomorrow", "this Saturday" (later in the same
// Monday-to-Sunday week). A span that ends on a later day names that day,
// the weekday within a week and the date beyond ("to midnight UTC at the
// start of Monday" for a span ending as Monday begins, since AP style's
// "midnight Sunday" would mean the night before), so a span of 24 hours
// or more never reads as a range within one day. A clock change inside the
// work gets one sentence ("Clocks go back one hour at 2 a.m.; this window
// lasts 5 hours."; "this period" for a hot fix outside any window), and a
// start or end that the zone skipped or repeated says which instant is
// meant, from the facts the window carries.
//
// # The reader's clock
//
// Every sentence is true on the reader's clock on every date it covers.
// The sentence about a schedule's other windows ([Notice.Again]) is
// computed from the windows of the 12 months after the send instant, each
// read in the reader's zone: "the same time" only when all of them read
// as the window announced; otherwise the schedule's own time, named by a
// generic zone name ("10 p.m. to 2 a.m. Mountain time"), the reader's usual
// time ("for you, Sunday from 6 a.m. to 10 a.m.") and the dates on which it
// differs ("except on Sunday, November 1st, 2026, from 5 a.m. to 10
// a.m."). Generic names come from a small table of common zones
// ("Mountain time", "Central European time", "India time"); any other zone
// is named after its IANA city ("Sao Paulo time"), a fixed zone by its name.
//
// # Send instants
//
// An announcement or reminder sent at or after the work starts, and a
// completion notice sent before it ends, are errors that say why: a notice
// that is false when it arrives is worse than none. A hot fix is the one
// exception: its work may start at the very instant of the decision, so it
// may be announced while the work runs, but not after the work ends: the
// window's end for a hot fix placed in a window, the deadline outside one.
//
// # Names
//
// Organization, tenant, summary and reason pass one boundary before any
// format sees them: line breaks and tabs become spaces, and other control
// characters (ESC, NUL, C1) and bidirectional overrides and isolates are
// removed. HTML is escaped by html/template, Markdown by the md function.
//
// # Formats
//
// A [Renderer] holds parsed text/template and html/template templates;
// [DefaultRenderer] uses the embedded defaults, and [NewRenderer] takes a
// caller's own, which receive the same [Notice] data and [Funcs]. Every
// date and sentence is a field of the Notice, so templates need no wording
// functions. [Calendar] writes RFC 5545 (https://www.rfc-editor.org/rfc/rfc5545)
// from the schedule's definition ([window.Schedule.Spec]), with a
// VTIMEZONE generated from package tzdata, one recurring VEVENT per
// schedule and an override for every instance whose start or length a
// calendar client would otherwise compute differently. A schedule whose
// dates an Offset moves has no RRULE and is written as one VEVENT per
// window; a zone whose name no TZID parameter can hold, as UTC instants.
//
// # Concurrency
//
// Notices, Events and Renderers are values that are never changed after
// they are made; a Renderer is safe for concurrent use by multiple
// goroutines. The package has no mutable package-level state: the default
// templates are parsed once, at initialization, and the table of generic
// zone names is never written.
package notice
