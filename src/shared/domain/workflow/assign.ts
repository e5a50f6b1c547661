/**
 * 交办 and what happens to an assignment before the reply is drafted: signing for it, asking to return it within
 * the time limit, the office's decision, reassignment and hand-over to a successor unit after 机构改革.
 *
 * Design: a returned, reassigned or transferred assignment is never edited into another unit. It ends
 * ('returned' / 'transferred') and a new assignment points back to it with `previousId`, so each unit's part
 * and its dates stay on record. Due dates come from deadlines.ts through `ctx.dueDate`.
 */
import { assignmentDueDates } from '../deadlines'
import type {
  Assignment,
  AssignmentRole,
  AssignmentState,
  DueDate,
  HandlingPeople,
  Id,
  IsoDate,
  Result,
  SuggestionEvent,
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
  findAssignment,
  isBlank,
  makeEvent,
  requireAssignmentState,
  requireStage,
  touchAssignment,
  touchSuggestion,
} from './aggregate'

const EMPTY_PEOPLE: HandlingPeople = { leader: null, department: null, handler: null, phone: null }

/** States in which a unit has not yet drafted its reply: the part can still be moved to another unit. */
const BEFORE_REPLY: readonly AssignmentState[] = ['assigned', 'signed', 'return-requested']

export function newAssignment(
  ctx: WorkflowContext,
  fields: {
    suggestionId: Id
    unitId: Id
    role: AssignmentRole
    round: number
    assignedOn: IsoDate
    dueDates: DueDate[]
    previousId: Id | null
    state?: AssignmentState
    signedOn?: IsoDate | null
    people?: HandlingPeople
    extendedTo?: IsoDate | null
  },
): Assignment {
  return {
    id: ctx.newId(),
    suggestionId: fields.suggestionId,
    unitId: fields.unitId,
    role: fields.role,
    round: fields.round,
    state: fields.state ?? 'assigned',
    assignedOn: fields.assignedOn,
    signedOn: fields.signedOn ?? null,
    people: fields.people ?? EMPTY_PEOPLE,
    dueDates: fields.dueDates,
    dueDateHistory: [],
    returnRequest: null,
    previousId: fields.previousId,
    extendedTo: fields.extendedTo ?? null,
    extensionRequest: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    revision: 1,
  }
}

function dueDatesFor(ctx: WorkflowContext, role: AssignmentRole, on: IsoDate, fixedReplyDate: IsoDate | null) {
  return assignmentDueDates({
    assignedOn: on,
    role,
    settings: ctx.settings.deadlines,
    session: { fixedReplyDate },
    dueDate: ctx.dueDate,
  })
}

/** A unit may hold only one live part of a suggestion in a round. */
function unitAlreadyHolds(state: SuggestionAggregate, unitId: Id, except: Id | null = null): boolean {
  return currentAssignments(state).some(
    (a) => a.unitId === unitId && a.id !== except && a.round === state.suggestion.round && a.state !== 'closed',
  )
}

export interface AssignInput extends CommandBase {
  units: Array<{ unitId: Id; role: AssignmentRole }>
  /** The session's fixed reply date in fixed-date mode (`Session.fixedReplyDate`), else null. */
  fixedReplyDate?: IsoDate | null
  reason?: string | null
}

/**
 * 交办 to one or more units. Styles: one lead unit with any co-handlers, or separate units (分办) each answering
 * its own part; the two styles are not mixed on one suggestion. Units may be added later in the same style.
 */
export function assign(state: SuggestionAggregate, input: AssignInput, ctx: WorkflowContext): Result<WorkflowChange> {
  const stage = requireStage(state, ['accepted', 'assigned'])
  if (!stage.ok) return stage
  if (input.units.length === 0) return fail('no-units')
  const seen = new Set<Id>()
  for (const { unitId } of input.units) {
    if (seen.has(unitId) || unitAlreadyHolds(state, unitId)) return fail('duplicate-unit', { unitId })
    seen.add(unitId)
  }
  const live = currentAssignments(state).filter((a) => a.round === state.suggestion.round)
  const roles = [...live.map((a) => a.role), ...input.units.map((u) => u.role)]
  const leads = roles.filter((r) => r === 'lead').length
  if (leads > 1) return fail('multiple-lead')
  if (leads === 1 && roles.includes('separate')) return fail('lead-and-separate-mixed')
  if (leads === 0 && roles.includes('co')) return fail('co-without-lead')

  const on = businessDay(input, ctx)
  const suggestionId = state.suggestion.id
  const assignments = input.units.map((u) =>
    newAssignment(ctx, {
      suggestionId,
      unitId: u.unitId,
      role: u.role,
      round: state.suggestion.round,
      assignedOn: on,
      dueDates: dueDatesFor(ctx, u.role, on, input.fixedReplyDate ?? null),
      previousId: null,
    }),
  )
  const events = assignments.map((a) =>
    makeEvent(ctx, suggestionId, 'assigned', {
      on,
      assignment: a,
      reason: input.reason ?? null,
      data: { role: a.role, dueDates: a.dueDates.map((d) => ({ kind: d.kind, date: d.date })) },
    }),
  )
  const suggestion = touchSuggestion(state.suggestion, ctx, { stage: 'assigned' })
  return ok(change({ suggestion, assignments, events }))
}

