/**
 * 测评 → 办结 or 重新办理: entering the deputy's rating of a sent reply, starting a re-handling round after 不满意,
 * and closing the suggestion.
 *
 * Ratings are per lead or separate unit and round. A re-handling round is a new assignment (round + 1) pointing
 * back to the dissatisfied one, so round 1's reply and rating stay as they were.
 */
import { rehandlingDueDates } from '../deadlines'
import type {
  CommunicationMode,
  Id,
  IsoDate,
  Rating,
  RatingLevel,
  Result,
  WorkflowChange,
  WorkflowContext,
} from '../model'
import { ok } from '../model'
import { ratingScore } from '../rating'
import type { CommandBase, SuggestionAggregate } from './aggregate'
import {
  businessDay,
  change,
  currentAssignments,
  fail,
  findAssignment,
  isBlank,
  isReplyingRole,
  makeEvent,
  ratingOf,
  replyOf,
  requireAssignmentState,
  requireStage,
  touchAssignment,
  touchSuggestion,
} from './aggregate'
import { newAssignment } from './assign'

export interface RateInput extends CommandBase {
  assignmentId: Id
  receivedReply: boolean
  receivedOn: IsoDate | null
  communication: CommunicationMode
  attitude: RatingLevel
  process: RatingLevel
  result: RatingLevel
  overall: RatingLevel
  /** Required when `overall` is dissatisfied. */
  reasons: string | null
  signedBy: string
  ratedOn: IsoDate
}

/** Enters the rating form of a sent reply; the score uses the rating settings in force now. */
export function rate(state: SuggestionAggregate, input: RateInput, ctx: WorkflowContext): Result<WorkflowChange> {
  const found = findAssignment(state, input.assignmentId)
  if (!found.ok) return found
  const assignment = found.value
  if (!isReplyingRole(assignment)) return fail('not-replying-unit')
  const reply = replyOf(state, assignment)
  if (!reply || reply.state !== 'sent' || assignment.state !== 'replied') return fail('reply-not-sent')
  if (ratingOf(state, assignment)) return fail('already-rated')
  if (input.overall === 'dissatisfied' && isBlank(input.reasons)) return fail('reasons-required')
  if (isBlank(input.signedBy)) return fail('signer-required')
  const rating: Rating = {
    id: ctx.newId(),
    suggestionId: state.suggestion.id,
    assignmentId: assignment.id,
    unitId: assignment.unitId,
    round: assignment.round,
    receivedReply: input.receivedReply,
    receivedOn: input.receivedOn,
    communication: input.communication,
    attitude: input.attitude,
    process: input.process,
    result: input.result,
    overall: input.overall,
    reasons: input.reasons,
    signedBy: input.signedBy,
    ratedOn: input.ratedOn,
    score: ratingScore(input, ctx.settings.rating),
    createdAt: ctx.now,
  }
  const event = makeEvent(ctx, state.suggestion.id, 'rated', {
    on: input.on ?? input.ratedOn,
    assignment,
    reason: input.reasons,
    data: { ratingId: rating.id, overall: rating.overall, score: rating.score, round: rating.round },
  })
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), ratings: [rating], events: [event] }))
}

export interface StartRehandlingInput extends CommandBase {
  assignmentId: Id
  reason?: string | null
}

/**
 * 重新办理 after 不满意: the same unit gets a new assignment in the next round, already signed for by the same
 * people, with a `rehandling-reply` due date counted from today (default 1 month) and the internal review
 * before it.
 */
export function startRehandling(
  state: SuggestionAggregate,
  input: StartRehandlingInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const found = findAssignment(state, input.assignmentId)
  if (!found.ok) return found
  const old = found.value
  const allowed = requireAssignmentState(old, ['replied'])
  if (!allowed.ok) return allowed
  if (!currentAssignments(state).some((a) => a.id === old.id)) {
    return fail('invalid-assignment-state', { state: old.state })
  }
  const rating = ratingOf(state, old)
  if (!rating || rating.overall !== 'dissatisfied') return fail('not-dissatisfied')
  const on = businessDay(input, ctx)
  const round = old.round + 1
  const next = newAssignment(ctx, {
    suggestionId: state.suggestion.id,
    unitId: old.unitId,
    role: old.role,
    round,
    assignedOn: on,
    dueDates: rehandlingDueDates({ reassignedOn: on, settings: ctx.settings.deadlines, dueDate: ctx.dueDate }),
    previousId: old.id,
    state: 'rehandling',
    signedOn: on,
    people: old.people,
  })
  const event = makeEvent(ctx, state.suggestion.id, 'rehandling-started', {
    on,
    assignment: next,
    reason: input.reason ?? rating.reasons,
    data: {
      round,
      fromAssignmentId: old.id,
      ratingId: rating.id,
      dueDates: next.dueDates.map((d) => ({ kind: d.kind, date: d.date })),
    },
  })
  const suggestion = touchSuggestion(state.suggestion, ctx, { round: Math.max(state.suggestion.round, round) })
  return ok(change({ suggestion, assignments: [next], events: [event] }))
}

export interface CloseInput extends CommandBase {
  reason?: string | null
}

/**
 * 办结: every lead or separate part must have sent its reply and been rated 满意 or 基本满意 (a 不满意 needs a
 * re-handling round first). All current parts end as 'closed'.
 */
export function close(state: SuggestionAggregate, input: CloseInput, ctx: WorkflowContext): Result<WorkflowChange> {
  const stage = requireStage(state, ['assigned'])
  if (!stage.ok) return stage
  const current = currentAssignments(state)
  const replying = current.filter(isReplyingRole)
  if (replying.length === 0) return fail('close-unreplied')
  for (const a of replying) {
    if (a.state !== 'replied' && a.state !== 'closed') return fail('close-unreplied')
    const rating = ratingOf(state, a)
    if (!rating) return fail('close-unrated')
    if (rating.overall === 'dissatisfied') return fail('close-dissatisfied')
  }
  const assignments = current
    .filter((a) => a.state !== 'closed')
    .map((a) => touchAssignment(a, ctx, { state: 'closed' }))
  const suggestion = touchSuggestion(state.suggestion, ctx, { stage: 'closed' })
  const event = makeEvent(ctx, suggestion.id, 'closed', {
    on: businessDay(input, ctx),
    reason: input.reason ?? null,
    data: { assignmentIds: assignments.map((a) => a.id) },
  })
  return ok(change({ suggestion, assignments, events: [event] }))
}
