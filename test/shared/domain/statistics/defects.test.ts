/**
 * The defects of issue 11 (statistics), each on a hand-built case worked out by hand first. "Old:" says what the
 * replaced handlingCases/indicators code gave on the same records (why each test failed before the fix).
 */
import { defaultSettings } from '@shared/domain/settings'
import {
  figureOfParts,
  partFigures,
  partFiguresBy,
  prepareStatistics,
  suggestionFigures,
  suggestionFiguresBy,
  unitLeague,
} from '@shared/domain/statistics'
import { describe, expect, it } from 'vitest'
import { assignment, contact, event, input, rating, reply, suggestion } from './records'

describe('withdrawn, not-accepted and merged suggestions owe nothing', () => {
  // W: assigned 02-02 to unit-a (reply due 05-02), withdrawn on 04-15; withdrawal set its part to 'closed'.
  // N: not accepted. M: merged into H on 01-25; H assigned 02-02 to unit-b and replied 04-20.
  const aw = assignment('aw', 'W', 'unit-a', 'lead', {
    assignedOn: '2026-02-02',
    due: ['reply', '2026-05-02'],
    state: 'closed',
  })
  const ah = assignment('ah', 'H', 'unit-b', 'lead', {
    assignedOn: '2026-02-02',
    due: ['reply', '2026-05-02'],
    state: 'replied',
  })
  const records = {
    suggestions: [
      suggestion('W', { stage: 'withdrawn' }),
      suggestion('N', { stage: 'not-accepted' }),
      suggestion('M', { stage: 'merged', mergedIntoId: 'H' }),
      suggestion('H'),
    ],
    assignments: [aw, ah],
    replies: [reply('rh', ah, '2026-04-20', 'A')],
    events: [
      event('e1', 'withdrawn', '2026-04-15', { suggestionId: 'W' }),
      event('e2', 'not-accepted', '2026-01-24', { suggestionId: 'N' }),
      event('e3', 'merged', '2026-01-25', { suggestionId: 'M', data: { intoId: 'H' } }),
    ],
  }

  it('counts a withdrawn suggestion in no figure after its withdrawal', () => {
    // As of 06-30 only H counts: assigned 1, replied 1, closed 0, overdue 0, due-or-made 1 (H's reply).
    // Old: W assigned, due, 办结 (state 'closed') and overdue (05-02 passed, no reply): 2 / 1 / 1 / 1.
    const facts = prepareStatistics(input(records, '2026-06-30'))
    const f = suggestionFigures(facts)
    expect([f.assigned.ids, f.closeRate.numerator, f.overdue.value, f.onTimeRate.denominator]).toEqual([['H'], 0, 0, 1])
    expect(partFigures(facts).assigned.partIds).toEqual(['ah'])
    expect(facts.excluded).toEqual({ withdrawn: ['W'], notAccepted: ['N'], merged: ['M'], returnedParts: [] })
  })

  it('still shows the withdrawn suggestion as assigned in a report dated before the withdrawal', () => {
    // As of 04-10 W had not been withdrawn: assigned (W, H), neither closed nor overdue (due 05-02).
    const f = suggestionFigures(prepareStatistics(input(records, '2026-04-10')))
    expect([f.assigned.ids, f.closeRate.numerator, f.overdue.value]).toEqual([['W', 'H'], 0, 0])
  })

  it('shows a merged suggestion through its host', () => {
    // H answers for M: one suggestion assigned, and M listed under merged.
    const f = suggestionFigures(prepareStatistics(input(records, '2026-06-30')))
    expect([f.merged.value, f.merged.ids]).toEqual([1, ['M']])
    const p = partFigures(prepareStatistics(input(records, '2026-06-30')))
    expect([p.merged.value, p.merged.ids, p.merged.partIds]).toEqual([1, ['M'], ['ah']])
  })
})

