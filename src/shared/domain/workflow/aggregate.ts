/**
 * The aggregate a workflow command works on, and the small helpers every command shares.
 *
 * Owns: `SuggestionAggregate` (a suggestion with its assignments, replies and ratings), which assignments are
 * still "current" (not ended, not replaced), the event builder, and `applyChange` (what the store does with a
 * `WorkflowChange`, for tests and in-memory previews).
 *
 * Design: an assignment is replaced by a new one whose `previousId` points to it (reassignment after a return,
 * transfer to a successor, a re-handling round). So the history is a chain, and "current" means the last link
 * that has not ended. The suggestion is the aggregate root: every accepted command bumps its `revision` and
 * `updatedAt`, so a concurrent edit anywhere in the aggregate is detectable on the root alone.
 */
import type {
  Assignment,
  AssignmentState,
  DomainError,
  EventType,
  Id,
  IsoDate,
  Rating,
  Reply,
  Result,
  Suggestion,
  SuggestionEvent,
  SuggestionStage,
  WorkflowChange,
  WorkflowContext,
} from '../model'
import { err } from '../model'
import type { WorkflowErrorCode } from './errors'

export interface SuggestionAggregate {
  suggestion: Suggestion
  assignments: Assignment[]
  replies: Reply[]
  ratings: Rating[]
}

/** Options every command accepts: the business day it happened on (paper entered later) and a free note. */
export interface CommandBase {
  /** Business day; defaults to `ctx.today`. */
  on?: IsoDate
}

/** States after which an assignment plays no further part (replaced or handed over). */
const ENDED: readonly AssignmentState[] = ['returned', 'transferred']

export function fail(code: WorkflowErrorCode, params?: Record<string, string | number>): Result<never> {
  const error: DomainError = params ? { code, params } : { code }
  return err(error)
}

export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === ''
}

export function businessDay(input: CommandBase, ctx: WorkflowContext): IsoDate {
  return input.on ?? ctx.today
}

/** True when another assignment replaced this one. */
export function isSuperseded(state: SuggestionAggregate, assignment: Assignment): boolean {
  return state.assignments.some((a) => a.previousId === assignment.id)
}

/** Assignments still in play: not returned or transferred, and not replaced by a later one. */
export function currentAssignments(state: SuggestionAggregate): Assignment[] {
  return state.assignments.filter((a) => !ENDED.includes(a.state) && !isSuperseded(state, a))
}

export function isReplyingRole(assignment: Assignment): boolean {
  return assignment.role === 'lead' || assignment.role === 'separate'
}

/**
 * The ids of this assignment and of those it replaced within the same round (reassignment, transfer), newest
 * first: a reply drafted before a transfer still belongs to the unit's part of the round.
 */
export function roundLineage(state: SuggestionAggregate, assignment: Assignment): Id[] {
  const ids: Id[] = [assignment.id]
  let previous = assignment.previousId
  while (previous) {
    const found = state.assignments.find((a) => a.id === previous)
    if (!found || found.round !== assignment.round || ids.includes(found.id)) break
    ids.push(found.id)
    previous = found.previousId
  }
  return ids
}

/** The reply of this assignment's part of its round (the newest one, if several). */
export function replyOf(state: SuggestionAggregate, assignment: Assignment): Reply | null {
  const lineage = roundLineage(state, assignment)
  const replies = state.replies.filter((r) => lineage.includes(r.assignmentId) && r.round === assignment.round)
  return replies.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null
}

/** The rating of this assignment's part of its round, if entered. */
export function ratingOf(state: SuggestionAggregate, assignment: Assignment): Rating | null {
  const lineage = roundLineage(state, assignment)
  const ratings = state.ratings.filter((r) => lineage.includes(r.assignmentId) && r.round === assignment.round)
  return ratings.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null
}

export function findAssignment(state: SuggestionAggregate, id: Id): Result<Assignment> {
  const found = state.assignments.find((a) => a.id === id)
  return found ? { ok: true, value: found } : fail('assignment-not-found', { assignmentId: id })
}

export function requireStage(state: SuggestionAggregate, allowed: readonly SuggestionStage[]): Result<null> {
  return allowed.includes(state.suggestion.stage)
    ? { ok: true, value: null }
    : fail('invalid-stage', { stage: state.suggestion.stage })
}

export function requireAssignmentState(assignment: Assignment, allowed: readonly AssignmentState[]): Result<null> {
  return allowed.includes(assignment.state)
    ? { ok: true, value: null }
    : fail('invalid-assignment-state', { state: assignment.state })
}

/** The suggestion after a command: revision and `updatedAt` bumped, with the given fields changed. */
export function touchSuggestion(
  suggestion: Suggestion,
  ctx: WorkflowContext,
  changes: Partial<Suggestion> = {},
): Suggestion {
  return { ...suggestion, ...changes, revision: suggestion.revision + 1, updatedAt: ctx.now }
}

export function touchAssignment(
  assignment: Assignment,
  ctx: WorkflowContext,
  changes: Partial<Assignment> = {},
): Assignment {
  return { ...assignment, ...changes, revision: assignment.revision + 1, updatedAt: ctx.now }
}

export function touchReply(reply: Reply, ctx: WorkflowContext, changes: Partial<Reply> = {}): Reply {
  return { ...reply, ...changes, revision: reply.revision + 1, updatedAt: ctx.now }
}

export function makeEvent(
  ctx: WorkflowContext,
  suggestionId: Id,
  type: EventType,
  fields: {
    on: IsoDate
    assignment?: Assignment | null
    reason?: string | null
    data?: Record<string, unknown>
  },
): SuggestionEvent {
  return {
    id: ctx.newId(),
    suggestionId,
    assignmentId: fields.assignment?.id ?? null,
    unitId: fields.assignment?.unitId ?? null,
    type,
    at: ctx.now,
    on: fields.on,
    by: ctx.actor,
    reason: fields.reason ?? null,
    data: fields.data ?? {},
  }
}

export function change(parts: Partial<WorkflowChange>): WorkflowChange {
  return {
    ...(parts.suggestion ? { suggestion: parts.suggestion } : {}),
    assignments: parts.assignments ?? [],
    replies: parts.replies ?? [],
    ratings: parts.ratings ?? [],
    contacts: parts.contacts ?? [],
    events: parts.events ?? [],
  }
}

function upsert<T extends { id: Id }>(items: readonly T[], updates: readonly T[]): T[] {
  const result = items.map((item) => updates.find((u) => u.id === item.id) ?? item)
  for (const u of updates) if (!items.some((item) => item.id === u.id)) result.push(u)
  return result
}

/** The aggregate as the store will hold it after writing `c` (records replaced by id, new ones appended). */
export function applyChange(state: SuggestionAggregate, c: WorkflowChange): SuggestionAggregate {
  return {
    suggestion: c.suggestion ?? state.suggestion,
    assignments: upsert(state.assignments, c.assignments),
    replies: upsert(state.replies, c.replies),
    ratings: upsert(state.ratings, c.ratings),
  }
}
