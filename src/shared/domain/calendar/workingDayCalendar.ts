/**
 * The working-day calendar: which days are working days, and counting working days from a start day.
 *
 * Owns: `createWorkingDayCalendar(years)` and the counting results that due-date explanations are made of.
 *
 * Design: a year is either covered by official data (a `HolidayYear`: the State Council's days off and its make-up
 * working days on weekends, 调休上班) or not. A covered year follows its data with Monday–Friday for the days it
 * does not list; an uncovered year falls back to plain Monday–Friday, and every count that touched such a year
 * says so (`usedFallbackCalendar`, `fallbackYears`), because future years' data is published only each November.
 * Each `HolidayYear` governs the days of its own year only. Administrator years replace built-in ones for the same
 * year; among equal sources the later one in the list wins.
 */
import { addDays, compareDates, dayNumber, isWeekend, parseIsoDate, yearOf } from '../dates'
import type { HolidayYear, IsoDate } from '../model'

/** What a day is on the calendar. */
export type DayKind =
  | 'working' // Monday–Friday, not a holiday
  | 'weekend' // Saturday or Sunday, not a make-up working day
  | 'holiday' // a day off listed in official data (may fall on a weekend)
  | 'make-up-workday' // a weekend day listed as a working day (调休上班)

export interface DayInfo {
  date: IsoDate
  kind: DayKind
  working: boolean
  /** Name from the data, e.g. `春节`, when known. */
  name: string | null
  /** False when the day's year has no official data (Monday–Friday fallback). */
  official: boolean
}

/** A day passed over while counting, with its name when the data has one. */
export interface SkippedHoliday {
  date: IsoDate
  name: string | null
}

/**
 * The result of counting or moving on the calendar. Lists are in the order the days were visited (backwards
 * when counting backwards).
 */
export interface WorkingDayCount {
  /** The day reached. */
  date: IsoDate
  /** Working days counted, in order (make-up days included). */
  counted: IsoDate[]
  /** Official days off passed over (not counted). */
  holidaysSkipped: SkippedHoliday[]
  /** Ordinary Saturdays and Sundays passed over. */
  weekendDaysSkipped: IsoDate[]
  /** Weekend days that were counted because they are make-up working days. */
  makeUpWorkdaysCounted: IsoDate[]
  /** Years visited that had no official data, ascending. */
  fallbackYears: number[]
  usedFallbackCalendar: boolean
}

export interface WorkingDayCalendar {
  isWorkingDay(date: IsoDate): boolean
  /** A day off listed in official data (statutory holiday or bridging day). False in fallback years. */
  isHoliday(date: IsoDate): boolean
  /** A weekend day that official data makes a working day (调休上班). */
  isMakeUpWorkday(date: IsoDate): boolean
  dayInfo(date: IsoDate): DayInfo
  hasOfficialData(year: number): boolean
  /** Years with official data, ascending. */
  yearsWithData(): number[]
  /** The data in force for a year (after administrator overrides), or null. */
  holidayYear(year: number): HolidayYear | null
  /**
   * The `n`-th working day after `start` (start not counted; Civil Code art. 201 by analogy). A negative `n`
   * counts backwards: the `|n|`-th working day before `start`. `n = 0` returns `start` unchanged.
   */
  addWorkingDays(start: IsoDate, n: number): WorkingDayCount
  /**
   * Working days in (a, b] when b is later; minus the working days in (b, a] when b is earlier; 0 when equal.
   * `addWorkingDays(a, workingDaysBetween(a, b)).date === b` whenever b is a working day.
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): number
  /** `date` itself when it is a working day, else the next working day. */
  nextWorkingDayOnOrAfter(date: IsoDate): IsoDate
  /** Like `nextWorkingDayOnOrAfter`, with what was passed over. */
  rollForwardToWorkingDay(date: IsoDate): WorkingDayCount
}

/** More than any real count or run of days off; stops a loop over absurd administrator data. */
const MAX_DAYS_VISITED = 20000

interface YearIndex {
  data: HolidayYear
  holidays: Set<IsoDate>
  workdays: Set<IsoDate>
}

function sourceRank(source: HolidayYear['source']): number {
  return source === 'administrator' ? 1 : 0
}

/** Picks the year data in force: administrator over built-in, then the later entry. */
export function effectiveHolidayYears(years: readonly HolidayYear[]): HolidayYear[] {
  const chosen = new Map<number, HolidayYear>()
  for (const y of years) {
    const current = chosen.get(y.year)
    if (!current || sourceRank(y.source) >= sourceRank(current.source)) chosen.set(y.year, y)
  }
  return [...chosen.values()].sort((a, b) => a.year - b.year)
}

