package classify

import (
	"errors"
	"fmt"
	"github.com/prostar/maintenance/internal/english"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// A Config is a policy written as a Go value: what [NewPolicy] builds a
// [Policy] from and what a policy file decodes to. Its zero values are taken
// literally (a zero Notice is no minimum notice), so start from
// [DefaultConfig] to get the defaults and change what differs.
type Config struct {
	// Maintenance is the default maintenance schedule, such as
	// "last Saturday of every month 22:00-02:00 America/Denver". It is
	// required. Its zone is the default audience's zone.
	Maintenance *window.Schedule
	// Tenants holds the tenants that differ from the default audience:
	// those in another zone, and those for whom the default window does not
	// work and who have a different time scheduled for this mandatory work.
	Tenants map[string]Tenant
	// Routine is when routine updates may run; nil means any time. It is
	// usually a weekly window, such as "every Tuesday 09:00-17:00 UTC".
	Routine *window.Schedule
	// Notice is the minimum notice before a maintenance window: a window
	// is only chosen if it starts at least Notice after the change is
	// ready. It must not be negative.
	Notice time.Duration
	// HotFix says how hot fixes are scheduled and how many are too many.
	HotFix HotFixPolicy
	// Freezes are periods in which maintenance is not scheduled.
	Freezes []Freeze
	// DisablesFeatures is the class of a change that disables features
	// without downtime, used by the default rules: [Routine] or
	// [Maintenance]. Zero means Maintenance. It may only be set when Rules
	// is nil, because explicit rules say the same thing themselves.
	DisablesFeatures Class
	// Rules are the classification rules, tried in order; nil means
	// DefaultRules(DisablesFeatures).
	Rules []Rule
}

// A Tenant is a client organization whose zone or window differs from the
// default audience's.
type Tenant struct {
	// Zone is the zone the tenant reads times in; nil means the zone of
	// its own Schedule. A tenant needs a Zone, a Schedule or both.
	Zone *time.Location
	// Schedule is the tenant's own maintenance schedule; nil means the
	// default schedule, whose windows (the same instants) the tenant reads
	// in its Zone.
	Schedule *window.Schedule
}

// A HotFixPolicy says how a hot fix is scheduled and when hot fixes are
// too frequent.
type HotFixPolicy struct {
	// Response is the response time: a hot fix must be done within it of
	// the decision. It must be at least a minute.
	Response time.Duration
	// PreferWindow makes a hot fix use the first maintenance window that
	// opens after the change is ready and holds the work before the
	// deadline, rather than starting at once.
	PreferWindow bool
	// Limit is how many hot fixes, this one included, may happen within
	// Days days (each 24 hours, rolling back from the decision) before the
	// decision warns that hot fixes should be rare. Both zero means no
	// limit; one without the other is an error.
	Limit int
	Days  int
}

// A Freeze is a period in which maintenance is not scheduled, such as the
// year-end trading season. It is either a date range (From and Until) or a
// recurring window (Schedule), and carries its Reason.
//
// A date range covers From 00:00 to the end of Until, read in the zone of
// the window being checked, so "December" means December on the wall
// clock of the schedule the window comes from.
type Freeze struct {
	From, Until civil.Date // inclusive; both set, or both zero when Schedule is set
	Schedule    *window.Schedule
	Reason      string // required: it goes into warnings
}

// DefaultConfig returns the defaults, without a maintenance schedule:
//
//   - Notice 72h: three days lets a client read the notice on a working day
//     even when it is sent on a Friday, and the monthly window leaves room.
//   - HotFix.Response 24h: a threat to the platform or to customer data
//     should not wait for the next business day.
//   - HotFix.PreferWindow false: a threat is fixed as soon as the change is
//     ready; waiting for a window, even one inside the response time, is
//     a choice the operator makes explicitly.
//   - HotFix.Limit 2 in 90 days: the policy says hot fixes should be rare;
//     a third in a quarter is a pattern worth a warning.
//   - DisablesFeatures Maintenance: the platform's text lets routine
//     updates and maintenance both disable features; maintenance means
//     clients are told before a feature they rely on goes away.
//   - Rules nil: the default rules, [DefaultRules].
//   - Routine nil: routine updates may run any time, as they cause no
//     downtime and no loss of functionality.
func DefaultConfig() Config {
	return Config{
		Notice:           72 * time.Hour,
		HotFix:           HotFixPolicy{Response: 24 * time.Hour, Limit: 2, Days: 90},
		DisablesFeatures: Maintenance,
	}
}

// A Policy is a validated change policy: it classifies changes and finds
// them slots with [Policy.Decide]. A Policy is immutable and safe for
// concurrent use by multiple goroutines. Build one with [NewPolicy] or
// [ParsePolicy]; the zero Policy decides nothing and says so.
type Policy struct {
	cfg       Config // a deep copy of the config as given, for Config and MarshalJSON
	rules     []Rule
	audiences []audience // every tenant, sorted by name, after the default audience ""
}

// An audience is who a slot is for: the default audience (name "") or a
// tenant, with the schedule it uses and the zone it reads times in.
type audience struct {
	name     string
	zone     *time.Location
	schedule *window.Schedule
	schedTZ  *time.Location // the schedule's zone, in which freeze dates are read
}

// NewPolicy validates cfg and returns the policy it describes. Errors name
// the field as a policy file would, such as
//
//	classify: policy.hot_fix.response: must be positive, got 0s
//
// NewPolicy copies cfg's slices and map, so later changes to cfg do not
// change the policy.
func NewPolicy(cfg Config) (*Policy, error) {
	cfg = cloneConfig(cfg)
	p := &Policy{cfg: cfg}
	if cfg.Maintenance == nil {
		return nil, errors.New("classify: policy.maintenance: missing (want a window spec such as \"last Saturday of every month 22:00-02:00 America/Denver\")")
	}
	zones := make(zones)
	zone, ok := zones.of(cfg.Maintenance)
	if !ok {
		return nil, fmt.Errorf("classify: policy.maintenance: %q has no windows", cfg.Maintenance)
	}
	p.audiences = append(p.audiences, audience{zone: zone, schedule: cfg.Maintenance, schedTZ: zone})
	p.audiences = slices.Grow(p.audiences, len(cfg.Tenants))
	for _, name := range slices.Sorted(maps.Keys(cfg.Tenants)) {
		t := cfg.Tenants[name]
		// The path is written only for an error, as in decodeConfig.
		path := func() string { return fmt.Sprintf("policy.tenants[%q]", name) }
		switch {
		case name == "":
			return nil, fmt.Errorf("classify: %s: empty tenant name (the default audience is the policy itself)", path())
		case strings.TrimSpace(name) != name:
			return nil, fmt.Errorf("classify: %s: tenant name has surrounding space", path())
		case t.Zone == nil && t.Schedule == nil:
			return nil, fmt.Errorf("classify: %s: needs a zone, a window or both", path())
		}
		a := audience{name: name, zone: t.Zone, schedule: cfg.Maintenance, schedTZ: zone}
		if t.Schedule != nil {
			z, ok := zones.of(t.Schedule)
			if !ok {
				return nil, fmt.Errorf("classify: %s.window: %q has no windows", path(), t.Schedule)
			}
			a.schedule, a.schedTZ = t.Schedule, z
			if a.zone == nil {
				a.zone = z
			}
		}
		p.audiences = append(p.audiences, a)
	}
	if cfg.Notice < 0 {
		return nil, fmt.Errorf("classify: policy.notice: must not be negative, got %s", english.Duration(cfg.Notice))
	}
	h := cfg.HotFix
	switch {
	case h.Response < minResponse:
		return nil, fmt.Errorf("classify: policy.hot_fix.response: must be at least %s, got %s", english.Duration(minResponse), english.Duration(h.Response))
	case h.Limit < 0:
		return nil, fmt.Errorf("classify: policy.hot_fix.limit: must not be negative, got %d", h.Limit)
	case h.Days < 0 || h.Days > maxDays:
		return nil, fmt.Errorf("classify: policy.hot_fix.days: want 0..%d, got %d", maxDays, h.Days)
	case h.Limit > 0 && h.Days == 0:
		return nil, fmt.Errorf("classify: policy.hot_fix.days: 0 with a limit of %d (a limit needs a rolling period of at least 1 day; set both to 0 for no limit)", h.Limit)
	case h.Limit == 0 && h.Days > 0:
		return nil, fmt.Errorf("classify: policy.hot_fix.limit: 0 with a period of %d days (a period needs a limit of at least 1; set both to 0 for no limit)", h.Days)
	}
	for i, f := range cfg.Freezes {
		if err := checkFreeze(fmt.Sprintf("policy.freezes[%d]", i), f); err != nil {
			return nil, err
		}
	}
	if cfg.Rules == nil {
		fc := cfg.DisablesFeatures
		if fc == 0 {
			fc = Maintenance
		}
		if fc != Routine && fc != Maintenance {
			return nil, fmt.Errorf("classify: policy.disables_features: want routine update or maintenance, got %v", fc)
		}
		p.rules = DefaultRules(fc)
	} else {
		if cfg.DisablesFeatures != 0 {
			return nil, errors.New("classify: policy.disables_features: set together with rules; the rules decide, so move the setting into the \"disables features\" rule")
		}
		if err := checkRules("policy.rules", cfg.Rules); err != nil {
			return nil, err
		}
		p.rules = cloneRules(cfg.Rules)
	}
	return p, nil
}

// minResponse is the shortest hot-fix response time: a minute. A shorter
// one ("1ns", a slip for "1h") is a typo, not a policy, and would put
// every hot fix past its deadline.
const minResponse = time.Minute

// maxDays bounds the hot-fix period: ten years is more than any policy
// means and keeps the arithmetic far from overflow.
const maxDays = 3660

// Config returns a copy of the configuration p was built from, as given:
// fields left at zero stay zero.
func (p *Policy) Config() Config {
	if p == nil {
		return Config{}
	}
	return cloneConfig(p.cfg)
}

// Rules returns a copy of the rules p applies, in order: the configured
// rules, or the default rules when none were configured.
func (p *Policy) Rules() []Rule {
	if p == nil {
		return nil
	}
	return cloneRules(p.rules)
}

func checkFreeze(path string, f Freeze) error {
	if strings.TrimSpace(f.Reason) == "" {
		return fmt.Errorf("classify: %s.reason: empty (a freeze must say why)", path)
	}
	dates := !f.From.IsZero() || !f.Until.IsZero()
	switch {
	case dates && f.Schedule != nil:
		return fmt.Errorf("classify: %s: has both dates and a window (want one)", path)
	case f.Schedule != nil:
		return nil
	case f.From.IsZero():
		return fmt.Errorf("classify: %s.from: missing (want from and until dates, or a window)", path)
	case f.Until.IsZero():
		return fmt.Errorf("classify: %s.until: missing (want from and until dates, or a window)", path)
	case !f.From.IsValid():
		return fmt.Errorf("classify: %s.from: %s is not a date", path, f.From)
	case !f.Until.IsValid():
		return fmt.Errorf("classify: %s.until: %s is not a date", path, f.Until)
	case f.Until.Before(f.From):
		return fmt.Errorf("classify: %s.until: %s is before from %s", path, f.Until, f.From)
	}
	return nil
}

// zones remembers the zone of each schedule NewPolicy has looked at:
// tenants often share one schedule (a policy file's equal specs are parsed
// once), and the check costs a query.
type zones map[*window.Schedule]*time.Location

// of returns the zone of s's windows, the zone its spec names, and reports
// false when s has no window at all.
func (z zones) of(s *window.Schedule) (*time.Location, bool) {
	if loc, ok := z[s]; ok {
		return loc, loc != nil
	}
	var loc *time.Location
	if _, ok := s.Next(time.Time{}); ok {
		loc = s.Spec().Location
	}
	z[s] = loc
	return loc, loc != nil
}

func cloneConfig(c Config) Config {
	if c.Tenants != nil {
		c.Tenants = maps.Clone(c.Tenants)
	}
	c.Freezes = slices.Clone(c.Freezes)
	c.Rules = cloneRules(c.Rules)
	return c
}