describe('办结 as of a day', () => {
  // S closed on 06-10; T closed on 06-10 and reopened by a correction on 06-20.
  const as = assignment('as', 'S', 'unit-a', 'lead', {
    assignedOn: '2026-02-02',
    due: ['reply', '2026-05-02'],
    state: 'closed',
  })
  const at = assignment('at', 'T', 'unit-a', 'lead', {
    assignedOn: '2026-02-02',
    due: ['reply', '2026-05-02'],
    state: 'replied',
  })
  const records = {
    suggestions: [suggestion('S', { stage: 'closed' }), suggestion('T')],
    assignments: [as, at],
    replies: [reply('rs', as, '2026-04-20', 'A'), reply('rt', at, '2026-04-20', 'A')],
    ratings: [rating('gs', as, 'satisfied', '2026-05-06'), rating('gt', at, 'satisfied', '2026-05-06')],
    events: [
      event('e1', 'closed', '2026-06-10', { suggestionId: 'S', data: { assignmentIds: ['as'] } }),
      event('e2', 'closed', '2026-06-10', { suggestionId: 'T', data: { assignmentIds: ['at'] } }),
      event('e3', 'corrected', '2026-06-20', {
        suggestionId: 'T',
        data: { stage: { from: 'closed', to: 'assigned' }, assignments: [{ id: 'at', from: 'closed', to: 'replied' }] },
      }),
    ],
  }
  const closed = (asOf: string) => suggestionFigures(prepareStatistics(input(records, asOf))).closeRate

  it('uses the date of the closed event', () => {
    // 05-31: nothing closed yet (old: S counted, state 'closed'). 06-15: both closed. 06-30: T reopened.
    expect([closed('2026-05-31').ids, closed('2026-06-15').ids, closed('2026-06-30').ids]).toEqual([
      [],
      ['S', 'T'],
      ['S'],
    ])
    expect(closed('2026-06-30').value).toBe(0.5)
  })
})

describe('overdue at a past date reads the state of that date', () => {
  it('uses the due date in force on that day, not the one an extension approved later set', () => {
    // Due 05-02; extension to 06-30 asked 04-28, approved 05-12 (the record now holds 06-30, history 05-02).
    // As of 05-10 the part was overdue (05-02 passed); as of 05-20 it was not. Old: not overdue on 05-10.
    const a = assignment('a', 'S', 'unit-a', 'lead', {
      assignedOn: '2026-02-02',
      due: ['reply', '2026-06-30'],
      state: 'signed',
    })
    const original = { ...a.dueDates[0]!, date: '2026-05-02' }
    const records = {
      suggestions: [suggestion('S')],
      assignments: [{ ...a, extendedTo: '2026-06-30', dueDateHistory: [original] }],
      events: [
        event('e1', 'extension-approved', '2026-05-12', {
          suggestionId: 'S',
          assignmentId: 'a',
          data: { from: '2026-05-02', to: '2026-06-30', requested: '2026-06-30' },
        }),
      ],
    }
    const overdue = (asOf: string) => partFigures(prepareStatistics(input(records, asOf))).overdue.partIds
    expect([overdue('2026-05-10'), overdue('2026-05-20'), overdue('2026-07-01')]).toEqual([['a'], [], ['a']])
  })

  it('does not turn a late reply into an on-time one by an extension approved after it', () => {
    // Due 05-02, reply sent 05-10, extension to 06-30 approved 05-15: late (old: on time, read 06-30).
    const a = assignment('a', 'S', 'unit-a', 'lead', {
      assignedOn: '2026-02-02',
      due: ['reply', '2026-06-30'],
      state: 'replied',
    })
    const records = {
      suggestions: [suggestion('S')],
      assignments: [a],
      replies: [reply('r', a, '2026-05-10', 'A')],
      events: [
        event('e1', 'extension-approved', '2026-05-15', {
          suggestionId: 'S',
          assignmentId: 'a',
          data: { from: '2026-05-02', to: '2026-06-30' },
        }),
      ],
    }
    const f = partFigures(prepareStatistics(input(records, '2026-06-30')))
    expect([f.onTimeRate.numerator, f.onTimeRate.denominator]).toEqual([0, 1])
  })

  it("counts a co-handler's opinion as sent only from the day it was sent", () => {
    // Co-opinion due 03-02, sent 03-20: overdue on 03-10, not on 03-25. Old: never overdue (state 'opinion-sent').
    const lead = assignment('l', 'S', 'unit-a', 'lead', {
      assignedOn: '2026-02-02',
      due: ['reply', '2026-05-02'],
      state: 'signed',
    })
    const co = assignment('c', 'S', 'unit-b', 'co', {
      assignedOn: '2026-02-02',
      due: ['co-opinion', '2026-03-02'],
      state: 'opinion-sent',
    })
    const records = {
      suggestions: [suggestion('S')],
      assignments: [lead, co],
      events: [event('e1', 'co-opinion-sent', '2026-03-20', { suggestionId: 'S', assignmentId: 'c' })],
    }
    const coOverdue = (asOf: string) => partFigures(prepareStatistics(input(records, asOf))).coOverdue.partIds
    expect([coOverdue('2026-03-10'), coOverdue('2026-03-25')]).toEqual([['c'], []])
  })
})

