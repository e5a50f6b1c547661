import { describe, expect, it } from 'vitest'
import { builtInHolidayYears, createWorkingDayCalendar } from '@shared/domain/calendar'
import { createDueDateCalculator } from '@shared/domain/deadlines'
import { addDays } from '@shared/domain/dates'
import {
  collectDueItems,
  dueItemsByDay,
  isOverdueDuty,
  remindAboutDue,
  remindersByUnit,
  urgencyHorizons,
  urgencyOf,
  type DueItem,
} from '@shared/domain/dueItems'
import type { IsoDate, WorkflowContext } from '@shared/domain/model'
import { dueStatus } from '@shared/domain/overdue'
import { defaultSettings } from '@shared/domain/settings'
import {
  accept,
  approveReturn,
  assign,
  draftReply,
  fulfilPromise,
  publishReply,
  requestReturn,
  sendCoOpinion,
  sendReply,
  signFor,
  signOffReply,
  applyChange,
  type SuggestionAggregate,
} from '@shared/domain/workflow'
import { Journal, unwrap } from './workflow/fixtures'

const calendar = createWorkingDayCalendar(builtInHolidayYears())
const settings = defaultSettings()
let counter = 0
const ctx = (today: IsoDate): WorkflowContext => ({
  now: `${today}T09:00:00.000+08:00`,
  today,
  actor: { id: 'op-1', name: '张三' },
  settings,
  newId: () => `id-${++counter}`,
  dueDate: createDueDateCalculator(calendar, `${today}T09:00:00.000+08:00`),
})
const people = { leader: '李局长', department: '办公室', handler: '王五', phone: '12345' }

const collect = (aggregates: SuggestionAggregate[], interim: string[] = [], onlyUnitId: string | null = null) =>
  collectDueItems({
    aggregates,
    interimSessionIds: new Set(interim),
    assignRule: settings.deadlines.assign,
    calendar,
    onlyUnitId,
  })

const brief = (items: DueItem[]) =>
  items.map((i) => `${i.unitId ?? '-'} ${i.kind} ${i.date}`).sort((a, b) => a.localeCompare(b))

/** Registered on 09-10, accepted, assigned on 2026-09-15 to a lead unit and a co-handler. */
function assignedJournal(): Journal {
  const j = Journal.registered(ctx('2026-09-10'), { receivedOn: '2026-09-10' })
  j.apply(accept(j.state, {}, ctx('2026-09-11')))
  j.apply(
    assign(
      j.state,
      {
        units: [
          { unitId: 'u-lead', role: 'lead' },
          { unitId: 'u-co', role: 'co' },
        ],
      },
      ctx('2026-09-15'),
    ),
  )
  return j
}

