package notice_test

// A strict, test-only iCalendar reader: it checks the physical form (CRLF,
// 75-octet folding that never splits a UTF-8 sequence), unfolds, parses
// VTIMEZONE observances, and expands each VEVENT the way RFC 5545 says a
// reader must (DTSTART's wall time on every RRULE date, a skipped wall
// time read with the offset before the gap, a repeated one as its first
// occurrence, the master's exact duration for every instance), then applies
// EXDATE, RDATE and RECURRENCE-ID overrides. It supports the RRULE parts
// notice writes for the schedules under test and fails on anything else.

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

type prop struct {
	name   string
	params map[string]string
	value  string
}

type component struct {
	name  string
	props []prop
	subs  []*component
}

func (c *component) get(name string) (prop, bool) {
	for _, p := range c.props {
		if p.name == name {
			return p, true
		}
	}
	return prop{}, false
}

func (c *component) all(name string) []prop {
	var out []prop
	for _, p := range c.props {
		if p.name == name {
			out = append(out, p)
		}
	}
	return out
}

// An instance is one occurrence as a reader computes it.
type instance struct{ Start, End time.Time }

func (i instance) String() string {
	return i.Start.UTC().Format(time.RFC3339) + " " + i.End.UTC().Format(time.RFC3339)
}

// unfold checks the physical lines of b and returns the content lines.
func unfold(b []byte) ([]string, error) {
	if !bytes.HasSuffix(b, []byte("\r\n")) {
		return nil, fmt.Errorf("calendar does not end in CRLF")
	}
	phys := strings.Split(strings.TrimSuffix(string(b), "\r\n"), "\r\n")
	var out []string
	for i, l := range phys {
		if strings.ContainsAny(l, "\r\n") {
			return nil, fmt.Errorf("line %d: bare CR or LF", i+1)
		}
		if len(l) > 75 {
			return nil, fmt.Errorf("line %d: %d octets, more than 75", i+1, len(l))
		}
		if !utf8.ValidString(l) {
			return nil, fmt.Errorf("line %d: invalid or split UTF-8: %q", i+1, l)
		}
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
			if len(out) == 0 {
				return nil, fmt.Errorf("line %d: continuation first", i+1)
			}
			out[len(out)-1] += l[1:]
			continue
		}
		out = append(out, l)
	}
	return out, nil
}

func parseProp(l string) (prop, error) {
	// The value starts at the first colon outside a quoted parameter
	// value (RFC 5545 section 3.2: TZID="UTC+05:30").
	colon, quoted := -1, false
	for i := 0; i < len(l) && colon < 0; i++ {
		switch {
		case l[i] == '"':
			quoted = !quoted
		case l[i] == ':' && !quoted:
			colon = i
		}
	}
	if colon < 0 {
		return prop{}, fmt.Errorf("no colon in %q", l)
	}
	head, value := l[:colon], l[colon+1:]
	var parts []string
	start := 0
	quoted = false
	for i := 0; i <= len(head); i++ {
		if i == len(head) || head[i] == ';' && !quoted {
			parts = append(parts, head[start:i])
			start = i + 1
		} else if head[i] == '"' {
			quoted = !quoted
		}
	}
	p := prop{name: parts[0], value: value, params: map[string]string{}}
	if p.name == "" || strings.ToUpper(p.name) != p.name {
		return prop{}, fmt.Errorf("bad property name in %q", l)
	}
	for _, kv := range parts[1:] {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return prop{}, fmt.Errorf("bad parameter %q in %q", kv, l)
		}
		if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
			v = v[1 : len(v)-1]
		} else if strings.ContainsAny(v, "\":;,") {
			return prop{}, fmt.Errorf("parameter %q needs quotes in %q", kv, l)
		}
		p.params[k] = v
	}
	return p, nil
}

