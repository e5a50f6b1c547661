/**
 * Issue 5's measurements in the bench page: `window.benchBoard`, called by bench/suites/board.mjs and
 * bench/suites/calendar.mjs with `page.evaluate`. Like `window.bench`, every function returns raw samples
 * (performance.now() inside the page); the suites take medians.
 *
 * - The board works on the app's database of the page's origin (`getDb()`), loaded through the board's own
 *   index (store/boardQueries.ts), so it measures what the board screen computes from.
 * - The calendar month model needs no database: 10,000 due items are generated here. It is loaded with
 *   `import.meta.glob`, so the bench still builds (and says "not measured") while features/calendar/monthModel.ts
 *   does not exist.
 */
import type { WorkingDayCalendar } from '@shared/domain/calendar/workingDayCalendar'
import { createWorkingDayCalendar, builtInHolidayYears } from '@shared/domain/calendar'
import { addDays } from '@shared/domain/dates'
import type { DueItem } from '@shared/domain/dueItems'
import type { DueKind, Id, IsoDate } from '@shared/domain/model'
import type { SuggestionAggregate } from '@shared/domain/workflow/aggregate'
import { getDb } from '@renderer/store/db'
import { BENCH_OPERATOR_NAME, buildSeedRecords, seedReferenceData } from './seedData'
import { writeSeed } from './seedWrite'
import { getBoardIndex } from '@renderer/store/boardQueries'
import { loadCalendar } from '@renderer/store/workflowContext'
import { todayIso } from '@renderer/features/common/clock'
import { OPERATOR_STORAGE_KEY } from '@renderer/features/operators/operatorContext'
import {
  EMPTY_FILTERS,
  buildBoardCards,
  buildBoardModel,
  groupBoardCards,
  type BoardCard,
  type BoardFilters,
} from '@renderer/features/board/boardModel'

type MonthModelModule = typeof import('../../src/renderer/src/features/calendar/monthModel')
const monthModelModules = import.meta.glob<MonthModelModule>('../../src/renderer/src/features/calendar/monthModel.ts')

export interface BoardTimings {
  store: number[]
  baseline: number[]
  /** Cards (or items) each case returned, to show the cases are not trivial. */
  hits: Record<string, number>
}

interface BoardData {
  aggregates: SuggestionAggregate[]
  calendar: WorkingDayCalendar
  today: IsoDate
  cards: BoardCard[]
}

let board: BoardData | null = null
const now = () => performance.now()

/** Bump when `seedBoard` changes what it writes. */
const BOARD_SEED_VERSION = 1
const BOARD_SEED_KEY = 'benchBoardSeed'

/**
 * Whether this origin's database holds the board seed of `size`, made today (its due dates are placed around the
 * day it was seeded, so a seed from another day is made again).
 */
async function boardSeeded(size: number): Promise<{ reusable: boolean; suggestions: number }> {
  const db = getDb()
  const [marker, suggestions, operators] = await Promise.all([
    db.meta.get(BOARD_SEED_KEY),
    db.suggestions.count(),
    db.operators.count(),
  ])
  const v = marker?.value as { size?: number; version?: number; today?: string } | undefined
  const reusable =
    v?.size === size &&
    v.version === BOARD_SEED_VERSION &&
    v.today === todayIso() &&
    suggestions === size &&
    operators > 0
  return { reusable, suggestions }
}

/**
 * The board's 10,000 active suggestions, written through the store's bulk path (`writeSeed(…, 'bulk')`, the
 * list suite's generator and reference data) into an emptied database. The generator's suggestions are all
 * registered, accepted or assigned with reply dates in 2025–26; for a board that looks like a working office's,
 * the assigned ones are spread over the later columns (待审核签发 10 %, 已答复待测评 10 %, 已办结 5 %) and their
 * reply dates placed from 30 days before to 90 days after today, so the urgency bands and the overdue filter
 * are all populated.
 */