describe('an approved return belongs to nobody', () => {
  // unit-c was assigned S on 03-02 (due 06-02) and asked to return it; approved on 03-06 without naming a unit;
  // the office assigned it afresh to unit-a on 03-09 (due 06-09), which replied on 06-05.
  const ac = assignment('ac', 'S', 'unit-c', 'lead', {
    assignedOn: '2026-03-02',
    due: ['reply', '2026-06-02'],
    state: 'returned',
  })
  const aa = assignment('aa', 'S', 'unit-a', 'lead', {
    assignedOn: '2026-03-09',
    due: ['reply', '2026-06-09'],
    state: 'replied',
  })
  // T at unit-c, replied on time and rated satisfied, so unit-c has a row of its own.
  const ct = assignment('ct', 'T', 'unit-c', 'lead', {
    assignedOn: '2026-03-02',
    due: ['reply', '2026-06-02'],
    state: 'replied',
  })
  const records = {
    suggestions: [suggestion('S'), suggestion('T')],
    assignments: [ac, aa, ct],
    replies: [reply('ra', aa, '2026-06-05', 'A'), reply('rt', ct, '2026-05-20', 'A')],
    ratings: [rating('gt', ct, 'satisfied', '2026-05-25')],
    events: [event('e1', 'return-approved', '2026-03-06', { suggestionId: 'S', assignmentId: 'ac' })],
  }

  it('keeps the returned part out of the returning unit and the league table', () => {
    // As of 06-30 unit-c holds only T: 办复率 1/1 (old: 1/2 with the returned part, which had no reply).
    const facts = prepareStatistics(input(records, '2026-06-30'))
    const rows = partFiguresBy(facts, 'unit')
    expect(rows.map((r) => [r.key, r.figures.assigned.partIds, r.figures.replyRate.value])).toEqual([
      ['unit-a', ['aa'], 1],
      ['unit-c', ['ct'], 1],
    ])
    // League (20/30/40/10): unit-c 20 + 30 + 40 + 0 = 90; unit-a 20 + 30 (06-05 ≤ 06-09) + 0 (见面率) over the
    // weights 20 + 30 + 10 it has values for (nothing rated) → 83.3. Old: unit-c kept the returned part, due
    // 06-02 and unanswered: 20×0.5 + 30×0.5 + 40 + 0 = 65.
    expect(unitLeague(facts).map((r) => [r.unitId, r.score])).toEqual([
      ['unit-c', 90],
      ['unit-a', 83.3],
    ])
    expect(facts.excluded.returnedParts).toEqual(['ac'])
  })

  it('counts the new unit from its own assignment day, and the returning unit before the return', () => {
    // Period from 03-07: unit-a's part (03-09) is in it, unit-c's parts (03-02) are not.
    const later = prepareStatistics(input(records, '2026-06-30', { period: { from: '2026-03-07', to: null } }))
    expect(later.parts.map((p) => [p.id, p.unitId, p.assignedOn])).toEqual([['aa', 'unit-a', '2026-03-09']])
    // As of 03-05 the return was not yet approved: S was unit-c's.
    const before = prepareStatistics(input(records, '2026-03-05'))
    expect(before.parts.map((p) => [p.id, p.unitId])).toEqual([
      ['ac', 'unit-c'],
      ['ct', 'unit-c'],
    ])
  })
})

