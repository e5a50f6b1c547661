/**
 * Due dates: applying a `DeadlineRule` to a start day on the working-day calendar, and explaining the result.
 *
 * Owns: the counting rules of DOMAIN.md (Civil Code arts. 200–204 by analogy), the default time limits, the due
 * dates of a new assignment, re-handling and extension, and the extension cap check.
 *
 * Design: one function, `computeDueDate`, does the arithmetic and returns everything an explanation needs; the
 * calculator handed to the workflow (`createDueDateCalculator`) and `explainDueDate` both call it, so what is
 * explained is exactly what was computed. A `DueDate` keeps its rule and start, so recomputing it later (after an
 * administrator loads a year) is explicit. Invalid days throw `RangeError`: they are programming errors here —
 * user input is checked with `isValidIsoDate` before it reaches a rule.
 */
import type { SkippedHoliday, WorkingDayCalendar } from './calendar/workingDayCalendar'
import { createWorkingDayCalendar } from './calendar/workingDayCalendar'
import { addCalendarMonths, addDays, compareDates, isValidIsoDate, parseIsoDate, yearOf } from './dates'
import type {
  AssignmentRole,
  DeadlineRule,
  DeadlineSettings,
  DueDate,
  DueKind,
  IsoDate,
  IsoInstant,
  Result,
  Session,
  WorkflowContext,
} from './model'
import { err, ok } from './model'

/** The arithmetic behind one due date, untranslated; the UI turns it into words. */
export interface DueDateComputation {
  date: IsoDate
  /**
   * The end before any move to a working day: the N-th working day, the same day-of-month (or month end) in the
   * final month, or the stated fixed date. Equal to `date` unless `moved` is set.
   */
  rawEnd: IsoDate
  /** Set when the raw end was not a working day and the due date moved to the next one. */
  moved: { from: IsoDate; to: IsoDate } | null
  /** Official days off passed over, in the order visited. */
  holidaysSkipped: SkippedHoliday[]
  /** Ordinary weekend days passed over. */
  weekendDaysSkipped: number
  /** Weekend days counted as working days (调休上班). */
  makeUpWorkdaysCounted: IsoDate[]
  /** Years the count touched that had no official data (Monday–Friday used), ascending. */
  fallbackYears: number[]
  usedFallbackCalendar: boolean
  /** Fixed dates are kept as stated; true when the stated day is not a working day. */
  notAWorkingDay: boolean
}

function fromCount(
  rawEnd: IsoDate,
  count: {
    date: IsoDate
    holidaysSkipped: SkippedHoliday[]
    weekendDaysSkipped: IsoDate[]
    makeUpWorkdaysCounted: IsoDate[]
    fallbackYears: number[]
  },
): DueDateComputation {
  return {
    date: count.date,
    rawEnd,
    moved: compareDates(rawEnd, count.date) === 0 ? null : { from: rawEnd, to: count.date },
    holidaysSkipped: count.holidaysSkipped,
    weekendDaysSkipped: count.weekendDaysSkipped.length,
    makeUpWorkdaysCounted: count.makeUpWorkdaysCounted,
    fallbackYears: count.fallbackYears,
    usedFallbackCalendar: count.fallbackYears.length > 0,
    notAWorkingDay: false,
  }
}

/**
 * Applies `rule` to `start` (the start day is never counted):
 * - `working-days` N: the N-th working day after `start` (N = 0: `start`, or the next working day if it is not one);
 * - `calendar-months` N: the same day-of-month N months later (or that month's last day), moved to the next
 *   working day when it is not one;
 * - `working-days-before` N: `start` is the other due date; the N-th working day before it, counting backwards
 *   (N = 0: that date, or the working day before it if it is not one);
 * - `fixed-date`: the stated date, kept as stated even when it is not a working day (`notAWorkingDay` says so).
 */
