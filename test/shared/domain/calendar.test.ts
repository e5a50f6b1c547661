import { describe, expect, it } from 'vitest'
import {
  builtInHolidayYears,
  createWorkingDayCalendar,
  diffHolidayYears,
  dueDatesThatWouldMove,
  validateHolidayYear,
} from '@shared/domain/calendar'
import { addDays } from '@shared/domain/dates'
import type { DueDate, HolidayYear } from '@shared/domain/model'

const builtIn = builtInHolidayYears()
const calendar = createWorkingDayCalendar(builtIn)

function adminYear(year: number, holidays: string[], workdays: string[] = []): HolidayYear {
  return { year, holidays, workdays, source: 'administrator', updatedAt: '2026-11-20T09:00:00.000+08:00', note: null }
}

describe('builtInHolidayYears (chinese-days data)', () => {
  it('covers 2004 to 2026 with the State Council notice for 2026', () => {
    expect(builtIn.map((y) => y.year)).toEqual([
      2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022,
      2023, 2024, 2025, 2026,
    ])
    const y2026 = builtIn.find((y) => y.year === 2026)
    expect(y2026?.workdays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ])
    expect(y2026?.holidays).toContain('2026-02-15')
    expect(y2026?.holidays).toContain('2026-02-23')
    expect(y2026?.holidays).toContain('2026-10-07')
    expect(y2026?.names?.['2026-02-16']).toBe('春节')
    expect(y2026?.source).toBe('built-in')
  })
  it('gives each caller its own copy', () => {
    const a = builtInHolidayYears()
    a[0]?.holidays.push('2004-12-31')
    expect(builtInHolidayYears()[0]?.holidays).not.toContain('2004-12-31')
  })
})

describe('day kinds on the 2025 and 2026 calendars', () => {
  it('counts make-up Saturdays and Sundays as working days', () => {
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true)
    expect(calendar.isMakeUpWorkday('2026-02-14')).toBe(true)
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true)
    expect(calendar.isWorkingDay('2025-01-26')).toBe(true)
    expect(calendar.isWorkingDay('2025-10-11')).toBe(true)
  })
  it('treats listed days off as holidays, weekend days inside them included', () => {
    expect(calendar.isHoliday('2026-02-16')).toBe(true)
    expect(calendar.isHoliday('2026-02-21')).toBe(true)
    expect(calendar.isWorkingDay('2026-10-06')).toBe(false)
    expect(calendar.isWorkingDay('2025-10-08')).toBe(false)
    expect(calendar.dayInfo('2026-10-01')).toEqual({
      date: '2026-10-01',
      kind: 'holiday',
      working: false,
      name: '国庆节',
      official: true,
    })
  })
  it('keeps ordinary days ordinary', () => {
    expect(calendar.isWorkingDay('2026-03-02')).toBe(true)
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false)
    expect(calendar.isHoliday('2026-03-07')).toBe(false)
    expect(calendar.isMakeUpWorkday('2026-03-02')).toBe(false)
  })
})

describe('addWorkingDays', () => {
  it('counts 7 working days from 2026-02-12 across the Spring Festival to Saturday 2026-02-28', () => {
    const r = calendar.addWorkingDays('2026-02-12', 7)
    expect(r.date).toBe('2026-02-28')
    expect(r.counted).toEqual([
      '2026-02-13',
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
    ])
    expect(r.makeUpWorkdaysCounted).toEqual(['2026-02-14', '2026-02-28'])
    expect(r.holidaysSkipped.map((h) => h.date)).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ])
    expect(r.holidaysSkipped[0]?.name).toBe('春节')
    expect(r.weekendDaysSkipped).toEqual([])
    expect(r.usedFallbackCalendar).toBe(false)
    expect(r.fallbackYears).toEqual([])
  })
  it('counts 3 working days from 2026-09-30 over National Day to Saturday 2026-10-10', () => {
    const r = calendar.addWorkingDays('2026-09-30', 3)
    expect(r.date).toBe('2026-10-10')
    expect(r.counted).toEqual(['2026-10-08', '2026-10-09', '2026-10-10'])
    expect(r.holidaysSkipped.map((h) => h.date)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ])
    expect(r.makeUpWorkdaysCounted).toEqual(['2026-10-10'])
  })
  it('lands on the make-up Sunday 2026-09-20 one working day after Friday 2026-09-18', () => {
    const r = calendar.addWorkingDays('2026-09-18', 1)
    expect(r.date).toBe('2026-09-20')
    expect(r.weekendDaysSkipped).toEqual(['2026-09-19'])
  })
  it('skips the Mid-Autumn weekend holiday of 2026', () => {
    expect(calendar.addWorkingDays('2026-09-24', 1).date).toBe('2026-09-28')
  })
  it('does not count the start day even when it is a working day', () => {
    expect(calendar.addWorkingDays('2026-03-02', 1).date).toBe('2026-03-03')
    expect(calendar.addWorkingDays('2026-03-02', 0).date).toBe('2026-03-02')
  })
  it('counts backwards for a negative number', () => {
    const r = calendar.addWorkingDays('2026-02-24', -2)
    expect(r.date).toBe('2026-02-13')
    expect(r.counted).toEqual(['2026-02-14', '2026-02-13'])
  })
  it('falls back to Monday–Friday in 2031 and says so', () => {
    expect(calendar.hasOfficialData(2031)).toBe(false)
    const r = calendar.addWorkingDays('2031-03-07', 1)
    expect(r.date).toBe('2031-03-10')
    expect(r.weekendDaysSkipped).toEqual(['2031-03-08', '2031-03-09'])
    expect(r.usedFallbackCalendar).toBe(true)
    expect(r.fallbackYears).toEqual([2031])
  })
  it('reports only the years without data when a count crosses into one', () => {
    const r = calendar.addWorkingDays('2026-12-30', 5)
    expect(r.date).toBe('2027-01-06')
    expect(r.fallbackYears).toEqual([2027])
  })
})