describe('collectDueItems', () => {
  it('lists every stored date of a fresh assignment, counted on the 2026 calendar', () => {
    const j = assignedJournal()
    // Return limit: 7 working days with the make-up Sunday 09-20 counted. Co-opinion one month, reply three
    // months, internal review 5 working days before the reply.
    expect(brief(collect([j.state]))).toEqual([
      'u-co co-opinion 2026-10-15',
      'u-co return-limit 2026-09-23',
      'u-lead internal-review 2026-12-08',
      'u-lead reply 2026-12-15',
      'u-lead return-limit 2026-09-23',
    ])
    const reply = collect([j.state]).find((i) => i.kind === 'reply')!
    expect(reply).toMatchObject({
      suggestionId: j.state.suggestion.id,
      assignmentId: j.assignment('u-lead').id,
      role: 'lead',
      numberText: '第0123号',
      title: '关于加强老旧小区加装电梯工作的建议',
      leadDeputy: '樊奇',
      keySuggestion: false,
    })
  })

  it('computes the assign limit of an accepted between-session suggestion across National Day', () => {
    const j = Journal.registered(ctx('2026-09-28'), { receivedOn: '2026-09-28', sessionId: 'interim-2026' })
    j.apply(accept(j.state, {}, ctx('2026-09-29')))
    // 09-29, 09-30, then 10-08, 10-09, Saturday 10-10 (make-up), 10-12, 10-13.
    expect(brief(collect([j.state], ['interim-2026']))).toEqual(['- assign 2026-10-13'])
    expect(collect([j.state], ['another-session'])).toEqual([])
    j.apply(assign(j.state, { units: [{ unitId: 'u-1', role: 'lead' }] }, ctx('2026-10-09')))
    expect(brief(collect([j.state], ['interim-2026'])).filter((s) => s.includes('assign'))).toEqual([])
  })

  it('drops the co-handler once its opinion is sent, and the return limits once parts are no longer open to return', () => {
    const j = assignedJournal()
    j.apply(signFor(j.state, { assignmentId: j.assignment('u-co').id, people }, ctx('2026-09-16')))
    j.apply(sendCoOpinion(j.state, { assignmentId: j.assignment('u-co').id, summary: '同意' }, ctx('2026-09-30')))
    j.apply(signFor(j.state, { assignmentId: j.assignment('u-lead').id, people }, ctx('2026-09-16')))
    j.apply(
      draftReply(
        j.state,
        { assignmentId: j.assignment('u-lead').id, resultClass: 'A', body: '已解决。' },
        ctx('2026-11-02'),
      ),
    )
    // A draft is not yet reviewed: the internal review is still open, the return limit is not.
    expect(brief(collect([j.state]))).toEqual(['u-lead internal-review 2026-12-08', 'u-lead reply 2026-12-15'])
    j.apply(signOffReply(j.state, { assignmentId: j.assignment('u-lead').id, signer: '李局长' }, ctx('2026-11-03')))
    expect(brief(collect([j.state]))).toEqual(['u-lead reply 2026-12-15'])
  })

  it('after sending a B reply, follows publication and the promise until each is done', () => {
    const j = assignedJournal()
    const lead = j.assignment('u-lead').id
    j.apply(signFor(j.state, { assignmentId: lead, people }, ctx('2026-09-16')))
    j.apply(
      draftReply(
        j.state,
        {
          assignmentId: lead,
          resultClass: 'B',
          body: '列入计划。',
          promises: [{ text: '2027年底前完成加装', dueOn: '2027-12-31' }],
        },
        ctx('2026-11-02'),
      ),
    )
    j.apply(signOffReply(j.state, { assignmentId: lead, signer: '李局长' }, ctx('2026-11-03')))
    j.apply(sendReply(j.state, { assignmentId: lead }, ctx('2026-11-04')))
    // Publish within 20 working days of 11-04: 12-02. The co-handler still owes its opinion.
    expect(brief(collect([j.state]))).toEqual([
      'u-co co-opinion 2026-10-15',
      'u-co return-limit 2026-09-23',
      'u-lead follow-up 2027-12-31',
      'u-lead publish 2026-12-02',
    ])
    expect(collect([j.state]).find((i) => i.kind === 'follow-up')?.note).toBe('2027年底前完成加装')

    j.apply(publishReply(j.state, { assignmentId: lead }, ctx('2026-11-20')))
    expect(brief(collect([j.state])).filter((s) => s.startsWith('u-lead'))).toEqual(['u-lead follow-up 2027-12-31'])
    j.apply(fulfilPromise(j.state, { assignmentId: lead, promiseIndex: 0 }, ctx('2027-10-01')))
    const published = j.state
    expect(brief(collect([published])).filter((s) => s.startsWith('u-lead'))).toEqual([])
  })

  it("shows a returned part's successor, not the returned part", () => {
    const j = assignedJournal()
    const lead = j.assignment('u-lead').id
    j.apply(requestReturn(j.state, { assignmentId: lead, reason: '不属于本单位职责' }, ctx('2026-09-18')))
    expect(brief(collect([j.state])).filter((s) => s.startsWith('u-lead'))).toEqual([
      'u-lead internal-review 2026-12-08',
      'u-lead reply 2026-12-15',
    ])
    j.apply(approveReturn(j.state, { assignmentId: lead, reassignTo: 'u-new' }, ctx('2026-09-22')))
    // Counted afresh from 09-22: return limit 7 working days later is 10-09 (Mid-Autumn 09-25 and National Day skipped).
    expect(brief(collect([j.state])).filter((s) => !s.startsWith('u-co'))).toEqual([
      'u-new internal-review 2026-12-15',
      'u-new reply 2026-12-22',
      'u-new return-limit 2026-10-09',
    ])
  })

  it('keeps only one unit in unit mode, and nothing of withdrawn or merged suggestions', () => {
    const j = assignedJournal()
    expect(brief(collect([j.state], [], 'u-co'))).toEqual([
      'u-co co-opinion 2026-10-15',
      'u-co return-limit 2026-09-23',
    ])
    const withdrawn = { ...j.state, suggestion: { ...j.state.suggestion, stage: 'withdrawn' as const } }
    expect(collect([withdrawn])).toEqual([])
  })
})

