import { describe, expect, it } from 'vitest'
import { rankUnitsBySimilarTitles, titleSimilarity } from '@shared/domain/similarity'

const history = [
  { title: '关于解决老旧小区停车难问题的建议', unitId: 'housing' },
  { title: '关于增加小区停车位的建议', unitId: 'housing' },
  { title: '关于缓解城区停车难的建议', unitId: 'police' },
  { title: '关于加强中小学课后服务的建议', unitId: 'education' },
  { title: '关于完善养老服务体系的建议', unitId: 'civil' },
]

describe('titleSimilarity', () => {
  it('ignores the 关于…的建议 boilerplate', () => {
    expect(titleSimilarity('关于停车难的建议', '停车难')).toBe(1)
    expect(titleSimilarity('关于加强课后服务的建议', '关于完善停车管理的建议')).toBe(0)
  })
  it('is the Dice coefficient of the bigrams', () => {
    // 停车难 → 停车 车难; 停车位 → 停车 车位: 2·1/(2+2)
    expect(titleSimilarity('停车难', '停车位')).toBe(0.5)
  })
})

describe('rankUnitsBySimilarTitles', () => {
  it('offers the units that handled similar titles, best first', () => {
    const ranked = rankUnitsBySimilarTitles('关于解决小区停车难的建议', history, 3)
    expect(ranked.map((r) => r.unitId)).toEqual(['housing', 'police'])
    expect(ranked[0]?.bestTitle).toBe('关于解决老旧小区停车难问题的建议')
    expect(ranked[0]?.matches).toBe(2)
  })
  it('respects the limit and the minimum score', () => {
    expect(rankUnitsBySimilarTitles('关于解决小区停车难的建议', history, 1).map((r) => r.unitId)).toEqual(['housing'])
    expect(rankUnitsBySimilarTitles('关于发展低空经济的建议', history, 3)).toEqual([])
    expect(rankUnitsBySimilarTitles('关于的建议', history, 3)).toEqual([])
  })
})
