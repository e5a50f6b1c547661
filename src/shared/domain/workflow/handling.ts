/**
 * 办理中: what a unit records while handling — the co-handler's opinion to the lead unit, extensions (asked,
 * approved within the cap, refused), progress notes, contacts with the deputy, and the office's reminders.
 *
 * The extension cap (default 6 months from assignment) is computed with `ctx.dueDate`, the same calculator that
 * produced the assignment's dates, so the cap and the due dates agree on holidays.
 */
import { extendedReplyDueDates } from '../deadlines'
import type {
  Assignment,
  ContactKind,
  ContactPhase,
  ContactRecord,
  DueDate,
  Id,
  IsoDate,
  Result,
  WorkflowChange,
  WorkflowContext,
} from '../model'
import { ok } from '../model'
import type { CommandBase, SuggestionAggregate } from './aggregate'
import { openAfterReplyDueDates } from './disclosure'
import {
  businessDay,
  change,
  currentAssignments,
  fail,
  findAssignment,
  isBlank,
  isReplyingRole,
  makeEvent,
  requireAssignmentState,
  touchAssignment,
  touchSuggestion,
} from './aggregate'

export interface CoOpinionInput extends CommandBase {
  assignmentId: Id
  summary: string
}

/** 协办意见 sent to the lead unit: the co-handler's part ends as 'opinion-sent'. */
export function sendCoOpinion(
  state: SuggestionAggregate,
  input: CoOpinionInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const found = findAssignment(state, input.assignmentId)
  if (!found.ok) return found
  if (found.value.role !== 'co') return fail('not-co-handler')
  const allowed = requireAssignmentState(found.value, ['signed'])
  if (!allowed.ok) return allowed
  if (isBlank(input.summary)) return fail('text-required')
  const assignment = touchAssignment(found.value, ctx, { state: 'opinion-sent' })
  const event = makeEvent(ctx, state.suggestion.id, 'co-opinion-sent', {
    on: businessDay(input, ctx),
    assignment,
    data: { summary: input.summary },
  })
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), assignments: [assignment], events: [event] }))
}

/** The reply due date in force (`reply`, or `rehandling-reply` in later rounds). */
export function replyDueDate(assignment: Assignment): DueDate | null {
  return assignment.dueDates.find((d) => d.kind === 'reply' || d.kind === 'rehandling-reply') ?? null
}

function extensionCap(assignment: Assignment, ctx: WorkflowContext): IsoDate {
  return ctx.dueDate('reply', ctx.settings.deadlines.extensionCap, assignment.assignedOn, 'extension cap').date
}

/** Checks `until` against the current reply date and the cap. */
function checkExtension(assignment: Assignment, until: IsoDate, ctx: WorkflowContext): Result<null> {
  const current = replyDueDate(assignment)
  if (current && until <= current.date) return fail('extension-not-later', { current: current.date })
  const cap = extensionCap(assignment, ctx)
  if (until > cap) return fail('extension-beyond-cap', { cap, requested: until })
  return ok(null)
}

const WHILE_HANDLING = ['assigned', 'signed', 'review', 'rehandling'] as const

export interface RequestExtensionInput extends CommandBase {
  assignmentId: Id
  until: IsoDate
  reason: string
}

/** 延期申请 by a lead or separate unit, never past the cap. */
export function requestExtension(
  state: SuggestionAggregate,
  input: RequestExtensionInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const found = findAssignment(state, input.assignmentId)
  if (!found.ok) return found
  if (!isReplyingRole(found.value)) return fail('not-replying-unit')
  const allowed = requireAssignmentState(found.value, WHILE_HANDLING)
  if (!allowed.ok) return allowed
  if (found.value.extensionRequest) return fail('extension-pending')
  if (isBlank(input.reason)) return fail('reason-required')
  const checked = checkExtension(found.value, input.until, ctx)
  if (!checked.ok) return checked
  const on = businessDay(input, ctx)
  const assignment = touchAssignment(found.value, ctx, {
    extensionRequest: { requestedOn: on, until: input.until, reason: input.reason },
  })
  const event = makeEvent(ctx, state.suggestion.id, 'extension-requested', {
    on,
    assignment,
    reason: input.reason,
    data: { until: input.until },
  })
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), assignments: [assignment], events: [event] }))
}

export interface ApproveExtensionInput extends CommandBase {
  assignmentId: Id
  /** Approve a different date than asked (still within the cap). */
  until?: IsoDate
  reason?: string | null
}

/**
 * 延期 approved: the reply date becomes the approved date and the internal review is recomputed before it; the
 * superseded due dates move to `dueDateHistory`.
 */
export function approveExtension(
  state: SuggestionAggregate,
  input: ApproveExtensionInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const found = findAssignment(state, input.assignmentId)
  if (!found.ok) return found
  const request = found.value.extensionRequest
  if (!request) return fail('no-extension-request')
  const until = input.until ?? request.until
  const checked = checkExtension(found.value, until, ctx)
  if (!checked.ok) return checked
  const previous = replyDueDate(found.value)
  const kind = previous?.kind === 'rehandling-reply' ? 'rehandling-reply' : 'reply'
  const replaced = extendedReplyDueDates({
    assignedOn: found.value.assignedOn,
    extendedTo: until,
    settings: ctx.settings.deadlines,
    dueDate: ctx.dueDate,
    kind,
  })
  const replacedKinds = replaced.map((d) => d.kind)
  const assignment = touchAssignment(found.value, ctx, {
    extendedTo: until,
    extensionRequest: null,
    dueDates: [...found.value.dueDates.filter((d) => !replacedKinds.includes(d.kind)), ...replaced],
    dueDateHistory: [
      ...found.value.dueDateHistory,
      ...found.value.dueDates.filter((d) => replacedKinds.includes(d.kind)),
    ],
  })
  const event = makeEvent(ctx, state.suggestion.id, 'extension-approved', {
    on: businessDay(input, ctx),
    assignment,
    reason: input.reason ?? request.reason,
    data: { from: previous?.date ?? null, to: until, requested: request.until },
  })
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), assignments: [assignment], events: [event] }))
}

