import { describe, expect, it } from 'vitest'
import { builtInHolidayYears, createWorkingDayCalendar } from '@shared/domain/calendar'
import {
  assignmentDueDates,
  computeDueDate,
  createDueDateCalculator,
  defaultDeadlineSettings,
  explainDueDate,
  extendedReplyDueDates,
  extensionAllowed,
  rehandlingDueDates,
} from '@shared/domain/deadlines'
import type { DueDate } from '@shared/domain/model'

const calendar = createWorkingDayCalendar(builtInHolidayYears())
const NOW = '2026-03-10T09:30:00.000+08:00'
const dueDate = createDueDateCalculator(calendar, NOW)
const settings = defaultDeadlineSettings()
const brief = (list: DueDate[]): [string, string, string][] => list.map((d) => [d.kind, d.start, d.date])

describe('defaultDeadlineSettings', () => {
  it('has the DOMAIN.md defaults', () => {
    expect(settings).toEqual({
      assign: { type: 'working-days', days: 7 },
      returnLimit: { type: 'working-days', days: 7 },
      coOpinion: { type: 'calendar-months', months: 1 },
      reply: { type: 'calendar-months', months: 3 },
      extensionCap: { type: 'calendar-months', months: 6 },
      internalReview: { type: 'working-days-before', days: 5, of: 'reply' },
      rehandlingReply: { type: 'calendar-months', months: 1 },
      publish: { type: 'working-days', days: 20 },
    })
  })
})

describe('createDueDateCalculator', () => {
  it('stamps the rule, start, time and note on the due date', () => {
    expect(dueDate('return-limit', { type: 'working-days', days: 7 }, '2026-02-12', 'assigned')).toEqual({
      kind: 'return-limit',
      date: '2026-02-28',
      start: '2026-02-12',
      rule: { type: 'working-days', days: 7 },
      usedFallbackCalendar: false,
      computedAt: NOW,
      note: 'assigned',
    })
    expect(dueDate('publish', settings.publish, '2026-03-02').note).toBeNull()
  })
  it('ends a month period on the last day of a shorter month', () => {
    expect(dueDate('reply', { type: 'calendar-months', months: 3 }, '2025-03-31').date).toBe('2025-06-30')
  })
  it('moves a month end that falls on a Sunday to Monday', () => {
    expect(dueDate('reply', { type: 'calendar-months', months: 3 }, '2025-05-31').date).toBe('2025-09-01')
  })
  it('moves a month end inside National Day 2025 to the first working day after it', () => {
    expect(dueDate('reply', { type: 'calendar-months', months: 3 }, '2025-07-01').date).toBe('2025-10-09')
  })
  it('keeps a month end that falls on a make-up Saturday', () => {
    expect(dueDate('rehandling-reply', { type: 'calendar-months', months: 1 }, '2026-09-10').date).toBe('2026-10-10')
  })
  it('counts working days before another due date backwards over the Spring Festival', () => {
    const rule = { type: 'working-days-before', days: 5, of: 'reply' } as const
    expect(dueDate('internal-review', rule, '2026-06-12').date).toBe('2026-06-05')
    expect(dueDate('internal-review', rule, '2026-02-27').date).toBe('2026-02-13')
  })
  it('keeps a fixed date even on a holiday', () => {
    expect(dueDate('reply', { type: 'fixed-date', date: '2026-06-20' }, '2026-03-10').date).toBe('2026-06-20')
  })
  it('marks a due date counted through a year without data (2031)', () => {
    const d = dueDate('return-limit', { type: 'working-days', days: 7 }, '2031-03-07')
    expect(d.date).toBe('2031-03-18')
    expect(d.usedFallbackCalendar).toBe(true)
  })
})

