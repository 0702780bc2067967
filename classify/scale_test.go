package classify_test

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/teambition/rrule-go"

	"github.com/prostar/maintenance/classify"
)

// scaleZones are the 20 zones the platform-scale policies spread tenants
// over.
var scaleZones = []string{
	"America/Denver", "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Phoenix",
	"America/Sao_Paulo", "America/Santiago", "Europe/Berlin", "Europe/London", "Europe/Paris",
	"Europe/Moscow", "Africa/Johannesburg", "Asia/Kolkata", "Asia/Tokyo", "Asia/Shanghai",
	"Asia/Singapore", "Australia/Sydney", "Australia/Lord_Howe", "Pacific/Auckland", "Pacific/Chatham",
}

var scaleDays = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// scaleTenant returns tenant i's window: a weekly window of its own, in
// one of the 20 zones, from its own first date, so that no two tenants'
// specs are equal and none is parsed for another.
func scaleTenant(i int) (zone, spec, rfc string) {
	zone = scaleZones[i%len(scaleZones)]
	day := i / len(scaleZones) % len(scaleDays)
	hour := i / (len(scaleZones) * len(scaleDays)) % 20
	from := 2020*10000 + 101 + i/(len(scaleZones)*len(scaleDays)*20)%28 // 2020-01-01 .. 2020-01-28
	spec = fmt.Sprintf("every %s %02d:00-%02d:00 %s from %d-01-%02d", scaleDays[day], hour, hour+3, zone, from/10000, from%100)
	rfc = fmt.Sprintf("DTSTART;TZID=%s:%dT%02d0000\nRRULE:FREQ=WEEKLY;BYDAY=%s", zone, from, hour, strings.ToUpper(scaleDays[day][:2]))
	return zone, spec, rfc
}

// scalePolicy writes a policy file with n tenants, each with a window of
// its own when own is true, or else only a zone (every 10th tenant with
// one of 20 shared windows).
func scalePolicy(n int, own bool) []byte {
	var b bytes.Buffer
	b.WriteString(`{"maintenance": "` + denver + `", "tenants": {`)
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		zone, spec, _ := scaleTenant(i)
		switch {
		case own:
			fmt.Fprintf(&b, `"t%06d": {"zone": %q, "window": %q}`, i, zone, spec)
		case i%10 == 0:
			_, spec, _ := scaleTenant(i % 20)
			fmt.Fprintf(&b, `"t%06d": {"zone": %q, "window": %q}`, i, zone, spec)
		default:
			fmt.Fprintf(&b, `"t%06d": {"zone": %q}`, i, zone)
		}
	}
	b.WriteString("}}")
	return b.Bytes()
}

// TestParsePolicyPlatformScale checks that a policy of 100,000 tenants
// loads (it is larger than the 1 MiB an earlier limit allowed), that a
// decision for one of them finds it, and that an error deep inside such a
// file still names its field.
func TestParsePolicyPlatformScale(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 100,000 tenants")
	}
	const n = 100000
	data := scalePolicy(n, false)
	if len(data) <= 1<<20 {
		t.Fatalf("the file has %d bytes, want more than 1 MiB", len(data))
	}
	p, err := classify.ParsePolicy(data)
	if err != nil {
		t.Fatalf("ParsePolicy(%d tenants, %d bytes): %v", n, len(data), err)
	}
	if got := len(p.Config().Tenants); got != n {
		t.Fatalf("the policy has %d tenants, want %d", got, n)
	}
	d, err := p.Decide(classify.Change{Kind: classify.Upgrade, Tenants: []string{"t073450"}}, mountain(t, "2026-06-15 09:00"), nil)
	if err != nil || len(d.Slots) != 1 || d.Slots[0].Tenant != "t073450" || d.Slots[0].Err != nil {
		t.Fatalf("Decide for t073450: %v, slots %+v", err, d.Slots)
	}
	zone, _, _ := scaleTenant(73456)
	bad := bytes.Replace(data, []byte(`"t073456": {"zone": "`+zone+`"}`), []byte(`"t073456": {"zone": "`+zone+`x"}`), 1)
	_, err = classify.ParsePolicy(bad)
	if want := `classify: policy.tenants["t073456"].zone: tzdata: unknown zone "` + zone + `x"`; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("ParsePolicy(a bad zone in tenant 73,456) error = %v, want %s...", err, want)
	}
	zone, _, _ = scaleTenant(73457)
	bad = bytes.Replace(data, []byte(`"t073457": {"zone": "`+zone+`"}`), []byte(`"t073457": {"zone": "`+zone+`", "zone": "UTC"}`), 1)
	_, err = classify.ParsePolicy(bad)
	if want := `classify: policy.tenants["t073457"].zone: repeated key`; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("ParsePolicy(a repeated key in tenant 73,457) error = %v, want %s...", err, want)
	}
}

// retained returns the bytes of heap still in use after a collection.
func retained() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// BenchmarkParsePolicy20000 parses a policy of 20,000 tenants, each with a
// weekly window of its own across 20 zones, and reports the megabytes the
// policy keeps. Compare its time with BenchmarkStrToRRuleSet20000, which
// parses the same 20,000 rules with rrule-go:
//
//	go test ./classify -run '^$' -bench '20000$' -benchtime 3x
func BenchmarkParsePolicy20000(b *testing.B) { benchmarkParsePolicy(b, scalePolicy(20000, true)) }

// BenchmarkParsePolicy20000Shared parses 20,000 tenants of whom every
// tenth has one of 20 shared windows and the rest only a zone: it measures
// what ParsePolicy costs beyond parsing window specs.
func BenchmarkParsePolicy20000Shared(b *testing.B) {
	benchmarkParsePolicy(b, scalePolicy(20000, false))
}

// benchmarkParsePolicy times ParsePolicy of data and reports the
// megabytes the policy keeps.
func benchmarkParsePolicy(b *testing.B, data []byte) {
	b.SetBytes(int64(len(data)))
	benchmarkRetained(b, func() (any, error) { return classify.ParsePolicy(data) })
}

// BenchmarkStrToRRuleSet20000 is the yardstick for
// BenchmarkParsePolicy20000: rrule-go's parse of the same 20,000 rules,
// each with its zone, kept as a policy keeps its schedules.
func BenchmarkStrToRRuleSet20000(b *testing.B) {
	rules := make([]string, 20000)
	for i := range rules {
		_, _, rules[i] = scaleTenant(i)
	}
	benchmarkRetained(b, func() (any, error) {
		sets := make([]*rrule.Set, len(rules))
		for i, r := range rules {
			s, err := rrule.StrToRRuleSet(r)
			if err != nil {
				return nil, err
			}
			sets[i] = s
		}
		return sets, nil
	})
}

// benchmarkRetained times build and reports, as MB-retained, the heap its
// result keeps; the collections that measure it are not timed.
func benchmarkRetained(b *testing.B, build func() (any, error)) {
	b.ReportAllocs()
	var mb float64
	for range b.N {
		b.StopTimer()
		before := retained()
		b.StartTimer()
		v, err := build()
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		mb = float64(retained()-before) / 1e6
		runtime.KeepAlive(v)
		b.StartTimer()
	}
	b.ReportMetric(mb, "MB-retained")
}
