/**
 * Which workflow actions make sense now for a suggestion, and which form a board move opens.
 *
 * Pure: reads the aggregate's states the way the domain commands' guards do, so the card menu offers only what
 * would be accepted (the command still has the last word and its refusal is shown if it disagrees).
 */
import type { WorkflowCommandName } from '@shared/domain/workflow'
import type { Assignment, AssignmentState, IsoDate } from '@shared/domain/model'
import {
  currentAssignments,
  isReplyingRole,
  ratingOf,
  replyOf,
  type SuggestionAggregate,
} from '@shared/domain/workflow/aggregate'

export const workflowActions = [
  'assign',
  'signFor',
  'requestReturn',
  'approveReturn',
  'denyReturn',
  'draftReply',
  'signOffReply',
  'sendReply',
  'rate',
  'startRehandling',
  'close',
  'notAccept',
  'correct',
] as const
export type WorkflowAction = (typeof workflowActions)[number]

/** The form a board move's command opens (every command `commandForMove` can return has one). */
export function actionForCommand(command: WorkflowCommandName): WorkflowAction | null {
  return (workflowActions as readonly string[]).includes(command) ? (command as WorkflowAction) : null
}

/**
 * Current assignments an action works on (empty for suggestion-level actions). A return (退回) is offered only
 * before the lead unit has replied, and — when `today` is given — only to parts whose return limit has not
 * passed (the command refuses later requests with the limit; a menu should not offer them).
 */
/** Actions that work on one unit's part: valid only while `assignmentsFor` finds such a part. In lifecycle order. */
export const perAssignmentActions = [
  'signFor',
  'requestReturn',
  'approveReturn',
  'denyReturn',
  'draftReply',
  'signOffReply',
  'sendReply',
  'rate',
  'startRehandling',
] as const satisfies readonly WorkflowAction[]

export function assignmentsFor(agg: SuggestionAggregate, action: WorkflowAction, today?: IsoDate): Assignment[] {
  const current = currentAssignments(agg)
  const inState = (states: readonly AssignmentState[], replyingOnly = false) =>
    current.filter((a) => states.includes(a.state) && (!replyingOnly || isReplyingRole(a)))
  switch (action) {
    case 'signFor':
      return inState(['assigned'])
    case 'requestReturn':
      if (agg.suggestion.stage === 'closed' || current.some(isRepliedLead)) return []
      return inState(['assigned', 'signed']).filter((a) => today === undefined || !returnLimitPassed(a, today))
    case 'approveReturn':
    case 'denyReturn':
      return inState(['return-requested'])
    case 'draftReply':
      return inState(['signed', 'review', 'rehandling'], true).filter((a) => replyOf(agg, a)?.state !== 'sent')
    case 'signOffReply':
      return inState(['review'], true).filter((a) => replyOf(agg, a)?.state === 'draft')
    case 'sendReply':
      return inState(['review'], true).filter((a) => {
        const r = replyOf(agg, a)
        return r !== null && r.state !== 'sent'
      })
    case 'rate':
      return inState(['replied'], true).filter((a) => replyOf(agg, a)?.state === 'sent' && !ratingOf(agg, a))
    case 'startRehandling':
      return inState(['replied'], true).filter((a) => ratingOf(agg, a)?.overall === 'dissatisfied')
    default:
      return []
  }
}

function isRepliedLead(a: Assignment): boolean {
  return a.role === 'lead' && (a.state === 'replied' || a.state === 'closed')
}

function returnLimitPassed(a: Assignment, today: IsoDate): boolean {
  const limit = a.dueDates.find((d) => d.kind === 'return-limit')
  return limit !== undefined && today > limit.date
}

function canClose(agg: SuggestionAggregate): boolean {
  if (agg.suggestion.stage !== 'assigned') return false
  const replying = currentAssignments(agg).filter(isReplyingRole)
  if (replying.length === 0) return false
  return replying.every((a) => {
    const rating = ratingOf(agg, a)
    return (a.state === 'replied' || a.state === 'closed') && rating !== null && rating.overall !== 'dissatisfied'
  })
}

/** The actions valid now (on `today`, when given: see `assignmentsFor`), in the order of the lifecycle. */
export function validActions(agg: SuggestionAggregate, today?: IsoDate): WorkflowAction[] {
  const stage = agg.suggestion.stage
  const out: WorkflowAction[] = []
  const replyingLive = currentAssignments(agg).filter(isReplyingRole)
  if (stage === 'accepted' || (stage === 'assigned' && replyingLive.length === 0)) out.push('assign')
  for (const action of perAssignmentActions) {
    if (assignmentsFor(agg, action, today).length > 0) out.push(action)
  }
  if (canClose(agg)) out.push('close')
  if (stage === 'registered' || stage === 'accepted') out.push('notAccept')
  if (stage === 'closed') out.push('correct')
  return out
}
