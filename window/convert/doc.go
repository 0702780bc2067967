// Package convert writes a maintenance [window.Schedule] in the languages
// of the schedulers that do the work, reads their settings back into
// schedules, and compares a setting with the policy before it is applied.
// One package for all the dialects, because they share the one thing that
// matters: the list of what each target loses, computed from the
// schedule's exact windows.
//
// The targets ([Format]) are systemd timers (an OnCalendar= line), cron (a
// crontab line with CRON_TZ=), AWS RDS and ElastiCache (one weekly window
// in UTC, "sun:05:00-sun:08:00"), Azure Maintenance Configurations (JSON
// with a Windows zone name and its recurEvery grammar), GKE (the
// recurringWindow JSON, in UTC), kured (its --reboot-days, --start-time,
// --end-time and --time-zone flags), and this module's own two spec forms.
//
// # What a conversion loses
//
// Each target says less than a schedule. [To] writes the closest setting
// the target can hold and a [Config.Losses] line for each thing it cannot
// say, in words with numbers: systemd and cron hold a start and no end;
// cron cannot say "last Saturday" and ORs its day-of-month and day-of-week
// fields; RDS, ElastiCache and GKE keep UTC, so a window at 22:00 Denver
// time moves by an hour against the policy twice a year; kured cannot say
// "monthly", and reads an end before its start on the same day, so a
// window past midnight never opens.
//
// For the UTC targets the setting is the longest UTC window that lies
// inside the policy's window on every date of the twelve months after the
// instant the caller passes: Denver's "22:00-02:00 every Saturday" is
// sun:05:00-sun:08:00, three hours, because 22:00 is 05:00 UTC in winter
// and 02:00 is 08:00 UTC in summer. A setting that stays inside the policy
// never does work the clients were not told about; the hour it gives up
// on each side is listed as drift ([Config.Drift]), and the alternative,
// one setting per season with the dates to change it, is a loss line.
//
// # Zones
//
// systemd, cron (CRON_TZ= and the TZ= of its date tests), kured and Azure
// name zones the IANA way. A schedule in a fixed zone from
// [tzdata.ParseZone], named "UTC-7", is written as IANA's Etc/GMT+7, the
// same offset with POSIX's inverted sign; an offset of part of an hour,
// such as UTC+5:45, has no IANA name, and [To] refuses it rather than
// write a setting the target misreads. [From] reads zone names with
// [tzdata.ParseZone], so an abbreviation or legacy name (CRON_TZ=MST) is
// an error, and reads Etc/GMT+7 as UTC-7, with a note.
//
// # Reading settings back
//
// [From] reads a target's own syntax into a schedule, with a [Reading.Notes]
// line for each assumption (a zone where the setting has none, a length
// for systemd and cron, which hold none) and for anything the setting
// says that a schedule cannot. [Compare] lists the windows of a setting
// that fall outside the policy's, the check an operator runs before
// applying it.
//
// Nothing here reads the clock: "the next twelve months" start at an
// instant the caller passes.
package convert
