/**
 * Overdue and nearly-due status of a due date: derived from the due date, "today" and the calendar, never stored.
 *
 * Owns: `dueStatus` (overdue flag, working days left, urgency band) and `currentReplyDue` (which due date of an
 * assignment is the reply date in force).
 */
import type { WorkingDayCalendar } from './calendar/workingDayCalendar'
import { compareDates } from './dates'
import type { Assignment, DueDate, IsoDate } from './model'

/** Bands used by lists, the board and reminders (催办): overdue, due within 5 or 10 working days, later. */
export type Urgency = 'overdue' | 'within5' | 'within10' | 'later'

export interface DueStatus {
  /** True once `today` is after the due date (the due date itself is still on time). */
  overdue: boolean
  /**
   * Working days from today to the due date: 0 on the due date, 1 when it is the next working day. When overdue
   * it is negative: minus the working days elapsed since the due date, and at least -1 even when today is a
   * weekend or holiday right after it, so the sign alone tells overdue.
   */
  workingDaysLeft: number
  urgency: Urgency
}

export function dueStatus(dueDate: DueDate | IsoDate, today: IsoDate, calendar: WorkingDayCalendar): DueStatus {
  const date = typeof dueDate === 'string' ? dueDate : dueDate.date
  if (compareDates(today, date) > 0) {
    const elapsed = calendar.workingDaysBetween(date, today)
    return { overdue: true, workingDaysLeft: Math.min(-1, -elapsed), urgency: 'overdue' }
  }
  const left = calendar.workingDaysBetween(today, date)
  return { overdue: false, workingDaysLeft: left, urgency: left <= 5 ? 'within5' : left <= 10 ? 'within10' : 'later' }
}

/**
 * The reply due date in force for an assignment: the re-handling reply date when there is one (a later round),
 * else the reply date (already the extended date after an approved extension). Null for co-handlers and
 * assignments without one. Whether the assignment still awaits a reply is the workflow's question.
 */
export function currentReplyDue(assignment: Pick<Assignment, 'dueDates'>): DueDate | null {
  return (
    assignment.dueDates.find((d) => d.kind === 'rehandling-reply') ??
    assignment.dueDates.find((d) => d.kind === 'reply') ??
    null
  )
}
