package classify

import (
	"fmt"
	"github.com/prostar/maintenance/internal/english"
	"slices"
	"strings"
)

// A Rule is one step of a policy's classification: when a change matches
// When, the change gets Class, and Reason goes into the decision's audit
// trail. A policy's rules are tried in order and the first that matches
// decides; the last rule must match every change, so every change gets a
// class and every decision can say why.
type Rule struct {
	// Name identifies the rule in decisions and errors, such as "threat".
	// Names are unique within a policy.
	Name string
	// When says which changes the rule matches.
	When Match
	// Class is the class a matching change gets.
	Class Class
	// Reason is the sentence written into the audit trail when the rule
	// decides. It may contain these placeholders, replaced from the change:
	// {kind} (its Kind, or "change of no stated kind"), {downtime} (such
	// as "4h30m"), {threat} (its ThreatReason, or "no reason given").
	Reason string
}

// A Match is a rule's condition. Every field that is set must hold: a true
// flag requires the change to have that property, and a non-empty Kinds
// requires the change's kind to be one of them. The zero Match matches
// every change; it is the catch-all that ends a rule list.
type Match struct {
	Threat           bool   // the change answers a threat
	Downtime         bool   // the change has downtime
	DisablesFeatures bool   // the change disables features
	VisibleChanges   bool   // the change makes visible changes
	Kinds            []Kind // the change's kind is one of these
}

// IsZero reports whether m is the catch-all that matches every change.
func (m Match) IsZero() bool {
	return !m.Threat && !m.Downtime && !m.DisablesFeatures && !m.VisibleChanges && len(m.Kinds) == 0
}

// Matches reports whether c satisfies m.
func (m Match) Matches(c Change) bool {
	switch {
	case m.Threat && !c.Threat,
		m.Downtime && c.Downtime <= 0,
		m.DisablesFeatures && !c.DisablesFeatures,
		m.VisibleChanges && !c.VisibleChanges:
		return false
	}
	if len(m.Kinds) == 0 {
		return true
	}
	return slices.ContainsFunc(m.Kinds, c.Kind.Is)
}

// The names of the default rules.
const (
	RuleThreat           = "threat"
	RuleDowntime         = "downtime"
	RuleDisablesFeatures = "disables features"
	RuleMaintenanceKinds = "maintenance kinds"
	RuleRoutine          = "routine"
)

// DefaultRules returns the rules that reproduce the platform's three
// definitions, in this order:
//
//  1. "threat": a threat to the integrity of the platform or of customer
//     data makes a [HotFix], whatever else the change is, because the
//     policy defines a hot fix by that threat and its short time frame.
//  2. "downtime": downtime makes [Maintenance], because users cannot reach
//     the system and must be told, outside their main hours.
//  3. "disables features": a change that disables features without
//     downtime gets the class disablesFeatures. The platform's text allows
//     both routine updates and maintenance to disable features, so this is
//     the operator's call; [DefaultConfig] chooses [Maintenance], so
//     clients are told before a feature they use goes away.
//  4. "maintenance kinds": virus scans, software patches and upgrades are
//     [Maintenance], as the policy lists them.
//  5. "routine": everything else is a [Routine] update: no downtime, no
//     loss of functionality, no notice.
//
// DefaultRules returns a new slice on every call, so callers may edit it.
func DefaultRules(disablesFeatures Class) []Rule {
	featureReason := "It disables features while it runs, without downtime; the policy treats that as maintenance, so clients are told in advance."
	if disablesFeatures == Routine {
		featureReason = "It disables features while it runs, without downtime; the policy treats that as a routine update, given without notice."
	}
	return []Rule{{
		Name:   RuleThreat,
		When:   Match{Threat: true},
		Class:  HotFix,
		Reason: "It answers a threat to the integrity of the platform or customer data ({threat}), so it is a hot fix: it must be done within the response time.",
	}, {
		Name:   RuleDowntime,
		When:   Match{Downtime: true},
		Class:  Maintenance,
		Reason: "It needs {downtime} of downtime, when users cannot reach the system, so it is maintenance: it runs in a scheduled window outside the clients' main hours, with notice.",
	}, {
		Name:   RuleDisablesFeatures,
		When:   Match{DisablesFeatures: true},
		Class:  disablesFeatures,
		Reason: featureReason,
	}, {
		Name:   RuleMaintenanceKinds,
		When:   Match{Kinds: []Kind{VirusScan, SoftwarePatch, Upgrade}},
		Class:  Maintenance,
		Reason: "Its kind, {kind}, is maintenance: virus scans, software patches and upgrades are done in a scheduled window with notice.",
	}, {
		Name:   RuleRoutine,
		Class:  Routine,
		Reason: "It causes no downtime, disables no feature and answers no threat, so it is a routine update: it needs no window and no notice.",
	}}
}