async function seedBoard(size: number): Promise<{ ms: number; suggestions: number; assignments: number }> {
  const t = now()
  const db = getDb()
  await db.delete()
  await db.open()
  board = null
  const refs = await seedReferenceData(db)
  const records = buildSeedRecords(size, refs)
  const today = todayIso()
  const suggestionIndex = new Map(records.suggestions.map((s, i) => [s.id, i]))
  records.assignments = records.assignments.map((a, i) => {
    const reply = addDays(today, ((i * 37) % 121) - 30)
    const dueDates = a.dueDates.map((d) => (d.kind === 'reply' ? { ...d, date: reply } : d))
    const band = i % 20
    if (band < 2) return { ...a, dueDates, state: 'review' as const }
    if (band < 4) return { ...a, dueDates, state: 'replied' as const }
    if (band === 4) {
      const si = suggestionIndex.get(a.suggestionId)!
      records.suggestions[si] = { ...records.suggestions[si]!, stage: 'closed' }
      return { ...a, dueDates, state: 'closed' as const }
    }
    return { ...a, dueDates }
  })
  await writeSeed(db, records, refs, 'bulk')
  await db.meta.put({ key: BOARD_SEED_KEY, value: { size, version: BOARD_SEED_VERSION, today } })
  return { ms: now() - t, suggestions: records.suggestions.length, assignments: records.assignments.length }
}

/** The seeded operator's id and the OperatorGate's sessionStorage key, to open the app past the chooser. */
async function operatorSession(): Promise<{ key: string; id: string | null }> {
  const operators = await getDb().operators.toArray()
  return { key: OPERATOR_STORAGE_KEY, id: operators.find((o) => o.name === BENCH_OPERATOR_NAME)?.id ?? null }
}

/** Loads the board index and the calendar and builds the cards once (not timed as a figure; reported). */
async function prepare(): Promise<{
  aggregates: number
  cards: number
  columns: Record<string, number>
  loadMs: number
  today: IsoDate
}> {
  const db = getDb()
  const t = now()
  const index = getBoardIndex(db)
  await index.reload()
  const calendar = await loadCalendar(db)
  const loadMs = now() - t
  const aggregates = index.aggregates()
  const today = todayIso()
  const cards = buildBoardCards(aggregates, calendar, today)
  board = { aggregates, calendar, today, cards }
  const model = groupBoardCards(cards, EMPTY_FILTERS)
  return {
    aggregates: aggregates.length,
    cards: cards.length,
    columns: Object.fromEntries(model.columns.map((c) => [c.stage, c.cards.length])),
    loadMs,
    today,
  }
}

function requireBoard(): BoardData {
  if (!board) throw new Error('call benchBoard.prepare() first')
  return board
}

/** The first render's baseline: the whole board model (cards, urgency, grouping) built from memory. */
function modelBaseline(options: { reps: number }): number[] {
  const { aggregates, calendar, today } = requireBoard()
  const out: number[] = []
  for (let r = 0; r < options.reps; r++) {
    const t = now()
    const model = buildBoardModel(aggregates, EMPTY_FILTERS, calendar, today)
    out.push(now() - t)
    if (model.total === 0) throw new Error('the board model is empty')
  }
  return out
}

interface FilterCase {
  name: string
  filters: BoardFilters
  /** The same filter written as a plain predicate, for the baseline. */
  plain: (c: BoardCard) => boolean
}

