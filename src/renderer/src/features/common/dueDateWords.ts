/**
 * A due-date explanation (`explainDueDate`) as a list of sentences to translate: the start day, the rule, the
 * holidays skipped (consecutive days of one holiday shown as a run), weekend days skipped, make-up working days
 * counted, the move to the next working day, and warnings (fallback calendar, stored date no longer matching).
 *
 * Pure: sentence keys of `workflow:explain.*` with their parameters; dates go through the caller's `formatDay`
 * so the words follow the UI language. No i18next here, so the sentence plan is tested directly.
 */
import { addDays } from '@shared/domain/dates'
import type { DueDateExplanation } from '@shared/domain/deadlines'
import type { DueKind, IsoDate } from '@shared/domain/model'

export type ExplainKey =
  | 'start'
  | 'ruleWorkingDays'
  | 'ruleCalendarMonths'
  | 'ruleWorkingDaysBefore'
  | 'ruleFixedDate'
  | 'rawEnd'
  | 'holidaysSkipped'
  | 'weekendSkipped'
  | 'makeUpCounted'
  | 'moved'
  | 'noneSkipped'
  | 'notAWorkingDay'
  | 'fallback'
  | 'mismatch'
  | 'result'

export interface ExplainSentence {
  key: ExplainKey
  params: Record<string, string | number>
  tone: 'normal' | 'warning'
}

/** Consecutive skipped days with the same holiday name. */
export interface HolidayRun {
  name: string | null
  from: IsoDate
  to: IsoDate
  count: number
}

export function holidayRuns(skipped: DueDateExplanation['holidaysSkipped']): HolidayRun[] {
  const runs: HolidayRun[] = []
  for (const day of skipped) {
    const last = runs[runs.length - 1]
    // Counting backwards visits days in descending order; a run grows at either end.
    if (last && last.name === day.name && addDays(last.to, 1) === day.date) {
      last.to = day.date
      last.count++
    } else if (last && last.name === day.name && addDays(last.from, -1) === day.date) {
      last.from = day.date
      last.count++
    } else {
      runs.push({ name: day.name, from: day.date, to: day.date, count: 1 })
    }
  }
  return runs
}

export interface ExplainWords {
  day: (date: IsoDate) => string
  dueKind: (kind: DueKind) => string
  holidayRun: (run: HolidayRun) => string
  /** Between items of a list: '、' in Chinese, ', ' in English. */
  separator: string
}

export function explanationSentences(e: DueDateExplanation, words: ExplainWords): ExplainSentence[] {
  const out: ExplainSentence[] = []
  const say = (key: ExplainKey, params: Record<string, string | number> = {}, tone: 'normal' | 'warning' = 'normal') =>
    out.push({ key, params, tone })
  const { day } = words
  switch (e.rule.type) {
    case 'working-days':
      say('start', { date: day(e.start) })
      say('ruleWorkingDays', { days: e.rule.days })
      break
    case 'calendar-months':
      say('start', { date: day(e.start) })
      say('ruleCalendarMonths', { months: e.rule.months })
      break
    case 'working-days-before':
      say('ruleWorkingDaysBefore', { days: e.rule.days, of: words.dueKind(e.rule.of), date: day(e.start) })
      break
    case 'fixed-date':
      say('ruleFixedDate', { date: day(e.rule.date) })
      break
  }
  if (e.rule.type === 'calendar-months') say('rawEnd', { date: day(e.rawEnd) })
  const runs = holidayRuns(e.holidaysSkipped)
  if (runs.length > 0) say('holidaysSkipped', { list: runs.map(words.holidayRun).join(words.separator) })
  if (e.weekendDaysSkipped > 0) say('weekendSkipped', { count: e.weekendDaysSkipped })
  if (e.makeUpWorkdaysCounted.length > 0)
    say('makeUpCounted', { list: e.makeUpWorkdaysCounted.map(day).join(words.separator) })
  if (e.moved) say('moved', { from: day(e.moved.from), to: day(e.moved.to) })
  if (e.rule.type !== 'fixed-date' && runs.length === 0 && !e.moved) say('noneSkipped')
  if (e.notAWorkingDay) say('notAWorkingDay', {}, 'warning')
  if (e.usedFallbackCalendar) say('fallback', { years: e.fallbackYears.join('、') }, 'warning')
  if (!e.matchesStored) say('mismatch', { date: day(e.date), stored: day(e.storedDate) }, 'warning')
  say('result', { date: day(e.storedDate) })
  return out
}
