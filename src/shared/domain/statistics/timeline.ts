/**
 * What had happened by a given day, read from the events: a suggestion's stage (withdrawn, not accepted, merged,
 * closed) and an assignment's return, hand-over, extensions and recomputed dates, co-opinion.
 *
 * Records keep only the current state; the events keep the business day of every change (`on`). Each reading
 * here falls back to the record when the event is missing (data entered before events carried the detail):
 * the fallback is stated at each function.
 */
import type { Assignment, DueKind, EventType, Id, IsoDate, SuggestionEvent, SuggestionStage } from '../model'

/** The event types the statistics read; the store may load just these. */
export const statisticsEventTypes = [
  'withdrawn',
  'not-accepted',
  'merged',
  'closed',
  'corrected',
  'return-approved',
  'reassigned',
  'transferred',
  'extension-approved',
  'due-dates-recomputed',
  'co-opinion-sent',
] as const satisfies readonly EventType[]

/** A change of one due date of one assignment: from an approved extension or an explicit recomputation. */
interface DueChange {
  on: IsoDate
  kind: DueKind | null
  from: IsoDate | null
  to: IsoDate
}

export interface EventIndex {
  bySuggestion: Map<Id, SuggestionEvent[]>
  byAssignment: Map<Id, SuggestionEvent[]>
  /** 'reassigned' events by the assignment they replaced (`data.fromAssignmentId`). */
  reassignedFrom: Map<Id, SuggestionEvent>
  dueChanges: Map<Id, DueChange[]>
}

const READ: ReadonlySet<string> = new Set(statisticsEventTypes)

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function byDay(a: { on: IsoDate }, b: { on: IsoDate }): number {
  return a.on < b.on ? -1 : a.on > b.on ? 1 : 0
}

