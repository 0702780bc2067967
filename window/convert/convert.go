package convert

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// A Format is a scheduler's language. The zero value is not a format, so
// that a forgotten field is an error rather than a silent choice; new
// values are only appended.
type Format uint8

// The formats, by the names [ParseFormat] reads.
const (
	Human       Format = iota + 1 // "human": the schedule's own human form
	RFC5545                       // "rfc5545": the schedule's RFC 5545 form
	Systemd                       // "systemd": an OnCalendar= line
	Cron                          // "cron": a crontab line, the zone as CRON_TZ=
	RDS                           // "aws-rds": ddd:hh24:mi-ddd:hh24:mi in UTC, at least 30 minutes
	ElastiCache                   // "aws-elasticache": as RDS, at least 60 minutes
	Azure                         // "azure": a maintenanceWindow JSON object
	GKE                           // "gke": a recurringWindow JSON object, in UTC
	Kured                         // "kured": its reboot-window flags
)

var formatNames = [...]string{"", "human", "rfc5545", "systemd", "cron", "aws-rds", "aws-elasticache", "azure", "gke", "kured"}

// String returns the format's name, "aws-rds" for RDS; "Format(12)" when
// f is unknown.
func (f Format) String() string {
	if f == 0 || int(f) >= len(formatNames) {
		return fmt.Sprintf("Format(%d)", f)
	}
	return formatNames[f]
}

// ParseFormat returns the format named s, one of the names [Format.String]
// returns.
func ParseFormat(s string) (Format, error) {
	if i := slices.Index(formatNames[1:], s); i >= 0 {
		return Format(i + 1), nil
	}
	return 0, fmt.Errorf("convert: unknown format %q (want %s)", s, strings.Join(formatNames[1:], ", "))
}

// MarshalText returns the format's name, so a Format is stored by name in
// JSON and other text formats; an unknown format is an error.
func (f Format) MarshalText() ([]byte, error) {
	if f == 0 || int(f) >= len(formatNames) {
		return nil, fmt.Errorf("convert: cannot marshal %v", f)
	}
	return []byte(f.String()), nil
}

// UnmarshalText reads a format's name with [ParseFormat].
func (f *Format) UnmarshalText(b []byte) error {
	g, err := ParseFormat(string(b))
	if err != nil {
		return err
	}
	*f = g
	return nil
}

// A Config is a schedule written for a target: the setting, exactly as
// one pastes it, and what the target loses.
type Config struct {
	Format Format
	// Text is the setting: an OnCalendar= line, a crontab line, JSON, flags.
	Text string
	// Losses says, one sentence each, what the setting does differently
	// from the schedule in the twelve months after the instant given to
	// [To]: what the target cannot say, and, for UTC targets, the drift
	// in words and the alternative.
	Losses []string
	// Drift lists the policy's windows in those twelve months that the
	// target's window does not match exactly, for the targets that keep UTC.
	Drift []Drift
}

// A Drift is one window of the policy that a UTC target's window does not
// match: the date of the policy's window and how much later (positive) or
// earlier (negative) the target's window starts and ends.
type Drift struct {
	Date       civil.Date
	Start, End time.Duration
}

// A Reading is a schedule read from a target's setting, with a note for
// each assumption made and each thing the setting says that a schedule
// cannot.
type Reading struct {
	Schedule *window.Schedule
	Notes    []string
}

// Options give [From] what a setting may lack.
type Options struct {
	// Zone is the zone of a setting that names none (cron without CRON_TZ=,
	// systemd without a zone; kured's own default is UTC). Nil means UTC,
	// and the reading says so: on the host the target would use its own
	// zone.
	Zone *time.Location
	// Length is each window's length for targets that hold only a start
	// (systemd, cron). Zero means one hour, and the reading says so.
	Length time.Duration
}

// horizon is how far ahead of the caller's instant losses are counted.
const horizon = 12 // months

