/**
 * Backups and restore of the whole database.
 *
 * A backup is one JSON file (`.dbjson`): a small header (format, export instant, app version, schema version)
 * and every table's rows. Files are written and rotated by the host (`writeBackup`), outside IndexedDB.
 *
 * Why not dexie-export-import's `importInto`: with `clearTablesBeforeImport` it clears the tables *outside* its
 * import transaction, so a file failing halfway would leave an emptied database; it also re-encodes rows with
 * typeson. Our records are plain JSON by design, so the store writes its own plain format and restores it in
 * ONE read-write transaction over every table: clear and refill, all or nothing. The file is fully parsed and
 * checked before anything is touched, and a 'before-restore' backup is taken first.
 */
import type { BackupEntry, HostBridge, HostResult } from '@shared/bridge/hostBridge'
import type { Result } from '@shared/domain/model'
import { err, ok } from '@shared/domain/model'
import type { MetaRow, SuggestionDb } from './db'
import { BOARD_SNAPSHOT_KEY } from './boardSnapshot'
import { existingSuggestionListIndex } from './listIndex'
import { CURRENT_STORES, SCHEMA_VERSION, type TableName } from './schema'

export const BACKUP_FORMAT = 'daibiao-jianyi-backup'
export const BACKUP_FORMAT_VERSION = 1

const TABLES = Object.keys(CURRENT_STORES) as TableName[]
/** The primary key field of each table. */
const PRIMARY_KEY: Record<TableName, string> = Object.fromEntries(
  TABLES.map((t) => [t, CURRENT_STORES[t].split(',')[0]!.trim()]),
) as Record<TableName, string>

export interface BackupSummary {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  exportedAt: string
  appVersion: string
  schemaVersion: number
  counts: Record<TableName, number>
}

interface BackupFile extends BackupSummary {
  tables: Record<TableName, unknown[]>
}

const ROWS_PER_PART = 5000

/** `meta` rows that are caches derived from the records (the board's first-paint snapshot), left out of backups. */
const DERIVED_META_KEYS: ReadonlySet<string> = new Set([BOARD_SNAPSHOT_KEY])

/** Serialises the whole database (one read transaction, so the file is a consistent snapshot). */
export async function exportBackup(
  db: SuggestionDb,
  meta: { exportedAt: string; appVersion: string },
): Promise<Uint8Array> {
  const data = await db.transaction('r', db.tables, async () => {
    const out = {} as Record<TableName, unknown[]>
    for (const name of TABLES) out[name] = await db.table(name).toArray()
    // Derived caches are rebuilt from the records; they would only make every backup megabytes larger.
    out.meta = (out.meta as MetaRow[]).filter((row) => !DERIVED_META_KEYS.has(row.key))
    return out
  })
  const counts = Object.fromEntries(TABLES.map((t) => [t, data[t].length])) as Record<TableName, number>
  const header: BackupSummary = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: meta.exportedAt,
    appVersion: meta.appVersion,
    schemaVersion: SCHEMA_VERSION,
    counts,
  }
  // Built in parts so a large database never needs one giant string.
  const parts: string[] = [JSON.stringify(header).slice(0, -1), ',"tables":{']
  TABLES.forEach((name, t) => {
    parts.push(`${t > 0 ? ',' : ''}${JSON.stringify(name)}:[`)
    const rows = data[name]
    for (let i = 0; i < rows.length; i += ROWS_PER_PART) {
      parts.push((i > 0 ? ',' : '') + JSON.stringify(rows.slice(i, i + ROWS_PER_PART)).slice(1, -1))
    }
    parts.push(']')
  })
  parts.push('}}')
  const encoder = new TextEncoder()
  const encoded = parts.map((p) => encoder.encode(p))
  const bytes = new Uint8Array(encoded.reduce((n, p) => n + p.length, 0))
  let offset = 0
  for (const p of encoded) {
    bytes.set(p, offset)
    offset += p.length
  }
  return bytes
}

/**
 * Reads and checks a backup file without touching the database: what it holds, for the confirmation dialog.
 * Error codes: `backup-unreadable` (not UTF-8 JSON), `backup-not-ours`, `backup-newer-schema` {schemaVersion},
 * `backup-invalid` {table}.
 */
export function inspectBackup(bytes: Uint8Array): Result<BackupSummary> {
  const parsed = parseBackup(bytes)
  if (!parsed.ok) return parsed
  const { tables: _tables, ...summary } = parsed.value
  return ok(summary)
}

