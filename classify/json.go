package classify

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// DefaultMaxSize is the largest policy file [ParsePolicy] reads: 64 MiB.
// A policy with 100,000 tenants, each with a zone and a window of its
// own, is about 11 MB, so the default leaves room to grow, while still refusing a file
// that is plainly not a policy before decoding it. A caller with a larger
// file raises it with [ParseOptions].
const DefaultMaxSize = 64 << 20

// anyTime is the "routine" value for routine updates at any time.
const anyTime = "any time"

// ParsePolicy decodes a policy file (see "The policy file" in the package
// documentation) and returns the policy it describes, with the default
// options: a file of at most [DefaultMaxSize] bytes. Fields that are
// missing take the values of [DefaultConfig]; the "maintenance" field is
// required. Decoding is strict: a field name must be spelled exactly as
// the reference and [Schema] give it, in lower case, and no key may
// appear twice in one object, so a repeated tenant is an error rather
// than a lost tenant. Errors name the field by its path, such as
//
//	classify: policy.tenants["acme"]: repeated key (each key may appear once in an object)
func ParsePolicy(data []byte) (*Policy, error) {
	return ParseOptions{}.ParsePolicy(data)
}

// ParseOptions are the options of [ParseOptions.ParsePolicy]. The zero
// value is the defaults [ParsePolicy] uses.
type ParseOptions struct {
	// MaxSize is the largest file accepted, in bytes; zero (or less)
	// means [DefaultMaxSize]. The bound is there so a service reading a policy
	// it was handed cannot be made to spend much on a file that is not
	// one.
	MaxSize int
}

// ParsePolicy decodes a policy file as the package-level [ParsePolicy]
// does, with the options o. For example,
// ParseOptions{MaxSize: 256 << 20}.ParsePolicy(data) reads a file of up
// to 256 MiB.
func (o ParseOptions) ParsePolicy(data []byte) (*Policy, error) {
	limit := o.MaxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	if len(data) > limit {
		return nil, fmt.Errorf("classify: policy: %d bytes is more than the %d a policy file may have (see ParseOptions.MaxSize)", len(data), limit)
	}
	cfg, err := decodeConfig(data)
	if err != nil {
		return nil, err
	}
	return NewPolicy(cfg)
}

// UnmarshalJSON sets *p to the policy the JSON data describes, as
// [ParsePolicy] does, so a Policy can be a field of a larger configuration.
// It is meant for a Policy that is not yet shared: a Policy is immutable
// once in use.
func (p *Policy) UnmarshalJSON(data []byte) error {
	q, err := ParsePolicy(data)
	if err != nil {
		return err
	}
	*p = *q
	return nil
}

// MarshalJSON encodes p as a policy file that [ParsePolicy] reads back to
// the same policy. Encoding a decoded file with [json.MarshalIndent] and a
// two-space indent gives the file back byte for byte when it was written
// in canonical form: fields in the order of the reference in the package
// documentation, tenants sorted by
// name, durations as Go prints them without zero units ("72h", "4h30m"),
// and window specs as [window.Schedule.String] writes them.
func (p *Policy) MarshalJSON() ([]byte, error) {
	if p == nil || p.cfg.Maintenance == nil {
		return nil, errors.New("classify: cannot marshal a zero Policy")
	}
	c := p.cfg
	f := fileOut{
		Maintenance: c.Maintenance.String(),
		Routine:     anyTime,
		Notice:      english.Duration(c.Notice),
		HotFix: hotFixFile{
			Response:     ptr(english.Duration(c.HotFix.Response)),
			PreferWindow: ptr(c.HotFix.PreferWindow),
			Limit:        ptr(c.HotFix.Limit),
			Days:         ptr(c.HotFix.Days),
		},
	}
	if c.Routine != nil {
		f.Routine = c.Routine.String()
	}
	if len(c.Tenants) > 0 {
		f.Tenants = make(map[string]tenantFile, len(c.Tenants))
		for _, name := range slices.Sorted(maps.Keys(c.Tenants)) {
			t := c.Tenants[name]
			var tf tenantFile
			if t.Zone != nil {
				// A zone built in Go (time.FixedZone, time.Local) has a
				// name the file cannot load back; refuse it here rather
				// than write a file that fails later.
				zone := t.Zone.String()
				if _, err := tzdata.Load(zone); err != nil {
					return nil, fmt.Errorf("classify: cannot marshal policy.tenants[%q].zone: %w", name, err)
				}
				tf.Zone = &zone
			}
			if t.Schedule != nil {
				tf.Window = ptr(t.Schedule.String())
			}
			f.Tenants[name] = tf
		}
	}
	for _, fr := range c.Freezes {
		ff := freezeFile{Reason: fr.Reason}
		if fr.Schedule != nil {
			ff.Window = fr.Schedule.String()
		} else {
			ff.From, ff.Until = fr.From.String(), fr.Until.String()
		}
		f.Freezes = append(f.Freezes, ff)
	}
	if c.Rules == nil {
		fc := c.DisablesFeatures
		if fc == 0 {
			fc = Maintenance
		}
		f.DisablesFeatures = fc.String()
	}
	for _, r := range c.Rules {
		rf := ruleFile{
			Name: r.Name,
			When: &matchFile{
				Threat:           r.When.Threat,
				Downtime:         r.When.Downtime,
				DisablesFeatures: r.When.DisablesFeatures,
				VisibleChanges:   r.When.VisibleChanges,
			},
			Class:  r.Class.String(),
			Reason: r.Reason,
		}
		for _, k := range r.When.Kinds {
			rf.When.Kinds = append(rf.When.Kinds, string(k))
		}
		f.Rules = append(f.Rules, rf)
	}
	return json.Marshal(f)
}

