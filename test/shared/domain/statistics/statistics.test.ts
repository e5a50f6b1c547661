import type { StatisticsData } from '@shared/domain/statistics'
import {
  assignedBetween,
  byCategory,
  byDelegation,
  bySession,
  byUnit,
  byUnitAndRole,
  groupIndicators,
  handlingCases,
  indicators,
  unitLeague,
  unitRoleOf,
} from '@shared/domain/statistics'
import { describe, expect, it } from 'vitest'
import { assignment, contact, rating, reply, suggestion } from './records'

// S1 unit-a lead: replied on time (A), satisfied, face-to-face contact, closed.
const a1 = assignment('a1', 'S1', 'unit-a', 'lead', {
  assignedOn: '2026-02-02',
  due: ['reply', '2026-05-02'],
  state: 'closed',
})
// S2 unit-a lead: extended to 07-15, replied 06-20 (B), basically satisfied.
const a2 = assignment('a2', 'S2', 'unit-a', 'lead', {
  assignedOn: '2026-02-02',
  due: ['reply', '2026-07-15'],
  state: 'replied',
})
// S3 unit-b lead: late reply (C), dissatisfied, re-handled in round 2 (A), satisfied; unit-a co never sent its opinion.
const a3 = assignment('a3', 'S3', 'unit-b', 'lead', {
  assignedOn: '2026-02-02',
  due: ['reply', '2026-05-02'],
  state: 'replied',
})
const a3r2 = assignment('a3r2', 'S3', 'unit-b', 'lead', {
  assignedOn: '2026-05-20',
  due: ['rehandling-reply', '2026-06-20'],
  state: 'replied',
  round: 2,
  previousId: 'a3',
})
const a3co = assignment('a3co', 'S3', 'unit-a', 'co', {
  assignedOn: '2026-02-02',
  due: ['co-opinion', '2026-03-02'],
  state: 'signed',
})
// S4 unit-b lead: not replied, due 06-01.
const a4 = assignment('a4', 'S4', 'unit-b', 'lead', {
  assignedOn: '2026-03-01',
  due: ['reply', '2026-06-01'],
  state: 'signed',
})
// S5 unit-c lead returned, reassigned to unit-a: replied on time (A), not rated.
const a5 = assignment('a5', 'S5', 'unit-c', 'lead', {
  assignedOn: '2026-03-01',
  due: ['reply', '2026-06-01'],
  state: 'returned',
})
const a5b = assignment('a5b', 'S5', 'unit-a', 'lead', {
  assignedOn: '2026-03-05',
  due: ['reply', '2026-06-05'],
  state: 'replied',
  previousId: 'a5',
})

const data: StatisticsData = {
  suggestions: [
    suggestion('S1', { category: '城乡建设', delegation: '城区代表团', stage: 'closed' }),
    suggestion('S2', { category: '城乡建设', delegation: '郊区代表团' }),
    suggestion('S3', { category: '教科文卫', delegation: '城区代表团', round: 2 }),
    suggestion('S4', { category: '教科文卫', delegation: '郊区代表团', sessionId: 's2' }),
    suggestion('S5', { delegation: '城区代表团', sessionId: 's2' }),
  ],
  assignments: [a1, a2, a3, a3r2, a3co, a4, a5, a5b],
  replies: [
    reply('r1', a1, '2026-04-20', 'A'),
    reply('r2', a2, '2026-06-20', 'B'),
    reply('r3', a3, '2026-05-10', 'C'),
    reply('r3b', a3r2, '2026-06-15', 'A'),
    reply('r5', a5b, '2026-06-01', 'A'),
  ],
  ratings: [
    rating('g1', a1, 'satisfied', '2026-05-06'),
    rating('g2', a2, 'basically-satisfied', '2026-06-25'),
    rating('g3', a3, 'dissatisfied', '2026-05-15'),
    rating('g3b', a3r2, 'satisfied', '2026-06-25'),
  ],
  contacts: [contact('c1', a1, 'face-to-face', '2026-03-01'), contact('c2', a4, 'phone', '2026-03-10')],
}
const cases = handlingCases(data)

describe('handling cases', () => {
  it('follows reassignment and re-handling chains and credits the last unit', () => {
    expect(cases.map((c) => [c.suggestion.id, c.unitId, c.role, c.assignedOn, c.chain.map((a) => a.id)])).toEqual([
      ['S1', 'unit-a', 'lead', '2026-02-02', ['a1']],
      ['S2', 'unit-a', 'lead', '2026-02-02', ['a2']],
      ['S3', 'unit-b', 'lead', '2026-02-02', ['a3', 'a3r2']],
      ['S3', 'unit-a', 'co', '2026-02-02', ['a3co']],
      ['S4', 'unit-b', 'lead', '2026-03-01', ['a4']],
      ['S5', 'unit-a', 'lead', '2026-03-01', ['a5', 'a5b']],
    ])
  })
})

