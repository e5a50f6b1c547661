/**
 * Checking and comparing one year of holiday data before an administrator applies it.
 *
 * Owns: `validateHolidayYear` (coded problems, never text) and `diffHolidayYears` (what changes between the year
 * in force and the proposed one). Which open due dates would move is `dueDatesThatWouldMove`.
 */
import { isValidIsoDate, isWeekend } from '../dates'
import type { DomainError, HolidayYear, IsoDate } from '../model'

/**
 * Problems in a year's data, in list order; empty when it can be applied. Codes:
 * `holiday-year-invalid-year`, `holiday-year-invalid-date` {date}, `holiday-year-date-outside-year` {date, year},
 * `holiday-year-duplicate-date` {date}, `holiday-year-day-in-both-lists` {date},
 * `holiday-year-workday-not-weekend` {date} (a make-up working day must be a Saturday or Sunday).
 */
export function validateHolidayYear(year: HolidayYear): DomainError[] {
  const problems: DomainError[] = []
  if (!Number.isInteger(year.year) || year.year < 1900 || year.year > 9999) {
    return [{ code: 'holiday-year-invalid-year', params: { year: String(year.year) } }]
  }
  const check = (list: IsoDate[], isWorkdays: boolean): Set<IsoDate> => {
    const seen = new Set<IsoDate>()
    for (const date of list) {
      if (!isValidIsoDate(date)) {
        problems.push({ code: 'holiday-year-invalid-date', params: { date: String(date) } })
        continue
      }
      if (Number(date.slice(0, 4)) !== year.year) {
        problems.push({ code: 'holiday-year-date-outside-year', params: { date, year: year.year } })
        continue
      }
      if (seen.has(date)) {
        problems.push({ code: 'holiday-year-duplicate-date', params: { date } })
        continue
      }
      seen.add(date)
      if (isWorkdays && !isWeekend(date)) problems.push({ code: 'holiday-year-workday-not-weekend', params: { date } })
    }
    return seen
  }
  const holidays = check(year.holidays, false)
  const workdays = check(year.workdays, true)
  for (const date of holidays) {
    if (workdays.has(date)) problems.push({ code: 'holiday-year-day-in-both-lists', params: { date } })
  }
  return problems
}

export interface HolidayYearDiff {
  addedHolidays: IsoDate[]
  removedHolidays: IsoDate[]
  addedWorkdays: IsoDate[]
  removedWorkdays: IsoDate[]
  /** True when nothing changes. */
  same: boolean
}

/** What applying `after` changes compared with `before` (null when the year had no data). Lists are sorted. */
export function diffHolidayYears(before: HolidayYear | null, after: HolidayYear): HolidayYearDiff {
  const minus = (a: readonly IsoDate[], b: readonly IsoDate[]): IsoDate[] => {
    const other = new Set(b)
    return [...new Set(a)].filter((d) => !other.has(d)).sort()
  }
  const oldHolidays = before?.holidays ?? []
  const oldWorkdays = before?.workdays ?? []
  const diff = {
    addedHolidays: minus(after.holidays, oldHolidays),
    removedHolidays: minus(oldHolidays, after.holidays),
    addedWorkdays: minus(after.workdays, oldWorkdays),
    removedWorkdays: minus(oldWorkdays, after.workdays),
  }
  const same =
    diff.addedHolidays.length +
      diff.removedHolidays.length +
      diff.addedWorkdays.length +
      diff.removedWorkdays.length ===
    0
  return { ...diff, same }
}
