/**
 * After the reply is sent: 公开 (publishing a public reply, due within 20 working days of sending) and 跟踪办理
 * (following the promises of a B/C reply until each is fulfilled, across years).
 *
 * Owns: `publishReply`, `fulfilPromise`, and the two questions every other module asks about those steps —
 * does this part still owe publication (`owesPublication`), is this follow-up date still open
 * (`isFollowUpOpen`). The due-date list (dueItems.ts) and the reminder (`remind`) use the same answers, so a
 * date disappears from the deadline calendar exactly when the command that completes it has run.
 *
 * Both commands work on any part whose reply was sent, including a closed one: publication and promises outlive
 * the rating and 办结.
 */
import type {
  Assignment,
  DueDate,
  Id,
  IsoDate,
  Promise_,
  Reply,
  Result,
  WorkflowChange,
  WorkflowContext,
} from '../model'
import { ok } from '../model'
import type { CommandBase, SuggestionAggregate } from './aggregate'
import { businessDay, change, fail, findAssignment, makeEvent, replyOf, touchReply, touchSuggestion } from './aggregate'

/** True when the reply was sent, is public and has not been published yet. */
export function replyOwesPublication(reply: Reply): boolean {
  return reply.state === 'sent' && reply.publicity.public && reply.publishedOn === null
}

/** Whether this part's `publish` date is still open. Without a reply record at hand, an unpublished reply is the safer reading. */
export function owesPublication(state: SuggestionAggregate, assignment: Assignment): boolean {
  const reply = replyOf(state, assignment)
  return !reply || replyOwesPublication(reply)
}

/** The promise a `follow-up` due date watches: same date and (when the date carries it) same text. */
export function promiseOfDueDate(reply: Reply | null, due: DueDate): Promise_ | null {
  return reply?.promises.find((p) => p.dueOn === due.date && (due.note === null || p.text === due.note)) ?? null
}

/** Whether a `follow-up` due date is still open: its promise is not fulfilled (or cannot be found). */
export function isFollowUpOpen(state: SuggestionAggregate, assignment: Assignment, due: DueDate): boolean {
  const promise = promiseOfDueDate(replyOf(state, assignment), due)
  return !promise || promise.fulfilledOn === null
}

/** The part's publish and follow-up dates that are still open (what a closed part can still be reminded of). */
export function openAfterReplyDueDates(state: SuggestionAggregate, assignment: Assignment): DueDate[] {
  return assignment.dueDates.filter(
    (d) =>
      (d.kind === 'publish' && owesPublication(state, assignment)) ||
      (d.kind === 'follow-up' && isFollowUpOpen(state, assignment, d)),
  )
}

/** The sent reply of a part, or the refusal. */
function sentReplyOf(state: SuggestionAggregate, assignmentId: Id): Result<{ assignment: Assignment; reply: Reply }> {
  const found = findAssignment(state, assignmentId)
  if (!found.ok) return found
  const reply = replyOf(state, found.value)
  if (!reply || reply.state !== 'sent' || reply.sentOn === null) return fail('reply-not-sent')
  return ok({ assignment: found.value, reply })
}

function checkNotBeforeSending(on: IsoDate, reply: Reply): Result<null> {
  return reply.sentOn !== null && on < reply.sentOn ? fail('date-before-sent', { sentOn: reply.sentOn }) : ok(null)
}

export interface PublishReplyInput extends CommandBase {
  assignmentId: Id
  /** Where it was published (政府网站, 公开栏 …), kept on the event. */
  where?: string | null
}

/**
 * 公开: records that a sent public reply was published on the business day (`on`, default today). A reply marked
 * not for publication is refused (`reply-not-public`), as is a second publication or a day before sending.
 */
export function publishReply(
  state: SuggestionAggregate,
  input: PublishReplyInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const sent = sentReplyOf(state, input.assignmentId)
  if (!sent.ok) return sent
  const { assignment, reply } = sent.value
  if (!reply.publicity.public) return fail('reply-not-public')
  if (reply.publishedOn !== null) return fail('reply-already-published', { publishedOn: reply.publishedOn })
  const on = businessDay(input, ctx)
  const notBefore = checkNotBeforeSending(on, reply)
  if (!notBefore.ok) return notBefore
  const published = touchReply(reply, ctx, { publishedOn: on })
  const event = makeEvent(ctx, state.suggestion.id, 'published', {
    on,
    assignment,
    data: { replyId: reply.id, publishedOn: on, where: input.where ?? null },
  })
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), replies: [published], events: [event] }))
}

export interface FulfilPromiseInput extends CommandBase {
  assignmentId: Id
  /** Position of the promise in the sent reply's `promises`. */
  promiseIndex: number
  /** What was done, kept on the event. */
  note?: string | null
}

/**
 * 跟踪办理: marks one promise of a sent reply fulfilled on the business day (`on`, default today); its
 * follow-up due date closes with it.
 */
export function fulfilPromise(
  state: SuggestionAggregate,
  input: FulfilPromiseInput,
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  const sent = sentReplyOf(state, input.assignmentId)
  if (!sent.ok) return sent
  const { assignment, reply } = sent.value
  const promise = reply.promises[input.promiseIndex]
  if (!promise) return fail('promise-not-found', { index: input.promiseIndex })
  if (promise.fulfilledOn !== null) return fail('promise-already-fulfilled', { fulfilledOn: promise.fulfilledOn })
  const on = businessDay(input, ctx)
  const notBefore = checkNotBeforeSending(on, reply)
  if (!notBefore.ok) return notBefore
  const promises = reply.promises.map((p, i) => (i === input.promiseIndex ? { ...p, fulfilledOn: on } : p))
  const updated = touchReply(reply, ctx, { promises })
  const event = makeEvent(ctx, state.suggestion.id, 'promise-fulfilled', {
    on,
    assignment,
    reason: input.note ?? null,
    data: { replyId: reply.id, promise: promise.text, dueOn: promise.dueOn, fulfilledOn: on },
  })
  return ok(change({ suggestion: touchSuggestion(state.suggestion, ctx), replies: [updated], events: [event] }))
}
