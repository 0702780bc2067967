package classify

import (
	_ "embed"
	"slices"
)

//go:embed policy.schema.json
var schema []byte

// Schema returns the JSON Schema (draft 2020-12) of a policy file, the
// file policy.schema.json of this package, with a description of every
// field for an editor to show. A file that [ParsePolicy] accepts is valid
// under it; what a schema cannot check (a window spec's grammar, a zone's
// name, February 30th, a limit given without days) is left to ParsePolicy.
// Each call returns a new copy, so a caller may change it freely.
func Schema() []byte { return slices.Clone(schema) }
