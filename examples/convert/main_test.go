package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var now = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func TestRun(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    string
		wantErr string
	}{
		{
			name: "to rds",
			args: []string{"-to", "aws-rds", "-at", "2026-07-01T00:00:00Z", "every", "Sunday", "02:00-04:00", "Asia/Kolkata"},
			want: "sat:20:30-sat:22:30\n",
		},
		{
			name: "to human, at defaults to now",
			args: []string{"-to", "human", "every day 02:00-02:30 Asia/Kolkata"},
			want: "every day 02:00-02:30 Asia/Kolkata\n",
		},
		{
			name: "from systemd with a length",
			args: []string{"-from", "systemd", "-length", "4h", "Sat *-*~07/1 22:00 America/Denver"},
			want: "last Saturday of every month 22:00 for 4h America/Denver\n",
		},
		{
			name: "from cron with a zone, no length",
			args: []string{"-from", "cron", "-zone", "Europe/Berlin", "0 1 * * 0 /usr/sbin/patch"},
			want: "every Sunday 01:00 for 1h Europe/Berlin\n! cron holds no end: each window is taken to last 1 hour (pass a length)\n",
		},
		{
			name: "from kured",
			args: []string{"-from", "kured", "--", "--reboot-days=sat,sun", "--start-time=1am", "--end-time=5am"},
			want: "every weekend 01:00-05:00 UTC\n! no --time-zone: kured's default is UTC\n",
		},
		{name: "no format", args: []string{"every day 02:00-03:00 UTC"}, wantErr: "usage: convert -to FORMAT"},
		{name: "both formats", args: []string{"-to", "cron", "-from", "cron", "x"}, wantErr: "usage"},
		{name: "no spec", args: []string{"-to", "cron"}, wantErr: "usage"},
		{name: "unknown format", args: []string{"-to", "crontab", "every day 02:00-03:00 UTC"}, wantErr: `unknown format "crontab"`},
		{name: "bad at", args: []string{"-to", "cron", "-at", "tomorrow", "every day 02:00-03:00 UTC"}, wantErr: "-at"},
		{name: "bad spec", args: []string{"-to", "cron", "every Fribday 02:00-03:00 UTC"}, wantErr: "Fribday"},
		{name: "target cannot hold it", args: []string{"-to", "azure", "5th Friday of every month 09:00 for 1h UTC"}, wantErr: "Azure cannot say"},
		{name: "bad zone", args: []string{"-from", "cron", "-zone", "Mars/Base", "0 1 * * 0 x"}, wantErr: "-zone"},
		{name: "bad length", args: []string{"-from", "cron", "-length", "-1h", "0 1 * * 0 x"}, wantErr: "-length"},
		{name: "bad setting", args: []string{"-from", "aws-rds", "sun:05:00-sun:25:00"}, wantErr: `end "sun:25:00"`},
		{name: "unknown flag", args: []string{"-from", "kured", "--reboot-days=sat"}, wantErr: "-reboot-days"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(tt.args, &out, now)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("run(%q) error = %v, want one containing %q", tt.args, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, out.String()); diff != "" {
				t.Errorf("run(%q) mismatch (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

// TestMain runs main itself when TestExitStatus starts this test binary
// again with CONVERT_MAIN set, so that the exit status is main's own.
func TestMain(m *testing.M) {
	if os.Getenv("CONVERT_MAIN") == "1" {
		os.Args = append([]string{"convert"}, strings.Split(os.Getenv("CONVERT_ARGS"), "\x1f")...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestExitStatus(t *testing.T) {
	tests := []struct {
		args   []string
		status int
		stdout string
		stderr string
	}{
		{[]string{"-to", "aws-rds", "-at", "2026-01-01T00:00:00Z", "every Sunday 05:00-08:00 UTC"}, 0, "sun:05:00-sun:08:00\n", ""},
		{[]string{"-from", "aws-rds", "sun:05:00-sun:08:00"}, 0, "every Sunday 05:00-08:00 UTC\n", ""},
		{[]string{"-to", "systemd", "every Sunday at noon"}, 2, "", "convert: window: parse"},
		{[]string{"-from", "gke", "{}"}, 2, "", "convert: GKE recurringWindow"},
		{[]string{}, 2, "", "convert: usage"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "CONVERT_MAIN=1", "CONVERT_ARGS="+strings.Join(tt.args, "\x1f"))
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			status := 0
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				status = exit.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if status != tt.status || stdout.String() != tt.stdout || !strings.HasPrefix(stderr.String(), tt.stderr) {
				t.Errorf("convert %q: status %d, stdout %q, stderr %q; want %d, %q, %q...",
					tt.args, status, stdout.String(), stderr.String(), tt.status, tt.stdout, tt.stderr)
			}
		})
	}
}

// TestREADME runs every command the README's conversions section quotes
// and compares what it prints with what the README says it prints.
func TestREADME(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	i := strings.Index(readme, "\n## Conversions\n")
	if i < 0 {
		t.Fatal("README.md has no Conversions section")
	}
	section := readme[i+1:]
	if j := strings.Index(section[3:], "\n## "); j >= 0 {
		section = section[:j+3]
	}
	blocks := 0
	for _, block := range strings.Split(section, "```\n")[1:] {
		cmdLine, output, ok := strings.Cut(block, "\n")
		command, isCmd := strings.CutPrefix(cmdLine, "$ go run ./examples/convert ")
		if !ok || !isCmd {
			continue
		}
		blocks++
		args, err := shellWords(command)
		if err != nil {
			t.Fatalf("%s: %v", cmdLine, err)
		}
		var out bytes.Buffer
		if err := run(args, &out, now); err != nil {
			t.Errorf("%s: %v", cmdLine, err)
			continue
		}
		if diff := cmp.Diff(output, out.String()); diff != "" {
			t.Errorf("README quotes for %s (-readme +program):\n%s", cmdLine, diff)
		}
	}
	if blocks < 7 {
		t.Errorf("the Conversions section quotes %d commands, want one for each of the 7 targets", blocks)
	}
}

// shellWords splits a command line as sh does for words, 'single' and
// "double" quotes, which is all the README uses.
func shellWords(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	in, quote := false, byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0 && c == quote:
			quote = 0
		case quote != 0:
			cur.WriteByte(c)
		case c == '\'' || c == '"':
			quote, in = c, true
		case c == ' ':
			if in {
				words = append(words, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteByte(c)
			in = true
		}
	}
	if quote != 0 {
		return nil, errors.New("unclosed quote")
	}
	if in {
		words = append(words, cur.String())
	}
	return words, nil
}
