/**
 * The one contract between the renderer and its host. Everything the UI asks of the operating system goes
 * through these calls: the Electron preload implements it over named IPC channels, the browser host implements
 * it with a file chooser, downloads and the Origin Private File System so the whole UI runs in a plain
 * Chromium tab for tests and development.
 *
 * Every call resolves to a `HostResult`; nothing is thrown across the boundary. Error codes are translated by
 * the renderer (`host.errors.<code>`), never here.
 */

export type HostErrorCode =
  | 'cancelled' // the user closed a dialog: not an error to show
  | 'invalid-argument' // main refused a malformed call
  | 'forbidden-sender' // the call did not come from the app's own window
  | 'too-large'
  | 'not-found'
  | 'io-failed'
  | 'print-failed'
  | 'internal'

export interface HostError {
  code: HostErrorCode
  /** Technical detail for logs and the "details" fold of an error message; not translated. */
  detail?: string
}

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostError }

export interface FileFilter {
  /** Shown in the dialog, already translated by the renderer. */
  name: string
  /** Without dots: ['xlsx', 'csv']. */
  extensions: string[]
}

export interface OpenedFile {
  name: string
  size: number
  bytes: Uint8Array
}

export interface SavedFile {
  /** Full path under Electron; the download's file name in the browser. */
  path: string
}

export type BackupReason = 'manual' | 'daily' | 'before-bulk' | 'before-restore'

export interface BackupEntry {
  /** File name, e.g. `backup-20261126T101500.123Z-daily.dbjson` (see backupNames.ts). Unique, sortable by time. */
  name: string
  createdAt: string
  reason: BackupReason
  size: number
}

export interface AppInfo {
  name: string
  version: string
  host: 'electron' | 'browser'
  /** Where the data lives, for the settings page and the README. */
  dataPath: string
  backupPath: string
  platform: string
  locale: string
}

export type UiLanguage = 'zh-CN' | 'en-US'

export interface PrintRequest {
  /** A complete HTML document (the app's own letter and notice templates). */
  html: string
  /** Window / job title, translated. */
  title: string
  landscape?: boolean
}

export interface PdfRequest extends PrintRequest {
  suggestedName: string
}

export interface HostBridge {
  readonly kind: 'electron' | 'browser'
  appInfo(): Promise<HostResult<AppInfo>>
  /** Let the user pick one file and return its bytes (size-capped by the host). */
  openFile(req: { title: string; filters: FileFilter[] }): Promise<HostResult<OpenedFile>>
  /** Let the user choose where to save `bytes`. */
  saveFile(req: {
    title: string
    suggestedName: string
    filters: FileFilter[]
    bytes: Uint8Array
  }): Promise<HostResult<SavedFile>>
  /** Print an HTML document with the system print dialog. */
  printHtml(req: PrintRequest): Promise<HostResult<void>>
  /** Render an HTML document to PDF (A4) and save it where the user chooses. */
  saveHtmlAsPdf(req: PdfRequest): Promise<HostResult<SavedFile>>
  /** Write a backup file into the backup folder (outside IndexedDB), rotating old ones. */
  writeBackup(req: { reason: BackupReason; bytes: Uint8Array }): Promise<HostResult<BackupEntry>>
  listBackups(): Promise<HostResult<BackupEntry[]>>
  readBackup(req: { name: string }): Promise<HostResult<Uint8Array>>
  /** Tell the host the UI language (menus, dialogs). */
  setLanguage(req: { language: UiLanguage }): Promise<HostResult<void>>
}
