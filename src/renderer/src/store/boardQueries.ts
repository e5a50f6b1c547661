/**
 * The board's data (交办看板): every suggestion that stands in a board column — registered, accepted, assigned or
 * closed — with its assignments, held in memory and kept in step with the database.
 *
 * Why not `useLiveQuery`: a live query re-reads all 10,000 suggestions and their assignments after every command.
 * Like the list index (listIndex.ts), this loads everything once in chunks, then Dexie table hooks note which
 * suggestions a committed transaction touched (suggestions or assignments) and only those are re-read. Every
 * workflow command bumps its suggestion's revision, so replies and ratings never change without the suggestion
 * row changing too; they are not held here (the board's column only needs suggestion and assignments) and a
 * form that needs them loads the full aggregate with `loadBoardAggregate`.
 *
 * Aggregates are immutable: a changed suggestion gets a new aggregate object, so memoised cards stay valid for
 * the untouched ones.
 */
import type { Table, Transaction } from 'dexie'
import { useEffect, useSyncExternalStore } from 'react'
import type { Assignment, Id, Suggestion, SuggestionStage } from '@shared/domain/model'
import type { SuggestionAggregate } from '@shared/domain/workflow/aggregate'
import { loadSuggestionAggregate, type StoredAggregate } from './commandRunner'
import type { SuggestionDb } from './db'

/** Stages that stand in a board column (不予立案, 撤回 and 并案 do not). */
export const BOARD_SUGGESTION_STAGES: readonly SuggestionStage[] = ['registered', 'accepted', 'assigned', 'closed']

export type BoardIndexStatus = 'idle' | 'loading' | 'ready'

const CHUNK = 5000
const RELOAD_THRESHOLD = 5000
const NONE: never[] = []

function boardAggregate(suggestion: Suggestion, assignments: Assignment[]): SuggestionAggregate {
  // Replies and ratings are not held by the board (see the header): empty, shared, never mutated.
  return { suggestion, assignments, replies: NONE, ratings: NONE }
}

export class BoardIndex {
  private byId = new Map<Id, SuggestionAggregate>()
  private listeners = new Set<() => void>()
  private pending = new WeakMap<Transaction, Set<Id>>()
  private loading: Promise<void> | null = null
  private dirtyAll = false
  private snapshotCache: SuggestionAggregate[] | null = null
  status: BoardIndexStatus = 'idle'
  /** Bumped on every change. */
  version = 0

  constructor(private readonly db: SuggestionDb) {
    this.attachHooks()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  ensureLoaded(): Promise<void> {
    this.loading ??= this.loadAll()
    return this.loading
  }

  /** The aggregates on the board (a new array after each change, the same array otherwise). */
  aggregates = (): SuggestionAggregate[] => {
    this.snapshotCache ??= [...this.byId.values()]
    return this.snapshotCache
  }

  get(id: Id): SuggestionAggregate | undefined {
    return this.byId.get(id)
  }

  async reload(): Promise<void> {
    this.loading = this.loadAll()
    return this.loading
  }

  private changed(): void {
    this.snapshotCache = null
    this.version++
    for (const l of this.listeners) l()
  }

  private async loadAll(): Promise<void> {
    this.status = 'loading'
    this.dirtyAll = false
    const byS = new Map<Id, Assignment[]>()
    await eachChunk(this.db.assignments, (rows) => {
      for (const a of rows) {
        const list = byS.get(a.suggestionId)
        if (list) list.push(a)
        else byS.set(a.suggestionId, [a])
      }
    })
    const byId = new Map<Id, SuggestionAggregate>()
    const stages = new Set(BOARD_SUGGESTION_STAGES)
    await eachChunk(this.db.suggestions, (rows) => {
      for (const s of rows) if (stages.has(s.stage)) byId.set(s.id, boardAggregate(s, byS.get(s.id) ?? []))
    })
    this.byId = byId
    this.status = 'ready'
    this.changed()
    if (this.dirtyAll) await this.reload()
  }

  /** Re-reads the given suggestions after a committed change. */
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
    const byS = new Map<Id, Assignment[]>()
    for (const a of assignments) {
      const l = byS.get(a.suggestionId)
      if (l) l.push(a)
      else byS.set(a.suggestionId, [a])
    }
    const stages = new Set(BOARD_SUGGESTION_STAGES)
    list.forEach((id, i) => {
      const s = suggestions[i]
      if (s && stages.has(s.stage)) this.byId.set(id, boardAggregate(s, byS.get(id) ?? []))
      else this.byId.delete(id)
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
    const s = this.db.suggestions.hook as unknown as HookTarget<Suggestion>
    s('creating', (key, _obj, trans) => void this.mark(trans, key))
    s('updating', (_mods, key, _obj, trans) => void this.mark(trans, key))
    s('deleting', (key, _obj, trans) => void this.mark(trans, key))
    const a = this.db.assignments.hook as unknown as HookTarget<Assignment>
    const markA = (obj: Assignment | undefined, trans: Transaction) => {
      if (obj) this.mark(trans, obj.suggestionId)
    }
    a('creating', (_key, obj, trans) => void markA(obj, trans))
    a('updating', (_mods, _key, obj, trans) => void markA(obj, trans))
    a('deleting', (_key, obj, trans) => void markA(obj, trans))
  }
}

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

const indexes = new WeakMap<SuggestionDb, BoardIndex>()

/** The board index of a database (created on first call, loaded by `ensureLoaded`). */
export function getBoardIndex(db: SuggestionDb): BoardIndex {
  let index = indexes.get(db)
  if (!index) {
    index = new BoardIndex(db)
    indexes.set(db, index)
  }
  return index
}

/** The board's aggregates, live. `undefined` while the first load runs (loading, not empty). */
export function useBoardAggregates(db: SuggestionDb): SuggestionAggregate[] | undefined {
  const index = getBoardIndex(db)
  useEffect(() => {
    void index.ensureLoaded()
  }, [index])
  const aggregates = useSyncExternalStore(index.subscribe, index.aggregates)
  return index.status === 'ready' ? aggregates : undefined
}

/** The full aggregate (with replies, ratings, contacts and events) of one suggestion, for a form. */
export function loadBoardAggregate(db: SuggestionDb, suggestionId: Id): Promise<StoredAggregate | null> {
  return db.transaction('r', [db.suggestions, db.assignments, db.replies, db.ratings, db.contacts, db.events], () =>
    loadSuggestionAggregate(db, suggestionId),
  )
}

/**
 * Past assignments as (title, unit) pairs for `rankUnitsBySimilarTitles`: lead and separate units of every
 * suggestion on the board, excluding `exceptIds` (the suggestions being assigned).
 */
export function assignmentHistory(
  aggregates: readonly SuggestionAggregate[],
  exceptIds: ReadonlySet<Id> = new Set(),
): Array<{ title: string; unitId: Id }> {
  const out: Array<{ title: string; unitId: Id }> = []
  for (const agg of aggregates) {
    if (exceptIds.has(agg.suggestion.id)) continue
    for (const a of agg.assignments) {
      if (a.state === 'returned' || a.state === 'transferred') continue
      if (a.role === 'co') continue
      out.push({ title: agg.suggestion.title, unitId: a.unitId })
    }
  }
  return out
}
