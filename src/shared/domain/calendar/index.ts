/**
 * The working-day calendar: public entry. See the modules for the design of each part.
 */
export { builtInHolidayYears } from './builtInHolidays'
export { calendarFingerprint } from './calendarFingerprint'
export { dueDatesThatWouldMove, recomputeDueDate } from './dueDatesThatWouldMove'
export type { DueDateMove } from './dueDatesThatWouldMove'
export { diffHolidayYears, validateHolidayYear } from './holidayYear'
export type { HolidayYearDiff } from './holidayYear'
export { createWorkingDayCalendar, effectiveHolidayYears } from './workingDayCalendar'
export type { DayInfo, DayKind, SkippedHoliday, WorkingDayCalendar, WorkingDayCount } from './workingDayCalendar'
