/**
 * One office walked through the real workflow commands (so records and events are exactly what the app writes),
 * then read as of a past day and as of the end: a withdrawal, an approved return with reassignment, an
 * extension approved after the original date passed, a re-handling round, separate units and a co-handler.
 *
 * Dates (fake calendar of the workflow fixtures: working days = calendar days; reply 3 months, return limit 7
 * days, co-opinion 1 month, re-handling 1 month, extension cap 6 months):
 * - C1 separate units u1 and u2, assigned 02-02 (reply due 05-02).
 *   u1: extension to 06-30 asked 04-28, approved 05-12; reply B sent 06-20; rated 基本满意 06-28, 当面.
 *   u2: reply A sent 04-28; rated 不满意 05-08; re-handling from 05-12 (due 06-12); reply A 06-10; 满意 06-18.
 *   closed 07-01.
 * - C2 lead u3, assigned 02-02; return asked 02-05, approved 02-09 with reassignment to u1 (due 05-09);
 *   u1's reply C sent 05-08; rated 满意 05-20 (phone).
 * - C3 lead u2, assigned 02-02; withdrawn 04-15.
 * - C4 lead u3 (due 06-02) and co-handler u1 (opinion due 04-02, sent 04-10), assigned 03-02; no reply.
 */
import type { Figure } from '@shared/domain/statistics'
import { partFigures, partFiguresBy, prepareStatistics, suggestionFigures } from '@shared/domain/statistics'
import type { RatingLevel } from '@shared/domain/model'
import type { SuggestionAggregate } from '@shared/domain/workflow'
import {
  accept,
  approveExtension,
  approveReturn,
  assign,
  close,
  draftReply,
  rate,
  requestExtension,
  requestReturn,
  sendCoOpinion,
  sendReply,
  signFor,
  signOffReply,
  startRehandling,
  withdraw,
} from '@shared/domain/workflow'
import { describe, expect, it } from 'vitest'
import { Journal, makeClock } from '../workflow/fixtures'
import { input } from './records'

const clock = makeClock()
const people = { leader: '赵局长', department: '城建科', handler: '李四', phone: '12345' }
const ctx = clock.ctx

function registered(name: string): Journal {
  const j = Journal.registered(ctx('2026-01-20'), { numberText: name, number: name })
  j.apply(accept(j.state, {}, ctx('2026-01-22')))
  return j
}

function reply(j: Journal, unitId: string, resultClass: string, draftOn: string, sentOn: string, round = 1): void {
  const id = () => j.assignment(unitId, round).id
  const extra =
    resultClass === 'B'
      ? { promises: [{ text: '年内完成改造', dueOn: '2026-12-31' }] }
      : resultClass === 'C'
        ? { explanation: '受用地指标限制' }
        : {}
  j.apply(draftReply(j.state, { assignmentId: id(), resultClass, body: '经认真研究……', ...extra }, ctx(draftOn)))
  j.apply(signOffReply(j.state, { assignmentId: id(), signer: '王五' }, ctx(draftOn)))
  j.apply(sendReply(j.state, { assignmentId: id() }, ctx(sentOn)))
}

function rated(
  j: Journal,
  unitId: string,
  overall: RatingLevel,
  on: string,
  communication: 'face-to-face' | 'phone' = 'phone',
  round = 1,
): void {
  j.apply(
    rate(
      j.state,
      {
        assignmentId: j.assignment(unitId, round).id,
        receivedReply: true,
        receivedOn: on,
        communication,
        attitude: overall,
        process: overall,
        result: overall,
        overall,
        reasons: overall === 'dissatisfied' ? '问题未解决' : null,
        signedBy: '樊奇',
        ratedOn: on,
      },
      ctx(on),
    ),
  )
}

