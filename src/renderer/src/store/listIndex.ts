/**
 * The in-memory list index behind the 建议列表 screen, one per database.
 *
 * Why: IndexedDB cannot combine a dozen filters with substring search over 100,000 suggestions fast enough
 * for typing. So the index loads one compact `SuggestionListEntry` per suggestion once, then answers every
 * filter/sort in memory. It is kept in step by Dexie table hooks: any committed write to suggestions,
 * assignments, units or sessions — a workflow command, an import, a restore — refreshes the rows it touched after
 * the transaction completes.
 *
 * Loading (100,000 suggestions: several seconds, nearly all of it IndexedDB reading and deserialising records):
 * the list screen first paints a page from an indexed query (`readFirstPage`) and only then starts the load, so
 * the load never delays that first query. The load reads primary-key chunks of CHUNK rows, asks for the next
 * chunk before building the current one, and yields to the event loop between chunks so input and paint stay
 * smooth; `progress` tells how far it is. Each record is read once; a later load (reload) abandons an earlier
 * one still running instead of reading everything twice at the same time.
 *
 * Search text and memory: an entry's text is the record's stored `searchText` (already folded, kept in step by
 * the store's commands: no re-normalising 100,000 contents at load) plus its units' names. When the load ends,
 * all entries and texts are copied together (`compacted`): entries built among the deserialised records end up
 * scattered over the heap, and scanning them was 7–8× slower than scanning copies. `npm run bench` prints the JS
 * heap the loaded index holds (list_index_heap_mb).
 */
import type { Table, Transaction } from 'dexie'
import type { Assignment as AssignmentRecord, Id, Suggestion as SuggestionRecord } from '@shared/domain/model'
import type { SuggestionDb } from './db'
import {
  DEFAULT_SORT,
  entryComparator,
  entryMatcher,
  toListEntry,
  withUnitNames,
  type SuggestionListEntry,
  type SuggestionListFilters,
  type SuggestionListSort,
} from './listEntries'
import { normaliseForSearch } from '@shared/domain/search'

export type ListIndexStatus = 'idle' | 'loading' | 'ready'

/** How far a load is: suggestions built so far out of the count at its start. */
export interface ListIndexProgress {
  loaded: number
  total: number
}

/** Where the last full load's time went (ms of wall time; reading overlaps building). */
export interface ListIndexLoadStats {
  totalMs: number
  readAssignmentsMs: number
  readSuggestionsMs: number
  buildEntriesMs: number
  entries: number
}

export interface ListQueryResult {
  rows: SuggestionListEntry[]
  total: number
}

/** Rows per IndexedDB read while loading: small enough that a query issued meanwhile waits little. */
const CHUNK = 2000
/** Above this many touched rows a full reload is cheaper than refreshing row by row. */
const RELOAD_THRESHOLD = 5000

export class SuggestionListIndex {
  private entries = new Map<Id, SuggestionListEntry>()
  private sessionRanks = new Map<Id, number>()
  private unitNames = new Map<Id, string>()
  private sorted = new Map<string, SuggestionListEntry[]>()
  private listeners = new Set<() => void>()
  private pending = new WeakMap<Transaction, Set<Id>>()
  private loading: Promise<void> | null = null
  /** Bumped by every (re)load; a load whose generation is no longer current stops at its next chunk. */
  private generation = 0
  private dirtyAll = false
  /** Suggestions written while a load was running, refreshed when it finishes. */
  private dirtyIds = new Set<Id>()
  status: ListIndexStatus = 'idle'
  progress: ListIndexProgress = { loaded: 0, total: 0 }
  loadStats: ListIndexLoadStats | null = null
  /** Bumped on every change; React subscribes to it. */
  version = 0

