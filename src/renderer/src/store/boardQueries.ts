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
 *
 * The board snapshot (boardSnapshot.ts): reading 10,000 full suggestions takes about a second, so the board
 * screen first asks for the snapshot (`ensurePreview`), draws it marked as updating and read-only, and only then
 * starts the live load (`ensureLoaded`), which replaces it. Once the board screen has been opened
 * (`keepSnapshot`), the index writes the snapshot after the live load when it differs from the stored one, and
 * again (debounced) after changes, so the next start of the app can draw the board at once.
 */
import type { Table, Transaction } from 'dexie'
import type { Assignment, Id, IsoInstant, Suggestion, SuggestionStage } from '@shared/domain/model'
import type { SuggestionAggregate } from '@shared/domain/workflow/aggregate'
import { putBoardFirstScreen, type BoardFirstScreen, type BoardHead } from './boardFirstScreen'
import { boardEntriesOf, type BoardEntry } from './boardProjection'
import { readBoardSnapshot, writeBoardSnapshot, type DataMarker, type SnapshotWrite } from './boardSnapshot'
import { loadSuggestionAggregate, type StoredAggregate } from './commandRunner'
import type { SuggestionDb } from './db'

/** Stages that stand in a board column (不予立案, 撤回 and 并案 do not). */
export const BOARD_SUGGESTION_STAGES: readonly SuggestionStage[] = ['registered', 'accepted', 'assigned', 'closed']

export type BoardIndexStatus = 'idle' | 'loading' | 'ready'

/**
 * What the board screen draws: the live aggregates, or the stored snapshot's entries while the live data loads
 * (shown as updating, read-only).
 */
export type BoardData =
  | { source: 'live'; aggregates: SuggestionAggregate[] }
  | { source: 'snapshot'; entries: BoardEntry[]; writtenAt: IsoInstant }