// C1: separate units, an extension approved late, a re-handling round, closed.
const c1 = registered('C1')
c1.apply(
  assign(
    c1.state,
    {
      units: [
        { unitId: 'u1', role: 'separate' },
        { unitId: 'u2', role: 'separate' },
      ],
    },
    ctx('2026-02-02'),
  ),
)
c1.apply(signFor(c1.state, { assignmentId: c1.assignment('u1').id, people }, ctx('2026-02-03')))
c1.apply(signFor(c1.state, { assignmentId: c1.assignment('u2').id, people }, ctx('2026-02-03')))
c1.apply(
  requestExtension(
    c1.state,
    { assignmentId: c1.assignment('u1').id, until: '2026-06-30', reason: '涉及多部门协调' },
    ctx('2026-04-28'),
  ),
)
reply(c1, 'u2', 'A', '2026-04-25', '2026-04-28')
rated(c1, 'u2', 'dissatisfied', '2026-05-08')
c1.apply(approveExtension(c1.state, { assignmentId: c1.assignment('u1').id }, ctx('2026-05-12')))
c1.apply(startRehandling(c1.state, { assignmentId: c1.assignment('u2').id }, ctx('2026-05-12')))
reply(c1, 'u2', 'A', '2026-06-08', '2026-06-10', 2)
rated(c1, 'u2', 'satisfied', '2026-06-18', 'phone', 2)
reply(c1, 'u1', 'B', '2026-06-15', '2026-06-20')
rated(c1, 'u1', 'basically-satisfied', '2026-06-28', 'face-to-face')
c1.apply(close(c1.state, {}, ctx('2026-07-01')))

// C2: lead u3 returns it; approved with reassignment to u1.
const c2 = registered('C2')
c2.apply(assign(c2.state, { units: [{ unitId: 'u3', role: 'lead' }] }, ctx('2026-02-02')))
c2.apply(
  requestReturn(c2.state, { assignmentId: c2.assignment('u3').id, reason: '不属于本单位职责' }, ctx('2026-02-05')),
)
c2.apply(approveReturn(c2.state, { assignmentId: c2.assignment('u3').id, reassignTo: 'u1' }, ctx('2026-02-09')))
c2.apply(signFor(c2.state, { assignmentId: c2.assignment('u1').id, people }, ctx('2026-02-10')))
reply(c2, 'u1', 'C', '2026-05-05', '2026-05-08')
rated(c2, 'u1', 'satisfied', '2026-05-20')

// C3: withdrawn.
const c3 = registered('C3')
c3.apply(assign(c3.state, { units: [{ unitId: 'u2', role: 'lead' }] }, ctx('2026-02-02')))
c3.apply(signFor(c3.state, { assignmentId: c3.assignment('u2').id, people }, ctx('2026-02-03')))
c3.apply(withdraw(c3.state, { reason: '代表书面撤回' }, ctx('2026-04-15')))

// C4: lead u3 never replies; co-handler u1 sends its opinion late.
const c4 = registered('C4')
c4.apply(
  assign(
    c4.state,
    {
      units: [
        { unitId: 'u3', role: 'lead' },
        { unitId: 'u1', role: 'co' },
      ],
    },
    ctx('2026-03-02'),
  ),
)
c4.apply(signFor(c4.state, { assignmentId: c4.assignment('u3').id, people }, ctx('2026-03-03')))
c4.apply(signFor(c4.state, { assignmentId: c4.assignment('u1').id, people }, ctx('2026-03-03')))
c4.apply(sendCoOpinion(c4.state, { assignmentId: c4.assignment('u1').id, summary: '同意主办意见' }, ctx('2026-04-10')))

const journals = { C1: c1, C2: c2, C3: c3, C4: c4 }
const all = Object.values(journals)
const states: SuggestionAggregate[] = all.map((j) => j.state)
const records = {
  suggestions: states.map((s) => s.suggestion),
  assignments: states.flatMap((s) => s.assignments),
  replies: states.flatMap((s) => s.replies),
  ratings: states.flatMap((s) => s.ratings),
  contacts: all.flatMap((j) => j.contacts),
  events: all.flatMap((j) => j.events),
}