// parseICS returns the VCALENDAR component of b.
func parseICS(b []byte) (*component, error) {
	lines, err := unfold(b)
	if err != nil {
		return nil, err
	}
	var stack []*component
	var root *component
	for _, l := range lines {
		p, err := parseProp(l)
		if err != nil {
			return nil, err
		}
		switch p.name {
		case "BEGIN":
			c := &component{name: p.value}
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.subs = append(top.subs, c)
			} else if root != nil {
				return nil, fmt.Errorf("second top-level component %s", p.value)
			} else {
				root = c
			}
			stack = append(stack, c)
		case "END":
			if len(stack) == 0 || stack[len(stack)-1].name != p.value {
				return nil, fmt.Errorf("END:%s does not match", p.value)
			}
			stack = stack[:len(stack)-1]
		default:
			if len(stack) == 0 {
				return nil, fmt.Errorf("property outside a component: %q", l)
			}
			top := stack[len(stack)-1]
			top.props = append(top.props, p)
		}
	}
	if root == nil || root.name != "VCALENDAR" || len(stack) != 0 {
		return nil, fmt.Errorf("not one complete VCALENDAR")
	}
	for _, req := range []string{"VERSION", "PRODID"} {
		if _, ok := root.get(req); !ok {
			return nil, fmt.Errorf("VCALENDAR without %s", req)
		}
	}
	return root, nil
}

// A vzone is a VTIMEZONE: onsets in UTC and the offset from each.
type vzone struct {
	onsets  []time.Time
	offsets []int
}

func parseOffset(s string) (int, error) {
	if len(s) != 5 && len(s) != 7 || (s[0] != '+' && s[0] != '-') {
		return 0, fmt.Errorf("bad UTC offset %q", s)
	}
	n := func(a string) int { v, _ := strconv.Atoi(a); return v }
	secs := n(s[1:3])*3600 + n(s[3:5])*60
	if len(s) == 7 {
		secs += n(s[5:7])
	}
	if s[0] == '-' {
		secs = -secs
	}
	return secs, nil
}

func parseVTimezone(c *component) (string, *vzone, error) {
	id, ok := c.get("TZID")
	if !ok {
		return "", nil, fmt.Errorf("VTIMEZONE without TZID")
	}
	type ob struct {
		at  time.Time
		off int
	}
	var obs []ob
	for _, s := range c.subs {
		if s.name != "STANDARD" && s.name != "DAYLIGHT" {
			return "", nil, fmt.Errorf("VTIMEZONE sub-component %s", s.name)
		}
		if len(s.all("RRULE"))+len(s.all("RDATE")) > 0 {
			return "", nil, fmt.Errorf("observance rules are not supported by this reader")
		}
		ds, ok1 := s.get("DTSTART")
		from, ok2 := s.get("TZOFFSETFROM")
		to, ok3 := s.get("TZOFFSETTO")
		if !ok1 || !ok2 || !ok3 {
			return "", nil, fmt.Errorf("observance without DTSTART, TZOFFSETFROM or TZOFFSETTO")
		}
		wall, err := time.Parse("20060102T150405", ds.value)
		if err != nil {
			return "", nil, fmt.Errorf("observance DTSTART %q: %v", ds.value, err)
		}
		f, err := parseOffset(from.value)
		if err != nil {
			return "", nil, err
		}
		o, err := parseOffset(to.value)
		if err != nil {
			return "", nil, err
		}
		// The onset is the wall time read with the offset before it.
		obs = append(obs, ob{wall.Add(-time.Duration(f) * time.Second), o})
	}
	if len(obs) == 0 {
		return "", nil, fmt.Errorf("VTIMEZONE %s without observances", id.value)
	}
	sort.Slice(obs, func(i, j int) bool { return obs[i].at.Before(obs[j].at) })
	z := &vzone{}
	for _, o := range obs {
		z.onsets = append(z.onsets, o.at)
		z.offsets = append(z.offsets, o.off)
	}
	return id.value, z, nil
}

// offsetAt is the offset in force at u; before the first onset, the first
// observance's (the reader has nothing else).
func (z *vzone) offsetAt(u time.Time) int {
	i := sort.Search(len(z.onsets), func(i int) bool { return z.onsets[i].After(u) })
	if i == 0 {
		return z.offsets[0]
	}
	return z.offsets[i-1]
}

