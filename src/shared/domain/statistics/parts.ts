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
  /** A rating's correction (a new rating pointing to the one it replaces), by the replaced rating's id. */
  correctedBy: Map<Id, Rating>
}

/**
 * Fields of the ratings work read when present (optional on older records): a part the office settled under the
 * no-answer rule carries `closure` {kind 'unanswered', on}; a rating counted by that rule has `source`
 * 'no-answer'; a correction has `correctsId`.
 */
interface PartClosureFields {
  closure?: { kind: string; on: IsoDate } | null
}
interface RatingFields {
  source?: string
  correctsId?: Id | null
}

/** One chain of assignments cut at approved returns: each segment is a part (or a returned one). */
function segments(root: Assignment, successor: Map<Id, Assignment>): Assignment[][] {
  const result: Assignment[][] = []
  let current: Assignment[] = []
  // A chain is short; the cap only guards against a cycle in damaged data.
  let cap = 1000
  for (let link: Assignment | undefined = root; link && cap-- > 0; link = successor.get(link.id)) {
    current.push(link)
    if (link.state === 'returned') {
      result.push(current)
      current = []
    }
  }
  if (current.length > 0) result.push(current)
  return result
}

/** The links of `links` in round `r` (usually all of them: one link, or a hand-over within the round). */
function inRound(links: Assignment[], r: number): Assignment[] {
  let all = true
  for (const l of links) if (l.round !== r) all = false
  return all ? links : links.filter((l) => l.round === r)
}

