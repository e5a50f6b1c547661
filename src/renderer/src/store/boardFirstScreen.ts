/**
 * The board's first screen: the column counts and the first cards of each column, as the board showed them
 * last, stored as one small record (`meta`, key `board-first-screen`) beside the board snapshot.
 *
 * Why: the snapshot holds all 10,000 entries (3.4 MB). Reading and deserialising it takes about as long as
 * evaluating the app's code, so the board waited for it. This record is a few dozen kilobytes, read in the
 * start-up worker while the app's code loads (store/startupWorker.ts), and it is enough to draw what the window
 * shows: the counts, and the cards at the top of each column. The snapshot replaces it a moment later (so the
 * columns scroll and filter), and the live data replaces that.
 *
 * The same honesty rules as the snapshot (boardSnapshot.ts): it is written in the snapshot's transaction, with
 * the same change marker, only when the in-memory board has caught up with every committed change; a record
 * whose marker differs from the database's is not shown at all. It was computed for one day, one calendar and
 * one set of filters (its `key`, made by the board screen): the screen uses it only when its key is the key of
 * what it is about to draw. What it shows is marked as updating and read-only, like the snapshot.
 */
import type { IsoInstant } from '@shared/domain/model'
import type { BoardColumnStage, BoardEntry } from './boardProjection'
import {
  isBoardColumnStage,
  isBoardEntry,
  isCount,
  isDataMarker,
  readDataMarker,
  sameEntries,
  sameMarker,
  type DataMarker,
} from './boardSnapshot'
import type { SuggestionDb } from './db'

export const BOARD_FIRST_SCREEN_KEY = 'board-first-screen'
/** Bump when the record's shape or `BoardEntry` changes: older records are then ignored. */
export const BOARD_FIRST_SCREEN_FORMAT = 1
/**
 * Cards kept per column: a column shows 5 cards on a 900-px-high window and 15 on a 2,000-px one. Small enough
 * (≈ 32 kB with the bench's 10,000 cards) that IndexedDB keeps it inline rather than as a separate blob file.
 */
export const FIRST_SCREEN_CARDS = 16

export interface BoardHeadColumn {
  stage: BoardColumnStage
  /** Cards in the column (after the filters). */
  count: number
  /** The first cards of the column, in the board's order (at most FIRST_SCREEN_CARDS). */
  entries: BoardEntry[]
}

/** What the board screen draws first. */
export interface BoardHead {
  /** What it was computed for (the day, the calendar, the filters), made by the board screen. */
  key: string
  /** Cards after the filters. */
  total: number
  columns: BoardHeadColumn[]
}

export interface BoardFirstScreen extends BoardHead {
  format: typeof BOARD_FIRST_SCREEN_FORMAT
  writtenAt: IsoInstant
  marker: DataMarker
}

/** The stored first screen when it is well formed, of this format, and describes the database as it is now. */
export async function readBoardFirstScreen(db: SuggestionDb): Promise<BoardFirstScreen | null> {
  return db.transaction('r', [db.meta, db.suggestions, db.assignments], async () => {
    const [row, marker] = await Promise.all([db.meta.get(BOARD_FIRST_SCREEN_KEY), readDataMarker(db)])
    const stored = row ? restoreBoardFirstScreen(row.value) : null
    return stored && sameMarker(stored.marker, marker) ? stored : null
  })
}

/** The record in `value` when it is a well-formed first screen of this format, else null (never throws). */
export function restoreBoardFirstScreen(value: unknown): BoardFirstScreen | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (v.format !== BOARD_FIRST_SCREEN_FORMAT || typeof v.writtenAt !== 'string' || typeof v.key !== 'string')
    return null
  if (!isCount(v.total) || !Array.isArray(v.columns) || !isDataMarker(v.marker)) return null
  const columnsOk = v.columns.every((c: unknown) => {
    if (typeof c !== 'object' || c === null) return false
    const col = c as Record<string, unknown>
    return (
      isBoardColumnStage(col.stage) &&
      isCount(col.count) &&
      Array.isArray(col.entries) &&
      col.entries.length <= col.count &&
      col.entries.every(isBoardEntry)
    )
  })
  return columnsOk ? (value as BoardFirstScreen) : null
}

/** True when both heads draw the same thing. */
export function sameHead(a: BoardHead, b: BoardHead): boolean {
  return (
    a.key === b.key &&
    a.total === b.total &&
    a.columns.length === b.columns.length &&
    a.columns.every((c, i) => {
      const d = b.columns[i]!
      return c.stage === d.stage && c.count === d.count && sameEntries(c.entries, d.entries)
    })
  )
}

/**
 * Stores `head` as the first screen for `marker` unless `previous` (the stored record) already draws the same
 * thing for the same marker. Call inside a read-write transaction over meta (writeBoardSnapshot's `alongside`).
 * Resolves to the record now stored, and whether it was written.
 */
export async function putBoardFirstScreen(
  db: SuggestionDb,
  input: { head: BoardHead; marker: DataMarker; now: IsoInstant; previous: BoardFirstScreen | null },
): Promise<{ record: BoardFirstScreen; written: boolean }> {
  const { head, marker, previous } = input
  if (previous && sameMarker(previous.marker, marker) && sameHead(previous, head))
    return { record: previous, written: false }
  const record: BoardFirstScreen = {
    format: BOARD_FIRST_SCREEN_FORMAT,
    writtenAt: input.now,
    marker,
    key: head.key,
    total: head.total,
    columns: head.columns,
  }
  await db.meta.put({ key: BOARD_FIRST_SCREEN_KEY, value: record })
  return { record, written: true }
}
