package tzdata

import (
	"fmt"
	"strconv"
	"strings"
)

// A Disambiguation says which instant a wall-clock time means when a zone
// transition skips it (a gap) or repeats it (an overlap). The zero value,
// Compatible, is RFC 5545's rule and TC39 Temporal's default. Values are
// stored by name, never by number; new values are only appended.
type Disambiguation uint8

const (
	// Compatible reads a skipped time with the offset in force before the
	// gap, so it moves forward by the gap's length (02:30 becomes 03:30),
	// and takes the first occurrence of a repeated time.
	Compatible Disambiguation = iota
	// Earlier takes the earlier of the two candidate instants: the first
	// occurrence of a repeated time, and for a skipped time the wall time
	// read with the offset after the gap (02:30 becomes 01:30).
	Earlier
	// Later takes the later of the two candidate instants: the second
	// occurrence of a repeated time, and for a skipped time the same
	// instant as Compatible.
	Later
	// Reject makes [Date] fail with [ErrNonexistent] or [ErrAmbiguous].
	Reject
)

var disambiguationNames = [...]string{"compatible", "earlier", "later", "reject"}

// String returns the lower-case name, such as "compatible", or
// "Disambiguation(9)" for a value that is not defined.
func (d Disambiguation) String() string {
	if int(d) < len(disambiguationNames) {
		return disambiguationNames[d]
	}
	return "Disambiguation(" + strconv.Itoa(int(d)) + ")"
}

// ParseDisambiguation returns the Disambiguation named s, ignoring case:
// "compatible", "earlier", "later" or "reject".
func ParseDisambiguation(s string) (Disambiguation, error) {
	for i, n := range disambiguationNames {
		if strings.EqualFold(s, n) {
			return Disambiguation(i), nil
		}
	}
	return 0, fmt.Errorf("tzdata: unknown disambiguation %q (want compatible, earlier, later or reject)", s)
}

// MarshalText returns the name of d; it fails for an undefined value.
func (d Disambiguation) MarshalText() ([]byte, error) {
	if int(d) >= len(disambiguationNames) {
		return nil, fmt.Errorf("tzdata: cannot marshal %v", d)
	}
	return []byte(d.String()), nil
}

// UnmarshalText sets d to the Disambiguation named by b, as [ParseDisambiguation].
func (d *Disambiguation) UnmarshalText(b []byte) error {
	v, err := ParseDisambiguation(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// A WallKind says what a zone does to a wall-clock time: it happens once,
// is skipped by a spring-forward gap or repeated by a fall-back overlap.
// It is not called Kind because package classify's Kind, a kind of
// change, sits next to it in the same programs.
type WallKind uint8

const (
	// Exact: the wall time happens once.
	Exact WallKind = iota
	// Skipped: a transition jumps over the wall time (spring forward).
	Skipped
	// Repeated: the wall time happens twice (fall back).
	Repeated
)

var kindNames = [...]string{"exact", "skipped", "repeated"}

// String returns "exact", "skipped" or "repeated", or "WallKind(7)" for a value
// that is not defined.
func (k WallKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "WallKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText returns the name of k, so that a WallKind in JSON or a log reads
// "skipped" rather than 1; it fails for an undefined value.
func (k WallKind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, fmt.Errorf("tzdata: cannot marshal %v", k)
	}
	return []byte(k.String()), nil
}

// UnmarshalText sets k to the WallKind named by b: "exact", "skipped" or
// "repeated", ignoring case.
func (k *WallKind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if strings.EqualFold(string(b), n) {
			*k = WallKind(i)
			return nil
		}
	}
	return fmt.Errorf("tzdata: unknown kind %q (want exact, skipped or repeated)", b)
}
