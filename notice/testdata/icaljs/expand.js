// expand.js reads an iCalendar file on stdin and prints, one line each, the
// start and end (UTC, RFC 3339) of the first N occurrences of every recurring
// or single VEVENT, as ical.js (Thunderbird's library) reads them:
// RRULE/RDATE/EXDATE expansion with RECURRENCE-ID overrides applied.
//
// Usage: node expand.js N < calendar.ics
// Used by notice's Go tests (icaljs_test.go); run `npm ci` here first.
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';

const limit = Number(process.argv[2] || 12);
const cal = new ICAL.Component(ICAL.parse(readFileSync(0, 'utf8')));

// Register the calendar's own VTIMEZONEs, so no built-in zone data is used.
for (const vtz of cal.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
}

const masters = new Map();
const exceptions = [];
for (const ve of cal.getAllSubcomponents('vevent')) {
  if (ve.hasProperty('recurrence-id')) {
    exceptions.push(ve);
  } else {
    masters.set(ve.getFirstPropertyValue('uid'), new ICAL.Event(ve));
  }
}
for (const ex of exceptions) {
  const m = masters.get(ex.getFirstPropertyValue('uid'));
  if (!m) {
    throw new Error('override without master: ' + ex.getFirstPropertyValue('uid'));
  }
  m.relateException(ex);
}

const iso = (t) => t.toJSDate().toISOString().replace('.000Z', 'Z');
const out = [];
for (const ev of masters.values()) {
  if (!ev.isRecurring()) {
    out.push(iso(ev.startDate) + ' ' + iso(ev.endDate));
    continue;
  }
  const it = ev.iterator();
  for (let next = it.next(), n = 0; next && n < limit; next = it.next(), n++) {
    const d = ev.getOccurrenceDetails(next);
    out.push(iso(d.startDate) + ' ' + iso(d.endDate));
  }
}
out.sort();
process.stdout.write(out.slice(0, limit).join('\n') + '\n');
