package convert

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/prostar/maintenance/internal/english"
	"github.com/prostar/maintenance/tzdata"
	"github.com/prostar/maintenance/tzdata/civil"
	"github.com/prostar/maintenance/window"
)

// azureWindow is the maintenanceWindow of an Azure Maintenance
// Configuration (Microsoft.Maintenance/maintenanceConfigurations): times
// as "YYYY-MM-DD hh:mm" in the Windows zone timeZone, a duration "HH:mm",
// and recurEvery in Azure's own grammar.
type azureWindow struct {
	StartDateTime      string `json:"startDateTime"`
	ExpirationDateTime string `json:"expirationDateTime,omitempty"`
	Duration           string `json:"duration"`
	TimeZone           string `json:"timeZone"`
	RecurEvery         string `json:"recurEvery"`
}

// azureOrdinals are the weeks of the month recurEvery can name; Azure has
// no fifth.
var azureOrdinals = map[int]string{1: "First", 2: "Second", 3: "Third", 4: "Fourth", -1: "Last"}

const azureLayout = "2006-01-02 15:04"

// toAzure writes an Azure maintenanceWindow. Azure is zone-aware, so the
// windows keep their local time across clock changes; what it lacks is a
// wall-clock end: duration is taken as a length of time, so on a night the
// clocks change the window ends an hour early or late on the wall clock.
func toAzure(s *window.Schedule, at time.Time, c *Config) error {
	sp := s.Spec()
	zone, err := zoneName(sp.Location, "Azure")
	if err != nil {
		return err
	}
	name, ok := tzdata.WindowsName(zone)
	if !ok {
		return fmt.Errorf("convert: Azure: no Windows zone name for %s in CLDR's windowsZones table", sp.Location)
	}
	recur, err := recurEvery(sp)
	if err != nil {
		return err
	}
	var first window.Window
	found := false
	for w := range s.Windows(at, at.AddDate(0, horizon, 0)) {
		if !w.Start.Before(at) && !w.OneOff {
			first, found = w, true
			break
		}
	}
	if !found {
		return fmt.Errorf("convert: Azure: the schedule has no window in the 12 months after %s", at.Format(time.RFC3339))
	}
	nominal := first.Nominal
	if nominal%time.Minute != 0 {
		return fmt.Errorf("convert: Azure cannot say a duration with seconds (%v)", nominal)
	}
	aw := azureWindow{
		StartDateTime: first.Date.String() + " " + sp.Start.String(),
		Duration:      fmt.Sprintf("%02d:%02d", int(nominal/time.Hour), int(nominal%time.Hour/time.Minute)),
		TimeZone:      name,
		RecurEvery:    recur,
	}
	if !sp.Until.IsZero() {
		aw.ExpirationDateTime = sp.Until.String() + " 23:59"
	}
	text, err := json.MarshalIndent(aw, "", "  ")
	if err != nil {
		return err
	}
	c.Text = string(text)
	if iana, _ := tzdata.WindowsZone(name); iana != zone {
		if d, ok := zoneDiffers(s, iana, at); ok {
			c.Losses = append(c.Losses, fmt.Sprintf("Azure names zones the Windows way: %q is %s in CLDR's table, whose window of %s differs from %s's",
				name, iana, d, sp.Location))
		}
	}
	if sp.Length == 0 {
		for _, w := range windowsAhead(s, at) {
			if w.Duration() != w.Nominal && !w.Start.Before(at) {
				end := w.Start.Add(w.Nominal)
				c.Losses = append(c.Losses, fmt.Sprintf("on %s the clocks change during the window: Azure's lasts %s and closes at %s, the policy's lasts %s and closes at %s",
					w.Date, english.Length(w.Nominal), end.Format("15:04 MST"), english.Length(w.Duration()), w.End.Format("15:04 MST")))
			}
		}
	}
	c.Losses = append(c.Losses, boundLosses(s, at, "Azure", true, true)...)
	return nil
}

// zoneDiffers returns the date of the first window in the twelve months
// after at that s would place differently in the zone iana.
func zoneDiffers(s *window.Schedule, iana string, at time.Time) (civil.Date, bool) {
	sp := s.Spec()
	loc, err := azureZone(iana)
	if err != nil {
		return civil.Date{}, false
	}
	sp.Location = loc
	other, err := window.New(sp)
	if err != nil {
		return civil.Date{}, false
	}
	a, b := windowsAhead(s, at), windowsAhead(other, at)
	for i := range min(len(a), len(b)) {
		if !a[i].Start.Equal(b[i].Start) || !a[i].End.Equal(b[i].End) {
			return a[i].Date, true
		}
	}
	switch n := min(len(a), len(b)); {
	case len(a) > n:
		return a[n].Date, true
	case len(b) > n:
		return b[n].Date, true
	}
	return civil.Date{}, false
}