/** Indexes the events once (linear); each list is in business-day order, recording order within a day. */
export function indexEvents(events: readonly SuggestionEvent[]): EventIndex {
  const index: EventIndex = {
    bySuggestion: new Map(),
    byAssignment: new Map(),
    reassignedFrom: new Map(),
    dueChanges: new Map(),
  }
  const sorted = events
    .filter((e) => READ.has(e.type))
    .sort((a, b) => byDay(a, b) || (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  for (const e of sorted) {
    push(index.bySuggestion, e.suggestionId, e)
    if (e.assignmentId) push(index.byAssignment, e.assignmentId, e)
    if (e.type === 'reassigned') {
      const from = text(e.data.fromAssignmentId)
      if (from && !index.reassignedFrom.has(from)) index.reassignedFrom.set(from, e)
    } else if (e.type === 'extension-approved' && e.assignmentId) {
      const to = text(e.data.to)
      if (to) push(index.dueChanges, e.assignmentId, { on: e.on, kind: null, from: text(e.data.from), to })
    } else if (e.type === 'due-dates-recomputed') {
      const moved = Array.isArray(e.data.dueDates) ? (e.data.dueDates as unknown[]) : []
      for (const m of moved) {
        if (typeof m !== 'object' || m === null) continue
        const row = m as Record<string, unknown>
        const assignmentId = text(row.assignmentId)
        const to = text(row.to)
        if (assignmentId && to) {
          push(index.dueChanges, assignmentId, {
            on: e.on,
            kind: text(row.kind) as DueKind | null,
            from: text(row.from),
            to,
          })
        }
      }
    }
  }
  return index
}

/** Stages after which a suggestion owes nothing. */
export type OwingNothing = 'withdrawn' | 'not-accepted' | 'merged'
const OWING_NOTHING: readonly SuggestionStage[] = ['withdrawn', 'not-accepted', 'merged']

function isOwingNothing(stage: unknown): stage is OwingNothing {
  return typeof stage === 'string' && (OWING_NOTHING as readonly string[]).includes(stage)
}

/**
 * Whether the suggestion had been withdrawn, not accepted or merged by `asOf` (and not corrected back since).
 * Fallback: a suggestion in such a stage without its event is taken to have been so on every day.
 */
export function owingNothingAsOf(
  stage: SuggestionStage,
  events: readonly SuggestionEvent[] | undefined,
  asOf: IsoDate,
): OwingNothing | null {
  let seen = false
  let at: OwingNothing | null = null
  let final: OwingNothing | null = null
  for (const e of events ?? []) {
    let next: OwingNothing | null | undefined
    if (isOwingNothing(e.type)) next = e.type
    else if (e.type === 'corrected') {
      const to = (e.data.stage as { to?: unknown } | null | undefined)?.to
      if (to !== undefined) next = isOwingNothing(to) ? to : null
    }
    if (next === undefined) continue
    seen = true
    final = next
    if (e.on <= asOf) at = next
  }
  if (isOwingNothing(stage) && (!seen || final === null)) return stage
  return at
}

/**
 * Whether the suggestion was 办结 on `asOf`: its last `closed` event (or correction to or from 'closed') by then.
 * Fallback: a closed suggestion without a `closed` event counts as closed from `fallbackOn()`.
 */
export function closedAsOf(
  stage: SuggestionStage,
  events: readonly SuggestionEvent[] | undefined,
  asOf: IsoDate,
  fallbackOn: () => IsoDate,
): boolean {
  let seen = false
  let at = false
  for (const e of events ?? []) {
    let next: boolean | undefined
    if (e.type === 'closed') next = true
    else if (e.type === 'corrected') {
      const change = e.data.stage as { from?: unknown; to?: unknown } | null | undefined
      if (change?.to === 'closed') next = true
      else if (change?.from === 'closed') next = false
    }
    if (next === undefined) continue
    seen = true
    if (e.on <= asOf) at = next
  }
  if (!seen && stage === 'closed') return fallbackOn() <= asOf
  return at
}

function day(instant: string): IsoDate {
  return instant.slice(0, 10)
}

/**
 * The day an approved return (or the office's reassignment) ended `link`. Fallback: the replacing assignment's
 * day, else the day the record was last changed.
 */
export function returnedOn(link: Assignment, successor: Assignment | undefined, index: EventIndex): IsoDate {
  const approved = index.byAssignment.get(link.id)?.find((e) => e.type === 'return-approved')
  return approved?.on ?? index.reassignedFrom.get(link.id)?.on ?? successor?.assignedOn ?? day(link.updatedAt)
}

/**
 * The day a link started to bind its unit: its assignment day, or for a successor unit after 机构改革 (which keeps
 * the original assignment day) the hand-over day. Fallback for the hand-over: the record's creation day.
 */
export function startedOn(link: Assignment, previous: Assignment | undefined, index: EventIndex): IsoDate {
  if (previous?.state !== 'transferred') return link.assignedOn
  const transfer = index.byAssignment.get(previous.id)?.find((e) => e.type === 'transferred')
  return transfer?.on ?? day(link.createdAt)
}

/**
 * The due date of `kinds` in force on `on` for a round held by `links` (one, or several after a hand-over):
 * the original date until the first approved extension or recomputation dated by `on`, then the latest one.
 * Fallback: without such events, the date stored on the last link.
 */
export function dueInForce(links: readonly Assignment[], kinds: readonly DueKind[], on: IsoDate, index: EventIndex) {
  const changes: DueChange[] = []
  for (const link of links) {
    for (const c of index.dueChanges.get(link.id) ?? []) if (c.kind === null || kinds.includes(c.kind)) changes.push(c)
  }
  const last = links[links.length - 1]
  const stored = last?.dueDates.find((d) => kinds.includes(d.kind))?.date ?? null
  if (changes.length === 0) return stored
  changes.sort(byDay)
  const original = changes[0]?.from ?? links[0]?.dueDateHistory.find((d) => kinds.includes(d.kind))?.date ?? stored
  let date = original
  for (const c of changes) if (c.on <= on) date = c.to
  return date
}

/** Whether a co-handler's opinion was sent by `asOf`. Fallback: an 'opinion-sent' part without its event. */
export function opinionSentAsOf(links: readonly Assignment[], index: EventIndex, asOf: IsoDate): boolean {
  let evented = false
  for (const link of links) {
    for (const e of index.byAssignment.get(link.id) ?? []) {
      if (e.type !== 'co-opinion-sent') continue
      evented = true
      if (e.on <= asOf) return true
    }
  }
  return !evented && links.some((l) => l.state === 'opinion-sent')
}
