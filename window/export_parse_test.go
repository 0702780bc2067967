package window

// ParsedSpec exposes a Schedule's Spec to the external tests of the parsers,
// which compare what Parse read with what a table expects. The package has
// no Spec getter on purpose: a Schedule is queried, not taken apart.
func ParsedSpec(s *Schedule) Spec { return s.spec }