  constructor(private readonly db: SuggestionDb) {
    this.attachHooks()
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Starts loading (once); resolves when ready (after any reload that superseded the first load). */
  async ensureLoaded(): Promise<void> {
    this.loading ??= this.loadAll()
    let awaited: Promise<void> | null = null
    while (awaited !== this.loading) {
      awaited = this.loading
      await awaited
    }
  }

  get size(): number {
    return this.entries.size
  }

  get(id: Id): SuggestionListEntry | undefined {
    return this.entries.get(id)
  }

  /** Filtered and sorted rows; `rows` holds all matches (the list virtualises), `total` their count. */
  query(filters: SuggestionListFilters = {}, sort: SuggestionListSort = DEFAULT_SORT): ListQueryResult {
    const rows = this.sortedBy(sort).filter(entryMatcher(filters))
    return { rows, total: rows.length }
  }

  /** Distinct delegations and categories present, for the filter drop-downs. */
  facets(): { delegations: string[]; categories: string[] } {
    const delegations = new Set<string>()
    const categories = new Set<string>()
    for (const e of this.entries.values()) {
      if (e.delegation) delegations.add(e.delegation)
      if (e.category) categories.add(e.category)
    }
    const zh = new Intl.Collator('zh-CN')
    return { delegations: [...delegations].sort(zh.compare), categories: [...categories].sort(zh.compare) }
  }

  private sortedBy(sort: SuggestionListSort): SuggestionListEntry[] {
    const cacheKey = `${sort.field}:${sort.direction}`
    let rows = this.sorted.get(cacheKey)
    if (!rows) {
      const rank = (id: Id) => this.sessionRanks.get(id) ?? Number.MAX_SAFE_INTEGER
      rows = [...this.entries.values()].sort(entryComparator(sort, rank))
      this.sorted.set(cacheKey, rows)
    }
    return rows
  }

  private changed(): void {
    this.sorted.clear()
    this.version++
    for (const l of this.listeners) l()
  }

  private async loadReferenceData(): Promise<void> {
    const [sessions, units] = await Promise.all([this.db.sessions.toArray(), this.db.units.toArray()])
    // Newest session (highest order) first.
    const ranked = [...sessions].sort((a, b) => b.order - a.order)
    this.sessionRanks = new Map(ranked.map((s, i) => [s.id, i]))
    this.unitNames = new Map(units.map((u) => [u.id, normaliseForSearch(u.name)]))
  }

  private async loadAll(): Promise<void> {
    const generation = ++this.generation
    const current = () => generation === this.generation
    const started = performance.now()
    this.status = 'loading'
    this.dirtyAll = false
    this.dirtyIds.clear()
    await this.loadReferenceData()
    this.progress = { loaded: 0, total: await this.db.suggestions.count() }
    this.notify()
    const byS = new Map<Id, AssignmentPart[]>()
    let t = performance.now()
    const assignmentsDone = await eachChunk(this.db.assignments, current, (rows) => {
      for (const a of rows) {
        // Only what an entry needs, so the records themselves are not kept alive until the load ends.
        const part: AssignmentPart = { unitId: a.unitId, role: a.role, state: a.state, dueDates: a.dueDates }
        const list = byS.get(a.suggestionId)
        if (list) list.push(part)
        else byS.set(a.suggestionId, [part])
      }
    })
    if (!assignmentsDone) return
    const readAssignmentsMs = performance.now() - t
    const entries = new Map<Id, SuggestionListEntry>()
    let buildEntriesMs = 0
    t = performance.now()
    const suggestionsDone = await eachChunk(this.db.suggestions, current, (rows) => {
      const b = performance.now()
      for (const s of rows) entries.set(s.id, toListEntry(s, byS.get(s.id) ?? []))
      buildEntriesMs += performance.now() - b
      this.progress = { loaded: entries.size, total: Math.max(this.progress.total, entries.size) }
      this.notify()
    })
    if (!suggestionsDone) return
    const c = performance.now()
    this.entries = this.compacted(entries)
    buildEntriesMs += performance.now() - c
    this.status = 'ready'
    this.loadStats = {
      totalMs: performance.now() - started,
      readAssignmentsMs,
      readSuggestionsMs: performance.now() - t - buildEntriesMs,
      buildEntriesMs,
      entries: entries.size,
    }
    this.changed()
    // Writes may have landed while we were reading; the hooks marked them.
    if (this.dirtyAll) await this.reload()
    else if (this.dirtyIds.size > 0) {
      const ids = [...this.dirtyIds]
      this.dirtyIds.clear()
      await this.refresh(ids)
    }
  }

  /**
   * The loaded entries allocated afresh, one after another in the list's default order, each with its final
   * search text (stored text + unit names) as a new flat string. While loading, every entry and string is born
   * among the ~2 KB of deserialised record around it (content, title, events of the assignments…); once those
   * die, the survivors lie scattered over the heap, and a search touching 100,000 of them ran 7–8× slower than
   * the same scan over fresh copies (cache and TLB misses, not the string type: freshly joined strings scan as
   * fast as copies — bench "search breakdown"). Copying them together here costs ~100 ms once.
   */
  private compacted(loaded: Map<Id, SuggestionListEntry>): Map<Id, SuggestionListEntry> {
    const rank = (id: Id) => this.sessionRanks.get(id) ?? Number.MAX_SAFE_INTEGER
    const ordered = [...loaded.values()].sort(entryComparator(DEFAULT_SORT, rank))
    const name = (id: Id) => this.unitNames.get(id)
    const out = new Map<Id, SuggestionListEntry>()
    for (const e of ordered) {
      out.set(e.id, { ...e, unitIds: [...e.unitIds], searchText: withUnitNames(e.searchText, e.unitIds, name) })
    }
    return out
  }

  /** Drops everything and loads again (after a restore or when many rows changed); an older load stops. */
  async reload(): Promise<void> {
    this.loading = this.loadAll()
    return this.loading
  }

  private notify(): void {
    this.version++
    for (const l of this.listeners) l()
  }

  /** Re-reads the given suggestions (after a committed change). */
  async refresh(ids: Iterable<Id>): Promise<void> {
    const list = [...new Set(ids)]
    if (list.length === 0) return
    if (this.status === 'idle') return // nothing loaded yet: the load will read them
    if (this.status === 'loading') {
      for (const id of list) this.dirtyIds.add(id)
      if (this.dirtyIds.size > RELOAD_THRESHOLD) this.dirtyAll = true
      return
    }
    if (list.length > RELOAD_THRESHOLD) return this.reload()
    const [suggestions, assignments] = await Promise.all([
      this.db.suggestions.bulkGet(list),
      this.db.assignments.where('suggestionId').anyOf(list).toArray(),
    ])
    const name = (id: Id) => this.unitNames.get(id)
    list.forEach((id, i) => {
      const s = suggestions[i]
      if (s)
        this.entries.set(
          id,
          toListEntry(
            s,
            assignments.filter((a) => a.suggestionId === id),
            name,
          ),
        )
      else this.entries.delete(id)
    })
    this.changed()
  }

  private mark(trans: Transaction, suggestionId: Id): void {
    let ids = this.pending.get(trans)
    if (!ids) {
      ids = new Set()
      this.pending.set(trans, ids)
      const collected = ids
      trans.on('complete', () => void this.refresh(collected))
    }
    ids.add(suggestionId)
  }

  private attachHooks(): void {
    const markSuggestion = (key: Id, trans: Transaction) => this.mark(trans, key)
    const markAssignment = (obj: { suggestionId: Id } | undefined, trans: Transaction) => {
      if (obj) this.mark(trans, obj.suggestionId)
    }
    const s = this.db.suggestions.hook as unknown as HookTarget<SuggestionRecord>
    s('creating', (key, _obj, trans) => void markSuggestion(key, trans))
    s('updating', (_mods, key, _obj, trans) => void markSuggestion(key, trans))
    s('deleting', (key, _obj, trans) => void markSuggestion(key, trans))
    const a = this.db.assignments.hook as unknown as HookTarget<AssignmentRecord>
    a('creating', (_key, obj, trans) => void markAssignment(obj, trans))
    a('updating', (mods, _key, obj, trans) => {
      markAssignment(obj, trans)
      const moved = (mods as Partial<AssignmentRecord>).suggestionId
      if (moved) this.mark(trans, moved)
    })
    a('deleting', (_key, obj, trans) => void markAssignment(obj, trans))
    // Names and session order feed every row: reload everything after such a change (rare).
    for (const table of [this.db.units, this.db.sessions]) {
      const h = table.hook as unknown as HookTarget<unknown>
      const onChange = (trans: Transaction) => this.markReferenceChange(trans)
      h('creating', (_k, _o, trans) => void onChange(trans))
      h('updating', (_m, _k, _o, trans) => void onChange(trans))
      h('deleting', (_k, _o, trans) => void onChange(trans))
    }
  }

  private referenceTransactions = new WeakSet<Transaction>()
  private markReferenceChange(trans: Transaction): void {
    if (this.referenceTransactions.has(trans)) return
    this.referenceTransactions.add(trans)
    trans.on('complete', () => {
      if (this.status === 'ready') void this.reload()
      else if (this.status === 'loading') this.dirtyAll = true
    })
  }
}

/** The overloads of Dexie's `table.hook(...)` we use, with our own record types. */
type HookTarget<T> = {
  (event: 'creating', fn: (key: Id, obj: T, trans: Transaction) => void): void
  (event: 'updating', fn: (mods: object, key: Id, obj: T, trans: Transaction) => void): void
  (event: 'deleting', fn: (key: Id, obj: T, trans: Transaction) => void): void
}

type AssignmentPart = Pick<AssignmentRecord, 'unitId' | 'role' | 'state' | 'dueDates'>

/**
 * Reads a table in primary-key chunks, handing each to `each`. The next chunk is requested before `each` runs
 * (IndexedDB reads while the page builds) and the loop yields to the event loop after each chunk. Resolves to
 * false when `current()` turned false (a newer load took over), true when the table was read to its end.
 */
async function eachChunk<T extends { id: Id }, I>(
  table: Table<T, Id, I>,
  current: () => boolean,
  each: (rows: T[]) => void,
): Promise<boolean> {
  const read = (after: string) => table.where(':id').above(after).limit(CHUNK).toArray()
  let next = read('')
  for (;;) {
    const rows = await next
    if (!current()) return false
    const more = rows.length === CHUNK
    if (more) next = read(rows[rows.length - 1]!.id)
    each(rows)
    if (!more) return true
    await yieldToEventLoop()
    if (!current()) {
      await next.catch(() => undefined)
      return false
    }
  }
}

/** A macrotask boundary that, unlike setTimeout, is not throttled in a hidden window. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

const indexes = new WeakMap<SuggestionDb, SuggestionListIndex>()

/** The list index of a database if one was created (after a restore it must be reloaded). */
export function existingSuggestionListIndex(db: SuggestionDb): SuggestionListIndex | undefined {
  return indexes.get(db)
}

/** The list index of a database (created, not yet loaded, on first call). */
export function getSuggestionListIndex(db: SuggestionDb): SuggestionListIndex {
  let index = indexes.get(db)
  if (!index) {
    index = new SuggestionListIndex(db)
    indexes.set(db, index)
  }
  return index
}
