/**
 * Loading and removing the demo data, and seeding benchmark data.
 *
 * Every record the demo adds is listed in the meta row `demo` (ids per table), so removing it takes out exactly
 * those records and nothing the user entered — reversible and clearly marked. Both run in one transaction.
 * The UI takes a `backupBeforeBulk` first.
 */
import { generateDemoData, generateScaleData, type DemoData, type DemoOptions } from '@shared/demo'
import type { Result } from '@shared/domain/model'
import { err, ok } from '@shared/domain/model'
import type { SuggestionDb } from './db'
import { newId } from './ids'

export const DEMO_META_KEY = 'demo'

const DEMO_TABLES = [
  'sessions',
  'deputies',
  'units',
  'suggestions',
  'assignments',
  'replies',
  'ratings',
  'contacts',
  'events',
] as const
type DemoTable = (typeof DEMO_TABLES)[number]

export interface DemoMark {
  loadedAt: string
  seed: number
  ids: Record<DemoTable, string[]>
}

export async function isDemoLoaded(db: SuggestionDb): Promise<boolean> {
  return (await db.meta.get(DEMO_META_KEY)) !== undefined
}

/** Adds the demo data. Error code: `demo-already-loaded`. */
export async function loadDemoData(
  db: SuggestionDb,
  now: string,
  seed = 20260101,
  options: DemoOptions = {},
): Promise<Result<Record<DemoTable, number>>> {
  const data: DemoData = generateDemoData(seed, options)
  const tables = DEMO_TABLES.map((t) => db.table(t))
  return db.transaction('rw', [...tables, db.meta], async () => {
    if (await db.meta.get(DEMO_META_KEY)) return err({ code: 'demo-already-loaded' })
    for (const name of DEMO_TABLES) await db.table(name).bulkAdd(data[name])
    const mark: DemoMark = {
      loadedAt: now,
      seed,
      ids: Object.fromEntries(DEMO_TABLES.map((t) => [t, data[t].map((r) => r.id)])) as Record<DemoTable, string[]>,
    }
    await db.meta.put({ key: DEMO_META_KEY, value: mark })
    return ok(Object.fromEntries(DEMO_TABLES.map((t) => [t, data[t].length])) as Record<DemoTable, number>)
  })
}

/**
 * Takes out exactly what `loadDemoData` added, plus anything recorded later against demo suggestions
 * (assignments, replies, ratings, contacts, events made while trying the app). Error code: `demo-not-loaded`.
 */
export async function removeDemoData(db: SuggestionDb): Promise<Result<null>> {
  const tables = DEMO_TABLES.map((t) => db.table(t))
  return db.transaction('rw', [...tables, db.meta], async () => {
    const row = await db.meta.get(DEMO_META_KEY)
    if (!row) return err({ code: 'demo-not-loaded' })
    const mark = row.value as DemoMark
    const suggestionIds = mark.ids.suggestions
    for (const name of ['assignments', 'replies', 'ratings', 'contacts', 'events'] as const) {
      await db.table(name).where('suggestionId').anyOf(suggestionIds).delete()
    }
    for (const name of DEMO_TABLES) await db.table(name).bulkDelete(mark.ids[name])
    await db.meta.delete(DEMO_META_KEY)
    return ok(null)
  })
}

/**
 * Benchmarks: writes `n` synthetic suggestions (with two sessions and a few units of their own) through the
 * store, in chunks. Returns the session ids used.
 */
export async function seedScaleData(
  db: SuggestionDb,
  n: number,
  now: string,
  chunk = 10000,
): Promise<{ sessionIds: string[] }> {
  const sessionIds = [newId(), newId()]
  const unitIds = Array.from({ length: 30 }, () => newId())
  await db.transaction('rw', db.sessions, db.units, async () => {
    await db.sessions.bulkAdd(
      sessionIds.map((id, i) => ({
        id,
        name: `基准测试会议${i + 1}`,
        kind: 'session' as const,
        term: 17,
        meeting: i + 4,
        year: 2025 + i,
        startsOn: `${2025 + i}-01-10`,
        fixedReplyDate: null,
        order: 100 + i,
        createdAt: now,
      })),
    )
    await db.units.bulkAdd(
      unitIds.map((id, i) => ({
        id,
        name: `基准测试单位${i + 1}`,
        shortNames: [],
        aliases: [],
        type: 'government-department' as const,
        order: 100 + i,
        active: true,
        successorId: null,
        contacts: { leader: null, department: null, contact: null, phone: null },
        history: [],
      })),
    )
  })
  const { suggestions, assignments } = generateScaleData(n, { sessionIds, unitIds })
  for (let i = 0; i < suggestions.length; i += chunk) {
    const part = suggestions.slice(i, i + chunk)
    const ids = new Set(part.map((s) => s.id))
    await db.transaction('rw', db.suggestions, db.assignments, async () => {
      await db.suggestions.bulkAdd(part)
      await db.assignments.bulkAdd(assignments.filter((a) => ids.has(a.suggestionId)))
    })
  }
  return { sessionIds }
}
