package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const policy = "testdata/policy.json"

// TestRun checks each exit status of run, the command without its
// process, and what it prints: the answer line, the next instant when not
// allowed, or the message on standard error.
func TestRun(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		status int
		first  string // the first line printed
		next   string // the "next:" line, if any
		stderr string // the start of what is written on standard error
	}{{
		name:   "maintenance in the window, notice in time",
		args:   []string{"-policy", policy, "-at", "2026-10-31T22:30:00-06:00", "-kind", "software patch", "-downtime", "1h", "-length", "2h", "-notice-sent", "2026-10-27T09:00:00-06:00"},
		status: 0,
		first:  `allowed: maintenance (rule "downtime") at 2026-10-31T22:30:00-06:00 for the default audience`,
	}, {
		name:   "maintenance without notice",
		args:   []string{"-policy", policy, "-at", "2026-10-31T22:30:00-06:00", "-kind", "software patch", "-downtime", "1h", "-length", "2h"},
		status: 1,
		first:  `not allowed: maintenance (rule "downtime") at 2026-10-31T22:30:00-06:00 for the default audience`,
		next:   "next: 2026-11-28T22:00:00-07:00",
	}, {
		name:   "hot fix for a tenant, over the limit",
		args:   []string{"-policy", policy, "-at", "2026-10-31T22:30:00-06:00", "-threat", "exploited flaw", "-tenant", "acme", "-hot-fixes", "2026-10-01T00:00:00Z, 2026-10-20T00:00:00Z"},
		status: 0,
		first:  `allowed: hot fix (rule "threat") at 2026-11-01T05:30:00+01:00 for tenant "acme"`,
	}, {
		name:   "routine outside its window",
		args:   []string{"-policy", policy, "-at", "2026-10-31T10:30:00-06:00", "-kind", "deployment", "-length", "1h"},
		status: 1,
		first:  `not allowed: routine update (rule "routine") at 2026-10-31T10:30:00-06:00 for the default audience`,
		next:   "next: 2026-11-03T09:00:00-07:00",
	}, {
		name:   "no window within a year",
		args:   []string{"-policy", policy, "-at", "2026-06-27T22:00:00-06:00", "-kind", "upgrade", "-length", "6h", "-notice-sent", "2026-06-01T00:00:00Z"},
		status: 1,
		first:  `not allowed: maintenance (rule "maintenance kinds") at 2026-06-27T22:00:00-06:00 for the default audience`,
		next:   "next: none within a year",
		stderr: "gate: classify: no window in the year after",
	}, {
		name:   "help lists every flag",
		args:   []string{"-h"},
		status: 2,
		// The usage, then each flag with its meaning, -at first.
		stderr: "gate: usage: gate -policy FILE -at INSTANT [-kind KIND] [-downtime D] [-length D] [-disables-features] [-threat REASON] [-tenant NAME] [-notice-sent INSTANT] [-hot-fixes INSTANT,...]\n  -at string\n",
	}, {
		name:   "unknown tenant",
		args:   []string{"-policy", policy, "-at", "2026-10-31T22:30:00-06:00", "-tenant", "acmee"},
		status: 2,
		stderr: `gate: classify: gate.tenant: unknown tenant "acmee" (the policy knows: acme, initech)`,
	}, {
		name:   "bad instant",
		args:   []string{"-policy", policy, "-at", "2026-10-31 22:30"},
		status: 2,
		stderr: `gate: -at: "2026-10-31 22:30" is not an RFC 3339 instant`,
	}, {
		name:   "bad notice instant",
		args:   []string{"-policy", policy, "-at", "2026-10-31T22:30:00-06:00", "-notice-sent", "yesterday"},
		status: 2,
		stderr: `gate: -notice-sent: "yesterday" is not an RFC 3339 instant`,
	}, {
		name:   "unreadable policy",
		args:   []string{"-policy", "testdata/missing.json", "-at", "2026-10-31T22:30:00-06:00"},
		status: 2,
		stderr: "gate: open testdata/missing.json: no such file or directory",
	}, {
		name:   "invalid policy",
		args:   []string{"-policy", "main.go", "-at", "2026-10-31T22:30:00-06:00"},
		status: 2,
		stderr: "gate: main.go: classify: policy: invalid JSON",
	}, {
		name:   "bad duration",
		args:   []string{"-policy", policy, "-at", "2026-10-31T22:30:00-06:00", "-length", "2 hours"},
		status: 2,
		stderr: `gate: invalid value "2 hours" for flag -length`,
	}, {
		name:   "no instant",
		args:   []string{"-policy", policy},
		status: 2,
		stderr: "gate: usage: gate -policy FILE -at INSTANT",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(tt.args, &stdout, &stderr)
			if status != tt.status {
				t.Errorf("run(%q) = %d, want %d\nstdout:\n%s\nstderr:\n%s", tt.args, status, tt.status, &stdout, &stderr)
			}
			lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
			if tt.first != "" && lines[0] != tt.first {
				t.Errorf("first line:\n got %s\nwant %s", lines[0], tt.first)
			}
			var next string
			for _, l := range lines {
				if strings.HasPrefix(l, "next:") {
					next = l
				}
			}
			if next != tt.next {
				t.Errorf("next line = %q, want %q\nstdout:\n%s", next, tt.next, &stdout)
			}
			if !strings.HasPrefix(stderr.String(), tt.stderr) || (tt.stderr == "") != (stderr.Len() == 0) {
				t.Errorf("stderr = %q, want %q...", stderr.String(), tt.stderr)
			}
			if tt.status == 2 && stdout.Len() != 0 {
				t.Errorf("bad input printed %q on stdout", &stdout)
			}
		})
	}
}