describe('per suggestion and per part', () => {
  // S split among three separate units: u1 replied 04-20 (A) rated 满意; u2 replied 04-25 (C) rated 基本满意;
  // u3 has not replied (due 05-02). T has one lead unit u1, replied 04-28 (A), rated 满意.
  const due = ['reply', '2026-05-02'] as const
  const s1 = assignment('s1', 'S', 'u1', 'separate', { assignedOn: '2026-02-02', due: [...due], state: 'replied' })
  const s2 = assignment('s2', 'S', 'u2', 'separate', { assignedOn: '2026-02-02', due: [...due], state: 'replied' })
  const s3 = assignment('s3', 'S', 'u3', 'separate', { assignedOn: '2026-02-02', due: [...due], state: 'signed' })
  const t1 = assignment('t1', 'T', 'u1', 'lead', { assignedOn: '2026-02-02', due: [...due], state: 'replied' })
  const records = {
    suggestions: [suggestion('S'), suggestion('T')],
    assignments: [s1, s2, s3, t1],
    replies: [
      reply('r1', s1, '2026-04-20', 'A'),
      reply('r2', s2, '2026-04-25', 'C'),
      reply('r4', t1, '2026-04-28', 'A'),
    ],
    ratings: [
      rating('g1', s1, 'satisfied', '2026-04-30'),
      rating('g2', s2, 'basically-satisfied', '2026-04-30'),
      rating('g4', t1, 'satisfied', '2026-05-05'),
    ],
  }
  const facts = prepareStatistics(input(records, '2026-05-10'))

  it('counts a split suggestion once office-wide and each unit part in unit tables', () => {
    // Suggestions: 2 assigned; S is not fully answered (u3), so replied 1 (T) → 0.5. Parts: 4, replied 3 → 0.75.
    const s = suggestionFigures(facts)
    const p = partFigures(facts)
    expect([s.basis, s.assigned.value, s.replyRate.numerator, s.replyRate.value]).toEqual(['suggestion', 2, 1, 0.5])
    expect([p.basis, p.assigned.value, p.replyRate.numerator, p.replyRate.value]).toEqual(['part', 4, 3, 0.75])
    expect(p.replyRate.ids).toEqual(['S', 'T'])
    expect(p.replyRate.partIds).toEqual(['s1', 's2', 't1'])
    expect(p.replyRate.denominatorPartIds).toEqual(['s1', 's2', 's3', 't1'])
  })

  it('rates a split suggestion only when every part is rated, on its worst verdict and class', () => {
    // Parts: rated 3 (满意 2, 基本满意 1); classes A 2, C 1; overdue u3 (05-02 passed).
    // Suggestions: S has an unrated part (u3 has not replied) → only T rated; S overdue; S not replied → no class.
    const s = suggestionFigures(facts)
    const p = partFigures(facts)
    expect([
      p.satisfactionRate.denominator,
      p.satisfiedRate.numerator,
      p.classes.A?.numerator,
      p.classes.C?.numerator,
    ]).toEqual([3, 2, 2, 1])
    expect([s.satisfactionRate.ids, s.classes.A?.ids, s.overdue.ids, p.overdue.partIds]).toEqual([
      ['T'],
      ['T'],
      ['S'],
      ['s3'],
    ])
    // As of 05-20 with u3 replied (B) on 05-15 and rated 满意 on 05-18: S's class is its worst (C), verdict 基本满意.
    const s3Reply = reply('r3', s3, '2026-05-15', 'B')
    const later = prepareStatistics(
      input(
        {
          ...records,
          replies: [...records.replies, s3Reply],
          ratings: [...records.ratings, rating('g3', s3, 'satisfied', '2026-05-18')],
        },
        '2026-05-20',
      ),
    )
    const f = suggestionFigures(later)
    expect([f.classes.C?.ids, f.verdicts['basically-satisfied'].ids, f.satisfiedRate.ids]).toEqual([
      ['S'],
      ['S'],
      ['T'],
    ])
    expect(f.meanScore.value).toBe(96.7) // S: (100 + 80 + 100) / 3 = 93.33; T: 100; mean 96.67
  })

  it('lets another table build a figure of its own on the same basis', () => {
    const withA = facts.parts.filter((x) => x.latestReply?.resultClass === 'A')
    expect(figureOfParts(withA, facts.parts)).toEqual({
      basis: 'part',
      value: 0.5,
      numerator: 2,
      denominator: 4,
      ids: ['S', 'T'],
      partIds: ['s1', 't1'],
      denominatorIds: ['S', 'T'],
      denominatorPartIds: ['s1', 's2', 's3', 't1'],
    })
  })
})

