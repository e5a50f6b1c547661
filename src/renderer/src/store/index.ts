/** The store's public surface (modules may also be imported directly). */
export {
  SuggestionDb,
  getDb,
  PRODUCTION_DB_NAME,
  requestPersistentStorage,
  type ImportTemplate,
  type MetaRow,
} from './db'
export {
  runCommand,
  loadSuggestionAggregate,
  writeChange,
  type CommandRequest,
  type StoredAggregate,
} from './commandRunner'
export { loadWorkflowContext, loadCalendar } from './workflowContext'
export { useSuggestionList, readFirstPage, type SuggestionListState } from './useSuggestionList'
export { getSuggestionListIndex } from './listIndex'
export * from './listEntries'
export {
  backupNow,
  backupBeforeBulk,
  ensureDailyBackup,
  exportBackup,
  inspectBackup,
  restoreBackup,
  startupCheck,
  type BackupSummary,
  type StartupState,
} from './backup'
export { loadDemoData, removeDemoData, isDemoLoaded, seedScaleData } from './demo'
