/**
 * What is due, and when: every open time limit of every suggestion as one flat list of `DueItem`s, for the
 * deadline calendar (期限日历), the home page's 'due soon and overdue' panel and the reminder notice (催办通知).
 *
 * Owns: `collectDueItems` (which stored due dates are still open), `dueItemsByDay`, `remindersByUnit` and the
 * cheap urgency bands used for colouring.
 *
 * Design: a due date is "open" until the step it watches is done — the return limit while the unit could still
 * ask, the co-opinion until it is sent, the internal review until the reply is signed off, the reply until it is
 * sent, publication until the reply is published, a promise until it is fulfilled. Only the dates stored on the
 * current (not ended, not replaced) assignments count; the between-session assign limit is not stored anywhere,
 * so it is computed from the receipt day with the settings' rule. Overdue is never stored: it is derived here from
 * `today` and the calendar. Counting working days is a walk over the calendar, so for thousands of items the
 * bands are decided by comparing dates with a few horizons computed once, not by counting per item.
 *
 * Not every date is a duty: the return limit only closes the window in which a unit may ask to return a
 * suggestion. Once passed it is nobody's fault and nothing is owed, so it is never overdue (`isOverdueDuty`):
 * the home panel and the reminder notice leave it out, the deadline calendar still shows it on its day.
 */
import type { WorkingDayCalendar } from './calendar/workingDayCalendar'
import { computeDueDate } from './deadlines'
import { addDays, compareDates, daysBetween } from './dates'
import type {
  AssignmentRole,
  DeadlineRule,
  DueKind,
  Id,
  IsoDate,
  Result,
  WorkflowChange,
  WorkflowContext,
} from './model'
import type { Urgency } from './overdue'
import type { SuggestionAggregate } from './workflow/aggregate'
import { currentAssignments } from './workflow/aggregate'
import { isDueStillOpen } from './workflow/recompute'
import { remind, type RemindInput } from './workflow/handling'

export const dueKinds: readonly DueKind[] = [
  'assign',
  'return-limit',
  'co-opinion',
  'internal-review',
  'reply',
  'rehandling-reply',
  'publish',
  'follow-up',
]

export interface DueItem {
  /** Unique within one collection: assignment (or suggestion), kind, date and position. */
  key: string
  suggestionId: Id
  /** Null for the assign limit (no unit yet). */
  assignmentId: Id | null
  unitId: Id | null
  role: AssignmentRole | null
  kind: DueKind
  date: IsoDate
  numberText: string
  title: string
  leadDeputy: string
  sessionId: Id
  /** 重点建议. */
  keySuggestion: boolean
  /** For follow-up items: the promise's text. */
  note: string | null
}

export interface CollectDueItemsInput {
  aggregates: readonly SuggestionAggregate[]
  /** Sessions of kind 'interim' (闭会期间): their accepted, unassigned suggestions have an assign limit. */
  interimSessionIds: ReadonlySet<Id>
  /** The rule of `settings.deadlines.assign`. */
  assignRule: DeadlineRule
  calendar: WorkingDayCalendar
  /** Unit mode: only this unit's items (and no assign limits). */
  onlyUnitId?: Id | null
}

const OUT_OF_PLAY = new Set(['not-accepted', 'withdrawn', 'merged'])

/** Kinds that only close a window (a right lapses), never a step someone owes. */
export const windowKinds: readonly DueKind[] = ['return-limit']

/**
 * Whether an open item counts as overdue on `today`: its date has passed and it watches a step someone owes.
 * A passed return limit is not overdue, only a closed window.
 */
export function isOverdueDuty(item: Pick<DueItem, 'kind' | 'date'>, today: IsoDate): boolean {
  return item.date < today && !windowKinds.includes(item.kind)
}

/** Every open due date of the given suggestions, in no particular order. */
export function collectDueItems(input: CollectDueItemsInput): DueItem[] {
  const out: DueItem[] = []
  const only = input.onlyUnitId ?? null
  for (const agg of input.aggregates) {
    const s = agg.suggestion
    if (OUT_OF_PLAY.has(s.stage)) continue
    const base = {
      suggestionId: s.id,
      numberText: s.numberText,
      title: s.title,
      leadDeputy: s.leadDeputy,
      sessionId: s.sessionId,
      keySuggestion: s.key,
    }
    if (s.stage === 'accepted' && only === null && input.interimSessionIds.has(s.sessionId)) {
      const date = computeDueDate(input.assignRule, s.receivedOn, input.calendar).date
      out.push({
        ...base,
        key: `${s.id}:assign:${date}`,
        assignmentId: null,
        unitId: null,
        role: null,
        kind: 'assign',
        date,
        note: null,
      })
    }
    if (agg.assignments.length === 0) continue
    for (const a of currentAssignments(agg)) {
      if (only !== null && a.unitId !== only) continue
      a.dueDates.forEach((due, i) => {
        if (!isDueStillOpen(agg, a, due)) return
        out.push({
          ...base,
          key: `${a.id}:${due.kind}:${due.date}:${i}`,
          assignmentId: a.id,
          unitId: a.unitId,
          role: a.role,
          kind: due.kind,
          date: due.date,
          note: due.kind === 'follow-up' ? due.note : null,
        })
      })
    }
  }
  return out
}

