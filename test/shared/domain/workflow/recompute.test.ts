/**
 * 重新计算期限 on the real working-day calendar: 2027 has no built-in data (Monday–Friday fallback) until an
 * administrator loads it with days off 2027-06-09…06-11, which moves a reply date of 2027-06-10.
 */
import { builtInHolidayYears, createWorkingDayCalendar } from '@shared/domain/calendar'
import { createDueDateCalculator } from '@shared/domain/deadlines'
import type { HolidayYear, IsoDate, WorkflowContext } from '@shared/domain/model'
import { defaultSettings } from '@shared/domain/settings'
import {
  accept,
  assign,
  draftReply,
  openDueDatesOf,
  recomputeDueDates,
  sendReply,
  signFor,
  signOffReply,
  workflowCommands,
  workflowErrorCodes,
} from '@shared/domain/workflow'
import { describe, expect, it } from 'vitest'
import { Journal } from './fixtures'
import { people } from './scenarios'

const admin2027: HolidayYear = {
  year: 2027,
  holidays: ['2027-06-09', '2027-06-10', '2027-06-11'],
  workdays: [],
  source: 'administrator',
  updatedAt: '2026-11-20T10:00:00.000+08:00',
  note: null,
}

/** Contexts on a calendar: ids `r-1`, `r-2`, … shared across calls. */
function clockOn(years: HolidayYear[]) {
  let n = 0
  const calendar = createWorkingDayCalendar([...builtInHolidayYears(), ...years])
  const settings = defaultSettings()
  return (today: IsoDate): WorkflowContext => {
    const now = `${today}T09:00:00.000+08:00`
    return {
      now,
      today,
      actor: { id: 'op-admin', name: '管理员甲' },
      settings,
      newId: () => `r-${++n}`,
      dueDate: createDueDateCalculator(calendar, now),
    }
  }
}

/** Registered 2027-03-01, assigned 2027-03-10 to lead unit-a and co-handler unit-b, on the fallback calendar. */
function assigned2027() {
  const before = clockOn([])
  const j = Journal.registered(before('2027-03-01'), { receivedOn: '2027-03-01' })
  j.apply(accept(j.state, {}, before('2027-03-02')))
  j.apply(
    assign(
      j.state,
      {
        units: [
          { unitId: 'unit-a', role: 'lead' },
          { unitId: 'unit-b', role: 'co' },
        ],
      },
      before('2027-03-10'),
    ),
  )
  return { j, before, after: clockOn([admin2027]) }
}

const dates = (j: Journal, unit: string) => Object.fromEntries(j.assignment(unit).dueDates.map((d) => [d.kind, d.date]))

