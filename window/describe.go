package window

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/prostar/maintenance/internal/english"
)

// This file says in English which dates a schedule selects, for notices.
// The words themselves (ordinals, plurals) come from internal/english.

// Describe returns the schedule's recurrence in words, for notices:
// "the last Saturday of each month", "the second Tuesday of each month",
// "every Sunday", "every Monday and Thursday", "every day",
// "every other week on Monday". Rules with no plain-words reading (BYSETPOS,
// BYWEEKNO, BYYEARDAY, weekday and month-day filters together) are
// "on a custom schedule". It says nothing of times, zone or dates, which a
// notice writes on its own. The zero Schedule's Describe is "".
func (s *Schedule) Describe() string {
	if s == nil || s.spec.Location == nil {
		return ""
	}
	return describeSpec(&s.spec)
}

// describeSpec says which dates sp selects, in words: the rule's dates,
// moved by the offset ("2 days after the second Tuesday of each month"),
// or the one date of a one-off window.
func describeSpec(sp *Spec) string {
	r := &sp.Rule
	if r.Freq == Daily && max(r.Interval, 1) == 1 && len(r.ByDay) == 0 && len(r.ByMonthDay) == 0 &&
		len(r.ByMonth) == 0 && sp.Offset == 0 && !sp.Until.IsZero() && sp.Until == sp.From {
		d := sp.From
		return fmt.Sprintf("once, on %s, %s %s, %d", d.Weekday(), d.Month, english.Ordinal(d.Day), d.Year)
	}
	what := describeRule(sp)
	switch {
	case sp.Offset == 0 || what == custom:
		return what
	case sp.Offset > 0:
		return english.Plural(sp.Offset, "day") + " after " + what
	}
	return english.Plural(-sp.Offset, "day") + " before " + what
}

// custom is what Describe says of a rule with no plain-words reading.
const custom = "on a custom schedule"

// describeRule says which dates sp.Rule selects, in words.
func describeRule(sp *Spec) string {
	r := &sp.Rule
	if len(r.ByYearDay) != 0 || len(r.ByWeekNo) != 0 || len(r.BySetPos) != 0 ||
		(len(r.ByDay) != 0 && len(r.ByMonthDay) != 0) {
		return custom
	}
	days := sortedWeekdays(r.ByDay)
	plain := true // every weekday in days has N == 0
	for _, d := range days {
		if d.N != 0 {
			plain = false
		}
	}
	months := ""
	if len(r.ByMonth) != 0 {
		names := make([]string, 0, len(r.ByMonth))
		for _, m := range sortedMonths(r.ByMonth) {
			names = append(names, m.String())
		}
		months = " in " + english.List(names...)
	}
	interval := max(r.Interval, 1)
	switch r.Freq {
	case Daily:
		if len(r.ByMonthDay) != 0 || !plain {
			return custom
		}
		if len(days) != 0 {
			if interval > 1 {
				return custom
			}
			return "every " + weekdayList(days) + months
		}
		return everyN(interval, "day", "days") + months
	case Weekly:
		if len(r.ByMonthDay) != 0 || !plain {
			return custom
		}
		if len(days) == 0 {
			days = []WeekdayN{{Weekday: sp.From.Weekday()}}
		}
		if interval == 1 {
			return "every " + weekdayList(days) + months
		}
		return everyN(interval, "week", "weeks") + " on " + weekdayList(days) + months
	case Monthly:
		var what string
		switch {
		case len(days) != 0 && plain:
			// Every such weekday, on every (or every nth) month.
			if interval == 1 {
				return "every " + weekdayList(days) + months
			}
			return "every " + weekdayList(days) + " of " + everyN(interval, "month", "months") + months
		case len(days) != 0:
			if !ordinalsOnly(days) {
				return custom
			}
			what = "the " + ordinalWeekdays(days)
		case len(r.ByMonthDay) != 0:
			what = "the " + monthDays(r.ByMonthDay)
		default:
			what = "the " + ordinalName(sp.From.Day)
		}
		if interval == 1 && months != "" {
			// "the last Sunday of March and October"
			return what + " of" + strings.TrimPrefix(months, " in")
		}
		if interval == 1 {
			return what + " of each month"
		}
		return what + " of " + everyN(interval, "month", "months") + months
	case Yearly:
		if months == "" {
			months = " in " + sp.From.Month.String()
		}
		switch {
		case len(days) != 0 && plain:
			return "every " + weekdayList(days) + months + yearlySuffix(interval)
		case len(days) != 0:
			if !ordinalsOnly(days) || len(r.ByMonth) == 0 {
				return custom
			}
			return "the " + ordinalWeekdays(days) + " of" + strings.TrimPrefix(months, " in") + yearlySuffix(interval)
		case len(r.ByMonthDay) != 0:
			return "the " + monthDays(r.ByMonthDay) + " of" + strings.TrimPrefix(months, " in") + yearlySuffix(interval)
		case len(r.ByMonth) == 0:
			return everyN(interval, "year", "years") + " on " + sp.From.Month.String() + " " + strconv.Itoa(sp.From.Day)
		default:
			return "the " + ordinalName(sp.From.Day) + " of" + strings.TrimPrefix(months, " in") + yearlySuffix(interval)
		}
	}
	return custom
}

func yearlySuffix(interval int) string {
	if interval == 1 {
		return " each year"
	}
	return ", " + everyN(interval, "year", "years")
}

// everyN returns "every day", "every other day" or "every 3 days".
func everyN(n int, one, many string) string {
	switch n {
	case 1:
		return "every " + one
	case 2:
		return "every other " + one
	}
	return "every " + strconv.Itoa(n) + " " + many
}

func ordinalsOnly(days []WeekdayN) bool {
	for _, d := range days {
		if d.N == 0 {
			return false
		}
	}
	return true
}

// ordinalWord returns the word prose uses for a weekday ordinal, in AP
// style: "first".."fifth", "last", "second-to-last".."fifth-to-last". The
// spec's own form ("1st", "2nd last") stays in String.
func ordinalWord(n int) string {
	words := [...]string{"", "first", "second", "third", "fourth", "fifth"}
	switch {
	case n == -1:
		return "last"
	case n < -1 && n >= -5:
		return words[-n] + "-to-last"
	case n >= 1 && n <= 5:
		return words[n]
	}
	return ordinalName(n)
}

// ordinalWeekdays writes "first and third Monday" when the weekdays agree and
// "first Monday and last Friday" when they do not.
func ordinalWeekdays(days []WeekdayN) string {
	same := true
	for _, d := range days {
		if d.Weekday != days[0].Weekday {
			same = false
		}
	}
	parts := make([]string, len(days))
	for i, d := range days {
		parts[i] = ordinalWord(d.N)
		if !same {
			parts[i] += " " + d.Weekday.String()
		}
	}
	s := english.List(parts...)
	if same {
		s += " " + days[0].Weekday.String()
	}
	return s
}

func weekdayList(days []WeekdayN) string {
	if len(days) == 7 {
		return "day"
	}
	if weekdaySetName(days) == "weekday" {
		return "weekday (Monday to Friday)"
	}
	names := make([]string, len(days))
	for i, d := range days {
		names[i] = d.Weekday.String()
	}
	return english.List(names...)
}

// monthDays writes BYMONTHDAY values: "15th", "1st and 15th",
// "1st and last day".
func monthDays(ns []int) string {
	parts := make([]string, 0, len(ns))
	day := ""
	for _, n := range sortedInts(ns) {
		parts = append(parts, ordinalName(n))
		if n < 0 {
			day = " day"
		}
	}
	return english.List(parts...) + day
}