describe('dueItemsByDay', () => {
  it('groups by day and orders each day by number, then kind, then lead before co-handler', () => {
    const a = assignedJournal()
    const b = Journal.registered(ctx('2026-09-10'), { numberText: '第0045号', number: '45', numberSort: 45 })
    b.apply(accept(b.state, {}, ctx('2026-09-11')))
    b.apply(assign(b.state, { units: [{ unitId: 'u-lead', role: 'lead' }] }, ctx('2026-09-15')))
    const byDay = dueItemsByDay(collect([a.state, b.state]))
    expect([...byDay.keys()].sort()).toEqual(['2026-09-23', '2026-10-15', '2026-12-08', '2026-12-15'])
    expect(byDay.get('2026-09-23')!.map((i) => `${i.numberText} ${i.unitId}`)).toEqual([
      '第0045号 u-lead',
      '第0123号 u-lead',
      '第0123号 u-co',
    ])
  })
})

describe('urgency bands', () => {
  it('match dueStatus for every day of the two months around National Day', () => {
    const today = '2026-09-25'
    const h = urgencyHorizons(today, calendar)
    expect(h).toEqual({ today, within5: '2026-10-09', within10: '2026-10-15' })
    for (let d = '2026-09-01'; d <= '2026-10-31'; d = addDays(d, 1)) {
      expect([d, urgencyOf(d, h)]).toEqual([d, dueStatus(d, today, calendar).urgency])
    }
  })
})

describe('remindersByUnit', () => {
  const item = (unitId: string | null, date: IsoDate, n: string): DueItem => ({
    key: `${n}:${date}`,
    suggestionId: `s-${n}`,
    assignmentId: unitId ? `a-${n}` : null,
    unitId,
    role: unitId ? 'lead' : null,
    kind: unitId ? 'reply' : 'assign',
    date,
    numberText: n,
    title: `标题${n}`,
    leadDeputy: '樊奇',
    sessionId: 'session-1',
    keySuggestion: false,
    note: null,
  })

  it('splits each unit into overdue (calendar days) and due within N working days (working days left)', () => {
    const items = [
      item('u-a', '2026-09-28', '1'), // overdue by 10 calendar days on 10-08
      item('u-a', '2026-10-08', '2'), // due today
      item('u-a', '2026-10-14', '3'), // 5 working days left: 10-09, Saturday 10-10, 10-12, 10-13, 10-14
      item('u-a', '2026-10-16', '4'), // beyond 5 working days
      item('u-b', '2026-10-07', '5'), // overdue by 1 day
      item('u-b', '2026-09-30', '6'), // overdue by 8 days
      item('u-c', '2026-10-09', '7'), // 1 working day left
      item(null, '2026-09-01', '8'), // assign limit: nobody to remind
    ]
    const result = remindersByUnit(items, '2026-10-08', calendar, 5)
    expect(
      result.map((u) => ({
        unit: u.unitId,
        overdue: u.overdue.map((e) => (e.status === 'overdue' ? `${e.numberText}:${e.daysOverdue}` : '')),
        soon: u.dueSoon.map((e) => (e.status === 'due-soon' ? `${e.numberText}:${e.workingDaysLeft}` : '')),
      })),
    ).toEqual([
      { unit: 'u-b', overdue: ['6:8', '5:1'], soon: [] },
      { unit: 'u-a', overdue: ['1:10'], soon: ['2:0', '3:5'] },
      { unit: 'u-c', overdue: [], soon: ['7:1'] },
    ])
  })
})

