package notice_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/prostar/maintenance/notice"
	"github.com/prostar/maintenance/window"
)

// original is the platform's January 2020 notice, as it was sent.
const original = `Our first maintenance downtime window is scheduled to be performed this Saturday on January 25th from 10 p.m. – 2 a.m. MDT. During this time, users will not be able to access the system. This downtime is also scheduled for the same time on the last Saturday of each month. If this window does not work for you and your organization, please contact us to schedule a different time for this mandatory work.`

func TestCheck(t *testing.T) {
	den, ber := load(t, "America/Denver"), load(t, "Europe/Berlin")
	denver, berlin := window.MustParse(denverSpec), window.MustParse(berlinSpec)
	jan20 := time.Date(2020, 1, 20, 9, 0, 0, 0, den) // Monday
	oct26 := time.Date(2026, 10, 26, 9, 0, 0, 0, den)
	hotSent := time.Date(2026, 3, 10, 15, 17, 42, 0, den) // a Tuesday with no window
	tests := []struct {
		name string
		text string
		s    *window.Schedule
		a    notice.Audience
		sent time.Time
		want []notice.Finding
	}{
		{
			name: "the original notice: MDT in January",
			text: original, s: denver, a: notice.Audience{Location: den}, sent: jan20,
			want: []notice.Finding{{
				Claim: "10 p.m. – 2 a.m. MDT", Correct: "10 p.m. to 2 a.m. MST",
				Reason: "On Saturday, January 25th, 2020, America/Denver keeps MST (UTC-7), not MDT; MDT begins on March 8th, 2020.",
			}},
		},
		{
			name: "the original notice, corrected",
			text: strings.Replace(original, "MDT", "MST", 1), s: denver, a: notice.Audience{Location: den}, sent: jan20,
		},
		{
			name: "variants: 10pm, 10:00 PM, Jan. 25, en dash",
			text: "Maintenance on Sat., Jan. 25 from 10pm–2am MST. Again Saturday, January 25th, 2020, 10:00 PM to 2:00 AM MST.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
		},
		{
			name: "24-hour clock",
			text: "Maintenance on Saturday, January 25th, 22:00-02:00 MST.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
		},
		{
			name: "wrong date: Saturday, January 26th",
			text: "Maintenance is on Saturday, January 26th, from 10 p.m. to 2 a.m. MST.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
			want: []notice.Finding{{
				Claim: "Saturday, January 26th", Correct: "Saturday, January 25th",
				Reason: "The schedule has no window on Sunday, January 26th, 2020; the nearest is on Saturday, January 25th, 2020.",
			}},
		},
		{
			name: "a day the month does not have",
			text: "Maintenance is on Saturday, January 99th, from 10 p.m. to 2 a.m. MST.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
			want: []notice.Finding{{
				Claim: "Saturday, January 99th", Correct: "Saturday, January 25th",
				Reason: "January 2020 has no day 99; the schedule's nearest window is on Saturday, January 25th, 2020.",
			}},
		},
		{
			name: "February 30th, near a window on the 29th",
			text: "Maintenance is on February 30th, 2020.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
			want: []notice.Finding{{
				Claim: "February 30th, 2020", Correct: "Saturday, February 29th",
				Reason: "February 2020 has no day 30; the schedule's nearest window is on Saturday, February 29th, 2020.",
			}},
		},
		{
			name: "wrong weekday: Friday, January 25th",
			text: "Maintenance is on Friday, January 25th, from 10 p.m. to 2 a.m. MST.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
			want: []notice.Finding{{
				Claim: "Friday, January 25th", Correct: "Saturday, January 25th",
				Reason: "Saturday, January 25th, 2020 is a Saturday, not a Friday.",
			}},
		},
		{
			name: "wrong length on the 5-hour night",
			text: "Maintenance is this Saturday, October 31st, from 10 p.m. MDT to 2 a.m. MST. The window lasts 4 hours.",
			s:    denver, a: notice.Audience{Location: den}, sent: oct26,
			want: []notice.Finding{{
				Claim: "4 hours", Correct: "5 hours",
				Reason: "The window of Saturday, October 31st, 2026 lasts 5 hours: clocks go back one hour at 2 a.m.; it lasts 5 hours.",
			}},
		},
		{
			name: "wrong abbreviation: one for both ends across the fall back",
			text: "Maintenance is this Saturday, October 31st, from 10 p.m. to 2 a.m. MST.",
			s:    denver, a: notice.Audience{Location: den}, sent: oct26,
			want: []notice.Finding{{
				Claim: "10 p.m. to 2 a.m. MST", Correct: "10 p.m. MDT to 2 a.m. MST",
				Reason: "The clocks change during the work: it starts at 10 p.m. MDT.",
			}},
		},
		{
			name: "wrong abbreviation: CET in Berlin's summer",
			text: "Maintenance is on Saturday, June 27th, from 10 p.m. to 2 a.m. CET.",
			s:    berlin, a: notice.Audience{Location: ber}, sent: time.Date(2026, 6, 22, 9, 0, 0, 0, ber),
			want: []notice.Finding{{
				Claim: "10 p.m. to 2 a.m. CET", Correct: "10 p.m. to 2 a.m. CEST",
				Reason: "On Saturday, June 27th, 2026, Europe/Berlin keeps CEST (UTC+2), not CET; CET begins on October 25th, 2026.",
			}},
		},
		{
			name: "wrong relative day: this Saturday is next week",
			text: "Maintenance is this Saturday, January 25th, from 10 p.m. to 2 a.m. MST.",
			s:    denver, a: notice.Audience{Location: den}, sent: time.Date(2020, 1, 19, 9, 0, 0, 0, den), // Sunday
			want: []notice.Finding{{
				Claim: "this Saturday", Correct: "Saturday, January 25th",
				Reason: "The notice is sent on Sunday, January 19th, 2020; the work is on Saturday, January 25th, 2020.",
			}},
		},
		{
			name: "this Saturday without a date",
			text: "Maintenance this Saturday from 10 p.m. to 2 a.m. MST.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
		},
		{
			name: "this Saturday without a date, no window that week",
			text: "Maintenance this Saturday from 10 p.m. to 2 a.m. MST.",
			s:    denver, a: notice.Audience{Location: den}, sent: time.Date(2020, 2, 3, 9, 0, 0, 0, den),
			want: []notice.Finding{{
				Claim: "this Saturday", Correct: "Saturday, February 29th",
				Reason: "No window starts on a Saturday later in the week of Monday, February 3rd, 2020.",
			}},
		},
		{
			name: "wrong relative day: tomorrow is this Saturday",
			text: "Maintenance is tomorrow, Saturday, January 25th, from 10 p.m. to 2 a.m. MST.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
			want: []notice.Finding{{
				Claim: "tomorrow", Correct: "this Saturday",
				Reason: "The notice is sent on Monday, January 20th, 2020; the work is on Saturday, January 25th, 2020.",
			}},
		},
		{
			name: "an ordinal in digits, an exact length",
			text: "Maintenance on Tuesday, January 13th, 2026, from 9 a.m. to noon UTC, for 3 hours, and on the 2nd Tuesday of each month.",
			s:    window.MustParse("2nd Tuesday of every month 09:00 for 3h UTC from 2026-01-01"), a: notice.Audience{}, sent: time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC),
		},
		{
			name: "wrong time",
			text: "Maintenance is on Saturday, January 25th, from 9 p.m. to 2 a.m. MST.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
			want: []notice.Finding{{
				Claim: "9 p.m. to 2 a.m. MST", Correct: "10 p.m. to 2 a.m. MST",
				Reason: "The work starts at 10 p.m. MST.",
			}},
		},
		{
			name: "wrong recurrence",
			text: "Maintenance is on Saturday, January 25th, from 10 p.m. to 2 a.m. MST, and again on the first Saturday of every month.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
			want: []notice.Finding{{
				Claim: "the first Saturday of every month", Correct: "the last Saturday of each month",
				Reason: "The schedule's windows are on the last Saturday of each month.",
			}},
		},
		{
			name: "a recurrence in MDT, said in January",
			text: "Maintenance is this Saturday, January 25th, from 10 p.m. to 2 a.m. MST. It is also scheduled on the last Saturday of each month from 10 p.m. to 2 a.m. MDT.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
			want: []notice.Finding{{
				Claim: "10 p.m. to 2 a.m. MDT", Correct: "10 p.m. to 2 a.m. Mountain time",
				Reason: "MDT names America/Denver's clocks for only some of the windows of the next 12 months; in the window of Saturday, January 25th, 2020 they read MST.",
			}},
		},
		{
			name: "a recurrence in an abbreviation no window has",
			text: "Maintenance is this Saturday, January 25th, from 10 p.m. to 2 a.m. MST, and each month from 10 p.m. to 2 a.m. CET.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
			want: []notice.Finding{{
				Claim: "10 p.m. to 2 a.m. CET", Correct: "10 p.m. to 2 a.m. Mountain time",
				Reason: "CET names America/Denver's clocks for none of the windows of the next 12 months; in the window of Saturday, January 25th, 2020 they read MST.",
			}},
		},
		{
			name: "a recurrence in the reader's zone without clock changes",
			text: "Maintenance is on Sunday, January 26th, from 10:30 a.m. to 2:30 p.m. IST, and on the last Saturday of each month from 10:30 a.m. to 2:30 p.m. IST.",
			s:    denver, a: notice.Audience{Location: load(t, "Asia/Kolkata")}, sent: jan20,
		},
		{
			name: "true UTC times for a Denver window",
			text: "Maintenance is this Sunday, January 26th, from 5 a.m. to 9 a.m. UTC.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
		},
		{
			name: "true times at a UTC offset",
			text: "Maintenance is on Saturday, January 25th, from 10 p.m. to 2 a.m. UTC-7.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
		},
		{
			name: "false UTC times",
			text: "Maintenance is this Sunday, January 26th, from 4 a.m. to 8 a.m. UTC.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
			want: []notice.Finding{{
				Claim: "4 a.m. to 8 a.m. UTC", Correct: "5 a.m. to 9 a.m. UTC",
				Reason: "The work starts at 5 a.m. UTC; it ends at 9 a.m. UTC.",
			}},
		},
		{
			name: "a length that is not the window's",
			text: "Maintenance is on Saturday, January 25th, from 10 p.m. to 2 a.m. MST. Users will lose access for 2 hours, and reports run for 1 hour after it.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
		},
		{
			name: "a wrong length right after the range",
			text: "Maintenance is on Saturday, January 25th, from 10 p.m. to 2 a.m. MST, for 3 hours.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
			want: []notice.Finding{{
				Claim: "3 hours", Correct: "4 hours",
				Reason: "The window of Saturday, January 25th, 2020 lasts 4 hours.",
			}},
		},
		{
			name: "a wrong N-hour window",
			text: "Maintenance is on Saturday, January 25th, from 10 p.m. to 2 a.m. MST: a 3-hour window.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
			want: []notice.Finding{{
				Claim: "3-hour", Correct: "4-hour",
				Reason: "The window of Saturday, January 25th, 2020 lasts 4 hours.",
			}},
		},
		{
			name: "a wrong window of N hours",
			text: "Maintenance is on Saturday, January 25th, 2020. It is a downtime window of 3 hours.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
			want: []notice.Finding{{
				Claim: "3 hours", Correct: "4 hours",
				Reason: "The window of Saturday, January 25th, 2020 lasts 4 hours.",
			}},
		},
		{
			name: "a recurrence that is not the schedule's",
			text: "Maintenance is on Saturday, January 25th, from 10 p.m. to 2 a.m. MST. Our office is closed every Sunday from 9 a.m. to 5 p.m., and on the first Monday of each month.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
		},
		{
			name: "a recurrence with words of maintenance, wrong",
			text: "Maintenance is on Saturday, January 25th, from 10 p.m. to 2 a.m. MST. The downtime repeats every Sunday.",
			s:    denver, a: notice.Audience{Location: den}, sent: jan20,
			want: []notice.Finding{{
				Claim: "every Sunday", Correct: "the last Saturday of each month",
				Reason: "The schedule's windows are on the last Saturday of each month.",
			}},
		},
		{
			name: "a hot fix outside any window",
			text: "Urgent hot fix today, Tuesday, March 10th, from 3:17 p.m. to 7:17 p.m. MDT. This period lasts 4 hours.",
			s:    denver, a: notice.Audience{Location: den}, sent: hotSent,
		},
		{
			name: "a hot fix: wrong abbreviation and length",
			text: "Urgent hot fix today, Tuesday, March 10th, from 3:17 p.m. to 7:17 p.m. MST. This period lasts 5 hours.",
			s:    denver, a: notice.Audience{Location: den}, sent: hotSent,
			want: []notice.Finding{{
				Claim: "3:17 p.m. to 7:17 p.m. MST", Correct: "3:17 p.m. to 7:17 p.m. MDT",
				Reason: "On Tuesday, March 10th, 2026, America/Denver keeps MDT (UTC-6), not MST; MST begins on November 1st, 2026.",
			}, {
				Claim: "5 hours", Correct: "4 hours",
				Reason: "The work of Tuesday, March 10th, 2026 lasts 4 hours.",
			}},
		},
		{
			name: "a hot fix: wrong weekday and relative day",
			text: "Urgent hot fix tomorrow, Wednesday, March 10th, from 3:17 p.m. to 7:17 p.m. MDT.",
			s:    denver, a: notice.Audience{Location: den}, sent: hotSent,
			want: []notice.Finding{{
				Claim: "tomorrow, Wednesday, March 10th", Correct: "Tuesday, March 10th",
				Reason: "Tuesday, March 10th, 2026 is a Tuesday, not a Wednesday.",
			}, {
				Claim: "tomorrow", Correct: "today",
				Reason: "The notice is sent on Tuesday, March 10th, 2026; the work is on Tuesday, March 10th, 2026.",
			}},
		},
		{
			name: "the same time is false in Berlin",
			text: "Maintenance is this Sunday, January 26th, from 6 a.m. to 10 a.m. CET. It is also scheduled for the same time on the last Saturday of each month.",
			s:    denver, a: notice.Audience{Location: ber}, sent: time.Date(2020, 1, 20, 9, 0, 0, 0, ber),
			want: []notice.Finding{{
				Claim:   "It is also scheduled for the same time on the last Saturday of each month.",
				Correct: "This downtime is also scheduled on the last Saturday of each month, 10 p.m. to 2 a.m. Mountain time; for you, Sunday from 6 a.m. to 10 a.m., except on Sunday, November 1st, 2020, from 5 a.m. to 10 a.m.",
				Reason:  "For a reader in Europe/Berlin the time differs: on Sunday, November 1st, 2020 the work runs from 5 a.m. to 10 a.m. CET.",
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Each claim is written once in its text: Pos is where.
			for i := range tt.want {
				tt.want[i].Pos = strings.Index(tt.text, tt.want[i].Claim)
			}
			got, err := notice.Check(tt.text, tt.s, tt.a, tt.sent)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Check mismatch (-want +got):\n%s", diff)
			}
			for _, f := range got {
				if !strings.HasPrefix(tt.text[f.Pos:], f.Claim) {
					t.Errorf("Pos %d does not hold %q", f.Pos, f.Claim)
				}
			}
		})
	}
}

