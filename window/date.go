package window

import (
	"fmt"
	"time"
)

// A Date is a civil date: a year, month and day in no zone. Like
// cloud.google.com/go/civil's Date it does not name an instant; it names the
// day a rule selects, before any zone is applied.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// A Clock is a wall-clock time of day, 00:00 to 23:59.
type Clock struct {
	Hour, Minute int
}

// String returns the clock as "15:04".
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", c.Hour, c.Minute) }
