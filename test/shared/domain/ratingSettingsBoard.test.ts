import { boardStageOf, commandForMove } from '@shared/domain/boardStage'
import { ratingScore } from '@shared/domain/rating'
import { defaultSettings } from '@shared/domain/settings'
import { describe, expect, it } from 'vitest'
import { walk } from './workflow/scenarios'

describe('ratingScore', () => {
  const settings = defaultSettings().rating
  it('gives 100 for all satisfied and 0 for all dissatisfied', () => {
    expect(ratingScore({ attitude: 'satisfied', process: 'satisfied', result: 'satisfied' }, settings)).toBe(100)
    expect(ratingScore({ attitude: 'dissatisfied', process: 'dissatisfied', result: 'dissatisfied' }, settings)).toBe(0)
  })
  it('weights attitude 30, process 30, result 40', () => {
    expect(ratingScore({ attitude: 'satisfied', process: 'satisfied', result: 'dissatisfied' }, settings)).toBe(60)
    expect(ratingScore({ attitude: 'basically-satisfied', process: 'satisfied', result: 'satisfied' }, settings)).toBe(
      94,
    )
  })
  it('divides by the sum of configured weights', () => {
    const custom = { ...settings, weights: { attitude: 1, process: 1, result: 1 } }
    expect(ratingScore({ attitude: 'satisfied', process: 'basically-satisfied', result: 'dissatisfied' }, custom)).toBe(
      60,
    )
    expect(ratingScore({ attitude: 'satisfied', process: 'satisfied', result: 'basically-satisfied' }, custom)).toBe(
      93.3,
    )
  })
})

describe('defaultSettings', () => {
  const s = defaultSettings()
  it('has the DOMAIN.md categories, result classes and copy-to line', () => {
    expect(s.categories).toEqual([
      '经济发展',
      '城乡建设',
      '生态环保',
      '教科文卫',
      '民生保障',
      '政法',
      '农业农村',
      '其他',
    ])
    expect(s.resultClasses.map((c) => [c.code, c.label, c.requiresPromise, c.requiresExplanation])).toEqual([
      ['A', '已解决或基本解决/采纳', false, false],
      ['B', '正在解决或列入计划逐步解决', true, false],
      ['C', '因条件限制需以后解决', false, true],
      ['D', '留作参考', false, false],
    ])
    expect(s.replyCopyTo).toBe('市人大常委会代表工作委员会，市政府办公室。')
  })
  it('has the default points, weights and time limits', () => {
    expect(s.rating).toEqual({
      points: { satisfied: 100, 'basically-satisfied': 80, dissatisfied: 0 },
      weights: { attitude: 30, process: 30, result: 40 },
    })
    expect(s.deadlines.reply).toEqual({ type: 'calendar-months', months: 3 })
    expect(s.deadlines.returnLimit).toEqual({ type: 'working-days', days: 7 })
    expect(s.deadlines.extensionCap).toEqual({ type: 'calendar-months', months: 6 })
    expect(s.deadlines.internalReview).toEqual({ type: 'working-days-before', days: 5, of: 'reply' })
  })
  it('returns a fresh copy each time', () => {
    const a = defaultSettings()
    a.categories.push('x')
    expect(defaultSettings().categories.length).toBe(8)
  })
})

describe('board stages', () => {
  it('places a suggestion by its lifecycle point', () => {
    expect(boardStageOf(walk('registered').j.state)).toBe('to-assign')
    expect(boardStageOf(walk('accepted').j.state)).toBe('to-assign')
    expect(boardStageOf(walk('assigned').j.state)).toBe('to-sign')
    expect(boardStageOf(walk('signed').j.state)).toBe('handling')
    expect(boardStageOf(walk('drafted').j.state)).toBe('review')
    expect(boardStageOf(walk('signed-off').j.state)).toBe('review')
    expect(boardStageOf(walk('replied').j.state)).toBe('replied')
    const { j } = walk('registered')
    expect(boardStageOf({ ...j.state, suggestion: { ...j.state.suggestion, stage: 'merged' } })).toBe('not-in-play')
  })
  it('maps drags to commands', () => {
    expect(commandForMove('to-assign', 'to-sign')).toEqual({ ok: true, value: 'assign' })
    expect(commandForMove('to-sign', 'handling')).toEqual({ ok: true, value: 'signFor' })
    expect(commandForMove('handling', 'review')).toEqual({ ok: true, value: 'draftReply' })
    expect(commandForMove('review', 'replied')).toEqual({ ok: true, value: 'sendReply' })
    expect(commandForMove('replied', 'closed')).toEqual({ ok: true, value: 'close' })
    expect(commandForMove('replied', 'rehandling')).toEqual({ ok: true, value: 'startRehandling' })
    expect(commandForMove('closed', 'replied')).toEqual({ ok: true, value: 'correct' })
    expect(commandForMove('closed', 'to-assign')).toEqual({
      ok: false,
      error: { code: 'move-not-allowed', params: { from: 'closed', to: 'to-assign' } },
    })
  })
})