export interface SignForInput extends CommandBase {
  assignmentId: Id
  people: HandlingPeople
}

/** 签收, naming who is responsible (at least one of 分管领导, 责任科室, 经办人). */
export function signFor(state: SuggestionAggregate, input: SignForInput, ctx: WorkflowContext): Result<WorkflowChange> {
  const found = findAssignment(state, input.assignmentId)
  if (!found.ok) return found
  const allowed = requireAssignmentState(found.value, ['assigned'])
  if (!allowed.ok) return allowed
  const { leader, department, handler } = input.people
  if (isBlank(leader) && isBlank(department) && isBlank(handler)) return fail('people-required')
  const on = businessDay(input, ctx)
  const assignment = touchAssignment(found.value, ctx, { state: 'signed', signedOn: on, people: input.people })
  const event = makeEvent(ctx, state.suggestion.id, 'signed-for', {
    on,
    assignment,
    data: { people: { ...input.people } },
  })
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), assignments: [assignment], events: [event] }))
}

export interface RequestReturnInput extends CommandBase {
  assignmentId: Id
  reason: string
  proposedUnitId?: Id | null
  proposedUnitName?: string | null
}

/** 申请退回, only up to the assignment's `return-limit` due date (refused after it with the limit). */
export function requestReturn(
  state: SuggestionAggregate,
  input: RequestReturnInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const found = findAssignment(state, input.assignmentId)
  if (!found.ok) return found
  if (found.value.state === 'return-requested') return fail('return-pending')
  const allowed = requireAssignmentState(found.value, ['assigned', 'signed'])
  if (!allowed.ok) return allowed
  if (isBlank(input.reason)) return fail('reason-required')
  const on = businessDay(input, ctx)
  const limit = found.value.dueDates.find((d) => d.kind === 'return-limit')
  if (limit && on > limit.date) return fail('return-too-late', { limit: limit.date })
  const returnRequest = {
    requestedOn: on,
    reason: input.reason,
    proposedUnitId: input.proposedUnitId ?? null,
    proposedUnitName: input.proposedUnitName ?? null,
  }
  const assignment = touchAssignment(found.value, ctx, { state: 'return-requested', returnRequest })
  const event = makeEvent(ctx, state.suggestion.id, 'return-requested', {
    on,
    assignment,
    reason: input.reason,
    data: { proposedUnitId: returnRequest.proposedUnitId, proposedUnitName: returnRequest.proposedUnitName },
  })
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), assignments: [assignment], events: [event] }))
}

/** Ends `old` and creates its replacement at `unitId` with fresh due dates counted from `on`. */
function replace(
  state: SuggestionAggregate,
  old: Assignment,
  unitId: Id,
  on: IsoDate,
  ctx: WorkflowContext,
  fixedReplyDate: IsoDate | null,
): Assignment {
  return newAssignment(ctx, {
    suggestionId: state.suggestion.id,
    unitId,
    role: old.role,
    round: old.round,
    assignedOn: on,
    dueDates: dueDatesFor(ctx, old.role, on, fixedReplyDate),
    previousId: old.id,
  })
}

export interface ApproveReturnInput extends CommandBase {
  assignmentId: Id
  /** 重新交办 in the same change: the unit that takes the part over (same role, due dates counted afresh). */
  reassignTo?: Id | null
  fixedReplyDate?: IsoDate | null
  reason?: string | null
}

/**
 * 退回 approved: the assignment ends as 'returned'. With `reassignTo`, the new unit's assignment is created in
 * the same change. When no live assignment is left, the suggestion goes back to 'accepted' (待交办).
 */
export function approveReturn(
  state: SuggestionAggregate,
  input: ApproveReturnInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const found = findAssignment(state, input.assignmentId)
  if (!found.ok) return found
  const allowed = requireAssignmentState(found.value, ['return-requested'])
  if (!allowed.ok) return allowed
  const to = input.reassignTo ?? null
  if (to !== null && to === found.value.unitId) return fail('same-unit')
  if (to !== null && unitAlreadyHolds(state, to, found.value.id)) return fail('duplicate-unit', { unitId: to })
  const on = businessDay(input, ctx)
  const ended = touchAssignment(found.value, ctx, { state: 'returned' })
  const events: SuggestionEvent[] = [
    makeEvent(ctx, state.suggestion.id, 'return-approved', {
      on,
      assignment: ended,
      reason: input.reason ?? null,
      data: { request: found.value.returnRequest },
    }),
  ]
  const assignments = [ended]
  if (to !== null) {
    const next = replace(state, found.value, to, on, ctx, input.fixedReplyDate ?? null)
    assignments.push(next)
    events.push(
      makeEvent(ctx, state.suggestion.id, 'reassigned', {
        on,
        assignment: next,
        reason: input.reason ?? null,
        data: { fromAssignmentId: ended.id, fromUnitId: ended.unitId, role: next.role },
      }),
    )
  }
  const remaining = currentAssignments(state).filter((a) => a.id !== ended.id)
  const stage = to === null && remaining.length === 0 ? 'accepted' : state.suggestion.stage
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx, { stage }), assignments, events }))
}