describe('figures as of 2026-06-30', () => {
  const f = indicators(cases, { asOf: '2026-06-30' })

  it('counts 交办数, 办复率 and 按时办复率 (after extensions)', () => {
    expect([f.assigned, f.coAssigned, f.replied, f.replyRate]).toEqual([5, 1, 4, 0.8])
    expect([f.dueOrMade, f.onTime, f.onTimeRate]).toEqual([5, 3, 0.6])
  })

  it('counts 满意率, 满意 alone and 初次办理满意率', () => {
    expect([f.rated, f.satisfied, f.basicallySatisfied, f.dissatisfied]).toEqual([3, 2, 1, 0])
    expect(f.satisfactionRate).toBe(1)
    expect(f.satisfiedRate).toBeCloseTo(2 / 3, 10)
    expect([f.firstRoundRated, f.firstRoundSatisfied]).toEqual([3, 2])
    expect(f.firstRoundSatisfactionRate).toBeCloseTo(2 / 3, 10)
    expect(f.meanScore).toBe(93.3)
  })

  it('gives the result-class distribution and 解决率 on the latest replies', () => {
    expect(f.classes).toEqual({ A: 3, B: 1 })
    expect([f.solved, f.solveRate]).toEqual([3, 0.75])
  })

  it('counts 见面率, 办结率, re-handling and overdue', () => {
    expect([f.faceToFace, f.faceToFaceRate]).toEqual([1, 0.2])
    expect([f.closed, f.closeRate]).toEqual([1, 0.2])
    expect(f.rehandled).toBe(1)
    expect([f.overdue, f.coOverdue]).toEqual([1, 1])
  })
})

describe('figures as of an earlier day (2026-05-05)', () => {
  it('counts only what had happened by then', () => {
    const f = indicators(cases, { asOf: '2026-05-05' })
    expect([f.assigned, f.replied, f.dueOrMade, f.onTime, f.onTimeRate]).toEqual([5, 1, 2, 1, 0.5])
    expect([f.rated, f.satisfactionRate, f.rehandled, f.overdue]).toEqual([0, null, 0, 1])
    expect(f.classes).toEqual({ A: 1 })
  })

  it('gives null rates and zero counts when nothing was assigned yet', () => {
    const f = indicators(cases, { asOf: '2026-01-31' })
    expect([f.assigned, f.replyRate, f.onTimeRate, f.faceToFaceRate, f.meanScore]).toEqual([0, null, null, null, null])
  })
})

describe('grouping', () => {
  const asOf = '2026-06-30'
  it('groups by unit', () => {
    const rows = groupIndicators(cases, byUnit, { asOf })
    expect(
      rows.map((r) => [r.key, r.figures.assigned, r.figures.replyRate, r.figures.onTimeRate, r.figures.satisfiedRate]),
    ).toEqual([
      ['unit-a', 3, 1, 1, 0.5],
      ['unit-b', 2, 0.5, 0, 1],
    ])
    expect(rows[1]?.figures.firstRoundSatisfactionRate).toBe(0)
  })

  it('groups by unit and role', () => {
    const rows = groupIndicators(cases, byUnitAndRole, { asOf })
    expect(rows.map((r) => [unitRoleOf(r.key), r.figures.assigned, r.figures.coAssigned, r.figures.coOverdue])).toEqual(
      [
        [{ unitId: 'unit-a', role: 'co' }, 0, 1, 1],
        [{ unitId: 'unit-a', role: 'lead' }, 3, 0, 0],
        [{ unitId: 'unit-b', role: 'lead' }, 2, 0, 0],
      ],
    )
  })

  it('groups by category, delegation and session', () => {
    const assignedBy = (keyOf: Parameters<typeof groupIndicators>[1]) =>
      Object.fromEntries(groupIndicators(cases, keyOf, { asOf }).map((r) => [String(r.key), r.figures.assigned]))
    expect(assignedBy(byCategory)).toEqual({ 城乡建设: 2, 教科文卫: 2, null: 1 })
    expect(assignedBy(byDelegation)).toEqual({ 城区代表团: 3, 郊区代表团: 2 })
    expect(assignedBy(bySession)).toEqual({ s1: 3, s2: 2 })
  })

  it('limits to a date range of assignment', () => {
    expect(assignedBetween(cases, '2026-03-01', null).map((c) => c.suggestion.id)).toEqual(['S4', 'S5'])
    expect(assignedBetween(cases, null, '2026-02-02').length).toBe(4)
  })
})

describe('unit league table', () => {
  it('ranks units with the default weights', () => {
    const rows = unitLeague(cases, { asOf: '2026-06-30' })
    expect(rows.map((r) => [r.rank, r.unitId, r.score])).toEqual([
      [1, 'unit-a', 93.3],
      [2, 'unit-b', 50],
    ])
  })

  it('ranks with configured weights and shares a rank on a tie, listing by official order', () => {
    const order = (id: string) => (id === 'unit-b' ? 1 : 2)
    expect(
      unitLeague(cases, { asOf: '2026-06-30', weights: { satisfiedRate: 1 } }).map((r) => [r.rank, r.unitId, r.score]),
    ).toEqual([
      [1, 'unit-b', 100],
      [2, 'unit-a', 50],
    ])
    expect(
      unitLeague(cases, { asOf: '2026-06-30', weights: { satisfactionRate: 1 }, unitOrder: order }).map((r) => [
        r.rank,
        r.unitId,
      ]),
    ).toEqual([
      [1, 'unit-b'],
      [1, 'unit-a'],
    ])
  })
})
