/**
 * Parts and suggestions as of a day: the one pass over the records that every figure reads.
 *
 * A part is one unit's responsibility for one suggestion: its first assignment, then the links that continue it
 * (re-handling rounds of the same unit, a hand-over to a successor unit after 机构改革, which keeps the clock).
 * An approved return (or the office moving the part to another unit) ends the part: from that day it is in
 * nobody's figures, and the unit that receives the suggestion starts a new part from its own assignment day.
 * Before that day the returning unit held it, so a report dated earlier still shows it there.
 *
 * Linear in the records: each record is indexed once by id, and each part reads only its own links' replies,
 * ratings, contacts and events.
 */
import type { Assignment, ContactRecord, DueKind, Id, IsoDate, Rating, Reply, Suggestion } from '../model'
import type { EventIndex, OwingNothing } from './timeline'
import {
  closedAsOf,
  dueInForce,
  indexEvents,
  opinionSentAsOf,
  owingNothingAsOf,
  returnedOn,
  startedOn,
} from './timeline'
import type { PartFacts, Period, StatisticsFacts, StatisticsInput, SuggestionFacts } from './types'

const REPLY_KINDS: readonly DueKind[] = ['reply', 'rehandling-reply']
const CO_KINDS: readonly DueKind[] = ['co-opinion']

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

export function inPeriod(day: IsoDate, period: Period | null | undefined): boolean {
  if (!period) return true
  return (period.from === null || day >= period.from) && (period.to === null || day <= period.to)
}

interface Indexes {
  asOf: IsoDate
  events: EventIndex
  replies: Map<Id, Reply[]>
  ratings: Map<Id, Rating[]>
  contacts: Map<Id, ContactRecord[]>
}

/** One chain of assignments cut at approved returns: each segment is a part (or a returned one). */
function segments(root: Assignment, successor: Map<Id, Assignment>): Assignment[][] {
  const result: Assignment[][] = []
  let current: Assignment[] = []
  const seen = new Set<Id>()
  for (let link: Assignment | undefined = root; link && !seen.has(link.id); link = successor.get(link.id)) {
    seen.add(link.id)
    current.push(link)
    if (link.state === 'returned') {
      result.push(current)
      current = []
    }
  }
  if (current.length > 0) result.push(current)
  return result
}

function sentBy(replies: readonly Reply[], asOf: IsoDate): Reply[] {
  return replies.filter((r) => r.state === 'sent' && r.sentOn !== null && r.sentOn <= asOf)
}

/** The facts of one started, not-returned part as of `ix.asOf`. */
function partFacts(
  suggestion: Suggestion,
  links: Assignment[],
  closed: boolean,
  mergedIds: readonly Id[],
  ix: Indexes,
): PartFacts {
  const { asOf } = ix
  const first = links[0] as Assignment
  const last = links[links.length - 1] as Assignment
  const firstRound = first.round
  const round = Math.max(...links.map((l) => l.round))
  const roundLinks = (r: number) => links.filter((l) => l.round === r)
  const base = {
    id: first.id,
    suggestion,
    unitId: last.unitId,
    role: first.role,
    assignedOn: first.assignedOn,
    links,
    round,
    closed,
    rehandled: round > firstRound,
    mergedIds,
  }
  if (first.role === 'co') {
    const due = dueInForce(links, CO_KINDS, asOf, ix.events)
    const overdue = !closed && due !== null && due < asOf && !opinionSentAsOf(links, ix.events, asOf)
    return {
      ...base,
      firstReply: null,
      firstDue: due,
      dueOrMade: false,
      onTime: false,
      latestReply: null,
      latestRating: null,
      firstRoundRating: null,
      faceToFace: false,
      overdue,
    }
  }

  const replies = sentBy(
    links.flatMap((l) => ix.replies.get(l.id) ?? []),
    asOf,
  )
  const sentIn = (r: number): Reply | null => {
    let found: Reply | null = null
    for (const reply of replies) {
      if (reply.round === r && (found === null || (reply.sentOn ?? '') < (found.sentOn ?? ''))) found = reply
    }
    return found
  }
  const firstReply = sentIn(firstRound)
  const firstDue = dueInForce(roundLinks(firstRound), REPLY_KINDS, firstReply?.sentOn ?? asOf, ix.events)
  const dueOrMade = firstReply !== null || (firstDue !== null && firstDue < asOf)
  const onTime = firstReply !== null && (firstDue === null || (firstReply.sentOn ?? '') <= firstDue)

  let latestReply: Reply | null = null
  for (const reply of replies) {
    if (
      latestReply === null ||
      reply.round > latestReply.round ||
      (reply.round === latestReply.round && (reply.sentOn ?? '') > (latestReply.sentOn ?? ''))
    ) {
      latestReply = reply
    }
  }

  const ratings = links.flatMap((l) => ix.ratings.get(l.id) ?? []).filter((r) => r.ratedOn <= asOf)
  let latestRating: Rating | null = null
  let firstRoundRating: Rating | null = null
  for (const rating of ratings) {
    if (
      latestRating === null ||
      rating.round > latestRating.round ||
      (rating.round === latestRating.round && rating.ratedOn >= latestRating.ratedOn)
    ) {
      latestRating = rating
    }
    if (rating.round === firstRound && (firstRoundRating === null || rating.ratedOn >= firstRoundRating.ratedOn)) {
      firstRoundRating = rating
    }
  }

  const faceToFace =
    ratings.some((r) => r.communication === 'face-to-face') ||
    links.some((l) => (ix.contacts.get(l.id) ?? []).some((c) => c.kind === 'face-to-face' && c.on <= asOf))

  let overdue = false
  if (!closed && sentIn(round) === null) {
    const due = dueInForce(roundLinks(round), REPLY_KINDS, asOf, ix.events)
    overdue = due !== null && due < asOf
  }

  return {
    ...base,
    firstReply,
    firstDue,
    dueOrMade,
    onTime,
    latestReply,
    latestRating,
    firstRoundRating,
    faceToFace,
    overdue,
  }
}

