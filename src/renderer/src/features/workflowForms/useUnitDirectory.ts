/** The unit directory for the forms and the board, live. Undefined while loading. */
import type { SuggestionDb } from '../../store/db'
import { useStartupLiveQuery } from '../../store/useStartupLiveQuery'
import { readUnitDirectory, type UnitDirectory } from '../../store/unitDirectory'

export { readUnitDirectory, type UnitDirectory }

export function useUnitDirectory(db: SuggestionDb): UnitDirectory | undefined {
  return useStartupLiveQuery('units', db, () => readUnitDirectory(db), [db])
}