// recurEvery writes a rule in Azure's grammar: "Day", "3Days",
// "Week Saturday,Sunday", "2Weeks Saturday", "Month day23,day24",
// "Month Last Saturday", "Month Second Tuesday Offset2".
func recurEvery(sp window.Spec) (string, error) {
	r := sp.Rule
	cannot := func(what string) (string, error) {
		return "", fmt.Errorf("convert: Azure cannot say %s", what)
	}
	if r.Count != 0 || len(r.ByMonth) != 0 || len(r.ByYearDay) != 0 || len(r.ByWeekNo) != 0 || len(r.BySetPos) != 0 {
		return cannot("this rule (COUNT, BYMONTH, BYYEARDAY, BYWEEKNO or BYSETPOS)")
	}
	if sp.Offset != 0 && (r.Freq != window.Monthly || len(r.ByDay) != 1 || sp.Offset < -6 || sp.Offset > 6) {
		return cannot(fmt.Sprintf("an offset of %d days here (Offset takes -6 to 6, after an Nth weekday)", sp.Offset))
	}
	every := func(unit string) string {
		if r.Interval > 1 {
			return strconv.Itoa(r.Interval) + unit + "s"
		}
		return unit
	}
	switch r.Freq {
	case window.Daily:
		if len(r.ByDay) == 0 && len(r.ByMonthDay) == 0 {
			return every("Day"), nil
		}
	case window.Weekly:
		if len(r.ByDay) > 0 && len(r.ByMonthDay) == 0 {
			return every("Week") + " " + strings.Join(weekdayNames(r.ByDay), ","), nil
		}
	case window.Monthly:
		switch {
		case len(r.ByDay) == 1 && len(r.ByMonthDay) == 0:
			ord, ok := azureOrdinals[r.ByDay[0].N]
			if !ok {
				return cannot(fmt.Sprintf("the %s weekday of a month (First to Fourth and Last only)", ordinalWord(r.ByDay[0].N)))
			}
			out := every("Month") + " " + ord + " " + r.ByDay[0].Weekday.String()
			if sp.Offset != 0 {
				out += " Offset" + strconv.Itoa(sp.Offset)
			}
			return out, nil
		case len(r.ByDay) == 0 && len(r.ByMonthDay) > 0:
			var days []string
			for _, d := range r.ByMonthDay {
				if d < 0 {
					return cannot("a day counted from the month's end")
				}
				days = append(days, "day"+strconv.Itoa(d))
			}
			return every("Month") + " " + strings.Join(days, ","), nil
		}
	}
	return cannot("this rule")
}

var recurPattern = regexp.MustCompile(`^([0-9]{0,3})(Day|Days|Week|Weeks|Month|Months)(?: (.+))?$`)

// fromAzure reads a maintenanceWindow object, bare or inside
// {"maintenanceWindow": ...}.
func fromAzure(expr string) (window.Spec, []string, error) {
	bad := func(format string, args ...any) (window.Spec, []string, error) {
		return window.Spec{}, nil, fmt.Errorf("convert: Azure maintenanceWindow: "+format, args...)
	}
	var outer struct {
		MaintenanceWindow *azureWindow `json:"maintenanceWindow"`
	}
	var aw azureWindow
	if err := strictJSON(expr, &outer); err == nil && outer.MaintenanceWindow != nil {
		aw = *outer.MaintenanceWindow
	} else if err := strictJSON(expr, &aw); err != nil {
		return bad("%v", err)
	}
	iana, ok := tzdata.WindowsZone(aw.TimeZone)
	if !ok {
		return bad("timeZone %q: not a Windows zone name in CLDR's windowsZones table", aw.TimeZone)
	}
	loc, err := azureZone(iana)
	if err != nil {
		return bad("timeZone %q: %v", aw.TimeZone, err)
	}
	start, err := time.Parse(azureLayout, aw.StartDateTime)
	if err != nil {
		return bad("startDateTime %q: want YYYY-MM-DD hh:mm", aw.StartDateTime)
	}
	length, err := azureDuration(aw.Duration)
	if err != nil {
		return bad("duration %q: %v", aw.Duration, err)
	}
	sp := window.Spec{Start: civil.ClockOf(start), Length: length, Location: loc, From: civil.DateOf(start)}
	notes := []string{fmt.Sprintf("timeZone %q is %s (CLDR's windowsZones table)", aw.TimeZone, iana)}
	if aw.ExpirationDateTime != "" {
		end, err := time.Parse(azureLayout, aw.ExpirationDateTime)
		if err != nil {
			return bad("expirationDateTime %q: want YYYY-MM-DD hh:mm", aw.ExpirationDateTime)
		}
		sp.Until = civil.DateOf(end)
		if civil.ClockOf(end).Seconds() < sp.Start.Seconds() {
			sp.Until = sp.Until.AddDays(-1)
		}
	}
	m := recurPattern.FindStringSubmatch(aw.RecurEvery)
	if m == nil {
		return bad("recurEvery %q: want Day, Week or Month with an optional count before it (3Days, 2Weeks Saturday, Month Last Sunday Offset-3)", aw.RecurEvery)
	}
	if m[1] != "" {
		n, _ := strconv.Atoi(m[1])
		if n < 1 {
			return bad("recurEvery %q: a count of %d", aw.RecurEvery, n)
		}
		sp.Rule.Interval = n
	}
	rest := m[3]
	switch strings.TrimSuffix(m[2], "s") {
	case "Day":
		sp.Rule.Freq = window.Daily
		if rest != "" {
			return bad("recurEvery %q: %q after Day", aw.RecurEvery, rest)
		}
	case "Week":
		sp.Rule.Freq = window.Weekly
		days := []string{sp.From.Weekday().String()}
		if rest != "" {
			days = strings.Split(rest, ",")
		}
		for _, d := range days {
			wd, ok := weekdayOfCode(strings.TrimSpace(d))
			if !ok || len(strings.TrimSpace(d)) <= 3 {
				return bad("recurEvery %q: unknown weekday %q (want Monday..Sunday)", aw.RecurEvery, d)
			}
			sp.Rule.ByDay = append(sp.Rule.ByDay, window.WeekdayN{Weekday: wd})
		}
	case "Month":
		sp.Rule.Freq = window.Monthly
		if err := azureMonth(rest, &sp); err != nil {
			return bad("recurEvery %q: %v", aw.RecurEvery, err)
		}
	}
	return sp, notes, nil
}

