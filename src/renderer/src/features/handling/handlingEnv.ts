/**
 * What every section of the handling panel shares: the suggestion's records, who may act, how to run a command
 * and how to open one of the reusable workflow forms (features/workflowForms) for a unit's part.
 */
import { createContext, useContext } from 'react'
import type { WorkingDayCalendar } from '@shared/domain/calendar/workingDayCalendar'
import type { Assignment, Id, IsoDate, Settings, SuggestionEvent } from '@shared/domain/model'
import type { StoredAggregate } from '../../store/commandRunner'
import type { WorkflowAction, WorkflowRunner } from '../workflowForms'

export interface HandlingEnv {
  aggregate: StoredAggregate
  runner: WorkflowRunner
  /** False for read-only operators: they see everything and can record nothing. */
  canAct: boolean
  unitName: (id: Id | null | undefined) => string
  calendar: WorkingDayCalendar
  settings: Settings
  today: IsoDate
  openForm: (action: WorkflowAction, assignmentId: Id) => void
  /** Expands and scrolls to another part (the links of the reassignment chain). */
  showAssignment: (id: Id) => void
}

export const HandlingEnvContext = createContext<HandlingEnv | null>(null)

export function useHandlingEnv(): HandlingEnv {
  const env = useContext(HandlingEnvContext)
  if (!env) throw new Error('useHandlingEnv() used outside <HandlingPanel>')
  return env
}

/** Order of events recorded at the same instant (one command may write a decision and a reassignment). */
const STEP: Record<string, number> = {
  'return-approved': 1,
  'return-denied': 1,
  'extension-approved': 1,
  'extension-denied': 1,
  reassigned: 2,
  transferred: 2,
}

/** By business day, then by the time recorded, then by the step of the workflow. */
export function byBusinessDay(x: SuggestionEvent, y: SuggestionEvent): number {
  return x.on.localeCompare(y.on) || x.at.localeCompare(y.at) || (STEP[x.type] ?? 0) - (STEP[y.type] ?? 0)
}

/** This part's events, oldest first. */
export function eventsOf(
  env: HandlingEnv,
  assignment: Assignment,
  types: SuggestionEvent['type'][],
): SuggestionEvent[] {
  return env.aggregate.events
    .filter((e) => e.assignmentId === assignment.id && types.includes(e.type))
    .sort(byBusinessDay)
}
