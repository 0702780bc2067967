package classify

import (
	"fmt"
	"strconv"
	"strings"
)

// A Class is the kind of change a policy assigns: a routine update, a
// maintenance or a hot fix. The zero value is not a class; it stands for
// "not decided" and its String is "Class(0)", so a Decision that was never
// filled in cannot pass for a routine update. Class values are stored by
// name, never by number; new values are only appended.
type Class uint8

// The classes, from the platform's change policy.
const (
	// Routine is a routine update: a deployment with no loss of
	// functionality and no downtime, usually weekly, given without notice.
	Routine Class = iota + 1
	// Maintenance is work done in a scheduled maintenance window, outside
	// the clients' main hours and with notice: virus scans, software
	// patches, upgrades, anything with downtime.
	Maintenance
	// HotFix is a change that must be done within a short time because of
	// a threat to the integrity of the platform or of customer data. Hot
	// fixes should be rare.
	HotFix
)

var classNames = [...]string{Routine: "routine update", Maintenance: "maintenance", HotFix: "hot fix"}

// classAliases maps every accepted spelling, after normalization, to its
// class. The ITIL names are accepted because operators coming from ITIL
// say "standard", "normal" and "emergency" change.
var classAliases = map[string]Class{
	"routine update": Routine,
	"routine":        Routine,
	"standard":       Routine,
	"maintenance":    Maintenance,
	"normal":         Maintenance,
	"hot fix":        HotFix,
	"hotfix":         HotFix,
	"emergency":      HotFix,
}

// String returns the class's name as a notice writes it: "routine update",
// "maintenance" or "hot fix". It returns "Class(7)" for a value that is not
// a class, including the zero value "Class(0)".
func (c Class) String() string {
	if c.valid() {
		return classNames[c]
	}
	return "Class(" + strconv.Itoa(int(c)) + ")"
}

func (c Class) valid() bool { return c >= Routine && c <= HotFix }

// ParseClass returns the class named s, ignoring case, surrounding space
// and the difference between spaces, hyphens and underscores. It accepts
// the names String returns and these aliases: "routine" and the ITIL
// "standard" for [Routine], the ITIL "normal" for [Maintenance], "hotfix"
// and the ITIL "emergency" for [HotFix]. For example,
// ParseClass("Hot-Fix") == HotFix.
func ParseClass(s string) (Class, error) {
	if c, ok := classAliases[normalize(s)]; ok {
		return c, nil
	}
	return 0, fmt.Errorf("classify: unknown class %q (want routine update, maintenance or hot fix)", s)
}

// MarshalText returns the class's name; it fails for a value that is not a
// class, so a zero Class never reaches a policy file.
func (c Class) MarshalText() ([]byte, error) {
	if !c.valid() {
		return nil, fmt.Errorf("classify: cannot marshal %v", c)
	}
	return []byte(c.String()), nil
}

// UnmarshalText sets c to the class named by b, as [ParseClass] reads it.
func (c *Class) UnmarshalText(b []byte) error {
	v, err := ParseClass(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// normalize lower-cases s, trims it and turns hyphens, underscores and runs
// of spaces into single spaces, so "Software_Patch" and "software  patch"
// are the same name.
func normalize(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.NewReplacer("-", " ", "_", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
