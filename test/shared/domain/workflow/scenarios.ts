/**
 * A suggestion walked to a given point of its lifecycle: lead unit `unit-a` and co-handler `unit-b`, assigned
 * on 2026-02-02 (return limit 02-09, reply due 05-02, internal review 04-27 with the fake calculator).
 */
import type { RatingLevel } from '@shared/domain/model'
import { accept, assign, draftReply, rate, sendReply, signFor, signOffReply } from '@shared/domain/workflow'
import type { TestClock } from './fixtures'
import { Journal, makeClock } from './fixtures'

export const people = { leader: '赵局长', department: '城建科', handler: '李四', phone: '12345' }

export function walk(
  until: 'registered' | 'accepted' | 'assigned' | 'signed' | 'drafted' | 'signed-off' | 'replied' | 'rated',
  options: { overall?: RatingLevel; clock?: TestClock } = {},
): { j: Journal; clock: TestClock } {
  const clock = options.clock ?? makeClock()
  const j = Journal.registered(clock.ctx('2026-01-20'))
  if (until === 'registered') return { j, clock }
  j.apply(accept(j.state, {}, clock.ctx('2026-01-22')))
  if (until === 'accepted') return { j, clock }
  j.apply(
    assign(
      j.state,
      {
        units: [
          { unitId: 'unit-a', role: 'lead' },
          { unitId: 'unit-b', role: 'co' },
        ],
      },
      clock.ctx('2026-02-02'),
    ),
  )
  if (until === 'assigned') return { j, clock }
  j.apply(signFor(j.state, { assignmentId: j.assignment('unit-a').id, people }, clock.ctx('2026-02-03')))
  j.apply(signFor(j.state, { assignmentId: j.assignment('unit-b').id, people }, clock.ctx('2026-02-04')))
  if (until === 'signed') return { j, clock }
  j.apply(
    draftReply(
      j.state,
      { assignmentId: j.assignment('unit-a').id, resultClass: 'A', body: '经认真研究，现答复如下……' },
      clock.ctx('2026-04-10'),
    ),
  )
  if (until === 'drafted') return { j, clock }
  j.apply(signOffReply(j.state, { assignmentId: j.assignment('unit-a').id, signer: '王五' }, clock.ctx('2026-04-15')))
  if (until === 'signed-off') return { j, clock }
  j.apply(sendReply(j.state, { assignmentId: j.assignment('unit-a').id }, clock.ctx('2026-04-20')))
  if (until === 'replied') return { j, clock }
  const overall = options.overall ?? 'satisfied'
  j.apply(
    rate(
      j.state,
      {
        assignmentId: j.assignment('unit-a').id,
        receivedReply: true,
        receivedOn: '2026-04-22',
        communication: 'face-to-face',
        attitude: overall,
        process: overall,
        result: overall,
        overall,
        reasons: overall === 'dissatisfied' ? '问题未解决' : null,
        signedBy: '樊奇',
        ratedOn: '2026-05-06',
      },
      clock.ctx('2026-05-08'),
    ),
  )
  return { j, clock }
}