// resolve reads a wall time (its clock fields, in UTC) as RFC 5545 3.3.5
// says: the first of two instants for a repeated time, and for a skipped
// time the instant the wall time names with the offset before the gap.
func (z *vzone) resolve(wall time.Time) time.Time {
	var cands []time.Time
	seen := map[int]bool{}
	for _, o := range z.offsets {
		if seen[o] {
			continue
		}
		seen[o] = true
		u := wall.Add(-time.Duration(o) * time.Second)
		if z.offsetAt(u) == o {
			cands = append(cands, u)
		}
	}
	if len(cands) > 0 {
		return slices.MinFunc(cands, func(a, b time.Time) int { return a.Compare(b) })
	}
	before := z.offsetAt(wall.Add(-48 * time.Hour))
	return wall.Add(-time.Duration(before) * time.Second)
}

type reader struct{ zones map[string]*vzone }

// instant reads a DATE-TIME property value.
func (r *reader) instant(p prop, value string) (time.Time, error) {
	if strings.HasSuffix(value, "Z") {
		if _, ok := p.params["TZID"]; ok {
			return time.Time{}, fmt.Errorf("%s: UTC value with TZID", p.name)
		}
		return time.Parse("20060102T150405Z", value)
	}
	wall, err := time.Parse("20060102T150405", value)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s: %v", p.name, err)
	}
	id, ok := p.params["TZID"]
	if !ok {
		return time.Time{}, fmt.Errorf("%s: floating time %q", p.name, value)
	}
	z, ok := r.zones[id]
	if !ok {
		return time.Time{}, fmt.Errorf("%s: TZID %q has no VTIMEZONE", p.name, id)
	}
	return z.resolve(wall), nil
}

