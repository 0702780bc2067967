package classify

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// A shape is what checkKeys knows of one JSON value in a policy file: the
// exact field names of an object (fields, with names listing them for
// errors), or that every key of an object (tenants) or every element of an
// array (freezes, rules) has the shape elem. A nil shape is a value whose
// content is not checked beyond repeated keys.
type shape struct {
	fields map[string]*shape
	names  string // the field names, for errors
	keyed  bool   // an object whose keys are names (tenants), each value an elem
	elem   *shape
}

// object returns the shape of an object whose field names are names, a
// comma-separated list; each field's value is a scalar unless nested gives
// its shape.
func object(names string, nested map[string]*shape) *shape {
	sh := &shape{fields: make(map[string]*shape), names: names}
	for _, n := range strings.Split(names, ", ") {
		sh.fields[n] = nested[n]
	}
	for n := range nested {
		if _, ok := sh.fields[n]; !ok {
			panic("classify: shape of " + n + ", which is not one of " + names)
		}
	}
	return sh
}

// The field names of each object in a policy file, in the order the file
// writes them. They are the JSON names of the structs in json.go, which
// TestFieldNames checks.
const (
	policyFields = "maintenance, tenants, routine, notice, hot_fix, freezes, disables_features, rules"
	tenantFields = "zone, window"
	hotFixFields = "response, prefer_window, limit, days"
	freezeFields = "from, until, window, reason"
	ruleFields   = "name, when, class, reason"
	matchFields  = "threat, downtime, disables_features, visible_changes, kinds"
)

// policyShape is the shape of a policy file.
var policyShape = object(policyFields, map[string]*shape{
	"tenants": {keyed: true, elem: object(tenantFields, nil)},
	"hot_fix": object(hotFixFields, nil),
	"freezes": {elem: object(freezeFields, nil)},
	"rules":   {elem: object(ruleFields, map[string]*shape{"when": object(matchFields, nil)})},
})

// checkKeys walks a policy file token by token; it is the only check of
// its keys. It rejects a field name its object does not have, and two
// things encoding/json lets through: a key repeated in one object, which
// it resolves silently by taking the last (so a repeated tenant drops the
// first), and a field name that differs from the known one only in case
// ("MAINTENANCE"), which it accepts. Both are errors because a policy file
// is read by people too, and what they read must be what is applied.
//
// It also rejects null anywhere, and a value nested deeper than maxDepth. Such a value is
// never right, and the walk must not stop at it: a key repeated after it
// could replace it, and would then go unreported.
//
// checkKeys reports only these; a file that is not valid JSON, or has a
// value of the wrong type, passes here and is reported, with its own
// message, by the decoding that follows.
func checkKeys(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // numbers are skipped; this keeps them from being parsed as floats
	err := walkValue(dec, "policy", policyShape, 0)
	var ke *keyError
	if errors.As(err, &ke) {
		return ke
	}
	// A syntax error: the decoding that follows reports it with its offset.
	return nil
}

// maxDepth bounds the walk's recursion. A policy file nests five deep
// (policy.rules[0].when.kinds[0]); the bound keeps a hostile file of a
// million brackets from costing a deep stack.
const maxDepth = 32

// A keyError is a repeated or unknown key, or a value nested too deeply,
// found by checkKeys, as opposed to a syntax error from the tokenizer.
type keyError struct{ msg string }

func (e *keyError) Error() string { return e.msg }

// walkValue reads one JSON value from dec, found at path, checking it
// against sh.
func walkValue(dec *json.Decoder, path string, sh *shape, depth int) error {
	if depth > maxDepth {
		return &keyError{fmt.Sprintf("classify: %s: nested more than %d deep (a policy file nests at most 5)", path, maxDepth)}
	}
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok == nil {
		// No field of a policy file takes null: encoding/json would read
		// it as "missing" here and as an empty value there, and a schema
		// refuses it. Leaving the field out says what is meant.
		return &keyError{fmt.Sprintf("classify: %s: null (leave the field out to take its default)", path)}
	}
	switch tok {
	case json.Delim('{'):
		return walkObject(dec, path, sh, depth)
	case json.Delim('['):
		var elem *shape
		if sh != nil && sh.fields == nil && !sh.keyed {
			elem = sh.elem
		}
		for i := 0; dec.More(); i++ {
			if err := walkValue(dec, fmt.Sprintf("%s[%d]", path, i), elem, depth+1); err != nil {
				return err
			}
		}
		_, err := dec.Token() // ']'
		return err
	}
	return nil
}

// walkObject reads the rest of an object whose '{' was just read.
func walkObject(dec *json.Decoder, path string, sh *shape, depth int) error {
	seen := make(map[string]bool)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		key, ok := tok.(string)
		if !ok {
			return fmt.Errorf("object key %v is not a string", tok)
		}
		var child *shape
		var childPath string
		switch {
		case sh != nil && sh.fields != nil:
			childPath = path + "." + key
			if _, known := sh.fields[key]; !known {
				return &keyError{unknownField(path, key, sh.names)}
			}
			child = sh.fields[key]
		case sh != nil && sh.keyed:
			childPath = fmt.Sprintf("%s[%q]", path, key)
			child = sh.elem
		default:
			childPath = fmt.Sprintf("%s[%q]", path, key)
		}
		if seen[key] {
			return &keyError{fmt.Sprintf("classify: %s: repeated key (each key may appear once in an object)", childPath)}
		}
		seen[key] = true
		if err := walkValue(dec, childPath, child, depth+1); err != nil {
			return err
		}
	}
	_, err := dec.Token() // '}'
	return err
}

// unknownField is the error for a field name not in names, a
// comma-separated list. A name that is known in another case says so,
// because that is the likely mistake.
func unknownField(path, key, names string) string {
	msg := fmt.Sprintf("classify: %s: unknown field %q (want %s)", path, key, names)
	for _, n := range strings.Split(names, ", ") {
		if strings.EqualFold(n, key) {
			msg = fmt.Sprintf("classify: %s: unknown field %q (field names are lower case: want %q)", path, key, n)
		}
	}
	return msg
}
