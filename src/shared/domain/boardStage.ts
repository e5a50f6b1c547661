/**
 * The board (看板) view of the workflow: which column a suggestion stands in, and which command a drag from one
 * column to another means. Columns follow the office's words: 待交办, 待签收, 办理中, 待审核签发, 已答复待测评,
 * 重新办理, 已办结, plus 'not-in-play' for 不予立案 / 撤回 / 并案.
 *
 * With several units, a suggestion stands where its least advanced replying unit stands; a re-handling round
 * not yet answered puts it in 'rehandling'.
 */
import type { AssignmentState, Result } from './model'
import { err, ok } from './model'
import type { SuggestionAggregate } from './workflow/aggregate'
import { currentAssignments, isReplyingRole } from './workflow/aggregate'
import type { WorkflowCommandName } from './workflow/index'

export const boardStages = [
  'to-assign',
  'to-sign',
  'handling',
  'review',
  'replied',
  'rehandling',
  'closed',
  'not-in-play',
] as const
export type BoardStage = (typeof boardStages)[number]

const BY_STATE: Partial<Record<AssignmentState, BoardStage>> = {
  assigned: 'to-sign',
  signed: 'handling',
  'return-requested': 'handling',
  review: 'review',
  replied: 'replied',
  closed: 'replied',
}
const ORDER: readonly BoardStage[] = ['to-sign', 'handling', 'review', 'replied']

export function boardStageOf(aggregate: SuggestionAggregate): BoardStage {
  const { stage } = aggregate.suggestion
  if (stage === 'not-accepted' || stage === 'withdrawn' || stage === 'merged') return 'not-in-play'
  if (stage === 'closed') return 'closed'
  if (stage === 'registered' || stage === 'accepted') return 'to-assign'
  const current = currentAssignments(aggregate)
  const replying = current.filter(isReplyingRole)
  if (replying.length === 0) return 'to-assign'
  if (replying.some((a) => a.round > 1 && (a.state === 'rehandling' || a.state === 'review'))) return 'rehandling'
  const columns = replying.map((a) => BY_STATE[a.state] ?? 'handling')
  return ORDER.find((c) => columns.includes(c)) ?? 'handling'
}

/** The moves a drag may mean; anything else is refused. */
const MOVES: ReadonlyArray<{ from: BoardStage; to: BoardStage; command: WorkflowCommandName }> = [
  { from: 'to-assign', to: 'to-sign', command: 'assign' },
  { from: 'to-assign', to: 'not-in-play', command: 'notAccept' },
  { from: 'to-sign', to: 'handling', command: 'signFor' },
  { from: 'to-sign', to: 'to-assign', command: 'approveReturn' },
  { from: 'handling', to: 'to-assign', command: 'approveReturn' },
  { from: 'handling', to: 'review', command: 'draftReply' },
  { from: 'review', to: 'replied', command: 'sendReply' },
  { from: 'replied', to: 'closed', command: 'close' },
  { from: 'replied', to: 'rehandling', command: 'startRehandling' },
  { from: 'rehandling', to: 'replied', command: 'sendReply' },
  { from: 'closed', to: 'replied', command: 'correct' },
]

/**
 * The command a drag from `from` to `to` stands for. The command still checks its own guards (e.g. `sendReply`
 * refuses 'reply-not-signed-off'); the UI opens that command's form. Refusals: 'move-same-stage',
 * 'move-not-allowed' {from, to}.
 */
export function commandForMove(from: BoardStage, to: BoardStage): Result<WorkflowCommandName> {
  if (from === to) return err({ code: 'move-same-stage' })
  const move = MOVES.find((m) => m.from === from && m.to === to)
  return move ? ok(move.command) : err({ code: 'move-not-allowed', params: { from, to } })
}
