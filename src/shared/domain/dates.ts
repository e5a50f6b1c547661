/**
 * Day arithmetic on `YYYY-MM-DD` strings.
 *
 * Owns: validation, adding days and calendar months, weekdays, comparisons and the Chinese written form of a day.
 *
 * Design: a day is converted to a plain day number (days since 1970-01-01 in the proleptic Gregorian calendar)
 * with integer arithmetic, never through `Date`. A `Date` carries an instant and a time zone, and a day computed
 * through it shifts by one in UTC+8 or around daylight-saving changes; a day number cannot. Years 1–9999 only.
 */
import type { IsoDate } from './model'

/** Day of the week as JavaScript numbers it: 0 = Sunday, 1 = Monday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

export interface CivilDate {
  year: number
  /** 1–12 */
  month: number
  /** 1–31 */
  day: number
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function isValidCivil(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

/** True for a real calendar day written exactly `YYYY-MM-DD` (`2025-02-29` and `2025-2-3` are false). */
export function isValidIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const m = ISO_DATE.exec(value)
  if (!m) return false
  return isValidCivil(Number(m[1]), Number(m[2]), Number(m[3]))
}

/** Splits a valid day into numbers. Throws `RangeError` for an invalid one (a programming error). */
export function parseIsoDate(date: IsoDate): CivilDate {
  const m = ISO_DATE.exec(date)
  if (m) {
    const civil = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
    if (isValidCivil(civil.year, civil.month, civil.day)) return civil
  }
  throw new RangeError(`Not a valid YYYY-MM-DD day: ${String(date)}`)
}

/** `toIsoDate(2025, 6, 1)` → `2025-06-01`. Throws `RangeError` when the day does not exist. */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  if (!isValidCivil(year, month, day)) throw new RangeError(`Not a calendar day: ${year}-${month}-${day}`)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Year of a day, e.g. 2026 for `2026-02-14`. */
export function yearOf(date: IsoDate): number {
  return parseIsoDate(date).year
}

// Howard Hinnant's days_from_civil / civil_from_days: exact integer conversions.
function dayNumberOfCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

function civilOfDayNumber(n: number): CivilDate {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day }
}

/** Days since 1970-01-01 (negative before). */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date)
  return dayNumberOfCivil(year, month, day)
}

/** The day with the given day number (inverse of `dayNumber`). */
export function fromDayNumber(n: number): IsoDate {
  const { year, month, day } = civilOfDayNumber(n)
  return toIsoDate(year, month, day)
}

/** `date` plus `days` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Whole days only: ${days}`)
  return fromDayNumber(dayNumber(date) + days)
}

/**
 * A period of `months` calendar months from `date` (Civil Code art. 203 by analogy): it ends on the same
 * day-of-month in the final month, or on that month's last day when the month is shorter.
 * `addCalendarMonths('2025-03-31', 3)` → `2025-06-30`; `('2024-01-31', 1)` → `2024-02-29`. Negative goes back.
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`Whole months only: ${months}`)
  const { year, month, day } = parseIsoDate(date)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  return toIsoDate(y, m, Math.min(day, daysInMonth(y, m)))
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(date: IsoDate): Weekday {
  return ((((dayNumber(date) + 4) % 7) + 7) % 7) as Weekday
}

/** Saturday or Sunday. */
export function isWeekend(date: IsoDate): boolean {
  const w = weekday(date)
  return w === 0 || w === 6
}

/** -1 when a is earlier, 0 when the same day, 1 when a is later (usable as a sort comparator). */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const d = dayNumber(a) - dayNumber(b)
  return d < 0 ? -1 : d > 0 ? 1 : 0
}

/** Calendar days from `a` to `b`: `daysBetween('2025-06-10', '2025-06-12')` → 2; negative when b is earlier. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a)
}

/** The later of two days. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b
}

/** The earlier of two days. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b
}

/**
 * The written form used on letters and notices (GB/T 9704: Arabic numerals, no leading zeros):
 * `formatChineseDate('2025-06-10')` → `2025年6月10日`.
 */
export function formatChineseDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date)
  return `${year}年${month}月${day}日`
}