func TestCheckErrors(t *testing.T) {
	s := window.MustParse(denverSpec)
	sent := time.Date(2020, 1, 20, 9, 0, 0, 0, time.UTC)
	for name, call := range map[string]func() error{
		"nil schedule": func() error { _, err := notice.Check("x", nil, notice.Audience{}, sent); return err },
		"zero sent":    func() error { _, err := notice.Check("x", s, notice.Audience{}, time.Time{}); return err },
		"too long": func() error {
			_, err := notice.Check(strings.Repeat("x", 65<<10), s, notice.Audience{}, sent)
			return err
		},
	} {
		if err := call(); err == nil || !strings.HasPrefix(err.Error(), "notice: ") {
			t.Errorf("%s: Check error = %v, want one prefixed notice:", name, err)
		}
	}
}

// FuzzCheck checks that Check never fails on a text of any content and
// that every finding's Pos points at its Claim.
func FuzzCheck(f *testing.F) {
	f.Add(original)
	f.Add("Saturday, January 26th, from 9pm to 2am MDT. The window lasts 4 hours. the first Sunday of each month")
	f.Add("this Friday, Feb. 30th, 2020, 13:00 PM - 25:00 XYZT; the same time every day")
	f.Add("from midnight to noon UTC+5:30 at the start of Monday")
	f.Add("Urgent hot fix tomorrow, Wed., Jan. 99th, from 9 a.m. to 8 a.m. UTC-7 Sunday. This period lasts 24 hours.")
	f.Add("Our office is closed every Sunday from 9 a.m. to 5 p.m. The downtime repeats each month from 10 p.m. to 2 a.m. MDT, a 3-hour window of 4 hours.")
	// Every golden notice the package writes.
	goldens, _ := filepath.Glob(filepath.Join("testdata", "golden", "*", "*.txt"))
	top, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	for _, g := range append(goldens, top...) {
		if b, err := os.ReadFile(g); err == nil {
			f.Add(string(b))
		}
	}
	s := window.MustParse(denverSpec)
	den := s.Spec().Location
	sent := time.Date(2020, 1, 20, 9, 0, 0, 0, den)
	f.Fuzz(func(t *testing.T, text string) {
		fs, err := notice.Check(text, s, notice.Audience{}, sent)
		if err != nil {
			if len(text) <= 64<<10 {
				t.Fatalf("Check(%q) = %v", text, err)
			}
			return
		}
		for _, f := range fs {
			if f.Pos < 0 || f.Pos > len(text) || !strings.HasPrefix(text[f.Pos:], f.Claim) {
				t.Errorf("finding %+v: Pos does not hold the claim", f)
			}
			if !utf8.ValidString(f.Correct) || f.Reason == "" {
				t.Errorf("finding %+v has no reason or invalid text", f)
			}
		}
	})
}

func BenchmarkCheck(b *testing.B) {
	s := window.MustParse(denverSpec)
	den := s.Spec().Location
	sent := time.Date(2020, 1, 20, 9, 0, 0, 0, den)
	b.ReportAllocs()
	for range b.N {
		if _, err := notice.Check(original, s, notice.Audience{Location: den}, sent); err != nil {
			b.Fatal(err)
		}
	}
}
