// Command gate asks a policy the question a deployment pipeline asks at
// the moment of a change: may it start now? It prints the answer, the
// change's class and the reasons, and when the change is not allowed a
// line "next: INSTANT" with the earliest instant it would be.
//
//	go run ./examples/gate -policy policy.json -at 2026-10-31T22:30:00-06:00 \
//		-kind "software patch" -downtime 1h -length 2h -notice-sent 2026-10-27T09:00:00-06:00
//
// Flags:
//
//	-policy FILE          the policy file (required)
//	-at INSTANT           the instant the change would start, RFC 3339 (required: the command never reads the clock)
//	-kind KIND            what the change does: deployment, virus scan, software patch, upgrade, ...
//	-downtime D           the expected downtime, a Go duration such as 1h30m
//	-length D             how long the work takes
//	-disables-features    the change disables features while it runs
//	-threat REASON        the change answers a threat to the platform or customer data, for REASON
//	-tenant NAME          the tenant whose windows apply (default: the default audience)
//	-notice-sent INSTANT  when the notice of a maintenance was sent, RFC 3339 (default: not sent)
//	-hot-fixes INSTANT,...  the hot fixes already done, RFC 3339, comma-separated
//
// Exit status: 0 allowed, 1 not allowed, 2 bad input (an unreadable
// policy, a bad instant or duration, an unknown tenant), with a message on
// standard error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/prostar/maintenance/classify"
)

// The exit statuses.
const (
	allowed    = 0
	notAllowed = 1
	badInput   = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the command without the process: it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	v, err := gate(args)
	if err != nil && !errors.Is(err, classify.ErrNoWindow) {
		fmt.Fprintln(stderr, "gate:", err)
		return badInput
	}
	answer := "not allowed"
	if v.Allowed {
		answer = "allowed"
	}
	who := "the default audience"
	if v.Tenant != "" {
		who = fmt.Sprintf("tenant %q", v.Tenant)
	}
	fmt.Fprintf(stdout, "%s: %s (rule %q) at %s for %s\n", answer, v.Class, v.Rule, v.At.Format(time.RFC3339), who)
	for _, r := range v.Reasons {
		fmt.Fprintln(stdout, "reason:", r)
	}
	for _, w := range v.Warnings {
		fmt.Fprintln(stdout, "warning:", w)
	}
	if !v.Deadline.IsZero() {
		fmt.Fprintln(stdout, "deadline:", v.Deadline.In(v.At.Location()).Format(time.RFC3339))
	}
	if v.Allowed {
		return allowed
	}
	if err != nil {
		fmt.Fprintln(stdout, "next: none within a year")
		fmt.Fprintln(stderr, "gate:", err)
		return notAllowed
	}
	// Next is written with the audience's offset at that instant, as the
	// reasons are.
	fmt.Fprintln(stdout, "next:", v.Next.In(v.At.Location()).Format(time.RFC3339))
	return notAllowed
}

// gate reads the flags and the policy and asks the policy's gate.
func gate(args []string) (classify.Verdict, error) {
	fs := flag.NewFlagSet("gate", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	policyFile := fs.String("policy", "", "the policy file (required)")
	at := fs.String("at", "", "the instant the change would start, RFC 3339 (required)")
	kind := fs.String("kind", "", "what the change does, such as \"software patch\"")
	downtime := fs.Duration("downtime", 0, "the expected downtime")
	length := fs.Duration("length", 0, "how long the work takes")
	disables := fs.Bool("disables-features", false, "the change disables features while it runs")
	threat := fs.String("threat", "", "the threat the change answers, in words")
	tenant := fs.String("tenant", "", "the tenant whose windows apply")
	sent := fs.String("notice-sent", "", "when the notice was sent, RFC 3339")
	hotFixes := fs.String("hot-fixes", "", "the hot fixes already done, RFC 3339, comma-separated")
	const usage = "usage: gate -policy FILE -at INSTANT [-kind KIND] [-downtime D] [-length D] [-disables-features] [-threat REASON] [-tenant NAME] [-notice-sent INSTANT] [-hot-fixes INSTANT,...]"
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			// -h: the usage and every flag's meaning (exit status 2, as
			// the flag package's own commands do).
			var b strings.Builder
			fs.SetOutput(&b)
			fs.PrintDefaults()
			return classify.Verdict{}, fmt.Errorf("%s\n%s", usage, strings.TrimRight(b.String(), "\n"))
		}
		return classify.Verdict{}, fmt.Errorf("%w\n%s", err, usage)
	}
	switch {
	case fs.NArg() > 0:
		return classify.Verdict{}, fmt.Errorf("unexpected argument %q\n%s", fs.Arg(0), usage)
	case *policyFile == "" || *at == "":
		return classify.Verdict{}, errors.New(usage)
	}
	t, err := instant("-at", *at)
	if err != nil {
		return classify.Verdict{}, err
	}
	in := classify.GateInput{Tenant: *tenant}
	if *sent != "" {
		if in.NoticeSent, err = instant("-notice-sent", *sent); err != nil {
			return classify.Verdict{}, err
		}
	}
	if *hotFixes != "" {
		for _, s := range strings.Split(*hotFixes, ",") {
			h, err := instant("-hot-fixes", strings.TrimSpace(s))
			if err != nil {
				return classify.Verdict{}, err
			}
			in.HotFixes = append(in.HotFixes, h)
		}
	}
	data, err := os.ReadFile(*policyFile)
	if err != nil {
		return classify.Verdict{}, err
	}
	p, err := classify.ParsePolicy(data)
	if err != nil {
		return classify.Verdict{}, fmt.Errorf("%s: %w", *policyFile, err)
	}
	c := classify.Change{
		Kind:             classify.Kind(*kind),
		Downtime:         *downtime,
		Length:           *length,
		DisablesFeatures: *disables,
		Threat:           *threat != "",
		ThreatReason:     *threat,
	}
	return p.Gate(c, t, in)
}

// instant reads an RFC 3339 instant given to flag.
func instant(flag, s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s: %q is not an RFC 3339 instant (want such as 2026-10-31T22:30:00-06:00)", flag, s)
	}
	return t, nil
}
