/**
 * `useSuggestionList(filters, sort)`: the rows of the 建议列表 screen.
 *
 * First the hook answers from an indexed query — the most recently changed suggestions, filtered in memory —
 * with `status: 'loading'`, so the first page shows at once. Only once that page has been painted does it start
 * loading the list index (several seconds for 100,000 suggestions, in chunks that yield), so the index's reads
 * never hold up the first query; `progress` says how far the load is. Then every filter or sort change is an
 * in-memory pass over the index (`status: 'ready'`).
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { getDb, type SuggestionDb } from './db'
import {
  DEFAULT_SORT,
  entryComparator,
  entryMatcher,
  type SuggestionListEntry,
  type SuggestionListFilters,
  type SuggestionListSort,
} from './listEntries'
import { readFirstPage } from './firstPage'
import { getSuggestionListIndex, type ListIndexProgress, type SuggestionListIndex } from './listIndex'
import { useStartupLiveQuery } from './useStartupLiveQuery'

export { FIRST_PAGE_SIZE, readFirstPage } from './firstPage'

export interface SuggestionListState {
  status: 'loading' | 'ready'
  rows: SuggestionListEntry[]
  /** Matches so far; while loading, only among the first page read. */
  total: number
  /** While loading: suggestions indexed so far out of all (total 0 until the load has started). */
  progress: ListIndexProgress
}

export function useSuggestionList(
  filters: SuggestionListFilters,
  sort: SuggestionListSort = DEFAULT_SORT,
  db: SuggestionDb = getDb(),
): SuggestionListState {
  const index = getSuggestionListIndex(db)
  const version = useSyncExternalStore(
    (listener) => index.subscribe(listener),
    () => index.version,
  )
  const ready = index.status === 'ready'
  // Until the live query answers, the page read ahead at start-up (store/readAhead.ts), if any.
  const firstPage = useStartupLiveQuery(
    'firstPage',
    db,
    () => (ready ? Promise.resolve(null) : readFirstPage(db)),
    [db, ready],
  )
  const firstPageRead = firstPage !== undefined
  useEffect(() => (firstPageRead ? loadAfterPaint(index) : undefined), [index, firstPageRead])

  const filterKey = JSON.stringify(filters)
  return useMemo<SuggestionListState>(() => {
    if (ready) {
      const { rows, total } = index.query(filters, sort)
      return { status: 'ready', rows, total, progress: index.progress }
    }
    const rows = (firstPage ?? []).filter(entryMatcher(filters)).sort(entryComparator(sort, () => 0))
    return { status: 'loading', rows, total: rows.length, progress: index.progress }
    // filterKey stands for `filters` so a new object with the same content does not recompute.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, version, ready, firstPage, filterKey, sort.field, sort.direction])
}

/**
 * Starts the index load once the first page has been painted: after the next animation frame and a task (so
 * the browser paints the first rows first), or after a short delay when no frame comes (a hidden window).
 * Returns the effect's clean-up.
 */
function loadAfterPaint(index: SuggestionListIndex): () => void {
  if (index.status !== 'idle') return () => undefined
  let started = false
  const start = () => {
    if (started) return
    started = true
    void index.ensureLoaded()
  }
  let timer = 0
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(start, 0)
  })
  const fallback = window.setTimeout(start, 1000)
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
    clearTimeout(fallback)
  }
}
