/**
 * `useSuggestionList(filters, sort)`: the rows of the 建议列表 screen.
 *
 * First the hook answers from an indexed query — the most recently changed suggestions, filtered in memory —
 * with `status: 'loading'`, so the first page shows at once. Only once that page has been painted does it start
 * loading the list index (several seconds for 100,000 suggestions, in chunks that yield), so the index's reads
 * never hold up the first query; `progress` says how far the load is. Then every filter or sort change is an
 * in-memory pass over the index (`status: 'ready'`).
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
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
import { getSuggestionListIndex, type ListIndexProgress, type SuggestionListIndex } from './listIndex'

export interface SuggestionListState {
  status: 'loading' | 'ready'
  rows: SuggestionListEntry[]
  /** Matches so far; while loading, only among the first page read. */
  total: number
  /** While loading: suggestions indexed so far out of all (total 0 until the load has started). */
  progress: ListIndexProgress
}

/** How many rows the first, indexed query reads while the index loads. */
export const FIRST_PAGE_SIZE = 100

/** The first page from IndexedDB: most recently changed suggestions, with their assignments. */
export async function readFirstPage(db: SuggestionDb, limit = FIRST_PAGE_SIZE): Promise<SuggestionListEntry[]> {
  return db.transaction('r', [db.suggestions, db.assignments], async () => {
    const suggestions = await db.suggestions.orderBy('updatedAt').reverse().limit(limit).toArray()
    // One getAll per suggestion, all issued at once: `anyOf` walks a cursor, one round trip to the database per
    // step, and while the app's code loads each of those waits for the busy main thread.
    const assignments = await Promise.all(
      suggestions.map((s) => db.assignments.where('suggestionId').equals(s.id).toArray()),
    )
    return suggestions.map((s, i) => toListEntry(s, assignments[i] ?? []))
  })
}

/** A first page read ahead of the list screen (see `primeFirstPage`), until the screen's own query answers. */
let primed: { db: SuggestionDb; promise: Promise<SuggestionListEntry[]>; value?: SuggestionListEntry[] } | null = null

/**
 * Starts reading the first page now, before the list screen mounts (the renderer entry calls it when the app
 * opens on the list, so the database opens and the page is read while the app's code loads). The screen shows
 * this page until its own live query answers; the read is used once.
 */
export function primeFirstPage(db: SuggestionDb = getDb()): void {
  if (primed?.db === db) return
  const promise = readFirstPage(db)
  const entry: NonNullable<typeof primed> = { db, promise }
  primed = entry
  promise.then(
    (value) => (entry.value = value),
    () => (primed === entry ? (primed = null) : undefined),
  )
}

/** The primed first page for `db`: at once when already read, else when it arrives; undefined without one. */
function usePrimedFirstPage(db: SuggestionDb, wanted: boolean): SuggestionListEntry[] | undefined {
  const mine = wanted && primed?.db === db ? primed : null
  const [value, setValue] = useState<SuggestionListEntry[] | undefined>(mine?.value)
  useEffect(() => {
    if (!mine || mine.value) return
    let live = true
    mine.promise.then(
      (v) => (live ? setValue(v) : undefined),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [mine])
  return wanted ? (value ?? mine?.value) : undefined
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
  const livePage = useLiveQuery(() => (ready ? Promise.resolve(null) : readFirstPage(db)), [db, ready])
  // Until the live query answers, the page read ahead at start-up (if any); once it has, the read-ahead is spent.
  const primedPage = usePrimedFirstPage(db, livePage === undefined && !ready)
  useEffect(() => {
    if (livePage !== undefined && primed?.db === db) primed = null
  }, [livePage, db])
  const firstPage = livePage === undefined ? primedPage : livePage
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
