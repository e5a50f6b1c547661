/**
 * 办理记录 (per assignment), the assignment notice (交办通知) and the 机构改革 transfer.
 *
 * - `<HandlingPanel aggregate unitName />`: the per-assignment records on the suggestion detail page.
 * - `printAssignmentNotices(unitIds, { mode, suggestionIds })`: print / save as PDF each unit's notice.
 * - `<PrintNoticeButton unitIds unitName />`: the button and unit chooser for it.
 * - `<TransferOpenAssignmentsDialog unitId successorId onClose />`: move a unit's open parts to its successor.
 */
export { HandlingPanel } from './HandlingPanel'
export { PrintNoticeButton } from './PrintNoticeButton'
export {
  printAssignmentNotices,
  loadAssignmentNoticeJobs,
  type PrintAssignmentNoticesOptions,
  type PrintNoticesError,
} from './printAssignmentNotices'
export { buildAssignmentNoticeJobs, type AssignmentNoticeJob } from './assignmentNoticeJobs'
export {
  TRANSFERABLE_STATES,
  TransferOpenAssignmentsDialog,
  type TransferOpenAssignmentsDialogProps,
  type TransferSummary,
} from './TransferOpenAssignmentsDialog'
export { assignmentChain } from './assignmentChain'
