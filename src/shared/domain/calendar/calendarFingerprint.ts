/**
 * A short fingerprint of a working-day calendar's data: every year with official data, its holidays and its
 * make-up working days. Two calendars with the same fingerprint count working days the same way. Used to tell
 * whether something computed on a calendar (the board's first screen, sorted by working days left) was computed
 * on the calendar in force now, after an administrator edited a year or a new release brought new years.
 */
import type { WorkingDayCalendar } from './workingDayCalendar'

const cache = new WeakMap<WorkingDayCalendar, string>()

/** FNV-1a (32 bits) of the calendar's data, as 8 hex digits followed by the number of years with data. */
export function calendarFingerprint(calendar: WorkingDayCalendar): string {
  const known = cache.get(calendar)
  if (known) return known
  let hash = 0x811c9dc5
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193) >>> 0
    }
  }
  const years = calendar.yearsWithData()
  for (const year of years) {
    const data = calendar.holidayYear(year)
    add(`${year}:${data ? `${data.holidays.join(',')}|${data.workdays.join(',')}` : ''};`)
  }
  const fingerprint = `${hash.toString(16).padStart(8, '0')}-${years.length}`
  cache.set(calendar, fingerprint)
  return fingerprint
}
