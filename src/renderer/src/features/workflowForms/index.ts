/** Workflow forms, one modal per action, usable from any screen through `WorkflowFormHost`. */
export { WorkflowFormHost, type WorkflowFormRequest, type WorkflowFormHostProps } from './WorkflowFormHost'
export {
  validActions,
  assignmentsFor,
  actionForCommand,
  perAssignmentActions,
  workflowActions,
  type WorkflowAction,
} from './workflowActions'
export { recommendUnits } from './AssignForm'
export { useWorkflowRunner, type WorkflowRunner } from './useWorkflowRunner'
export { useUnitDirectory, readUnitDirectory, type UnitDirectory } from './useUnitDirectory'