describe('workingDaysBetween and nextWorkingDayOnOrAfter', () => {
  it('counts working days in (a, b], negative when b is earlier', () => {
    expect(calendar.workingDaysBetween('2026-02-12', '2026-02-28')).toBe(7)
    expect(calendar.workingDaysBetween('2026-02-28', '2026-02-12')).toBe(-7)
    expect(calendar.workingDaysBetween('2026-09-30', '2026-10-10')).toBe(3)
    expect(calendar.workingDaysBetween('2026-10-01', '2026-10-01')).toBe(0)
    expect(calendar.workingDaysBetween('2026-10-01', '2026-10-07')).toBe(0)
  })
  it('counts whole years and long spans (the count behind "overdue by N working days")', () => {
    expect(calendar.workingDaysBetween('2023-12-31', '2024-12-31')).toBe(251)
    expect(calendar.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248)
    expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248)
    expect(calendar.workingDaysBetween('2016-01-01', '2026-11-26')).toBe(2718)
    expect(calendar.workingDaysBetween('2026-11-26', '2016-01-01')).toBe(-2718)
    // 2027 has no official data yet: Monday to Friday (261 weekdays in 2027).
    expect(calendar.workingDaysBetween('2026-12-31', '2027-12-31')).toBe(261)
  })
  it('agrees with counting day by day, across holidays, make-up days, administrator and fallback years', () => {
    const edited = createWorkingDayCalendar([
      ...builtIn,
      adminYear(2027, ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'], ['2027-02-06']),
      // Listed as both: the working-day reading wins, in the fast count as in dayInfo.
      adminYear(2025, ['2025-10-01', '2025-10-11'], ['2025-10-11']),
    ])
    const dayByDay = (from: string, to: string): number => {
      let count = 0
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (edited.isWorkingDay(d)) count++
      return count
    }
    // A fixed pseudo-random walk over 2003–2028, so the same pairs are checked every run.
    let seed = 20261126
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let i = 0; i < 200; i++) {
      const from = addDays('2003-01-01', Math.floor(next() * 9000))
      const to = addDays(from, Math.floor(next() * (i % 4 === 0 ? 2000 : 40)))
      expect(edited.workingDaysBetween(from, to)).toBe(dayByDay(from, to))
    }
    expect(edited.workingDaysBetween('2027-02-05', '2027-02-15')).toBe(2)
    expect(edited.workingDaysBetween('2025-10-10', '2025-10-11')).toBe(1)
  })
  it('moves a day off to the next working day and keeps a working day', () => {
    expect(calendar.nextWorkingDayOnOrAfter('2026-02-15')).toBe('2026-02-24')
    expect(calendar.nextWorkingDayOnOrAfter('2026-02-28')).toBe('2026-02-28')
    expect(calendar.nextWorkingDayOnOrAfter('2025-08-31')).toBe('2025-09-01')
  })
})

describe('administrator years', () => {
  const y2026 = builtIn.find((y) => y.year === 2026)
  if (!y2026) throw new Error('built-in 2026 missing')
  const edited = adminYear(2026, [...y2026.holidays, '2026-10-08'], y2026.workdays)

  it('override the built-in year whatever the order', () => {
    for (const years of [
      [...builtIn, edited],
      [edited, ...builtIn],
    ]) {
      const c = createWorkingDayCalendar(years)
      expect(c.isWorkingDay('2026-10-08')).toBe(false)
      expect(c.addWorkingDays('2026-09-30', 3).date).toBe('2026-10-12')
      expect(c.holidayYear(2026)?.source).toBe('administrator')
    }
  })
  it('add a year the package does not have', () => {
    const c = createWorkingDayCalendar([...builtIn, adminYear(2027, ['2027-01-01'])])
    expect(c.hasOfficialData(2027)).toBe(true)
    expect(c.yearsWithData().slice(-2)).toEqual([2026, 2027])
    const r = c.addWorkingDays('2026-12-31', 1)
    expect(r.date).toBe('2027-01-04')
    expect(r.usedFallbackCalendar).toBe(false)
  })
  it('ignore dates listed under the wrong year', () => {
    const c = createWorkingDayCalendar([adminYear(2027, ['2026-12-31'])])
    expect(c.isWorkingDay('2026-12-31')).toBe(true)
  })
})