/**
 * Reconstructs every part and suggestion as of `input.asOf` and keeps those in `input.period` (see types.ts).
 * The result is what all figure functions take; compute it once per (records, asOf, period).
 */
export function prepareStatistics(input: StatisticsInput): StatisticsFacts {
  const { records, asOf } = input
  const period = input.period ?? null
  const events = indexEvents(records.events)
  const ix: Indexes = {
    asOf,
    events,
    replies: groupBy(records.replies, (r) => r.assignmentId),
    ratings: groupBy(records.ratings, (r) => r.assignmentId),
    contacts: groupBy(records.contacts, (c) => c.assignmentId),
  }
  const ratingsBySuggestion = groupBy(records.ratings, (r) => r.suggestionId)
  const suggestions = new Map(records.suggestions.map((s) => [s.id, s]))
  const byId = new Map(records.assignments.map((a) => [a.id, a]))
  const successor = new Map<Id, Assignment>()
  for (const a of records.assignments) {
    if (a.previousId && byId.has(a.previousId) && !successor.has(a.previousId)) successor.set(a.previousId, a)
  }

  const owing = new Map<Id, OwingNothing | null>()
  const owingNothing = (s: Suggestion): OwingNothing | null => {
    let found = owing.get(s.id)
    if (found === undefined) {
      found = owingNothingAsOf(s.stage, events.bySuggestion.get(s.id), asOf)
      owing.set(s.id, found)
    }
    return found
  }
  const closed = new Map<Id, boolean>()
  const closedOn = (s: Suggestion): boolean => {
    let found = closed.get(s.id)
    if (found === undefined) {
      // Fallback day for a closed record without its event: the last rating, which closing follows.
      const rated = (ratingsBySuggestion.get(s.id) ?? []).reduce((d, r) => (r.ratedOn > d ? r.ratedOn : d), '')
      found = closedAsOf(s.stage, events.bySuggestion.get(s.id), asOf, rated || s.updatedAt.slice(0, 10))
      closed.set(s.id, found)
    }
    return found
  }

  const firstAssigned = new Map<Id, IsoDate>()
  for (const a of records.assignments) {
    const known = firstAssigned.get(a.suggestionId)
    if (known === undefined || a.assignedOn < known) firstAssigned.set(a.suggestionId, a.assignedOn)
  }
  const mergedInto = new Map<Id, Id[]>()
  const returnedParts: Id[] = []
  const excluded: StatisticsFacts['excluded'] = { withdrawn: [], notAccepted: [], merged: [], returnedParts }
  for (const s of records.suggestions) {
    const why = owingNothing(s)
    if (why === null) continue
    // A merged suggestion follows its host into whatever period the host is counted in.
    if (why === 'merged' && s.mergedIntoId) {
      const list = mergedInto.get(s.mergedIntoId)
      if (list) list.push(s.id)
      else mergedInto.set(s.mergedIntoId, [s.id])
    }
    if (!inPeriod(firstAssigned.get(s.id) ?? s.receivedOn, period)) continue
    if (why === 'withdrawn') excluded.withdrawn.push(s.id)
    else if (why === 'not-accepted') excluded.notAccepted.push(s.id)
    else excluded.merged.push(s.id)
  }

  const allParts: PartFacts[] = []
  for (const root of records.assignments) {
    if (root.previousId && byId.has(root.previousId)) continue
    const suggestion = suggestions.get(root.suggestionId)
    if (!suggestion) continue
    if (owingNothing(suggestion) !== null) continue
    for (const segment of segments(root, successor)) {
      const end = segment[segment.length - 1] as Assignment
      if (end.state === 'returned' && returnedOn(end, successor.get(end.id), events) <= asOf) {
        if (segment[0] && inPeriod(segment[0].assignedOn, period)) returnedParts.push(segment[0].id)
        continue
      }
      const started: Assignment[] = []
      for (const link of segment) {
        if (startedOn(link, started[started.length - 1], events) > asOf) break
        started.push(link)
      }
      if (started.length === 0) continue
      allParts.push(partFacts(suggestion, started, closedOn(suggestion), mergedInto.get(suggestion.id) ?? [], ix))
    }
  }

  const bySuggestion = new Map<Id, SuggestionFacts>()
  const result: SuggestionFacts[] = []
  for (const part of allParts) {
    const id = part.suggestion.id
    let facts = bySuggestion.get(id)
    if (!facts) {
      facts = {
        suggestion: part.suggestion,
        assignedOn: firstAssigned.get(id) ?? part.assignedOn,
        parts: [],
        coParts: [],
        mergedIds: mergedInto.get(id) ?? [],
      }
      bySuggestion.set(id, facts)
      if (inPeriod(facts.assignedOn, period)) result.push(facts)
    }
    if (part.role === 'co') facts.coParts.push(part)
    else facts.parts.push(part)
  }

  const classOrder = input.settings.resultClasses.map((c) => c.code)
  return {
    asOf,
    period,
    classOrder,
    solvedClass: input.settings.statistics.solvedClass,
    leagueWeights: input.settings.statistics.leagueWeights,
    parts: allParts.filter((p) => inPeriod(p.assignedOn, period)),
    suggestions: result,
    excluded,
  }
}
