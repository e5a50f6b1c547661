/** The calendar fingerprint: equal for the same data, different after any edit of a year's days. */
import { describe, expect, it } from 'vitest'
import { builtInHolidayYears, calendarFingerprint, createWorkingDayCalendar } from '@shared/domain/calendar'
import type { HolidayYear } from '@shared/domain/model'

const builtIn = () => createWorkingDayCalendar(builtInHolidayYears())
const year2027: HolidayYear = {
  year: 2027,
  holidays: ['2027-01-01', '2027-02-05', '2027-02-08'],
  workdays: ['2027-02-06'],
  source: 'administrator',
  updatedAt: '2026-11-20T09:00:00.000+08:00',
  note: null,
}

describe('calendarFingerprint', () => {
  it('names the years with data (2004–2026 built in) and is the same for two calendars of the same data', () => {
    const a = calendarFingerprint(builtIn())
    expect(a).toMatch(/^[0-9a-f]{8}-23$/)
    expect(calendarFingerprint(builtIn())).toBe(a)
  })

  it('changes when a year is added, or when one day of a year moves', () => {
    const base = calendarFingerprint(builtIn())
    const added = calendarFingerprint(createWorkingDayCalendar([...builtInHolidayYears(), year2027]))
    expect(added).toMatch(/-24$/)
    const moved = calendarFingerprint(
      createWorkingDayCalendar([...builtInHolidayYears(), { ...year2027, workdays: ['2027-02-07'] }]),
    )
    expect(new Set([base, added, moved]).size).toBe(3)
  })
})
