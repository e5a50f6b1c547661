/**
 * The board snapshot: the board entries (boardProjection.ts) of every suggestion on the board, stored as ONE
 * record (`meta`, key `board-snapshot`) so the board can be drawn at once when it is opened, before its live
 * data (10,000 full suggestions and their assignments, about a second) has been read.
 *
 * Honesty rules, enforced here and by the board index (boardQueries.ts):
 * - A snapshot carries the database's change marker at the moment it was written: the number of suggestions
 *   and assignments and the latest `updatedAt` of a suggestion. Every workflow command touches its suggestion
 *   (`touchSuggestion`: the aggregate root's `updatedAt`), imports and the demo loader add or delete records,
 *   and a restore replaces them, so a snapshot whose marker differs from the database's is stale and is not
 *   shown at all. A record that is not a well-formed snapshot of this format is ignored the same way.
 * - It is written only when the in-memory board has caught up with every committed change (checked inside a
 *   read-write transaction over suggestions and assignments, so no command can commit in between).
 * - What it shows is marked as updating and read-only; the live load always replaces it (boardQueries.ts).
 */
import type { IsoInstant } from '@shared/domain/model'
import type { BoardEntry } from './boardProjection'
import type { SuggestionDb } from './db'

export const BOARD_SNAPSHOT_KEY = 'board-snapshot'
/** Bump when `BoardEntry` or its derivation (`boardEntryOf`) changes: older snapshots are then ignored. */
export const BOARD_SNAPSHOT_FORMAT = 1

/** What the database holds, cheaply read (two counts and one index key). */
export interface DataMarker {
  suggestions: number
  assignments: number
  /** The latest `updatedAt` of a suggestion; null when there is none. */
  lastUpdatedAt: string | null
}

export interface BoardSnapshot {
  format: typeof BOARD_SNAPSHOT_FORMAT
  writtenAt: IsoInstant
  marker: DataMarker
  entries: BoardEntry[]
}

export type SnapshotRead =
  { ok: true; snapshot: BoardSnapshot } | { ok: false; reason: 'missing' | 'corrupt' | 'stale'; marker: DataMarker }

/** The change marker of the database; call inside a transaction over suggestions and assignments, or alone. */
export async function readDataMarker(db: SuggestionDb): Promise<DataMarker> {
  const [suggestions, assignments, last] = await Promise.all([
    db.suggestions.count(),
    db.assignments.count(),
    db.suggestions.orderBy('updatedAt').lastKey(),
  ])
  return { suggestions, assignments, lastUpdatedAt: typeof last === 'string' ? last : null }
}

export function sameMarker(a: DataMarker, b: DataMarker): boolean {
  return a.suggestions === b.suggestions && a.assignments === b.assignments && a.lastUpdatedAt === b.lastUpdatedAt
}

/** The stored snapshot when it is well formed, of this format and describes the database as it is now. */
export async function readBoardSnapshot(db: SuggestionDb): Promise<SnapshotRead> {
  return db.transaction('r', [db.meta, db.suggestions, db.assignments], async () => {
    const [row, marker] = await Promise.all([db.meta.get(BOARD_SNAPSHOT_KEY), readDataMarker(db)])
    if (!row) return { ok: false, reason: 'missing', marker }
    const snapshot = restoreBoardSnapshot(row.value)
    if (!snapshot) return { ok: false, reason: 'corrupt', marker }
    if (!sameMarker(snapshot.marker, marker)) return { ok: false, reason: 'stale', marker }
    return { ok: true, snapshot }
  })
}

export type SnapshotWrite =
  { result: 'busy' } | { result: 'written' | 'unchanged'; entries: BoardEntry[]; marker: DataMarker }

/**
 * Writes the snapshot of `entries()` (and what `alongside` keeps beside it) when `settled()` says the in-memory
 * board reflects every committed change; both are asked inside a read-write transaction over suggestions and assignments (no command commits while it
 * runs), after the marker is read. 'busy' (nothing written) when the board was not settled; 'unchanged'
 * (nothing written) when `previous` — the stored snapshot — already has this marker and these entries.
 */
