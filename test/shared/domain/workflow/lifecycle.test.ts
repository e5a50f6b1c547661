import { boardStageOf } from '@shared/domain/boardStage'
import {
  close,
  sendCoOpinion,
  startRehandling,
  draftReply,
  signOffReply,
  sendReply,
  rate,
} from '@shared/domain/workflow'
import { describe, expect, it } from 'vitest'
import { walk } from './scenarios'

describe('the happy path', () => {
  it('registers, accepts, assigns, signs, drafts, signs off, sends, is rated satisfied and closes', () => {
    const { j, clock } = walk('rated', { overall: 'satisfied' })
    j.apply(
      sendCoOpinion(
        j.state,
        { assignmentId: j.assignment('unit-b').id, summary: '同意主办意见' },
        clock.ctx('2026-03-01'),
      ),
    )
    j.apply(close(j.state, {}, clock.ctx('2026-05-10')))

    expect(j.events.map((e) => [e.type, e.on, e.unitId])).toEqual([
      ['registered', '2026-01-20', null],
      ['accepted', '2026-01-22', null],
      ['assigned', '2026-02-02', 'unit-a'],
      ['assigned', '2026-02-02', 'unit-b'],
      ['signed-for', '2026-02-03', 'unit-a'],
      ['signed-for', '2026-02-04', 'unit-b'],
      ['reply-drafted', '2026-04-10', 'unit-a'],
      ['reply-signed-off', '2026-04-15', 'unit-a'],
      ['reply-sent', '2026-04-20', 'unit-a'],
      ['rated', '2026-05-06', 'unit-a'],
      ['co-opinion-sent', '2026-03-01', 'unit-b'],
      ['closed', '2026-05-10', null],
    ])
    expect(j.events.every((e) => e.by.name === '张三' && e.suggestionId === j.state.suggestion.id)).toBe(true)
    expect(j.events[11]?.at).toBe('2026-05-10T09:00:00.000+08:00')

    const { suggestion } = j.state
    expect(suggestion.stage).toBe('closed')
    expect(suggestion.revision).toBe(11)
    expect(suggestion.updatedAt).toBe('2026-05-10T09:00:00.000+08:00')

    const lead = j.assignment('unit-a')
    expect(lead.state).toBe('closed')
    expect(lead.signedOn).toBe('2026-02-03')
    expect(lead.people.handler).toBe('李四')
    expect(lead.dueDates.map((d) => [d.kind, d.date])).toEqual([
      ['return-limit', '2026-02-09'],
      ['reply', '2026-05-02'],
      ['internal-review', '2026-04-27'],
      ['publish', '2026-05-10'],
    ])
    expect(j.assignment('unit-b').dueDates.map((d) => [d.kind, d.date])).toEqual([
      ['return-limit', '2026-02-09'],
      ['co-opinion', '2026-03-02'],
    ])
    expect(j.assignment('unit-b').state).toBe('closed')

    const [reply] = j.state.replies
    expect(reply?.state).toBe('sent')
    expect(reply?.signer).toBe('王五')
    expect(reply?.signedOffOn).toBe('2026-04-15')
    expect(reply?.sentOn).toBe('2026-04-20')
    expect(reply?.revision).toBe(3)
    expect(j.state.ratings.map((r) => [r.overall, r.score, r.round])).toEqual([['satisfied', 100, 1]])
    expect(boardStageOf(j.state)).toBe('closed')
  })

  it('records a basically satisfied rating with its weighted score', () => {
    const { j } = walk('rated', { overall: 'basically-satisfied' })
    expect(j.state.ratings[0]?.score).toBe(80)
  })
})

describe('dissatisfied → re-handling → round 2', () => {
  it('starts round 2 with a re-handling due date and closes after a satisfied second rating', () => {
    const { j, clock } = walk('rated', { overall: 'dissatisfied' })
    expect(close(j.state, {}, clock.ctx('2026-05-09'))).toEqual({ ok: false, error: { code: 'close-dissatisfied' } })
    expect(boardStageOf(j.state)).toBe('replied')

    const round1 = j.assignment('unit-a', 1)
    j.apply(startRehandling(j.state, { assignmentId: round1.id }, clock.ctx('2026-05-11')))
    const round2 = j.assignment('unit-a', 2)
    expect(j.state.suggestion.round).toBe(2)
    expect(round2.state).toBe('rehandling')
    expect(round2.previousId).toBe(round1.id)
    expect(round2.people.handler).toBe('李四')
    expect(round2.dueDates.map((d) => [d.kind, d.date])).toEqual([
      ['rehandling-reply', '2026-06-11'],
      ['internal-review', '2026-06-06'],
    ])
    expect(j.events.at(-1)?.type).toBe('rehandling-started')
    expect(j.events.at(-1)?.reason).toBe('问题未解决')
    expect(boardStageOf(j.state)).toBe('rehandling')

    j.apply(
      draftReply(
        j.state,
        {
          assignmentId: round2.id,
          resultClass: 'B',
          body: '再次答复',
          promises: [{ text: '年底前完成加装', dueOn: '2026-12-31' }],
        },
        clock.ctx('2026-06-01'),
      ),
    )
    expect(boardStageOf(j.state)).toBe('rehandling')
    j.apply(signOffReply(j.state, { assignmentId: round2.id, signer: '王五' }, clock.ctx('2026-06-02')))
    j.apply(sendReply(j.state, { assignmentId: round2.id }, clock.ctx('2026-06-03')))
    expect(j.assignment('unit-a', 2).dueDates.map((d) => [d.kind, d.date])).toEqual([
      ['rehandling-reply', '2026-06-11'],
      ['internal-review', '2026-06-06'],
      ['publish', '2026-06-23'],
      ['follow-up', '2026-12-31'],
    ])
    j.apply(
      rate(
        j.state,
        {
          assignmentId: round2.id,
          receivedReply: true,
          receivedOn: '2026-06-05',
          communication: 'phone',
          attitude: 'satisfied',
          process: 'basically-satisfied',
          result: 'basically-satisfied',
          overall: 'basically-satisfied',
          reasons: null,
          signedBy: '樊奇',
          ratedOn: '2026-06-10',
        },
        clock.ctx('2026-06-10'),
      ),
    )
    expect(j.state.ratings.map((r) => [r.round, r.overall, r.score])).toEqual([
      [1, 'dissatisfied', 0],
      [2, 'basically-satisfied', 86],
    ])
    j.apply(close(j.state, {}, clock.ctx('2026-06-12')))
    expect(j.state.suggestion.stage).toBe('closed')
    expect(j.assignment('unit-a', 1).state).toBe('replied')
    expect(j.assignment('unit-a', 2).state).toBe('closed')
    expect(j.state.replies.map((r) => [r.round, r.resultClass, r.state])).toEqual([
      [1, 'A', 'sent'],
      [2, 'B', 'sent'],
    ])
  })
})