func ptr[T any](v T) *T { return &v }

// fileOut is the encoded form of a policy. Decoding uses fileIn, whose
// nested objects stay raw so that each is decoded with its own path.
type fileOut struct {
	Maintenance      string                `json:"maintenance"`
	Tenants          map[string]tenantFile `json:"tenants,omitempty"`
	Routine          string                `json:"routine"`
	Notice           string                `json:"notice"`
	HotFix           hotFixFile            `json:"hot_fix"`
	Freezes          []freezeFile          `json:"freezes,omitempty"`
	DisablesFeatures string                `json:"disables_features,omitempty"`
	Rules            []ruleFile            `json:"rules,omitempty"`
}

type fileIn struct {
	Maintenance      *string                    `json:"maintenance"`
	Tenants          map[string]json.RawMessage `json:"tenants"`
	Routine          *string                    `json:"routine"`
	Notice           *string                    `json:"notice"`
	HotFix           json.RawMessage            `json:"hot_fix"`
	Freezes          []json.RawMessage          `json:"freezes"`
	DisablesFeatures *string                    `json:"disables_features"`
	Rules            []json.RawMessage          `json:"rules"`
}

type tenantFile struct {
	Zone   *string `json:"zone,omitempty"`
	Window *string `json:"window,omitempty"`
}

type hotFixFile struct {
	Response     *string `json:"response"`
	PreferWindow *bool   `json:"prefer_window"`
	Limit        *int    `json:"limit"`
	Days         *int    `json:"days"`
}

type freezeFile struct {
	From   string `json:"from,omitempty"`
	Until  string `json:"until,omitempty"`
	Window string `json:"window,omitempty"`
	Reason string `json:"reason"`
}

type freezeIn struct {
	From   *string `json:"from"`
	Until  *string `json:"until"`
	Window *string `json:"window"`
	Reason *string `json:"reason"`
}

type ruleFile struct {
	Name   string     `json:"name"`
	When   *matchFile `json:"when"`
	Class  string     `json:"class"`
	Reason string     `json:"reason"`
}

type ruleIn struct {
	Name   *string         `json:"name"`
	When   json.RawMessage `json:"when"`
	Class  *string         `json:"class"`
	Reason *string         `json:"reason"`
}

type matchFile struct {
	Threat           bool     `json:"threat,omitempty"`
	Downtime         bool     `json:"downtime,omitempty"`
	DisablesFeatures bool     `json:"disables_features,omitempty"`
	VisibleChanges   bool     `json:"visible_changes,omitempty"`
	Kinds            []string `json:"kinds,omitempty"`
}

