/** The unit directory for the forms: active units in official order, and every unit's name by id. */
import { useLiveQuery } from 'dexie-react-hooks'
import type { Id, Unit } from '@shared/domain/model'
import type { SuggestionDb } from '../../store/db'
import { listUnits } from '../../store/repositories/units'

export interface UnitDirectory {
  active: Unit[]
  byId: Map<Id, Unit>
  name: (id: Id | null | undefined) => string
}

export async function readUnitDirectory(db: SuggestionDb): Promise<UnitDirectory> {
  const all = await listUnits(db, { includeInactive: true })
  const byId = new Map(all.map((u) => [u.id, u]))
  return { active: all.filter((u) => u.active), byId, name: (id) => (id ? (byId.get(id)?.name ?? id) : '') }
}

export function useUnitDirectory(db: SuggestionDb): UnitDirectory | undefined {
  return useLiveQuery(() => readUnitDirectory(db), [db])
}
