package classify_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/prostar/maintenance/classify"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ from what the code encodes")

// encode writes p as a policy file is written: two-space indent, a final
// newline.
func encode(t testing.TB, p *classify.Policy) []byte {
	t.Helper()
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		t.Fatalf("MarshalIndent: %v", err)
	}
	return append(b, '\n')
}

// TestGolden decodes each golden policy file and encodes it back: the bytes
// must be the same, so a policy file survives a service that reads and
// rewrites it. With -update the files are rewritten from what decodes.
func TestGolden(t *testing.T) {
	for _, name := range []string{"policy.json", "rules.json"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			p, err := classify.ParsePolicy(data)
			if err != nil {
				t.Fatalf("ParsePolicy(%s): %v", path, err)
			}
			got := encode(t, p)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if diff := cmp.Diff(string(data), string(got)); diff != "" {
				t.Errorf("%s re-encoded mismatch (-want +got):\n%s", path, diff)
			}
		})
	}
}

// TestGoldenRules checks that testdata/rules.json spells out exactly the
// default rules, so the file documents what a policy without rules does.
func TestGoldenRules(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "rules.json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := classify.ParsePolicy(data)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(classify.DefaultRules(classify.Maintenance), p.Rules()); diff != "" {
		t.Errorf("rules.json mismatch with DefaultRules (-want +got):\n%s", diff)
	}
}

// TestConfigRoundTrip encodes a policy built in Go and decodes it again.
func TestConfigRoundTrip(t *testing.T) {
	p := policy(t, nil)
	q, err := classify.ParsePolicy(encode(t, p))
	if err != nil {
		t.Fatalf("ParsePolicy(encoded): %v", err)
	}
	if diff := cmp.Diff(string(encode(t, p)), string(encode(t, q))); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	// A Policy decodes as a field of a larger configuration.
	var outer struct{ Policy classify.Policy }
	if err := json.Unmarshal([]byte(`{"Policy": {"maintenance": "`+denver+`"}}`), &outer); err != nil {
		t.Fatalf("Unmarshal into a struct field: %v", err)
	}
	if diff := cmp.Diff(string(encode(t, p)), string(encode(t, &outer.Policy))); diff != "" {
		t.Errorf("a minimal file does not take the defaults (-want +got):\n%s", diff)
	}
}