export interface DenyExtensionInput extends CommandBase {
  assignmentId: Id
  reason: string
}

export function denyExtension(
  state: SuggestionAggregate,
  input: DenyExtensionInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const found = findAssignment(state, input.assignmentId)
  if (!found.ok) return found
  const request = found.value.extensionRequest
  if (!request) return fail('no-extension-request')
  if (isBlank(input.reason)) return fail('reason-required')
  const assignment = touchAssignment(found.value, ctx, { extensionRequest: null })
  const event = makeEvent(ctx, state.suggestion.id, 'extension-denied', {
    on: businessDay(input, ctx),
    assignment,
    reason: input.reason,
    data: { requested: request.until },
  })
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), assignments: [assignment], events: [event] }))
}

/** An assignment still being worked on (not ended, replaced or closed). */
function requireOpen(state: SuggestionAggregate, id: Id): Result<Assignment> {
  const found = findAssignment(state, id)
  if (!found.ok) return found
  const open = currentAssignments(state).some((a) => a.id === id) && found.value.state !== 'closed'
  return open ? found : fail('invalid-assignment-state', { state: found.value.state })
}

export interface NoteProgressInput extends CommandBase {
  assignmentId: Id
  text: string
}

/** 办理进展: a dated note on the unit's part. */
export function noteProgress(
  state: SuggestionAggregate,
  input: NoteProgressInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const found = requireOpen(state, input.assignmentId)
  if (!found.ok) return found
  if (isBlank(input.text)) return fail('text-required')
  const event = makeEvent(ctx, state.suggestion.id, 'progress-noted', {
    on: businessDay(input, ctx),
    assignment: found.value,
    data: { text: input.text },
  })
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), events: [event] }))
}

export interface RecordContactInput extends CommandBase {
  assignmentId: Id
  kind: ContactKind
  phase: ContactPhase
  people: string
  summary: string
}

/** 沟通联系 with the deputy (before, during or after handling); face-to-face ones count for 见面率. */
export function recordContact(
  state: SuggestionAggregate,
  input: RecordContactInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const found = findAssignment(state, input.assignmentId)
  if (!found.ok) return found
  if (isBlank(input.summary)) return fail('text-required')
  const on = businessDay(input, ctx)
  const contact: ContactRecord = {
    id: ctx.newId(),
    suggestionId: state.suggestion.id,
    assignmentId: found.value.id,
    unitId: found.value.unitId,
    kind: input.kind,
    phase: input.phase,
    on,
    people: input.people,
    summary: input.summary,
    createdAt: ctx.now,
  }
  const event = makeEvent(ctx, state.suggestion.id, 'contact-recorded', {
    on,
    assignment: found.value,
    data: { contactId: contact.id, kind: input.kind, phase: input.phase },
  })
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), contacts: [contact], events: [event] }))
}

export interface RemindInput extends CommandBase {
  /** One unit's part; all open parts when absent. */
  assignmentId?: Id
  note?: string | null
}

/**
 * 催办: a reminder to one or all units that still owe something. A part being handled is reminded of all its due
 * dates; a closed part only while it still owes publication of its reply or a promise made in it (跟踪办理,
 * followed across years), and then only of those dates. Ended and replaced parts are refused.
 */
export function remind(state: SuggestionAggregate, input: RemindInput, ctx: WorkflowContext): Result<WorkflowChange> {
  const current = currentAssignments(state)
  /** What a current part can be reminded of, or null when it owes nothing. */
  const owed = (a: Assignment): DueDate[] | null => {
    if (a.state !== 'closed') return a.dueDates
    const open = openAfterReplyDueDates(state, a)
    return open.length > 0 ? open : null
  }
  let targets: Array<{ assignment: Assignment; dueDates: DueDate[] }>
  if (input.assignmentId) {
    const found = findAssignment(state, input.assignmentId)
    if (!found.ok) return found
    const dueDates = current.some((a) => a.id === found.value.id) ? owed(found.value) : null
    if (dueDates === null) return fail('invalid-assignment-state', { state: found.value.state })
    targets = [{ assignment: found.value, dueDates }]
  } else {
    // Co-handlers whose opinion is sent are not reminded in a sweep over all parts.
    targets = current.flatMap((a) => {
      const dueDates = a.state === 'opinion-sent' ? null : owed(a)
      return dueDates ? [{ assignment: a, dueDates }] : []
    })
    if (targets.length === 0) return fail('no-open-assignment')
  }
  const on = businessDay(input, ctx)
  const events = targets.map(({ assignment, dueDates }) =>
    makeEvent(ctx, state.suggestion.id, 'reminded', {
      on,
      assignment,
      reason: input.note ?? null,
      data: { dueDates: dueDates.map((d) => ({ kind: d.kind, date: d.date })) },
    }),
  )
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), events }))
}
