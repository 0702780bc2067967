// Package classify applies a platform's change policy: it decides whether a
// change is a routine update, maintenance or a hot fix, which slot it may
// use, when clients must be told, and why, in sentences for an audit trail.
// It does not compute windows (see package [github.com/prostar/maintenance/window])
// or write the notice to clients (see package [github.com/prostar/maintenance/notice]).
//
// # The policy
//
// The platform's policy has three classes of change:
//
//  1. Routine updates: weekly deployments with no loss of functionality
//     and no downtime; no notice is given.
//  2. Maintenance: virus scans, software patches and other upgrades, done
//     with notice in a monthly window outside the clients' main hours,
//     when users cannot reach the system. A client for whom the window
//     does not work can have a different time scheduled.
//  3. Hot fixes: either of the above, done within a short time because of
//     a threat to the integrity of the platform or of customer data. Hot
//     fixes should be rare.
//
// A [Policy] holds this as data: the default maintenance schedule, tenants
// with their own zone or window, when routine updates may run, the minimum
// notice, the hot-fix response time and limit, freeze periods, and the
// classification [Rule]s, tried in order. It is built from a [Config] with
// [NewPolicy] or decoded from a JSON policy file with [ParsePolicy], and
// encodes back to the same file. [Policy.Decide] turns a [Change] into a
// [Decision]: its [Class], the rule that decided it and every step that
// led to each [Slot], and the warnings a person should read.
//
// # Defaults
//
// [DefaultConfig] holds the defaults, each chosen for a reason:
//
//   - 72 hours of notice before maintenance, so a notice sent on a Friday
//     is still read on a working day before the window.
//   - A 24-hour response time for hot fixes, starting at once rather than
//     waiting for a maintenance window: a threat should not wait, and
//     using a window is the operator's explicit choice.
//   - At most 2 hot fixes in 90 days before decisions warn: the policy
//     says hot fixes should be rare, and a third in a quarter is a pattern.
//   - A change that disables features without downtime is maintenance:
//     the platform's text lets both routine updates and maintenance
//     disable features, and maintenance means clients are told in advance.
//     It is a setting ([Config.DisablesFeatures]) because it is a matter
//     of policy, not of fact.
//   - Routine updates at any time, as they cause no downtime.
//
// # Time
//
// Decide never reads the clock: the decision's instant is a parameter, so
// the same inputs give the same decision on every service. Windows are
// chosen by their actual length, so on a night the clocks go back a
// 4-hour window that lasts 5 hours can hold 4.5 hours of work, and the
// decision says so. Freeze dates are read in the zone of the schedule
// being checked.
//
// # Concurrency
//
// A Policy is immutable and safe for concurrent use by multiple
// goroutines; NewPolicy copies what it is given. A Decision is a value
// that shares only immutable schedules and locations with its Policy.
package classify
