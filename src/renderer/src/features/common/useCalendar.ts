/**
 * The working-day calendar in force (built-in years overridden by administrator data), live: it follows edits
 * of the holiday years. Undefined while loading.
 */
import type { WorkingDayCalendar } from '@shared/domain/calendar/workingDayCalendar'
import { getDb, type SuggestionDb } from '../../store/db'
import { useStartupLiveQuery } from '../../store/useStartupLiveQuery'
import { loadCalendar } from '../../store/workflowContext'

export function useCalendar(db: SuggestionDb = getDb()): WorkingDayCalendar | undefined {
  return useStartupLiveQuery('calendar', db, () => loadCalendar(db), [db])
}