function parseBackup(bytes: Uint8Array): Result<BackupFile> {
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return err({ code: 'backup-unreadable' })
  }
  if (!isRecord(json) || json.format !== BACKUP_FORMAT || typeof json.formatVersion !== 'number') {
    return err({ code: 'backup-not-ours' })
  }
  if (json.formatVersion > BACKUP_FORMAT_VERSION || typeof json.schemaVersion !== 'number') {
    return err({ code: 'backup-not-ours' })
  }
  if (json.schemaVersion > SCHEMA_VERSION) {
    return err({ code: 'backup-newer-schema', params: { schemaVersion: json.schemaVersion } })
  }
  if (!isRecord(json.tables)) return err({ code: 'backup-invalid', params: { table: '' } })
  const tables = {} as Record<TableName, unknown[]>
  for (const name of Object.keys(json.tables)) {
    if (!(TABLES as string[]).includes(name)) return err({ code: 'backup-invalid', params: { table: name } })
  }
  for (const name of TABLES) {
    const rows = json.tables[name] ?? []
    const key = PRIMARY_KEY[name]
    const valid =
      Array.isArray(rows) &&
      rows.every((r) => isRecord(r) && (typeof r[key] === 'string' || typeof r[key] === 'number'))
    if (!valid) return err({ code: 'backup-invalid', params: { table: name } })
    tables[name] = rows
  }
  const counts = Object.fromEntries(TABLES.map((t) => [t, tables[t].length])) as Record<TableName, number>
  return ok({
    format: BACKUP_FORMAT,
    formatVersion: json.formatVersion,
    exportedAt: typeof json.exportedAt === 'string' ? json.exportedAt : '',
    appVersion: typeof json.appVersion === 'string' ? json.appVersion : '',
    schemaVersion: json.schemaVersion,
    counts,
    tables,
  })
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Replaces the whole database with the file's content, or changes nothing. Takes a 'before-restore' backup of
 * the current data first (refuses when that fails). Error codes: those of `inspectBackup`,
 * `backup-before-restore-failed` {detail}, `restore-failed` {detail}.
 */
export async function restoreBackup(
  db: SuggestionDb,
  bytes: Uint8Array,
  host: Pick<HostBridge, 'writeBackup' | 'appInfo'>,
  now: string,
): Promise<Result<BackupSummary>> {
  const parsed = parseBackup(bytes)
  if (!parsed.ok) return parsed
  const safety = await backupNow(db, host, 'before-restore', now)
  if (!safety.ok) return err({ code: 'backup-before-restore-failed', params: { detail: safety.error.code } })
  const { tables, ...summary } = parsed.value
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const name of TABLES) await db.table(name).clear()
      for (const name of TABLES) if (tables[name].length) await db.table(name).bulkAdd(tables[name])
    })
  } catch (e) {
    return err({ code: 'restore-failed', params: { detail: e instanceof Error ? e.message : String(e) } })
  }
  const index = existingSuggestionListIndex(db)
  if (index && index.status !== 'idle') await index.reload()
  return ok(summary)
}

/** Exports the database and hands it to the host to write (and rotate). Run outside any transaction. */
export async function backupNow(
  db: SuggestionDb,
  host: Pick<HostBridge, 'writeBackup' | 'appInfo'>,
  reason: BackupEntry['reason'],
  now: string,
): Promise<HostResult<BackupEntry>> {
  const info = await host.appInfo()
  const bytes = await exportBackup(db, { exportedAt: now, appVersion: info.ok ? info.value.version : '' })
  return host.writeBackup({ reason, bytes })
}

/** Call before any bulk change (import, recomputation, demo data …); the caller stops if it fails. */
export function backupBeforeBulk(db: SuggestionDb, host: Pick<HostBridge, 'writeBackup' | 'appInfo'>, now: string) {
  return backupNow(db, host, 'before-bulk', now)
}

const LAST_DAILY = 'lastDailyBackup'

/**
 * Once per day: a 'daily' backup unless one was already written `today`. Resolves to the entry written, or
 * null when today's backup already exists. An empty database is not backed up (nothing to lose, and it would
 * rotate real backups away).
 */
export async function ensureDailyBackup(
  db: SuggestionDb,
  host: Pick<HostBridge, 'writeBackup' | 'appInfo'>,
  today: string,
  now: string,
): Promise<HostResult<BackupEntry | null>> {
  const last = await db.meta.get(LAST_DAILY)
  if (last?.value === today || (await isEmpty(db))) return { ok: true, value: null }
  const written = await backupNow(db, host, 'daily', now)
  if (written.ok) await db.meta.put({ key: LAST_DAILY, value: today })
  return written
}

/** True when the database holds no work: no suggestions, units, sessions or operators. */
export async function isEmpty(db: SuggestionDb): Promise<boolean> {
  const counts = await Promise.all([
    db.suggestions.count(),
    db.units.count(),
    db.sessions.count(),
    db.operators.count(),
  ])
  return counts.every((n) => n === 0)
}

export type StartupState =
  | { kind: 'ok' }
  | { kind: 'empty' }
  /** The database is empty but backups exist: offer to restore the newest. */
  | { kind: 'offer-restore'; newest: BackupEntry }

/** What the UI should offer when the app opens. */
export async function startupCheck(db: SuggestionDb, host: Pick<HostBridge, 'listBackups'>): Promise<StartupState> {
  if (!(await isEmpty(db))) return { kind: 'ok' }
  const listed = await host.listBackups()
  if (!listed.ok || listed.value.length === 0) return { kind: 'empty' }
  const newest = [...listed.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!
  return { kind: 'offer-restore', newest }
}