describe('见面率 and 未反馈', () => {
  // S: replied 04-20, rating form says 当面 (no contact record). T: a face-to-face contact on 03-10.
  // U: replied 04-25, no rating returned.
  const due = ['reply', '2026-05-02'] as const
  const as = assignment('as', 'S', 'u1', 'lead', { assignedOn: '2026-02-02', due: [...due], state: 'replied' })
  const at = assignment('at', 'T', 'u1', 'lead', { assignedOn: '2026-02-02', due: [...due], state: 'signed' })
  const au = assignment('au', 'U', 'u1', 'lead', { assignedOn: '2026-02-02', due: [...due], state: 'replied' })
  const records = {
    suggestions: [suggestion('S'), suggestion('T'), suggestion('U')],
    assignments: [as, at, au],
    replies: [reply('rs', as, '2026-04-20', 'A'), reply('ru', au, '2026-04-25', 'A')],
    ratings: [rating('gs', as, 'satisfied', '2026-04-28', 'face-to-face')],
    contacts: [contact('c', at, 'face-to-face', '2026-03-10')],
  }

  it('counts the deputy answering 当面 on the rating form as a face-to-face contact', () => {
    // S (rating form) and T (contact record) ÷ 3 assigned. Old: T only, 1/3.
    const f = suggestionFigures(prepareStatistics(input(records, '2026-04-30')))
    expect([f.faceToFaceRate.ids, f.faceToFaceRate.denominator]).toEqual([['S', 'T'], 3])
  })

  it('shows replies without a returned rating apart from the rated', () => {
    // Replied S and U; rated S; 未反馈 U. rated + unrated = replied.
    const f = suggestionFigures(prepareStatistics(input(records, '2026-04-30')))
    expect([f.replyRate.numerator, f.satisfactionRate.denominator, f.unrated.ids]).toEqual([2, 1, ['U']])
  })
})

describe('a session over two calendar years', () => {
  // Session s1's suggestions: A assigned 2025-12-22, B assigned 2026-01-12 (both replied on time).
  const aa = assignment('aa', 'A', 'u1', 'lead', {
    assignedOn: '2025-12-22',
    due: ['reply', '2026-03-22'],
    state: 'replied',
  })
  const ab = assignment('ab', 'B', 'u1', 'lead', {
    assignedOn: '2026-01-12',
    due: ['reply', '2026-04-12'],
    state: 'replied',
  })
  const records = {
    suggestions: [suggestion('A', { receivedOn: '2025-12-10' }), suggestion('B', { receivedOn: '2025-12-10' })],
    assignments: [aa, ab],
    replies: [reply('ra', aa, '2026-03-01', 'A'), reply('rb', ab, '2026-03-02', 'B')],
  }
  const facts = prepareStatistics(input(records, '2026-06-30'))

  it('is reported whole by session and split by calendar year of 交办', () => {
    const rows = (list: ReturnType<typeof suggestionFiguresBy>) => list.map((r) => [r.key, r.figures.assigned.ids])
    expect(rows(suggestionFiguresBy(facts, 'session'))).toEqual([['s1', ['A', 'B']]])
    expect(rows(suggestionFiguresBy(facts, 'year'))).toEqual([
      ['2025', ['A']],
      ['2026', ['B']],
    ])
    expect(rows(partFiguresBy(facts, 'year'))).toEqual([
      ['2025', ['A']],
      ['2026', ['B']],
    ])
  })

  it('gives a calendar year on its own through the period', () => {
    const year2026 = prepareStatistics(
      input(records, '2026-12-31', { period: { from: '2026-01-01', to: '2026-12-31' } }),
    )
    expect(suggestionFigures(year2026).assigned.ids).toEqual(['B'])
  })
})

