/**
 * Reads started when the app opens, before React and the page's code have loaded (the renderer entry starts
 * them), so the first screen renders with its data instead of a spinner followed by a second render:
 *
 *   primeStartupRead('operators', db, listOperators)            // in main.tsx, at once
 *   useStartupLiveQuery('operators', db, () => listOperators(db), [db])   // in the screen
 *
 * The hook is `useLiveQuery` (it follows later changes) that answers with the primed value until its own
 * query has answered. It is for queries that depend on the database alone (the primed value stands for the
 * query's first answer). A primed read belongs to one database instance; a failed one is forgotten, and the
 * live query reports on its own.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import type { SuggestionDb } from './db'

/** What the app may read ahead; one name per query a first screen makes. */
export type StartupReadKey = 'operators' | 'reference' | 'calendar' | 'units'

interface PrimedRead {
  db: SuggestionDb
  promise: Promise<unknown>
  settled: boolean
  value?: unknown
}

const primed = new Map<StartupReadKey, PrimedRead>()

/** Starts `read(db)` now unless the same read of the same database is already under way or done. */
export function primeStartupRead<T>(key: StartupReadKey, db: SuggestionDb, read: (db: SuggestionDb) => Promise<T>) {
  if (primed.get(key)?.db === db) return
  const entry: PrimedRead = { db, promise: read(db), settled: false }
  primed.set(key, entry)
  entry.promise.then(
    (value) => {
      entry.value = value
      entry.settled = true
    },
    () => (primed.get(key) === entry ? primed.delete(key) : undefined),
  )
}

/** The primed read of `key` for `db`, if any. */
function primedRead(key: StartupReadKey, db: SuggestionDb): PrimedRead | undefined {
  const entry = primed.get(key)
  return entry?.db === db ? entry : undefined
}

/** What the primed read of `key` for `db` answered, once it has; undefined before, after a failure, or without one. */
export function primedStartupValue<T>(key: StartupReadKey, db: SuggestionDb): T | undefined {
  const entry = primedRead(key, db)
  return entry?.settled ? (entry.value as T) : undefined
}

/** Forgets every primed read (tests). */
export function forgetStartupReads(): void {
  primed.clear()
}

/**
 * `useLiveQuery(querier, deps)`, answering with the primed read of `key` (when there is one for `db`) from
 * the first render if it has already arrived, or as soon as it arrives, until the live query's own answer.
 */
export function useStartupLiveQuery<T>(
  key: StartupReadKey,
  db: SuggestionDb,
  querier: () => Promise<T> | T,
  deps: unknown[],
): T | undefined {
  const live = useLiveQuery(querier, deps)
  const [early, setEarly] = useState<T | undefined>(() => primedStartupValue<T>(key, db))
  const waiting = live === undefined && early === undefined
  useEffect(() => {
    const entry = waiting ? primedRead(key, db) : undefined
    if (!entry) return
    let current = true
    entry.promise.then(
      (value) => (current ? setEarly(value as T) : undefined),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [waiting, key, db])
  return live ?? early
}