// azureMonth reads the part of a monthly recurEvery after "Month":
// nothing (startDateTime's day), "day23,day24", or "Last Sunday [Offset-3]".
func azureMonth(rest string, sp *window.Spec) error {
	if rest == "" {
		sp.Rule.ByMonthDay = []int{sp.From.Day}
		return nil
	}
	if strings.HasPrefix(rest, "day") {
		for _, part := range strings.Split(rest, ",") {
			n, err := strconv.Atoi(strings.TrimPrefix(strings.TrimSpace(part), "day"))
			if err != nil || n < 1 || n > 31 {
				return fmt.Errorf("day %q: want day1..day31", part)
			}
			sp.Rule.ByMonthDay = append(sp.Rule.ByMonthDay, n)
		}
		return nil
	}
	words := strings.Fields(rest)
	if len(words) < 2 || len(words) > 3 {
		return fmt.Errorf("want First, Second, Third, Fourth or Last, a weekday and an optional Offset")
	}
	n := 0
	for k, v := range azureOrdinals {
		if v == words[0] {
			n = k
		}
	}
	if n == 0 {
		return fmt.Errorf("week %q: want First, Second, Third, Fourth or Last", words[0])
	}
	wd, ok := weekdayOfCode(words[1])
	if !ok || len(words[1]) <= 3 {
		return fmt.Errorf("weekday %q: want Monday..Sunday", words[1])
	}
	sp.Rule.ByDay = []window.WeekdayN{{N: n, Weekday: wd}}
	if len(words) == 3 {
		off, ok := strings.CutPrefix(words[2], "Offset")
		k, err := strconv.Atoi(off)
		if !ok || err != nil || k < -6 || k > 6 {
			return fmt.Errorf("offset %q: want Offset-6 to Offset6", words[2])
		}
		sp.Offset = k
	}
	return nil
}

// azureDuration reads HH:mm.
func azureDuration(s string) (time.Duration, error) {
	h, m, ok := strings.Cut(s, ":")
	hours, err1 := strconv.Atoi(h)
	minutes, err2 := twoDigits(m, 59)
	if !ok || err1 != nil || err2 != nil || hours < 0 || len(h) > 2 || len(h) < 1 {
		return 0, fmt.Errorf("want HH:mm")
	}
	d := time.Duration(hours)*time.Hour + time.Duration(minutes)*time.Minute
	if d <= 0 {
		return 0, fmt.Errorf("want a duration over 00:00")
	}
	return d, nil
}

// azureZone loads the IANA zone CLDR maps a Windows name to; its
// Etc/GMT+11 for "UTC-11" is read as the fixed zone UTC-11, the name
// [tzdata.ParseZone] reads back.
func azureZone(iana string) (*time.Location, error) {
	if off, ok := etcOffset(iana); ok {
		return tzdata.ParseZone(english.UTCOffset(off))
	}
	return tzdata.Load(iana)
}