describe('league weights', () => {
  it('come from the settings', () => {
    // One unit, 办复率 1 and 见面率 0: with weights {replyRate 1, faceToFaceRate 1} the score is 50; the default
    // weights (20/30/40/10, satisfaction unrated so left out) give (20 + 30 + 0) / 60 → 83.3.
    const a = assignment('a', 'S', 'u1', 'lead', {
      assignedOn: '2026-02-02',
      due: ['reply', '2026-05-02'],
      state: 'replied',
    })
    const records = { suggestions: [suggestion('S')], assignments: [a], replies: [reply('r', a, '2026-04-20', 'A')] }
    const settings = defaultSettings()
    settings.statistics.leagueWeights = { replyRate: 1, faceToFaceRate: 1 }
    expect(unitLeague(prepareStatistics(input(records, '2026-06-30', { settings })))[0]?.score).toBe(50)
    expect(unitLeague(prepareStatistics(input(records, '2026-06-30')))[0]?.score).toBe(83.3)
  })
})

describe('未反馈 settled by the office, and corrected ratings', () => {
  // The ratings work records a form not returned in time as a closure on the part {kind 'unanswered', on}; in
  // 'count-as' mode it also enters a rating with source 'no-answer'. A corrected rating is a new one with
  // `correctsId`. (Fields read when present; older records lack them.)
  const due = ['reply', '2026-05-02'] as const
  const closure = { kind: 'unanswered', on: '2026-05-25', reason: '逾期未反馈' }
  // S: u1 replied 04-20, no form; closed as 未反馈 on 05-25 (the suggestion with it).
  const as = {
    ...assignment('as', 'S', 'u1', 'lead', { assignedOn: '2026-02-02', due: [...due], state: 'closed' }),
    closure,
  }
  // T: separate u1 (replied 04-20, closed as 未反馈 05-25) and u2 (replied 04-22, form still awaited).
  const t1 = {
    ...assignment('t1', 'T', 'u1', 'separate', { assignedOn: '2026-02-02', due: [...due], state: 'closed' }),
    closure,
  }
  const t2 = assignment('t2', 'T', 'u2', 'separate', { assignedOn: '2026-02-02', due: [...due], state: 'replied' })
  // V: u1 replied 04-20; the local rule counts an unreturned form as 基本满意 (rating of 05-25, source no-answer).
  const av = {
    ...assignment('av', 'V', 'u1', 'lead', { assignedOn: '2026-02-02', due: [...due], state: 'closed' }),
    closure,
  }
  const gv = { ...rating('gv', av, 'basically-satisfied', '2026-05-25', 'none'), source: 'no-answer' }
  const records = {
    suggestions: [suggestion('S', { stage: 'closed' }), suggestion('T'), suggestion('V', { stage: 'closed' })],
    assignments: [as, t1, t2, av],
    replies: [
      reply('rs', as, '2026-04-20', 'A'),
      reply('r1', t1, '2026-04-20', 'A'),
      reply('r2', t2, '2026-04-22', 'A'),
      reply('rv', av, '2026-04-20', 'A'),
    ],
    ratings: [gv],
    events: [
      event('e1', 'closed', '2026-05-25', { suggestionId: 'S' }),
      event('e2', 'closed', '2026-05-25', { suggestionId: 'V' }),
    ],
  }

  it('shows parts closed as 未反馈 apart from the rated, closed from their own day', () => {
    // 05-20: nothing settled: unrated S, T/u1, T/u2, V; rated none; closed none.
    // 05-30: S and T/u1 closed as 未反馈 (unrated, closed); V counted as 基本满意 (rated, not unrated, closed with
    // its suggestion); T/u2 still awaited (unrated, open). Old: no such figure; T/u1 not closed.
    const before = partFigures(prepareStatistics(input(records, '2026-05-20')))
    expect([before.unrated.partIds, before.noAnswer.partIds, before.closeRate.partIds]).toEqual([
      ['as', 't1', 't2', 'av'],
      [],
      [],
    ])
    const after = partFigures(prepareStatistics(input(records, '2026-05-30')))
    expect({
      unrated: after.unrated.partIds,
      noAnswer: after.noAnswer.partIds,
      rated: after.satisfactionRate.denominatorPartIds,
      closed: after.closeRate.partIds,
    }).toEqual({ unrated: ['as', 't1', 't2'], noAnswer: ['as', 't1', 'av'], rated: ['av'], closed: ['as', 't1', 'av'] })
    // Per suggestion T is neither closed nor rated: one part is still awaited.
    const s = suggestionFigures(prepareStatistics(input(records, '2026-05-30')))
    expect([s.closeRate.ids, s.unrated.ids, s.noAnswer.ids]).toEqual([
      ['S', 'V'],
      ['S', 'T'],
      ['S', 'T', 'V'],
    ])
  })

  it('reads a corrected rating instead of the one it replaces', () => {
    // W: a form dated 05-01 entered as 不满意, corrected to 满意 (same form date). The correction is listed first,
    // so "the latest of the day wins" keeps 不满意 (old code: 满意率 0). Correct: 满意, first round included.
    const aw = assignment('aw', 'W', 'u1', 'lead', { assignedOn: '2026-02-02', due: [...due], state: 'replied' })
    const wrong = rating('g1', aw, 'dissatisfied', '2026-05-01')
    const right = { ...rating('g2', aw, 'satisfied', '2026-05-01'), correctsId: 'g1' }
    const w = {
      suggestions: [suggestion('W')],
      assignments: [aw],
      replies: [reply('rw', aw, '2026-04-20', 'A')],
      ratings: [right, wrong],
    }
    const f = partFigures(prepareStatistics(input(w, '2026-05-05')))
    expect([f.satisfiedRate.value, f.satisfactionRate.denominator, f.firstRoundSatisfactionRate.value]).toEqual([
      1, 1, 1,
    ])
  })
})