// Names for ids: suggestions by number, parts as `number/unit` (the part's first assignment).
const names = new Map<string, string>()
for (const s of states) {
  names.set(s.suggestion.id, s.suggestion.number)
  for (const a of s.assignments) names.set(a.id, `${s.suggestion.number}/${a.unitId}`)
}
const named = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id)
/** numerator / denominator and who is behind the numerator. */
function show(f: Figure): string {
  const who = named(f.basis === 'part' ? f.partIds : f.ids).join(' ')
  return `${f.numerator}${f.denominator === null ? '' : `/${f.denominator}`} ${who}`.trim()
}

describe('a past report (as of 2026-05-10)', () => {
  const facts = prepareStatistics(input(records, '2026-05-10'))

  it('leaves out the withdrawn suggestion and the returned part', () => {
    expect(named(facts.excluded.withdrawn)).toEqual(['C3'])
    expect(named(facts.excluded.returnedParts)).toEqual(['C2/u3'])
    expect(named(facts.parts.map((p) => p.id))).toEqual(['C1/u1', 'C1/u2', 'C2/u1', 'C4/u3', 'C4/u1'])
  })

  it('gives the part figures of that day', () => {
    // Assigned: C1/u1, C1/u2, C2/u1, C4/u3 (C4/u1 is a co-handler). Replied: C1/u2 (04-28), C2/u1 (05-08).
    // Due or made: those two, and C1/u1 (05-02 passed; its extension was approved only on 05-12) → overdue.
    // On time: C1/u2 (04-28 ≤ 05-02), C2/u1 (05-08 ≤ its own 05-09). Rated: C1/u2 不满意 (05-08); C2/u1's
    // rating came on 05-20 → 未反馈. Nothing closed, no re-handling yet (05-12). Co-opinion sent 04-10.
    const f = partFigures(facts)
    expect({
      assigned: show(f.assigned),
      replyRate: show(f.replyRate),
      onTimeRate: show(f.onTimeRate),
      satisfactionRate: show(f.satisfactionRate),
      firstRound: show(f.firstRoundSatisfactionRate),
      unrated: show(f.unrated),
      classA: show(f.classes.A as Figure),
      classC: show(f.classes.C as Figure),
      solveRate: show(f.solveRate),
      faceToFace: show(f.faceToFaceRate),
      closeRate: show(f.closeRate),
      rehandled: show(f.rehandled),
      overdue: show(f.overdue),
      coAssigned: show(f.coAssigned),
      coOverdue: show(f.coOverdue),
    }).toEqual({
      assigned: '4 C1/u1 C1/u2 C2/u1 C4/u3',
      replyRate: '2/4 C1/u2 C2/u1',
      onTimeRate: '2/3 C1/u2 C2/u1',
      satisfactionRate: '0/1',
      firstRound: '0/1',
      unrated: '1 C2/u1',
      classA: '1/2 C1/u2',
      classC: '1/2 C2/u1',
      solveRate: '1/2 C1/u2',
      faceToFace: '0/4',
      closeRate: '0/4',
      rehandled: '0',
      overdue: '1 C1/u1',
      coAssigned: '1 C4/u1',
      coOverdue: '0',
    })
  })

  it('gives the office-wide figures per suggestion of that day', () => {
    // C1 (two parts, u1 unanswered and overdue), C2 (replied on time, not yet rated), C4 (not due).
    const f = suggestionFigures(facts)
    expect([show(f.assigned), show(f.replyRate), show(f.onTimeRate), show(f.unrated), show(f.overdue)]).toEqual([
      '3 C1 C2 C4',
      '1/3 C2',
      '1/2 C2',
      '1 C2',
      '1 C1',
    ])
    expect(f.satisfactionRate.value).toBe(null)
  })
})