export function computeDueDate(rule: DeadlineRule, start: IsoDate, calendar: WorkingDayCalendar): DueDateComputation {
  parseIsoDate(start)
  switch (rule.type) {
    case 'working-days': {
      const count =
        rule.days > 0 ? calendar.addWorkingDays(start, rule.days) : calendar.addWorkingDays(addDays(start, -1), 1)
      return fromCount(count.date, count)
    }
    case 'working-days-before': {
      const count =
        rule.days > 0 ? calendar.addWorkingDays(start, -rule.days) : calendar.addWorkingDays(addDays(start, 1), -1)
      return fromCount(count.date, count)
    }
    case 'calendar-months': {
      const rawEnd = addCalendarMonths(start, rule.months)
      return fromCount(rawEnd, calendar.rollForwardToWorkingDay(rawEnd))
    }
    case 'fixed-date': {
      const info = calendar.dayInfo(rule.date)
      return {
        date: rule.date,
        rawEnd: rule.date,
        moved: null,
        holidaysSkipped: [],
        weekendDaysSkipped: 0,
        makeUpWorkdaysCounted: info.kind === 'make-up-workday' ? [rule.date] : [],
        fallbackYears: info.official ? [] : [yearOf(rule.date)],
        // The date does not depend on the calendar, so it is never "computed with the fallback calendar".
        usedFallbackCalendar: false,
        notAWorkingDay: !info.working,
      }
    }
  }
}

/**
 * The `WorkflowContext['dueDate']` function: computes and stamps a `DueDate` with the rule, start and `now`.
 * `usedFallbackCalendar` is true when the count passed through a year without official data.
 */
export function createDueDateCalculator(calendar: WorkingDayCalendar, now: IsoInstant): WorkflowContext['dueDate'] {
  return (kind: DueKind, rule: DeadlineRule, start: IsoDate, note: string | null = null): DueDate => {
    const computed = computeDueDate(rule, start, calendar)
    return {
      kind,
      date: computed.date,
      start,
      rule,
      usedFallbackCalendar: computed.usedFallbackCalendar,
      computedAt: now,
      note,
    }
  }
}

/** DOMAIN.md's default time limits; each is a setting. */
export function defaultDeadlineSettings(): DeadlineSettings {
  return {
    assign: { type: 'working-days', days: 7 },
    returnLimit: { type: 'working-days', days: 7 },
    coOpinion: { type: 'calendar-months', months: 1 },
    reply: { type: 'calendar-months', months: 3 },
    extensionCap: { type: 'calendar-months', months: 6 },
    internalReview: { type: 'working-days-before', days: 5, of: 'reply' },
    rehandlingReply: { type: 'calendar-months', months: 1 },
    publish: { type: 'working-days', days: 20 },
  }
}

/** A due date explained against a calendar (normally the one in force now). */
export interface DueDateExplanation extends DueDateComputation {
  kind: DueKind
  start: IsoDate
  rule: DeadlineRule
  /** The date stored on the due date. */
  storedDate: IsoDate
  /**
   * False when this calendar gives another date than the stored one (the calendar changed after the due date
   * was computed and it was not recomputed); `date` is then the date this calendar would give.
   */
  matchesStored: boolean
  computedAt: IsoInstant
  note: string | null
}

export function explainDueDate(dueDate: DueDate, calendar: WorkingDayCalendar): DueDateExplanation {
  const computed = computeDueDate(dueDate.rule, dueDate.start, calendar)
  return {
    ...computed,
    kind: dueDate.kind,
    start: dueDate.start,
    rule: dueDate.rule,
    storedDate: dueDate.date,
    matchesStored: computed.date === dueDate.date,
    computedAt: dueDate.computedAt,
    note: dueDate.note,
  }
}

/**
 * For a rule counted from another due date (`working-days-before`), the start is that date; otherwise `start`.
 * Returns null when the other due date is not among `computed`.
 */
function startFor(rule: DeadlineRule, start: IsoDate, computed: readonly DueDate[]): IsoDate | null {
  if (rule.type !== 'working-days-before') return start
  return computed.find((d) => d.kind === rule.of)?.date ?? null
}

function withOf(rule: DeadlineRule, of: DueKind): DeadlineRule {
  return rule.type === 'working-days-before' ? { ...rule, of } : rule
}

export interface AssignmentDueDatesInput {
  assignedOn: IsoDate
  role: AssignmentRole
  settings: DeadlineSettings
  /** Only `fixedReplyDate` is read (fixed-date mode). */
  session: Pick<Session, 'fixedReplyDate'> | null
  dueDate: WorkflowContext['dueDate']
  /** Stored on each due date; default 'assigned'. */
  note?: string | null
}

/**
 * The due dates of a new assignment (round 1), all counted from `assignedOn`:
 * - every role: `return-limit`;
 * - lead and separate units: `reply` (the session's fixed reply date in fixed-date mode, when it is later than
 *   the assignment day; otherwise the reply rule) and `internal-review` (by default 5 working days before the
 *   reply date);
 * - co-handlers: `co-opinion` instead — they answer the lead unit, not the deputy, so they have no reply date.
 */