/** The facts of one started, not-returned part as of `ix.asOf`, in one pass over its links' records. */
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
  let round = firstRound
  for (const l of links) if (l.round > round) round = l.round
  // 未反馈 settled by the office by asOf: closed as such, unless the rule counted it as a verdict (a rating).
  let unanswered: Assignment | null = null
  for (const l of links) {
    const closure = (l as Assignment & PartClosureFields).closure
    if (closure?.kind === 'unanswered' && closure.on <= asOf) unanswered = l
  }

  if (first.role === 'co') {
    const due = dueInForce(links, CO_KINDS, asOf, ix.events)
    return {
      id: first.id,
      suggestion,
      unitId: last.unitId,
      role: first.role,
      assignedOn: first.assignedOn,
      links,
      round,
      firstReply: null,
      firstDue: due,
      dueOrMade: false,
      onTime: false,
      latestReply: null,
      latestRating: null,
      firstRoundRating: null,
      faceToFace: false,
      closed,
      rehandled: round > firstRound,
      overdue: !closed && due !== null && due < asOf && !opinionSentAsOf(links, ix.events, asOf),
      noAnswer: false,
      mergedIds,
    }
  }

  // The earliest reply sent in the first and in the current round, and the latest reply sent; the latest
  // rating and the latest first-round rating; any face-to-face contact — all dated by asOf.
  let firstReply: Reply | null = null
  let currentReply: Reply | null = null
  let latestReply: Reply | null = null
  let latestRating: Rating | null = null
  let firstRoundRating: Rating | null = null
  let faceToFace = false
  let countedAsVerdict = false
  for (const link of links) {
    for (const reply of ix.replies.get(link.id) ?? []) {
      const on = reply.sentOn
      if (reply.state !== 'sent' || on === null || on > asOf) continue
      if (reply.round === firstRound && (firstReply === null || on < (firstReply.sentOn as string))) firstReply = reply
      if (reply.round === round && (currentReply === null || on < (currentReply.sentOn as string))) currentReply = reply
      if (
        latestReply === null ||
        reply.round > latestReply.round ||
        (reply.round === latestReply.round && on > (latestReply.sentOn as string))
      ) {
        latestReply = reply
      }
    }
    for (const rating of ix.ratings.get(link.id) ?? []) {
      if (rating.ratedOn > asOf) continue
      const correction = ix.correctedBy.get(rating.id)
      if (correction && correction.ratedOn <= asOf) continue
      if (link === unanswered && (rating as Rating & RatingFields).source === 'no-answer') countedAsVerdict = true
      if (rating.communication === 'face-to-face') faceToFace = true
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
    if (!faceToFace) {
      for (const c of ix.contacts.get(link.id) ?? []) if (c.kind === 'face-to-face' && c.on <= asOf) faceToFace = true
    }
  }

  const partClosed = closed || (unanswered !== null && !countedAsVerdict)
  const firstSent = firstReply?.sentOn ?? null
  const firstDue = dueInForce(inRound(links, firstRound), REPLY_KINDS, firstSent ?? asOf, ix.events)
  let overdue = false
  if (!partClosed && currentReply === null) {
    const due =
      round === firstRound && firstSent === null
        ? firstDue
        : dueInForce(inRound(links, round), REPLY_KINDS, asOf, ix.events)
    overdue = due !== null && due < asOf
  }
  return {
    id: first.id,
    suggestion,
    unitId: last.unitId,
    role: first.role,
    assignedOn: first.assignedOn,
    links,
    round,
    firstReply,
    firstDue,
    dueOrMade: firstSent !== null || (firstDue !== null && firstDue < asOf),
    onTime: firstSent !== null && (firstDue === null || firstSent <= firstDue),
    latestReply,
    latestRating,
    firstRoundRating,
    faceToFace,
    closed: partClosed,
    rehandled: round > firstRound,
    overdue,
    noAnswer: unanswered !== null,
    mergedIds,
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
    correctedBy: new Map(),
  }
  for (const r of records.ratings) {
    const replaced = (r as Rating & RatingFields).correctsId
    if (replaced) ix.correctedBy.set(replaced, r)
  }

  // One entry per suggestion: its stage on asOf, its first 交办 day, and (once it has a part) its facts.
  interface Entry {
    suggestion: Suggestion
    owing: OwingNothing | null
    firstAssigned: IsoDate | null
    closed: boolean | null
    facts: SuggestionFacts | null
  }
  const entries = new Map<Id, Entry>()
  for (const s of records.suggestions) {
    const owing = owingNothingAsOf(s.stage, events.bySuggestion.get(s.id), asOf)
    entries.set(s.id, { suggestion: s, owing, firstAssigned: null, closed: null, facts: null })
  }
  const byId = new Map<Id, Assignment>()
  for (const a of records.assignments) {
    byId.set(a.id, a)
    const entry = entries.get(a.suggestionId)
    if (entry && (entry.firstAssigned === null || a.assignedOn < entry.firstAssigned))
      entry.firstAssigned = a.assignedOn
  }
  const successor = new Map<Id, Assignment>()
  for (const a of records.assignments) {
    if (a.previousId && byId.has(a.previousId) && !successor.has(a.previousId)) successor.set(a.previousId, a)
  }
  let ratingsBySuggestion: Map<string, Rating[]> | null = null
  const closedOn = (entry: Entry): boolean => {
    if (entry.closed === null) {
      const s = entry.suggestion
      // Fallback day for a closed record without its event: the last rating, which closing follows.
      const fallback = () => {
        ratingsBySuggestion ??= groupBy(records.ratings, (r) => r.suggestionId)
        let rated = ''
        for (const r of ratingsBySuggestion.get(s.id) ?? []) if (r.ratedOn > rated) rated = r.ratedOn
        return rated || s.updatedAt.slice(0, 10)
      }
      entry.closed = closedAsOf(s.stage, events.bySuggestion.get(s.id), asOf, fallback)
    }
    return entry.closed
  }

  const mergedInto = new Map<Id, Id[]>()
  const returnedParts: Id[] = []
  const excluded: StatisticsFacts['excluded'] = { withdrawn: [], notAccepted: [], merged: [], returnedParts }
  for (const { suggestion: s, owing, firstAssigned } of entries.values()) {
    if (owing === null) continue
    // A merged suggestion follows its host into whatever period the host is counted in.
    if (owing === 'merged' && s.mergedIntoId) {
      const list = mergedInto.get(s.mergedIntoId)
      if (list) list.push(s.id)
      else mergedInto.set(s.mergedIntoId, [s.id])
    }
    if (!inPeriod(firstAssigned ?? s.receivedOn, period)) continue
    if (owing === 'withdrawn') excluded.withdrawn.push(s.id)
    else if (owing === 'not-accepted') excluded.notAccepted.push(s.id)
    else excluded.merged.push(s.id)
  }

  const parts: PartFacts[] = []
  const suggestions: SuggestionFacts[] = []
  for (const root of records.assignments) {
    if (root.previousId && byId.has(root.previousId)) continue
    const entry = entries.get(root.suggestionId)
    if (!entry || entry.owing !== null) continue
    for (const segment of segments(root, successor)) {
      const end = segment[segment.length - 1] as Assignment
      if (end.state === 'returned' && returnedOn(end, successor.get(end.id), events) <= asOf) {
        if (segment[0] && inPeriod(segment[0].assignedOn, period)) returnedParts.push(segment[0].id)
        continue
      }
      let started = segment
      for (let i = 0; i < segment.length; i++) {
        if (startedOn(segment[i] as Assignment, segment[i - 1], events) > asOf) {
          started = segment.slice(0, i)
          break
        }
      }
      if (started.length === 0) continue
      const id = entry.suggestion.id
      const merged = mergedInto.get(id) ?? []
      const part = partFacts(entry.suggestion, started, closedOn(entry), merged, ix)
      if (inPeriod(part.assignedOn, period)) parts.push(part)
      let facts = entry.facts
      if (!facts) {
        facts = {
          suggestion: entry.suggestion,
          assignedOn: entry.firstAssigned ?? part.assignedOn,
          parts: [],
          coParts: [],
          mergedIds: merged,
        }
        entry.facts = facts
        if (inPeriod(facts.assignedOn, period)) suggestions.push(facts)
      }
      if (part.role === 'co') facts.coParts.push(part)
      else facts.parts.push(part)
    }
  }

  const classOrder = input.settings.resultClasses.map((c) => c.code)
  return {
    asOf,
    period,
    classOrder,
    solvedClass: input.settings.statistics.solvedClass,
    leagueWeights: input.settings.statistics.leagueWeights,
    parts,
    suggestions,
    excluded,
  }
}