describe('validateHolidayYear and diffHolidayYears', () => {
  it('accepts the built-in 2026 data', () => {
    const y2026 = builtIn.find((y) => y.year === 2026)
    expect(y2026 && validateHolidayYear(y2026)).toEqual([])
  })
  it('reports coded problems', () => {
    const problems = validateHolidayYear(
      adminYear(2027, ['2027-02-30', '2026-12-31', '2027-02-08', '2027-02-08'], ['2027-02-08', '2027-02-09']),
    )
    expect(problems).toEqual([
      { code: 'holiday-year-invalid-date', params: { date: '2027-02-30' } },
      { code: 'holiday-year-date-outside-year', params: { date: '2026-12-31', year: 2027 } },
      { code: 'holiday-year-duplicate-date', params: { date: '2027-02-08' } },
      { code: 'holiday-year-workday-not-weekend', params: { date: '2027-02-08' } },
      { code: 'holiday-year-workday-not-weekend', params: { date: '2027-02-09' } },
      { code: 'holiday-year-day-in-both-lists', params: { date: '2027-02-08' } },
    ])
  })
  it('lists what a new year changes', () => {
    const before = adminYear(2027, ['2027-01-01', '2027-01-29'], ['2027-01-30'])
    const after = adminYear(2027, ['2027-01-01', '2027-02-01'], [])
    expect(diffHolidayYears(before, after)).toEqual({
      addedHolidays: ['2027-02-01'],
      removedHolidays: ['2027-01-29'],
      addedWorkdays: [],
      removedWorkdays: ['2027-01-30'],
      same: false,
    })
    expect(diffHolidayYears(after, after).same).toBe(true)
    expect(diffHolidayYears(null, after).addedHolidays).toEqual(['2027-01-01', '2027-02-01'])
  })
})

describe('dueDatesThatWouldMove', () => {
  const due = (partial: Pick<DueDate, 'kind' | 'date' | 'start' | 'rule'>): DueDate => ({
    ...partial,
    usedFallbackCalendar: true,
    computedAt: '2026-10-01T09:00:00.000+08:00',
    note: 'assigned',
  })

  it('shows which open due dates a new 2027 year would move, old date to new date', () => {
    const before = createWorkingDayCalendar(builtIn)
    const after = createWorkingDayCalendar([...builtIn, adminYear(2027, ['2027-01-01', '2027-01-02', '2027-01-03'])])
    const reply = due({
      kind: 'reply',
      date: '2027-01-01',
      start: '2026-10-01',
      rule: { type: 'calendar-months', months: 3 },
    })
    const review = due({
      kind: 'internal-review',
      date: '2026-12-25',
      start: '2027-01-01',
      rule: { type: 'working-days-before', days: 5, of: 'reply' },
    })
    const returnLimit = due({
      kind: 'return-limit',
      date: '2027-01-06',
      start: '2026-12-28',
      rule: { type: 'working-days', days: 7 },
    })
    const fixed = due({
      kind: 'reply',
      date: '2027-01-01',
      start: '2026-10-01',
      rule: { type: 'fixed-date', date: '2027-01-01' },
    })
    const moves = dueDatesThatWouldMove([reply, review, returnLimit, fixed], before, after)
    expect(moves.map((m) => [m.dueDate.kind, m.dueDate.date, m.newDate])).toEqual([
      ['reply', '2027-01-01', '2027-01-04'],
      ['return-limit', '2027-01-06', '2027-01-07'],
    ])
  })

  it('counts an internal review from the reply date it depends on, within its own group', () => {
    const before = createWorkingDayCalendar([...builtIn, adminYear(2027, ['2027-01-29'])])
    const after = createWorkingDayCalendar([...builtIn, adminYear(2027, [])])
    const reply = {
      ...due({ kind: 'reply', date: '2027-02-01', start: '2026-10-29', rule: { type: 'calendar-months', months: 3 } }),
      assignmentId: 'a1',
    }
    const review = {
      ...due({
        kind: 'internal-review',
        date: '2027-01-22',
        start: '2027-02-01',
        rule: { type: 'working-days-before', days: 5, of: 'reply' },
      }),
      assignmentId: 'a1',
    }
    // Another assignment's review with the same start but no reply in its group keeps its stored start.
    const otherReview = { ...review, assignmentId: 'a2' }
    const moves = dueDatesThatWouldMove([reply, review, otherReview], before, after, (d) => d.assignmentId)
    expect(moves.map((m) => [m.dueDate.assignmentId, m.dueDate.kind, m.newDate, m.newStart])).toEqual([
      ['a1', 'reply', '2027-01-29', '2026-10-29'],
      ['a2', 'internal-review', '2027-01-25', '2027-02-01'],
    ])
  })
})
