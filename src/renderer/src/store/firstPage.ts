/**
 * The list's first page, read from IndexedDB before the list index has loaded: the most recently changed
 * suggestions with their assignments. No React here, so the start-up read-ahead (readAhead.ts) can run it
 * before React's code has arrived.
 */
import type { SuggestionDb } from './db'
import { toListEntry, type SuggestionListEntry } from './listEntries'

/** How many rows the first, indexed query reads while the index loads. */
export const FIRST_PAGE_SIZE = 100

/** The first page from IndexedDB: most recently changed suggestions, with their assignments. */
export async function readFirstPage(db: SuggestionDb, limit = FIRST_PAGE_SIZE): Promise<SuggestionListEntry[]> {
  return db.transaction('r', [db.suggestions, db.assignments], async () => {
    const suggestions = await db.suggestions.orderBy('updatedAt').reverse().limit(limit).toArray()
    // One getAll per suggestion, all issued at once: `anyOf` walks a cursor, one round trip to the database per
    // step, and while the app's code loads each of those waits for the busy main thread.
    const assignments = await Promise.all(
      suggestions.map((s) => db.assignments.where('suggestionId').equals(s.id).toArray()),
    )
    return suggestions.map((s, i) => toListEntry(s, assignments[i] ?? []))
  })
}
