/**
 * The reads the first screen needs, started by the renderer entry as soon as the app opens, while the browser
 * is still fetching and evaluating React, antd and the page's code (see `startupReads`): the operators (every
 * screen that records events opens with the operator gate, and the header names the operator) and, when the
 * app opens on the suggestion list, its first page, the reference data its filters name things with, and the
 * working-day calendar its due dates are counted on; when it opens on the board, its first screen (counts and
 * top cards, read in the start-up worker), the board snapshot, the calendar, the reference data and the unit
 * directory.
 */
import { readBoardFirstScreen, type BoardFirstScreen } from './boardFirstScreen'
import { getBoardIndex } from './boardQueries'
import { getDb } from './db'
import { readFirstPage } from './firstPage'
import type { SuggestionListEntry } from './listEntries'
import { readReferenceData } from './referenceData'
import { listOperators } from './repositories/operators'
import { primeStartupRead } from './startupReads'
import { readUnitDirectory } from './unitDirectory'
import { loadCalendar } from './workflowContext'

/** True when the location hash is the suggestion list itself (not one suggestion). */
export function isSuggestionListHash(hash: string): boolean {
  return /^#\/suggestions\/?(?:\?|$)/.test(hash)
}

/** True when the location hash is the assignment board. */
export function isBoardHash(hash: string): boolean {
  return /^#\/board\/?(?:\?|$)/.test(hash)
}

/** Reads already under way elsewhere (the entry's start-up worker); each resolves to null when it could not help. */
export interface EarlyReads {
  firstPage?: Promise<SuggestionListEntry[] | null>
  boardFirstScreen?: Promise<{ record: BoardFirstScreen | null } | null>
}

export function readAhead(hash: string, early: EarlyReads = {}): void {
  const db = getDb()
  primeStartupRead('operators', db, listOperators)
  if (isSuggestionListHash(hash)) {
    // From the entry's worker when it answered, else on this thread.
    const fromWorker = early.firstPage
    primeStartupRead('firstPage', db, async (d) => (fromWorker ? await fromWorker : null) ?? readFirstPage(d))
    primeStartupRead('reference', db, readReferenceData)
    primeStartupRead('calendar', db, loadCalendar)
  } else if (isBoardHash(hash)) {
    const fromWorker = early.boardFirstScreen
    primeStartupRead(
      'boardFirstScreen',
      db,
      async (d) => ((fromWorker ? await fromWorker : null) ?? { record: await readBoardFirstScreen(d) }).record,
    )
    void getBoardIndex(db).ensurePreview()
    primeStartupRead('calendar', db, loadCalendar)
    primeStartupRead('reference', db, readReferenceData)
    primeStartupRead('units', db, readUnitDirectory)
  }
}
