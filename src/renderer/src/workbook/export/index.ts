/** Excel export of the app: lists, assignment workbooks, the reply workbook and its reader. */
export { exportSuggestionList, suggestionListRow, SUGGESTION_LIST_COLUMNS } from './suggestionList'
export type {
  ExportedWorkbook,
  ListColumn,
  SuggestionListColumnKey,
  SuggestionListOptions,
  SuggestionListRow,
} from './suggestionList'
export { exportAssignmentWorkbooks } from './assignmentWorkbooks'
export type {
  AssignmentWorkbooks,
  AssignmentWorkbooksOptions,
  AssignmentsByUnit,
  UnitWorkbookFile,
} from './assignmentWorkbooks'
export { exportReplyWorkbook } from './replyWorkbook'
export type { ReplyWorkbookOptions } from './replyWorkbook'
export { readReplyWorkbook } from './readReplyWorkbook'
export type { ReadReplyWorkbook } from './readReplyWorkbook'
export { safeFileName, safeSheetName, displayWidth, excelDate } from './workbookCells'
