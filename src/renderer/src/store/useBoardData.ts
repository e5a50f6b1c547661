/**
 * The React side of the board's data (boardQueries.ts, which has no React so the start-up read-ahead can read
 * the board snapshot before React's code has arrived).
 */
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { IsoInstant } from '@shared/domain/model'
import type { SuggestionAggregate } from '@shared/domain/workflow/aggregate'
import { readBoardFirstScreen, type BoardFirstScreen } from './boardFirstScreen'
import { getBoardIndex, type BoardData } from './boardQueries'
import type { SuggestionDb } from './db'
import { forgetStartupRead, primedRead, primedStartupValue, primeStartupRead } from './startupReads'

/** The board's aggregates, live. `undefined` while the first load runs (loading, not empty). */
export function useBoardAggregates(db: SuggestionDb): SuggestionAggregate[] | undefined {
  const index = getBoardIndex(db)
  useEffect(() => {
    void index.ensureLoaded()
  }, [index])
  const aggregates = useSyncExternalStore(index.subscribe, index.aggregates)
  return index.status === 'ready' ? aggregates : undefined
}

/**
 * The board screen's data: the stored snapshot first when there is a current one (source 'snapshot'), then the
 * live aggregates. The live load is started here when there is no snapshot; when there is one, the screen starts
 * it with `getBoardIndex(db).ensureLoaded()` once the snapshot is drawn, so reading 10,000 suggestions does not
 * hold up its first paint. Keeps the stored snapshot in step from now on (`keepSnapshot`).
 */
export function useBoardData(db: SuggestionDb, now: () => IsoInstant): BoardData | undefined {
  const index = getBoardIndex(db)
  useEffect(() => {
    index.keepSnapshot(now)
    void index.ensurePreview().then((shown) => (shown ? undefined : index.ensureLoaded()))
  }, [index, now])
  return useSyncExternalStore(index.subscribe, index.board)
}

/**
 * The board's first screen (boardFirstScreen.ts) while `wanted` (the board has no data yet): the one the
 * read-ahead asked for when the app opened on the board, else read now. Null when there is none, it is stale,
 * or it is no longer wanted. Used up once the board has its data: a board opened later reads it afresh.
 */
export function useBoardFirstScreen(db: SuggestionDb, wanted: boolean): BoardFirstScreen | null {
  const [record, setRecord] = useState(
    () => primedStartupValue<BoardFirstScreen | null>('boardFirstScreen', db) ?? null,
  )
  useEffect(() => {
    if (!wanted) {
      forgetStartupRead('boardFirstScreen', db)
      return
    }
    // No-op when the read-ahead has already asked (it may also run after the board has mounted).
    primeStartupRead('boardFirstScreen', db, readBoardFirstScreen)
    let live = true
    primedRead('boardFirstScreen', db)?.promise.then(
      (value) => (live ? setRecord(value as BoardFirstScreen | null) : undefined),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [db, wanted])
  return wanted ? record : null
}
