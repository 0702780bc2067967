package classify_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/prostar/maintenance/classify"
)

// compileSchema compiles classify.Schema with a draft 2020-12 validator,
// github.com/santhosh-tekuri/jsonschema, which knows nothing of this
// package.
func compileSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(classify.Schema()))
	if err != nil {
		t.Fatalf("Schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource("policy.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("policy.schema.json")
	if err != nil {
		t.Fatalf("Schema does not compile: %v", err)
	}
	return s
}

// validate reports whether data is valid under s; data that is not JSON
// is invalid.
func validate(s *jsonschema.Schema, data []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(inst)
}

// policyFiles returns the policy files under testdata/ and a policy the
// package encodes with every field set.
func policyFiles(t *testing.T) map[string][]byte {
	t.Helper()
	files := make(map[string][]byte)
	names, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	if err != nil || len(names) < 2 {
		t.Fatalf("Glob = %q, %v; want the policy files", names, err)
	}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = b
	}
	files["canonical encoding of testdata/rules.json"] = encode(t, gatePolicyFrom(t, files[filepath.Join("testdata", "rules.json")]))
	files["aliases and spacing"] = []byte(`{"maintenance": "` + denver + `",
		"rules": [{"name": "x", "when": {"kinds": ["Data-Repair"]}, "class": "Hot-Fix", "reason": "y"}, {"name": "z", "class": "standard", "reason": "w"}],
		"hot_fix": {"limit": 0, "days": 0}, "notice": "0s"}`)
	files["a setting by alias"] = []byte(`{"maintenance": "` + denver + `", "disables_features": " Routine_Update ", "notice": "1.5h"}`)
	return files
}

func gatePolicyFrom(t *testing.T, data []byte) *classify.Policy {
	t.Helper()
	p, err := classify.ParsePolicy(data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// schemaCannotSay lists the malformed files the schema accepts, with why:
// what a JSON Schema cannot express. Every other malformed file must be
// refused by the schema too, and these must stay accepted, so the list
// stays honest as either side changes.
var schemaCannotSay = map[string]string{
	"zero response":           "a duration's size is not a pattern",
	"nanosecond response":     "a duration's size is not a pattern",
	"response under a minute": "a duration's size is not a pattern",
	"limit without days":      "a default fills the other field, which a schema does not know",
	"days without limit":      "a default fills the other field, which a schema does not know",
	"bad window spec":         "the window grammar",
	"bad tenant window":       "the window grammar",
	"unknown zone":            "the zone database",
	"unknown zone in spec":    "the window grammar and the zone database",
	"bad routine":             "the window grammar",
	"freeze backwards":        "comparing two fields' values",
	"no catch-all":            "where in a list the catch-all rule is",
	"catch-all first":         "where in a list the catch-all rule is",
	"duplicate rule":          "unique values of a field across array items",
	"bad placeholder":         "the placeholders in a sentence",
	"repeated key":            "JSON Schema sees the value a parser kept, not repeated keys",
	"repeated key, escaped":   "JSON Schema sees the value a parser kept, not repeated keys",
	"repeated tenant":         "JSON Schema sees the value a parser kept, not repeated keys",
	"repeated tenant field":   "JSON Schema sees the value a parser kept, not repeated keys",
	"repeated hot fix field":  "JSON Schema sees the value a parser kept, not repeated keys",
	"repeated freeze field":   "JSON Schema sees the value a parser kept, not repeated keys",
	"repeated match field":    "JSON Schema sees the value a parser kept, not repeated keys",
}

// TestSchema checks the schema against the decoder: every policy file
// under testdata/ is valid, and each malformed file ParsePolicy refuses is
// refused by the schema too, unless schemaCannotSay says why not.
func TestSchema(t *testing.T) {
	s := compileSchema(t)
	for name, data := range policyFiles(t) {
		if _, err := classify.ParsePolicy(data); err != nil {
			t.Fatalf("ParsePolicy(%s): %v", name, err)
		}
		if err := validate(s, data); err != nil {
			t.Errorf("%s is not valid under the schema: %v", name, err)
		}
	}
	for _, m := range malformed {
		t.Run(m.name, func(t *testing.T) {
			err := validate(s, []byte(m.json))
			why, cannot := schemaCannotSay[m.name]
			switch {
			case cannot && err != nil:
				t.Errorf("the schema refuses %s, which schemaCannotSay lists (%s): remove it from the list\n%v", m.json, why, err)
			case !cannot && err == nil:
				t.Errorf("the schema accepts %s, which ParsePolicy refuses with %q", m.json, m.want)
			}
		})
	}
	for name := range schemaCannotSay {
		found := false
		for _, m := range malformed {
			found = found || m.name == name
		}
		if !found {
			t.Errorf("schemaCannotSay lists %q, which is not a malformed row", name)
		}
	}
}

// TestSchemaDescriptions checks that every field the schema names has a
// description, which is what an editor shows on hover.
func TestSchemaDescriptions(t *testing.T) {
	var root map[string]any
	if err := json.Unmarshal(classify.Schema(), &root); err != nil {
		t.Fatal(err)
	}
	if root["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v, want draft 2020-12", root["$schema"])
	}
	n := 0
	var walk func(path string, v any)
	walk = func(path string, v any) {
		m, ok := v.(map[string]any)
		if !ok {
			return
		}
		if props, ok := m["properties"].(map[string]any); ok {
			for name, p := range props {
				n++
				if d, _ := p.(map[string]any)["description"].(string); strings.TrimSpace(d) == "" {
					t.Errorf("%s.%s has no description", path, name)
				}
				walk(path+"."+name, p)
			}
		}
		for _, key := range []string{"$defs", "items", "additionalProperties"} {
			switch c := m[key].(type) {
			case map[string]any:
				if key == "$defs" {
					for name, d := range c {
						walk(path+".$defs."+name, d)
					}
				} else {
					walk(path+"."+key, c)
				}
			}
		}
	}
	walk("policy", root)
	if n < 25 {
		t.Errorf("the schema describes %d fields, want every field of a policy file", n)
	}
	// Schema hands out copies.
	b := classify.Schema()
	b[0] = 'x'
	if classify.Schema()[0] != '{' {
		t.Error("Schema returned the embedded bytes, which a caller could change")
	}
}

// TestSchemaPython validates the policy files with Python's jsonschema as
// well, a second validator with another regular-expression engine, when
// python3 has it.
func TestSchemaPython(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found; the Go validator in TestSchema still runs")
	}
	if err := exec.Command("python3", "-c", "import jsonschema").Run(); err != nil {
		t.Skip("python3 has no jsonschema module (pip install jsonschema); the Go validator in TestSchema still runs")
	}
	dir := t.TempDir()
	schema := filepath.Join(dir, "schema.json")
	if err := os.WriteFile(schema, classify.Schema(), 0o644); err != nil {
		t.Fatal(err)
	}
	var args []string
	for name, data := range policyFiles(t) {
		f := filepath.Join(dir, strings.NewReplacer("/", "_", " ", "_").Replace(name))
		if err := os.WriteFile(f, data, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, f)
	}
	const script = `
import json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1]))
Draft202012Validator.check_schema(schema)
v = Draft202012Validator(schema)
bad = 0
for f in sys.argv[2:]:
    for e in v.iter_errors(json.load(open(f))):
        print(f, e.message)
        bad += 1
sys.exit(1 if bad else 0)
`
	out, err := exec.Command("python3", append([]string{"-c", script, schema}, args...)...).CombinedOutput()
	if err != nil {
		t.Errorf("python3 jsonschema: %v\n%s", err, out)
	}
}
