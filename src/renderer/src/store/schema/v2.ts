/**
 * Schema version 2: the indexes nothing queries are dropped, because every index is one more write per record
 * and an import writes 10,000 suggestions and 10,000 events in one go.
 *
 * - events: only `[suggestionId+at]` (the aggregate's read, in time order). `where('suggestionId')` still works:
 *   Dexie serves it from the compound index's first part. `at` and `type` alone were never queried.
 * - suggestions: `sessionId` (served the same way by `[sessionId+number]`), `stage` and `receivedOn` were never
 *   queried — the list, board and statistics filter the in-memory list index. `mergedIntoId` and `*tags` stay:
 *   they hold no entry for a new suggestion (null / no tags), so they cost an import nothing.
 *
 * Only indexes change; every record keeps its shape, so there is no upgrade function: IndexedDB drops the index
 * data when the version opens, and a backup written at version 1 restores unchanged.
 */
import { V1_STORES } from './v1'

export const V2_STORES = {
  ...V1_STORES,
  suggestions: 'id, &[sessionId+number], category, updatedAt, delegation, leadDeputy, mergedIntoId, *tags',
  events: 'id, [suggestionId+at]',
} as const
