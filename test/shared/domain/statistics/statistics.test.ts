/**
 * The figures over a small office: five suggestions, three units, one co-handler, a re-handling round and a
 * return with reassignment, read as of two days. Records without events: the fallbacks of timeline.ts apply
 * (S1 is 办结 from its last rating, 05-06; a5 is returned on its successor's assignment day, 03-05).
 *
 * Ported from the old `handlingCases`/`indicators` API (replaced by `prepareStatistics` and the figure
 * functions); the expected values are the old ones where the definition did not change.
 */
import type { StatisticsRecords } from '@shared/domain/statistics'
import {
  partFigures,
  partFiguresBy,
  prepareStatistics,
  suggestionFigures,
  suggestionFiguresBy,
  unitLeague,
  unitRoleOf,
} from '@shared/domain/statistics'
import { defaultSettings } from '@shared/domain/settings'
import { describe, expect, it } from 'vitest'
import { assignment, contact, input, rating, reply, suggestion } from './records'

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

const data: Omit<StatisticsRecords, 'events'> = {
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
const at = (asOf: string, period: { from: string | null; to: string | null } | null = null) =>
  prepareStatistics(input(data, asOf, { period }))

describe('parts', () => {
  it('follows re-handling rounds, ends a part at an approved return and starts the new unit on its own day', () => {
    const facts = at('2026-06-30')
    expect(facts.parts.map((p) => [p.suggestion.id, p.unitId, p.role, p.assignedOn, p.links.map((a) => a.id)])).toEqual(
      [
        ['S1', 'unit-a', 'lead', '2026-02-02', ['a1']],
        ['S2', 'unit-a', 'lead', '2026-02-02', ['a2']],
        ['S3', 'unit-b', 'lead', '2026-02-02', ['a3', 'a3r2']],
        ['S3', 'unit-a', 'co', '2026-02-02', ['a3co']],
        ['S4', 'unit-b', 'lead', '2026-03-01', ['a4']],
        ['S5', 'unit-a', 'lead', '2026-03-05', ['a5b']],
      ],
    )
    expect(facts.excluded.returnedParts).toEqual(['a5'])
  })
})

describe('figures as of 2026-06-30', () => {
  const f = partFigures(at('2026-06-30'))

  it('counts 交办数, 办复率 and 按时办复率 (after extensions)', () => {
    // Parts a1, a2, a3, a4, a5b answer; a3co is a co-handler. Replied: a1, a2, a3, a5b. Due or made: those
    // four and a4 (due 06-01). On time: a1 (04-20 ≤ 05-02), a2 (06-20 ≤ 07-15), a5b (06-01 ≤ 06-05); a3 late.
    expect([f.assigned.value, f.coAssigned.value, f.replyRate.numerator, f.replyRate.value]).toEqual([5, 1, 4, 0.8])
    expect([f.onTimeRate.denominator, f.onTimeRate.numerator, f.onTimeRate.value]).toEqual([5, 3, 0.6])
    expect(f.onTimeRate.partIds).toEqual(['a1', 'a2', 'a5b'])
    expect(f.onTimeRate.ids).toEqual(['S1', 'S2', 'S5'])
  })

  it('counts 满意率, 满意 alone, 初次办理满意率 and 未反馈 apart from the rated', () => {
    expect([f.satisfactionRate.denominator, f.verdicts.satisfied.numerator]).toEqual([3, 2])
    expect([f.verdicts['basically-satisfied'].numerator, f.verdicts.dissatisfied.numerator]).toEqual([1, 0])
    expect(f.satisfactionRate.value).toBe(1)
    expect(f.satisfiedRate.value).toBeCloseTo(2 / 3, 10)
    expect([f.firstRoundSatisfactionRate.denominator, f.firstRoundSatisfactionRate.numerator]).toEqual([3, 2])
    expect(f.meanScore.value).toBe(93.3)
    // S5's reply (a5b) has no rating: 未反馈, not among the rated.
    expect([f.unrated.value, f.unrated.ids]).toEqual([1, ['S5']])
  })

  it('gives the result-class distribution and 解决率 on the latest replies', () => {
    expect(Object.fromEntries(Object.entries(f.classes).map(([k, v]) => [k, v.numerator]))).toEqual({
      A: 3,
      B: 1,
      C: 0,
      D: 0,
    })
    expect([f.solveRate.numerator, f.solveRate.value]).toEqual([3, 0.75])
  })

  it('counts 见面率, 办结率, re-handling and overdue', () => {
    expect([f.faceToFaceRate.numerator, f.faceToFaceRate.value]).toEqual([1, 0.2])
    expect([f.closeRate.numerator, f.closeRate.value]).toEqual([1, 0.2])
    expect(f.rehandled.value).toBe(1)
    expect([f.overdue.ids, f.coOverdue.ids]).toEqual([['S4'], ['S3']])
  })

  it('gives the same office-wide figures per suggestion when every suggestion has one answering unit', () => {
    const s = suggestionFigures(at('2026-06-30'))
    expect(s.basis).toBe('suggestion')
    expect([s.assigned.value, s.replyRate.value, s.onTimeRate.value, s.closeRate.value]).toEqual([5, 0.8, 0.6, 0.2])
    expect(s.assigned.partIds).toEqual([])
  })
})

describe('figures as of an earlier day (2026-05-05)', () => {
  it('counts only what had happened by then', () => {
    // Replied by 05-05: a1. Due or made: a1 and a3 (due 05-02, unsent). S1 was closed after its rating of
    // 05-06, so not yet 办结 (the old code counted today's state: 1).
    const f = partFigures(at('2026-05-05'))
    expect([f.assigned.value, f.replyRate.numerator, f.onTimeRate.denominator, f.onTimeRate.numerator]).toEqual([
      5, 1, 2, 1,
    ])
    expect([f.satisfactionRate.denominator, f.satisfactionRate.value, f.rehandled.value]).toEqual([0, null, 0])
    expect([f.overdue.ids, f.closeRate.numerator]).toEqual([['S3'], 0])
    expect(f.classes.A?.numerator).toBe(1)
  })

  it('gives null rates and zero counts when nothing was assigned yet', () => {
    const f = partFigures(at('2026-01-31'))
    expect([f.assigned.value, f.replyRate.value, f.onTimeRate.value, f.faceToFaceRate.value]).toEqual([
      0,
      null,
      null,
      null,
    ])
    expect(f.meanScore.value).toBe(null)
  })
})

describe('grouping', () => {
  const facts = at('2026-06-30')
  it('groups by unit', () => {
    const rows = partFiguresBy(facts, 'unit')
    expect(
      rows.map((r) => [
        r.key,
        r.figures.assigned.value,
        r.figures.replyRate.value,
        r.figures.onTimeRate.value,
        r.figures.satisfiedRate.value,
      ]),
    ).toEqual([
      ['unit-a', 3, 1, 1, 0.5],
      ['unit-b', 2, 0.5, 0, 1],
    ])
    expect(rows[1]?.figures.firstRoundSatisfactionRate.value).toBe(0)
  })

  it('groups by unit and role', () => {
    const rows = partFiguresBy(facts, 'unit-role')
    expect(
      rows.map((r) => [
        unitRoleOf(r.key ?? ''),
        r.figures.assigned.value,
        r.figures.coAssigned.value,
        r.figures.coOverdue.value,
      ]),
    ).toEqual([
      [{ unitId: 'unit-a', role: 'co' }, 0, 1, 1],
      [{ unitId: 'unit-a', role: 'lead' }, 3, 0, 0],
      [{ unitId: 'unit-b', role: 'lead' }, 2, 0, 0],
    ])
  })

  it('groups by category, delegation and session', () => {
    const assignedBy = (dimension: 'category' | 'delegation' | 'session') =>
      Object.fromEntries(suggestionFiguresBy(facts, dimension).map((r) => [String(r.key), r.figures.assigned.value]))
    expect(assignedBy('category')).toEqual({ 城乡建设: 2, 教科文卫: 2, null: 1 })
    expect(assignedBy('delegation')).toEqual({ 城区代表团: 3, 郊区代表团: 2 })
    expect(assignedBy('session')).toEqual({ s1: 3, s2: 2 })
  })

  it('limits to a period of assignment', () => {
    // S5's part at unit-a was assigned on 03-05 (after the return), S4's on 03-01.
    expect(at('2026-06-30', { from: '2026-03-01', to: null }).parts.map((p) => p.id)).toEqual(['a4', 'a5b'])
    expect(at('2026-06-30', { from: null, to: '2026-02-02' }).parts.length).toBe(4)
    expect(at('2026-06-30', { from: '2026-03-02', to: null }).suggestions.map((s) => s.suggestion.id)).toEqual([])
  })
})

describe('unit league table', () => {
  it('ranks units with the weights of the settings', () => {
    // unit-a: 20×1 + 30×1 + 40×1 + 10×(1/3) = 93.3; unit-b: 20×0.5 + 30×0 + 40×1 + 10×0 = 50.
    expect(unitLeague(at('2026-06-30')).map((r) => [r.rank, r.unitId, r.score])).toEqual([
      [1, 'unit-a', 93.3],
      [2, 'unit-b', 50],
    ])
  })

  it('reads changed weights from the settings, and shares a rank on a tie listed by official order', () => {
    const settings = defaultSettings()
    settings.statistics.leagueWeights = { satisfiedRate: 1 }
    const facts = prepareStatistics(input(data, '2026-06-30', { settings }))
    expect(unitLeague(facts).map((r) => [r.rank, r.unitId, r.score])).toEqual([
      [1, 'unit-b', 100],
      [2, 'unit-a', 50],
    ])
    const order = (id: string) => (id === 'unit-b' ? 1 : 2)
    expect(
      unitLeague(facts, { weights: { satisfactionRate: 1 }, unitOrder: order }).map((r) => [r.rank, r.unitId]),
    ).toEqual([
      [1, 'unit-b'],
      [1, 'unit-a'],
    ])
  })
})
