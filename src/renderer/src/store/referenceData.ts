/** Sessions, units and categories: what the list's filters and the detail view name things with. */
import type { Id, Session, Unit } from '@shared/domain/model'
import type { SuggestionDb } from './db'
import { listSessions } from './repositories/sessions'
import { loadSettings } from './repositories/settings'
import { listUnits } from './repositories/units'

export interface ReferenceData {
  sessions: Session[]
  /** Active units in official order (for filters). */
  units: Unit[]
  /** Every unit by id, retired ones included (for names in history). */
  unitById: Map<Id, Unit>
  sessionById: Map<Id, Session>
  categories: string[]
}

export async function readReferenceData(db: SuggestionDb): Promise<ReferenceData> {
  const [sessions, units, settings] = await Promise.all([
    listSessions(db),
    listUnits(db, { includeInactive: true }),
    loadSettings(db),
  ])
  return {
    sessions,
    units: units.filter((u) => u.active),
    unitById: new Map(units.map((u) => [u.id, u])),
    sessionById: new Map(sessions.map((s) => [s.id, s])),
    categories: settings.categories,
  }
}
