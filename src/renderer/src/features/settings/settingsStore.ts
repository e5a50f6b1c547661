/**
 * Store functions the settings screens need that the store does not (yet) have: retiring a unit, merging a unit
 * with the transfer of its open work (机构改革), category usage, the open due dates a holiday change could move and
 * their explicit recomputation, and taking an administrator's holiday year back to the built-in data. Each runs in
 * its own transaction(s); workflow changes go through the command runner, one suggestion per transaction, each
 * with its event.
 */
import type {
  Actor,
  Assignment,
  AssignmentState,
  DomainError,
  DueDate,
  DueKind,
  Id,
  Result,
  Unit,
} from '@shared/domain/model'
import { err, ok } from '@shared/domain/model'
import type { RecomputedDueDate, SuggestionAggregate } from '@shared/domain/workflow'
import { openDueDatesOf, recomputeDueDates, transferToSuccessor } from '@shared/domain/workflow'
import type { SuggestionDb } from '../../store/db'
import { runCommand } from '../../store/commandRunner'
import { loadWorkflowContext } from '../../store/workflowContext'
import { mergeUnit } from '../../store/repositories/units'

/** Assignments in these states no longer carry work: their due dates are history. */
const ENDED_STATES: readonly AssignmentState[] = ['returned', 'transferred', 'closed']
/** States in which a unit still has work on a suggestion (what a merge moves to the successor). */
const DONE_FOR_UNIT: readonly AssignmentState[] = [...ENDED_STATES, 'opinion-sent']

/** Open assignments held by a unit (what would move to a successor). */
export async function openAssignmentsOfUnit(db: SuggestionDb, unitId: Id): Promise<Assignment[]> {
  const all = await db.assignments.where('unitId').equals(unitId).toArray()
  return all.filter((a) => !DONE_FOR_UNIT.includes(a.state))
}

/** Retires a unit that no longer exists (without a successor). Error codes: `unit-not-found`, `unit-inactive`, `unit-has-open-work` {count}. */
export async function retireUnit(db: SuggestionDb, id: Id, by: Actor, now: string): Promise<Result<Unit>> {
  return db.transaction('rw', db.units, db.assignments, async () => {
    const unit = await db.units.get(id)
    if (!unit) return err({ code: 'unit-not-found', params: { id } })
    if (!unit.active) return err({ code: 'unit-inactive' })
    const open = await openAssignmentsOfUnit(db, id)
    if (open.length > 0) return err({ code: 'unit-has-open-work', params: { count: open.length } })
    const retired: Unit = {
      ...unit,
      active: false,
      history: [...unit.history, { at: now, by, kind: 'retired', detail: '' }],
    }
    await db.units.put(retired)
    return ok(retired)
  })
}

export interface MergeOutcome {
  successor: Unit
  /** Suggestions whose open parts moved to the successor. */
  transferred: number
  /** Suggestions that could not move (the successor already holds them), with the refusal code. */
  skipped: { suggestionId: Id; code: string }[]
}

/**
 * 机构改革: retires `fromId` into `intoId` (names become aliases, both histories noted), then moves every open part
 * of the old unit to the successor with the workflow's `transferToSuccessor` (one 'transferred' event each).
 */
export async function mergeUnitWithWork(
  db: SuggestionDb,
  fromId: Id,
  intoId: Id,
  actor: Actor,
  clock: { now: string; today: string },
): Promise<Result<MergeOutcome>> {
  const merged = await mergeUnit(db, fromId, intoId, actor, clock.now)
  if (!merged.ok) return merged
  const open = await openAssignmentsOfUnit(db, fromId)
  const suggestionIds = [...new Set(open.map((a) => a.suggestionId))]
  const ctx = await loadWorkflowContext(db, { actor, ...clock })
  let transferred = 0
  const skipped: MergeOutcome['skipped'] = []
  for (const suggestionId of suggestionIds) {
    const outcome = await runCommand(db, {
      suggestionId,
      execute: (state) => transferToSuccessor(state, { unitId: fromId, successorId: intoId, reason: '机构改革' }, ctx),
    })
    if (outcome.ok) transferred++
    else skipped.push({ suggestionId, code: outcome.error.code })
  }
  return ok({ successor: merged.value, transferred, skipped })
}

/** How many suggestions carry each category (for 'remove if unused'). */
export async function categoryUsage(db: SuggestionDb, categories: string[]): Promise<Record<string, number>> {
  const counts = await Promise.all(categories.map((c) => db.suggestions.where('category').equals(c).count()))
  return Object.fromEntries(categories.map((c, i) => [c, counts[i] ?? 0]))
}

/** A due date of an open assignment, with what the "would move" list shows about it. */
export interface OpenDueDate extends DueDate {
  assignmentId: Id
  suggestionId: Id
  unitId: Id
  numberText: string
  title: string
  sessionName: string
  unitName: string
}

/** Stages in which a suggestion's parts can still owe something (what `recomputeDueDates` accepts). */
const WITH_PARTS = new Set(['assigned', 'closed'])

