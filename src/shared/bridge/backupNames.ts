/**
 * Backup file names and rotation, shared by both hosts so a backup folder written by the desktop app and one
 * in the browser's private file system look the same.
 *
 * A name carries its own instant and reason (`backup-20261126T101500.123Z-daily.dbjson`), so listing needs no
 * index file and names sort by time as plain strings. Milliseconds keep two backups in the same second apart.
 * Anything that does not match the pattern exactly is not a backup: this is also the guard that keeps a
 * renderer-supplied name from being a path.
 */
import type { BackupReason } from './hostBridge'

export const BACKUP_REASONS = [
  'manual',
  'daily',
  'before-bulk',
  'before-restore',
] as const satisfies readonly BackupReason[]

export const BACKUP_NAME_PATTERN =
  /^backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})\.(\d{3})Z-(manual|daily|before-bulk|before-restore)\.dbjson$/

/** How many backups rotation keeps: daily ones and all other reasons counted separately. */
export const BACKUP_KEEP = { daily: 30, other: 20 } as const

export interface ParsedBackupName {
  name: string
  /** ISO instant, e.g. `2026-11-26T10:15:00.123Z`. */
  createdAt: string
  reason: BackupReason
}

/** `2026-11-26T10:15:00.123Z` + `daily` → `backup-20261126T101500.123Z-daily.dbjson`. */
export function backupFileName(createdAt: string, reason: BackupReason): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/.exec(createdAt)
  if (!m) throw new Error(`not a UTC ISO instant: ${createdAt}`)
  const ms = (m[7] ?? '').padEnd(3, '0')
  return `backup-${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}.${ms}Z-${reason}.dbjson`
}

/** The instant and reason of a backup name, or undefined when the name is not a backup name. */
export function parseBackupName(name: string): ParsedBackupName | undefined {
  const m = BACKUP_NAME_PATTERN.exec(name)
  if (!m) return undefined
  const [, y, mo, d, h, mi, s, ms, reason] = m
  return { name, createdAt: `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`, reason: reason as BackupReason }
}

/**
 * The names rotation deletes: everything beyond the newest `keep.daily` daily backups and the newest
 * `keep.other` backups of any other reason. Names that are not backups are never touched.
 */
export function backupsToDelete(
  names: readonly string[],
  keep: { daily: number; other: number } = BACKUP_KEEP,
): string[] {
  const parsed = names.map(parseBackupName).filter((p): p is ParsedBackupName => p !== undefined)
  const newestFirst = [...parsed].sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))
  const daily = newestFirst.filter((p) => p.reason === 'daily')
  const other = newestFirst.filter((p) => p.reason !== 'daily')
  return [...daily.slice(keep.daily), ...other.slice(keep.other)].map((p) => p.name)
}
