/**
 * The board as data (features/board/boardModel.ts): which column each suggestion stands in, the reply date in
 * force and its working days left on the 2026 calendar (中秋 09-25…27, 国庆 10-01…07, make-up working days
 * 09-20 and 10-10), urgency order, the filters and each unit's load. "Today" is Monday 2026-09-28.
 */
import { describe, expect, it } from 'vitest'
import { builtInHolidayYears, createWorkingDayCalendar } from '@shared/domain/calendar'
import {
  BOARD_COLUMNS,
  EMPTY_FILTERS,
  buildBoardCards,
  buildBoardModel,
  groupBoardCards,
  type BoardCard,
  type BoardFilters,
} from '@renderer/features/board/boardModel'
import { cardBorderColour, daysTagColour } from '@renderer/features/board/urgencyColours'
import { aggregate, suggestion } from './fixtures'

const calendar = createWorkingDayCalendar(builtInHolidayYears())
const TODAY = '2026-09-28'

const aggregates = [
  aggregate(suggestion('T1', 1, { stage: 'accepted', sessionId: 'S2' })),
  aggregate(suggestion('R0', 2, { stage: 'registered' })),
  aggregate(suggestion('N', 3, { stage: 'not-accepted' })),
  aggregate(suggestion('S1', 10, { title: '关于 Wi-Fi 覆盖公园的建议' }), [
    { unitId: 'U1', state: 'assigned', reply: '2026-10-12' },
  ]),
  aggregate(suggestion('H1', 11, { key: true, category: '教科文卫' }), [
    { unitId: 'U2', state: 'signed', reply: '2026-09-30' },
    // A co-handler's dates never make the card's date.
    { unitId: 'U3', role: 'co', state: 'signed', reply: '2026-09-21' },
  ]),
  aggregate(suggestion('H2', 12), [
    { unitId: 'U4', role: 'separate', state: 'signed', reply: '2026-10-19' },
    { unitId: 'U5', role: 'separate', state: 'signed', reply: '2026-09-21' },
  ]),
  aggregate(suggestion('H3', 13, { sessionId: 'S2' }), [
    { unitId: 'U1', state: 'return-requested', reply: '2026-10-10' },
  ]),
  aggregate(suggestion('H0', 5), [{ unitId: 'U6', state: 'signed', reply: '2026-10-10' }]),
  aggregate(suggestion('RV', 14, { sessionId: 'S2' }), [{ unitId: 'U2', state: 'review', reply: '2026-09-28' }]),
  aggregate(suggestion('RP', 15), [{ unitId: 'U1', state: 'replied', reply: '2026-09-21' }]),
  aggregate(suggestion('RH', 16, { round: 2 }), [
    { id: 'RH-1', unitId: 'U3', state: 'replied', reply: '2026-07-01' },
    {
      unitId: 'U3',
      state: 'rehandling',
      round: 2,
      previousId: 'RH-1',
      reply: '2026-07-01',
      rehandlingReply: '2026-10-16',
    },
  ]),
  aggregate(suggestion('C', 17, { stage: 'closed', category: '教科文卫' }), [{ unitId: 'U1', state: 'closed' }]),
  // Returned by U5 and reassigned to U6: only the replacement counts.
  aggregate(suggestion('RA', 18, { key: true }), [
    { id: 'RA-1', unitId: 'U5', state: 'returned', reply: '2026-09-21' },
    { unitId: 'U6', state: 'assigned', previousId: 'RA-1', reply: '2026-10-19' },
  ]),
]

const cards = buildBoardCards(aggregates, calendar, TODAY)
const card = (id: string): BoardCard => {
  const found = cards.find((c) => c.id === id)
  if (!found) throw new Error(`no card ${id}`)
  return found
}
const ids = (list: readonly BoardCard[]) => list.map((c) => c.id)
const filtered = (filters: Partial<BoardFilters>) =>
  groupBoardCards(cards, { ...EMPTY_FILTERS, ...filters }).columns.flatMap((c) => ids(c.cards))