// malformed lists policy files that must fail, each with the start of the
// error, which names the field. They seed FuzzPolicy.
var malformed = []struct {
	name, json, want string
}{
	{"empty", ``, `classify: policy: empty`},
	{"not an object", `[]`, `classify: policy: want an object, got array`},
	{"trailing data", `{"maintenance": "` + denver + `"} {}`, `classify: policy: data after the JSON object`},
	{"syntax", `{"maintenance": }`, `classify: policy: invalid JSON at byte 17`},
	{"missing maintenance", `{}`, `classify: policy.maintenance: missing`},
	{"null", `null`, `classify: policy: null (leave the field out to take its default)`},
	{"null field", `{"maintenance": "` + denver + `", "routine": null}`, `classify: policy.routine: null`},
	{"null tenant", `{"maintenance": "` + denver + `", "tenants": {"acme": null}}`, `classify: policy.tenants["acme"]: null`},
	{"null when", `{"maintenance": "` + denver + `", "rules": [{"name": "a", "when": null, "class": "routine", "reason": "x"}]}`, `classify: policy.rules[0].when: null`},
	{"unknown field", `{"maintenance": "` + denver + `", "notise": "72h"}`,
		`classify: policy: unknown field "notise" (want maintenance, tenants, routine, notice, hot_fix, freezes, disables_features, rules)`},
	{"unknown tenant field", `{"maintenance": "` + denver + `", "tenants": {"acme": {"zone": "UTC", "windw": "x"}}}`,
		`classify: policy.tenants["acme"]: unknown field "windw" (want zone, window)`},
	{"unknown hot fix field", `{"maintenance": "` + denver + `", "hot_fix": {"respond": "1h"}}`,
		`classify: policy.hot_fix: unknown field "respond"`},
	{"unknown match field", `{"maintenance": "` + denver + `", "rules": [{"name": "a", "when": {"thread": true}, "class": "hot fix", "reason": "x"}]}`,
		`classify: policy.rules[0].when: unknown field "thread"`},
	{"wrong type", `{"maintenance": 7}`, `classify: policy.maintenance: want a string, got number`},
	{"wrong type nested", `{"maintenance": "` + denver + `", "hot_fix": {"limit": "2"}}`, `classify: policy.hot_fix.limit: want an integer, got string`},
	{"bad duration", `{"maintenance": "` + denver + `", "notice": "3 days"}`,
		`classify: policy.notice: bad duration "3 days" (want Go's form, such as 72h or 1h30m)`},
	{"bad response", `{"maintenance": "` + denver + `", "hot_fix": {"response": "soon"}}`, `classify: policy.hot_fix.response: bad duration "soon"`},
	{"negative notice", `{"maintenance": "` + denver + `", "notice": "-72h"}`, `classify: policy.notice: must not be negative, got -72h`},
	{"zero response", `{"maintenance": "` + denver + `", "hot_fix": {"response": "0s"}}`, `classify: policy.hot_fix.response: must be at least 1m, got 0s`},
	{"nanosecond response", `{"maintenance": "` + denver + `", "hot_fix": {"response": "1ns"}}`, `classify: policy.hot_fix.response: must be at least 1m, got 1ns`},
	{"response under a minute", `{"maintenance": "` + denver + `", "hot_fix": {"response": "59s"}}`, `classify: policy.hot_fix.response: must be at least 1m, got 59s`},
	{"negative response", `{"maintenance": "` + denver + `", "hot_fix": {"response": "-1h"}}`, `classify: policy.hot_fix.response: must be at least 1m, got -1h`},
	{"negative limit", `{"maintenance": "` + denver + `", "hot_fix": {"limit": -1}}`, `classify: policy.hot_fix.limit: must not be negative, got -1`},
	{"limit without days", `{"maintenance": "` + denver + `", "hot_fix": {"days": 0}}`,
		`classify: policy.hot_fix.days: 0 with a limit of 2 (a limit needs a rolling period of at least 1 day; set both to 0 for no limit)`},
	{"days without limit", `{"maintenance": "` + denver + `", "hot_fix": {"limit": 0}}`,
		`classify: policy.hot_fix.limit: 0 with a period of 90 days (a period needs a limit of at least 1; set both to 0 for no limit)`},
	{"negative days", `{"maintenance": "` + denver + `", "hot_fix": {"days": -1}}`, `classify: policy.hot_fix.days: want 0..3660, got -1`},
	{"empty freeze date", `{"maintenance": "` + denver + `", "freezes": [{"from": "", "until": "2026-12-31", "reason": "x"}]}`,
		`classify: policy.freezes[0].from: bad date "" (want YYYY-MM-DD, such as 2026-12-01)`},
	{"empty freeze window", `{"maintenance": "` + denver + `", "freezes": [{"window": "", "reason": "x"}]}`,
		`classify: policy.freezes[0].window: window: parse ""`},
	{"bad window spec", `{"maintenance": "last Fribday of every month 22:00-02:00 America/Denver"}`,
		`classify: policy.maintenance: window: parse "last Fribday of every month 22:00-02:00 America/Denver"`},
	{"bad tenant window", `{"maintenance": "` + denver + `", "tenants": {"acme": {"window": "every Sundy 03:00-07:00 Europe/Berlin"}}}`,
		`classify: policy.tenants["acme"].window: window: parse "every Sundy 03:00-07:00 Europe/Berlin"`},
	{"unknown zone", `{"maintenance": "` + denver + `", "tenants": {"acme": {"zone": "Europe/Berln"}}}`,
		`classify: policy.tenants["acme"].zone: tzdata: unknown zone "Europe/Berln" (did you mean Europe/Berlin`},
	{"unknown zone in spec", `{"maintenance": "every Sunday 01:00-05:00 Mars/Olympus"}`, `classify: policy.maintenance: window: parse`},
	{"tenant with nothing", `{"maintenance": "` + denver + `", "tenants": {"acme": {}}}`, `classify: policy.tenants["acme"]: needs a zone, a window or both`},
	{"empty tenant name", `{"maintenance": "` + denver + `", "tenants": {"": {"zone": "UTC"}}}`, `classify: policy.tenants[""]: empty tenant name`},
	{"bad routine", `{"maintenance": "` + denver + `", "routine": "whenever"}`, `classify: policy.routine: window: parse "whenever"`},
	{"bad freeze date", `{"maintenance": "` + denver + `", "freezes": [{"from": "2026-12-01", "until": "2026-12-32", "reason": "x"}]}`,
		`classify: policy.freezes[0].until: bad date "2026-12-32" (want YYYY-MM-DD, such as 2026-12-01)`},
	{"freeze backwards", `{"maintenance": "` + denver + `", "freezes": [{"from": "2026-12-31", "until": "2026-12-01", "reason": "x"}]}`,
		`classify: policy.freezes[0].until: 2026-12-01 is before from 2026-12-31`},
	{"freeze without reason", `{"maintenance": "` + denver + `", "freezes": [{"from": "2026-12-01", "until": "2026-12-31"}]}`,
		`classify: policy.freezes[0].reason: empty`},
	{"freeze with both", `{"maintenance": "` + denver + `", "freezes": [{"from": "2026-12-01", "until": "2026-12-31", "window": "every Sunday 01:00-05:00 UTC", "reason": "x"}]}`,
		`classify: policy.freezes[0]: has both dates and a window`},
	{"freeze without until", `{"maintenance": "` + denver + `", "freezes": [{"from": "2026-12-01", "reason": "x"}]}`,
		`classify: policy.freezes[0].until: missing`},
	{"unknown class", `{"maintenance": "` + denver + `", "disables_features": "sometimes"}`,
		`classify: policy.disables_features: unknown class "sometimes" (want routine update, maintenance or hot fix)`},
	{"hot fix for features", `{"maintenance": "` + denver + `", "disables_features": "hot fix"}`,
		`classify: policy.disables_features: want routine update or maintenance, got hot fix`},
	{"setting and rules", `{"maintenance": "` + denver + `", "disables_features": "routine", "rules": [{"name": "a", "when": {}, "class": "routine", "reason": "x"}]}`,
		`classify: policy.disables_features: set together with rules`},
	{"rule class", `{"maintenance": "` + denver + `", "rules": [{"name": "a", "class": "urgent", "reason": "x"}]}`,
		`classify: policy.rules[0].class: unknown class "urgent"`},
	{"rule without class", `{"maintenance": "` + denver + `", "rules": [{"name": "a", "reason": "x"}]}`,
		`classify: policy.rules[0].class: missing`},
	{"no catch-all", `{"maintenance": "` + denver + `", "rules": [{"name": "a", "when": {"threat": true}, "class": "hot fix", "reason": "x"}]}`,
		`classify: policy.rules[0].when: the last rule must match every change`},
	{"catch-all first", `{"maintenance": "` + denver + `", "rules": [{"name": "a", "class": "routine", "reason": "x"}, {"name": "b", "class": "routine", "reason": "y"}]}`,
		`classify: policy.rules[0].when: matches every change, so rules after it never apply`},
	{"duplicate rule", `{"maintenance": "` + denver + `", "rules": [{"name": "a", "when": {"threat": true}, "class": "hot fix", "reason": "x"}, {"name": "a", "class": "routine", "reason": "y"}]}`,
		`classify: policy.rules[1].name: "a" is also the name of rule 0`},
	{"bad placeholder", `{"maintenance": "` + denver + `", "rules": [{"name": "a", "class": "routine", "reason": "It takes {length}."}]}`,
		`classify: policy.rules[0].reason: unknown placeholder {length} (want {kind}, {downtime} or {threat})`},
	{"no rules", `{"maintenance": "` + denver + `", "rules": []}`, `classify: policy.rules: no rules`},
	// encoding/json takes the last of repeated keys and matches field names
	// ignoring case; the policy decoder must reject both.
	{"repeated key", `{"maintenance": "` + denver + `", "maintenance": "every Sunday 01:00-05:00 UTC"}`,
		`classify: policy.maintenance: repeated key`},
	{"repeated key, escaped", `{"maintenance": "` + denver + `", "maint\u0065nance": "` + denver + `"}`,
		`classify: policy.maintenance: repeated key`},
	{"repeated tenant", `{"maintenance": "` + denver + `", "tenants": {"acme": {"zone": "UTC"}, "acme": {"zone": "Europe/Berlin"}}}`,
		`classify: policy.tenants["acme"]: repeated key`},
	{"repeated tenant field", `{"maintenance": "` + denver + `", "tenants": {"acme": {"zone": "UTC", "zone": "Europe/Berlin"}}}`,
		`classify: policy.tenants["acme"].zone: repeated key`},
	{"repeated hot fix field", `{"maintenance": "` + denver + `", "hot_fix": {"limit": 2, "limit": 5}}`,
		`classify: policy.hot_fix.limit: repeated key`},
	{"repeated freeze field", `{"maintenance": "` + denver + `", "freezes": [{"from": "2026-12-01", "until": "2026-12-31", "reason": "x", "reason": "y"}]}`,
		`classify: policy.freezes[0].reason: repeated key`},
	{"repeated match field", `{"maintenance": "` + denver + `", "rules": [{"name": "a", "class": "routine", "reason": "x"}, {"name": "b", "when": {"threat": true, "threat": false}, "class": "routine", "reason": "y"}]}`,
		`classify: policy.rules[1].when.threat: repeated key`},
	{"repeated rules", `{"maintenance": "` + denver + `", "rules": [{"name": "a", "class": "routine", "reason": "x"}], "rules": []}`,
		`classify: policy.rules: repeated key`},
	{"upper-case field", `{"MAINTENANCE": "` + denver + `"}`,
		`classify: policy: unknown field "MAINTENANCE" (field names are lower case: want "maintenance")`},
	{"capitalized field", `{"maintenance": "` + denver + `", "Notice": "1h"}`,
		`classify: policy: unknown field "Notice" (field names are lower case: want "notice")`},
	{"field in two cases", `{"maintenance": "` + denver + `", "Maintenance": "every Sunday 01:00-05:00 UTC"}`,
		`classify: policy: unknown field "Maintenance"`},
	{"capitalized tenant field", `{"maintenance": "` + denver + `", "tenants": {"acme": {"Zone": "UTC"}}}`,
		`classify: policy.tenants["acme"]: unknown field "Zone" (field names are lower case: want "zone")`},
	{"capitalized hot fix field", `{"maintenance": "` + denver + `", "hot_fix": {"Response": "1h"}}`,
		`classify: policy.hot_fix: unknown field "Response"`},
	{"capitalized freeze field", `{"maintenance": "` + denver + `", "freezes": [{"from": "2026-12-01", "until": "2026-12-31", "Reason": "x"}]}`,
		`classify: policy.freezes[0]: unknown field "Reason"`},
	{"capitalized rule field", `{"maintenance": "` + denver + `", "rules": [{"NAME": "a", "class": "routine", "reason": "x"}]}`,
		`classify: policy.rules[0]: unknown field "NAME"`},
	{"capitalized match field", `{"maintenance": "` + denver + `", "rules": [{"name": "a", "when": {"Threat": true}, "class": "hot fix", "reason": "x"}, {"name": "b", "class": "routine", "reason": "y"}]}`,
		`classify: policy.rules[0].when: unknown field "Threat"`},
	{"empty kind", `{"maintenance": "` + denver + `", "rules": [{"name": "a", "when": {"kinds": [" "]}, "class": "routine", "reason": "x"}, {"name": "b", "class": "routine", "reason": "y"}]}`,
		`classify: policy.rules[0].when.kinds[0]: empty`},
}