describe('computeDueDate and explainDueDate', () => {
  it('explains a working-day count with the holidays skipped and make-up days counted', () => {
    const d = dueDate('return-limit', { type: 'working-days', days: 7 }, '2026-02-12')
    const e = explainDueDate(d, calendar)
    expect(e.start).toBe('2026-02-12')
    expect(e.rule).toEqual({ type: 'working-days', days: 7 })
    expect(e.rawEnd).toBe('2026-02-28')
    expect(e.moved).toBeNull()
    expect(e.holidaysSkipped).toHaveLength(9)
    expect(e.holidaysSkipped[0]).toEqual({ date: '2026-02-15', name: '春节' })
    expect(e.holidaysSkipped[8]).toEqual({ date: '2026-02-23', name: '春节' })
    expect(e.weekendDaysSkipped).toBe(0)
    expect(e.makeUpWorkdaysCounted).toEqual(['2026-02-14', '2026-02-28'])
    expect(e.fallbackYears).toEqual([])
    expect(e.matchesStored).toBe(true)
  })
  it('explains a month end moved off a holiday run', () => {
    const e = computeDueDate({ type: 'calendar-months', months: 3 }, '2025-07-01', calendar)
    expect(e.rawEnd).toBe('2025-10-01')
    expect(e.moved).toEqual({ from: '2025-10-01', to: '2025-10-09' })
    expect(e.holidaysSkipped.map((h) => `${h.date} ${h.name ?? ''}`)).toEqual([
      '2025-10-01 国庆节',
      '2025-10-02 国庆节',
      '2025-10-03 国庆节',
      '2025-10-04 国庆节',
      '2025-10-05 国庆节',
      '2025-10-06 中秋',
      '2025-10-07 国庆节',
      '2025-10-08 国庆节',
    ])
    expect(e.weekendDaysSkipped).toBe(0)
  })
  it('explains a month end moved off a Sunday', () => {
    const e = computeDueDate({ type: 'calendar-months', months: 3 }, '2025-05-31', calendar)
    expect(e.moved).toEqual({ from: '2025-08-31', to: '2025-09-01' })
    expect(e.weekendDaysSkipped).toBe(1)
    expect(e.holidaysSkipped).toEqual([])
  })
  it('reports a fixed date that is not a working day without moving it', () => {
    const holiday = computeDueDate({ type: 'fixed-date', date: '2026-06-20' }, '2026-03-10', calendar)
    expect(holiday.notAWorkingDay).toBe(true)
    expect(holiday.date).toBe('2026-06-20')
    expect(computeDueDate({ type: 'fixed-date', date: '2026-06-30' }, '2026-03-10', calendar).notAWorkingDay).toBe(
      false,
    )
    expect(computeDueDate({ type: 'fixed-date', date: '2031-06-30' }, '2031-03-10', calendar).fallbackYears).toEqual([
      2031,
    ])
  })
  it('names the fallback years of a count', () => {
    const e = computeDueDate({ type: 'working-days', days: 5 }, '2026-12-30', calendar)
    expect(e.date).toBe('2027-01-06')
    expect(e.fallbackYears).toEqual([2027])
    expect(e.usedFallbackCalendar).toBe(true)
  })
  it('says when the calendar in force would give another date than the stored one', () => {
    const stored = dueDate('return-limit', { type: 'working-days', days: 1 }, '2026-09-30')
    const y2026 = builtInHolidayYears().find((y) => y.year === 2026)
    if (!y2026) throw new Error('built-in 2026 missing')
    const edited = createWorkingDayCalendar([
      ...builtInHolidayYears(),
      { ...y2026, holidays: [...y2026.holidays, '2026-10-08'], source: 'administrator' },
    ])
    const e = explainDueDate(stored, edited)
    expect(stored.date).toBe('2026-10-08')
    expect(e.storedDate).toBe('2026-10-08')
    expect(e.date).toBe('2026-10-09')
    expect(e.matchesStored).toBe(false)
  })
})

