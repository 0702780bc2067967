package maintenance_test

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestREADME keeps the README's Go code block, and the output it quotes,
// identical to the package example, which the test tool compiles and runs.
func TestREADME(t *testing.T) {
	readme := read(t, "README.md")
	example := read(t, "example_test.go")

	code := between(t, example, "\t// README:begin\n", "\t// README:end\n")
	var want []string
	for _, line := range strings.Split(strings.TrimSuffix(code, "\n"), "\n") {
		want = append(want, strings.TrimPrefix(line, "\t"))
	}
	got := between(t, readme, "```go\n", "```\n")
	if diff := cmp.Diff(strings.Join(want, "\n")+"\n", got); diff != "" {
		t.Errorf("README code block differs from Example (-want +got):\n%s", diff)
	}

	output := between(t, example, "\t// Output:\n", "}\n")
	var lines []string
	for _, line := range strings.Split(strings.TrimSuffix(output, "\n"), "\n") {
		lines = append(lines, strings.TrimPrefix(line, "\t// "))
	}
	printed := between(t, readme, "It prints:\n\n```\n", "```\n")
	if diff := cmp.Diff(strings.Join(lines, "\n")+"\n", printed); diff != "" {
		t.Errorf("README's quoted output differs from Example's (-want +got):\n%s", diff)
	}
}

// TestREADMECommands checks that the README starts with the two commands
// a new user runs, and that its quoted lines of examples/prostar are real.
func TestREADMECommands(t *testing.T) {
	readme := read(t, "README.md")
	first := between(t, readme, "```\n", "```\n")
	if diff := cmp.Diff("go run ./examples/prostar\ngo test ./...\n", first); diff != "" {
		t.Errorf("README's first commands (-want +got):\n%s", diff)
	}
	golden := read(t, "examples/prostar/testdata/output.golden")
	quoted := between(t, readme, "which a test keeps in step with the program:\n\n```\n", "```\n")
	for _, line := range strings.Split(strings.TrimSuffix(quoted, "\n"), "\n") {
		if line == "..." || line == "" {
			continue
		}
		if !strings.Contains(golden, line+"\n") {
			t.Errorf("README quotes %q, which examples/prostar does not print", line)
		}
	}
}

func read(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// between returns the text after the first from and before the next to.
func between(t *testing.T, s, from, to string) string {
	t.Helper()
	i := strings.Index(s, from)
	if i < 0 {
		t.Fatalf("no %q", from)
	}
	s = s[i+len(from):]
	j := strings.Index(s, to)
	if j < 0 {
		t.Fatalf("no %q after %q", to, from)
	}
	return s[:j]
}