describe('recomputeDueDates', () => {
  it('moves a reply date that falls on a new holiday of 2027 and the internal review follows it', () => {
    const { j, after } = assigned2027()
    expect(dates(j, 'unit-a')).toEqual({
      'return-limit': '2027-03-19',
      reply: '2027-06-10',
      'internal-review': '2027-06-03',
    })
    const old = j.assignment('unit-a')

    const c = j.apply(recomputeDueDates(j.state, { reason: '2027年节假日数据更新' }, after('2026-12-01')))

    expect(dates(j, 'unit-a')).toEqual({
      'return-limit': '2027-03-19',
      reply: '2027-06-14',
      'internal-review': '2027-06-02',
    })
    const a = j.assignment('unit-a')
    // The unchanged date is the same record; the moved ones keep their rule and start, with a new note and time.
    expect(a.dueDates[0]).toBe(old.dueDates[0])
    expect(a.dueDates[1]).toEqual({
      kind: 'reply',
      date: '2027-06-14',
      start: '2027-03-10',
      rule: { type: 'calendar-months', months: 3 },
      usedFallbackCalendar: false,
      computedAt: '2026-12-01T09:00:00.000+08:00',
      note: 'recomputed by admin',
    })
    expect(a.dueDates[2]?.start).toBe('2027-06-14')
    expect(a.dueDateHistory.map((d) => `${d.kind} ${d.date} ${d.note}`)).toEqual([
      'reply 2027-06-10 assigned',
      'internal-review 2027-06-03 assigned',
    ])
    expect(a.revision).toBe(old.revision + 1)
    // The co-handler's dates (co-opinion 2027-04-12, return limit 2027-03-19) do not touch June: it is not changed.
    expect(c.assignments.map((x) => x.unitId)).toEqual(['unit-a'])
    expect(c.suggestion?.revision).toBe(4)
    expect(c.events).toHaveLength(1)
    expect(c.events[0]).toMatchObject({
      type: 'due-dates-recomputed',
      on: '2026-12-01',
      assignmentId: a.id,
      unitId: 'unit-a',
      by: { id: 'op-admin', name: '管理员甲' },
      reason: '2027年节假日数据更新',
      data: {
        dueDates: [
          { assignmentId: a.id, unitId: 'unit-a', kind: 'reply', from: '2027-06-10', to: '2027-06-14' },
          { assignmentId: a.id, unitId: 'unit-a', kind: 'internal-review', from: '2027-06-03', to: '2027-06-02' },
        ],
      },
    })
  })

  it('refuses with no-due-date-moved when the calendar in force gives the same dates', () => {
    const { j, before, after } = assigned2027()
    expect(recomputeDueDates(j.state, { reason: '核对' }, before('2026-12-01'))).toEqual({
      ok: false,
      error: { code: 'no-due-date-moved' },
    })
    j.apply(recomputeDueDates(j.state, { reason: '2027年节假日数据更新' }, after('2026-12-01')))
    // Once recomputed, doing it again moves nothing.
    expect(recomputeDueDates(j.state, { reason: '再次核对' }, after('2026-12-02'))).toEqual({
      ok: false,
      error: { code: 'no-due-date-moved' },
    })
  })

  it('requires a reason', () => {
    const { j, after } = assigned2027()
    expect(recomputeDueDates(j.state, { reason: '  ' }, after('2026-12-01'))).toEqual({
      ok: false,
      error: { code: 'reason-required' },
    })
  })

  it('refuses a suggestion that was never assigned', () => {
    const before = clockOn([])
    const j = Journal.registered(before('2027-03-01'), { receivedOn: '2027-03-01' })
    expect(recomputeDueDates(j.state, { reason: '核对' }, clockOn([admin2027])('2026-12-01'))).toEqual({
      ok: false,
      error: { code: 'invalid-stage', params: { stage: 'registered' } },
    })
  })

  it('recomputes only the chosen dates, and a dependent date follows its chosen base', () => {
    const holidayOnCoOpinion: HolidayYear = { ...admin2027, holidays: [...admin2027.holidays, '2027-04-12'] }
    const { j } = assigned2027()
    const after = clockOn([holidayOnCoOpinion])
    expect(dates(j, 'unit-b')).toEqual({ 'return-limit': '2027-03-19', 'co-opinion': '2027-04-12' })

    const onlyCo = recomputeDueDates(
      j.state,
      { reason: '只调整协办意见期限', dueDates: [{ assignmentId: j.assignment('unit-b').id, kind: 'co-opinion' }] },
      after('2026-12-01'),
    )
    expect(onlyCo.ok && onlyCo.value.events[0]?.data).toEqual({
      dueDates: [
        {
          assignmentId: j.assignment('unit-b').id,
          unitId: 'unit-b',
          kind: 'co-opinion',
          from: '2027-04-12',
          to: '2027-04-13',
        },
      ],
    })

    j.apply(
      recomputeDueDates(
        j.state,
        { reason: '2027年节假日数据更新', dueDates: [{ assignmentId: j.assignment('unit-a').id, kind: 'reply' }] },
        after('2026-12-01'),
      ),
    )
    expect(dates(j, 'unit-a')['internal-review']).toBe('2027-06-02')
    expect(dates(j, 'unit-b')['co-opinion']).toBe('2027-04-12')
  })

  it('leaves a step already done alone: after the reply is sent only the publication date moves', () => {
    const { j, before } = assigned2027()
    const a = () => j.assignment('unit-a').id
    j.apply(signFor(j.state, { assignmentId: a(), people }, before('2027-03-11')))
    j.apply(draftReply(j.state, { assignmentId: a(), resultClass: 'A', body: '已办理。' }, before('2027-05-06')))
    j.apply(signOffReply(j.state, { assignmentId: a(), signer: '王五' }, before('2027-05-07')))
    j.apply(sendReply(j.state, { assignmentId: a() }, before('2027-05-10')))
    // 20 working days after Monday 2027-05-10 on Monday–Friday: Monday 2027-06-07.
    expect(dates(j, 'unit-a').publish).toBe('2027-06-07')
    expect(openDueDatesOf(j.state, j.assignment('unit-a')).map((d) => d.kind)).toEqual(['publish'])

    // Days off 06-01…06-04 and 06-09…06-11: publication moves to 06-16; the sent reply's own date (06-10) stays as it was.
    const moreHolidays: HolidayYear = {
      ...admin2027,
      holidays: ['2027-06-01', '2027-06-02', '2027-06-03', '2027-06-04', ...admin2027.holidays],
    }
    const c = j.apply(
      recomputeDueDates(j.state, { reason: '2027年节假日数据更新' }, clockOn([moreHolidays])('2026-12-01')),
    )
    expect(dates(j, 'unit-a')).toEqual({
      'return-limit': '2027-03-19',
      reply: '2027-06-10',
      'internal-review': '2027-06-03',
      publish: '2027-06-16',
    })
    expect(c.events[0]?.data).toEqual({
      dueDates: [{ assignmentId: a(), unitId: 'unit-a', kind: 'publish', from: '2027-06-07', to: '2027-06-16' }],
    })
  })

  it('is a registered command with a listed refusal code', () => {
    expect(workflowCommands.recomputeDueDates).toBe(recomputeDueDates)
    expect(workflowErrorCodes).toContain('no-due-date-moved')
  })
})