func TestParsePolicyErrors(t *testing.T) {
	for _, tt := range malformed {
		t.Run(tt.name, func(t *testing.T) {
			p, err := classify.ParsePolicy([]byte(tt.json))
			if err == nil {
				t.Fatalf("ParsePolicy(%s) = %s, want error %q", tt.json, encode(t, p), tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("ParsePolicy(%s) error:\n got %v\nwant %s...", tt.json, err, tt.want)
			}
		})
	}
}

// TestParsePolicyTooLarge checks the size bound: the default, and one a
// caller sets with ParseOptions.
func TestParsePolicyTooLarge(t *testing.T) {
	data := append([]byte(`{"maintenance": "`+denver+`", "x": "`), bytes.Repeat([]byte("a"), classify.DefaultMaxSize)...)
	_, err := classify.ParsePolicy(data)
	if want := fmt.Sprintf("classify: policy: %d bytes is more than the %d a policy file may have (see ParseOptions.MaxSize)", len(data), classify.DefaultMaxSize); err == nil || err.Error() != want {
		t.Errorf("ParsePolicy(%d bytes) error = %v, want %s", len(data), err, want)
	}
	small := []byte(`{"maintenance": "` + denver + `"}`)
	if _, err := (classify.ParseOptions{MaxSize: len(small)}).ParsePolicy(small); err != nil {
		t.Errorf("ParseOptions{MaxSize: %d}.ParsePolicy(%d bytes): %v", len(small), len(small), err)
	}
	_, err = classify.ParseOptions{MaxSize: len(small) - 1}.ParsePolicy(small)
	if err == nil || !strings.Contains(err.Error(), "is more than the") {
		t.Errorf("ParseOptions{MaxSize: %d}.ParsePolicy(%d bytes) error = %v, want a size error", len(small)-1, len(small), err)
	}
}

// TestParsePolicyDeep checks that a file nested far deeper than a policy
// is rejected with an error naming where, rather than walked to the bottom.
func TestParsePolicyDeep(t *testing.T) {
	nested := func(depth int) string { return strings.Repeat("[", depth) + strings.Repeat("]", depth) }
	const depth = 200000 // under the size bound, past encoding/json's nesting limit
	data := `{"maintenance": "` + denver + `", "hot_fix": {"limit": ` + nested(depth) + `}}`
	_, err := classify.ParsePolicy([]byte(data))
	if want := "classify: policy.hot_fix.limit[0]"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("ParsePolicy(%d nested arrays) error = %v, want %q...", depth, err, want)
	}
	// A deep value must not end the search for repeated keys: encoding/json
	// lets the second "hot_fix" replace it, and the file would pass.
	data = `{"hot_fix": ` + nested(40) + `, "maintenance": "` + denver + `", "hot_fix": {"limit": 3}}`
	_, err = classify.ParsePolicy([]byte(data))
	if want := "nested more than 32 deep"; err == nil || !strings.HasPrefix(err.Error(), "classify: policy.hot_fix[0]") || !strings.Contains(err.Error(), want) {
		t.Errorf("ParsePolicy(deep value, then a repeated key) error = %v, want classify: policy.hot_fix[0]...: %s...", err, want)
	}
	// Repeated keys are found however the valid parts are nested.
	_, err = classify.ParsePolicy([]byte(`{"maintenance": "` + denver + `", "rules": [{"name": "a", "class": "routine", "reason": "x", "when": {"kinds": ["upgrade"], "kinds": []}}]}`))
	if want := "classify: policy.rules[0].when.kinds: repeated key"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("ParsePolicy(repeated kinds) error = %v, want %q", err, want)
	}
}

