/**
 * `useSuggestionList(filters, sort)`: the rows of the 建议列表 screen.
 *
 * While the list index loads (a few seconds for 100,000 suggestions) the hook answers from an indexed query —
 * the most recently changed suggestions, filtered in memory — with `status: 'loading'`, so the first page shows
 * at once. Then every filter or sort change is an in-memory pass over the index (`status: 'ready'`).
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { getDb, type SuggestionDb } from './db'
import {
  DEFAULT_SORT,
  entryComparator,
  entryMatcher,
  toListEntry,
  type SuggestionListEntry,
  type SuggestionListFilters,
  type SuggestionListSort,
} from './listEntries'
import { getSuggestionListIndex } from './listIndex'

export interface SuggestionListState {
  status: 'loading' | 'ready'
  rows: SuggestionListEntry[]
  /** Matches so far; while loading, only among the first page read. */
  total: number
}

/** How many rows the first, indexed query reads while the index loads. */
export const FIRST_PAGE_SIZE = 100

/** The first page from IndexedDB: most recently changed suggestions, with their assignments. */
export async function readFirstPage(db: SuggestionDb, limit = FIRST_PAGE_SIZE): Promise<SuggestionListEntry[]> {
  return db.transaction('r', [db.suggestions, db.assignments], async () => {
    const suggestions = await db.suggestions.orderBy('updatedAt').reverse().limit(limit).toArray()
    const assignments = await db.assignments
      .where('suggestionId')
      .anyOf(suggestions.map((s) => s.id))
      .toArray()
    return suggestions.map((s) =>
      toListEntry(
        s,
        assignments.filter((a) => a.suggestionId === s.id),
      ),
    )
  })
}

export function useSuggestionList(
  filters: SuggestionListFilters,
  sort: SuggestionListSort = DEFAULT_SORT,
  db: SuggestionDb = getDb(),
): SuggestionListState {
  const index = getSuggestionListIndex(db)
  useEffect(() => {
    void index.ensureLoaded()
  }, [index])
  const version = useSyncExternalStore(
    (listener) => index.subscribe(listener),
    () => index.version,
  )
  const ready = index.status === 'ready'
  const firstPage = useLiveQuery(() => (ready ? Promise.resolve(null) : readFirstPage(db)), [db, ready])

  const filterKey = JSON.stringify(filters)
  return useMemo<SuggestionListState>(() => {
    if (ready) {
      const { rows, total } = index.query(filters, sort)
      return { status: 'ready', rows, total }
    }
    const rows = (firstPage ?? []).filter(entryMatcher(filters)).sort(entryComparator(sort, () => 0))
    return { status: 'loading', rows, total: rows.length }
    // filterKey stands for `filters` so a new object with the same content does not recompute.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, version, ready, firstPage, filterKey, sort.field, sort.direction])
}