describe('assignmentDueDates', () => {
  it('gives a lead unit its return limit, reply and internal review', () => {
    const list = assignmentDueDates({ assignedOn: '2026-03-10', role: 'lead', settings, session: null, dueDate })
    expect(brief(list)).toEqual([
      ['return-limit', '2026-03-10', '2026-03-19'],
      ['reply', '2026-03-10', '2026-06-10'],
      ['internal-review', '2026-06-10', '2026-06-03'],
    ])
    expect(list.every((d) => d.note === 'assigned')).toBe(true)
  })
  it('gives a co-handler its return limit and co-opinion date, no reply date', () => {
    const list = assignmentDueDates({ assignedOn: '2026-03-10', role: 'co', settings, session: null, dueDate })
    expect(brief(list)).toEqual([
      ['return-limit', '2026-03-10', '2026-03-19'],
      ['co-opinion', '2026-03-10', '2026-04-10'],
    ])
  })
  it('uses the session fixed reply date in fixed-date mode', () => {
    const list = assignmentDueDates({
      assignedOn: '2026-03-10',
      role: 'separate',
      settings,
      session: { fixedReplyDate: '2026-06-30' },
      dueDate,
    })
    expect(brief(list)).toEqual([
      ['return-limit', '2026-03-10', '2026-03-19'],
      ['reply', '2026-03-10', '2026-06-30'],
      ['internal-review', '2026-06-30', '2026-06-23'],
    ])
    expect(list[1]?.rule).toEqual({ type: 'fixed-date', date: '2026-06-30' })
  })
  it('falls back to the reply rule when the fixed date is not after the assignment', () => {
    const list = assignmentDueDates({
      assignedOn: '2026-07-01',
      role: 'lead',
      settings,
      session: { fixedReplyDate: '2026-06-30' },
      dueDate,
    })
    expect(list[1]?.rule).toEqual({ type: 'calendar-months', months: 3 })
    expect(list[1]?.date).toBe('2026-10-08')
  })
})

describe('rehandlingDueDates and extendedReplyDueDates', () => {
  it('counts the re-handling reply from re-assignment and the review before it', () => {
    const list = rehandlingDueDates({ reassignedOn: '2026-09-10', settings, dueDate })
    expect(brief(list)).toEqual([
      ['rehandling-reply', '2026-09-10', '2026-10-10'],
      ['internal-review', '2026-10-10', '2026-09-28'],
    ])
    expect(list[1]?.rule).toEqual({ type: 'working-days-before', days: 5, of: 'rehandling-reply' })
  })
  it('sets the approved extension date and recomputes the review', () => {
    const list = extendedReplyDueDates({ assignedOn: '2026-03-10', extendedTo: '2026-09-30', settings, dueDate })
    expect(brief(list)).toEqual([
      ['reply', '2026-03-10', '2026-09-30'],
      ['internal-review', '2026-09-30', '2026-09-22'],
    ])
    expect(list[0]?.note).toBe('extension approved')
  })
})

describe('extensionAllowed', () => {
  it('allows up to 6 months from assignment and refuses beyond', () => {
    expect(extensionAllowed('2026-03-10', '2026-09-10', settings, calendar)).toEqual({
      ok: true,
      value: { cap: '2026-09-10' },
    })
    expect(extensionAllowed('2026-03-10', '2026-09-11', settings, calendar)).toEqual({
      ok: false,
      error: { code: 'extension-beyond-cap', params: { cap: '2026-09-10', requested: '2026-09-11' } },
    })
  })
  it('moves a cap that falls on a holiday to the next working day when given the calendar', () => {
    expect(extensionAllowed('2026-04-01', '2026-10-08', settings, calendar).ok).toBe(true)
    const weekdaysOnly = extensionAllowed('2026-04-01', '2026-10-08', settings)
    expect(weekdaysOnly.ok ? null : weekdaysOnly.error.params).toEqual({ cap: '2026-10-01', requested: '2026-10-08' })
  })
  it('refuses invalid or earlier dates', () => {
    expect(extensionAllowed('2026-03-10', '2026-02-30', settings)).toEqual({
      ok: false,
      error: { code: 'invalid-date', params: { date: '2026-02-30' } },
    })
    expect(extensionAllowed('2026-03-10', '2026-03-10', settings)).toEqual({
      ok: false,
      error: { code: 'extension-not-after-assignment', params: { assignedOn: '2026-03-10' } },
    })
  })
})
