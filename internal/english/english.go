// Package english holds the small pieces of English that the window,
// classify and notice packages all write, so that they write them alike.
package english

import "strconv"

// Ordinal returns n with its English ordinal suffix. For example,
// Ordinal(1) == "1st", Ordinal(12) == "12th" and Ordinal(22) == "22nd".
// A negative n keeps "th" so that the result is still well-formed text.
func Ordinal(n int) string {
	suffix := "th"
	switch m := n % 100; {
	case m < 0:
	case m >= 11 && m <= 13:
	case m%10 == 1:
		suffix = "st"
	case m%10 == 2:
		suffix = "nd"
	case m%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}
