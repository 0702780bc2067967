package classify

import (
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFieldNames checks that each object's field names, which checkKeys
// alone enforces, are the JSON names of the structs the object decodes to
// and encodes from, in order. A name missing from a list would make its
// field impossible to set; a name missing from a struct would be accepted
// and ignored.
func TestFieldNames(t *testing.T) {
	tests := []struct {
		names string
		types []any
	}{
		{policyFields, []any{fileIn{}, fileOut{}}},
		{tenantFields, []any{tenantFile{}}},
		{hotFixFields, []any{hotFixFile{}}},
		{freezeFields, []any{freezeFile{}, freezeIn{}}},
		{ruleFields, []any{ruleIn{}, ruleFile{}}},
		{matchFields, []any{matchFile{}}},
	}
	for _, tt := range tests {
		want := strings.Split(tt.names, ", ")
		for _, v := range tt.types {
			typ := reflect.TypeOf(v)
			var got []string
			for i := range typ.NumField() {
				name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
				got = append(got, name)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%v field names mismatch (-want +got):\n%s", typ, diff)
			}
		}
	}
}