export async function writeBoardSnapshot(
  db: SuggestionDb,
  options: {
    now: IsoInstant
    settled: () => boolean
    entries: () => BoardEntry[]
    previous: { entries: readonly BoardEntry[]; marker: DataMarker } | null
    /**
     * Writes what is kept beside the snapshot (the board's first screen, boardFirstScreen.ts) in the same
     * transaction, from the same entries and marker; resolves to true when it wrote something.
     */
    alongside?: (entries: BoardEntry[], marker: DataMarker) => Promise<boolean>
  },
): Promise<SnapshotWrite> {
  return db.transaction('rw', [db.meta, db.suggestions, db.assignments], async (): Promise<SnapshotWrite> => {
    if (!options.settled()) return { result: 'busy' }
    const marker = await readDataMarker(db)
    if (!options.settled()) return { result: 'busy' }
    const entries = options.entries()
    const { previous } = options
    const wroteAlongside = options.alongside ? await options.alongside(entries, marker) : false
    if (previous && sameMarker(previous.marker, marker) && sameEntries(previous.entries, entries))
      return { result: wroteAlongside ? 'written' : 'unchanged', entries, marker }
    const snapshot: BoardSnapshot = { format: BOARD_SNAPSHOT_FORMAT, writtenAt: options.now, marker, entries }
    await db.meta.put({ key: BOARD_SNAPSHOT_KEY, value: snapshot })
    return { result: 'written', entries, marker }
  })
}

/** True when both lists hold the same entries in the same order. */
export function sameEntries(a: readonly BoardEntry[], b: readonly BoardEntry[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (!sameEntry(a[i]!, b[i]!)) return false
  return true
}

function sameEntry(a: BoardEntry, b: BoardEntry): boolean {
  return (
    a.id === b.id &&
    a.revision === b.revision &&
    a.stage === b.stage &&
    a.sessionId === b.sessionId &&
    a.numberText === b.numberText &&
    a.number === b.number &&
    a.numberSort === b.numberSort &&
    a.title === b.title &&
    a.category === b.category &&
    a.key === b.key &&
    a.round === b.round &&
    a.leadUnitId === b.leadUnitId &&
    a.unitIds.length === b.unitIds.length &&
    a.unitIds.every((u, i) => u === b.unitIds[i]) &&
    (a.replyDue === null
      ? b.replyDue === null
      : b.replyDue !== null && a.replyDue.kind === b.replyDue.kind && a.replyDue.date === b.replyDue.date)
  )
}

const STAGES = new Set(['to-assign', 'to-sign', 'handling', 'review', 'replied', 'rehandling', 'closed'])
/** True when `v` names a board column. */
export const isBoardColumnStage = (v: unknown): v is BoardEntry['stage'] => typeof v === 'string' && STAGES.has(v)
const isString = (v: unknown): v is string => typeof v === 'string'
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string'
export const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0

/** True when `v` is a well-formed change marker. */
export function isDataMarker(v: unknown): v is DataMarker {
  if (typeof v !== 'object' || v === null) return false
  const m = v as Record<string, unknown>
  return isCount(m.suggestions) && isCount(m.assignments) && isStringOrNull(m.lastUpdatedAt)
}

/** True when `v` is a well-formed board entry (of this format). */
export function isBoardEntry(v: unknown): v is BoardEntry {
  if (typeof v !== 'object' || v === null) return false
  const e = v as Record<string, unknown>
  const due = e.replyDue as Record<string, unknown> | null | undefined
  return (
    isString(e.id) &&
    isString(e.sessionId) &&
    isString(e.numberText) &&
    isString(e.number) &&
    typeof e.numberSort === 'number' &&
    isString(e.title) &&
    isStringOrNull(e.category) &&
    typeof e.key === 'boolean' &&
    isCount(e.round) &&
    isCount(e.revision) &&
    isString(e.stage) &&
    STAGES.has(e.stage) &&
    isStringOrNull(e.leadUnitId) &&
    Array.isArray(e.unitIds) &&
    e.unitIds.every(isString) &&
    (due === null || (typeof due === 'object' && due !== undefined && isString(due.kind) && isString(due.date)))
  )
}

/** The snapshot in `value` when it is a well-formed snapshot of this format, else null (never throws). */
export function restoreBoardSnapshot(value: unknown): BoardSnapshot | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (v.format !== BOARD_SNAPSHOT_FORMAT || !isString(v.writtenAt) || !Array.isArray(v.entries)) return null
  if (!isDataMarker(v.marker) || !v.entries.every(isBoardEntry)) return null
  return value as BoardSnapshot
}