/**
 * Every due date that still binds someone (the workflow's `openDueDatesOf`: current parts, steps not yet done),
 * decorated for display — the same dates `recomputeDueDates` would consider. One read transaction.
 */
export async function openDueDates(db: SuggestionDb): Promise<OpenDueDate[]> {
  return db.transaction('r', [db.assignments, db.suggestions, db.units, db.sessions, db.replies], async () => {
    const [assignments, replies, units, sessions] = await Promise.all([
      db.assignments.toArray(),
      db.replies.toArray(),
      db.units.toArray(),
      db.sessions.toArray(),
    ])
    const suggestionIds = [...new Set(assignments.map((a) => a.suggestionId))]
    const suggestions = (await db.suggestions.bulkGet(suggestionIds)).flatMap((s) =>
      s && WITH_PARTS.has(s.stage) ? [s] : [],
    )
    const unitNames = new Map(units.map((u) => [u.id, u.name]))
    const sessionNames = new Map(sessions.map((s) => [s.id, s.name]))
    const bySuggestion = <T extends { suggestionId: Id }>(items: T[]): Map<Id, T[]> => {
      const map = new Map<Id, T[]>()
      for (const item of items) map.set(item.suggestionId, [...(map.get(item.suggestionId) ?? []), item])
      return map
    }
    const partsOf = bySuggestion(assignments)
    const repliesOf = bySuggestion(replies)
    return suggestions.flatMap((suggestion) => {
      const state: SuggestionAggregate = {
        suggestion,
        assignments: partsOf.get(suggestion.id) ?? [],
        replies: repliesOf.get(suggestion.id) ?? [],
        ratings: [],
      }
      return state.assignments.flatMap((a) =>
        openDueDatesOf(state, a).map((d) => ({
          ...d,
          assignmentId: a.id,
          suggestionId: a.suggestionId,
          unitId: a.unitId,
          numberText: suggestion.numberText,
          title: suggestion.title,
          sessionName: sessionNames.get(suggestion.sessionId) ?? '',
          unitName: unitNames.get(a.unitId) ?? '',
        })),
      )
    })
  })
}

/** A due date chosen for recomputation (e.g. a row of the holiday preview). */
export interface DueDateToRecompute {
  suggestionId: Id
  assignmentId: Id
  kind: DueKind
}

export interface RecomputeSummary {
  /** Suggestions whose dates moved, with what moved (old → new). */
  recomputed: { suggestionId: Id; moved: RecomputedDueDate[] }[]
  /** Suggestions where the calendar in force gave the same dates (`no-due-date-moved`): nothing was written. */
  unchanged: Id[]
  /** Suggestions refused for another reason. */
  failed: { suggestionId: Id; error: DomainError }[]
}

/**
 * 重新计算期限 for the chosen due dates: one `recomputeDueDates` command per suggestion (one transaction and one
 * 'due-dates-recomputed' event each), on the calendar in force when called. `onProgress(done, total)` is called
 * after each suggestion. A suggestion that fails does not stop the others.
 */
export async function recomputeChosenDueDates(
  db: SuggestionDb,
  chosen: readonly DueDateToRecompute[],
  reason: string,
  actor: Actor,
  clock: { now: string; today: string },
  onProgress?: (done: number, total: number) => void,
): Promise<RecomputeSummary> {
  const suggestionIds = [...new Set(chosen.map((c) => c.suggestionId))]
  const ctx = await loadWorkflowContext(db, { actor, ...clock })
  const summary: RecomputeSummary = { recomputed: [], unchanged: [], failed: [] }
  for (const [i, suggestionId] of suggestionIds.entries()) {
    const dueDates = chosen
      .filter((c) => c.suggestionId === suggestionId)
      .map((c) => ({ assignmentId: c.assignmentId, kind: c.kind }))
    const outcome = await runCommand(db, {
      suggestionId,
      execute: (state) => recomputeDueDates(state, { reason, dueDates }, ctx),
    })
    if (outcome.ok) {
      const moved = outcome.value.change.events.flatMap((e) => (e.data.dueDates ?? []) as RecomputedDueDate[])
      summary.recomputed.push({ suggestionId, moved })
    } else if (outcome.error.code === 'no-due-date-moved') summary.unchanged.push(suggestionId)
    else summary.failed.push({ suggestionId, error: outcome.error })
    onProgress?.(i + 1, suggestionIds.length)
  }
  return summary
}

/** Drops an administrator's data for a year, so the built-in data (or the weekday fallback) is in force again. */
export async function removeAdministratorYear(db: SuggestionDb, year: number): Promise<void> {
  await db.holidayYears.delete(year)
}

/** Record counts shown on the backup tab ("what is in the database now"). */
export async function currentCounts(
  db: SuggestionDb,
): Promise<{ suggestions: number; units: number; sessions: number; replies: number; ratings: number }> {
  const [suggestions, units, sessions, replies, ratings] = await Promise.all([
    db.suggestions.count(),
    db.units.count(),
    db.sessions.count(),
    db.replies.count(),
    db.ratings.count(),
  ])
  return { suggestions, units, sessions, replies, ratings }
}
