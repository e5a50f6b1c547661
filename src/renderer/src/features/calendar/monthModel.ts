/**
 * The deadline calendar's grid as plain data: the weeks of a month (or one week), each day with its due items,
 * counts per kind, the most urgent band among them, and the working-day calendar's marks (休 for an official day
 * off, 班 for a make-up working day, with the holiday's name).
 *
 * Pure and React-free so the benchmark (`calendar_month_10k_ms`) measures exactly what the page renders from:
 * one pass over the items (a string range check and two filters each), then per-day work only for the 42 days of
 * the grid. Weeks start on Monday, as Chinese office calendars do.
 */
import type { WorkingDayCalendar } from '@shared/domain/calendar/workingDayCalendar'
import { addDays, parseIsoDate, toIsoDate, weekday } from '@shared/domain/dates'
import { compareDueItems, urgencyHorizons, urgencyOf, type DueItem } from '@shared/domain/dueItems'
import type { DueKind, Id, IsoDate } from '@shared/domain/model'
import type { Urgency } from '@shared/domain/overdue'

export interface CalendarDay {
  date: IsoDate
  dayOfMonth: number
  /** False for the leading and trailing days of neighbouring months. */
  inMonth: boolean
  weekend: boolean
  /** 休: an official day off; 班: a weekend day that is a working day. */
  mark: 'holiday' | 'make-up-workday' | null
  /** The holiday's (or make-up day's) name from the calendar data, for the hover text. */
  markName: string | null
  isToday: boolean
  items: DueItem[]
  /** Counts of items by kind (only kinds present). */
  counts: Partial<Record<DueKind, number>>
  /** The band of the day's items as seen from today; null without items. */
  urgency: Urgency | null
}

export interface CalendarFilters {
  /** Kinds to show; all when empty or absent. */
  kinds?: readonly DueKind[]
  /** One unit's items only. */
  unitId?: Id | null
}

export interface GridModel {
  /** Rows of seven days, Monday first. */
  weeks: CalendarDay[][]
  /** Items on the grid's days after filtering. */
  total: number
  /** Items on days of the month itself (equal to `total` for a week). */
  totalInMonth: number
}

export interface MonthModel extends GridModel {
  /** `YYYY-MM`. */
  month: string
}

export interface ModelOptions extends CalendarFilters {
  /** Colours days by urgency and marks today; without it no day has an urgency. */
  today?: IsoDate
}

/** Monday on or before `date`. */
export function weekStartOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7))
}

/** `2026-10` → `2026-10-01`. */
export function firstOfMonth(month: string): IsoDate {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return toIsoDate(y, m, 1)
}

/** `2026-10` plus `n` months (n may be negative). */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const total = y * 12 + (m - 1) + n
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`
}

function buildGrid(
  items: readonly DueItem[],
  first: IsoDate,
  days: number,
  calendar: WorkingDayCalendar,
  options: ModelOptions,
  month: string | null,
): GridModel {
  const last = addDays(first, days - 1)
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null
  const unitId = options.unitId ?? null
  const byDay = new Map<IsoDate, DueItem[]>()
  let total = 0
  for (const item of items) {
    const d = item.date
    if (d < first || d > last) continue
    if (kinds && !kinds.has(item.kind)) continue
    if (unitId !== null && item.unitId !== unitId) continue
    const list = byDay.get(d)
    if (list) list.push(item)
    else byDay.set(d, [item])
    total++
  }
  const horizons = options.today ? urgencyHorizons(options.today, calendar) : null
  const weeks: CalendarDay[][] = []
  let totalInMonth = 0
  for (let i = 0; i < days; i++) {
    const date = addDays(first, i)
    const info = calendar.dayInfo(date)
    const dayItems = byDay.get(date) ?? []
    dayItems.sort(compareDueItems)
    const counts: Partial<Record<DueKind, number>> = {}
    for (const it of dayItems) counts[it.kind] = (counts[it.kind] ?? 0) + 1
    const urgency = horizons && dayItems.length > 0 ? urgencyOf(date, horizons) : null
    const inMonth = month === null || date.startsWith(month)
    if (inMonth) totalInMonth += dayItems.length
    const mark = info.kind === 'holiday' ? 'holiday' : info.kind === 'make-up-workday' ? 'make-up-workday' : null
    const day: CalendarDay = {
      date,
      dayOfMonth: parseIsoDate(date).day,
      inMonth,
      weekend: info.kind === 'weekend' || (mark === 'holiday' && (weekday(date) === 0 || weekday(date) === 6)),
      mark,
      markName: mark ? info.name : null,
      isToday: options.today === date,
      items: dayItems,
      counts,
      urgency,
    }
    if (i % 7 === 0) weeks.push([])
    weeks[weeks.length - 1]!.push(day)
  }
  return { weeks, total, totalInMonth }
}

/**
 * The month grid: six weeks from the Monday on or before the 1st (always 42 days, so the page does not jump),
 * with the items of those days after the filters.
 */
export function buildMonthModel(
  items: readonly DueItem[],
  month: string,
  calendar: WorkingDayCalendar,
  options: ModelOptions = {},
): MonthModel {
  const first = weekStartOf(firstOfMonth(month))
  return { month, ...buildGrid(items, first, 42, calendar, options, month) }
}

/** One week (Monday to Sunday) containing `date`. */
export function buildWeekModel(
  items: readonly DueItem[],
  date: IsoDate,
  calendar: WorkingDayCalendar,
  options: ModelOptions = {},
): GridModel {
  return buildGrid(items, weekStartOf(date), 7, calendar, options, null)
}
