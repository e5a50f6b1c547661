/** The unit directory: active units in official order, and every unit's name by id (retired ones included). */
import type { Id, Unit } from '@shared/domain/model'
import type { SuggestionDb } from './db'
import { listUnits } from './repositories/units'

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
