/**
 * Ways of writing the seed through the store, timed so the bench can say why seeding costs what it costs.
 *
 * - `registerEach`: the registration command per suggestion (`registerSuggestion`: its own read-write
 *   transaction with strict durability, a duplicate-number check, the `registered` event) — what typing
 *   100,000 suggestions in one by one would cost. Only timed on a sample, in a throw-away database.
 * - `writeChangeEach`: the command runner's `writeChange` per suggestion, many suggestions per transaction.
 * - `bulk`: per chunk, one read-write transaction over the command tables (`commandTables`): the suggestions
 *   with `bulkAdd`, then their assignments and events through `writeChange` (which writes arrays with
 *   `bulkPut`/`bulkAdd`) — the store's bulk path, the same shape as its backup restore.
 */
import type { Suggestion, SuggestionEvent, WorkflowChange } from '@shared/domain/model'
import { commandTables, writeChange } from '@renderer/store/commandRunner'
import type { SuggestionDb } from '@renderer/store/db'
import { registerSuggestion } from '@renderer/store/repositories/suggestions'
import { loadWorkflowContext } from '@renderer/store/workflowContext'
import type { ReferenceData, SeedRecords } from './seedData'
import { BENCH_NOW, BENCH_TODAY } from './seedData'

export type WriteMode = 'registerEach' | 'writeChangeEach' | 'bulk'

/** Where the bulk path's time goes: each table's requests, and the commit (strict durability: a flush). */
export interface WriteBreakdown {
  suggestions: number
  assignmentsAndEvents: number
  commit: number
}

/** Writes the records; resolves to the milliseconds spent (performance.now()). */
export async function writeSeed(
  db: SuggestionDb,
  records: SeedRecords,
  refs: ReferenceData,
  mode: WriteMode,
  chunk = 5000,
  breakdown: WriteBreakdown = { suggestions: 0, assignmentsAndEvents: 0, commit: 0 },
): Promise<number> {
  const started = performance.now()
  if (mode === 'registerEach') {
    const ctx = await loadWorkflowContext(db, { actor: refs.operator, now: BENCH_NOW, today: BENCH_TODAY })
    for (const s of records.suggestions) {
      const { id: _id, number: _n, numberSort: _ns, searchText: _st, stage: _stage, ...rest } = s
      const result = await registerSuggestion(db, { ...rest, on: s.receivedOn }, ctx)
      if (!result.ok) throw new Error(`registerSuggestion: ${result.error.code}`)
    }
    return performance.now() - started
  }
  const assignmentsOf = groupBy(records.assignments)
  const eventsOf = groupBy(records.events)
  for (let i = 0; i < records.suggestions.length; i += chunk) {
    const part = records.suggestions.slice(i, i + chunk)
    let bodyDone = 0
    await db.transaction('rw', commandTables(db), async () => {
      if (mode === 'writeChangeEach') {
        for (const s of part) await writeChange(db, changeOf(s, assignmentsOf.get(s.id), eventsOf.get(s.id)))
      } else {
        let t = performance.now()
        await db.suggestions.bulkAdd(part)
        breakdown.suggestions += performance.now() - t
        t = performance.now()
        await writeChange(db, {
          ...emptyChange(),
          assignments: part.flatMap((s) => assignmentsOf.get(s.id) ?? []),
          events: part.flatMap((s) => eventsOf.get(s.id) ?? []),
        })
        breakdown.assignmentsAndEvents += performance.now() - t
      }
      bodyDone = performance.now()
    })
    breakdown.commit += performance.now() - bodyDone
  }
  return performance.now() - started
}

const emptyChange = (): WorkflowChange => ({ assignments: [], replies: [], ratings: [], contacts: [], events: [] })

function changeOf(s: Suggestion, assignments: WorkflowChange['assignments'] = [], events: SuggestionEvent[] = []) {
  return { ...emptyChange(), suggestion: s, assignments, events }
}

function groupBy<T extends { suggestionId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of rows) {
    const list = out.get(r.suggestionId)
    if (list) list.push(r)
    else out.set(r.suggestionId, [r])
  }
  return out
}
