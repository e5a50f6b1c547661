/** The board's remembered filters (features/board/boardFilters.ts): read back defensively from localStorage. */
import { describe, expect, it } from 'vitest'
import { restoreBoardPreferences } from '@renderer/features/board/boardFilters'

describe('restoreBoardPreferences', () => {
  it('reads back what was stored', () => {
    const stored = JSON.stringify({
      view: 'units',
      filters: {
        sessionId: 'S1',
        unitId: 'U2',
        category: '城乡建设',
        keyOnly: true,
        overdueOnly: true,
        dueWithin: 5,
        query: '电梯',
      },
    })
    expect(restoreBoardPreferences(stored)).toEqual({
      view: 'units',
      filters: {
        sessionId: 'S1',
        unitId: 'U2',
        category: '城乡建设',
        keyOnly: true,
        overdueOnly: true,
        dueWithin: 5,
        query: '电梯',
      },
    })
  })

  it('falls back to the stage view without filters when nothing or garbage is stored', () => {
    const empty = {
      view: 'stages',
      filters: {
        sessionId: null,
        unitId: null,
        category: null,
        keyOnly: false,
        overdueOnly: false,
        dueWithin: null,
        query: '',
      },
    }
    expect(restoreBoardPreferences(null)).toEqual(empty)
    expect(restoreBoardPreferences('{not json')).toEqual(empty)
    expect(restoreBoardPreferences('[1,2]')).toEqual(empty)
  })

  it('repairs malformed fields one by one', () => {
    const stored = JSON.stringify({
      view: 'grid',
      filters: { sessionId: '', unitId: 7, keyOnly: 'yes', dueWithin: -3, query: null, category: '政法' },
    })
    expect(restoreBoardPreferences(stored).view).toBe('stages')
    expect(restoreBoardPreferences(stored).filters).toEqual({
      sessionId: null,
      unitId: null,
      category: '政法',
      keyOnly: false,
      overdueOnly: false,
      dueWithin: null,
      query: '',
    })
    expect(restoreBoardPreferences(JSON.stringify({ filters: { dueWithin: 7.8 } })).filters.dueWithin).toBe(7)
  })
})
