import { collectDueItems } from '@shared/domain/dueItems'
import { builtInHolidayYears, createWorkingDayCalendar } from '@shared/domain/calendar'
import { defaultSettings } from '@shared/domain/settings'
import {
  close,
  draftReply,
  fulfilPromise,
  publishReply,
  remind,
  sendReply,
  signOffReply,
  workflowCommands,
} from '@shared/domain/workflow'
import { describe, expect, it } from 'vitest'
import { walk } from './scenarios'

const a = (j: ReturnType<typeof walk>['j'], unit = 'unit-a') => j.assignment(unit).id
const openKinds = (j: ReturnType<typeof walk>['j']) =>
  collectDueItems({
    aggregates: [j.state],
    interimSessionIds: new Set(),
    assignRule: defaultSettings().deadlines.assign,
    calendar: createWorkingDayCalendar(builtInHolidayYears()),
  })
    .filter((i) => i.unitId === 'unit-a')
    .map((i) => `${i.kind} ${i.date}`)
    .sort()

/** Walked to a sent B reply promising works by 2026-12-31 (sent 2026-04-20; publish due 05-10 with the fake calculator). */
function sentB() {
  const { j, clock } = walk('signed')
  j.apply(
    draftReply(
      j.state,
      {
        assignmentId: a(j),
        resultClass: 'B',
        body: '已列入年度计划。',
        promises: [
          { text: '年底前完成加装电梯10台', dueOn: '2026-12-31' },
          { text: '明年完成全部改造', dueOn: '2027-06-30' },
        ],
      },
      clock.ctx('2026-04-10'),
    ),
  )
  j.apply(signOffReply(j.state, { assignmentId: a(j), signer: '王五' }, clock.ctx('2026-04-15')))
  j.apply(sendReply(j.state, { assignmentId: a(j) }, clock.ctx('2026-04-20')))
  return { j, clock }
}

describe('publishReply', () => {
  it('records the publication day on the reply and a published event, and closes the publish due date', () => {
    const { j, clock } = walk('replied')
    expect(j.assignment('unit-a').dueDates.find((d) => d.kind === 'publish')?.date).toBe('2026-05-10')
    const c = j.apply(
      publishReply(j.state, { assignmentId: a(j), on: '2026-05-06', where: '市政府门户网站' }, clock.ctx('2026-05-07')),
    )
    expect(c.replies.map((r) => [r.state, r.sentOn, r.publishedOn, r.revision])).toEqual([
      ['sent', '2026-04-20', '2026-05-06', 4],
    ])
    expect(c.events.map((e) => [e.type, e.on, e.unitId, e.data])).toEqual([
      [
        'published',
        '2026-05-06',
        'unit-a',
        { replyId: j.state.replies[0]!.id, publishedOn: '2026-05-06', where: '市政府门户网站' },
      ],
    ])
    expect(openKinds(j)).toEqual([])
  })

  it('is in the command registry', () => {
    expect(workflowCommands.publishReply).toBe(publishReply)
    expect(workflowCommands.fulfilPromise).toBe(fulfilPromise)
  })

  it('publishes a reply of a closed suggestion', () => {
    const { j, clock } = walk('rated')
    j.apply(close(j.state, {}, clock.ctx('2026-05-08')))
    const c = j.apply(publishReply(j.state, { assignmentId: a(j) }, clock.ctx('2026-05-09')))
    expect(c.replies[0]?.publishedOn).toBe('2026-05-09')
  })

  it('refuses a reply marked not for publication', () => {
    const { j, clock } = walk('signed')
    j.apply(
      draftReply(
        j.state,
        {
          assignmentId: a(j),
          resultClass: 'A',
          body: '已解决。',
          publicity: { public: false, reason: '涉及个人隐私' },
        },
        clock.ctx('2026-04-10'),
      ),
    )
    j.apply(signOffReply(j.state, { assignmentId: a(j), signer: '王五' }, clock.ctx('2026-04-15')))
    j.apply(sendReply(j.state, { assignmentId: a(j) }, clock.ctx('2026-04-20')))
    // A reply that is not public has no publish date to begin with.
    expect(j.assignment('unit-a').dueDates.map((d) => d.kind)).not.toContain('publish')
    expect(publishReply(j.state, { assignmentId: a(j) }, clock.ctx('2026-04-21'))).toEqual({
      ok: false,
      error: { code: 'reply-not-public' },
    })
  })

  it('refuses an unsent reply, a second publication and a day before sending', () => {
    const drafted = walk('signed-off')
    expect(publishReply(drafted.j.state, { assignmentId: a(drafted.j) }, drafted.clock.ctx('2026-04-21'))).toEqual({
      ok: false,
      error: { code: 'reply-not-sent' },
    })
    const { j, clock } = walk('replied')
    expect(publishReply(j.state, { assignmentId: a(j), on: '2026-04-19' }, clock.ctx('2026-04-21'))).toEqual({
      ok: false,
      error: { code: 'date-before-sent', params: { sentOn: '2026-04-20' } },
    })
    j.apply(publishReply(j.state, { assignmentId: a(j) }, clock.ctx('2026-04-21')))
    expect(publishReply(j.state, { assignmentId: a(j) }, clock.ctx('2026-04-22'))).toEqual({
      ok: false,
      error: { code: 'reply-already-published', params: { publishedOn: '2026-04-21' } },
    })
  })
})

