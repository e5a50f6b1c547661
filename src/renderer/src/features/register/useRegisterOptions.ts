/**
 * What the registration form offers to choose from, live: sessions (newest first), the categories of the
 * settings, and the deputies and delegations known from the deputies table and from earlier suggestions (read
 * through the `leadDeputy` and `delegation` indexes, so 100,000 suggestions cost one key scan each).
 */
import { useLiveQuery } from 'dexie-react-hooks'
import type { Session } from '@shared/domain/model'
import { getDb, type SuggestionDb } from '../../store/db'
import { listSessions } from '../../store/repositories/sessions'
import { loadSettings } from '../../store/repositories/settings'

export interface KnownDeputy {
  name: string
  delegation: string | null
}

export interface RegisterOptions {
  sessions: Session[]
  categories: string[]
  deputies: KnownDeputy[]
  delegations: string[]
}

export async function readRegisterOptions(db: SuggestionDb): Promise<RegisterOptions> {
  const [sessions, settings, deputyRows, leadNames, suggestionDelegations] = await Promise.all([
    listSessions(db),
    loadSettings(db),
    db.deputies.toArray(),
    db.suggestions.orderBy('leadDeputy').uniqueKeys(),
    db.suggestions.orderBy('delegation').uniqueKeys(),
  ])
  const deputies = new Map<string, KnownDeputy>()
  for (const d of deputyRows) deputies.set(d.name, { name: d.name, delegation: d.delegation })
  for (const key of leadNames) {
    const name = String(key)
    if (name && !deputies.has(name)) deputies.set(name, { name, delegation: null })
  }
  const delegations = new Set<string>()
  for (const d of deputyRows) if (d.delegation) delegations.add(d.delegation)
  for (const key of suggestionDelegations) if (typeof key === 'string' && key) delegations.add(key)
  const zh = new Intl.Collator('zh-CN')
  return {
    sessions,
    categories: settings.categories,
    deputies: [...deputies.values()].sort((a, b) => zh.compare(a.name, b.name)),
    delegations: [...delegations].sort(zh.compare),
  }
}

/** Undefined while loading. */
export function useRegisterOptions(db: SuggestionDb = getDb()): RegisterOptions | undefined {
  return useLiveQuery(() => readRegisterOptions(db), [db])
}