describe('the report at the end (as of 2026-07-05)', () => {
  const facts = prepareStatistics(input(records, '2026-07-05'))

  it('gives the part figures', () => {
    // Replied: C1/u1 (06-20, on time by the extended 06-30), C1/u2 (04-28), C2/u1 (05-08); C4/u3 is overdue
    // (06-02). Latest verdicts: C1/u1 基本满意, C1/u2 满意 (round 2), C2/u1 满意 → 满意率 3/3, 满意 2/3; mean
    // (80 + 100 + 100) / 3 = 93.3. First round: 基本满意, 不满意, 满意 → 2/3. Latest classes B, A, C. 当面 on
    // C1/u1's form. C1 closed 07-01: both its parts.
    const f = partFigures(facts)
    expect({
      replyRate: show(f.replyRate),
      onTimeRate: show(f.onTimeRate),
      satisfactionRate: show(f.satisfactionRate),
      satisfiedRate: show(f.satisfiedRate),
      firstRound: show(f.firstRoundSatisfactionRate),
      meanScore: f.meanScore.value,
      classes: Object.values(f.classes).map(show),
      faceToFace: show(f.faceToFaceRate),
      closeRate: show(f.closeRate),
      rehandled: show(f.rehandled),
      overdue: show(f.overdue),
    }).toEqual({
      replyRate: '3/4 C1/u1 C1/u2 C2/u1',
      onTimeRate: '3/4 C1/u1 C1/u2 C2/u1',
      satisfactionRate: '3/3 C1/u1 C1/u2 C2/u1',
      satisfiedRate: '2/3 C1/u2 C2/u1',
      firstRound: '2/3 C1/u1 C2/u1',
      meanScore: 93.3,
      classes: ['1/3 C1/u2', '1/3 C1/u1', '1/3 C2/u1', '0/3'],
      faceToFace: '1/4 C1/u1',
      closeRate: '2/4 C1/u1 C1/u2',
      rehandled: '1 C1/u2',
      overdue: '1 C4/u3',
    })
  })

  it('gives the unit table: the returning unit u3 answers only for C4, u1 for C2 from its own day', () => {
    const rows = partFiguresBy(facts, 'unit').map((r) => [
      r.key,
      show(r.figures.assigned),
      show(r.figures.replyRate),
      show(r.figures.overdue),
      show(r.figures.coAssigned),
    ])
    expect(rows).toEqual([
      ['u1', '2 C1/u1 C2/u1', '2/2 C1/u1 C2/u1', '0', '1 C4/u1'],
      ['u2', '1 C1/u2', '1/1 C1/u2', '0', '0'],
      ['u3', '1 C4/u3', '0/1', '1 C4/u3', '0'],
    ])
    expect(facts.parts.find((p) => names.get(p.id) === 'C2/u1')?.assignedOn).toBe('2026-02-09')
  })

  it('gives the office-wide figures per suggestion', () => {
    // C1: both parts replied and on time; verdict the worse one (基本满意), score (80 + 100) / 2 = 90; first
    // round has a 不满意; class the worse one (B); 当面; closed; re-handled. C2: on time, 满意 (100), class C.
    // C4: overdue, not replied. Mean (90 + 100) / 2 = 95.
    const f = suggestionFigures(facts)
    expect({
      assigned: show(f.assigned),
      replyRate: show(f.replyRate),
      onTimeRate: show(f.onTimeRate),
      satisfactionRate: show(f.satisfactionRate),
      satisfiedRate: show(f.satisfiedRate),
      firstRound: show(f.firstRoundSatisfactionRate),
      meanScore: f.meanScore.value,
      classes: Object.values(f.classes).map(show),
      solveRate: show(f.solveRate),
      faceToFace: show(f.faceToFaceRate),
      closeRate: show(f.closeRate),
      rehandled: show(f.rehandled),
      overdue: show(f.overdue),
      coAssigned: show(f.coAssigned),
    }).toEqual({
      assigned: '3 C1 C2 C4',
      replyRate: '2/3 C1 C2',
      onTimeRate: '2/3 C1 C2',
      satisfactionRate: '2/2 C1 C2',
      satisfiedRate: '1/2 C2',
      firstRound: '1/2 C2',
      meanScore: 95,
      classes: ['0/2', '1/2 C1', '1/2 C2', '0/2'],
      solveRate: '0/2',
      faceToFace: '1/3 C1',
      closeRate: '1/3 C1',
      rehandled: '1 C1',
      overdue: '1 C4',
      coAssigned: '1 C4',
    })
  })
})