/** When the snapshot is written again after a change (a burst of commands writes it once). */
const SNAPSHOT_DEBOUNCE_MS = 2000

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
  private dataCache: BoardData | undefined | null = null
  /** Transactions that touched the board's tables and whose change is not yet in memory. */
  private inFlight = 0
  private preview: { entries: BoardEntry[]; writtenAt: IsoInstant } | null = null
  private previewRead: Promise<boolean> | null = null
  /** The snapshot as stored (read on open or last written), to skip writing an identical one. */
  private stored: { entries: BoardEntry[]; marker: DataMarker } | null = null
  private keeping: { now: () => IsoInstant; debounceMs: number } | null = null
  /** Builds the board's first screen (boardFirstScreen.ts) from the entries; set by the board screen. */
  private headOf: ((entries: BoardEntry[]) => BoardHead | null) | null = null
  /** The first screen as last written (to skip writing an identical one). */
  private storedHead: BoardFirstScreen | null = null
  private cancelWrite: (() => void) | null = null
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

  /** What the board draws now (a new object after each change): live, the snapshot, or undefined (loading). */
  board = (): BoardData | undefined => {
    if (this.dataCache === null) {
      if (this.status === 'ready') this.dataCache = { source: 'live', aggregates: this.aggregates() }
      else if (this.preview) this.dataCache = { source: 'snapshot', ...this.preview }
      else this.dataCache = undefined
    }
    return this.dataCache
  }

  /**
   * Reads the stored snapshot once and, when it is current and the live data has not loaded yet, offers it as
   * the board (`board()` gives source 'snapshot'). Resolves to whether the snapshot is shown.
   */
  ensurePreview(): Promise<boolean> {
    this.previewRead ??= this.readPreview()
    return this.previewRead.then(() => this.status !== 'ready' && this.preview !== null)
  }

  private async readPreview(): Promise<boolean> {
    if (this.status === 'ready') return false
    let read
    try {
      read = await readBoardSnapshot(this.db)
    } catch (e) {
      console.warn('board snapshot not read', e)
      return false
    }
    // The live load may have finished (and written a snapshot) while this was read: it wins.
    if (!read.ok || (this.status as BoardIndexStatus) === 'ready') return false
    this.stored = { entries: read.snapshot.entries, marker: read.snapshot.marker }
    this.preview = { entries: read.snapshot.entries, writtenAt: read.snapshot.writtenAt }
    this.changed()
    return true
  }

  /**
   * From now on, keep the stored snapshot in step: written after the live load (when it differs) and after
   * changes (debounced). The board screen calls it; other users of the index do not write snapshots.
   */
  keepSnapshot(now: () => IsoInstant, options: { debounceMs?: number } = {}): void {
    if (this.keeping) return
    this.keeping = { now, debounceMs: options.debounceMs ?? SNAPSHOT_DEBOUNCE_MS }
    if (this.status === 'ready') this.scheduleSnapshot(0)
  }

  /**
   * From now on, write the board's first screen beside the snapshot, built by `headOf` from the entries (null:
   * none, e.g. while the board shows units rather than columns). The board screen calls it again when what it
   * draws changes (its filters, the day, the calendar); the first screen is then rewritten after a short delay.
   */
  keepFirstScreen(headOf: ((entries: BoardEntry[]) => BoardHead | null) | null): void {
    this.headOf = headOf
    if (this.keeping && this.status === 'ready') this.scheduleSnapshot(this.keeping.debounceMs)
  }

  /**
   * Writes the snapshot (and the first screen, when the board screen asked for one) now when the in-memory
   * board has caught up with every committed change and differs from the stored one. 'busy' when changes are
   * still being applied (try again later).
   */
  async saveSnapshot(now: IsoInstant): Promise<SnapshotWrite['result']> {
    const version = this.version
    const { headOf } = this
    let head: BoardFirstScreen | null = null
    const write = await writeBoardSnapshot(this.db, {
      now,
      settled: () => this.status === 'ready' && this.inFlight === 0 && !this.dirtyAll && this.version === version,
      entries: () => boardEntriesOf(this.aggregates()),
      previous: this.stored,
      alongside: headOf
        ? async (entries, marker) => {
            const built = headOf(entries)
            if (!built) return false
            const put = await putBoardFirstScreen(this.db, { head: built, marker, now, previous: this.storedHead })
            head = put.record
            return put.written
          }
        : undefined,
    })
    if (write.result !== 'busy') {
      this.stored = { entries: write.entries, marker: write.marker }
      if (head) this.storedHead = head
    }
    return write.result
  }

  /** Writes the snapshot after `delayMs`, or right after the next paint for 0 (the live board shows first). */
  private scheduleSnapshot(delayMs: number): void {
    if (!this.keeping) return
    this.cancelWrite?.()
    this.cancelWrite = later(delayMs, () => {
      this.cancelWrite = null
      const keeping = this.keeping
      if (!keeping || this.status !== 'ready') return
      this.saveSnapshot(keeping.now()).then(
        (result) => (result === 'busy' ? this.scheduleSnapshot(keeping.debounceMs) : undefined),
        (e: unknown) => console.warn('board snapshot not written', e),
      )
    })
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
    this.dataCache = null
    this.version++
    for (const l of this.listeners) l()
  }

  private async loadAll(): Promise<void> {
    this.status = 'loading'
    this.dirtyAll = false
    // Both tables are read at the same time (read-only transactions run side by side); suggestions are joined
    // with their assignments once both are in.
    const byS = new Map<Id, Assignment[]>()
    const suggestions: Suggestion[] = []
    const stages = new Set(BOARD_SUGGESTION_STAGES)
    await Promise.all([
      eachChunk(this.db.assignments, (rows) => {
        for (const a of rows) {
          const list = byS.get(a.suggestionId)
          if (list) list.push(a)
          else byS.set(a.suggestionId, [a])
        }
      }),
      eachChunk(this.db.suggestions, (rows) => {
        for (const s of rows) if (stages.has(s.stage)) suggestions.push(s)
      }),
    ])
    const byId = new Map<Id, SuggestionAggregate>()
    for (const s of suggestions) byId.set(s.id, boardAggregate(s, byS.get(s.id) ?? []))
    this.byId = byId
    this.status = 'ready'
    // The live data replaces the snapshot for good.
    this.preview = null
    this.changed()
    if (this.dirtyAll) await this.reload()
    else this.scheduleSnapshot(0)
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
    if (this.keeping) this.scheduleSnapshot(this.keeping.debounceMs)
  }

  private mark(trans: Transaction, suggestionId: Id): void {
    let ids = this.pending.get(trans)
    if (!ids) {
      ids = new Set()
      this.pending.set(trans, ids)
      const collected = ids
      // Until the change is in memory (or the transaction failed), no snapshot is written.
      this.inFlight++
      let done = false
      const settle = () => {
        if (done) return
        done = true
        this.inFlight--
      }
      trans.on('complete', () => void this.refresh(collected).finally(settle))
      trans.on('abort', settle)
      trans.on('error', settle)
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

/** Runs `fn` after `ms`; for 0, after the next paint where there is one (a browser), else on the next task. */
function later(ms: number, fn: () => void): () => void {
  if (ms > 0 || typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(fn, ms)
    return () => clearTimeout(timer)
  }
  let timer: ReturnType<typeof setTimeout> | null = null
  const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 0)))
  return () => {
    cancelAnimationFrame(frame)
    if (timer !== null) clearTimeout(timer)
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
