/** What every single-suggestion workflow form receives. */
import type { Id } from '@shared/domain/model'
import type { StoredAggregate } from '../../store/commandRunner'
import type { UnitDirectory } from './useUnitDirectory'
import type { WorkflowRunner } from './useWorkflowRunner'

export interface SingleFormProps {
  aggregate: StoredAggregate
  units: UnitDirectory
  runner: WorkflowRunner
  /** Called after the command was recorded. */
  onDone: () => void
  onCancel: () => void
  /** Pre-selects a unit's part when the action works on one. */
  assignmentId?: Id
}