// placeholders are the names a Rule's Reason may contain in braces.
var placeholders = []string{"kind", "downtime", "threat"}

// reason returns r's sentence with its placeholders filled in from c.
func (r Rule) reason(c Change) string {
	kind := string(c.Kind)
	if strings.TrimSpace(kind) == "" {
		kind = "change of no stated kind"
	}
	threat := c.ThreatReason
	if strings.TrimSpace(threat) == "" {
		threat = "no reason given"
	}
	return strings.NewReplacer(
		"{kind}", kind,
		"{downtime}", english.Duration(c.Downtime),
		"{threat}", threat,
	).Replace(r.Reason)
}

// checkRules validates a rule list; path is where it sits in the policy,
// such as "policy.rules".
func checkRules(path string, rules []Rule) error {
	if len(rules) == 0 {
		return fmt.Errorf("classify: %s: no rules (want at least a catch-all rule with an empty \"when\")", path)
	}
	seen := make(map[string]int, len(rules))
	for i, r := range rules {
		p := fmt.Sprintf("%s[%d]", path, i)
		name := strings.TrimSpace(r.Name)
		switch {
		case name == "":
			return fmt.Errorf("classify: %s.name: empty", p)
		case name != r.Name:
			return fmt.Errorf("classify: %s.name: %q has surrounding space", p, r.Name)
		}
		if j, ok := seen[r.Name]; ok {
			return fmt.Errorf("classify: %s.name: %q is also the name of rule %d", p, r.Name, j)
		}
		seen[r.Name] = i
		if !r.Class.valid() {
			return fmt.Errorf("classify: %s.class: %v is not a class", p, r.Class)
		}
		if strings.TrimSpace(r.Reason) == "" {
			return fmt.Errorf("classify: %s.reason: empty (the audit trail needs a sentence)", p)
		}
		if err := checkPlaceholders(r.Reason); err != nil {
			return fmt.Errorf("classify: %s.reason: %w", p, err)
		}
		for k, kind := range r.When.Kinds {
			if normalize(string(kind)) == "" {
				return fmt.Errorf("classify: %s.when.kinds[%d]: empty", p, k)
			}
		}
		last := i == len(rules)-1
		if r.When.IsZero() && !last {
			return fmt.Errorf("classify: %s.when: matches every change, so rules after it never apply (put the catch-all last)", p)
		}
		if !r.When.IsZero() && last {
			return fmt.Errorf("classify: %s.when: the last rule must match every change (an empty \"when\"), so every change gets a class", p)
		}
	}
	return nil
}

// checkPlaceholders reports a brace-enclosed name in s that is not a
// placeholder, so a typo like {downtim} fails when the policy is built
// rather than appearing in an audit trail.
func checkPlaceholders(s string) error {
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			return nil
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return fmt.Errorf("unclosed %q", s[i:])
		}
		name := s[i+1 : i+j]
		if !slices.Contains(placeholders, name) {
			return fmt.Errorf("unknown placeholder {%s} (want {kind}, {downtime} or {threat})", name)
		}
		s = s[i+j+1:]
	}
}

func cloneRules(rules []Rule) []Rule {
	if rules == nil {
		return nil
	}
	out := slices.Clone(rules)
	for i := range out {
		out[i].When.Kinds = slices.Clone(out[i].When.Kinds)
	}
	return out
}