const numberCollator = new Intl.Collator('zh-CN', { numeric: true })
const ROLE_ORDER: Record<AssignmentRole, number> = { lead: 0, separate: 1, co: 2 }
const roleRank = (role: AssignmentRole | null): number => (role === null ? -1 : ROLE_ORDER[role])

/** Orders items by date, then number, then kind, then role (lead first), then unit (as lists show them). */
export function compareDueItems(a: DueItem, b: DueItem): number {
  return (
    compareDates(a.date, b.date) ||
    numberCollator.compare(a.numberText, b.numberText) ||
    dueKinds.indexOf(a.kind) - dueKinds.indexOf(b.kind) ||
    roleRank(a.role) - roleRank(b.role) ||
    (a.unitId ?? '').localeCompare(b.unitId ?? '')
  )
}

/** Items grouped by due day; each day's list sorted with `compareDueItems`. */
export function dueItemsByDay(items: readonly DueItem[]): Map<IsoDate, DueItem[]> {
  const byDay = new Map<IsoDate, DueItem[]>()
  for (const item of items) {
    const list = byDay.get(item.date)
    if (list) list.push(item)
    else byDay.set(item.date, [item])
  }
  for (const list of byDay.values()) list.sort(compareDueItems)
  return byDay
}

/**
 * The last day of each urgency band as seen from `today`: a due date on or before `within5` (and not before
 * today) is due within 5 working days, and so on. Computed once, so banding an item is a date comparison.
 */
export interface UrgencyHorizons {
  today: IsoDate
  within5: IsoDate
  within10: IsoDate
}

/**
 * The horizons of `dueStatus`'s bands: the last day with at most N working days left is the day before the
 * (N+1)-th working day after today.
 */
export function urgencyHorizons(today: IsoDate, calendar: WorkingDayCalendar): UrgencyHorizons {
  const lastWithin = (n: number): IsoDate => {
    const next = calendar.addWorkingDays(today, n + 1).date
    return daysBefore(next)
  }
  return { today, within5: lastWithin(5), within10: lastWithin(10) }
}

function daysBefore(date: IsoDate): IsoDate {
  return addDays(date, -1)
}

/** The band of a due date, the same as `dueStatus(date, today, calendar).urgency`, by comparison only. */
export function urgencyOf(date: IsoDate, h: UrgencyHorizons): Urgency {
  if (date < h.today) return 'overdue'
  if (date <= h.within5) return 'within5'
  if (date <= h.within10) return 'within10'
  return 'later'
}

export type ReminderEntry = DueItem & { unitId: Id } & (
    { status: 'overdue'; daysOverdue: number } | { status: 'due-soon'; workingDaysLeft: number }
  )

export interface UnitReminder {
  unitId: Id
  /** Most overdue first. */
  overdue: ReminderEntry[]
  /** Nearest first. */
  dueSoon: ReminderEntry[]
}

/**
 * The items a reminder notice (催办通知) would list, per unit: overdue ones (calendar days overdue, as the notice
 * prints "逾期N天") and those due within `withinWorkingDays` working days (working days left; 0 on the day).
 * Items without a unit (assign limits) are left out: there is no one to remind; so are passed return limits
 * (a closed window, not a duty: `isOverdueDuty`). Units with more overdue items
 * come first, then by unit id for a stable order.
 */
export function remindersByUnit(
  items: readonly DueItem[],
  today: IsoDate,
  calendar: WorkingDayCalendar,
  withinWorkingDays: number,
): UnitReminder[] {
  const horizon = daysBefore(calendar.addWorkingDays(today, withinWorkingDays + 1).date)
  const byUnit = new Map<Id, UnitReminder>()
  for (const item of items) {
    if (item.unitId === null) continue
    let entry: ReminderEntry
    if (item.date < today) {
      if (!isOverdueDuty(item, today)) continue
      entry = { ...item, unitId: item.unitId, status: 'overdue', daysOverdue: daysBetween(item.date, today) }
    } else if (item.date <= horizon) {
      const left = calendar.workingDaysBetween(today, item.date)
      entry = { ...item, unitId: item.unitId, status: 'due-soon', workingDaysLeft: left }
    } else continue
    let unit = byUnit.get(item.unitId)
    if (!unit) {
      unit = { unitId: item.unitId, overdue: [], dueSoon: [] }
      byUnit.set(item.unitId, unit)
    }
    if (entry.status === 'overdue') unit.overdue.push(entry)
    else unit.dueSoon.push(entry)
  }
  const units = [...byUnit.values()]
  for (const u of units) {
    u.overdue.sort((a, b) => compareDueItems(a, b))
    u.dueSoon.sort((a, b) => compareDueItems(a, b))
  }
  return units.sort((a, b) => b.overdue.length - a.overdue.length || (a.unitId < b.unitId ? -1 : 1))
}

/**
 * 催办 of one unit's part about its open due dates: the workflow's `remind`, which also reminds a closed part
 * that still owes publication of its reply or a promise made in it (跟踪办理). Kept under this name for callers
 * that remind from a due item.
 */
export function remindAboutDue(
  state: SuggestionAggregate,
  input: RemindInput & { assignmentId: Id },
  ctx: WorkflowContext,
): Result<WorkflowChange> {
  return remind(state, input, ctx)
}
