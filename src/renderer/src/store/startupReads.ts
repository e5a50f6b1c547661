/**
 * Reads started when the app opens, before React and the page's code have loaded (the renderer entry starts
 * them), so the first screen renders with its data instead of a spinner followed by a second render:
 *
 *   primeStartupRead('operators', db, listOperators)            // store/readAhead.ts, at once
 *   useStartupLiveQuery('operators', db, () => listOperators(db), [db])   // in the screen
 *
 * No React here: the read-ahead must not wait for React's code (useStartupLiveQuery.ts has the hook).
 * The hook is `useLiveQuery` (it follows later changes) that answers with the primed value until its own
 * query has answered. It is for queries that depend on the database alone (the primed value stands for the
 * query's first answer). A primed read belongs to one database instance; a failed one is forgotten, and the
 * live query reports on its own.
 */
import type { SuggestionDb } from './db'

/** What the app may read ahead; one name per query a first screen makes. */
export type StartupReadKey = 'operators' | 'reference' | 'calendar' | 'units' | 'firstPage' | 'boardFirstScreen'

export interface PrimedRead {
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
export function primedRead(key: StartupReadKey, db: SuggestionDb): PrimedRead | undefined {
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

/** Forgets the primed read of `key` for `db` (its value has been used up). */
export function forgetStartupRead(key: StartupReadKey, db: SuggestionDb): void {
  if (primed.get(key)?.db === db) primed.delete(key)
}
