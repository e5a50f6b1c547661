/**
 * The store side of 'what is due': every open due item (`collectDueItems`) with what the screens need around it
 * — the working-day calendar, the settings, units by id — live, for the deadline calendar and the home page.
 *
 * Suggestions and assignments come from the board's in-memory index (boardQueries.ts), which re-reads only the
 * suggestions a committed change touched; replies (needed to tell whether a reply was signed off, published or a
 * promise fulfilled) and the small reference tables are live queries. The items are recomputed only when one of
 * those inputs changes.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { WorkingDayCalendar } from '@shared/domain/calendar/workingDayCalendar'
import { collectDueItems, type DueItem } from '@shared/domain/dueItems'
import type { Id, Reply, Session, Settings, Unit } from '@shared/domain/model'
import type { SuggestionAggregate } from '@shared/domain/workflow/aggregate'
import { getBoardIndex } from './boardQueries'
import { useBoardAggregates } from './useBoardData'
import type { SuggestionDb } from './db'
import { loadSettings } from './repositories/settings'
import { loadCalendar } from './workflowContext'

export interface DueData {
  items: DueItem[]
  /** The suggestions the items come from (with replies), for counts by stage and key suggestions. */
  aggregates: SuggestionAggregate[]
  calendar: WorkingDayCalendar
  settings: Settings
  units: Map<Id, Unit>
  sessions: Map<Id, Session>
}

interface Reference {
  calendar: WorkingDayCalendar
  settings: Settings
  units: Unit[]
  sessions: Session[]
}

async function loadReference(db: SuggestionDb): Promise<Reference> {
  const [calendar, settings, units, sessions] = await Promise.all([
    loadCalendar(db),
    loadSettings(db),
    db.units.toArray(),
    db.sessions.toArray(),
  ])
  return { calendar, settings, units, sessions }
}

function groupReplies(replies: readonly Reply[]): Map<Id, Reply[]> {
  const map = new Map<Id, Reply[]>()
  for (const r of replies) {
    const list = map.get(r.suggestionId)
    if (list) list.push(r)
    else map.set(r.suggestionId, [r])
  }
  return map
}

/** Board aggregates with their replies filled in (new objects only for suggestions that have replies). */
export function withReplies(
  aggregates: readonly SuggestionAggregate[],
  replies: readonly Reply[],
): SuggestionAggregate[] {
  const bySuggestion = groupReplies(replies)
  return aggregates.map((agg) => {
    const own = bySuggestion.get(agg.suggestion.id)
    return own ? { ...agg, replies: own } : agg
  })
}

/** The pure part: due items of the given aggregates under the given settings and calendar. */
export function dueItemsOf(
  aggregates: readonly SuggestionAggregate[],
  reference: { calendar: WorkingDayCalendar; settings: Settings; sessions: readonly Session[] },
): DueItem[] {
  const interim = new Set(reference.sessions.filter((s) => s.kind === 'interim').map((s) => s.id))
  const { settings } = reference
  return collectDueItems({
    aggregates,
    interimSessionIds: interim,
    assignRule: settings.deadlines.assign,
    calendar: reference.calendar,
    onlyUnitId: settings.mode === 'unit' ? settings.unitId : null,
  })
}

/** One read of everything (benchmarks, tests, printing outside React). */
export async function loadDueData(db: SuggestionDb): Promise<DueData> {
  const index = getBoardIndex(db)
  await index.ensureLoaded()
  const [reference, replies] = await Promise.all([loadReference(db), db.replies.toArray()])
  return assemble(withReplies(index.aggregates(), replies), reference)
}

function assemble(aggregates: SuggestionAggregate[], reference: Reference): DueData {
  return {
    items: dueItemsOf(aggregates, reference),
    aggregates,
    calendar: reference.calendar,
    settings: reference.settings,
    units: new Map(reference.units.map((u) => [u.id, u])),
    sessions: new Map(reference.sessions.map((s) => [s.id, s])),
  }
}

/** Everything due, live; `undefined` while loading (loading, not empty). */
export function useDueData(db: SuggestionDb): DueData | undefined {
  const boardAggregates = useBoardAggregates(db)
  const replies = useLiveQuery(() => db.replies.toArray(), [db])
  const reference = useLiveQuery(() => loadReference(db), [db])
  return useMemo(() => {
    if (!boardAggregates || !replies || !reference) return undefined
    return assemble(withReplies(boardAggregates, replies), reference)
  }, [boardAggregates, replies, reference])
}