// TestCommand builds the command and runs it as a pipeline would, once
// for each exit status.
func TestCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "gate")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	tests := []struct {
		args   []string
		status int
		out    string
	}{
		{[]string{"-policy", policy, "-at", "2026-10-31T22:30:00-06:00", "-kind", "virus scan", "-length", "2h", "-notice-sent", "2026-10-27T09:00:00-06:00"}, 0, "allowed: maintenance"},
		{[]string{"-policy", policy, "-at", "2026-10-31T22:30:00-06:00", "-kind", "virus scan", "-length", "2h"}, 1, "next: 2026-11-28T22:00:00-07:00\n"},
		{[]string{"-policy", policy, "-at", "now"}, 2, `gate: -at: "now" is not an RFC 3339 instant`},
	}
	for _, tt := range tests {
		cmd := exec.Command(bin, tt.args...)
		out, err := cmd.CombinedOutput()
		status := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			status = exit.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if status != tt.status || !strings.Contains(string(out), tt.out) {
			t.Errorf("gate %q: status %d, output:\n%s\nwant status %d and %q", tt.args, status, out, tt.status, tt.out)
		}
	}
}

// TestPolicyFile checks that the policy the tests read is the one the
// classify package's tests read, so the two do not drift apart.
func TestPolicyFile(t *testing.T) {
	mine, err := os.ReadFile(policy)
	if err != nil {
		t.Fatal(err)
	}
	theirs, err := os.ReadFile("../../classify/testdata/policy.json")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(theirs), string(mine)); diff != "" {
		t.Errorf("examples/gate/testdata/policy.json differs from classify's (-classify +gate):\n%s", diff)
	}
}

// TestREADME runs the command the README quotes in "The gate in a
// pipeline" and compares what it prints with the README's copy.
func TestREADME(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	section := readme[strings.Index(readme, "## The gate in a pipeline"):]
	const prefix = "```\ngo run ./examples/gate "
	i := strings.Index(section, prefix)
	if i < 0 {
		t.Fatal("README has no gate command")
	}
	line, _, _ := strings.Cut(section[i+len(prefix):], "\n")
	args := shellWords(t, line)
	for j, a := range args {
		args[j] = strings.Replace(a, "examples/gate/", "", 1)
	}
	const printed = "The gate prints (and exits 1):\n\n```\n"
	k := strings.Index(section, printed)
	if k < 0 {
		t.Fatal("README quotes no gate output")
	}
	want, _, _ := strings.Cut(section[k+len(printed):], "```\n")
	var stdout, stderr bytes.Buffer
	if status := run(args, &stdout, &stderr); status != 1 {
		t.Errorf("run(%q) = %d, want 1; stderr %s", args, status, &stderr)
	}
	if diff := cmp.Diff(want, stdout.String()); diff != "" {
		t.Errorf("README's gate output differs from the command's (-README +command):\n%s", diff)
	}
}

// shellWords splits a command line the README writes: words separated by
// spaces, double-quoted words kept whole.
func shellWords(t *testing.T, s string) []string {
	t.Helper()
	var words []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] == '"' {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				t.Fatalf("unclosed quote in %q", s)
			}
			words = append(words, s[1:end+1])
			s = s[end+2:]
			continue
		}
		w, rest, _ := strings.Cut(s, " ")
		words = append(words, w)
		s = rest
	}
	return words
}
