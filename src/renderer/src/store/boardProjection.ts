/**
 * What the board needs of one suggestion (its "board entry"): the card's fields that do not depend on today or
 * the calendar — its column, its units, and the reply date in force — derived from the aggregate.
 *
 * Why a separate projection: the board builds its cards from it (features/board/boardModel.ts adds the working
 * days left for today), and the board snapshot (boardSnapshot.ts) stores exactly these entries, so a board drawn
 * from the snapshot and one drawn from the live data go through the same code after this step. Pure: no Dexie,
 * no DOM.
 */
import { boardStageOf, type BoardStage } from '@shared/domain/boardStage'
import type { DueKind, Id, IsoDate } from '@shared/domain/model'
import { currentReplyDue } from '@shared/domain/overdue'
import { currentAssignments, isReplyingRole, type SuggestionAggregate } from '@shared/domain/workflow/aggregate'

export type BoardColumnStage = Exclude<BoardStage, 'not-in-play'>

export interface BoardEntry {
  id: Id
  sessionId: Id
  numberText: string
  /** Normalised number (for the quick search). */
  number: string
  numberSort: number
  title: string
  category: string | null
  key: boolean
  round: number
  revision: number
  stage: BoardColumnStage
  /** Lead unit, or the first separate unit; null before assignment. */
  leadUnitId: Id | null
  /** Units holding a live part (lead/separate first, then co-handlers). */
  unitIds: Id[]
  /** The nearest reply date (re-handling reply in a later round) of a replying part still open, or null. */
  replyDue: { kind: DueKind; date: IsoDate } | null
}

/** Stages where a reply is still awaited, so the reply date matters. */
const OPEN_STAGES: ReadonlySet<BoardColumnStage> = new Set(['to-sign', 'handling', 'review', 'rehandling'])
const OPEN_STATES = new Set(['assigned', 'signed', 'return-requested', 'review', 'rehandling'])

/** The suggestion's board entry, or null when it stands in no column (不予立案, 撤回, 并案). */
export function boardEntryOf(agg: SuggestionAggregate): BoardEntry | null {
  const stage = boardStageOf(agg)
  if (stage === 'not-in-play') return null
  const s = agg.suggestion
  const current = currentAssignments(agg)
  const replying = current.filter(isReplyingRole)
  const lead = replying.find((a) => a.role === 'lead') ?? replying[0] ?? null
  const unitIds = [...new Set([...replying, ...current.filter((a) => !isReplyingRole(a))].map((a) => a.unitId))]
  let replyDue: BoardEntry['replyDue'] = null
  if (OPEN_STAGES.has(stage)) {
    for (const a of replying) {
      if (!OPEN_STATES.has(a.state)) continue
      const d = currentReplyDue(a)
      if (d && (replyDue === null || d.date < replyDue.date)) replyDue = { kind: d.kind, date: d.date }
    }
  }
  return {
    id: s.id,
    sessionId: s.sessionId,
    numberText: s.numberText,
    number: s.number,
    numberSort: s.numberSort,
    title: s.title,
    category: s.category,
    key: s.key,
    round: s.round,
    revision: s.revision,
    stage,
    leadUnitId: lead?.unitId ?? null,
    unitIds,
    replyDue,
  }
}

/** The board entries of the given aggregates (those in a column), in the same order. */
export function boardEntriesOf(aggregates: readonly SuggestionAggregate[]): BoardEntry[] {
  const out: BoardEntry[] = []
  for (const agg of aggregates) {
    const entry = boardEntryOf(agg)
    if (entry) out.push(entry)
  }
  return out
}