export function createWorkingDayCalendar(years: readonly HolidayYear[]): WorkingDayCalendar {
  const index = new Map<number, YearIndex>()
  for (const data of effectiveHolidayYears(years)) {
    const own = (d: IsoDate): boolean => {
      try {
        return parseIsoDate(d).year === data.year
      } catch {
        return false
      }
    }
    index.set(data.year, {
      data,
      holidays: new Set(data.holidays.filter(own)),
      workdays: new Set(data.workdays.filter(own)),
    })
  }

  const dayInfo = (date: IsoDate): DayInfo => {
    const entry = index.get(yearOf(date))
    const weekend = isWeekend(date)
    if (!entry) {
      return { date, kind: weekend ? 'weekend' : 'working', working: !weekend, name: null, official: false }
    }
    const name = entry.data.names?.[date] ?? null
    // A day listed as both is an entry mistake; the working-day reading is the safer one for deadlines.
    if (entry.workdays.has(date)) {
      return { date, kind: weekend ? 'make-up-workday' : 'working', working: true, name, official: true }
    }
    if (entry.holidays.has(date)) return { date, kind: 'holiday', working: false, name, official: true }
    return { date, kind: weekend ? 'weekend' : 'working', working: !weekend, name: null, official: true }
  }

  const walk = (start: IsoDate, n: number, mode: 'count' | 'roll'): WorkingDayCount => {
    const result: WorkingDayCount = {
      date: start,
      counted: [],
      holidaysSkipped: [],
      weekendDaysSkipped: [],
      makeUpWorkdaysCounted: [],
      fallbackYears: [],
      usedFallbackCalendar: false,
    }
    const fallback = new Set<number>()
    const visit = (d: IsoDate): boolean => {
      const info = dayInfo(d)
      if (!info.official) fallback.add(yearOf(d))
      if (info.working) {
        result.counted.push(d)
        if (info.kind === 'make-up-workday') result.makeUpWorkdaysCounted.push(d)
      } else if (info.kind === 'holiday') {
        result.holidaysSkipped.push({ date: d, name: info.name })
      } else {
        result.weekendDaysSkipped.push(d)
      }
      return info.working
    }

    let d = start
    let visited = 0
    if (mode === 'roll') {
      while (!visit(d)) {
        d = addDays(d, 1)
        if (++visited > MAX_DAYS_VISITED) throw new RangeError(`No working day found after ${start}`)
      }
      // Rolling forward counts nothing; the day reached is the result.
      result.counted = []
      result.makeUpWorkdaysCounted = dayInfo(d).kind === 'make-up-workday' ? [d] : []
    } else {
      const step = n < 0 ? -1 : 1
      let remaining = Math.abs(n)
      while (remaining > 0) {
        d = addDays(d, step)
        if (visit(d)) remaining--
        if (++visited > MAX_DAYS_VISITED) throw new RangeError(`Counting ${n} working days from ${start} ran away`)
      }
    }
    result.date = d
    result.fallbackYears = [...fallback].sort((a, b) => a - b)
    result.usedFallbackCalendar = fallback.size > 0
    return result
  }

  // Working days up to a day, in O(log n): Monday–Friday counted arithmetically, then corrected by the listed
  // days that differ from Monday–Friday (a holiday on a weekday: -1; a make-up working day on a weekend: +1).
  // Counting across ten years of overdue items stays as cheap as counting across a week.
  const corrections: { day: number; delta: number }[] = []
  for (const entry of index.values()) {
    for (const d of new Set([...entry.holidays, ...entry.workdays])) {
      const delta = (dayInfo(d).working ? 1 : 0) - (isWeekend(d) ? 0 : 1)
      if (delta !== 0) corrections.push({ day: dayNumber(d), delta })
    }
  }
  corrections.sort((a, b) => a.day - b.day)
  const correctionDays = corrections.map((c) => c.day)
  const correctionSums: number[] = []
  let runningSum = 0
  for (const c of corrections) correctionSums.push((runningSum += c.delta))

  /** Working days from an arbitrary origin through day number `n`; only differences are meaningful. */
  const workingDaysThrough = (n: number): number => {
    // Day number -25567 is Monday 1900-01-01: weeks from there hold 5 weekdays each.
    const k = n + 25567 + 1
    const weeks = Math.floor(k / 7)
    const weekdays = 5 * weeks + Math.min(k - 7 * weeks, 5)
    // Corrections on or before n: the last index whose day ≤ n.
    let lo = 0
    let hi = correctionDays.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (correctionDays[mid]! <= n) lo = mid + 1
      else hi = mid
    }
    return weekdays + (lo > 0 ? correctionSums[lo - 1]! : 0)
  }

  // Working days in (from, to], from < to.
  const workingDaysInHalfOpen = (from: IsoDate, to: IsoDate): number =>
    workingDaysThrough(dayNumber(to)) - workingDaysThrough(dayNumber(from))

  return {
    isWorkingDay: (date) => dayInfo(date).working,
    isHoliday: (date) => dayInfo(date).kind === 'holiday',
    isMakeUpWorkday: (date) => dayInfo(date).kind === 'make-up-workday',
    dayInfo,
    hasOfficialData: (year) => index.has(year),
    yearsWithData: () => [...index.keys()].sort((a, b) => a - b),
    holidayYear: (year) => index.get(year)?.data ?? null,
    addWorkingDays: (start, n) => {
      if (!Number.isInteger(n)) throw new RangeError(`Whole working days only: ${n}`)
      return walk(start, n, 'count')
    },
    workingDaysBetween: (a, b) => {
      const c = compareDates(a, b)
      if (c === 0) return 0
      return c < 0 ? workingDaysInHalfOpen(a, b) : -workingDaysInHalfOpen(b, a)
    },
    nextWorkingDayOnOrAfter: (date) => walk(date, 0, 'roll').date,
    rollForwardToWorkingDay: (date) => walk(date, 0, 'roll'),
  }
}
