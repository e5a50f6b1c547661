/** Sessions, units and categories for the list filters and the detail view, live. Undefined while loading. */
import { getDb, type SuggestionDb } from '../../store/db'
import { readReferenceData, type ReferenceData } from '../../store/referenceData'
import { useStartupLiveQuery } from '../../store/useStartupLiveQuery'

export type { ReferenceData }

export function useReferenceData(db: SuggestionDb = getDb()): ReferenceData | undefined {
  return useStartupLiveQuery('reference', db, () => readReferenceData(db), [db])
}
