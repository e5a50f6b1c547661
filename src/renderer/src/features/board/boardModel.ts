/**
 * The board as data: one card per suggestion in play, grouped into the stage columns (or counted per unit),
 * after the filters. Pure (no React, no Dexie, no i18next) so the benchmark measures it directly.
 *
 * Design: the work is split in three. `boardEntryOf` (store/boardProjection.ts) derives what does not depend on
 * today (its column with `boardStageOf`, its units, the reply date in force) — the board snapshot stores exactly
 * that; `buildBoardCardsFromEntries` adds the working days left and sorts the cards by urgency;
 * `groupBoardCards` filters and groups them in one pass. A filter change only runs the last step. Working days
 * left come from `dueStatus`, cached per due date: 10,000 cards share a few hundred distinct dates.
 */
import { boardStages } from '@shared/domain/boardStage'
import { calendarFingerprint } from '@shared/domain/calendar/calendarFingerprint'
import type { WorkingDayCalendar } from '@shared/domain/calendar/workingDayCalendar'
import type { DueKind, Id, IsoDate } from '@shared/domain/model'
import { dueStatus, type DueStatus, type Urgency } from '@shared/domain/overdue'
import type { SuggestionAggregate } from '@shared/domain/workflow/aggregate'
import type { BoardHead } from '../../store/boardFirstScreen'
import { boardEntriesOf, type BoardColumnStage, type BoardEntry } from '../../store/boardProjection'

export type { BoardColumnStage } from '../../store/boardProjection'

/** The columns shown, in order (not-in-play suggestions never reach the board). */
export const BOARD_COLUMNS = boardStages.filter((s) => s !== 'not-in-play') as BoardColumnStage[]

export interface BoardCardDue {
  kind: DueKind
  date: IsoDate
  workingDaysLeft: number
  urgency: Urgency
}

export interface BoardCard {
  id: Id
  sessionId: Id
  numberText: string
  /** Normalised number (`12` for `第0012号`), shown as 第12号 on the card. */
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
  /** The nearest reply date still open (re-handling reply in a later round), or null. */
  due: BoardCardDue | null
  /** Lower-cased number and title, for the quick search. */
  searchText: string
}

export interface BoardFilters {
  sessionId: Id | null
  unitId: Id | null
  category: string | null
  /** Only key-supervision (重点督办) suggestions. */
  keyOnly: boolean
  overdueOnly: boolean
  /** Only cards whose due date is within N working days (overdue included). */
  dueWithin: number | null
  /** Number or title contains this text. */
  query: string
}

export const EMPTY_FILTERS: BoardFilters = {
  sessionId: null,
  unitId: null,
  category: null,
  keyOnly: false,
  overdueOnly: false,
  dueWithin: null,
  query: '',
}

export interface BoardColumn {
  stage: BoardColumnStage
  /** The column's cards; on the first screen (`boardModelFromHead`), only the first of them. */
  cards: BoardCard[]
  /** How many cards the column has (more than `cards.length` on the first screen). */
  count: number
}

export interface UnitLoad {
  unitId: Id
  counts: Record<BoardColumnStage, number>
  /** Cards the unit holds a part of (each counted once). */
  total: number
  overdue: number
}

export interface BoardModel {
  columns: BoardColumn[]
  /** Load per unit after the filters, busiest first. */
  units: UnitLoad[]
  /** Cards after the filters. */
  total: number
}

function cardOf(entry: BoardEntry, status: (date: IsoDate) => DueStatus): BoardCard {
  const { replyDue, ...rest } = entry
  let due: BoardCardDue | null = null
  if (replyDue) {
    const st = status(replyDue.date)
    due = { kind: replyDue.kind, date: replyDue.date, workingDaysLeft: st.workingDaysLeft, urgency: st.urgency }
  }
  return { ...rest, due, searchText: `${entry.numberText} ${entry.number} ${entry.title}`.toLowerCase() }
}

