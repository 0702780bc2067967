package classify

import "time"

// A Kind names what a change does, such as "software patch". Any string is
// a kind; the constants below are the ones the default rules know. Kinds
// compare ignoring case, surrounding space and the difference between
// spaces, hyphens and underscores, so "Software-Patch" is [SoftwarePatch].
//
// Kind is a string type rather than an enumeration because the kinds of
// change are the operator's vocabulary, not the library's: a policy's rules
// may name kinds this package has never heard of.
type Kind string

// The well-known kinds. The platform's policy names deployments as routine
// updates, and virus scans, software patches and other upgrades as
// maintenance.
const (
	Deployment    Kind = "deployment"
	VirusScan     Kind = "virus scan"
	SoftwarePatch Kind = "software patch"
	Upgrade       Kind = "upgrade"
	Configuration Kind = "configuration"
	DataRepair    Kind = "data repair"
)

// Is reports whether k and other name the same kind, ignoring case,
// surrounding space and the difference between spaces, hyphens and
// underscores. For example, Kind("Virus_Scan").Is(VirusScan) is true.
func (k Kind) Is(other Kind) bool { return normalize(string(k)) == normalize(string(other)) }

// A Change is what a policy looks at to classify a piece of work and find
// it a slot. The zero value is a change of no kind, with no downtime, that
// touches every tenant and takes no time.
type Change struct {
	// Summary is a one-line description for people; the policy does not
	// read it.
	Summary string
	// Kind is what the change does: a deployment, a virus scan, a software
	// patch, an upgrade, a configuration change, a data repair, ...
	Kind Kind
	// Downtime is the expected downtime, during which users cannot reach
	// the system; zero means none.
	Downtime time.Duration
	// DisablesFeatures reports that features are temporarily disabled
	// while the change runs, even without downtime.
	DisablesFeatures bool
	// VisibleChanges reports that users will see a difference afterwards.
	VisibleChanges bool
	// Threat reports that the change answers a threat to the integrity of
	// the platform or of customer data; ThreatReason says which, in words
	// that go into the audit trail.
	Threat       bool
	ThreatReason string
	// Tenants lists the tenants the change touches. Nil or empty means
	// every tenant: the default audience and each tenant the policy names.
	Tenants []string
	// Length is how long the work takes. A slot must hold the longer of
	// Length and Downtime; zero for both fits any slot.
	Length time.Duration
	// Ready is when the change is ready to run; the zero time means it is
	// ready at the moment of the decision.
	Ready time.Time
}

// need returns how long a slot must be to hold the change: the longer of
// its length and its downtime, because the downtime happens during the work.
func (c Change) need() time.Duration { return max(c.Length, c.Downtime) }