function filterCases(cards: readonly BoardCard[]): FilterCase[] {
  const sessions = [...new Set(cards.map((c) => c.sessionId))].sort()
  const unitCounts = new Map<Id, number>()
  for (const c of cards) for (const u of c.unitIds) unitCounts.set(u, (unitCounts.get(u) ?? 0) + 1)
  const unit = [...unitCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null
  const session = sessions[Math.floor(sessions.length / 2)] ?? null
  const f = (change: Partial<BoardFilters>): BoardFilters => ({ ...EMPTY_FILTERS, ...change })
  return [
    { name: 'session', filters: f({ sessionId: session }), plain: (c) => c.sessionId === session },
    { name: 'unit', filters: f({ unitId: unit }), plain: (c) => unit !== null && c.unitIds.includes(unit) },
    { name: 'category', filters: f({ category: '城乡建设' }), plain: (c) => c.category === '城乡建设' },
    { name: 'key', filters: f({ keyOnly: true }), plain: (c) => c.key },
    { name: 'overdue', filters: f({ overdueOnly: true }), plain: (c) => c.due?.urgency === 'overdue' },
    {
      name: 'due-within-10',
      filters: f({ dueWithin: 10 }),
      plain: (c) => c.due !== null && c.due.workingDaysLeft <= 10,
    },
    { name: 'query', filters: f({ query: '养老' }), plain: (c) => c.searchText.includes('养老') },
    {
      name: 'session+category',
      filters: f({ sessionId: session, category: '教科文卫' }),
      plain: (c) => c.sessionId === session && c.category === '教科文卫',
    },
    { name: 'none', filters: EMPTY_FILTERS, plain: () => true },
  ]
}

/**
 * A filter change as the board makes it (`groupBoardCards` over the cards built once: columns and unit loads)
 * against a plain Array.filter over the same cards. Each repetition runs every case.
 */
function filter(options: { reps: number; warmup: number }): BoardTimings {
  const { cards } = requireBoard()
  const cases = filterCases(cards)
  const out: BoardTimings = { store: [], baseline: [], hits: {} }
  for (let r = -options.warmup; r < options.reps; r++) {
    for (const c of cases) {
      let t = now()
      const model = groupBoardCards(cards, c.filters)
      const storeMs = now() - t
      t = now()
      const plainHits = cards.filter(c.plain).length
      const baseMs = now() - t
      if (plainHits !== model.total)
        throw new Error(`filter ${c.name}: board ${model.total} cards, baseline ${plainHits}`)
      if (r < 0) continue
      out.store.push(storeMs)
      out.baseline.push(baseMs)
      out.hits[c.name] = model.total
    }
  }
  return out
}

/** The month the calendar figure shows: October 2026 (国庆 holidays and the make-up Saturday 10-10). */
export const CALENDAR_MONTH = '2026-10'
const CALENDAR_TODAY = '2026-09-28'
const KINDS: readonly DueKind[] = ['return-limit', 'co-opinion', 'internal-review', 'reply', 'rehandling-reply']

/**
 * `count` open due items on the days of the month's grid (Monday 2026-09-28 … Sunday 2026-11-08, 42 days), so
 * every item is on the page: kinds, units and sessions cycle, numbers are 1…count.
 */
function calendarItems(count: number): DueItem[] {
  const items: DueItem[] = []
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length]!
    const date = addDays('2026-09-28', (i * 7) % 42)
    items.push({
      key: `a${i}:${kind}:${date}:0`,
      suggestionId: `s${i}`,
      assignmentId: `a${i}`,
      unitId: `u${i % 120}`,
      role: kind === 'co-opinion' ? 'co' : 'lead',
      kind,
      date,
      numberText: String(i + 1),
      title: `关于第${i + 1}号事项的建议`,
      leadDeputy: '王红',
      sessionId: `session-${i % 20}`,
      keySuggestion: i % 20 === 0,
      note: null,
    })
  }
  return items
}

/**
 * The calendar month view's model (`buildMonthModel`: the 42 days with their items sorted, counts per kind,
 * urgency and 休/班 marks) over `size` due items, against a plain grouping of the same items by day
 * (Array.filter to the grid, then a Map of arrays). Null when the month model is not built yet.
 */
async function calendarMonth(options: { size: number; reps: number; warmup: number }): Promise<BoardTimings | null> {
  const load = Object.values(monthModelModules)[0]
  if (!load) return null
  const { buildMonthModel } = await load()
  const calendar = createWorkingDayCalendar(builtInHolidayYears())
  const items = calendarItems(options.size)
  const first = '2026-09-28'
  const last = addDays(first, 41)
  const out: BoardTimings = { store: [], baseline: [], hits: {} }
  for (let r = -options.warmup; r < options.reps; r++) {
    let t = now()
    const model = buildMonthModel(items, CALENDAR_MONTH, calendar, { today: CALENDAR_TODAY })
    const storeMs = now() - t
    t = now()
    const byDay = new Map<IsoDate, DueItem[]>()
    for (const item of items.filter((it) => it.date >= first && it.date <= last)) {
      const list = byDay.get(item.date)
      if (list) list.push(item)
      else byDay.set(item.date, [item])
    }
    const baseMs = now() - t
    const plainTotal = [...byDay.values()].reduce((n, l) => n + l.length, 0)
    if (model.total !== plainTotal)
      throw new Error(`calendar: month model ${model.total} items, baseline ${plainTotal}`)
    if (r < 0) continue
    out.store.push(storeMs)
    out.baseline.push(baseMs)
    out.hits.grid = model.total
    out.hits.inMonth = model.totalInMonth
    out.hits.holidays = model.weeks.flat().filter((d) => d.mark === 'holiday').length
    out.hits.makeUpDays = model.weeks.flat().filter((d) => d.mark === 'make-up-workday').length
  }
  return out
}

const api = { boardSeeded, seedBoard, operatorSession, prepare, modelBaseline, filter, calendarMonth }
export type BenchBoardApi = typeof api

declare global {
  interface Window {
    benchBoard: BenchBoardApi
  }
}

window.benchBoard = api
