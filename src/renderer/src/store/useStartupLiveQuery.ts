/** The React side of the start-up reads (startupReads.ts): a live query that starts from the primed value. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import type { SuggestionDb } from './db'
import { forgetStartupRead, primedRead, primedStartupValue, type StartupReadKey } from './startupReads'

/**
 * `useLiveQuery(querier, deps)`, answering with the primed read of `key` (when there is one for `db`) from
 * the first render if it has already arrived, or as soon as it arrives, until the live query's own answer.
 * Once the live query has answered, the primed read is used up: a screen mounted later starts from its own
 * query, never from a value read when the app opened.
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
  const answered = live !== undefined
  useEffect(() => {
    if (answered) forgetStartupRead(key, db)
  }, [answered, key, db])
  return answered ? live : early
}