// To writes s for the target f: the closest setting f can hold and what it
// loses in the twelve months after at. It fails when f can hold nothing
// close to s (cron and systemd have no "every 3 weeks"), naming what.
// For example, To(last Saturday of every month 22:00-02:00 America/Denver,
// RDS, 2026-01-01) is "sun:05:00-sun:08:00", with losses saying that RDS
// repeats every week and that the window is an hour shorter than the
// policy's on each side in turn.
func To(s *window.Schedule, f Format, at time.Time) (Config, error) {
	if s == nil || s.String() == "" {
		return Config{}, errors.New("convert: no schedule")
	}
	c := Config{Format: f}
	var err error
	switch f {
	case Human:
		c.Text = s.String()
	case RFC5545:
		c.Text = strings.ReplaceAll(s.RFC5545(), "\r\n", "\n")
	case Systemd:
		err = toSystemd(s, at, &c)
	case Cron:
		err = toCron(s, at, &c)
	case RDS, ElastiCache:
		err = toAWS(s, at, &c)
	case Azure:
		err = toAzure(s, at, &c)
	case GKE:
		err = toGKE(s, at, &c)
	case Kured:
		err = toKured(s, at, &c)
	default:
		return Config{}, fmt.Errorf("convert: unknown format %v", f)
	}
	if err != nil {
		return Config{}, err
	}
	return c, nil
}

// From reads expr, a setting in the target f's syntax, into a schedule.
// Errors name the bad part. For example, From(RDS, "sun:05:00-sun:08:00",
// Options{}) is "every Sunday 05:00-08:00 UTC".
func From(f Format, expr string, opt Options) (Reading, error) {
	if len(expr) > 4096 {
		return Reading{}, fmt.Errorf("convert: %v setting is %d bytes (want at most 4096)", f, len(expr))
	}
	var (
		sp    window.Spec
		notes []string
		err   error
	)
	switch f {
	case Human, RFC5545:
		s, err := window.Parse(expr)
		if err != nil {
			return Reading{}, fmt.Errorf("convert: %w", err)
		}
		return Reading{Schedule: s}, nil
	case Systemd:
		sp, notes, err = fromSystemd(expr, opt)
	case Cron:
		sp, notes, err = fromCron(expr, opt)
	case RDS, ElastiCache:
		sp, notes, err = fromAWS(f, expr)
	case Azure:
		sp, notes, err = fromAzure(expr)
	case GKE:
		sp, notes, err = fromGKE(expr)
	case Kured:
		sp, notes, err = fromKured(expr)
	default:
		return Reading{}, fmt.Errorf("convert: unknown format %v", f)
	}
	if err != nil {
		return Reading{}, err
	}
	s, err := window.New(sp)
	if err != nil {
		return Reading{}, fmt.Errorf("convert: %v setting %q: %w", f, expr, err)
	}
	return Reading{Schedule: s, Notes: notes}, nil
}

// A Mismatch is a window of a target's setting that is not wholly inside
// one of the policy's windows: the window and how much of it lies outside
// every policy window.
type Mismatch struct {
	Window  window.Window
	Outside time.Duration
}