export interface DenyReturnInput extends CommandBase {
  assignmentId: Id
  reason: string
}

/** 退回 refused: the unit keeps the part and goes on where it was (signed or not). */
export function denyReturn(
  state: SuggestionAggregate,
  input: DenyReturnInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const found = findAssignment(state, input.assignmentId)
  if (!found.ok) return found
  const allowed = requireAssignmentState(found.value, ['return-requested'])
  if (!allowed.ok) return allowed
  if (isBlank(input.reason)) return fail('reason-required')
  const assignment = touchAssignment(found.value, ctx, {
    state: found.value.signedOn ? 'signed' : 'assigned',
    returnRequest: null,
  })
  const event = makeEvent(ctx, state.suggestion.id, 'return-denied', {
    on: businessDay(input, ctx),
    assignment,
    reason: input.reason,
    data: { request: found.value.returnRequest },
  })
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), assignments: [assignment], events: [event] }))
}

export interface ReassignInput extends CommandBase {
  assignmentId: Id
  toUnitId: Id
  reason: string
  fixedReplyDate?: IsoDate | null
}

/** The office moves a part to another unit on its own initiative (no return request): old one ends 'returned'. */
export function reassign(
  state: SuggestionAggregate,
  input: ReassignInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const found = findAssignment(state, input.assignmentId)
  if (!found.ok) return found
  const allowed = requireAssignmentState(found.value, BEFORE_REPLY)
  if (!allowed.ok) return allowed
  if (isBlank(input.reason)) return fail('reason-required')
  if (input.toUnitId === found.value.unitId) return fail('same-unit')
  if (unitAlreadyHolds(state, input.toUnitId, found.value.id)) return fail('duplicate-unit', { unitId: input.toUnitId })
  const on = businessDay(input, ctx)
  const ended = touchAssignment(found.value, ctx, { state: 'returned', returnRequest: null })
  const next = replace(state, found.value, input.toUnitId, on, ctx, input.fixedReplyDate ?? null)
  const event = makeEvent(ctx, state.suggestion.id, 'reassigned', {
    on,
    assignment: next,
    reason: input.reason,
    data: { fromAssignmentId: ended.id, fromUnitId: ended.unitId, role: next.role },
  })
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), assignments: [ended, next], events: [event] }))
}

export interface TransferInput extends CommandBase {
  unitId: Id
  successorId: Id
  reason?: string | null
}

/**
 * 机构改革: every open part held by `unitId` moves to `successorId`. The old assignment ends 'transferred'; the
 * new one continues where it stood (state, people, due dates and extension are carried over — the hand-over
 * does not restart the clock).
 */
export function transferToSuccessor(
  state: SuggestionAggregate,
  input: TransferInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  if (input.unitId === input.successorId) return fail('same-unit')
  const open = currentAssignments(state).filter(
    (a) => a.unitId === input.unitId && a.state !== 'closed' && a.state !== 'opinion-sent',
  )
  if (open.length === 0) return fail('no-open-assignment')
  if (unitAlreadyHolds(state, input.successorId)) return fail('duplicate-unit', { unitId: input.successorId })
  const on = businessDay(input, ctx)
  const assignments: Assignment[] = []
  const events: SuggestionEvent[] = []
  for (const old of open) {
    const ended = touchAssignment(old, ctx, { state: 'transferred' })
    const next: Assignment = {
      ...newAssignment(ctx, {
        suggestionId: state.suggestion.id,
        unitId: input.successorId,
        role: old.role,
        round: old.round,
        assignedOn: old.assignedOn,
        dueDates: old.dueDates,
        previousId: old.id,
        state: old.state,
        signedOn: old.signedOn,
        people: old.people,
        extendedTo: old.extendedTo,
      }),
      dueDateHistory: old.dueDateHistory,
      returnRequest: old.returnRequest,
      extensionRequest: old.extensionRequest ?? null,
    }
    assignments.push(ended, next)
    events.push(
      makeEvent(ctx, state.suggestion.id, 'transferred', {
        on,
        assignment: ended,
        reason: input.reason ?? null,
        data: { toUnitId: input.successorId, newAssignmentId: next.id },
      }),
    )
  }
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), assignments, events }))
}