// decodeConfig decodes a policy file into a Config, starting from
// DefaultConfig. It checks each value's form (durations, zones, specs,
// dates, class names); NewPolicy checks how the values fit together.
func decodeConfig(data []byte) (Config, error) {
	cfg := DefaultConfig()
	if err := checkKeys(data); err != nil {
		return cfg, err
	}
	var in fileIn
	if err := decodeStrict("policy", data, &in); err != nil {
		return cfg, err
	}
	if in.Maintenance == nil {
		return cfg, errors.New("classify: policy.maintenance: missing (want a window spec such as \"last Saturday of every month 22:00-02:00 America/Denver\")")
	}
	// Equal specs are parsed once: at platform scale many tenants share a
	// window, and a Schedule is immutable, so sharing it changes nothing.
	specs := make(map[string]*window.Schedule)
	parseSchedule := func(path, spec string) (*window.Schedule, error) {
		if s, ok := specs[spec]; ok {
			return s, nil
		}
		s, err := window.Parse(spec)
		if err != nil {
			return nil, fmt.Errorf("classify: %s: %w", path, err)
		}
		specs[spec] = s
		return s, nil
	}
	var err error
	if cfg.Maintenance, err = parseSchedule("policy.maintenance", *in.Maintenance); err != nil {
		return cfg, err
	}
	if len(in.Tenants) > 0 {
		cfg.Tenants = make(map[string]Tenant, len(in.Tenants))
	}
	for _, name := range slices.Sorted(maps.Keys(in.Tenants)) {
		// The path is written only for an error: at 100,000 tenants,
		// formatting it for each would cost more than the decoding.
		path := func() string { return fmt.Sprintf("policy.tenants[%q]", name) }
		var tf tenantFile
		if err := decodeValue(in.Tenants[name], &tf); err != nil {
			return cfg, jsonError(path(), err)
		}
		var t Tenant
		if tf.Zone != nil {
			if t.Zone, err = tzdata.Load(*tf.Zone); err != nil {
				return cfg, fmt.Errorf("classify: %s.zone: %w", path(), err)
			}
		}
		if tf.Window != nil {
			if s, ok := specs[*tf.Window]; ok {
				t.Schedule = s
			} else if t.Schedule, err = parseSchedule(path()+".window", *tf.Window); err != nil {
				return cfg, err
			}
		}
		cfg.Tenants[name] = t
	}
	if in.Routine != nil && normalize(*in.Routine) != anyTime {
		if cfg.Routine, err = parseSchedule("policy.routine", *in.Routine); err != nil {
			return cfg, err
		}
	}
	if in.Notice != nil {
		if cfg.Notice, err = parseDuration("policy.notice", *in.Notice); err != nil {
			return cfg, err
		}
	}
	if in.HotFix != nil {
		var hf hotFixFile
		if err := decodeStrict("policy.hot_fix", in.HotFix, &hf); err != nil {
			return cfg, err
		}
		if hf.Response != nil {
			if cfg.HotFix.Response, err = parseDuration("policy.hot_fix.response", *hf.Response); err != nil {
				return cfg, err
			}
		}
		if hf.PreferWindow != nil {
			cfg.HotFix.PreferWindow = *hf.PreferWindow
		}
		if hf.Limit != nil {
			cfg.HotFix.Limit = *hf.Limit
		}
		if hf.Days != nil {
			cfg.HotFix.Days = *hf.Days
		}
	}
	for i, raw := range in.Freezes {
		path := fmt.Sprintf("policy.freezes[%d]", i)
		var ff freezeIn
		if err := decodeStrict(path, raw, &ff); err != nil {
			return cfg, err
		}
		var fr Freeze
		if ff.Reason != nil {
			fr.Reason = *ff.Reason
		}
		// A field given empty is read, and refused, as what it is; only a
		// field left out is missing.
		if ff.Window != nil {
			if fr.Schedule, err = parseSchedule(path+".window", *ff.Window); err != nil {
				return cfg, err
			}
		}
		if ff.From != nil {
			if fr.From, err = parseDate(path+".from", *ff.From); err != nil {
				return cfg, err
			}
		}
		if ff.Until != nil {
			if fr.Until, err = parseDate(path+".until", *ff.Until); err != nil {
				return cfg, err
			}
		}
		cfg.Freezes = append(cfg.Freezes, fr)
	}
	// A missing field keeps DefaultConfig's value, so a minimal file is a
	// complete policy; the order below is the order errors are found in.
	if in.Rules != nil {
		// Explicit rules replace the setting the default rules read.
		cfg.DisablesFeatures = 0
		cfg.Rules = []Rule{}
	}
	if in.DisablesFeatures != nil {
		if cfg.DisablesFeatures, err = ParseClass(*in.DisablesFeatures); err != nil {
			return cfg, fmt.Errorf("classify: policy.disables_features: %s", strings.TrimPrefix(err.Error(), "classify: "))
		}
	}
	for i, raw := range in.Rules {
		path := fmt.Sprintf("policy.rules[%d]", i)
		r, err := decodeRule(path, raw)
		if err != nil {
			return cfg, err
		}
		cfg.Rules = append(cfg.Rules, r)
	}
	return cfg, nil
}