describe('fulfilPromise', () => {
  it('marks one promise fulfilled with an event, leaving the other follow-up open', () => {
    const { j, clock } = sentB()
    const c = j.apply(
      fulfilPromise(
        j.state,
        { assignmentId: a(j), promiseIndex: 0, on: '2026-11-30', note: '10台电梯已投入使用' },
        clock.ctx('2026-12-01'),
      ),
    )
    expect(c.replies[0]?.promises).toEqual([
      { text: '年底前完成加装电梯10台', dueOn: '2026-12-31', fulfilledOn: '2026-11-30' },
      { text: '明年完成全部改造', dueOn: '2027-06-30', fulfilledOn: null },
    ])
    expect(c.events.map((e) => [e.type, e.on, e.reason, e.data])).toEqual([
      [
        'promise-fulfilled',
        '2026-11-30',
        '10台电梯已投入使用',
        {
          replyId: j.state.replies[0]!.id,
          promise: '年底前完成加装电梯10台',
          dueOn: '2026-12-31',
          fulfilledOn: '2026-11-30',
        },
      ],
    ])
    expect(openKinds(j)).toEqual(['follow-up 2027-06-30', 'publish 2026-05-10'])
  })

  it('refuses a missing promise, a fulfilled one, an unsent reply and a day before sending', () => {
    const { j, clock } = sentB()
    expect(fulfilPromise(j.state, { assignmentId: a(j), promiseIndex: 2 }, clock.ctx('2026-12-01'))).toEqual({
      ok: false,
      error: { code: 'promise-not-found', params: { index: 2 } },
    })
    expect(
      fulfilPromise(j.state, { assignmentId: a(j), promiseIndex: 1, on: '2026-04-01' }, clock.ctx('2026-12-01')),
    ).toEqual({ ok: false, error: { code: 'date-before-sent', params: { sentOn: '2026-04-20' } } })
    j.apply(fulfilPromise(j.state, { assignmentId: a(j), promiseIndex: 1 }, clock.ctx('2026-12-01')))
    expect(fulfilPromise(j.state, { assignmentId: a(j), promiseIndex: 1 }, clock.ctx('2026-12-02'))).toEqual({
      ok: false,
      error: { code: 'promise-already-fulfilled', params: { fulfilledOn: '2026-12-01' } },
    })
    const drafted = walk('drafted')
    expect(
      fulfilPromise(drafted.j.state, { assignmentId: a(drafted.j), promiseIndex: 0 }, drafted.clock.ctx('2026-12-01')),
    ).toEqual({ ok: false, error: { code: 'reply-not-sent' } })
  })
})

describe('remind after closing', () => {
  it('reminds a closed part only of its open publish and follow-up dates, then refuses once all are done', () => {
    const { j, clock } = sentB()
    j.apply(
      // Rated satisfied and closed; the co-handler's part closes with it.
      workflowCommands.rate(
        j.state,
        {
          assignmentId: a(j),
          receivedReply: true,
          receivedOn: '2026-04-22',
          communication: 'phone',
          attitude: 'satisfied',
          process: 'satisfied',
          result: 'satisfied',
          overall: 'satisfied',
          reasons: null,
          signedBy: '樊奇',
          ratedOn: '2026-05-06',
        },
        clock.ctx('2026-05-06'),
      ),
    )
    j.apply(close(j.state, {}, clock.ctx('2026-05-07')))
    const c = j.apply(remind(j.state, { note: '请按承诺办理' }, clock.ctx('2026-05-20')))
    expect(c.events.map((e) => [e.type, e.unitId, e.reason, e.data])).toEqual([
      [
        'reminded',
        'unit-a',
        '请按承诺办理',
        {
          dueDates: [
            { kind: 'publish', date: '2026-05-10' },
            { kind: 'follow-up', date: '2026-12-31' },
            { kind: 'follow-up', date: '2027-06-30' },
          ],
        },
      ],
    ])
    j.apply(publishReply(j.state, { assignmentId: a(j) }, clock.ctx('2026-05-21')))
    j.apply(fulfilPromise(j.state, { assignmentId: a(j), promiseIndex: 0 }, clock.ctx('2026-12-01')))
    const one = j.apply(remind(j.state, { assignmentId: a(j) }, clock.ctx('2027-01-05')))
    expect(one.events[0]?.data).toEqual({ dueDates: [{ kind: 'follow-up', date: '2027-06-30' }] })
    j.apply(fulfilPromise(j.state, { assignmentId: a(j), promiseIndex: 1 }, clock.ctx('2027-06-01')))
    expect(remind(j.state, { assignmentId: a(j) }, clock.ctx('2027-06-02'))).toEqual({
      ok: false,
      error: { code: 'invalid-assignment-state', params: { state: 'closed' } },
    })
    expect(remind(j.state, {}, clock.ctx('2027-06-02'))).toEqual({ ok: false, error: { code: 'no-open-assignment' } })
  })
})
