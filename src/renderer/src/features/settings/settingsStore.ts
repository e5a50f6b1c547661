/**
 * Store functions the settings screens need that the store does not (yet) have: retiring a unit, merging a unit
 * with the transfer of its open work (机构改革), category usage, the open due dates a holiday change could move,
 * and taking an administrator's holiday year back to the built-in data. Each runs in its own transaction(s);
 * workflow changes go through the command runner, one suggestion per transaction, each with its event.
 */
import type { Actor, Assignment, AssignmentState, DueDate, DueKind, Id, Result, Unit } from '@shared/domain/model'
import { err, ok } from '@shared/domain/model'
import { transferToSuccessor } from '@shared/domain/workflow'
import type { SuggestionDb } from '../../store/db'
import { runCommand } from '../../store/commandRunner'
import { loadWorkflowContext } from '../../store/workflowContext'
import { mergeUnit } from '../../store/repositories/units'

/** Assignments in these states no longer carry work: their due dates are history. */
const ENDED_STATES: readonly AssignmentState[] = ['returned', 'transferred', 'closed']
/** States in which a unit still has work on a suggestion (what a merge moves to the successor). */
const DONE_FOR_UNIT: readonly AssignmentState[] = [...ENDED_STATES, 'opinion-sent']

const isOpen = (a: Assignment): boolean => !ENDED_STATES.includes(a.state)

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

/** Kinds still open once a unit has replied: publication (until published) and promised follow-ups. */
const OPEN_AFTER_REPLY: readonly DueKind[] = ['publish', 'follow-up']

/**
 * Whether a due date still binds anyone: not on an ended assignment, not the 交办 limit of work already assigned,
 * not a reply-side limit of a part already replied to, not the publication limit of a published reply.
 */
function stillOpen(a: Assignment, d: DueDate, published: ReadonlySet<Id>): boolean {
  if (d.kind === 'assign') return false
  if (a.state === 'replied' && !OPEN_AFTER_REPLY.includes(d.kind)) return false
  if (d.kind === 'publish' && published.has(a.id)) return false
  return true
}

/** Every still-open due date of every open assignment, decorated for display (one read transaction). */
export async function openDueDates(db: SuggestionDb): Promise<OpenDueDate[]> {
  return db.transaction('r', [db.assignments, db.suggestions, db.units, db.sessions, db.replies], async () => {
    const published = new Set((await db.replies.toArray()).filter((r) => r.publishedOn).map((r) => r.assignmentId))
    const assignments = (await db.assignments.toArray()).filter(isOpen)
    const suggestionIds = [...new Set(assignments.map((a) => a.suggestionId))]
    const suggestions = new Map((await db.suggestions.bulkGet(suggestionIds)).flatMap((s) => (s ? [[s.id, s]] : [])))
    const units = new Map((await db.units.toArray()).map((u) => [u.id, u]))
    const sessions = new Map((await db.sessions.toArray()).map((s) => [s.id, s]))
    return assignments.flatMap((a) => {
      const suggestion = suggestions.get(a.suggestionId)
      return a.dueDates
        .filter((d) => stillOpen(a, d, published))
        .map((d) => ({
          ...d,
          assignmentId: a.id,
          suggestionId: a.suggestionId,
          unitId: a.unitId,
          numberText: suggestion?.numberText ?? '',
          title: suggestion?.title ?? '',
          sessionName: (suggestion && sessions.get(suggestion.sessionId)?.name) ?? '',
          unitName: units.get(a.unitId)?.name ?? '',
        }))
    })
  })
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