export function assignmentDueDates(input: AssignmentDueDatesInput): DueDate[] {
  const { assignedOn, role, settings, session, dueDate } = input
  const note = input.note === undefined ? 'assigned' : input.note
  const result: DueDate[] = [dueDate('return-limit', settings.returnLimit, assignedOn, note)]
  if (role === 'co') {
    result.push(dueDate('co-opinion', settings.coOpinion, assignedOn, note))
    return result
  }
  const fixed = session?.fixedReplyDate ?? null
  const replyRule: DeadlineRule =
    fixed && isValidIsoDate(fixed) && compareDates(fixed, assignedOn) > 0
      ? { type: 'fixed-date', date: fixed }
      : settings.reply
  result.push(dueDate('reply', replyRule, assignedOn, note))
  const reviewRule = withOf(settings.internalReview, 'reply')
  const reviewStart = startFor(reviewRule, assignedOn, result)
  if (reviewStart) result.push(dueDate('internal-review', reviewRule, reviewStart, note))
  return result
}

/**
 * Due dates of a re-handling round after 不满意: `rehandling-reply` counted from the re-assignment day, and the
 * internal review before it.
 */
export function rehandlingDueDates(input: {
  reassignedOn: IsoDate
  settings: DeadlineSettings
  dueDate: WorkflowContext['dueDate']
  note?: string | null
}): DueDate[] {
  const note = input.note === undefined ? 'rehandling' : input.note
  const reply = input.dueDate('rehandling-reply', input.settings.rehandlingReply, input.reassignedOn, note)
  const reviewRule = withOf(input.settings.internalReview, 'rehandling-reply')
  const reviewStart = startFor(reviewRule, input.reassignedOn, [reply])
  return reviewStart ? [reply, input.dueDate('internal-review', reviewRule, reviewStart, note)] : [reply]
}

/**
 * Due dates after an approved extension: the `reply` (or `rehandling-reply`) date becomes the approved date
 * (a fixed date counted from the assignment day) and the internal review is recomputed before it.
 * Check the date first with `extensionAllowed`.
 */
export function extendedReplyDueDates(input: {
  assignedOn: IsoDate
  extendedTo: IsoDate
  settings: DeadlineSettings
  dueDate: WorkflowContext['dueDate']
  kind?: 'reply' | 'rehandling-reply'
  note?: string | null
}): DueDate[] {
  const kind = input.kind ?? 'reply'
  const note = input.note === undefined ? 'extension approved' : input.note
  const reply = input.dueDate(kind, { type: 'fixed-date', date: input.extendedTo }, input.assignedOn, note)
  const reviewRule = withOf(input.settings.internalReview, kind)
  const reviewStart = startFor(reviewRule, input.assignedOn, [reply])
  return reviewStart ? [reply, input.dueDate('internal-review', reviewRule, reviewStart, note)] : [reply]
}

/**
 * Whether an extension to `requestedDate` stays within the cap (default 6 months from assignment, moved to the
 * next working day like any month period). Without a calendar the cap is computed on Monday–Friday.
 * Errors: `invalid-date` {date}; `extension-not-after-assignment` {assignedOn};
 * `extension-beyond-cap` {cap, requested}. On success the value carries the cap.
 */
export function extensionAllowed(
  assignedOn: IsoDate,
  requestedDate: IsoDate,
  settings: DeadlineSettings,
  calendar?: WorkingDayCalendar,
): Result<{ cap: IsoDate }> {
  if (!isValidIsoDate(assignedOn)) return err({ code: 'invalid-date', params: { date: String(assignedOn) } })
  if (!isValidIsoDate(requestedDate)) return err({ code: 'invalid-date', params: { date: String(requestedDate) } })
  if (compareDates(requestedDate, assignedOn) <= 0) {
    return err({ code: 'extension-not-after-assignment', params: { assignedOn } })
  }
  const cap = computeDueDate(settings.extensionCap, assignedOn, calendar ?? createWorkingDayCalendar([])).date
  if (compareDates(requestedDate, cap) > 0) {
    return err({ code: 'extension-beyond-cap', params: { cap, requested: requestedDate } })
  }
  return ok({ cap })
}
