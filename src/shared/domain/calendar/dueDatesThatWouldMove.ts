/**
 * Which open due dates a change of holiday data would move — shown before an administrator applies a year.
 *
 * Owns: `dueDatesThatWouldMove` and `recomputeDueDate`.
 *
 * Design: each due date is recomputed from its stored rule and start under the calendar before and after the
 * change; only those whose date differs are reported, so a change that does not touch a due date never shows it.
 * A due date counted from another one (`working-days-before`, e.g. the internal review before the reply) follows
 * that other one when it is in the same group: its start becomes the other's recomputed date.
 */
import { computeDueDate } from '../deadlines'
import type { DueDate, IsoDate } from '../model'
import type { WorkingDayCalendar } from './workingDayCalendar'

export interface DueDateMove<T extends DueDate = DueDate> {
  dueDate: T
  /** The date under the `after` calendar. The date before is `dueDate.date`. */
  newDate: IsoDate
  /** The start the new date was counted from (differs from `dueDate.start` when the date it depends on moves). */
  newStart: IsoDate
}

/**
 * The date `dueDate` would get on `calendar`, and the start it is counted from. `group` are the due dates of the
 * same assignment (used for rules counted from another due date).
 */
export function recomputeDueDate(
  dueDate: DueDate,
  calendar: WorkingDayCalendar,
  group: readonly DueDate[] = [],
): { date: IsoDate; start: IsoDate } {
  const rule = dueDate.rule
  let start = dueDate.start
  if (rule.type === 'working-days-before') {
    const base = group.find((d) => d !== dueDate && d.kind === rule.of && d.date === dueDate.start)
    if (base)
      start = recomputeDueDate(
        base,
        calendar,
        group.filter((d) => d !== dueDate),
      ).date
  }
  return { date: computeDueDate(rule, start, calendar).date, start }
}

/**
 * The due dates whose date differs between the `before` and `after` calendars, in input order.
 * `groupOf` says which due dates belong together (e.g. `(d) => d.assignmentId` on decorated records); without
 * it the whole list is one group — right for one assignment's due dates.
 */
export function dueDatesThatWouldMove<T extends DueDate>(
  dueDates: readonly T[],
  before: WorkingDayCalendar,
  after: WorkingDayCalendar,
  groupOf?: (dueDate: T) => string,
): DueDateMove<T>[] {
  const groups = new Map<string, T[]>()
  for (const d of dueDates) {
    const key = groupOf ? groupOf(d) : ''
    const list = groups.get(key)
    if (list) list.push(d)
    else groups.set(key, [d])
  }
  const moves: DueDateMove<T>[] = []
  for (const d of dueDates) {
    const group = groups.get(groupOf ? groupOf(d) : '') ?? []
    const old = recomputeDueDate(d, before, group)
    const next = recomputeDueDate(d, after, group)
    if (old.date !== next.date) moves.push({ dueDate: d, newDate: next.date, newStart: next.start })
  }
  return moves
}