describe('a passed return limit is a closed window, not an overdue duty', () => {
  it('is not overdue, while every other passed date is', () => {
    expect(isOverdueDuty({ kind: 'return-limit', date: '2026-09-24' }, '2026-10-08')).toBe(false)
    expect(isOverdueDuty({ kind: 'reply', date: '2026-09-24' }, '2026-10-08')).toBe(true)
    expect(isOverdueDuty({ kind: 'co-opinion', date: '2026-09-24' }, '2026-10-08')).toBe(true)
    expect(isOverdueDuty({ kind: 'publish', date: '2026-09-24' }, '2026-10-08')).toBe(true)
    expect(isOverdueDuty({ kind: 'reply', date: '2026-10-08' }, '2026-10-08')).toBe(false)
  })

  it('stays in the collected items on its day (for the calendar) while the part may still ask', () => {
    const j = assignedJournal()
    const lead = j.state.assignments.find((a) => a.unitId === 'u-lead')!
    j.apply(signFor(j.state, { assignmentId: lead.id, people }, ctx('2026-09-16')))
    expect(brief(collect([j.state])).filter((b) => b.includes('return-limit'))).toEqual([
      'u-co return-limit 2026-09-23',
      'u-lead return-limit 2026-09-23',
    ])
  })

  it('is left out of the reminder notice once passed, and listed as due soon before', () => {
    const j = assignedJournal()
    const items = collect([j.state])
    const view = (today: IsoDate) =>
      remindersByUnit(items, today, calendar, 5).map((u) => ({
        unit: u.unitId,
        overdue: u.overdue.map((e) => `${e.kind} ${e.date}`),
        soon: u.dueSoon.map((e) => `${e.kind} ${e.date}`),
      }))
    // Two working days before the limit (09-23): the window is closing.
    expect(view('2026-09-21')).toEqual([
      { unit: 'u-co', overdue: [], soon: ['return-limit 2026-09-23'] },
      { unit: 'u-lead', overdue: [], soon: ['return-limit 2026-09-23'] },
    ])
    // A week after the limit nothing is owed yet: no unit to remind.
    expect(view('2026-09-30')).toEqual([])
  })
})

describe('remindAboutDue', () => {
  it('records a reminder on a closed part that still owes publication, and refuses one that owes nothing', () => {
    const j = assignedJournal()
    const lead = j.assignment('u-lead').id
    j.apply(signFor(j.state, { assignmentId: lead, people }, ctx('2026-09-16')))
    j.apply(draftReply(j.state, { assignmentId: lead, resultClass: 'A', body: '已解决。' }, ctx('2026-11-02')))
    j.apply(signOffReply(j.state, { assignmentId: lead, signer: '李局长' }, ctx('2026-11-03')))
    j.apply(sendReply(j.state, { assignmentId: lead }, ctx('2026-11-04')))
    const closedPart = { ...j.assignment('u-lead'), state: 'closed' as const }
    const closed: SuggestionAggregate = {
      ...j.state,
      assignments: j.state.assignments.map((a) => (a.id === lead ? closedPart : a)),
    }
    const c = ctx('2026-12-10')
    const result = remindAboutDue(closed, { assignmentId: lead, note: '请尽快公开答复' }, c)
    expect(result.ok && result.value.events.map((e) => [e.type, e.unitId, e.on, e.reason, e.data])).toEqual([
      ['reminded', 'u-lead', '2026-12-10', '请尽快公开答复', { dueDates: [{ kind: 'publish', date: '2026-12-02' }] }],
    ])
    const published = applyChange(closed, unwrap(publishReply(closed, { assignmentId: lead }, ctx('2026-11-20'))))
    const refused = remindAboutDue(published, { assignmentId: lead }, c)
    expect(refused.ok ? null : refused.error.code).toBe('invalid-assignment-state')
  })

  it('is the workflow reminder for a part still being handled', () => {
    const j = assignedJournal()
    const result = remindAboutDue(j.state, { assignmentId: j.assignment('u-co').id }, ctx('2026-10-20'))
    expect(result.ok && result.value.events.map((e) => [e.type, e.unitId])).toEqual([['reminded', 'u-co']])
  })
})
