/**
 * Builds the `WorkflowContext` a domain command needs: settings and the working-day calendar read from the
 * store (before the command's transaction), the operator, the clock and ULIDs.
 */
import type { Actor, WorkflowContext } from '@shared/domain/model'
import { builtInHolidayYears } from '@shared/domain/calendar/builtInHolidays'
import { createWorkingDayCalendar, type WorkingDayCalendar } from '@shared/domain/calendar/workingDayCalendar'
import { createDueDateCalculator } from '@shared/domain/deadlines'
import type { SuggestionDb } from './db'
import { newId } from './ids'
import { loadSettings } from './repositories/settings'

/** The calendar in force: built-in years overridden by what an administrator loaded or edited. */
export async function loadCalendar(db: SuggestionDb): Promise<WorkingDayCalendar> {
  const stored = await db.holidayYears.toArray()
  return createWorkingDayCalendar([...builtInHolidayYears(), ...stored])
}

/** `now` is an ISO instant, `today` the local business day (the caller reads the clock, once). */
export async function loadWorkflowContext(
  db: SuggestionDb,
  input: { actor: Actor; now: string; today: string },
): Promise<WorkflowContext> {
  const [settings, calendar] = await Promise.all([loadSettings(db), loadCalendar(db)])
  return {
    now: input.now,
    today: input.today,
    actor: input.actor,
    settings,
    newId,
    dueDate: createDueDateCalculator(calendar, input.now),
  }
}
