/** The sentence plan of a due-date explanation ("why this date"), from a hand-written explanation. */
import { describe, expect, it } from 'vitest'
import type { DueDateExplanation } from '@shared/domain/deadlines'
import { explanationSentences, holidayRuns } from '@renderer/features/common/dueDateWords'

const words = {
  day: (d: string) => `<${d}>`,
  dueKind: (k: string) => `[${k}]`,
  holidayRun: (r: { name: string | null; from: string; to: string; count: number }) =>
    `${r.name ?? '?'} ${r.from}..${r.to} x${r.count}`,
  separator: ', ',
}

const base: DueDateExplanation = {
  kind: 'reply',
  start: '2026-01-30',
  rule: { type: 'calendar-months', months: 3 },
  date: '2026-05-06',
  rawEnd: '2026-04-30',
  moved: { from: '2026-05-01', to: '2026-05-06' },
  holidaysSkipped: [
    { date: '2026-05-01', name: '劳动节' },
    { date: '2026-05-02', name: '劳动节' },
    { date: '2026-05-03', name: '劳动节' },
  ],
  weekendDaysSkipped: 0,
  makeUpWorkdaysCounted: ['2026-05-09'],
  fallbackYears: [],
  usedFallbackCalendar: false,
  notAWorkingDay: false,
  storedDate: '2026-05-06',
  matchesStored: true,
  computedAt: '2026-01-30T02:00:00.000Z',
  note: 'assigned',
}

describe('holidayRuns', () => {
  it('joins consecutive days of one holiday into a run and keeps other days apart', () => {
    expect(
      holidayRuns([
        { date: '2026-10-01', name: '国庆节' },
        { date: '2026-10-02', name: '国庆节' },
        { date: '2026-10-04', name: '国庆节' },
        { date: '2026-10-05', name: null },
      ]),
    ).toEqual([
      { name: '国庆节', from: '2026-10-01', to: '2026-10-02', count: 2 },
      { name: '国庆节', from: '2026-10-04', to: '2026-10-04', count: 1 },
      { name: null, from: '2026-10-05', to: '2026-10-05', count: 1 },
    ])
  })

  it('grows a run backwards when the count went backwards', () => {
    expect(
      holidayRuns([
        { date: '2026-02-23', name: '春节' },
        { date: '2026-02-22', name: '春节' },
      ]),
    ).toEqual([{ name: '春节', from: '2026-02-22', to: '2026-02-23', count: 2 }])
  })
})

describe('explanationSentences', () => {
  it('says start, rule, raw end, holidays, make-up days, the move and the result, in that order', () => {
    const sentences = explanationSentences(base, words)
    expect(sentences.map((s) => [s.key, s.params])).toEqual([
      ['start', { date: '<2026-01-30>' }],
      ['ruleCalendarMonths', { months: 3 }],
      ['rawEnd', { date: '<2026-04-30>' }],
      ['holidaysSkipped', { list: '劳动节 2026-05-01..2026-05-03 x3' }],
      ['makeUpCounted', { list: '<2026-05-09>' }],
      ['moved', { from: '<2026-05-01>', to: '<2026-05-06>' }],
      ['result', { date: '<2026-05-06>' }],
    ])
    expect(sentences.every((s) => s.tone === 'normal')).toBe(true)
  })

  it('warns about the fallback calendar and a stored date the calendar no longer gives', () => {
    const sentences = explanationSentences(
      {
        ...base,
        rule: { type: 'working-days', days: 7 },
        start: '2027-01-04',
        date: '2027-01-13',
        rawEnd: '2027-01-13',
        moved: null,
        holidaysSkipped: [],
        makeUpWorkdaysCounted: [],
        weekendDaysSkipped: 2,
        fallbackYears: [2027],
        usedFallbackCalendar: true,
        storedDate: '2027-01-14',
        matchesStored: false,
      },
      words,
    )
    expect(sentences.map((s) => `${s.tone}:${s.key}`)).toEqual([
      'normal:start',
      'normal:ruleWorkingDays',
      'normal:weekendSkipped',
      'normal:noneSkipped',
      'warning:fallback',
      'warning:mismatch',
      'normal:result',
    ])
    expect(sentences.find((s) => s.key === 'mismatch')?.params).toEqual({
      date: '<2027-01-13>',
      stored: '<2027-01-14>',
    })
  })

  it('explains an internal review date as days before the other due date', () => {
    const sentences = explanationSentences(
      {
        ...base,
        rule: { type: 'working-days-before', days: 5, of: 'reply' },
        start: '2026-05-06',
        moved: null,
        holidaysSkipped: [],
        makeUpWorkdaysCounted: [],
      },
      words,
    )
    expect(sentences[0]).toEqual({
      key: 'ruleWorkingDaysBefore',
      params: { days: 5, of: '[reply]', date: '<2026-05-06>' },
      tone: 'normal',
    })
  })
})
