/**
 * The IndexedDB database behind the renderer (Dexie).
 *
 * A named class so each test opens its own database (`new SuggestionDb('test-123')`), and production always
 * uses `PRODUCTION_DB_NAME`. Tables are typed with `EntityTable<T, key>`; the schema lives in `schema/`.
 * Transactions ask Chromium for strict durability: a committed command is on disk before it is reported done.
 */
import Dexie, { type EntityTable } from 'dexie'
import type {
  Assignment,
  ContactRecord,
  Deputy,
  HolidayYear,
  Operator,
  Rating,
  Reply,
  Session,
  Settings,
  Suggestion,
  SuggestionEvent,
  Unit,
} from '@shared/domain/model'
import { declareSchema } from './schema'

export const PRODUCTION_DB_NAME = 'daibiao-jianyi'

/** The single settings row. */
export type SettingsRow = Settings & { id: 'settings' }
export const SETTINGS_ID = 'settings' as const

/** A saved column mapping for Excel imports (owned by the import feature; stored here). */
export interface ImportTemplate {
  id: string
  name: string
  /** What the template imports, e.g. 'suggestions', 'replies', 'ratings'. */
  kind: string
  /** Spreadsheet header → field name. */
  mapping: Record<string, string>
  createdAt: string
  updatedAt: string
}

/** Small key/value records: `lastDailyBackup`, `demo` (ids added by the demo loader) … */
export interface MetaRow {
  key: string
  value: unknown
}

export class SuggestionDb extends Dexie {
  operators!: EntityTable<Operator, 'id'>
  sessions!: EntityTable<Session, 'id'>
  deputies!: EntityTable<Deputy, 'id'>
  units!: EntityTable<Unit, 'id'>
  suggestions!: EntityTable<Suggestion, 'id'>
  assignments!: EntityTable<Assignment, 'id'>
  replies!: EntityTable<Reply, 'id'>
  ratings!: EntityTable<Rating, 'id'>
  contacts!: EntityTable<ContactRecord, 'id'>
  events!: EntityTable<SuggestionEvent, 'id'>
  settings!: EntityTable<SettingsRow, 'id'>
  holidayYears!: EntityTable<HolidayYear, 'year'>
  importTemplates!: EntityTable<ImportTemplate, 'id'>
  meta!: EntityTable<MetaRow, 'key'>

  constructor(
    name: string = PRODUCTION_DB_NAME,
    options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
  ) {
    super(name, { chromeTransactionDurability: 'strict', ...options })
    declareSchema(this)
  }
}

let production: SuggestionDb | null = null

/** The app's database (created on first use). Tests create their own `SuggestionDb` instead. */
export function getDb(): SuggestionDb {
  production ??= new SuggestionDb(PRODUCTION_DB_NAME)
  return production
}

/**
 * Ask the browser not to evict our data under storage pressure. Electron grants it; a plain browser may say
 * no, which the settings page can show. Call once at startup, outside any transaction.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false
  if (await navigator.storage.persisted()) return true
  return navigator.storage.persist()
}
