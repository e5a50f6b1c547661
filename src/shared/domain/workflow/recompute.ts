/**
 * 重新计算期限: the explicit, logged recomputation of stored due dates after the working-day calendar changed
 * (an administrator loaded or edited a year). DOMAIN.md: a due date is stored with the rule that produced it, so a
 * change of calendar never moves it silently — this command is the one way such a change reaches stored dates.
 *
 * Owns: `recomputeDueDates` and `openDueDatesOf` (which stored due dates still bind someone, so the holiday
 * preview and this command agree on what may move).
 *
 * Design: each chosen date is recomputed from its STORED rule and start with `ctx.dueDate` (the calendar in force
 * now), never from today's settings — recomputing is not re-deadlining. A date counted from another one
 * (`working-days-before`, the internal review before the reply) follows that one when it moves, whether or not it
 * was chosen, so the pair stays consistent. Fixed dates do not depend on the calendar and are never touched.
 * Superseded dates go to `dueDateHistory`; one 'due-dates-recomputed' event lists old → new per date, with the
 * required reason. A suggestion where nothing would move is refused (`no-due-date-moved`), so nothing is logged.
 */
import type {
  Assignment,
  AssignmentState,
  DueDate,
  DueKind,
  Id,
  IsoDate,
  Result,
  WorkflowChange,
  WorkflowContext,
} from '../model'
import { ok } from '../model'
import type { CommandBase, SuggestionAggregate } from './aggregate'
import {
  businessDay,
  change,
  currentAssignments,
  fail,
  isBlank,
  makeEvent,
  replyOf,
  requireStage,
  touchAssignment,
  touchSuggestion,
} from './aggregate'
import { isFollowUpOpen, owesPublication } from './disclosure'

const BEFORE_REPLY: readonly AssignmentState[] = ['assigned', 'signed', 'return-requested', 'review', 'rehandling']
const MAY_RETURN: readonly AssignmentState[] = ['assigned', 'signed']

/**
 * Whether the step a stored due date watches is still to be done. One reading for the deadline calendar, the
 * reminders (dueItems.ts) and recomputation, so a date is "open" the same way everywhere.
 */
export function isDueStillOpen(state: SuggestionAggregate, a: Assignment, due: DueDate): boolean {
  switch (due.kind) {
    case 'assign':
      return false
    case 'return-limit':
      return MAY_RETURN.includes(a.state)
    case 'co-opinion':
      return a.role === 'co' && MAY_RETURN.includes(a.state)
    case 'internal-review':
      if (a.state === 'review') return replyOf(state, a)?.state === 'draft'
      return BEFORE_REPLY.includes(a.state)
    case 'reply':
    case 'rehandling-reply':
      return BEFORE_REPLY.includes(a.state)
    case 'publish':
      return owesPublication(state, a)
    case 'follow-up':
      return isFollowUpOpen(state, a, due)
  }
}

/**
 * The due dates of a part that still bind someone: only on current parts (not ended, not replaced), and only
 * while the step they watch is still to be done — the reply date until the reply is sent, publication until it is
 * published, and so on. Empty for a part that owes nothing.
 */
export function openDueDatesOf(state: SuggestionAggregate, assignment: Assignment): DueDate[] {
  if (!currentAssignments(state).some((a) => a.id === assignment.id)) return []
  return assignment.dueDates.filter((d) => isDueStillOpen(state, assignment, d))
}

/** One due date to recompute: a part and the kind of date (a part has at most one current date of each kind). */
export interface DueDateChoice {
  assignmentId: Id
  kind: DueKind
}

export interface RecomputeDueDatesInput extends CommandBase {
  /** Why (e.g. `2027年节假日数据更新`); required, kept on the event. */
  reason: string
  /** The dates to recompute; default every open due date of every current part. */
  dueDates?: readonly DueDateChoice[]
}

/** One line of the event's data: what moved where. */
export interface RecomputedDueDate {
  assignmentId: Id
  unitId: Id
  kind: DueKind
  from: IsoDate
  to: IsoDate
}

/** The part's due dates after recomputation (same order), or null when none moves. */
function recomputePart(
  state: SuggestionAggregate,
  assignment: Assignment,
  chosen: (assignmentId: Id, kind: DueKind) => boolean,
  ctx: WorkflowContext,
): DueDate[] | null {
  const open = openDueDatesOf(state, assignment)
  const next = new Map<DueDate, DueDate>()
  const recompute = (d: DueDate, start: IsoDate): void => {
    const computed = ctx.dueDate(d.kind, d.rule, start, 'recomputed by admin')
    if (computed.date !== d.date) next.set(d, computed)
  }
  // Dates counted from the assignment day (or another fixed start) first, then those counted from another date.
  for (const d of assignment.dueDates) {
    if (d.rule.type === 'fixed-date' || d.rule.type === 'working-days-before') continue
    if (open.includes(d) && chosen(assignment.id, d.kind)) recompute(d, d.start)
  }
  for (const d of assignment.dueDates) {
    const rule = d.rule
    if (rule.type !== 'working-days-before') continue
    const base = assignment.dueDates.find((b) => b !== d && b.kind === rule.of && b.date === d.start)
    const movedBase = base ? next.get(base) : undefined
    if (movedBase) recompute(d, movedBase.date)
    else if (open.includes(d) && chosen(assignment.id, d.kind)) recompute(d, d.start)
  }
  return next.size === 0 ? null : assignment.dueDates.map((d) => next.get(d) ?? d)
}

/**
 * 重新计算期限: recomputes the chosen open due dates of a suggestion's current parts on the calendar in force
 * (`ctx.dueDate`), from each date's stored rule and start. Dates that come out the same are left alone.
 * Refusals: `invalid-stage` (not assigned or closed), `reason-required`, `no-due-date-moved`.
 */
export function recomputeDueDates(
  state: SuggestionAggregate,
  input: RecomputeDueDatesInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const stage = requireStage(state, ['assigned', 'closed'])
  if (!stage.ok) return stage
  if (isBlank(input.reason)) return fail('reason-required')
  const choices = input.dueDates
  const chosen = (assignmentId: Id, kind: DueKind): boolean =>
    !choices || choices.some((c) => c.assignmentId === assignmentId && c.kind === kind)

  const assignments: Assignment[] = []
  const moved: RecomputedDueDate[] = []
  for (const part of currentAssignments(state)) {
    const dueDates = recomputePart(state, part, chosen, ctx)
    if (!dueDates) continue
    const superseded = part.dueDates.filter((d) => !dueDates.includes(d))
    assignments.push(touchAssignment(part, ctx, { dueDates, dueDateHistory: [...part.dueDateHistory, ...superseded] }))
    for (const old of superseded) {
      const to = dueDates.find((d) => d.kind === old.kind && !part.dueDates.includes(d))
      if (to) moved.push({ assignmentId: part.id, unitId: part.unitId, kind: old.kind, from: old.date, to: to.date })
    }
  }
  if (assignments.length === 0) return fail('no-due-date-moved')
  const event = makeEvent(ctx, state.suggestion.id, 'due-dates-recomputed', {
    on: businessDay(input, ctx),
    assignment: assignments.length === 1 ? assignments[0] : null,
    reason: input.reason.trim(),
    data: { dueDates: moved },
  })
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), assignments, events: [event] }))
}
