/**
 * 按文件交办: a batch that came from Excel with unit columns is accepted (立案) and assigned (交办) in one step after
 * review.
 *
 * The import stores suggestions as registered and keeps the file's units on the `registered` event's
 * `data.imported` (`leadUnits`, `coUnits`: the text as written and the directory id it matched then; databases
 * imported into before that have them on a separate `imported` event, which is still read). Here those units are resolved again
 * against today's directory (a unit added or aliased since the import now matches), turned into a proposal the
 * operator reviews (unresolved names flagged: pick a unit or skip the suggestion), previewed with the domain's
 * own commands in memory (due dates shown before anything is written), and committed after a 'before-bulk'
 * backup in ONE read-write transaction running `accept` (when still registered) and `assign` per suggestion
 * through `writeChange`. Any refusal aborts the transaction: all the batch or nothing.
 *
 * Roles: one lead unit with its co-handlers as the file says; several units in the lead column are separate
 * units (分办, each answering its own part), which cannot be mixed with co-handlers — the domain refuses that.
 */
import type { HostBridge } from '@shared/bridge/hostBridge'
import type {
  AssignmentRole,
  DomainError,
  DueDate,
  Id,
  Result,
  Suggestion,
  SuggestionEvent,
  Unit,
  WorkflowChange,
  WorkflowContext,
} from '@shared/domain/model'
import { err, ok } from '@shared/domain/model'
import { applyChange, type SuggestionAggregate } from '@shared/domain/workflow/aggregate'
import { assign } from '@shared/domain/workflow/assign'
import { accept } from '@shared/domain/workflow/review'
import { createUnitResolver } from '@shared/import/units'
import { backupBeforeBulk } from './backup'
import { commandTables, loadSuggestionAggregate, writeChange, type StoredAggregate } from './commandRunner'
import type { SuggestionDb } from './db'

/** A unit as the file wrote it, and the directory unit it resolves to today (null: unknown, must be fixed). */
export interface FileUnit {
  text: string
  role: AssignmentRole
  unitId: Id | null
  /** Closest directory names for an unknown unit. */
  candidates: string[]
}

export interface ImportedSuggestion {
  aggregate: StoredAggregate
  /** The file's units; empty when the row named none. */
  units: FileUnit[]
  /** The file's unit list ended with 等 (more units than named). */
  unitsAndOthers: boolean
}

interface UnitData {
  text: string
  unitId: Id | null
}

function unitList(value: unknown): UnitData[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((u: unknown) => {
    if (typeof u !== 'object' || u === null) return []
    const { text, unitId } = u as Record<string, unknown>
    return typeof text === 'string' ? [{ text, unitId: typeof unitId === 'string' ? unitId : null }] : []
  })
}

/** The file's data of the suggestion's import: the `registered` event's `data.imported`, else an `imported` event. */
function importData(events: readonly SuggestionEvent[]): Record<string, unknown> | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!
    if (e.type === 'registered' && typeof e.data.imported === 'object' && e.data.imported !== null)
      return e.data.imported as Record<string, unknown>
    if (e.type === 'imported') return e.data
  }
  return null
}

/**
 * The imported suggestions with the file's units resolved against the current directory (active units only;
 * an id recorded at import that is no longer active is resolved again by name). Suggestions that moved on from
 * registered/accepted or carry no import data come back with no units.
 */
export async function loadImportedSuggestions(
  db: SuggestionDb,
  suggestionIds: readonly Id[],
): Promise<ImportedSuggestion[]> {
  const [aggregates, units] = await db.transaction('r', [...commandTables(db), db.units], async () => {
    const loaded = await Promise.all(suggestionIds.map((id) => loadSuggestionAggregate(db, id)))
    return [loaded.filter((a): a is StoredAggregate => a !== null), await db.units.toArray()] as const
  })
  const active = units.filter((u) => u.active)
  const activeIds = new Set(active.map((u) => u.id))
  const resolver = createUnitResolver(active.map((u) => ({ ...u })))
  return aggregates.map((aggregate) => {
    const imported = importData(aggregate.events)
    const lead = unitList(imported?.leadUnits)
    const co = unitList(imported?.coUnits)
    const leadRole: AssignmentRole = lead.length > 1 ? 'separate' : 'lead'
    const resolve = (u: UnitData, role: AssignmentRole): FileUnit => {
      if (u.unitId && activeIds.has(u.unitId)) return { text: u.text, role, unitId: u.unitId, candidates: [] }
      const found = resolver.resolve(u.text)
      return { text: u.text, role, unitId: found.unitId, candidates: found.candidates }
    }
    return {
      aggregate,
      units: [...lead.map((u) => resolve(u, leadRole)), ...co.map((u) => resolve(u, 'co'))],
      unitsAndOthers: imported?.unitsAndOthers === true,
    }
  })
}

