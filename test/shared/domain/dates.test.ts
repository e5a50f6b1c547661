import { describe, expect, it } from 'vitest'
import {
  addCalendarMonths,
  addDays,
  compareDates,
  dayNumber,
  daysBetween,
  daysInMonth,
  formatChineseDate,
  fromDayNumber,
  isValidIsoDate,
  isWeekend,
  parseIsoDate,
  toIsoDate,
  weekday,
} from '@shared/domain/dates'

describe('isValidIsoDate', () => {
  it('accepts real days written YYYY-MM-DD', () => {
    expect(isValidIsoDate('2025-06-10')).toBe(true)
    expect(isValidIsoDate('2024-02-29')).toBe(true)
    expect(isValidIsoDate('2000-02-29')).toBe(true)
  })
  it('rejects days that do not exist and other spellings', () => {
    expect(isValidIsoDate('2025-02-29')).toBe(false)
    expect(isValidIsoDate('1900-02-29')).toBe(false)
    expect(isValidIsoDate('2025-04-31')).toBe(false)
    expect(isValidIsoDate('2025-13-01')).toBe(false)
    expect(isValidIsoDate('2025-6-1')).toBe(false)
    expect(isValidIsoDate('2025/06/01')).toBe(false)
    expect(isValidIsoDate('2025-06-01T00:00:00Z')).toBe(false)
    expect(isValidIsoDate('')).toBe(false)
    expect(isValidIsoDate(20250601)).toBe(false)
  })
})

describe('toIsoDate and parseIsoDate', () => {
  it('pads month and day', () => {
    expect(toIsoDate(2025, 6, 1)).toBe('2025-06-01')
    expect(parseIsoDate('2025-06-01')).toEqual({ year: 2025, month: 6, day: 1 })
  })
  it('throws on a day that does not exist', () => {
    expect(() => toIsoDate(2025, 2, 29)).toThrow(RangeError)
    expect(() => parseIsoDate('2025-02-30')).toThrow(RangeError)
  })
})

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
    expect(addDays('2025-03-30', 365)).toBe('2026-03-30')
  })
  it('does not shift across the daylight-saving dates of other zones', () => {
    expect(addDays('2025-03-09', 1)).toBe('2025-03-10')
    expect(addDays('2025-10-26', 1)).toBe('2025-10-27')
  })
  it('round-trips day numbers', () => {
    expect(dayNumber('1970-01-01')).toBe(0)
    expect(dayNumber('2026-02-14')).toBe(20498)
    expect(fromDayNumber(20498)).toBe('2026-02-14')
    expect(fromDayNumber(-1)).toBe('1969-12-31')
  })
})

describe('addCalendarMonths (Civil Code: same day-of-month, else the month end)', () => {
  it('ends on the last day when the final month is shorter', () => {
    expect(addCalendarMonths('2025-03-31', 3)).toBe('2025-06-30')
    expect(addCalendarMonths('2025-01-31', 1)).toBe('2025-02-28')
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addCalendarMonths('2025-08-31', 6)).toBe('2026-02-28')
  })
  it('keeps the day-of-month when it exists', () => {
    expect(addCalendarMonths('2025-03-15', 3)).toBe('2025-06-15')
    expect(addCalendarMonths('2025-11-30', 3)).toBe('2026-02-28')
    expect(addCalendarMonths('2025-10-10', 3)).toBe('2026-01-10')
  })
  it('goes back for negative months', () => {
    expect(addCalendarMonths('2025-03-31', -1)).toBe('2025-02-28')
    expect(addCalendarMonths('2026-01-15', -2)).toBe('2025-11-15')
  })
})

describe('weekday, isWeekend, compareDates, daysBetween', () => {
  it('names the day of the week, 0 = Sunday', () => {
    expect(weekday('2026-02-14')).toBe(6)
    expect(weekday('2026-09-20')).toBe(0)
    expect(weekday('2025-06-30')).toBe(1)
    expect(weekday('1970-01-01')).toBe(4)
    expect(isWeekend('2026-02-14')).toBe(true)
    expect(isWeekend('2026-02-13')).toBe(false)
  })
  it('compares and measures days', () => {
    expect(compareDates('2025-06-10', '2025-06-11')).toBe(-1)
    expect(compareDates('2025-06-10', '2025-06-10')).toBe(0)
    expect(compareDates('2026-01-01', '2025-12-31')).toBe(1)
    expect(daysBetween('2025-06-10', '2025-06-12')).toBe(2)
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28)
    expect(daysInMonth(2100, 2)).toBe(28)
  })
})

describe('formatChineseDate', () => {
  it('writes Arabic numerals without leading zeros', () => {
    expect(formatChineseDate('2025-06-10')).toBe('2025年6月10日')
    expect(formatChineseDate('2026-01-05')).toBe('2026年1月5日')
    expect(formatChineseDate('2025-12-31')).toBe('2025年12月31日')
  })
})
