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
// [Policy.Gate] answers the question a pipeline asks at the moment of a
// change: may it start now?
//
// # The policy file
//
// A policy file is JSON. Its fields, with the value a missing field takes:
//
//	{
//	  "maintenance": "last Saturday of every month 22:00-02:00 America/Denver from 2020-01-25",
//	  "tenants": {
//	    "acme": {"zone": "Europe/Berlin", "window": "every Sunday 01:00-05:00 Europe/Berlin"},
//	    "initech": {"zone": "Asia/Kolkata"}
//	  },
//	  "routine": "any time",
//	  "notice": "72h",
//	  "hot_fix": {"response": "24h", "prefer_window": false, "limit": 2, "days": 90},
//	  "freezes": [
//	    {"from": "2026-12-01", "until": "2026-12-31", "reason": "year-end trading"},
//	    {"window": "every day 08:00-18:00 America/Denver from 2026-11-27 until 2026-11-30", "reason": "Black Friday weekend"}
//	  ],
//	  "disables_features": "maintenance",
//	  "rules": [
//	    {"name": "threat", "when": {"threat": true}, "class": "hot fix", "reason": "..."},
//	    {"name": "routine", "when": {}, "class": "routine update", "reason": "..."}
//	  ]
//	}
//
// Field by field ([Config] holds each as a Go value):
//
//   - maintenance (required): the default maintenance schedule, a window
//     spec as [window.Parse] reads it. Its zone is the default audience's.
//   - tenants: by name, the tenants that differ from the default
//     audience: "zone" (an IANA zone they read times in) and "window"
//     (their own schedule), at least one of the two. Default: none.
//   - routine: when routine updates may run, a window spec or "any time"
//     (the default).
//   - notice: the minimum notice before maintenance work, a Go duration
//     ("72h", "1h30m"), not negative. Default 72h.
//   - hot_fix: "response", the time within which a hot fix must be done,
//     a Go duration of at least 1m (default 24h); "prefer_window", use a
//     maintenance window before the deadline rather than start at once
//     (default false); "limit" and "days", warn when more than limit hot
//     fixes fall in days days (default 2 in 90; both 0 for no limit, one
//     without the other is an error).
//   - freezes: periods in which no maintenance is scheduled, each with a
//     "reason" and either "from" and "until" (inclusive dates, YYYY-MM-DD,
//     read in the zone of the schedule being checked) or a "window" spec.
//   - disables_features: the class of a change that disables features
//     without downtime, "maintenance" (the default) or "routine update";
//     only without "rules".
//   - rules: the classification rules, tried in order, replacing the
//     default ones: "name", "when" (any of "threat", "downtime",
//     "disables_features", "visible_changes" as true, and "kinds", a list
//     of kinds; an empty "when" matches every change and must end the
//     list), "class" ("routine update", "maintenance" or "hot fix", or an
//     alias [ParseClass] reads) and "reason", a sentence that may hold
//     {kind}, {downtime} and {threat}.
//
// Decoding is strict: an unknown field, a field name in another case, a
// key repeated in one object, a value of the wrong type, a bad duration,
// zone, date, class or window spec is an error that names the field by
// its path, such as
//
//	classify: policy.tenants["acme"].window: window: parse "...": ...
//
// The same rules are a JSON Schema (draft 2020-12), [Schema], which an
// editor uses to complete and check a policy file and to show each
// field's description; it says everything about a file's shape that a
// schema can, and ParsePolicy checks the rest (window specs, zones, how
// fields fit together). It is the file classify/policy.schema.json of
// this module, which an editor's JSON schema setting can point at; a
// program gets the same bytes from Schema. A file is at most [DefaultMaxSize] bytes unless [ParseOptions]
// says otherwise.
//
// # The gate
//
// [Policy.Gate] takes a change, the instant it would start, the tenant it
// is for and what has happened (when its notice was sent, the hot fixes
// already done), and answers allowed or not, with the class, the reasons
// in words, and when not allowed the earliest instant it would be, given
// the same notice. A routine update must be inside a routine window with
// room for its length (any time when the policy has none); maintenance
// must be inside a window of the audience's schedule that is not frozen,
// with room for the longer of its length and downtime before the window
// ends, and its notice sent at least the policy's notice before the work
// starts; a hot fix is allowed at once, with a freeze or an exceeded
// hot-fix limit reported, not refused. The command examples/gate puts it
// in a deployment pipeline.
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