var icsWeekdays = map[string]time.Weekday{"SU": 0, "MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6}

// rrule is the subset of RRULE this reader expands, as a date filter.
type rrule struct {
	freq     string
	interval int
	byDay    []struct {
		n  int
		wd time.Weekday
	}
	byMonthDay []int
	byMonth    []int
	wkst       time.Weekday
	until      time.Time
	hasUntil   bool
}

func parseRRule(v string) (*rrule, error) {
	r := &rrule{interval: 1, wkst: time.Monday}
	for _, part := range strings.Split(v, ";") {
		k, val, ok := strings.Cut(part, "=")
		if !ok {
			return nil, fmt.Errorf("RRULE part %q", part)
		}
		switch k {
		case "FREQ":
			r.freq = val
		case "INTERVAL":
			n, err := strconv.Atoi(val)
			if err != nil || n < 1 {
				return nil, fmt.Errorf("INTERVAL %q", val)
			}
			r.interval = n
		case "BYDAY":
			for _, d := range strings.Split(val, ",") {
				wd, ok := icsWeekdays[d[len(d)-2:]]
				if !ok {
					return nil, fmt.Errorf("BYDAY %q", d)
				}
				n := 0
				if len(d) > 2 {
					var err error
					if n, err = strconv.Atoi(d[:len(d)-2]); err != nil {
						return nil, fmt.Errorf("BYDAY %q", d)
					}
				}
				r.byDay = append(r.byDay, struct {
					n  int
					wd time.Weekday
				}{n, wd})
			}
		case "BYMONTHDAY", "BYMONTH":
			for _, s := range strings.Split(val, ",") {
				n, err := strconv.Atoi(s)
				if err != nil {
					return nil, fmt.Errorf("%s %q", k, s)
				}
				if k == "BYMONTH" {
					r.byMonth = append(r.byMonth, n)
				} else {
					r.byMonthDay = append(r.byMonthDay, n)
				}
			}
		case "WKST":
			wd, ok := icsWeekdays[val]
			if !ok {
				return nil, fmt.Errorf("WKST %q", val)
			}
			r.wkst = wd
		case "UNTIL":
			t, err := time.Parse("20060102T150405Z", val)
			if err != nil {
				return nil, fmt.Errorf("UNTIL must be UTC with a TZID DTSTART: %q", val)
			}
			r.until, r.hasUntil = t, true
		default:
			return nil, fmt.Errorf("RRULE part %s is not supported by this reader", k)
		}
	}
	switch r.freq {
	case "DAILY", "WEEKLY", "MONTHLY":
	default:
		return nil, fmt.Errorf("FREQ %q is not supported by this reader", r.freq)
	}
	if !r.hasUntil {
		return nil, fmt.Errorf("RRULE without UNTIL: unbounded")
	}
	return r, nil
}

func days(t time.Time) int { return int(t.Unix() / 86400) }

// matches reports whether the civil date d (midnight UTC) is selected by
// r for a series that starts on date s.
func (r *rrule) matches(d, s time.Time) bool {
	if len(r.byMonth) > 0 && !slices.Contains(r.byMonth, int(d.Month())) {
		return false
	}
	switch r.freq {
	case "DAILY":
		if (days(d)-days(s))%r.interval != 0 {
			return false
		}
	case "WEEKLY":
		weekStart := func(t time.Time) int { return days(t) - (int(t.Weekday())-int(r.wkst)+7)%7 }
		if (weekStart(d)-weekStart(s))/7%r.interval != 0 {
			return false
		}
		if len(r.byDay) == 0 {
			return d.Weekday() == s.Weekday()
		}
	case "MONTHLY":
		months := (d.Year()-s.Year())*12 + int(d.Month()) - int(s.Month())
		if months%r.interval != 0 {
			return false
		}
		if len(r.byDay) == 0 && len(r.byMonthDay) == 0 {
			return d.Day() == s.Day()
		}
	}
	if len(r.byMonthDay) > 0 {
		last := time.Date(d.Year(), d.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
		ok := false
		for _, n := range r.byMonthDay {
			if n == d.Day() || n < 0 && last+1+n == d.Day() {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	if len(r.byDay) > 0 {
		last := time.Date(d.Year(), d.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
		ok := false
		for _, bd := range r.byDay {
			if bd.wd != d.Weekday() {
				continue
			}
			switch {
			case bd.n == 0:
				ok = true
			case bd.n > 0 && (d.Day()-1)/7+1 == bd.n:
				ok = true
			case bd.n < 0 && (last-d.Day())/7+1 == -bd.n:
				ok = true
			}
		}
		return ok
	}
	return true
}

// readCalendar expands every VEVENT of an iCalendar file as a strict RFC
// 5545 reader does, and returns the instances in start order.
func readCalendar(b []byte) ([]instance, error) {
	root, err := parseICS(b)
	if err != nil {
		return nil, err
	}
	r := &reader{zones: map[string]*vzone{}}
	type override struct {
		inst instance
		used bool
	}
	overrides := map[string]map[int64]*override{} // UID -> RECURRENCE-ID unix -> override
	var masters []*component
	for _, c := range root.subs {
		switch c.name {
		case "VTIMEZONE":
			id, z, err := parseVTimezone(c)
			if err != nil {
				return nil, err
			}
			r.zones[id] = z
		case "VEVENT":
			masters = append(masters, c)
		default:
			return nil, fmt.Errorf("unexpected component %s", c.name)
		}
	}
	span := func(c *component) (instance, time.Duration, error) {
		ds, ok := c.get("DTSTART")
		if !ok {
			return instance{}, 0, fmt.Errorf("VEVENT without DTSTART")
		}
		start, err := r.instant(ds, ds.value)
		if err != nil {
			return instance{}, 0, err
		}
		if de, ok := c.get("DTEND"); ok {
			end, err := r.instant(de, de.value)
			return instance{start, end}, end.Sub(start), err
		}
		du, ok := c.get("DURATION")
		if !ok {
			return instance{}, 0, fmt.Errorf("VEVENT without DTEND or DURATION")
		}
		if strings.ContainsAny(du.value, "DW") {
			return instance{}, 0, fmt.Errorf("nominal DURATION %q not supported by this reader", du.value)
		}
		d, err := time.ParseDuration(strings.ToLower(strings.TrimPrefix(du.value, "PT")))
		return instance{start, start.Add(d)}, d, err
	}
	var series []*component
	for _, c := range masters {
		for _, req := range []string{"UID", "DTSTAMP"} {
			if _, ok := c.get(req); !ok {
				return nil, fmt.Errorf("VEVENT without %s", req)
			}
		}
		if st, _ := c.get("DTSTAMP"); !strings.HasSuffix(st.value, "Z") {
			return nil, fmt.Errorf("DTSTAMP %q not in UTC", st.value)
		}
		uid, _ := c.get("UID")
		rid, ok := c.get("RECURRENCE-ID")
		if !ok {
			series = append(series, c)
			continue
		}
		at, err := r.instant(rid, rid.value)
		if err != nil {
			return nil, err
		}
		inst, _, err := span(c)
		if err != nil {
			return nil, err
		}
		if overrides[uid.value] == nil {
			overrides[uid.value] = map[int64]*override{}
		}
		if overrides[uid.value][at.Unix()] != nil {
			return nil, fmt.Errorf("two overrides for %v", at)
		}
		overrides[uid.value][at.Unix()] = &override{inst: inst}
	}
	var out []instance
	for _, c := range series {
		uid, _ := c.get("UID")
		first, length, err := span(c)
		if err != nil {
			return nil, err
		}
		starts := []time.Time{first.Start}
		if rp, ok := c.get("RRULE"); ok {
			rr, err := parseRRule(rp.value)
			if err != nil {
				return nil, err
			}
			ds, _ := c.get("DTSTART")
			wall, _ := time.Parse("20060102T150405", strings.TrimSuffix(ds.value, "Z"))
			day := time.Date(wall.Year(), wall.Month(), wall.Day(), 0, 0, 0, 0, time.UTC)
			clock := wall.Sub(day)
			for d := day.AddDate(0, 0, 1); ; d = d.AddDate(0, 0, 1) {
				if !rr.matches(d, day) {
					if d.Sub(day) > 200*366*24*time.Hour {
						return nil, fmt.Errorf("runaway expansion")
					}
					continue
				}
				v := d.Add(clock).Format("20060102T150405")
				if strings.HasSuffix(ds.value, "Z") {
					v += "Z"
				}
				at, err := r.instant(ds, v)
				if err != nil {
					return nil, err
				}
				if at.After(rr.until) {
					break
				}
				starts = append(starts, at)
			}
		}
		// EXDATE excludes from everything the RRULE and RDATE give (RFC 5545
		// 3.8.5.3), so an EXDATE that names an extra window removes it too.
		for _, p := range c.all("RDATE") {
			for _, v := range strings.Split(p.value, ",") {
				at, err := r.instant(p, v)
				if err != nil {
					return nil, err
				}
				starts = append(starts, at)
			}
		}
		for _, p := range c.all("EXDATE") {
			for _, v := range strings.Split(p.value, ",") {
				at, err := r.instant(p, v)
				if err != nil {
					return nil, err
				}
				n := len(starts)
				starts = slices.DeleteFunc(starts, func(t time.Time) bool { return t.Equal(at) })
				// A UTC EXDATE may name another reader's reading of a
				// skipped or repeated wall time; a wall time with TZID
				// must remove an instance.
				if len(starts) == n && !strings.HasSuffix(v, "Z") {
					return nil, fmt.Errorf("EXDATE %s matches no instance", v)
				}
			}
		}
		// The recurrence set is a set (RFC 5545 3.8.5.3): a rule date whose
		// wall time reads as the same instant as another's is one instance.
		slices.SortFunc(starts, time.Time.Compare)
		starts = slices.CompactFunc(starts, time.Time.Equal)
		for _, s := range starts {
			inst := instance{s, s.Add(length)}
			if o := overrides[uid.value][s.Unix()]; o != nil {
				inst = o.inst
				o.used = true
			}
			out = append(out, inst)
		}
	}
	for uid, m := range overrides {
		for at, o := range m {
			if !o.used {
				return nil, fmt.Errorf("override %s at %v matches no instance", uid, time.Unix(at, 0).UTC())
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out, nil
}