describe('buildBoardCards', () => {
  it('leaves out suggestions not in play (不予立案, 撤回, 并案)', () => {
    expect(cards.length).toBe(12)
    expect(cards.some((c) => c.id === 'N')).toBe(false)
  })

  it('puts each suggestion in its stage column', () => {
    expect(Object.fromEntries(cards.map((c) => [c.id, c.stage]))).toEqual({
      T1: 'to-assign',
      R0: 'to-assign',
      S1: 'to-sign',
      RA: 'to-sign',
      H0: 'handling',
      H1: 'handling',
      H2: 'handling',
      H3: 'handling',
      RV: 'review',
      RP: 'replied',
      RH: 'rehandling',
      C: 'closed',
    })
  })

  it('counts working days left to the reply date across 国庆 and the make-up Saturday 10-10', () => {
    expect(card('H1').due).toEqual({ kind: 'reply', date: '2026-09-30', workingDaysLeft: 2, urgency: 'within5' })
    expect(card('H0').due).toEqual({ kind: 'reply', date: '2026-10-10', workingDaysLeft: 5, urgency: 'within5' })
    expect(card('S1').due).toEqual({ kind: 'reply', date: '2026-10-12', workingDaysLeft: 6, urgency: 'within10' })
    expect(card('RA').due).toEqual({ kind: 'reply', date: '2026-10-19', workingDaysLeft: 11, urgency: 'later' })
  })

  it('is on time (0 left) on the due date and overdue by working days elapsed after it, 中秋 not counted', () => {
    expect(card('RV').due).toEqual({ kind: 'reply', date: '2026-09-28', workingDaysLeft: 0, urgency: 'within5' })
    expect(card('H2').due).toEqual({ kind: 'reply', date: '2026-09-21', workingDaysLeft: -4, urgency: 'overdue' })
  })

  it('uses the re-handling reply date in a later round', () => {
    expect(card('RH').due).toEqual({
      kind: 'rehandling-reply',
      date: '2026-10-16',
      workingDaysLeft: 10,
      urgency: 'within10',
    })
    expect(card('RH').round).toBe(2)
  })

  it('has no date before assignment, once replied and once closed', () => {
    expect([card('T1').due, card('RP').due, card('C').due]).toEqual([null, null, null])
  })

  it('names the lead unit (else the first separate unit) and every unit holding a live part', () => {
    expect([card('H1').leadUnitId, card('H1').unitIds]).toEqual(['U2', ['U2', 'U3']])
    expect([card('H2').leadUnitId, card('H2').unitIds]).toEqual(['U4', ['U4', 'U5']])
    expect([card('RA').leadUnitId, card('RA').unitIds]).toEqual(['U6', ['U6']])
    expect([card('T1').leadUnitId, card('T1').unitIds]).toEqual([null, []])
  })

  it('sorts the most urgent first, then by number; cards without a date last', () => {
    expect(ids(cards)).toEqual(['H2', 'RV', 'H1', 'H0', 'H3', 'S1', 'RH', 'RA', 'T1', 'R0', 'RP', 'C'])
  })

  it('keeps the key-supervision mark and a lower-cased search text of number and title', () => {
    expect(card('H1').key).toBe(true)
    expect(card('S1').key).toBe(false)
    expect(card('S1').searchText).toBe('第0010号 10 关于 wi-fi 覆盖公园的建议')
  })
})

