import { describe, expect, it } from 'vitest'
import { bigrams, buildSearchText, matchesQuery, normaliseForSearch, queryTerms } from '@shared/domain/search'

describe('buildSearchText', () => {
  it('lower-cases, folds full-width characters and whitespace, and skips empty fields', () => {
    expect(buildSearchText(['１２３', '关于加强 ＡＢＣ　小区停车\n管理的建议', null, undefined, '', '樊奇'])).toBe(
      '123 关于加强 abc 小区停车 管理的建议 樊奇',
    )
    expect(normaliseForSearch('  Ｈｅｌｌｏ\t World ')).toBe('hello world')
  })
})

describe('matchesQuery', () => {
  const text = buildSearchText(['第123号', '关于解决老旧小区停车难问题的建议', '樊奇'])
  it('matches Chinese substrings without word segmentation', () => {
    expect(matchesQuery(text, '停车')).toBe(true)
    expect(matchesQuery(text, '小区停')).toBe(true)
    expect(matchesQuery(text, '停车位')).toBe(false)
  })
  it('requires every space-separated term, full-width spaces included', () => {
    expect(matchesQuery(text, '停车 樊奇')).toBe(true)
    expect(matchesQuery(text, '停车　樊奇')).toBe(true)
    expect(matchesQuery(text, '停车 张三')).toBe(false)
  })
  it('matches full-width digits against half-width and an empty query against anything', () => {
    expect(matchesQuery(text, '１２３')).toBe(true)
    expect(matchesQuery(text, '   ')).toBe(true)
    expect(queryTerms(' a  Ｂ ')).toEqual(['a', 'b'])
  })
})

describe('bigrams', () => {
  it('gives distinct overlapping pairs without punctuation or spaces', () => {
    expect(bigrams('停车难')).toEqual(['停车', '车难'])
    expect(bigrams('停车，停车')).toEqual(['停车', '车停'])
    expect(bigrams('A B')).toEqual(['ab'])
    expect(bigrams('车')).toEqual(['车'])
    expect(bigrams('')).toEqual([])
  })
})