func TestNewPolicyErrors(t *testing.T) {
	tests := []struct {
		name string
		edit func(*classify.Config)
		want string
	}{
		{"no maintenance", func(c *classify.Config) { c.Maintenance = nil }, "classify: policy.maintenance: missing"},
		{"zero class rule", func(c *classify.Config) {
			c.DisablesFeatures = 0
			c.Rules = []classify.Rule{{Name: "all", Reason: "x"}}
		}, "classify: policy.rules[0].class: Class(0) is not a class"},
		{"freeze not a date", func(c *classify.Config) {
			c.Freezes = []classify.Freeze{{From: windowDate(2026, 2, 30), Until: windowDate(2026, 3, 1), Reason: "x"}}
		}, "classify: policy.freezes[0].from: 2026-02-30 is not a date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := classify.DefaultConfig()
			cfg.Maintenance = mustSchedule(denver)
			tt.edit(&cfg)
			_, err := classify.NewPolicy(cfg)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("NewPolicy error = %v, want %q", err, tt.want)
			}
		})
	}
}

// TestPolicyImmutable checks that a Policy does not see later changes to
// the Config it was built from or to the copies it hands out.
func TestPolicyImmutable(t *testing.T) {
	cfg := classify.DefaultConfig()
	cfg.Maintenance = mustSchedule(denver)
	cfg.Rules = classify.DefaultRules(classify.Maintenance)
	cfg.DisablesFeatures = 0
	p, err := classify.NewPolicy(cfg)
	if err != nil {
		t.Fatal(err)
	}
	before := string(encode(t, p))
	cfg.Rules[0].Class = classify.Routine
	cfg.Rules[3].When.Kinds[0] = "nothing"
	p.Rules()[0].Name = "changed"
	p.Config().Rules[3].When.Kinds[1] = "nothing"
	if diff := cmp.Diff(before, string(encode(t, p))); diff != "" {
		t.Errorf("policy changed after edits to its config (-before +after):\n%s", diff)
	}
}

// FuzzPolicy feeds the decoder arbitrary files: it must not panic, a file
// it accepts must be valid under Schema, and must encode to a file that
// decodes and encodes the same.
// Inputs are capped at 4 KiB: a real policy is smaller, and the cap keeps
// each run fast.
func FuzzPolicy(f *testing.F) {
	for _, name := range []string{"policy.json", "rules.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, m := range malformed {
		f.Add([]byte(m.json))
	}
	schema := compileSchema(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4<<10 {
			return
		}
		p, err := classify.ParsePolicy(data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "classify: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
			return
		}
		// The schema is never stricter than the decoder: an editor must
		// not flag a file that every service loads.
		if err := validate(schema, data); err != nil {
			t.Errorf("ParsePolicy accepts %s, which the schema refuses: %v", data, err)
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("Marshal of an accepted policy: %v", err)
		}
		q, err := classify.ParsePolicy(b)
		if err != nil {
			t.Fatalf("ParsePolicy(Marshal(p)) = %v for %s", err, b)
		}
		b2, err := json.Marshal(q)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, b2) {
			t.Errorf("encoding is not stable:\n%s\n%s", b, b2)
		}
	})
}