describe('groupBoardCards', () => {
  it('gives the seven columns in order with their cards, most urgent first', () => {
    const model = groupBoardCards(cards, EMPTY_FILTERS)
    expect(BOARD_COLUMNS).toEqual(['to-assign', 'to-sign', 'handling', 'review', 'replied', 'rehandling', 'closed'])
    expect(model.columns.map((c) => [c.stage, ids(c.cards)])).toEqual([
      ['to-assign', ['T1', 'R0']],
      ['to-sign', ['S1', 'RA']],
      ['handling', ['H2', 'H1', 'H0', 'H3']],
      ['review', ['RV']],
      ['replied', ['RP']],
      ['rehandling', ['RH']],
      ['closed', ['C']],
    ])
    expect(model.total).toBe(12)
  })

  it("counts each unit's load by column, busiest first, with its overdue cards", () => {
    const model = groupBoardCards(cards, EMPTY_FILTERS)
    expect(model.units.map((u) => [u.unitId, u.total, u.overdue])).toEqual([
      ['U1', 4, 0],
      ['U2', 2, 0],
      ['U3', 2, 0],
      ['U6', 2, 0],
      ['U4', 1, 1],
      ['U5', 1, 1],
    ])
    expect(model.units[0]!.counts).toEqual({
      'to-assign': 0,
      'to-sign': 1,
      handling: 1,
      review: 0,
      replied: 1,
      rehandling: 0,
      closed: 1,
    })
  })

  it('filters by session', () => {
    expect(filtered({ sessionId: 'S2' })).toEqual(['T1', 'H3', 'RV'])
  })

  it('filters by unit, co-handlers included', () => {
    expect(filtered({ unitId: 'U3' })).toEqual(['H1', 'RH'])
    expect(filtered({ unitId: 'U5' })).toEqual(['H2'])
  })

  it('filters by category', () => {
    expect(filtered({ category: '教科文卫' })).toEqual(['H1', 'C'])
  })

  it('filters key-supervision suggestions', () => {
    expect(filtered({ keyOnly: true })).toEqual(['RA', 'H1'])
  })

  it('filters overdue cards', () => {
    expect(filtered({ overdueOnly: true })).toEqual(['H2'])
  })

  it('filters cards due within N working days, overdue included, undated excluded', () => {
    expect(filtered({ dueWithin: 5 })).toEqual(['H2', 'H1', 'H0', 'H3', 'RV'])
    expect(filtered({ dueWithin: 0 })).toEqual(['H2', 'RV'])
    expect(filtered({ dueWithin: 10 })).toEqual(['S1', 'H2', 'H1', 'H0', 'H3', 'RV', 'RH'])
  })

  it('searches number and title, ignoring case and surrounding spaces', () => {
    expect(filtered({ query: ' 第0013号 ' })).toEqual(['H3'])
    expect(filtered({ query: 'WI-FI' })).toEqual(['S1'])
    expect(filtered({ query: '无此内容' })).toEqual([])
  })

  it('combines filters, and recounts loads over the filtered cards', () => {
    const model = groupBoardCards(cards, { ...EMPTY_FILTERS, unitId: 'U1', dueWithin: 10 })
    expect(model.columns.flatMap((c) => ids(c.cards))).toEqual(['S1', 'H3'])
    expect(model.total).toBe(2)
    expect(model.units.map((u) => [u.unitId, u.total])).toEqual([['U1', 2]])
  })
})

describe('buildBoardModel', () => {
  it('is building the cards, then grouping them', () => {
    const filters: BoardFilters = { ...EMPTY_FILTERS, keyOnly: true }
    const model = buildBoardModel(aggregates, filters, calendar, TODAY)
    expect(model).toEqual(groupBoardCards(cards, filters))
    expect(model.columns.map((c) => c.cards.length)).toEqual([0, 1, 1, 0, 0, 0, 0])
  })

  it('reads the same dates differently on another day', () => {
    const later = buildBoardModel(aggregates, { ...EMPTY_FILTERS, overdueOnly: true }, calendar, '2026-10-12')
    // From Monday 10-12: 09-30 and 10-10 have passed; 10-12 itself is on time.
    expect(later.columns.flatMap((c) => c.cards.map((x) => [x.id, x.due?.workingDaysLeft]))).toEqual([
      ['H2', -10],
      ['H1', -4],
      ['H0', -1],
      ['H3', -1],
      ['RV', -6],
    ])
  })
})

describe('card colours by urgency', () => {
  it('colours the border red when overdue, orange within 5, gold within 10, grey later or undated', () => {
    expect(['H2', 'RV', 'H0', 'S1', 'RH', 'RA', 'T1'].map((id) => cardBorderColour(card(id).due))).toEqual([
      '#f5222d',
      '#fa8c16',
      '#fa8c16',
      '#faad14',
      '#faad14',
      '#d9d9d9',
      '#d9d9d9',
    ])
  })

  it('tags the days left red, orange or gold, and leaves later dates untinted', () => {
    expect(['H2', 'H1', 'S1', 'RA', 'C'].map((id) => daysTagColour(card(id).due))).toEqual([
      'red',
      'orange',
      'gold',
      undefined,
      undefined,
    ])
  })
})