// Compare returns the windows of target that overlap [from, to) and are
// not wholly inside a window of policy, in start order: the check to run
// before applying a setting read by [From]. Both schedules are queried
// with the same instants, so their zones may differ.
func Compare(policy, target *window.Schedule, from, to time.Time) []Mismatch {
	var out []Mismatch
	for tw := range target.Windows(from, to) {
		inside := time.Duration(0)
		for pw := range policy.Windows(tw.Start, tw.End) {
			lo, hi := later(pw.Start, tw.Start), earlier(pw.End, tw.End)
			if hi.After(lo) {
				inside += hi.Sub(lo)
			}
		}
		if inside < tw.Duration() {
			out = append(out, Mismatch{Window: tw, Outside: tw.Duration() - inside})
		}
	}
	return out
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// windowsAhead returns the windows of s overlapping the twelve months after at.
func windowsAhead(s *window.Schedule, at time.Time) []window.Window {
	var ws []window.Window
	for w := range s.Windows(at, at.AddDate(0, horizon, 0)) {
		ws = append(ws, w)
	}
	return ws
}

// boundLosses says what of s's first and last dates, skipped dates and
// one-off windows a target without them loses after at. first and last
// say whether the target has a first or a last date of its own.
func boundLosses(s *window.Schedule, at time.Time, name string, first, last bool) []string {
	sp := s.Spec()
	atDate := civil.DateOf(at.In(sp.Location))
	var out []string
	if !first && sp.From.After(atDate) {
		out = append(out, fmt.Sprintf("%s has no first date: it also runs before %s, the schedule's first date", name, sp.From))
	}
	if !last && !sp.Until.IsZero() {
		out = append(out, fmt.Sprintf("%s has no last date: it keeps running after %s, the schedule's last date", name, sp.Until))
	}
	var skipped []string
	for _, d := range sp.Except {
		if !d.Before(atDate) {
			skipped = append(skipped, d.String())
		}
	}
	if len(skipped) > 0 {
		out = append(out, fmt.Sprintf("%s cannot skip a date: it runs on %s, which the schedule skips", name, english.List(skipped...)))
	}
	var extra []string
	for _, x := range sp.Extra {
		if !x.Date.Before(atDate) {
			extra = append(extra, x.Date.String()+" "+x.Start.String())
		}
	}
	if len(extra) > 0 {
		out = append(out, fmt.Sprintf("%s cannot hold a one-off window: add %s by hand", name, english.List(extra...)))
	}
	return out
}

// noEndLosses says what a target that holds only a start loses: the end,
// in words, and the nights the window's length differs from the nominal.
func noEndLosses(s *window.Schedule, at time.Time, name string) []string {
	sp := s.Spec()
	var end string
	if sp.Length > 0 {
		end = fmt.Sprintf("%s after the start", english.Length(sp.Length))
	} else {
		end = sp.End.String()
		switch {
		case sp.EndDays > 1:
			end += " " + english.Plural(sp.EndDays, "day") + " later"
		case sp.EndDays == 1 || sp.End.Seconds() <= sp.Start.Seconds():
			end += " the next day"
		}
	}
	out := []string{fmt.Sprintf("%s holds a start and no end: the job must stop itself by %s", name, end)}
	for _, w := range windowsAhead(s, at) {
		if w.Duration() != w.Nominal {
			out = append(out, fmt.Sprintf("on %s the clocks change during the window: it lasts %s, not %s",
				w.Date, english.Length(w.Duration()), english.Length(w.Nominal)))
		}
	}
	return out
}

// startKindLosses lists the dates in the twelve months after at on which
// the start clock is skipped or repeated and the target settles it
// otherwise than the schedule: skipped says what the target does with a
// skipped start, repeated with a repeated one, or is empty for a target
// that runs at the first of the two times, which differs only from a
// schedule built with [tzdata.Later].
func startKindLosses(s *window.Schedule, at time.Time, name, skipped, repeated string) []string {
	var out []string
	sp := s.Spec()
	for _, w := range windowsAhead(s, at) {
		switch {
		case w.StartKind == tzdata.Skipped:
			out = append(out, fmt.Sprintf("on %s the start, %s, is skipped in %s: the schedule opens at %s, and %s %s",
				w.Date, sp.Start, sp.Location, w.Start.Format("15:04 MST"), name, skipped))
		case w.StartKind == tzdata.Repeated && repeated != "":
			out = append(out, fmt.Sprintf("on %s the start, %s, happens twice in %s: the schedule opens once, at %s, and %s %s",
				w.Date, sp.Start, sp.Location, w.Start.Format("15:04 MST"), name, repeated))
		case w.StartKind == tzdata.Repeated && sp.Disambiguation == tzdata.Later:
			out = append(out, fmt.Sprintf("on %s the start, %s, happens twice in %s: the schedule opens at the second, %s, and %s runs at the first",
				w.Date, sp.Start, sp.Location, w.Start.Format("15:04 MST"), name))
		}
	}
	return out
}

// weekdayCode is a weekday's three letters in lower case, as RDS, cron
// and kured write them: "sat".
func weekdayCode(d time.Weekday) string { return strings.ToLower(d.String()[:3]) }

// weekdayOfCode reads a weekday's English name or its first three letters,
// in any case.
func weekdayOfCode(s string) (time.Weekday, bool) {
	s = strings.ToLower(s)
	for d := time.Sunday; d <= time.Saturday; d++ {
		name := strings.ToLower(d.String())
		if s == name || s == name[:3] {
			return d, true
		}
	}
	return 0, false
}

// zoneOr returns opt.Zone, or UTC with a note saying so.
func zoneOr(opt Options, name string, notes *[]string) *time.Location {
	if opt.Zone != nil {
		return opt.Zone
	}
	*notes = append(*notes, fmt.Sprintf("the %s setting names no zone: read as UTC (the target would use its host's zone; pass a zone)", name))
	return time.UTC
}

// lengthOr returns opt.Length, or one hour with a note saying so.
func lengthOr(opt Options, name string, notes *[]string) time.Duration {
	if opt.Length > 0 {
		return opt.Length
	}
	*notes = append(*notes, fmt.Sprintf("%s holds no end: each window is taken to last 1 hour (pass a length)", name))
	return time.Hour
}

// loadZone reads the zone a target's setting names with
// [tzdata.ParseZone], which refuses abbreviations and legacy names such
// as MST or EST5EDT. The one exception is the targets' own dialect for a
// fixed offset, "Etc/GMT+7", which ParseZone refuses because its sign is
// inverted: it is read as the offset it means, UTC-7, with a note, so
// that what [zoneName] writes reads back.
func loadZone(name string, notes *[]string) (*time.Location, error) {
	if off, ok := etcOffset(name); ok {
		fixed := english.UTCOffset(off)
		*notes = append(*notes, fmt.Sprintf("%s is %s (IANA's sign is inverted): read as the fixed offset %s", name, fixed, fixed))
		return tzdata.ParseZone(fixed)
	}
	return tzdata.ParseZone(name)
}

// etcOffset reads "Etc/GMT+1" to "Etc/GMT+12" and "Etc/GMT-1" to
// "Etc/GMT-14" as seconds east of UTC: Etc/GMT+7 is -7 hours.
func etcOffset(name string) (secs int, ok bool) {
	rest, found := strings.CutPrefix(name, "Etc/GMT")
	if !found || len(rest) < 2 || len(rest) > 3 || (rest[0] != '+' && rest[0] != '-') || rest[1] == '0' {
		return 0, false
	}
	h, err := strconv.Atoi(rest[1:])
	if err != nil || (rest[0] == '+' && h > 12) || (rest[0] == '-' && h > 14) {
		return 0, false
	}
	if rest[0] == '+' {
		h = -h
	}
	return h * 3600, true
}

// zoneName names a schedule's zone as the targets that read IANA names
// (systemd, cron's CRON_TZ and TZ, kured) need it. A fixed zone from
// [tzdata.ParseZone] is named "UTC-7", which systemd refuses, POSIX TZ
// reads with the sign inverted and Go's time.LoadLocation does not know;
// a whole-hour offset is written as IANA's Etc/GMT+7 (the same offset, in
// POSIX's inverted sign) and any other is an error, since no IANA name
// holds it.
func zoneName(loc *time.Location, target string) (string, error) {
	name := loc.String()
	if loc == time.UTC || name == "UTC" {
		return "UTC", nil
	}
	if !strings.HasPrefix(name, "UTC+") && !strings.HasPrefix(name, "UTC-") {
		return name, nil
	}
	// A fixed zone has one offset at every instant.
	_, off := time.Unix(0, 0).In(loc).Zone()
	if off%3600 != 0 {
		return "", fmt.Errorf("convert: %s cannot name the fixed offset %s: it reads IANA zone names, and IANA names fixed offsets of whole hours only (Etc/GMT-5 is UTC+5); give the schedule the IANA zone whose clocks it follows instead", target, name)
	}
	return fmt.Sprintf("Etc/GMT%+d", -off/3600), nil
}
