/**
 * Reading import files (stage 1) and the whole preview for a file. The import wizard calls
 * `startImportPreview` (worker, off the UI thread) or `previewImportFile` (same thread, tests and CLI).
 */
export { readWorkbook, type ReadResult, type ReadOptions } from './readWorkbook'
export { previewImportFile, type ImportJobResult, type ImportJobHooks } from './importJob'
export { DEFAULT_READ_LIMITS, type ReadError, type ReadErrorCode, type ReadLimits } from './readErrors'
export { sniffFile, type FileKind } from './sniff'
export { startImportPreview } from './importWorkerClient'
