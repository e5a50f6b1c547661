/** One suggestion with its assignments, replies, ratings, contacts and events, live. undefined = loading, null = not found. */
import { useLiveQuery } from 'dexie-react-hooks'
import type { StoredAggregate } from '../../../store/commandRunner'
import { getDb, type SuggestionDb } from '../../../store/db'
import { getSuggestionDetail } from '../../../store/repositories/suggestions'

export function useSuggestionDetail(id: string, db: SuggestionDb = getDb()): StoredAggregate | null | undefined {
  return useLiveQuery(() => getSuggestionDetail(db, id), [db, id])
}