/** What the operator confirms for one suggestion: the units with their roles. */
export interface AssignmentPlan {
  suggestionId: Id
  units: Array<{ unitId: Id; role: AssignmentRole }>
}

/** 立案 (when still registered) then 交办, in memory: the changes to write, or the first refusal. */
export function acceptAndAssign(
  aggregate: SuggestionAggregate,
  plan: AssignmentPlan,
  ctx: WorkflowContext,
  fixedReplyDate: string | null,
): Result<{ changes: WorkflowChange[]; dueDates: Array<{ unitId: Id; role: AssignmentRole; dueDates: DueDate[] }> }> {
  let state = aggregate
  const changes: WorkflowChange[] = []
  if (state.suggestion.stage === 'registered') {
    const accepted = accept(state, {}, ctx)
    if (!accepted.ok) return accepted
    changes.push(accepted.value)
    state = applyChange(state, accepted.value)
  }
  const assigned = assign(state, { units: plan.units, fixedReplyDate }, ctx)
  if (!assigned.ok) return assigned
  changes.push(assigned.value)
  return ok({
    changes,
    dueDates: assigned.value.assignments.map((a) => ({ unitId: a.unitId, role: a.role, dueDates: a.dueDates })),
  })
}

export interface ImportedAssignmentReport {
  assigned: number
  suggestionIds: Id[]
  backupName: string
}

class PlanRefused extends Error {
  constructor(
    readonly suggestion: Suggestion,
    readonly error: DomainError,
  ) {
    super(error.code)
  }
}

/**
 * Backs up, then accepts and assigns every planned suggestion in one transaction. Error codes:
 * `nothing-to-change`, `backup-failed` {detail}, `suggestion-refused` {number, code, …the domain error's
 * params}, `suggestion-not-found` {id}, `commit-failed` {detail}. On any error nothing was written.
 */
export async function commitImportedAssignment(
  db: SuggestionDb,
  host: Pick<HostBridge, 'writeBackup' | 'appInfo'>,
  plans: readonly AssignmentPlan[],
  ctx: WorkflowContext,
): Promise<Result<ImportedAssignmentReport>> {
  if (plans.length === 0) return err({ code: 'nothing-to-change' })
  const backup = await backupBeforeBulk(db, host, ctx.now)
  if (!backup.ok) return err({ code: 'backup-failed', params: { detail: backup.error.code } })
  const sessions = new Map((await db.sessions.toArray()).map((s) => [s.id, s]))
  try {
    await db.transaction('rw', commandTables(db), async () => {
      for (const plan of plans) {
        const aggregate = await loadSuggestionAggregate(db, plan.suggestionId)
        if (!aggregate) throw new NotFound(plan.suggestionId)
        const fixed = sessions.get(aggregate.suggestion.sessionId)?.fixedReplyDate ?? null
        const result = acceptAndAssign(aggregate, plan, ctx, fixed)
        if (!result.ok) throw new PlanRefused(aggregate.suggestion, result.error)
        for (const c of result.value.changes) await writeChange(db, c)
      }
    })
    return ok({
      assigned: plans.length,
      suggestionIds: plans.map((p) => p.suggestionId),
      backupName: backup.value.name,
    })
  } catch (e) {
    if (e instanceof PlanRefused) {
      return err({
        code: 'suggestion-refused',
        params: { ...(e.error.params ?? {}), number: e.suggestion.numberText, code: e.error.code },
      })
    }
    if (e instanceof NotFound) return err({ code: 'suggestion-not-found', params: { id: e.id } })
    return err({ code: 'commit-failed', params: { detail: e instanceof Error ? e.message : String(e) } })
  }
}

class NotFound extends Error {
  constructor(readonly id: Id) {
    super('suggestion-not-found')
  }
}

/** The unit's display name for a review screen. */
export function unitName(units: readonly Unit[], id: Id | null): string | null {
  return id === null ? null : (units.find((u) => u.id === id)?.name ?? null)
}
