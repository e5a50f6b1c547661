/**
 * The figures of DOMAIN.md's statistics over a set of handling cases, as of a day.
 *
 * Definitions (rates are fractions 0–1, null when the denominator is 0):
 * - assigned (交办数): cases assigned on or before `asOf`.
 * - replied: cases whose first-round reply was sent by `asOf`; replyRate (办复率) = replied ÷ assigned.
 * - onTimeRate (按时办复率) = replies sent on or before the first-round due date in force (after approved
 *   extensions) ÷ replies due or made: sent by `asOf`, or unsent with the due date before `asOf`.
 * - satisfactionRate (满意率) = (满意 + 基本满意) ÷ rated, on each case's latest rating; satisfiedRate (满意 alone);
 *   firstRoundSatisfactionRate (初次办理满意率) on round-1 ratings only.
 * - classes: result-class distribution of each case's latest sent reply; solveRate (解决率) = class `solvedClass`
 *   (default 'A') ÷ replied.
 * - faceToFaceRate (见面率) = cases with a face-to-face contact by `asOf` ÷ assigned.
 * - closeRate (办结率) = cases whose last link is closed ÷ assigned (closing is a current state: records carry no
 *   close date, so `asOf` does not apply to it).
 * - rehandled: cases with a re-handling round started by `asOf`.
 * - overdue: cases whose current round's due date is before `asOf` without a reply sent by `asOf` (co-handlers:
 *   the co-opinion date, an opinion counting as sent when the part is 'opinion-sent' or 'closed').
 * All of these count lead and separate cases (co-handlers answer the lead unit, not the deputy); co-handler cases
 * count only in `coAssigned` and `coOverdue` (co-opinion date passed, opinion not sent).
 */
import type { IsoDate, ResultClass } from '../model'
import type { HandlingCase } from './cases'
import { answerDueDate, latestRating, sentReply } from './cases'

export interface Indicators {
  assigned: number
  coAssigned: number
  coOverdue: number
  replied: number
  replyRate: number | null
  dueOrMade: number
  onTime: number
  onTimeRate: number | null
  rated: number
  satisfied: number
  basicallySatisfied: number
  dissatisfied: number
  satisfactionRate: number | null
  satisfiedRate: number | null
  firstRoundRated: number
  firstRoundSatisfied: number
  firstRoundSatisfactionRate: number | null
  classes: Record<ResultClass, number>
  solved: number
  solveRate: number | null
  faceToFace: number
  faceToFaceRate: number | null
  closed: number
  closeRate: number | null
  rehandled: number
  overdue: number
  /** Mean rating score (0–100) of the latest ratings; null when none. */
  meanScore: number | null
}

export interface IndicatorOptions {
  asOf: IsoDate
  /** The class that counts as solved for 解决率; default 'A'. */
  solvedClass?: ResultClass
}

export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator
}

function isOverdue(c: HandlingCase, asOf: IsoDate): boolean {
  const started = c.chain.filter((a) => a.assignedOn <= asOf)
  const current = started[started.length - 1]
  if (!current || current.state === 'returned' || current.state === 'transferred') return false
  const due = answerDueDate(c, current.round)
  if (!due || due.date >= asOf) return false
  if (c.role === 'co') return current.state !== 'opinion-sent' && current.state !== 'closed'
  return sentReply(c, current.round, asOf) === null
}

export function indicators(cases: readonly HandlingCase[], options: IndicatorOptions): Indicators {
  const { asOf } = options
  const solvedClass = options.solvedClass ?? 'A'
  const inScope = cases.filter((c) => c.assignedOn <= asOf)
  const answering = inScope.filter((c) => c.role !== 'co')
  const result: Indicators = {
    assigned: answering.length,
    coAssigned: inScope.length - answering.length,
    coOverdue: 0,
    replied: 0,
    replyRate: null,
    dueOrMade: 0,
    onTime: 0,
    onTimeRate: null,
    rated: 0,
    satisfied: 0,
    basicallySatisfied: 0,
    dissatisfied: 0,
    satisfactionRate: null,
    satisfiedRate: null,
    firstRoundRated: 0,
    firstRoundSatisfied: 0,
    firstRoundSatisfactionRate: null,
    classes: {},
    solved: 0,
    solveRate: null,
    faceToFace: 0,
    faceToFaceRate: null,
    closed: 0,
    closeRate: null,
    rehandled: 0,
    overdue: 0,
    meanScore: null,
  }
  let scoreSum = 0
  for (const c of answering) {
    const first = sentReply(c, 1, asOf)
    const due = answerDueDate(c, 1)
    if (first) {
      result.replied++
      result.dueOrMade++
      if (!due || (first.sentOn ?? '') <= due.date) result.onTime++
    } else if (due && due.date < asOf) {
      result.dueOrMade++
    }
    const latestRound = Math.max(0, ...c.chain.filter((a) => a.assignedOn <= asOf).map((a) => a.round))
    for (let round = latestRound; round >= 1; round--) {
      const reply = sentReply(c, round, asOf)
      if (reply) {
        result.classes[reply.resultClass] = (result.classes[reply.resultClass] ?? 0) + 1
        if (reply.resultClass === solvedClass) result.solved++
        break
      }
    }
    const latest = latestRating(c, asOf)
    if (latest) {
      result.rated++
      scoreSum += latest.score
      if (latest.overall === 'satisfied') result.satisfied++
      else if (latest.overall === 'basically-satisfied') result.basicallySatisfied++
      else result.dissatisfied++
    }
    const firstRating = latestRating(c, asOf, 1)
    if (firstRating) {
      result.firstRoundRated++
      if (firstRating.overall !== 'dissatisfied') result.firstRoundSatisfied++
    }
    if (c.chain.some((a) => a.round > 1 && a.assignedOn <= asOf)) result.rehandled++
  }
  for (const c of inScope) {
    if (c.role === 'co') {
      if (isOverdue(c, asOf)) result.coOverdue++
      continue
    }
    if (c.contacts.some((x) => x.kind === 'face-to-face' && x.on <= asOf)) result.faceToFace++
    if (c.chain[c.chain.length - 1]?.state === 'closed') result.closed++
    if (isOverdue(c, asOf)) result.overdue++
  }
  result.replyRate = rate(result.replied, result.assigned)
  result.onTimeRate = rate(result.onTime, result.dueOrMade)
  result.satisfactionRate = rate(result.satisfied + result.basicallySatisfied, result.rated)
  result.satisfiedRate = rate(result.satisfied, result.rated)
  result.firstRoundSatisfactionRate = rate(result.firstRoundSatisfied, result.firstRoundRated)
  result.solveRate = rate(result.solved, result.replied)
  result.faceToFaceRate = rate(result.faceToFace, result.assigned)
  result.closeRate = rate(result.closed, result.assigned)
  result.meanScore = result.rated === 0 ? null : Math.round((scoreSum / result.rated) * 10) / 10
  return result
}
