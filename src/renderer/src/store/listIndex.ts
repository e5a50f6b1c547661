/**
 * The in-memory list index behind the 建议列表 screen, one per database.
 *
 * Why: IndexedDB cannot combine a dozen filters with substring search over 100,000 suggestions fast enough
 * for typing. So the index loads one compact `SuggestionListEntry` per suggestion once, in chunks (the UI shows
 * a first page from an indexed query meanwhile), then answers every filter/sort in memory. It is kept in step
 * by Dexie table hooks: any committed write to suggestions, assignments, units or sessions — a workflow command,
 * an import, a restore — refreshes the rows it touched after the transaction completes.
 */
import type { Table, Transaction } from 'dexie'
import type { Assignment as AssignmentRecord, Id, Suggestion as SuggestionRecord } from '@shared/domain/model'
import type { SuggestionDb } from './db'
import {
  DEFAULT_SORT,
  entryComparator,
  entryMatcher,
  toListEntry,
  type SuggestionListEntry,
  type SuggestionListFilters,
  type SuggestionListSort,
} from './listEntries'

export type ListIndexStatus = 'idle' | 'loading' | 'ready'

export interface ListQueryResult {
  rows: SuggestionListEntry[]
  total: number
}

const CHUNK = 5000
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
  private dirtyAll = false
  status: ListIndexStatus = 'idle'
  /** Bumped on every change; React subscribes to it. */
  version = 0

  constructor(private readonly db: SuggestionDb) {
    this.attachHooks()
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Starts loading (once); resolves when ready. */
  ensureLoaded(): Promise<void> {
    this.loading ??= this.loadAll()
    return this.loading
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
    this.unitNames = new Map(units.map((u) => [u.id, u.name]))
  }

  private async loadAll(): Promise<void> {
    this.status = 'loading'
    this.dirtyAll = false
    await this.loadReferenceData()
    const byS = new Map<Id, AssignmentRecord[]>()
    await eachChunk(this.db.assignments, (rows) => {
      for (const a of rows) {
        const list = byS.get(a.suggestionId)
        if (list) list.push(a)
        else byS.set(a.suggestionId, [a])
      }
    })
    const entries = new Map<Id, SuggestionListEntry>()
    const name = (id: Id) => this.unitNames.get(id)
    await eachChunk(this.db.suggestions, (rows) => {
      for (const s of rows) entries.set(s.id, toListEntry(s, byS.get(s.id) ?? [], name))
    })
    this.entries = entries
    this.status = 'ready'
    this.changed()
    // A write may have landed while we were reading; the hooks marked it.
    if (this.dirtyAll) await this.reload()
  }

  /** Drops everything and loads again (after a restore or when many rows changed). */
  async reload(): Promise<void> {
    this.loading = this.loadAll()
    return this.loading
  }

  /** Re-reads the given suggestions (after a committed change). */
  async refresh(ids: Iterable<Id>): Promise<void> {
    const list = [...new Set(ids)]
    if (list.length === 0) return
    if (this.status !== 'ready') {
      this.dirtyAll = true
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
      else this.dirtyAll = true
    })
  }
}

/** The overloads of Dexie's `table.hook(...)` we use, with our own record types. */
type HookTarget<T> = {
  (event: 'creating', fn: (key: Id, obj: T, trans: Transaction) => void): void
  (event: 'updating', fn: (mods: object, key: Id, obj: T, trans: Transaction) => void): void
  (event: 'deleting', fn: (key: Id, obj: T, trans: Transaction) => void): void
}

async function eachChunk<T extends { id: Id }, I>(table: Table<T, Id, I>, each: (rows: T[]) => void): Promise<void> {
  let last = ''
  for (;;) {
    const rows = await table.where(':id').above(last).limit(CHUNK).toArray()
    if (rows.length === 0) return
    each(rows)
    last = rows[rows.length - 1]!.id
    if (rows.length < CHUNK) return
  }
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
