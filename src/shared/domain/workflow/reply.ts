/**
 * 答复: drafting the reply letter's record, its sign-off by the unit's head (签发) and sending it.
 *
 * A redraft before sending replaces the same reply record (revision bumped) and undoes an earlier sign-off:
 * the head signs what is sent. Sending adds the `publish` due date for public replies and one `follow-up` due
 * date per promise of a B/C-style reply (跟踪办理).
 */
import type {
  DueDate,
  Id,
  IsoDate,
  Promise_,
  Publicity,
  Reply,
  Result,
  WorkflowChange,
  WorkflowContext,
} from '../model'
import { ok } from '../model'
import type { CommandBase, SuggestionAggregate } from './aggregate'
import {
  businessDay,
  change,
  fail,
  findAssignment,
  isBlank,
  isReplyingRole,
  makeEvent,
  replyOf,
  requireAssignmentState,
  touchAssignment,
  touchReply,
  touchSuggestion,
} from './aggregate'

export interface DraftReplyInput extends CommandBase {
  assignmentId: Id
  resultClass: string
  body: string
  documentNumber?: string | null
  contactName?: string | null
  contactPhone?: string | null
  promises?: Array<{ text: string; dueOn: IsoDate }>
  /** Why it cannot be solved now (required for C-style classes). */
  explanation?: string | null
  publicity?: Publicity
}

function checkDraft(input: DraftReplyInput, ctx: WorkflowContext): Result<null> {
  const setting = ctx.settings.resultClasses.find((c) => c.code === input.resultClass)
  if (!setting) return fail('unknown-result-class', { resultClass: input.resultClass })
  if (isBlank(input.body)) return fail('reply-body-required')
  const promises = input.promises ?? []
  const complete = promises.every((p) => !isBlank(p.text) && !isBlank(p.dueOn))
  if (!complete || (setting.requiresPromise && promises.length === 0)) {
    return fail('promise-required', { resultClass: input.resultClass })
  }
  if (setting.requiresExplanation && isBlank(input.explanation)) {
    return fail('explanation-required', { resultClass: input.resultClass })
  }
  if (input.publicity && !input.publicity.public && isBlank(input.publicity.reason)) {
    return fail('publicity-reason-required')
  }
  return ok(null)
}

/** Drafts (or redrafts) the reply of a lead or separate unit; the part moves to 'review' (待审核签发). */
export function draftReply(
  state: SuggestionAggregate,
  input: DraftReplyInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const found = findAssignment(state, input.assignmentId)
  if (!found.ok) return found
  if (!isReplyingRole(found.value)) return fail('not-replying-unit')
  const allowed = requireAssignmentState(found.value, ['signed', 'review', 'rehandling'])
  if (!allowed.ok) return allowed
  const checked = checkDraft(input, ctx)
  if (!checked.ok) return checked
  const existing = replyOf(state, found.value)
  if (existing?.state === 'sent') return fail('reply-already-sent')
  const promises: Promise_[] = (input.promises ?? []).map((p) => ({ text: p.text, dueOn: p.dueOn, fulfilledOn: null }))
  const fields = {
    assignmentId: found.value.id,
    unitId: found.value.unitId,
    state: 'draft' as const,
    resultClass: input.resultClass,
    documentNumber: input.documentNumber ?? existing?.documentNumber ?? null,
    body: input.body,
    signer: null,
    signedOffOn: null,
    contactName: input.contactName ?? existing?.contactName ?? null,
    contactPhone: input.contactPhone ?? existing?.contactPhone ?? null,
    promises,
    explanation: input.explanation ?? null,
    publicity: input.publicity ?? existing?.publicity ?? { public: true, reason: null },
  }
  const reply: Reply = existing
    ? touchReply(existing, ctx, fields)
    : {
        id: ctx.newId(),
        suggestionId: state.suggestion.id,
        round: found.value.round,
        sentOn: null,
        publishedOn: null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
        revision: 1,
        ...fields,
      }
  const assignment = touchAssignment(found.value, ctx, { state: 'review' })
  const event = makeEvent(ctx, state.suggestion.id, 'reply-drafted', {
    on: businessDay(input, ctx),
    assignment,
    data: { replyId: reply.id, resultClass: reply.resultClass, redraft: existing !== null },
  })
  return ok(
    change({
      suggestion: touchSuggestion(state.suggestion, ctx),
      assignments: [assignment],
      replies: [reply],
      events: [event],
    }),
  )
}

export interface SignOffReplyInput extends CommandBase {
  assignmentId: Id
  /** 签发人 */
  signer: string
}

/** 签发 by the unit's head. */
export function signOffReply(
  state: SuggestionAggregate,
  input: SignOffReplyInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const found = findAssignment(state, input.assignmentId)
  if (!found.ok) return found
  const draft = replyOf(state, found.value)
  if (!draft || found.value.state !== 'review') return fail('no-reply-draft')
  if (draft.state === 'sent') return fail('reply-already-sent')
  if (isBlank(input.signer)) return fail('signer-required')
  const on = businessDay(input, ctx)
  const reply = touchReply(draft, ctx, { state: 'signed-off', signer: input.signer.trim(), signedOffOn: on })
  const event = makeEvent(ctx, state.suggestion.id, 'reply-signed-off', {
    on,
    assignment: found.value,
    data: { replyId: reply.id, signer: reply.signer },
  })
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), replies: [reply], events: [event] }))
}

export interface SendReplyInput extends CommandBase {
  assignmentId: Id
  /** 发文字号, when assigned only at sending. */
  documentNumber?: string | null
}

/** Sends the signed-off reply: the part becomes 'replied' (待测评). */
export function sendReply(
  state: SuggestionAggregate,
  input: SendReplyInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const found = findAssignment(state, input.assignmentId)
  if (!found.ok) return found
  const draft = replyOf(state, found.value)
  if (!draft || found.value.state !== 'review') return fail('no-reply-draft')
  if (draft.state !== 'signed-off') return fail('reply-not-signed-off')
  const on = businessDay(input, ctx)
  const reply = touchReply(draft, ctx, {
    state: 'sent',
    sentOn: on,
    documentNumber: input.documentNumber ?? draft.documentNumber,
  })
  const added: DueDate[] = []
  if (reply.publicity.public) added.push(ctx.dueDate('publish', ctx.settings.deadlines.publish, on, 'reply sent'))
  for (const p of reply.promises) {
    added.push(ctx.dueDate('follow-up', { type: 'fixed-date', date: p.dueOn }, on, p.text))
  }
  const assignment = touchAssignment(found.value, ctx, {
    state: 'replied',
    dueDates: [...found.value.dueDates, ...added],
  })
  const event = makeEvent(ctx, state.suggestion.id, 'reply-sent', {
    on,
    assignment,
    data: { replyId: reply.id, resultClass: reply.resultClass, documentNumber: reply.documentNumber },
  })
  return ok(
    change({
      suggestion: touchSuggestion(state.suggestion, ctx),
      assignments: [assignment],
      replies: [reply],
      events: [event],
    }),
  )
}
