/** The board's filters and view, remembered across visits (localStorage) and repaired when read back. */
import { useCallback, useState } from 'react'
import { EMPTY_FILTERS, type BoardFilters } from './boardModel'

export type BoardView = 'stages' | 'units'

export interface BoardPreferences {
  filters: BoardFilters
  view: BoardView
}

export const BOARD_PREFERENCES_KEY = 'daibiao-jianyi.board.preferences'

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)

/** Reads stored preferences defensively: anything malformed falls back to the default. */
export function restoreBoardPreferences(raw: string | null): BoardPreferences {
  let parsed: unknown = null
  try {
    parsed = raw ? JSON.parse(raw) : null
  } catch {
    parsed = null
  }
  const p = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>
  const f = (p.filters && typeof p.filters === 'object' ? p.filters : {}) as Record<string, unknown>
  const dueWithin =
    typeof f.dueWithin === 'number' && Number.isFinite(f.dueWithin) && f.dueWithin >= 0 ? Math.floor(f.dueWithin) : null
  return {
    view: p.view === 'units' ? 'units' : 'stages',
    filters: {
      ...EMPTY_FILTERS,
      sessionId: str(f.sessionId),
      unitId: str(f.unitId),
      category: str(f.category),
      keyOnly: f.keyOnly === true,
      overdueOnly: f.overdueOnly === true,
      dueWithin,
      query: typeof f.query === 'string' ? f.query : '',
    },
  }
}

function read(): BoardPreferences {
  try {
    return restoreBoardPreferences(localStorage.getItem(BOARD_PREFERENCES_KEY))
  } catch {
    return restoreBoardPreferences(null)
  }
}

function write(p: BoardPreferences): void {
  try {
    localStorage.setItem(BOARD_PREFERENCES_KEY, JSON.stringify(p))
  } catch {
    // Storage unavailable: the choice lasts for this visit.
  }
}

export function useBoardPreferences(): [BoardPreferences, (change: Partial<BoardPreferences>) => void] {
  const [prefs, setPrefs] = useState(read)
  const update = useCallback((change: Partial<BoardPreferences>) => {
    setPrefs((current) => {
      const next = { ...current, ...change }
      write(next)
      return next
    })
  }, [])
  return [prefs, update]
}