describe('a hand-over after 机构改革 and a recomputed due date', () => {
  // unit-old was assigned S on 02-02 (due 05-02); on 04-01 its work passed to unit-new, whose link keeps the
  // assignment day and due date. Separately, T's due date 05-02 was recomputed to 05-06 on 05-05 (a corrected calendar).
  const old = assignment('old', 'S', 'unit-old', 'lead', {
    assignedOn: '2026-02-02',
    due: ['reply', '2026-05-02'],
    state: 'transferred',
  })
  const next = {
    ...assignment('new', 'S', 'unit-new', 'lead', {
      assignedOn: '2026-02-02',
      due: ['reply', '2026-05-02'],
      state: 'signed',
      previousId: 'old',
    }),
    createdAt: '2026-04-01T01:00:00.000Z',
  }
  const at = assignment('at', 'T', 'unit-t', 'lead', {
    assignedOn: '2026-02-02',
    due: ['reply', '2026-05-06'],
    state: 'signed',
  })
  const records = {
    suggestions: [suggestion('S'), suggestion('T')],
    assignments: [old, next, at],
    events: [
      event('e1', 'transferred', '2026-04-01', {
        suggestionId: 'S',
        assignmentId: 'old',
        data: { toUnitId: 'unit-new', newAssignmentId: 'new' },
      }),
      event('e2', 'due-dates-recomputed', '2026-05-05', {
        suggestionId: 'T',
        assignmentId: 'at',
        data: {
          dueDates: [{ assignmentId: 'at', unitId: 'unit-t', kind: 'reply', from: '2026-05-02', to: '2026-05-06' }],
        },
      }),
    ],
  }
  const units = (asOf: string) =>
    prepareStatistics(input(records, asOf)).parts.map((p) => [p.id, p.unitId, p.assignedOn])

  it('credits the part to the unit holding it on the day asked, with the first assignment day', () => {
    // 03-15: unit-old; 06-30: unit-new (old code: unit-new on every day).
    expect(units('2026-03-15')[0]).toEqual(['old', 'unit-old', '2026-02-02'])
    expect(units('2026-06-30')[0]).toEqual(['old', 'unit-new', '2026-02-02'])
  })

  it('uses a recomputed due date from the day it was recomputed', () => {
    // 05-04: S and T overdue (05-02 in force for both; old code read T's 05-06: S only). 05-05: T's 05-06 in
    // force, not overdue. 05-07: both.
    const overdue = (asOf: string) => partFigures(prepareStatistics(input(records, asOf))).overdue.partIds
    expect([overdue('2026-05-04'), overdue('2026-05-05'), overdue('2026-05-07')]).toEqual([
      ['old', 'at'],
      ['old'],
      ['old', 'at'],
    ])
  })
})
