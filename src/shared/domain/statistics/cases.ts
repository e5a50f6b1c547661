/**
 * Handling cases: the unit of counting for the statistics.
 *
 * A case is one unit's part of one suggestion, followed through its whole chain of assignments (reassignment
 * after a return, transfer to a successor, re-handling rounds — all linked by `previousId`). It is attributed to
 * the unit holding the last link, and its role is the role it was assigned with. A suggestion with one lead
 * unit is one lead case; separate units (分办) each make a case; co-handlers make 'co' cases.
 */
import type {
  Assignment,
  AssignmentRole,
  ContactRecord,
  DueDate,
  Id,
  IsoDate,
  Rating,
  Reply,
  Suggestion,
} from '../model'

export interface StatisticsData {
  suggestions: readonly Suggestion[]
  assignments: readonly Assignment[]
  replies: readonly Reply[]
  ratings: readonly Rating[]
  contacts: readonly ContactRecord[]
}

export interface HandlingCase {
  suggestion: Suggestion
  role: AssignmentRole
  /** The unit holding the last link of the chain. */
  unitId: Id
  /** Assignment day of the first link. */
  assignedOn: IsoDate
  /** The chain, first link first. */
  chain: Assignment[]
  replies: Reply[]
  ratings: Rating[]
  contacts: ContactRecord[]
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = map.get(k)
    if (list) list.push(item)
    else map.set(k, [item])
  }
  return map
}

/** Builds one case per chain of assignments whose suggestion is among `data.suggestions`. */
export function handlingCases(data: StatisticsData): HandlingCase[] {
  const suggestions = new Map(data.suggestions.map((s) => [s.id, s]))
  const byId = new Map(data.assignments.map((a) => [a.id, a]))
  const successor = new Map<Id, Assignment>()
  for (const a of data.assignments) if (a.previousId) successor.set(a.previousId, a)
  const replies = groupBy(data.replies, (r) => r.assignmentId)
  const ratings = groupBy(data.ratings, (r) => r.assignmentId)
  const contacts = groupBy(data.contacts, (c) => c.assignmentId)

  const cases: HandlingCase[] = []
  for (const root of data.assignments) {
    if (root.previousId && byId.has(root.previousId)) continue
    const suggestion = suggestions.get(root.suggestionId)
    if (!suggestion) continue
    const chain: Assignment[] = [root]
    for (let next = successor.get(root.id); next && !chain.includes(next); next = successor.get(next.id)) {
      chain.push(next)
    }
    const last = chain[chain.length - 1] ?? root
    cases.push({
      suggestion,
      role: root.role,
      unitId: last.unitId,
      assignedOn: root.assignedOn,
      chain,
      replies: chain.flatMap((a) => replies.get(a.id) ?? []),
      ratings: chain.flatMap((a) => ratings.get(a.id) ?? []),
      contacts: chain.flatMap((a) => contacts.get(a.id) ?? []),
    })
  }
  return cases
}

/** The due date by which the case's part of `round` had to be answered, after approved extensions. */
export function answerDueDate(c: HandlingCase, round: number): DueDate | null {
  const links = c.chain.filter((a) => a.round === round)
  const last = links[links.length - 1]
  if (!last) return null
  const kinds = c.role === 'co' ? ['co-opinion'] : ['reply', 'rehandling-reply']
  return last.dueDates.find((d) => kinds.includes(d.kind)) ?? null
}

/** The first reply sent in `round` on or before `asOf`. */
export function sentReply(c: HandlingCase, round: number, asOf: IsoDate): Reply | null {
  const sent = c.replies
    .filter((r) => r.round === round && r.state === 'sent' && r.sentOn !== null && r.sentOn <= asOf)
    .sort((a, b) => (a.sentOn ?? '').localeCompare(b.sentOn ?? ''))
  return sent[0] ?? null
}

/** The latest rating entered on or before `asOf` (highest round, then latest date). */
export function latestRating(c: HandlingCase, asOf: IsoDate, round?: number): Rating | null {
  const rated = c.ratings
    .filter((r) => r.ratedOn <= asOf && (round === undefined || r.round === round))
    .sort((a, b) => a.round - b.round || a.ratedOn.localeCompare(b.ratedOn))
  return rated[rated.length - 1] ?? null
}