/** Most urgent first (fewest working days left; cards without a date last), then by number. */
function compareCards(a: BoardCard, b: BoardCard): number {
  const da = a.due ? a.due.workingDaysLeft : Number.POSITIVE_INFINITY
  const db = b.due ? b.due.workingDaysLeft : Number.POSITIVE_INFINITY
  if (da !== db) return da < db ? -1 : 1
  if (a.numberSort !== b.numberSort) return a.numberSort - b.numberSort
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Every card of the board, sorted by urgency. */
export function buildBoardCards(
  aggregates: readonly SuggestionAggregate[],
  calendar: WorkingDayCalendar,
  today: IsoDate,
): BoardCard[] {
  return buildBoardCardsFromEntries(boardEntriesOf(aggregates), calendar, today)
}

/**
 * The cards of board entries (from the live aggregates or from the board snapshot), sorted by urgency. Working
 * days left are computed here, for today: a snapshot written on another day still shows the right days.
 */
export function buildBoardCardsFromEntries(
  entries: readonly BoardEntry[],
  calendar: WorkingDayCalendar,
  today: IsoDate,
): BoardCard[] {
  const cache = new Map<IsoDate, DueStatus>()
  const status = (date: IsoDate) => {
    let st = cache.get(date)
    if (!st) {
      st = dueStatus(date, today, calendar)
      cache.set(date, st)
    }
    return st
  }
  const cards: BoardCard[] = entries.map((e) => cardOf(e, status))
  return cards.sort(compareCards)
}

export function cardMatcher(filters: BoardFilters): (card: BoardCard) => boolean {
  const query = filters.query.trim().toLowerCase()
  const { sessionId, unitId, category, keyOnly, overdueOnly, dueWithin } = filters
  return (c) =>
    (!sessionId || c.sessionId === sessionId) &&
    (!unitId || c.unitIds.includes(unitId)) &&
    (!category || c.category === category) &&
    (!keyOnly || c.key) &&
    (!overdueOnly || (c.due !== null && c.due.urgency === 'overdue')) &&
    (dueWithin === null || (c.due !== null && c.due.workingDaysLeft <= dueWithin)) &&
    (query === '' || c.searchText.includes(query))
}

function emptyCounts(): Record<BoardColumnStage, number> {
  return { 'to-assign': 0, 'to-sign': 0, handling: 0, review: 0, replied: 0, rehandling: 0, closed: 0 }
}

/** Filters the (sorted) cards into columns and counts each unit's load, in one pass. */
export function groupBoardCards(cards: readonly BoardCard[], filters: BoardFilters): BoardModel {
  const matches = cardMatcher(filters)
  const byStage = new Map<BoardColumnStage, BoardCard[]>(BOARD_COLUMNS.map((s) => [s, []]))
  const units = new Map<Id, UnitLoad>()
  let total = 0
  for (const card of cards) {
    if (!matches(card)) continue
    total++
    byStage.get(card.stage)!.push(card)
    for (const unitId of card.unitIds) {
      let load = units.get(unitId)
      if (!load) {
        load = { unitId, counts: emptyCounts(), total: 0, overdue: 0 }
        units.set(unitId, load)
      }
      load.counts[card.stage]++
      load.total++
      if (card.due?.urgency === 'overdue') load.overdue++
    }
  }
  return {
    columns: BOARD_COLUMNS.map((stage) => {
      const cards = byStage.get(stage)!
      return { stage, cards, count: cards.length }
    }),
    units: [...units.values()].sort((a, b) => b.total - a.total || (a.unitId < b.unitId ? -1 : 1)),
    total,
  }
}

/** The whole board in one call (what the benchmark measures for the first render). */
export function buildBoardModel(
  aggregates: readonly SuggestionAggregate[],
  filters: BoardFilters,
  calendar: WorkingDayCalendar,
  today: IsoDate,
): BoardModel {
  return groupBoardCards(buildBoardCards(aggregates, calendar, today), filters)
}

/**
 * What the board's first screen (store/boardFirstScreen.ts) was computed for: the day, the calendar (working
 * days left order the cards) and the filters. A stored first screen is drawn only under the same key.
 */
export function boardHeadKey(today: IsoDate, calendar: WorkingDayCalendar, filters: BoardFilters): string {
  const f: BoardFilters = {
    sessionId: filters.sessionId,
    unitId: filters.unitId,
    category: filters.category,
    keyOnly: filters.keyOnly,
    overdueOnly: filters.overdueOnly,
    dueWithin: filters.dueWithin,
    query: filters.query.trim().toLowerCase(),
  }
  return `${today}|${calendarFingerprint(calendar)}|${JSON.stringify(f)}`
}

/** The entry a card was made from (`cardOf` backwards). */
function entryOfCard(card: BoardCard): BoardEntry {
  const { due, searchText: _searchText, ...rest } = card
  return { ...rest, replyDue: due ? { kind: due.kind, date: due.date } : null }
}

/** The board's first screen: each column's count and its first `perColumn` cards (as entries), after the filters. */
export function boardHeadOf(
  entries: readonly BoardEntry[],
  input: { calendar: WorkingDayCalendar; today: IsoDate; filters: BoardFilters; perColumn: number },
): BoardHead {
  const model = groupBoardCards(buildBoardCardsFromEntries(entries, input.calendar, input.today), input.filters)
  return {
    key: boardHeadKey(input.today, input.calendar, input.filters),
    total: model.total,
    columns: model.columns.map((c) => ({
      stage: c.stage,
      count: c.cards.length,
      entries: c.cards.slice(0, input.perColumn).map(entryOfCard),
    })),
  }
}

/** The board drawn from its first screen: the counts, and the first cards of each column (no unit loads). */
export function boardModelFromHead(head: BoardHead, calendar: WorkingDayCalendar, today: IsoDate): BoardModel {
  const byStage = new Map(head.columns.map((c) => [c.stage, c]))
  return {
    columns: BOARD_COLUMNS.map((stage) => {
      const column = byStage.get(stage)
      return {
        stage,
        cards: column ? buildBoardCardsFromEntries(column.entries, calendar, today) : [],
        count: column?.count ?? 0,
      }
    }),
    units: [],
    total: head.total,
  }
}
