//go:build race

package window_test

// raceEnabled reports a -race build, whose heap figures mean little.
const raceEnabled = true