// decodeRule decodes one rule. Name, class and reason are required, unlike
// the policy's other fields: a rule without them cannot say what it does.
func decodeRule(path string, raw json.RawMessage) (Rule, error) {
	var r Rule
	var ri ruleIn
	if err := decodeStrict(path, raw, &ri); err != nil {
		return r, err
	}
	switch {
	case ri.Name == nil:
		return r, fmt.Errorf("classify: %s.name: missing", path)
	case ri.Class == nil:
		return r, fmt.Errorf("classify: %s.class: missing (want routine update, maintenance or hot fix)", path)
	case ri.Reason == nil:
		return r, fmt.Errorf("classify: %s.reason: missing (the audit trail needs a sentence)", path)
	}
	r.Name, r.Reason = *ri.Name, *ri.Reason
	c, err := ParseClass(*ri.Class)
	if err != nil {
		return r, fmt.Errorf("classify: %s.class: %s", path, strings.TrimPrefix(err.Error(), "classify: "))
	}
	r.Class = c
	if ri.When != nil {
		var m matchFile
		if err := decodeStrict(path+".when", ri.When, &m); err != nil {
			return r, err
		}
		r.When = Match{
			Threat:           m.Threat,
			Downtime:         m.Downtime,
			DisablesFeatures: m.DisablesFeatures,
			VisibleChanges:   m.VisibleChanges,
		}
		for _, k := range m.Kinds {
			r.When.Kinds = append(r.When.Kinds, Kind(k))
		}
	}
	return r, nil
}

// decodeValue decodes data, one value a larger file held, into v. It
// cannot have trailing data, so json.Unmarshal does, without the cost of
// a Decoder per value.
func decodeValue(data []byte, v any) error { return json.Unmarshal(data, v) }

// decodeStrict decodes the single JSON value data into v, rejecting
// trailing data, with errors naming path. Unknown fields never reach it:
// checkKeys has rejected them.
func decodeStrict(path string, data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(v); err != nil {
		return jsonError(path, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("classify: %s: data after the JSON object", path)
	}
	return nil
}

// jsonError turns an encoding/json error into one that names the field.
func jsonError(path string, err error) error {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te):
		if te.Field != "" {
			path += "." + te.Field
		}
		return fmt.Errorf("classify: %s: want %s, got %s", path, jsonType(te.Type.String()), te.Value)
	case errors.As(err, &se):
		return fmt.Errorf("classify: %s: invalid JSON at byte %d: %s", path, se.Offset, strings.TrimPrefix(se.Error(), "json: "))
	case errors.Is(err, io.EOF):
		return fmt.Errorf("classify: %s: empty (want a JSON object)", path)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("classify: %s: unexpected end of JSON", path)
	}
	return fmt.Errorf("classify: %s: %s", path, strings.TrimPrefix(err.Error(), "json: "))
}

// jsonType names a Go type as a JSON reader would.
func jsonType(goType string) string {
	switch {
	case goType == "string":
		return "a string"
	case goType == "bool":
		return "true or false"
	case goType == "int":
		return "an integer"
	case strings.HasPrefix(goType, "map["), strings.HasPrefix(goType, "classify."):
		return "an object"
	case strings.HasPrefix(goType, "[]"):
		return "an array"
	}
	return goType
}

func parseDuration(path, s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("classify: %s: bad duration %q (want Go's form, such as 72h or 1h30m)", path, s)
	}
	return d, nil
}

// parseDate reads a freeze date. It is parsed here rather than by
// civil.ParseDate so the error names the field and the form wanted.
func parseDate(path, s string) (civil.Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return civil.Date{}, fmt.Errorf("classify: %s: bad date %q (want YYYY-MM-DD, such as 2026-12-01)", path, s)
	}
	return civil.DateOf(t), nil
}
